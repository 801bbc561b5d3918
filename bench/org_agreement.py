"""How far two annotators agree on the organisation articles (issue #15): the ceiling of the figures.

    .venv/bin/python bench/org_agreement.py [--second JSON] [--errors]

Annotator 1 (A1) is ``tests/organisations/expected.json``, the gold every figure of
``bench/evaluate_org_articles.py`` is scored on; each article there was annotated by one annotator,
the writer of its set. Annotator 2 (A2) is ``bench/gold/org-second/eighth.json``: the eighth
held-out set's ten articles annotated again, blind (A2 read neither A1's entries for these articles
nor any rule, test or output, and ran nothing; ``bench/gold/org-second/NOTES.md`` says how), in
``expected.json``'s format.

A2's annotation stands for the system's tables and is scored against A1 with exactly the scorer's
rules (``score_article`` of ``bench/evaluate_org_articles.py``, imported, not copied): a priority
matches by span overlap, one-to-one, with status and holder agreement on the matched; a fact by
subject, predicate, value (phrase predicates by word overlap) and date; a quote is found when a
quote of A2 overlaps it, and its speaker is right when the names are equal. Then the reverse: A1
scored against A2. A2's texts and evidence are located in the article by their first occurrence,
as the scorer locates A1's.

This measures agreement under the same conventions (both annotators read the earlier sets' entries
for them), not on the bare task; both are language-model sessions. ``--errors`` prints the
differences per article (A1's expected items against A2's). No system run; the last line is
``agreement: priorities P p R r; facts P p R r``.
"""

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_org_articles import (  # noqa: E402  (the scorer's own rules, not a copy)
    ARTICLES, ROOT, group_figures, print_group, read_text, score_article, span)

SECOND = ROOT / "bench" / "gold" / "org-second" / "eighth.json"


def as_tables(text, entry):
    """An annotation entry as the rows ``score_article`` reads from the project's tables."""
    article = {"dateline_place": entry["dateline"]["place"], "agency": entry["dateline"]["agency"],
               "dateline_date": entry["dateline"]["date"]}
    priorities = []
    for item in entry["priorities"]:
        start, end = span(text, item["text"])
        priorities.append({"start": start, "end": end, "text": item["text"], "status": item["status"],
                           "holder": item["holder"]})
    facts = [{k: item[k] for k in ("subject", "predicate", "value", "date")} for item in entry["facts"]]
    quotes = []
    for item in entry["quotes"]:
        start, end = span(text, item["text"])
        quotes.append({"start": start, "end": end, "speaker": item["speaker"], "mode": item["mode"],
                       "speaker_actor_id": "0" if item["speaker"] else "-1"})
    return article, priorities, facts, quotes


def compare(names, gold, scored, articles, errors, label):
    totals, shown = defaultdict(int), []
    for name in names:
        text = read_text(articles / name)
        misses = []
        score_article(name, text, gold[name], *as_tables(text, scored[name]), totals, misses)
        if errors and misses:
            shown.append("%s (%s):\n%s" % (name, label, "\n".join(misses)))
    return totals, shown


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default=str(ARTICLES), help="folder with the articles and expected.json")
    parser.add_argument("--second", default=str(SECOND), help="annotator 2's file (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="print the differences per article")
    args = parser.parse_args(argv)

    articles = Path(args.articles)
    first = json.loads(read_text(articles / "expected.json"))
    second = json.loads(read_text(Path(args.second)))
    unknown = sorted(set(second) - set(first))
    if unknown:
        sys.exit("%s: articles not in expected.json: %s" % (args.second, ", ".join(unknown)))
    names = sorted(second)
    forward, shown = compare(names, first, second, articles, args.errors, "expected: A1, got: A2")
    reverse, shown_reverse = compare(names, second, first, articles, False, "")
    print_group("A2 scored against A1 (A1 = expected.json, the gold)", forward, len(names))
    print_group("A1 scored against A2 (reverse)", reverse, len(names))
    if shown:
        print()
        print("\n".join(shown))
    g = group_figures(forward)
    print()
    print("agreement: priorities P %.3f R %.3f; facts P %.3f R %.3f" % (g["pp"], g["pr"], g["fp"], g["fr"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
