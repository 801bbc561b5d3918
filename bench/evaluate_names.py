"""Evaluate the actors' canonical names against FactRuEval-2016's normalised names (``.coref``).

    .venv/bin/python bench/evaluate_names.py                  # ../shared/factru-devset or /work/shared/...
    .venv/bin/python bench/evaluate_names.py PATH --write     # also write a section of EVALUATION.md
    .venv/bin/python bench/evaluate_names.py --errors tuning  # list the wrong names of one half

**Gold.** A ``book_N.coref`` block (``coref_id object_id ...`` then ``key value`` lines) is one
entity. An entity with a ``Person`` object (``book_N.objects``) and a ``lastname`` is a gold person;
its ``lastname``, ``firstname`` (and ``patronymic``) are FactRuEval's normal forms, in the
nominative. Each ``Person`` object of the entity is a mention over the whole extent of its spans
(``book_N.spans``), as the usual PER evaluation maps it. An entity with an ``Org`` object and a
``name`` is a gold organisation, its mentions the object's ``org_name`` spans (its ``name`` values,
several at times, are the normal forms).

**The project's names.** ``analysis.extract_text`` on the document's text; its ``name`` rows of
``mentions`` (references are not names) and the ``actors`` they belong to.

**Items.** Every (gold person, project actor of kind ``person``) pair such that a name mention of
the actor overlaps a mention of the gold person is one item: each actor the project made of that
person is scored once, however often it is named. Words are compared in lower case with ``ё`` as
``е``; a name is split into words at spaces (a hyphenated word is one word).

- *surname*: the gold ``lastname``'s words stand in the actor's ``name`` as consecutive words;
- *full name*: scored on the items whose gold has both ``firstname`` and ``lastname`` and whose actor
  name has two words or more (an actor the text only ever names by its surname cannot have a first
  name, and that is no error of the nominative): the surname as above and the ``firstname`` as a
  word of the name;
- *organisations* (reported, not tuned): every (gold organisation, project actor of kind
  ``organisation``, ``government_body`` or ``media``) pair whose mentions overlap; right when the
  actor's ``name`` equals one of the gold ``name`` values. FactRuEval's normal forms are not the
  gazetteer's (``ОДКБ`` against the full name), so this figure is a floor.

**Halves.** The documents with a gold person, sorted by number, alternate: the 1st, 3rd, 5th... are
the *tuning* half, the 2nd, 4th... the *checking* half, as ``bench/evaluate_roles.py`` splits them.
Rules are tuned on the tuning half's errors only.

The last line printed is ``names: surname S full F orgs O`` (accuracies over all documents). This
script is not part of the test run; the tests never read the devset.
"""

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from evaluate_roles import halves  # the same tuning and checking halves as the roles bench

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the project's ``../shared`` in a clone, else the shared folder of the machine
DEFAULT_DEVSET = next((p for p in (ROOT.parent / "shared" / "factru-devset", Path("/work/shared/factru-devset"))
                       if p.exists()), ROOT.parent / "shared" / "factru-devset")
# measured before issue #14's names work (commit 8685646)
BASELINE = ("all surname 0.912 (365/400), full name 0.884 (311/352), organisations 0.737 (219/297); "
            "tuning surname 0.920, full 0.892, organisations 0.741; "
            "checking surname 0.904, full 0.872, organisations 0.734")
ORG_KINDS = ("organisation", "government_body", "media")


def normal(text):
    return text.lower().replace("ё", "е")


def words(text):
    return normal(text).split()


def read_spans(path):
    spans = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 4:
            spans[fields[0]] = (fields[1], int(fields[2]), int(fields[2]) + int(fields[3]))
    return spans


def read_objects(path, spans):
    """``{object_id: (type, [(span type, start, end)])}``."""
    objects = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 2:
            objects[fields[0]] = (fields[1], [spans[s] for s in fields[2:] if s in spans])
    return objects


def read_coref(path):
    """``[(object ids, {key: [values]})]``, one per block."""
    blocks, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        fields = line.split(None, 1)
        if not fields:
            current = None
        elif current is None:
            current = (line.split()[1:], defaultdict(list))
            blocks.append(current)
        elif len(fields) == 2:
            current[1][fields[0]].append(fields[1].strip())
    return blocks


