"""Evaluate who holds which office against FactRuEval-2016's ``Occupation`` facts.

    .venv/bin/python bench/evaluate_roles.py                  # ../shared/factru-devset
    .venv/bin/python bench/evaluate_roles.py PATH --write     # also write a section of EVALUATION.md
    .venv/bin/python bench/evaluate_roles.py --errors tuning  # list misses and extras of one half
    .venv/bin/python bench/evaluate_roles.py --only checking-b  # score the blind quarter alone

**Gold.** Each ``docid-n Occupation`` block of ``book_N.facts`` with a ``Who`` and a ``Position``
line is one gold pair; its ``Where`` line, when there is one, is the organisation or country of the
position. ``Position`` may give alternative spans (``span1 Посол Японии в России | span2 Посол``),
``Who`` and ``Where`` alternative names (``obj144 Турецкая республика | Турция``); any alternative
may match. Pairs repeated in one document (same person, same position words) count once. Blocks
without a ``Position`` (``Who`` and ``Where`` only) are not pairs and are not scored.

**The project's pairs.** ``analysis.extract_text`` on the document's text; one pair per row of the
``roles`` table (the person's canonical name, ``position``, ``of_name``), or, when the project has
no ``roles`` table, per person actor and each ``;``-separated entry of its ``roles`` column (the
whole role string is the position then, and its words may name the organisation). Repeated pairs
count once. Only the documents that have at least one ``Occupation`` block are scored (85 in the
devset; three of them have no block with a ``Position`` and so no gold pair, only predictions).

**Matching**, one-to-one, gold pairs in file order, each taking the first unmatched prediction that
agrees with it:

- *person*: a word of the predicted name and a word of a gold ``Who`` alternative are the same word
  (lower case, ``ё`` as ``е``) or share a prefix of all but at most two letters of the shorter word
  and at least four letters (FactRuEval writes names in the text's case: ``Монтойе Хуану``);
- *position*: both are lemmatised (pymorphy2's first parse, prepositions, conjunctions and
  punctuation dropped, ``экс-`` taken off a lemma); they agree when the lemmas of one are all among
  the lemmas of the other (``президента`` and ``президент США``; ``Посол Японии в России`` and ``посол Японии``). The
  organisation or country words of either side may thus be present or not.

A pair is scored on person and position. Of the matched pairs whose gold has a ``Where``, the
report also counts those whose ``Where`` agrees: a lemma of a ``Where`` alternative (a word of three
letters or more) is among the lemmas of the predicted ``of_name`` or position, or a ``Where``
alternative and the ``of_name`` (or a capitalised word of the position) are names of one gazetteer
entry (``РФ`` and ``Россия``, ``КНР`` and ``Китай``; added after the second annotator's study found
all twelve of its Where disagreements to be such names).

**Halves.** The documents with ``Occupation`` blocks, sorted by number, alternate: the 1st, 3rd, 5th... are the
*tuning* half, the 2nd, 4th... the *checking* half. Rules were tuned on the tuning half only for
five rounds.

**Quarters of the checking half** (from the sixth round). The checking half's documents, sorted by
number, alternate again: its 1st, 3rd, 5th... are *checking-a*, its 2nd, 4th... *checking-b*.
Checking-a is READ: its errors and documents may be studied and rules written from the kinds of error
found there (by general rules, each with sentences of its own in the tests, never keyed to a
document). Checking-b stays BLIND: only its totals are looked at (``--only checking-b``), never its
errors (``--errors checking-b``, ``checking`` and ``all`` still work but print them, with a warning),
and its documents are not opened; its figure is the honest estimate for unseen text. Both quarters
are rows of the table ``--write`` records.

The last line printed is ``roles: P p R r F1 f`` over all documents. This script is not part of the
test run; the tests never read the devset.
"""

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DEVSET = ROOT.parent / "shared" / "factru-devset"
# measured before the roles work, from the actors table's ``roles`` column (appositions only)
BASELINE = ("all P 0.626 R 0.528 F1 0.573; tuning P 0.579 R 0.573 F1 0.576; "
            "checking P 0.691 R 0.485 F1 0.570")
