"""Evaluate the actor mentions against FactRuEval-2016, side by side with bare natasha.

    .venv/bin/python bench/evaluate_actors.py                      # ../shared/factru-devset
    .venv/bin/python bench/evaluate_actors.py PATH --write         # also rewrite EVALUATION.md
    .venv/bin/python bench/evaluate_actors.py --errors ORG         # list our ORG errors too

Gold is mapped as the usual PER/LOC/ORG evaluation does (the devset's README): Person -> PER over
the whole extent of its spans; Org -> ORG over each of its ``org_name`` spans; Location and LocOrg
-> LOC over each of their ``loc_name`` spans; Project and Facility dropped; overlapping gold spans
removed, longest first. A prediction counts when its start, end and type equal a gold span's.

Bare natasha is ``NewsNERTagger`` over the whole text, as ``natasha.Doc.tag_ner`` runs it. Ours is
the ``name`` rows of ``mentions`` from ``analysis.extract_text`` (parts, NER per part, gazetteer,
type corrections, non-actors dropped); ``reference`` rows are not names and are not scored.
This script is not part of the test run; the tests never read the devset.
"""

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ("PER", "LOC", "ORG")
DEFAULT_DEVSET = ROOT.parent / "shared" / "factru-devset"


def read_spans(path):
    """``{span_id: (type, start, stop)}`` from a ``.spans`` file."""
    spans = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 4:
            span_id, kind, start, length = fields[:4]
            spans[span_id] = (kind, int(start), int(start) + int(length))
    return spans


def convert_object(kind, spans):
    if kind == "Person":
        yield "PER", min(s for _, s, _ in spans), max(e for _, _, e in spans)
    elif kind == "Org":
        yield from (("ORG", s, e) for t, s, e in spans if t == "org_name")
    elif kind in ("Location", "LocOrg"):
        yield from (("LOC", s, e) for t, s, e in spans if t == "loc_name")


def remove_overlaps(spans):
    """Keep the longest of overlapping spans (ties: the earlier, then by type)."""
    kept = []
    for span in sorted(set(spans), key=lambda s: (-(s[2] - s[1]), s[1], s[0])):
        if all(span[2] <= k[1] or k[2] <= span[1] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s[1], s[2], s[0]))


def read_gold(devset, doc):
    spans = read_spans(devset / ("%s.spans" % doc))
    found = []
    for line in (devset / ("%s.objects" % doc)).read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 3:
            members = [spans[i] for i in fields[2:] if i in spans]
            if members:
                found += convert_object(fields[1], members)
    return remove_overlaps(found)


def read_text(devset, doc):
    with open(devset / ("%s.txt" % doc), encoding="utf-8", newline="") as f:
        return f.read()


def documents(devset):
    return sorted(p.stem for p in devset.glob("*.txt") if (devset / (p.stem + ".objects")).exists())


def natasha_spans(text, tagger):
    return [(span.type, span.start, span.stop) for span in tagger(text).spans]


def our_spans(text, doc, models, gazetteer):
    from analysis import extract_text

    mentions = extract_text(text, article_id=doc, models=models, gazetteer=gazetteer)["mentions"]
    names = mentions[mentions["mention_kind"] == "name"]
    return [(t, s, e) for t, s, e in names[["ner_type", "start", "end"]].itertuples(index=False)]


def score(gold, predicted):
    """Per-type (true positives, predicted, gold) counts over all documents."""
    counts = defaultdict(Counter)
    for doc in gold:
        g, p = set(gold[doc]), set(predicted[doc])
        for kind in TYPES:
            gk = {s for s in g if s[0] == kind}
            pk = {s for s in p if s[0] == kind}
            counts[kind].update(tp=len(gk & pk), predicted=len(pk), gold=len(gk))
    total = Counter()
    for kind in TYPES:
        total.update(counts[kind])
    counts["all"] = total
    return counts


def prf(c):
    p = c["tp"] / c["predicted"] if c["predicted"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(results):
    rows = ["| type | gold | bare natasha P | R | F1 | ours P | R | F1 | ΔF1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind in TYPES + ("all",):
        nat, our = results["natasha"][kind], results["ours"][kind]
        pn, rn, fn = prf(nat)
        po, ro, fo = prf(our)
        rows.append("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %+.3f |" % (
            kind, nat["gold"], pn, rn, fn, po, ro, fo, fo - fn))
    return "\n".join(rows)


def show_errors(kind, gold, predicted, texts, limit=80):
    shown = 0
    for doc in sorted(gold):
        g = {s for s in gold[doc] if s[0] == kind}
        p = {s for s in predicted[doc] if s[0] == kind}
        text = texts[doc]
        for label, spans in (("missed", g - p), ("spurious", p - g)):
            for _, s, e in sorted(spans, key=lambda x: x[1]):
                if shown < limit:
                    print("%s %-8s %-40r ...%s..." % (doc, label, text[s:e],
                                                     text[max(0, s - 30):e + 30].replace("\n", " ")))
                    shown += 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", default=str(DEFAULT_DEVSET),
                        help="FactRuEval-2016 devset folder (default: %(default)s)")
    parser.add_argument("--write", action="store_true", help="write the figures to EVALUATION.md")
    parser.add_argument("--errors", choices=TYPES, help="print our errors of this type")
    parser.add_argument("--natasha-errors", choices=TYPES, help="print bare natasha's errors of this type")
    args = parser.parse_args(argv)

    devset = Path(args.devset)
    docs = documents(devset)
    if not docs:
        parser.error("no FactRuEval documents in %s" % devset)

    import analysis
    from natasha import NewsEmbedding, NewsNERTagger

    models = analysis.load_models()
    gazetteer = analysis.load_gazetteer()
    tagger = NewsNERTagger(NewsEmbedding())
    texts = {doc: read_text(devset, doc) for doc in docs}
    gold = {doc: read_gold(devset, doc) for doc in docs}
    predicted = {
        "natasha": {doc: natasha_spans(texts[doc], tagger) for doc in docs},
        "ours": {doc: our_spans(texts[doc], doc, models, gazetteer) for doc in docs},
    }
    results = {name: score(gold, spans) for name, spans in predicted.items()}
    report = table(results)
    print("%d documents from %s\n" % (len(docs), devset))
    print(report)
    if args.errors:
        show_errors(args.errors, gold, predicted["ours"], texts)
    if args.natasha_errors:
        show_errors(args.natasha_errors, gold, predicted["natasha"], texts)
    if args.write:
        write_record(report, len(docs))
    return 0


def write_record(report, n_docs):
    path = ROOT / "EVALUATION.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    begin, end = "<!-- factru:begin -->", "<!-- factru:end -->"
    block = "%s\n%d documents; span exact match (start, end and type).\n\n%s\n%s" % (
        begin, n_docs, report, end)
    if begin in text and end in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n" if text else block + "\n"
    path.write_text(text, encoding="utf-8")
    print("wrote %s" % path)


if __name__ == "__main__":
    sys.exit(main())
