"""Check the second annotation of the eighth set against its articles, and nothing else.

Reads only `eighth.json` (beside this file) and the articles it names in `tests/organisations/`:
every priority and quote `text` must occur exactly once in its article (so that it points at one
place), every fact `evidence` at least once, and statuses, predicates and modes must be in the
codebook's vocabularies (copied here, so that this script reads no project code).

    python bench/gold/org-second/check_eighth.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ARTICLES = HERE.parents[2] / "tests" / "organisations"
STATUSES = {"priority", "plan", "offer", "practice", "supported", "statutory"}
PREDICATES = {"kind", "member_count", "member", "founding_member_count", "founding_member",
              "founded", "founded_place", "based_on", "treaty_signed", "purpose", "headquarters",
              "chair", "next_chair", "joined", "rejoined", "left", "suspended",
              "froze_participation", "summit", "next_summit"}
MODES = {"direct", "reported"}


def main():
    gold = json.loads((HERE / "eighth.json").read_text(encoding="utf-8"))
    problems = []
    for name, entry in gold.items():
        text = (ARTICLES / name).read_text(encoding="utf-8")
        for key in ("dateline", "priorities", "facts", "quotes"):
            if key not in entry:
                problems.append(f"{name}: no {key}")
        for row in entry["priorities"]:
            if text.count(row["text"]) != 1:
                problems.append(f"{name}: priority text occurs {text.count(row['text'])} times: {row['text']!r}")
            if row["status"] not in STATUSES:
                problems.append(f"{name}: status {row['status']!r}")
            if (row["status"] == "supported") != ("supporter" in row):
                problems.append(f"{name}: supporter key wrong on {row['text']!r}")
        for row in entry["facts"]:
            if row["evidence"] not in text:
                problems.append(f"{name}: evidence not in article: {row['evidence']!r}")
            if row["predicate"] not in PREDICATES:
                problems.append(f"{name}: predicate {row['predicate']!r}")
        keys = [(r["subject"], r["predicate"], r["value"], r["date"]) for r in entry["facts"]]
        if len(keys) != len(set(keys)):
            problems.append(f"{name}: a fact is listed twice")
        for row in entry["quotes"]:
            if text.count(row["text"]) != 1:
                problems.append(f"{name}: quote text occurs {text.count(row['text'])} times: {row['text']!r}")
            if row["mode"] not in MODES:
                problems.append(f"{name}: mode {row['mode']!r}")
    for p in problems:
        print(p)
    total = [sum(len(e[k]) for e in gold.values()) for k in ("priorities", "facts", "quotes")]
    for name, entry in gold.items():
        print(f"{name}: {len(entry['priorities'])} priorities, {len(entry['facts'])} facts, {len(entry['quotes'])} quotes")
    print(f"total: {total[0]} priorities, {total[1]} facts, {total[2]} quotes; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
