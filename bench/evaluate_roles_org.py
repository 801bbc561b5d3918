"""Evaluate who holds which office on the constructed organisation articles (wire copy, issue #14).

    .venv/bin/python bench/evaluate_roles_org.py                   # both halves, totals only
    .venv/bin/python bench/evaluate_roles_org.py --errors tuning   # misses and extras of the read half
    .venv/bin/python bench/evaluate_roles_org.py --only tuning     # extract and score one half

FactRuEval's ``Occupation`` facts (``bench/evaluate_roles.py``) are real news of 2016 on every
subject. The project's users read wire copy about the CSTO, SCO, BRICS, EAEU and CIS, where offices
come in the agencies' formulae (``министр иностранных дел России Сергей Лавров``, ``генсек ОДКБ``,
``постпред``). This script scores the roles table on that kind of copy: the articles of
``tests/organisations/`` (written for the priorities and facts layers, annotated there for those
only).

**Gold.** ``bench/gold/roles-org/annotations-tuning.tsv`` and ``annotations-checking.tsv``
(columns ``file who position where note``, one Occupation fact a line), annotated blind (the
annotators read no rule, no test and no output and ran nothing) from ``bench/gold/roles/GUIDE.md``,
the guide of the second FactRuEval annotation, so that the facts follow FactRuEval's conventions;
each annotator's decisions where the guide is silent are in ``GUIDE-NOTES-<half>.md``. An article of
a half without a line is one where its annotator found no fact.

**Halves.** The 48 articles there were when the gold was made, their file names sorted,
alternate: the 1st, 3rd, ... are the *tuning* half (READ: its errors may be studied and general
rules written from them), the 2nd, 4th, ... the *checking* half (BLIND: only its totals are looked
at; ``--errors checking`` prints its errors with a warning, and after that it is no longer blind).
The halves are the lists ``tuning.txt`` and ``checking.txt`` beside the annotations (an article
with no fact is in its list and has no line), so that articles added to the folder later move no
article between halves and are not scored until annotated. The split is by file name, not by the
articles' ``held_out`` groups of ``expected.json``, which concern other layers.

**The eighth set** (``eighth.txt``, ``annotations-eighth.tsv``): the ten articles of the eighth
held-out set of ``expected.json``, written blind after the 48 and annotated blind by a third
annotator from the same guide and the two annotators' notes. It is BLIND like the checking half
(``--errors eighth`` warns) and is scored as a group of its own. **The ninth set** (``ninth.txt``,
``annotations-ninth.tsv``) likewise: the ninth held-out set's ten articles, annotated blind by a
fourth annotator.

**Other folders of texts** (``--articles DIR --gold GOLD``): the groups are the lists ``<group>.txt``
of GOLD that have an ``annotations-<group>.tsv``, every group blind but ``tuning``; e.g. the
FactRuEval devset's documents that have no ``Occupation`` facts, annotated blind from the same guide
(``bench/gold/roles-fresh/``, scored with ``--label roles-fresh``).

**Matching** is ``bench/evaluate_roles.py``'s, imported, not copied: one-to-one, gold facts in file
order, each taking the first unmatched prediction with the same person (a shared word or prefix)
and the same position (the lemmas of one among the other's); Where agreement counted on the
matched facts. The project's pairs are ``project_pairs`` of that script: the ``roles`` table's
(person's canonical name, ``position``, ``of_name``), repeats dropped.

The last line printed is ``roles-org: P p R r F1 f`` over both halves. Not part of the test run.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_roles import (  # noqa: E402  (the scorer's own rules, not a copy)
    ROOT, Lemmas, dedupe_gold, prf, project_pairs, score, show_errors, table)

ARTICLES = ROOT / "tests" / "organisations"
GOLD = ROOT / "bench" / "gold" / "roles-org"
COLUMNS = ["file", "who", "position", "where"]
HALVES = ("tuning", "checking", "eighth", "ninth")  # the organisation articles' groups, in this order
READ_GROUPS = ("tuning",)  # the groups whose errors may be studied; every other group is blind


def groups_of(gold_dir):
    """The groups of a gold folder: each ``<group>.txt`` list with its ``annotations-<group>.tsv``,
    HALVES first in their order, then any other group by name (another folder of texts, e.g. the
    FactRuEval devset documents without ``Occupation`` facts, has groups of its own)."""
    found = sorted(p.stem for p in gold_dir.glob("*.txt") if (gold_dir / ("annotations-%s.tsv" % p.stem)).exists())
    return tuple(h for h in HALVES if h in found) + tuple(g for g in found if g not in HALVES)


def read_half(path):
    """The file names of a half, one a line."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_gold(path, names):
    """``{file: [(who, positions, wheres)]}`` of one annotation file, every article of ``names``
    present (empty when the annotator found no fact). Errors name the file, the line and the reason."""
    gold = {name: [] for name in names}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:4] != COLUMNS:
        raise SystemExit("%s: the first line must be the header %s" % (path, "\\t".join(COLUMNS + ["note"])))
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < 4 or not all(fields[:3]):
            raise SystemExit("%s:%d: a fact needs file, who and position (and a where column)" % (path, number))
        name, who, position, where = fields[:4]
        if name not in gold:
            raise SystemExit("%s:%d: %s is not an article of this half" % (path, number, name))
        gold[name].append(([who], [position], [where] if where else []))
    return gold


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=str(ARTICLES), help="folder of the articles (default: %(default)s)")
    parser.add_argument("--gold", default=str(GOLD), help="folder of the annotation files (default: %(default)s)")
    parser.add_argument("--errors", metavar="GROUP",
                        help="print the misses and extra pairs of this group's articles, or of 'all' (any group "
                             "but tuning, and all, unblind a blind group)")
    parser.add_argument("--label", default="roles-org", help="the name on the last line (default: %(default)s)")
    parser.add_argument("--only", metavar="GROUP", help="extract and score only this group")
    args = parser.parse_args(argv)

    articles, gold_dir = Path(args.articles), Path(args.gold)
    names = sorted(p.name for p in articles.glob("*.txt"))
    groups = groups_of(gold_dir)
    for option in ("errors", "only"):
        value = getattr(args, option)
        if value and value not in groups + (("all",) if option == "errors" else ()):
            parser.error("--%s %s: %s has the groups %s" % (option, value, gold_dir, ", ".join(groups)))
    parts = {half: read_half(gold_dir / ("%s.txt" % half)) for half in groups}
    for half, listed in parts.items():
        missing = [n for n in listed if n not in names]
        if missing:
            parser.error("%s: %s listed in %s.txt but not in %s" % (gold_dir, ", ".join(missing), half, articles))
    lemmas = Lemmas()
    gold = {}
    for half in parts:
        path = gold_dir / ("annotations-%s.tsv" % half)
        if path.exists():
            gold.update({k: dedupe_gold(v, lemmas) for k, v in read_gold(path, parts[half]).items()})
    if not gold:
        parser.error("no annotation file in %s" % gold_dir)
    if args.errors and args.errors not in READ_GROUPS:
        print("warning: --errors %s prints a blind group's errors; after that it is no longer blind (say "
              "so in EVALUATION.md)" % args.errors, file=sys.stderr)
    chosen = [n for n in names if n in gold and (not args.only or n in parts.get(args.only, ()))]

    import analysis

    models = analysis.load_models()
    gazetteer = analysis.load_gazetteer()
    predicted = {}
    for name in chosen:
        text = (articles / name).read_text(encoding="utf-8")
        predicted[name] = project_pairs(text, Path(name).stem, models, gazetteer)
    results = {}
    for half in ("all",) + tuple(parts):
        part = [n for n in (chosen if half == "all" else parts[half]) if n in predicted]
        if part:
            results[half] = (len(part), score(part, gold, predicted, lemmas))
    print("%d annotated organisation articles in %s\n" % (len(chosen), articles))
    print(table(results).replace("| half | documents |", "| half | articles |"))
    if args.errors:
        show_errors([n for n in chosen if args.errors == "all" or n in parts[args.errors]], gold, predicted, lemmas)
    p, r, f = prf(results["all"][1])
    print("%s: P %.3f R %.3f F1 %.3f" % (args.label, p, r, f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