def read_gold(devset, doc):
    """``(persons, organisations)``: persons ``(mentions, lastname, firstname)``, organisations
    ``(mentions, names)``, mentions ``[(start, end)]``."""
    spans = read_spans(devset / ("%s.spans" % doc))
    objects = read_objects(devset / ("%s.objects" % doc), spans)
    persons, orgs = [], []
    for ids, attrs in read_coref(devset / ("%s.coref" % doc)):
        objs = [objects[i] for i in ids if i in objects]
        if attrs.get("lastname"):
            mentions = [(min(s for _, s, _ in sp), max(e for _, _, e in sp))
                        for kind, sp in objs if kind == "Person" and sp]
            if mentions:
                persons.append((mentions, attrs["lastname"][0], (attrs.get("firstname") or [""])[0]))
        elif attrs.get("name"):
            mentions = [(s, e) for kind, sp in objs if kind == "Org" for t, s, e in sp if t == "org_name"]
            if mentions:
                orgs.append((mentions, attrs["name"]))
    return persons, orgs


def project_names(text, doc, models, gazetteer):
    """``[(start, end, actor name, actor kind)]`` of the name mentions the project gives."""
    from analysis import extract_text

    tables = extract_text(text, article_id=doc, models=models, gazetteer=gazetteer)
    actors = tables["actors"].set_index("actor_id")
    mentions = tables["mentions"]
    out = []
    for row in mentions.itertuples():
        if row.mention_kind == "name":
            actor = actors.loc[row.actor_id]
            out.append((row.start, row.end, actor["name"], actor["kind"]))
    return out


def overlapping(golds, predicted, kinds):
    names = []
    for start, end, name, kind in predicted:
        if kind in kinds and any(start < ge and gs < end for gs, ge in golds) and name not in names:
            names.append(name)
    return names


def contains(name, part):
    have, want = words(name), words(part)
    return bool(want) and any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


def items(doc, gold, predicted):
    """``[(kind, right, gold text, predicted name)]`` of one document; kind ``surname``, ``full``,
    ``org``."""
    persons, orgs = gold
    out = []
    for mentions, lastname, firstname in persons:
        for name in overlapping(mentions, predicted, ("person",)):
            surname = contains(name, lastname)
            out.append(("surname", surname, lastname, name))
            if firstname and len(words(name)) > 1:
                out.append(("full", surname and normal(firstname) in words(name),
                            "%s %s" % (firstname, lastname), name))
    for mentions, names in orgs:
        for name in overlapping(mentions, predicted, ORG_KINDS):
            out.append(("org", any(normal(name) == normal(n) for n in names), " | ".join(names), name))
    return out


def score(docs, found):
    counts = Counter()
    for doc in docs:
        for kind, right, _, _ in found[doc]:
            counts[kind] += 1
            counts[kind + "_right"] += right
    return counts


def accuracy(c, kind):
    return c[kind + "_right"] / c[kind] if c[kind] else 0.0


