"""Inter-annotator agreement on the priorities gold (issue #15): how far two careful humans agree.

    .venv/bin/python bench/priorities_agreement.py [PATH_TO_DEVSET] [--second JSON] [--errors]
    .venv/bin/python bench/priorities_agreement.py PATH --quarter checking-b   # the blind quarter: totals

Annotator 1 is ``bench/gold/priorities/gold.json`` (the gold the system is scored on); annotator 2
is ``bench/gold/priorities/second-annotator.json``, a blind second annotation of the checking half
by the same guide (``GUIDE.md``), built from ``second-annotator.tsv`` with ``build_gold.py``. Only
the documents annotator 2 covers are scored (the 46 of the checking half); a document of the second
annotation missing from the first is an error.

The matching rules are exactly those of ``bench/evaluate_priorities.py``, whose functions are
imported: one annotator's items stand in for the system's rows, ALL of them (firm and doubtful), as
every system row is counted; the other's are the gold, where doubtful items are neither required for
recall nor false positives when matched. So the first table is the score the second annotator would
get if it were the system, and the comparable figure for the system's P/R on the checking half. Then:

- the reverse direction (annotator 1's items as rows, annotator 2's as the gold);
- annotator 2's firm items only as rows against annotator 1 (doubtful gold items still excuse a
  row): what P would be for an annotator that emits only what it is sure of;
- firm only against firm only: doubtful items dropped on both sides, so a judgment call can neither
  excuse a row nor be required; P and R here are the two directions' shares of firm items matched.

Holder agreement uses ``holder_agrees``: a row holder with ``|`` alternatives contributes the words of
all of them (the annotator accepted any). The last line is ``agreement: P p R r F1 f`` for the first
direction (annotator 2 scored against annotator 1, all of its items as rows). This script does not
run the system. ``--errors`` lists, per document, the items one annotator has and the other does not
(the material of ``DISAGREEMENTS.md``).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_priorities import (  # noqa: E402  (the evaluator's own rules, not a copy)
    DEFAULT_DEVSET, GOLD, QUARTERS, check_gold, evaluate, load_gold, matches, quarters, ratio,
    status_table, table)

SECOND = GOLD.parent / "second-annotator.json"


def as_rows(gold, firm_only=False):
    """``{doc: [row, ...]}``: an annotation's items in the shape of ``priorities.csv`` rows."""
    return {d["doc"]: [{"start": i["start"], "end": i["end"], "status": i["status"],
                        "holder": i["holder"]}
                       for i in d["items"] if not (firm_only and i["doubtful"])]
            for d in gold["documents"]}


def restrict(gold, docs, firm_only=False, name="the first annotation"):
    """``gold`` with only ``docs`` (in their order), every document in the one half ``checking`` so
    that the evaluator's half totals are the totals; doubtful items dropped when ``firm_only``."""
    by_doc = {d["doc"]: d for d in gold["documents"]}
    missing = [doc for doc in docs if doc not in by_doc]
    if missing:
        raise SystemExit("%s: not in %s" % (", ".join(missing), name))
    return dict(gold, documents=[
        dict(by_doc[doc], split="checking",
             items=[i for i in by_doc[doc]["items"] if not (firm_only and i["doubtful"])])
        for doc in docs])


def figures(totals):
    c = totals["checking"]
    p, r = ratio(c["rows_ok"], c["rows"]), ratio(c["found"], c["gold"])
    return p, r, ratio(2 * p * r, p + r)


def compare(gold, rows, title):
    totals, _ = evaluate(gold, rows)
    print("### " + title)
    print(table(totals, ("checking",)))
    print()
    print(status_table(totals["checking"]))
    print()
    return totals


def list_differences(first, second, devset):
    """Per document: items of one annotation that no item of the other overlaps by the rule."""
    from evaluate_priorities import read_text
    other = {d["doc"]: d["items"] for d in second["documents"]}
    for entry in first["documents"]:
        a, b = entry["items"], other[entry["doc"]]
        only_a = [i for i in a if not any(matches(j, i) for j in b)]
        only_b = [j for j in b if not any(matches(j, i) for i in a)]
        pairs = [(i, j) for i in a for j in b if matches(j, i)
                 and (i["status"] != j["status"] or i["doubtful"] != j["doubtful"]
                      or (i["start"], i["end"]) != (j["start"], j["end"]) or i["holder"] != j["holder"])]
        if not (only_a or only_b or pairs):
            continue
        print("== %s" % entry["doc"])
        for tag, items in (("A1 only", only_a), ("A2 only", only_b)):
            for i in items:
                print("  %s %s%s [%s] %s" % (tag, i["status"], " (doubtful)" if i["doubtful"] else "",
                                             i["holder"], i["text"].replace("\n", " ")))
        for i, j in pairs:
            print("  BOTH  A1 %s%s [%s] %r | A2 %s%s [%s] %r" % (
                i["status"], " (d)" if i["doubtful"] else "", i["holder"], i["text"],
                j["status"], " (d)" if j["doubtful"] else "", j["holder"], j["text"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET,
                        help="only to check that every item is at its offsets")
    parser.add_argument("--second", type=Path, default=SECOND)
    parser.add_argument("--first", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="list the items the two differ on")
    parser.add_argument("--quarter", choices=QUARTERS, help="score one quarter of the checking half "
                        "alone (totals only with checking-b, which stays blind: no --errors)")
    args = parser.parse_args()
    if args.quarter == "checking-b" and args.errors:
        parser.error("checking-b is blind: its differences are not listed")
    second = load_gold(args.second)
    docs = [d["doc"] for d in second["documents"]]
    if args.quarter:
        quarter_of = quarters(load_gold(args.first))
        docs = [doc for doc in docs if quarter_of.get(doc) == args.quarter]
    first = restrict(load_gold(args.first), docs, name=str(args.first))
    second = restrict(second, docs)
    if args.devset.is_dir():
        check_gold(first, args.devset)
        check_gold(second, args.devset)
    for name, g in (("annotator 1", first), ("annotator 2", second)):
        items = [i for d in g["documents"] for i in d["items"]]
        print("%s: %d documents, %d items (%d firm, %d doubtful)" % (
            name, len(g["documents"]), len(items), sum(not i["doubtful"] for i in items),
            sum(i["doubtful"] for i in items)))
    print()
    forward = compare(first, as_rows(second),
                      "Annotator 2 (all items as rows) against annotator 1 (the gold)")
    compare(second, as_rows(first), "Reverse: annotator 1 (all items as rows) against annotator 2")
    compare(first, as_rows(second, firm_only=True),
            "Annotator 2's firm items only as rows, against annotator 1 (firm and doubtful)")
    compare(restrict(first, docs, firm_only=True), as_rows(second, firm_only=True),
            "Firm only: annotator 2's firm items against annotator 1's firm items")
    if args.errors:
        list_differences(first, second, args.devset)
        print()
    print("agreement: P %.3f R %.3f F1 %.3f" % figures(forward))


if __name__ == "__main__":
    main()
