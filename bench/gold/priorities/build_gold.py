"""Build ``gold.json`` from the hand annotations in ``annotations.tsv`` and the devset texts.

    .venv/bin/python bench/gold/priorities/build_gold.py [PATH_TO_DEVSET]
        [--annotations TSV] [--out JSON] [--split HALF]

The options (default: ``annotations.tsv`` -> ``gold.json``, the split computed as below) build
another annotation of the same texts in the same format, e.g. a second annotator's, whose documents
are all in one half: ``--split checking`` records that half for every document instead of
computing it (the second annotation covers only the checking half, so alternating would be wrong).

``annotations.tsv`` holds one row per gold item (tab-separated: doc, status, holder, doubtful, span,
anchor, note); a doc with no goal has one row with the status ``NONE``. The span is written as it
stands in the text; an anchor, a longer string holding the span, is given where the span alone
occurs more than once. Offsets are found here, not typed by hand, and every item is checked:
``text[start:end] == span``, read with ``newline=''``. Unfound or ambiguous spans are an error
naming the document and the span.

The split: within each batch of candidates (a ``#batch N`` line starts one: batch 1 is the texts
matching the first marker pattern, batch 2 the texts added by the wider pattern), the documents
sorted by their number, alternately ``tuning`` (1st, 3rd, ...) and ``checking`` (2nd, 4th, ...).
Per batch, so that adding texts never moves a document from one half to the other. It does not look
at the items, so it cannot be tuned.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
# ../shared beside the checkout (or beside the folder of worktrees).
DEFAULT_DEVSET = next((p / "shared" / "factru-devset" for p in (ROOT.parent, ROOT.parent.parent)
                       if (p / "shared" / "factru-devset").is_dir()),
                      ROOT.parent / "shared" / "factru-devset")
STATUSES = ("priority", "plan", "offer", "practice", "supported", "statutory")


def read_text(devset, doc):
    with open(devset / ("%s.txt" % doc), encoding="utf-8", newline="") as f:
        return f.read()


def read_annotations(path):
    rows, batch = [], 1
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("#batch"):
            batch = int(line.split()[1])
            continue
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t") + [""] * 7
        doc, status = fields[0].strip(), fields[1].strip()
        if status == "NONE":
            rows.append((number, doc, batch, None))
            continue
        if status not in STATUSES:
            raise SystemExit("%s line %d: unknown status %r" % (path.name, number, status))
        if fields[3].strip() not in ("0", "1"):
            raise SystemExit("%s line %d: doubtful must be 0 or 1" % (path.name, number))
        rows.append((number, doc, batch, {
            "status": status, "holder": fields[2].strip(), "doubtful": fields[3].strip() == "1",
            "span": fields[4], "anchor": fields[5], "note": fields[6].strip()}))
    return rows


def locate(text, span, anchor, where):
    """The offsets of ``span``: inside the one occurrence of ``anchor`` when given, else its one
    occurrence in the text."""
    base = 0
    if anchor:
        hits = [m.start() for m in re.finditer(re.escape(anchor), text)]
        if len(hits) != 1:
            raise SystemExit("%s: anchor %r found %d times" % (where, anchor, len(hits)))
        base = hits[0]
        offset = anchor.find(span)
        if offset < 0:
            raise SystemExit("%s: span %r not in its anchor" % (where, span))
        start = base + offset
    else:
        hits = [m.start() for m in re.finditer(re.escape(span), text)]
        if len(hits) != 1:
            raise SystemExit("%s: span %r found %d times; give an anchor" % (where, span, len(hits)))
        start = hits[0]
    return start, start + len(span)


def split(batches):
    """``{doc: half}`` from ``{doc: batch}``: alternately by number within each batch."""
    halves = {}
    for batch in sorted(set(batches.values())):
        ordered = sorted((d for d in batches if batches[d] == batch), key=lambda d: int(d.split("_")[1]))
        halves.update({doc: ("tuning" if i % 2 == 0 else "checking") for i, doc in enumerate(ordered)})
    return halves


def build(devset, annotations=None, half=None):
    """The gold dict from the TSV ``annotations`` (default ``annotations.tsv``); ``half`` given,
    every document's split is that half instead of the alternating rule."""
    rows = read_annotations(Path(annotations) if annotations else HERE / "annotations.tsv")
    docs, batches = {}, {}
    for number, doc, batch, item in rows:
        items = docs.setdefault(doc, [])
        if batches.setdefault(doc, batch) != batch:
            raise SystemExit("%s: annotated in two batches (annotations line %d)" % (doc, number))
        if item is None:
            continue
        text = read_text(devset, doc)
        start, end = locate(text, item["span"], item["anchor"], "%s (annotations line %d)" % (doc, number))
        assert text[start:end] == item["span"]
        entry = {"start": start, "end": end, "text": text[start:end], "status": item["status"],
                 "holder": item["holder"], "doubtful": item["doubtful"]}
        if item["note"]:
            entry["note"] = item["note"]
        items.append(entry)
    halves = {doc: half for doc in batches} if half else split(batches)
    out = {
        "description": "Stated goals (priorities, plans, offers, practice, supported, statutory) in "
                       "the FactRuEval-2016 devset texts with a goal or plan marker; annotated by "
                       "bench/gold/priorities/GUIDE.md. Offsets into the text read with newline=''. "
                       "holder: alternatives separated by '|'.",
        "split_rule": "within each batch, documents sorted by number, alternately tuning and checking",
        "documents": [
            {"doc": doc, "batch": batches[doc], "split": halves[doc],
             "items": sorted(docs[doc], key=lambda i: (i["start"], i["end"]))}
            for doc in sorted(docs, key=lambda d: int(d.split("_")[1]))],
    }
    return out


def main(argv=None):
    import argparse
    parser = argparse.ArgumentParser(description="Build a priorities gold JSON from a TSV.")
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--annotations", type=Path, default=HERE / "annotations.tsv")
    parser.add_argument("--out", type=Path, default=HERE / "gold.json")
    parser.add_argument("--split", choices=("tuning", "checking"), default=None,
                        help="record this half for every document (default: alternate by number)")
    args = parser.parse_args(argv)
    gold = build(args.devset, args.annotations, args.split)
    args.out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    items = [i for d in gold["documents"] for i in d["items"]]
    print("%d documents, %d items (%d doubtful)" % (
        len(gold["documents"]), len(items), sum(i["doubtful"] for i in items)))


if __name__ == "__main__":
    main()