DROPPED_POS = {"PREP", "CONJ", "PRCL", "INTJ"}
WORD_RE = re.compile(r"[^\W\d_][\w-]*")
ID_RE = re.compile(r"^(?:obj|span)\d+\s+")
FORMER = "экс-"  # ``Экс-председатель`` is the position ``председатель``, held before


def normal(word):
    return word.lower().replace("ё", "е")


def alternatives(value):
    """``obj1 A | B`` or ``span1 A | span2 B`` -> ``["A", "B"]``."""
    return [ID_RE.sub("", part.strip()).strip() for part in value.split("|") if part.strip()]


def has_occupation(devset, doc):
    path = devset / ("%s.facts" % doc)
    return path.exists() and any(line.split()[1:] == ["Occupation"]
                                 for line in path.read_text(encoding="utf-8").splitlines())


def read_facts(devset, doc):
    """Gold pairs ``(who alternatives, position alternatives, where alternatives)`` of a document."""
    path = devset / ("%s.facts" % doc)
    if not path.exists():
        return []
    pairs, block = [], None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        fields = line.split(None, 1)
        if not fields:
            if block and block.get("Who") and block.get("Position"):
                pairs.append((block["Who"], block["Position"], block.get("Where", [])))
            block = None
        elif len(fields) == 2 and fields[1].strip() == "Occupation" and "-" in fields[0]:
            block = {}
        elif block is not None and len(fields) == 2:
            block.setdefault(fields[0], []).extend(alternatives(fields[1]))
    return pairs


class Lemmas:
    def __init__(self):
        from natasha import MorphVocab  # pymorphy2 with natasha's fix for Python 3.11

        self.morph = MorphVocab()
        self.cache = {}

    def __call__(self, text):
        out = []
        for word in WORD_RE.findall(text):
            low = normal(word)
            if low not in self.cache:
                parse = self.morph.parse(low)[0]
                lemma = "" if parse.tag.POS in DROPPED_POS else normal(parse.normal_form)
                self.cache[low] = lemma[len(FORMER):] if lemma.startswith(FORMER) else lemma
            if self.cache[low]:
                out.append(self.cache[low])
        return frozenset(out)


def same_word(a, b):
    if a == b:
        return True
    short = min(len(a), len(b))
    need = max(4, short - 2)
    return short >= need and a[:need] == b[:need]


def same_person(name, whos):
    words = [normal(w) for w in WORD_RE.findall(name)]
    return any(same_word(w, normal(g)) for who in whos for g in WORD_RE.findall(who) for w in words)


def same_position(predicted, golds, lemmas):
    p = lemmas(predicted)
    for gold in golds:
        g = lemmas(gold)
        if p and g and (g <= p or p <= g):
            return True
    return False


def same_where(position, of_name, wheres, lemmas):
    have = lemmas(position) | lemmas(of_name)
    if any(lemma in have for where in wheres for lemma in lemmas(where) if len(lemma) >= 3):
        return True
    # one country or organisation under two of its names (``РФ``, ``Российская Федерация`` and
    # ``Россия``; ``КНР`` and ``Китай``): the gazetteer's entry for the whole Where, and for the
    # project's ``of_name`` or a word of its position written as a name
    keys = {place_key(where) for where in wheres} - {None}
    found = {place_key(of_name)} | {place_key(word) for word in WORD_RE.findall(position or "")
                                    if word[:1].isupper()}
    return bool(keys & found)


@lru_cache(maxsize=None)
def place_key(name):
    """The gazetteer key of a name as a whole (any of its aliases), or None."""
    if not name:
        return None
    from analysis import load_gazetteer

    entry = load_gazetteer().lookup(name)
    return entry.key if entry else None


