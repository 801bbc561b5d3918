"""Write ``gold.json`` from ``annotations.py`` and the FactRuEval devset texts.

    python bench/gold/dates/build_gold.py /work/shared/factru-devset

Each item is looked up from the end of the previous one (items are in text order), so a repeated
expression (``сегодня``) takes its next occurrence; an item not found is an error naming the
document. The split is deterministic: the documents in sorted order, alternately tuning and
checking.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from annotations import DOCS  # noqa: E402

KINDS = {"absolute", "relative", "partial", "range", "duration", "frequency"}
GRANULARITIES = {"day", "week", "part_of_month", "month", "season", "quarter", "part_of_year", "year",
                 "decade", "century"}


def build(devset):
    docs = {}
    for doc, (doc_date, reason, items) in sorted(DOCS.items()):
        with open(Path(devset) / ("%s.txt" % doc), encoding="utf-8", newline="") as f:
            text = f.read()
        cursor, out = 0, []
        for surface, kind, value, value_end, granularity in items:
            start = text.find(surface, cursor)
            if start < 0:
                raise SystemExit("%s: %r not found after offset %d" % (doc, surface, cursor))
            if kind not in KINDS or granularity not in GRANULARITIES:
                raise SystemExit("%s: %r: bad kind or granularity" % (doc, surface))
            end = start + len(surface)
            assert text[start:end] == surface
            out.append({"start": start, "end": end, "text": surface, "kind": kind, "value": value,
                        "value_end": value_end, "granularity": granularity})
            cursor = end
        docs[doc] = {"doc_date": doc_date, "doc_date_reason": reason, "items": out}
    names = sorted(docs)
    split = {"tuning": names[0::2], "checking": names[1::2]}
    return {"guide": "GUIDE.md", "source": "FactRuEval-2016 devset (MIT), book_*.txt",
            "selection": "the devset texts in sorted file-name order from book_100 to book_290 that "
                         "hold at least one date expression (book_156 and book_194 hold none)",
            "split_rule": "sorted document names, alternately tuning (even positions) and checking",
            "split": split, "docs": docs}


if __name__ == "__main__":
    gold = build(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/factru-devset")
    with open(HERE / "gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(d["items"]) for d in gold["docs"].values())
    print("%d documents, %d items" % (len(gold["docs"]), n))
