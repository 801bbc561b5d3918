"""Build ``gold.json`` of the general-news texts (``bench/general/``) from the four writers' annotations.

    .venv/bin/python bench/gold/priorities-general/build.py

Each ``annotations-<writer>.tsv`` is in the format of ``bench/gold/priorities/annotations.tsv`` and
is read by that folder's ``build_gold.py`` (imported, not copied: the same span checks). Writers A
and B's texts are the READ half (recorded as ``tuning``: their errors may be studied), C and D's
the BLIND half (recorded as ``checking``: totals only). The halves are by writer, fixed before any
text was scored, so that a rule learnt from one writer's texts is measured on other writers'.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "bench" / "gold" / "priorities"))

from build_gold import build  # noqa: E402

TEXTS = ROOT / "bench" / "general"
HALF_OF_WRITER = {"A": "tuning", "B": "tuning", "C": "checking", "D": "checking"}


def main():
    documents = []
    for writer, half in HALF_OF_WRITER.items():
        documents += build(TEXTS, HERE / ("annotations-%s.tsv" % writer), half)["documents"]
    gold = {
        "description": "Stated goals in the general-news texts of bench/general/ (written and annotated "
                       "blind by four writers from bench/gold/priorities/GUIDE.md). Offsets into the "
                       "text read with newline=''. holder: alternatives separated by '|'.",
        "split_rule": "by writer: A and B tuning (read), C and D checking (blind)",
        "documents": sorted(documents, key=lambda d: int(d["doc"].split("_")[1])),
    }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("%d documents, %d items" % (len(documents), sum(len(d["items"]) for d in documents)))


if __name__ == "__main__":
    main()