def project_pairs(text, doc, models, gazetteer):
    """``[(person name, position, of_name)]`` the project gives for a text, without repeats."""
    from analysis import extract_text

    tables = extract_text(text, article_id=doc, models=models, gazetteer=gazetteer)
    actors = tables["actors"].set_index("actor_id")
    found = []
    if "roles" in tables:
        for row in tables["roles"].itertuples():
            found.append((actors.loc[row.actor_id, "name"], row.position, row.of_name))
    else:
        for row in tables["actors"].itertuples():
            if row.kind == "person" and row.roles:
                found += [(row.name, role, "") for role in row.roles.split(";") if role]
    return list(dict.fromkeys(found))


def dedupe_gold(pairs, lemmas):
    kept = []
    for who, positions, wheres in pairs:
        if not any(same_person(" ".join(w), who) and {lemmas(p) for p in positions} & {lemmas(p) for p in ps}
                   for w, ps, _ in kept):
            kept.append((who, positions, wheres))
    return kept


def match(gold, predicted, lemmas):
    """``(matched [(gold, prediction)], missed gold, extra predictions)`` of one document."""
    free = list(predicted)
    matched, missed = [], []
    for pair in gold:
        who, positions, _ = pair
        hit = next((p for p in free if same_person(p[0], who) and same_position(p[1], positions, lemmas)), None)
        if hit:
            free.remove(hit)
            matched.append((pair, hit))
        else:
            missed.append(pair)
    return matched, missed, free


def score(docs, gold, predicted, lemmas):
    counts = Counter()
    for doc in docs:
        matched, missed, extra = match(gold[doc], predicted[doc], lemmas)
        counts.update(tp=len(matched), gold=len(gold[doc]), predicted=len(predicted[doc]))
        for (who, positions, wheres), (_, position, of_name) in matched:
            if wheres:
                counts["where_gold"] += 1
                counts["where_agreed"] += same_where(position, of_name, wheres, lemmas)
    return counts


