"""How far a second annotator agrees with FactRuEval-2016's ``Occupation`` facts (issue #14).

    .venv/bin/python bench/roles_agreement.py [PATH_TO_DEVSET] [--second TSV] [--errors]

Annotator 1 is FactRuEval's own annotation (the ``Occupation`` blocks of ``book_N.facts``, read by
``bench/evaluate_roles.py``'s ``read_facts`` and ``dedupe_gold``: the gold the roles table is scored
on). Annotator 2 is ``bench/gold/roles/second-annotator.tsv``: the checking half's texts annotated
again, blind, by ``bench/gold/roles/GUIDE.md`` (columns ``doc who position where note``, one fact a
line). Only the checking half is scored (``halves`` of the scorer: the documents with an
``Occupation`` block, sorted by number, the 2nd, 4th, ...); a line of the TSV naming another
document is an error, and a checking document without a line is one where annotator 2 found no fact.

The matching rules are exactly the scorer's, imported from ``bench/evaluate_roles.py``, not copied:

- *annotator 2 scored against the gold*: annotator 2's facts stand for the system's pairs (person =
  ``who``, position = ``position``, ``of_name`` = ``where``; repeated lines count once), and
  ``score`` is the scorer's own: gold pairs in file order, each taking the first unmatched fact with
  ``same_person`` and ``same_position``; Where agreed by ``same_where``.
- *the reverse*: the gold scored against annotator 2. Annotator 2's facts are the gold now (each a
  single alternative), the gold pairs the predictions, matched one-to-one in annotator 2's file
  order by the same ``same_person`` and ``same_position``; a gold pair offers all its alternatives
  (any ``Who`` word may agree, any ``Position`` alternative may agree; both tests are symmetric, so
  only the one-to-one order differs from the first direction). Its Where is agreed when a lemma of
  annotator 2's ``where`` is among the lemmas of the gold pair's positions and wheres (``same_where``).

The 95% Wilson interval is given for P and R. ``--errors`` lists, per document, the gold pairs
annotator 2 has not (``gold-only``), annotator 2's facts the gold has not (``second-only``) and
matched pairs whose Where does not agree (``where``). The last line is ``agreement: P p R r F1 f``
for the first direction. This script does not run the system and extracts nothing.
"""

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_roles import (  # noqa: E402  (the scorer's own rules, not a copy)
    DEFAULT_DEVSET, ROOT, Lemmas, dedupe_gold, halves, has_occupation, match, prf, read_facts,
    same_person, same_position, same_where, score, table)

SECOND = ROOT / "bench" / "gold" / "roles" / "second-annotator.tsv"
COLUMNS = ["doc", "who", "position", "where"]


def read_second(path, checking):
    """``{doc: [(who, position, where)]}`` of annotator 2, repeats dropped; every checking document
    present (empty when annotator 2 found no fact). Errors name the file, the line and the reason."""
    facts = {doc: [] for doc in checking}
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0].split("\t")[:4] != COLUMNS:
        raise SystemExit("%s: the first line must be the header %s" % (path, "\\t".join(COLUMNS + ["note"])))
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 4:
            raise SystemExit("%s:%d: %d columns, want doc, who, position, where (and a note)"
                             % (path, number, len(fields)))
        doc, who, position, where = (field.strip() for field in fields[:4])
        if doc not in facts:
            raise SystemExit("%s:%d: %s is not a document of the checking half" % (path, number, doc))
        if not who or not position:
            raise SystemExit("%s:%d: a fact needs a who and a position" % (path, number))
        facts[doc].append((who, position, where))
    return {doc: list(dict.fromkeys(found)) for doc, found in facts.items()}


def match_reverse(second, gold, lemmas):
    """The gold as predictions against annotator 2's facts as the gold: ``(matched [(fact, gold
    pair)], annotator 2's facts unmatched, gold pairs unmatched)``, one-to-one in annotator 2's order."""
    free = list(gold)
    matched, missed = [], []
    for fact in second:
        who, position, _ = fact
        hit = next((g for g in free if same_person(" ".join(g[0]), [who])
                    and any(same_position(alternative, [position], lemmas) for alternative in g[1])),
                   None)
        if hit:
            free.remove(hit)
            matched.append((fact, hit))
        else:
            missed.append(fact)
    return matched, missed, free


def score_reverse(docs, gold, second, lemmas):
    counts = Counter()
    for doc in docs:
        matched, _, _ = match_reverse(second[doc], gold[doc], lemmas)
        counts.update(tp=len(matched), gold=len(second[doc]), predicted=len(gold[doc]))
        for (_, _, where), (_, positions, wheres) in matched:
            if where:
                counts["where_gold"] += 1
                counts["where_agreed"] += same_where(" ".join(positions), " ".join(wheres), [where], lemmas)
    return counts


def wilson(k, n, z=1.96):
    """95% Wilson score interval of a proportion ``k/n``."""
    if not n:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def show_errors(docs, gold, second, lemmas):
    for doc in docs:
        matched, missed, extra = match(gold[doc], second[doc], lemmas)
        for who, positions, wheres in missed:
            print("%s gold-only   %s | %s | %s" % (doc, "/".join(who), "/".join(positions), "/".join(wheres)))
        for who, position, where in extra:
            print("%s second-only %s | %s | %s" % (doc, who, position, where))
        for (who, positions, wheres), (_, position, where) in matched:
            if wheres and not same_where(position, where, wheres, lemmas):
                print("%s where       %s | %s | gold %s, second %s" % (
                    doc, "/".join(who), position, "/".join(wheres), where))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", default=str(DEFAULT_DEVSET),
                        help="FactRuEval-2016 devset folder (default: %(default)s)")
    parser.add_argument("--second", default=str(SECOND), help="annotator 2's TSV (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="list the differences per document")
    args = parser.parse_args(argv)

    devset = Path(args.devset)
    texts = sorted(p.stem for p in devset.glob("*.txt"))
    docs = [doc for doc in texts if has_occupation(devset, doc)]
    if not docs:
        parser.error("no FactRuEval documents with Occupation facts in %s" % devset)
    _, checking = halves(docs)
    second = read_second(Path(args.second), checking)
    lemmas = Lemmas()
    gold = {doc: dedupe_gold(read_facts(devset, doc), lemmas) for doc in checking}

    forward = score(checking, gold, second, lemmas)
    reverse = score_reverse(checking, gold, second, lemmas)
    print("checking half: %d documents with Occupation facts in %s; annotator 2: %s\n"
          % (len(checking), devset, args.second))
    print("annotator 2 scored as the system against FactRuEval's gold:")
    print(table({"checking": (len(checking), forward)}))
    print("\nthe reverse, FactRuEval's gold scored against annotator 2 (Where: of annotator 2's facts):")
    print(table({"checking": (len(checking), reverse)}))
    print()
    for name, c in (("annotator 2 vs gold", forward), ("gold vs annotator 2", reverse)):
        lo_p, hi_p = wilson(c["tp"], c["predicted"])
        lo_r, hi_r = wilson(c["tp"], c["gold"])
        print("%s: P %d/%d 95%% Wilson %.3f-%.3f; R %d/%d 95%% Wilson %.3f-%.3f" % (
            name, c["tp"], c["predicted"], lo_p, hi_p, c["tp"], c["gold"], lo_r, hi_r))
    if args.errors:
        print()
        show_errors(checking, gold, second, lemmas)
    p, r, f = prf(forward)
    print("agreement: P %.3f R %.3f F1 %.3f" % (p, r, f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