def table(results):
    rows = ["| half | documents | surnames right | surname accuracy | full names right | full-name accuracy "
            "| organisation names right | organisation accuracy |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, (n_docs, c) in results.items():
        rows.append("| %s | %d | %d/%d | %.3f | %d/%d | %.3f | %d/%d | %.3f |" % (
            name, n_docs, c["surname_right"], c["surname"], accuracy(c, "surname"),
            c["full_right"], c["full"], accuracy(c, "full"), c["org_right"], c["org"], accuracy(c, "org")))
    return "\n".join(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", default=str(DEFAULT_DEVSET),
                        help="FactRuEval-2016 devset folder (default: %(default)s)")
    parser.add_argument("--write", action="store_true", help="write the figures to EVALUATION.md")
    parser.add_argument("--errors", choices=("tuning", "checking", "all"),
                        help="print the wrong names of these documents")
    parser.add_argument("--orgs", action="store_true", help="with --errors, print organisation errors too")
    parser.add_argument("--only", choices=("tuning", "checking"),
                        help="extract and score only these documents (faster while tuning)")
    args = parser.parse_args(argv)

    devset = Path(args.devset)
    texts = sorted(p.stem for p in devset.glob("*.txt"))
    if not texts:
        parser.error("no FactRuEval documents (*.txt) in %s" % devset)
    gold = {doc: read_gold(devset, doc) for doc in texts}
    docs = [doc for doc in texts if gold[doc][0]]
    tuning, checking = halves(docs)
    if args.only:
        docs = tuning if args.only == "tuning" else checking

    import analysis

    models = analysis.load_models()
    gazetteer = analysis.load_gazetteer()
    found = {}
    for doc in docs:
        with open(devset / ("%s.txt" % doc), encoding="utf-8", newline="") as f:
            found[doc] = items(doc, gold[doc], project_names(f.read(), doc, models, gazetteer))
    results = {}
    for name, part in (("all", docs), ("tuning", tuning), ("checking", checking)):
        part = [d for d in part if d in found]
        if part:
            results[name] = (len(part), score(part, found))
    report = table(results)
    print("%d documents with a gold person in %s\n" % (len(docs), devset))
    print(report)
    if args.errors:
        chosen = {"tuning": tuning, "checking": checking, "all": docs}[args.errors]
        for doc in chosen:
            for kind, right, want, got in found.get(doc, []):
                if not right and (kind != "org" or args.orgs):
                    print("%s %-7s gold %-35s got %s" % (doc, kind, want, got))
    if args.write:
        write_record(report)
    c = results["all"][1]
    print("names: surname %.3f full %.3f orgs %.3f" % (
        accuracy(c, "surname"), accuracy(c, "full"), accuracy(c, "org")))
    return 0


NOTES = """\
**How it was tuned** (issue #14), on the tuning half's errors only, each rule tested on sentences
written for `tests/test_actors.py`: a person's name is put in the nominative as a whole name (the
case is the first of the tagger's, the surname's first, that every word can stand in, else the one
case pymorphy2's dictionary allows; an animate accusative by its genitive; no reading of a
dictionary word as an inanimate common noun; a declining reading before an indeclinable one; a
foreign surname pymorphy2 knows only as indeclinable by a man's ending after a first name in that
case; an adjectival surname by its adjective reading; a foreign name unknown to pymorphy2 after a
role noun in the role's case; foreign names in `-и`/`-о`/`-э` kept); a surname in an oblique case,
an initial and surname and a first name and patronymic join the one person they fit; a Latin
spelling in brackets is the same person; an actor is named by its fullest name. Organisations: the
name runs through the genitive country, region or organisation after it; its complements keep
their written case; a kind noun NER took into a gazetteer name gives way to it.

**What is left**, by kind (tuning half): the text and the gold spell a name differently
(`Сааакашвили`, `Гацелицадзе`, `Бузакка`, `Гаррет`/`Гаретт`, `Раймонд`/`Раймон`, `Егора` in the
gold); FactRuEval normalises a name the text gives in the nominative (`Мэтью Брайза` -> `Брайз`);
initials (`В.Л`), a double surname (`Саишвили-Чантурия`), a maiden name in brackets taken for the
person; a Korean name written surname first and cut in two by NER (`Хвана Чжан Епа`). The
organisation figure is a floor: an
abbreviation the gold extends (`ООН` inside `комитет ООН против пыток`), the gazetteer's canonical
names (`ЕС` for `Евросоюз`, `Коммерсант` for `Коммерсантъ`), descriptions FactRuEval takes into
the name (`синодальный`, `фракция`).

**Reading the figures.** An item is a (gold person, project actor) pair, so names joined into one
actor (a Latin spelling in brackets, a surname in an oblique case, a first name and patronymic)
now count once: the number of items fell (checking surnames 187 -> 176), and part of the rise is
wrong separate actors that are gone rather than names newly right (checking surnames right 169 ->
168; tuning 196 -> 198). The checking half was scored once, after the tuning."""


def write_record(report):
    path = ROOT / "EVALUATION.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    begin, end = "<!-- names:begin -->", "<!-- names:end -->"
    block = "\n".join([
        begin,
        "## Names: actors' canonical names in the nominative (FactRuEval-2016 coref normal forms)",
        "",
        "`bench/evaluate_names.py` (its docstring states the rules): for every gold person the project",
        "names, whether the actor's canonical name holds FactRuEval's nominative surname (and first name);",
        "the halves alternate by document number, rules were tuned on the tuning half's errors only.",
        "",
        report,
        "",
        "Before issue #14's names work: %s." % BASELINE,
        "",
        NOTES,
        end,
    ])
    if begin in text and end in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    elif "<!-- roles:end -->" in text:
        at = text.index("<!-- roles:end -->") + len("<!-- roles:end -->")
        text = text[:at] + "\n\n" + block + text[at:]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n" if text else block + "\n"
    path.write_text(text, encoding="utf-8")
    print("wrote %s" % path)


if __name__ == "__main__":
    sys.exit(main())