def prf(c):
    p = c["tp"] / c["predicted"] if c["predicted"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(results):
    rows = ["| half | documents | gold pairs | predicted | matched | P | R | F1 | Where agreed |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, (n_docs, c) in results.items():
        p, r, f = prf(c)
        rows.append("| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %d/%d |" % (
            name, n_docs, c["gold"], c["predicted"], c["tp"], p, r, f, c["where_agreed"], c["where_gold"]))
    return "\n".join(rows)


def show_errors(docs, gold, predicted, lemmas):
    for doc in docs:
        _, missed, extra = match(gold[doc], predicted[doc], lemmas)
        for who, positions, wheres in missed:
            print("%s missed %s | %s | %s" % (doc, "/".join(who), "/".join(positions), "/".join(wheres)))
        for name, position, of_name in extra:
            print("%s extra  %s | %s | %s" % (doc, name, position, of_name))


def halves(docs):
    ordered = sorted(docs, key=lambda d: int(d.split("_")[-1]) if d.split("_")[-1].isdigit() else 0)
    return ordered[0::2], ordered[1::2]


def quarters(checking):
    """The checking half (sorted by number) alternating: ``(checking-a, checking-b)``."""
    return halves(checking)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", default=str(DEFAULT_DEVSET),
                        help="FactRuEval-2016 devset folder (default: %(default)s)")
    parser.add_argument("--write", action="store_true", help="write the figures to EVALUATION.md")
    parser.add_argument("--errors", choices=("tuning", "checking", "checking-a", "checking-b", "all"),
                        help="print the misses and extra pairs of these documents "
                             "(checking-b, checking and all unblind checking-b)")
    parser.add_argument("--only", choices=("tuning", "checking", "checking-a", "checking-b"),
                        help="extract and score only these documents (faster while tuning)")
    args = parser.parse_args(argv)

    devset = Path(args.devset)
    lemmas = Lemmas()
    texts = sorted(p.stem for p in devset.glob("*.txt"))
    gold = {doc: dedupe_gold(read_facts(devset, doc), lemmas) for doc in texts}
    docs = [doc for doc in texts if has_occupation(devset, doc)]
    if not docs:
        parser.error("no FactRuEval documents with Occupation facts in %s" % devset)
    tuning, checking = halves(docs)
    checking_a, checking_b = quarters(checking)
    parts = {"tuning": tuning, "checking": checking, "checking-a": checking_a, "checking-b": checking_b}
    if args.errors in ("checking-b", "checking", "all"):
        print("warning: --errors %s prints the blind quarter checking-b's errors; after that it is "
              "no longer blind (say so in EVALUATION.md)" % args.errors, file=sys.stderr)
    if args.only:
        docs = parts[args.only]

    import analysis

    models = analysis.load_models()
    gazetteer = analysis.load_gazetteer()
    predicted = {}
    for doc in docs:
        with open(devset / ("%s.txt" % doc), encoding="utf-8", newline="") as f:
            predicted[doc] = project_pairs(f.read(), doc, models, gazetteer)
    results = {}
    for name, part in (("all", docs), ("tuning", tuning), ("checking", checking),
                       ("checking-a", checking_a), ("checking-b", checking_b)):
        part = [d for d in part if d in predicted]
        if part:
            results[name] = (len(part), score(part, gold, predicted, lemmas))
    report = table(results)
    print("%d documents with Occupation facts in %s\n" % (len(docs), devset))
    print(report)
    if args.errors:
        chosen = parts[args.errors]
        show_errors([d for d in chosen if d in predicted], gold, predicted, lemmas)
    if args.write:
        write_record(report)
    p, r, f = prf(results["all"][1])
    print("roles: P %.3f R %.3f F1 %.3f" % (p, r, f))
    return 0


NOTES = """\
**How it was tuned.** Two rounds, each chosen on the tuning half only, the checking half scored
once at the end of each. The first round built the layer (appositions before and after the name,
chains of appositions, words of taking office, the role-noun lexicon, description adjectives, names
put in the nominative); it scored all F1 0.814, tuning 0.849, checking 0.776. The second round
(issue #14) added: a foreign name the tagger reads as a nominative after a role noun in an oblique
case takes the role's case; a name NER called a place right after a role noun and ending in a
surname is a person; a person's name NER ran into an organisation's after ``клуба``/``компании``
is split off; a first name alone joins the one person with that first name; a plural role phrase is
shared out among the names after it; an office named apart may go to the person just named even
when someone else holds an office of the same noun of another organisation, and a person named in
passing no longer blocks it; two offices stacked after a country's name are both read. The tuning
half rose from 0.849 to 0.879; **the checking half did not rise (0.776 -> 0.772)**: the new rules
fixed kinds of error the checking half barely has. It still misses the target of 0.85, and its
figure is the estimate for unseen text.

**What the checking half misses**, read after the final run, by kind: offices given apart from the
name or in another sentence (`президента РФ` for a `Путин` named elsewhere, `глава израильского
правительства`, `премьер` alone); sports roles in predicates and lists (`капитаном сборной`, `первый
вратарь`, `бундестренер`); a misspelt name (`Бурлускони` for `Берлускони`); abbreviated or very long
positions (`зав. кафедрой`, `директора по стратегии ... в России, на Украине ...`); transliterated
Thai names NER splits. Its extra pairs: occupations FactRuEval did not annotate (`актёр`, `академик`,
`совладелец`), a coordinated role given to the wrong person (`президент и первая леди`), an NER
error taken for a person (`Формулы-1`), and the country of a party leader taken for the
organisation (`Марин Ле Пен`, `глава` of `Франция`).

**Third round** (issue #14, a third pass). Its aim was rules that generalise, so the constructions
were chosen from how Russian news names offices (the issue's list and the brief's), not from the
tuning half's errors, and each has sentences of its own in `tests/test_roles.py`: the office first,
in the instrumental, before a verb of taking office and the person after it (`Новым министром
финансов назначен ...`, `Капитаном команды стал ...`); verbs of serving in a capacity (`выступает
капитаном`, `состоит членом`); office abbreviations with a full stop (`зам. министра`, `зав.
кафедрой`: `role_abbreviations.csv`); participles used as nouns in any case (`заведующим кафедрой`,
`управляющего банком`); a role noun joined by `и` to another noun in the name's case is another
person's office when that noun is no office or the verb is plural (`президент и первая леди X
прибыли`), two offices of one person stay the name's and the first no longer ends on `и`; words of
when leave the position (`новый`, `нынешний`, `ныне`: `role_time_words.csv`) and those of the past
make it former (`ранее`, `в прошлом`, `прежний`), as does a post left (`ушел с поста`, `освобожден
от должности`: `role_leaving_words.csv`); an office first and the name after a dash ending the
sentence; places listed with commas inside a role phrase; a plural office introducing its list of
names with a colon or a dash; an office of a country named apart goes to the person the text ties
to that country (a country adjective on the noun the name stands by, or an office of that country)
and never to one tied to another; a headline's office goes to the lead's subject when the lead gives
that person no other office; a bare office said more fully elsewhere in the article is one row; a
country after a party's or a company's noun is that body's, not the office's (`лидер партии
Франции`: `role_body_nouns.csv`), the party's own name taking its place when it follows; a name with
a digit in it holds no office. Tried and dropped: opening the window of an office named apart to the
one person named anywhere before it (a headline's `Лавров` became the later `глава российского
государства`; a speech test caught it). The tuning half did not move (F1 0.879; Where agreed 67 ->
69 of 91): these constructions are rare in it, which is what choosing them from the language rather
than from its errors means. **The checking half, scored once at the end of the round, rose from F1
0.772 to 0.793** (P 0.816 -> 0.839, R 0.732 -> 0.753, 73 of 97 pairs instead of 71; Where agreed
49/73), the first round to raise it, and is still below the target of 0.85. In fairness: the list of
the checking half's misses above, read after the second round, named some of the kinds added here
(`зав.`, `президент и первая леди`, a party leader's country, `Формулы-1`). The first three are in
the issue's and this round's brief's list too, the digit rule was taken from that list alone; all were
written as general constructions on sentences written here, but to that extent the checking half is
not wholly blind this round. Its errors were not printed this round, so which of
the kinds above remain is not known; the list stands as read after the second round.

**Fourth round** (issue #14, a fourth pass; before -> after: tuning P 0.820 R 0.948 F1 0.879 ->
P 0.850 R 0.948 F1 0.897, Where agreed 69 -> 70 of 91; **checking F1 0.793 -> 0.793**, P 0.839 R
0.753, the same 87 pairs predicted and 73 matched, Where agreed 49/73; all F1 0.839 -> 0.848). Each
rule has sentences of its own in `tests/test_roles.py`. An office named apart in an oblique position
(`переговоры с главой МИД Индии`, `замечания в адрес мэра Москвы`) goes to the one person named in
an earlier sentence with that office (its class and affiliation) or tied to its country or
organisation without another office of it, as a role and a reference mention; nobody named in the
office's own sentence (the one met is someone else). From the tuning half's extras, by construction:
an ordinal before a country adjective states a distinction, not a post (`первый бразильский
космонавт`); the leader of a camp, not a body, holds no office (`лидер оппозиции`, `глава
демократического меньшинства`: `role_camp_nouns.csv`). From its Where disagreements: `республики`
stands for the last republic named, a country the gazetteer names a republic or a republic within
one (`главы республики` after `Чеченской республики`, not the `Россия` named in between), and
`старый` (`нового старого главы`) is a word of when. The tuning half's misses were left: `мэра
Москвы` for a `Лужков` and `главой администрации США` for an `Обама` whom the text ties to no city or
country (giving an oblique office to an untied person just named would give `глава МИД Японии` to a
`Лавров` who meets him), a misspelt name (`Сааакашвили`), a Latin gold name. Its remaining extras are
mostly occupations with no organisation (`писатель`, `журналист`, `врач`, `бортинженер`; every one
of its 100 gold Occupation facts has a `Where`, so FactRuEval annotates a post of an organisation or
country, not a profession), kept since the roles table holds occupations too, and offices the gold
left out (`президент Путин`, `судья Зорькин`). The checking half was scored once, at the end, its
errors not printed. Three actor bugs were fixed in the same pass (`tests/test_actors.py`): a
broadcaster's service in a language (`Русская служба`) is no state body lacking a country, a state's
chairmanship or term (`Председательство Армении`) is no organisation, and broadcasters' names in an
oblique case are the gazetteer's (`Голоса Америки` -> `Голос Америки`, kind `media`). The other
figures did not drop: names (`bench/evaluate_names.py`) surname 0.958, full 0.938, organisations
0.785 -> 0.790 (233 of 297 -> 233 of 295: two wrong organisation names no longer made); NER
(`bench/evaluate_actors.py`) all F1 0.908, ORG 0.807 -> 0.808; the speech scorer on
`quotes-fresh2.json` unchanged (recall 0.92, precision 0.99, speaker 0.91).

**Fifth round** (issue #14, a fifth pass; before -> after: tuning P 0.850 R 0.948 F1 0.897 -> the
same, 107 predicted, 91 matched, Where agreed 70/91; **checking F1 0.793 -> 0.796**, P 0.839 -> 0.831,
R 0.753 -> 0.763, 87 -> 89 pairs predicted, 73 -> 74 matched, Where agreed 49/73 -> 49/74; all F1
0.848 -> 0.848, P 0.845 -> 0.842, R 0.850 -> 0.855). The round worked from the language, by
coverage, not from errors: the tuning half's error list was printed after every change and did
not change at all. *Office nouns by field*: `role_nouns.csv` gains a `field` column (state,
diplomacy, military, justice, business, civil_society, church, academia, health, media, sport,
culture, royalty, space) on all its rows and 85 rows of nouns news use (`топ-менеджер`,
`финдиректор`, `главбух`, `торгпред`, `спецпосланник`, `статс-секретарь`, `начштаба`,
`замгенпрокурора`, `проректор`, `главврач`, `собкор`, `бундестренер`, `настоятель`, `католикос`,
`кронпринц`, `контр-адмирал`, women's forms such as `журналистка`; `учитель` left out: `его
учитель` is a relation). One sentence per family was written and read; the layer already read most,
and the misses were made readable through the machinery it has: an indeclinable `зам-`/`зав-`
compound is read as written and stands in any case after a verb of taking office (`назначен
замминистра финансов`, `замгендиректора «Газпрома»` kept as written); an office noun NER took into
a person's or an organisation's name is cut off (`Бундестренер Юлиан Нагельсманн`, `Собкор ТАСС`);
a participle before a role noun is its adjective (`управляющий директор МВФ`, one office instead
of two); two offices joined by a dash before the name (`заместитель председателя правительства –
министр финансов`) or by `и` after it (`Иван Петров, ректор МГУ и член РАН,`) are both read; a
church title's see adjectives, which NER reads as places, are part of the position (`патриарх
Московский и всея Руси`, no longer of `Московский`); `title_classes.csv` gains the other words of
news for one office, so that they refer to its holder (`градоначальник`, `глава Госдепа`, `глава
региона`, `председатель Госдумы`; monarchs a class apart from presidents). *Predicates and
sports*: by the codebook (a description of the person is no office) a superlative before the
role noun states a distinction, not an office (`был признан лучшим вратарем`, `стал лучшим игроком
матча`, `самый молодой министр`; it used to give `наихороший вратарь`), while `стал капитаном
сборной` stays an office; a post sought is no office held (`кандидат на пост президента`,
`баллотируется на пост`, `претендует на кресло мэра`: `role_seeking_words.csv`; these were read as
held); `в качестве министра` and `кресло мэра` name a post held; a post held in the past tense is
former (`занимал пост`: `role_holding_words.csv`) and one to be left is not (`покинет пост`).
*Offices named apart*: an office as the subject (or the owner of words said) with nobody named in
its sentence or the one before now goes to the one person named further back whom the text ties
to its country or organisation, as an oblique office does (round 4's rule, now one function for
both, `holders_apart`); a country adjective among the words the head governs names the country
too (`глава израильского правительства`); the same noun counts as the same office only of the same
body (`глава МИД России` is not `глава российского государства`). An office alone (`Премьер
заявил`) was tried for the one person just named and dropped: an earlier round's test (`Иван Петров
приехал. Президент заявил это.`) holds that it names no one (the one who arrived may be the
president's guest); it refers to the one person holding an office of its class, as a mention. On
159 sentences written for this round (every family, position and form above, and their negative
cases), 32 are read differently, each checked by hand against its sentence; `tests/test_roles.py`
gains 71 such sentences in ten tables. The checking half was scored once, at the end, its errors not printed; it rose
by one pair and stays below the target of 0.85: the kinds this round covers are rare in FactRuEval's
2010-era news, as the unchanged tuning half shows too. Names (`bench/evaluate_names.py`: surname
0.958, full 0.938, organisations 0.790), NER (`bench/evaluate_actors.py`: all F1 0.908) and the
speech scorer on `quotes-fresh2.json` (recall 0.92, precision 0.99, speaker 0.91) are unchanged.
Rows changed (`python -m analysis extract` before and after on `seeds/`, `tests/corpus/`,
`tests/user_articles/` and `notebooks/examples/`, every CSV compared): one `roles.csv` row in, in
`notebooks/examples/interfax_cis_moscow_chair` (`Сергей Лебедев`, `председатель исполнительного
комитета`, from the title joined by a dash `Председатель исполнительного комитета - исполнительный
секретарь СНГ Сергей Лебедев`; the next row's `role_id` moves up by one), and his `actors.roles`
gains it; nothing else.

**Sixth round** (issue #14, a sixth pass): learning from real unseen text, half of the checking half
kept blind. Five rounds tuned on the tuning half (and on the language) had moved the checking half
only from 0.776 to 0.796; the tuning half's kinds of error were exhausted and did not carry.
*Protocol*: the checking half's documents, sorted by number, alternate into two quarters,
`checking-a` (its 1st, 3rd, 5th...: read this round) and `checking-b` (its 2nd, 4th...: blind).
Before any rule changed, `--only checking-b` was run once and only its totals noted (P 0.816 R 0.795
F1 0.805; 38 predicted, 39 gold, 31 matched); its errors were never printed and its documents never
opened. Then checking-a's errors (`--errors checking-a`) and documents, and the tuning half's, were
read and every miss and extra pair classified by kind. *Kinds in checking-a* (15 misses, 8 extras
before): real errors of the layer, 9 misses and 2 extras, each fixed by a general rule with sentences
of its own in `tests/test_roles.py` (none copied from the devset): an abbreviation in brackets after
the organisation, between the office and the name or inside the office's words, is its alias, not a
mark that ends the phrase (2 misses: `лидер ... партии (FN) X`); two offices stacked or chained by a
comma after an adverbial of when or where, not only at the start of a piece (2: `Утром представитель
... полковник X`, `будет представлять на форуме министр ..., глава ... X`; the first phrase must
hang on no noun before it, so `жена министра обороны певица X` stays the singer's); after the name,
a participle before a role noun is its adjective and a second office joined by `и` is read apart (1
miss and 1 extra: `X – управляющий директор и совладелец ...` gave `управляющий`); a description
joined by `и` to an office is passed over and the office read (1: `X – политик и лидер партии`); an
active verb of naming gives its object the office in the instrumental (1: `назвал X первым
вратарём`; `role_naming_verbs.csv`: `назначить`, `избрать`, `утвердить`, `назвать`...); an office
set off by one comma before a name followed by its singular verb, opening the sentence or after an
opening word (1: `Таким образом, первый вратарь ..., X будет`; a list takes a plural verb); the one
an office is taken instead of (`вместо X капитаном стал Y`) held it before (1); the short form of a
compound office of the same person and country is one row, the fuller (1 extra: `израильский
премьер` after `премьер-министр Израиля`; `генерал` after `генерал-майор`). With them: a short
adjective ends an office's phrase (`глава правительства непоследователен`), and an adverb between
a verb of taking office and the office is the verb's (`ставший недавно министром`). *FactRuEval's
conventions*, counted and not bent to: an owner or a founder is an `Ownership` fact, not an
occupation (3 extras: `совладелец` twice, `основатель`); an occupation with no organisation is not
annotated (2 extras: `немецкий режиссёр`, `академик`); the same office said again in other words is
annotated once per wording (2 misses: `глава израильского правительства` and a bare `премьер` for a
prime minister the layer already holds as `премьер-министр`/`глава правительства`; the layer makes
them mentions of the holder, one office one row, as the short-form rule does). *Gold errors*: a
misspelt `Who` (`Бурлускони` for the text's `Берлускони`: 1 miss and 1 extra) and a position the
text garbles (`заместитель главы вооружённых сил генерал-лейтенанта X`, gold `главы`: 1 miss).
*Left*: offices named apart whose holder only a pronoun or a later sentence names (2 misses:
`вновь переизбранного президента Белоруссии, отказав ему ...` before the name; `амбициозный вратарь
из мюнхенской Баварии`). The tuning half did not move (its error list is unchanged). Checking-a, read,
rose from F1 0.789 to 0.897 (P 0.843 -> 0.897, R 0.741 -> 0.897; 51 -> 58 predicted, 43 -> 52
matched of 58; Where agreed 27/43 -> 31/51); that figure is not honest. **The blind quarter
checking-b, scored once at the end, did not move: P 0.816 R 0.795 F1 0.805 before and after, the
same 38 pairs predicted and 31 of its 39 matched (Where agreed 22/31)**; that is the honest estimate
for unseen text, and it stays below the target of 0.85. The kinds fixed here changed no pair of
checking-b, so they are rare in FactRuEval's news beyond the documents they were read in. The
checking half as a whole now reads F1 0.860 (P 0.865 R 0.856, from 0.796) only through its read
quarter, and all 0.879 (from 0.848). From now on the checking half is half read:
checking-a is spent, and only checking-b's figure (21 documents, 39 gold pairs, a small sample)
estimates unseen text. Names (`bench/evaluate_names.py`: surname 0.958, full 0.938, organisations
0.790), NER (`bench/evaluate_actors.py`: all F1 0.908, ORG 0.808) and the speech scorer on
`quotes-fresh2.json` (recall 0.92, precision 0.99, speaker 0.91) are unchanged; `python -m analysis
extract` on `seeds/`, `tests/corpus/`, `tests/user_articles/` and `notebooks/examples/` gives
byte-identical tables before and after (every CSV compared but `articles.csv`'s paths).

After the round, by the integrator: `same_where` also accepts a Where and an `of_name` that are
names of one gazetteer entry (`РФ` and `Россия`; the second annotator's study below found all its
Where disagreements to be such names): Where agreed 123 → 134 of 173 on all documents, P and R
unaffected. A country adjective on an occupation outside a state's service is the person's
nationality, not whose post it is (`британский журналист`: no `of_name`; `российский министр`,
`американский дипломат` keep theirs; `tests/test_roles.py`); the figures above do not move."""


def write_record(report):
    path = ROOT / "EVALUATION.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    begin, end = "<!-- roles:begin -->", "<!-- roles:end -->"
    block = "\n".join([
        begin,
        "## Roles: who holds which office (FactRuEval-2016 Occupation facts)",
        "",
        "`bench/evaluate_roles.py` (its docstring states the matching rules): the project's",
        "(person, position) pairs against the devset's `Occupation` facts, on the documents that have",
        "any; the halves alternate by document number, rules were tuned on the tuning half only for five",
        "rounds; in the sixth, the checking half's quarter `checking-a` was read too and `checking-b` kept",
        "blind (the quarters alternate within the checking half).",
        "FactRuEval-2016's best published Occupation F1 was 0.662 under its stricter rules.",
        "",
        report,
        "",
        "Before the roles layer (the `actors.roles` column, appositions only): %s." % BASELINE,
        "",
        NOTES,
        end,
    ])
    if begin in text and end in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n" if text else block + "\n"
    path.write_text(text, encoding="utf-8")
    print("wrote %s" % path)


if __name__ == "__main__":
    sys.exit(main())
