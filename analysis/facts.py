"""Organisational facts stated in an article: members, founding, treaties, chairs, summits.

A fact is ``(subject, predicate, value, date)`` with the evidence span it was read from; the
subject is the canonical name of an organisation (``ОДКБ``), the value a canonical state or place
name, a number or a phrase, the date an ISO value from ``analysis.dates`` (``a/b`` for a range).
The predicates are documented with the tables (``analysis.schema.PREDICATES``).

How: the article's names of states, organisations and cities (``analysis.gazetteer``, matched on
natasha's lemmas and pymorphy2's dictionary forms, so ``Киргизию`` is ``Киргизия``) and its dates
become tagged tokens (``ORG``, ``STATE``, ``PLACE``, ``DATE``) of yargy grammars, one per
construction, whose other words match by dictionary form (``входить`` finds ``входили``). A
sentence goes through the few grammars whose trigger word it holds, with the names or dates they
need, and only in an article that names an organisation. Tense comes from natasha's morphology
of the same tokens. A fact whose sentence does not name its organisation (``Образована 14 мая
2002 года ...``) is about the organisation the nearest sentence before it names (at the start,
the headline's), and its ``subject_from`` says ``context`` (``text`` when the sentence names it);
a chair whose sentence names none is the article's organisation's. After the grammars, a second,
general reader (``analysis.relations``) reads the facts of the same sentence from natasha's
dependency parse, for wordings no construction here was written for.
"""

import re
from bisect import bisect_right
from collections import namedtuple
from dataclasses import dataclass
from functools import lru_cache

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_, in_caseless, normalized, tag, true, type
from yargy.predicates.constructors import Predicate, is_predicate
from yargy.token import is_tag_token
from yargy.tree.constructors import Leaf

from .grammar import Parser, SpanTagger, yargy_tokens
from .language import nfc
from . import lexicon, relations
from .reference import contains, stems
from .token_view import TokenView

# (a region of the gazetteer is a place too: ``в Беловежской пуще`` is where a treaty was signed)
ENTITY_TYPES = {"country": "STATE", "historical_state": "STATE", "organisation": "ORG", "city": "PLACE",
                "region": "PLACE"}
# organs whose meetings are the organisation's summits, and other organs named without the
# organisation's abbreviation
PARENT_ORGANISATIONS = {
    "Высший Евразийский экономический совет": "ЕАЭС",
    "Евразийский межправительственный совет": "ЕАЭС",
    "ЕЭК": "ЕАЭС",
}

# Each construction runs only on a sentence with one of its trigger words (``fact_triggers.csv``: a
# word starting with one of the stems, lower case, or the whole word for the rows marked ``exact``)
# and one of the names, dates or cues it needs (none: no condition).
NEEDS = {
    "kind": ("KIND", "STATUS"), "members": ("STATE", "COUNT"), "joined": ("STATE",), "exits": ("STATE",),
    "founded": ("DATE", "PLACE", "BASED"), "signed": ("DATE",), "purpose": (),
    "headquarters": ("PLACE", "STATE"), "chair": ("STATE", "PLACE"),
    "summit": ("PLACE", "STATE", "DATE", "THERE"),
}


def _triggers():
    found = {name: [] for name in NEEDS}
    for row in lexicon.rows("fact_triggers"):
        if row["construction"] not in found:
            raise lexicon.LexiconError("fact_triggers.csv: no construction named %r (the constructions are %s)"
                                       % (row["construction"], ", ".join(NEEDS)))
        found[row["construction"]].append(row["stem"])
    return {name: (tuple(stems), NEEDS[name]) for name, stems in found.items()}


TRIGGERS = _triggers()
EXACT_TRIGGERS = lexicon.words("fact_triggers", exact="yes")  # whole words only
TRIGGER_INDEX = {}
for _name, (_stems, _) in TRIGGERS.items():
    for _stem in _stems:
        TRIGGER_INDEX.setdefault(_stem[:3], []).append((_stem, _name))
CUES = {
    # a count of members: digits, or a count word of fact_words.csv (its lemma less its last letter
    # starts every case form: шест-ь, шест-и)
    "COUNT": re.compile(r"\d|\b(?:%s)" % "|".join(sorted(
        {row["word"][:-1] for row in lexicon.rows("fact_words", **{"class": "number"})}, key=len, reverse=True))),
    "BASED": re.compile(r"на (?:основе|базе)|вырос\w* из"),
    "THERE": re.compile(r"там же"),
    "STATUS": re.compile(r"получил\w* статус"),  # ОДКБ получила статус региональной организации
}
# an organisation's name followed by a dash or ``является``: what it is follows
TRIGGER_REACH = 4  # how many words before its trigger a construction may start, beside names and dates
KIND_CUE_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[%s]\s|являе|являл)" % re.escape(lexicon.DASHES))


def fact_words(cls):
    return lexicon.words("fact_words", **{"class": cls})


# Word lists (``analysis/data/lexicon/``): counts in words, founding cues, treaty nouns, the verbs of
# leaving (with their predicates) and of summits, adjectives of a summit to come
NUMBERS = {word: int(value) for word, value in lexicon.mapping("fact_words", "value", **{"class": "number"}).items()}
FOUNDING_CUES = fact_words("founding_cue")
TREATY_NOUNS = fact_words("treaty_noun")
EXIT_PREDICATES = lexicon.mapping("fact_words", "value", **{"class": "exit_verb"})
SUMMIT_VERBS = fact_words("summit_verb")
NEXT_ADJECTIVES = fact_words("next_adjective")
# what an organisation is (ОДКБ - военно-политический союз), and the common nouns and pronouns
# that stand for the organisation in its own background paragraph (organisation_nouns.csv,
# organisation_pronouns.csv)
KIND_NOUNS = lexicon.words("organisation_nouns", kind_noun="yes")
PERSONAL_PRONOUNS = lexicon.words("organisation_pronouns", possessive="")
PRONOUNS = lexicon.words("organisation_pronouns")  # в ее состав, к ним
ORG_NOUNS = lexicon.words("organisation_nouns", stands_for="yes")
ORG_WORDS = ORG_NOUNS | PERSONAL_PRONOUNS
# the nouns that name an organisation as such (организация, союз, объединение, содружество ...), not
# a body or a group of people: the subject of ``начал работу`` and the object of ``возглавляет``
GENERIC_ORG_NOUNS = lexicon.words("organisation_nouns", stands_for="yes", generic="yes")
DASHES = frozenset(lexicon.DASHES)
OPENING_QUOTES = frozenset(lexicon.marks("opening_quote"))
CLOSING_QUOTES = frozenset(lexicon.marks("closing_quote"))

Mention = namedtuple("Mention", "start end name kind")
COUNTRY_ADJECTIVES = lexicon.mapping("country_adjectives", "actor_key")
CAPITALS = lexicon.mapping("capitals", "country")  # ``под председательством Минска``: Белоруссия


@dataclass
class Fact:
    fact_id: int
    subject: str
    subject_actor_id: str
    subject_from: str  # text: the sentence names it; context: the organisation named last before
    predicate: str
    value: str
    value_actor_id: str
    date: str
    start: int
    end: int
    evidence: str


# -- names: the gazetteer, through the actors step ------------------------------------------------

def exact_entry(gazetteer, text, lemma, entry):
    """The entry whose alias is the text itself or, for one word, its lemma, when there is one:
    the gazetteer's stem matching can take ``Бразилия`` for ``Бразилиа``."""
    found = gazetteer.lookup(text) or (gazetteer.lookup(lemma) if lemma and " " not in text else None)
    return found if found and found.kind in ENTITY_TYPES else entry


def find_mentions(article, gazetteer):
    """States, organisations and cities named in the article, as ``Mention`` rows in text order.

    Found with the gazetteer's own matcher rather than taken from the actors step, which keeps a
    name only where NER or a proper noun vouches for it: a background paragraph's ``Шанхайская
    организация сотрудничества`` has neither."""
    mentions = []
    for tokens in view_of(article).sentence_tokens:
        if not tokens:
            continue
        for match in gazetteer.find([nfc(t.text) for t in tokens], [t.lemma for t in tokens]):
            entry = gazetteer.entries[match.key]
            if entry.kind in ENTITY_TYPES:
                first, last = tokens[match.first], tokens[match.last]
                text = " ".join(t.text for t in tokens[match.first:match.last + 1])
                entry = exact_entry(gazetteer, text, first.lemma, entry)
                mentions.append(Mention(first.start, last.end, entry.name, entry.kind))
        # ``индийского председательства``: a country adjective names its country
        for token in tokens:
            key = COUNTRY_ADJECTIVES.get(token.lemma)
            if key in gazetteer.entries and token.pos == "ADJ":
                mentions.append(Mention(token.start, token.end, gazetteer.entries[key].name, "country"))
    return sorted(set(mentions))


@lru_cache(maxsize=4)
def organisation_aliases(gazetteer):
    """``(alias stems, canonical name)`` of the organisations' names of more than one word."""
    found = []
    for alias, key in sorted(gazetteer.alias_keys.items()):
        entry = gazetteer.entries[key]
        if entry.kind == "organisation" and len(alias.split()) > 1:
            found.append((stems(alias), entry.name))
    return found


def treaty_organisation(gazetteer, treaty):
    """The organisation a treaty's name belongs to (``Договор о коллективной безопасности`` in
    ``Организация Договора о коллективной безопасности``; ``Евразийский экономический союз`` in
    ``Договор о Евразийском экономическом союзе``), or empty."""
    name = stems(treaty)[1:]  # without its head noun
    organisations = organisation_names(gazetteer)
    for alias, org in organisation_aliases(gazetteer):
        if contains(alias, name) or contains(name, alias):
            return parent_organisation(org, organisations)
    return ""


@lru_cache(maxsize=4)
def organisation_names(gazetteer):
    return frozenset(e.name for e in gazetteer.entries.values() if e.kind == "organisation")


def parent_organisation(name, organisations):
    """``Секретариат ШОС`` and ``Совет коллективной безопасности ОДКБ`` stand for ``ШОС`` and
    ``ОДКБ`` as the subject of a fact."""
    if name in PARENT_ORGANISATIONS:
        return PARENT_ORGANISATIONS[name]
    last = name.split()[-1]
    return last if last != name and last in organisations else name


# -- the grammar ----------------------------------------------------------------------------------

class Untagged(Predicate):
    """A word that is no name and no date."""

    def __call__(self, token):
        return not is_tag_token(token)


class Compound(Predicate):
    """A hyphenated compound in any case, by its written parts (natasha's lemma of a compound is
    not always its nominative: ``государством-член``, ``страной-председатель``)."""

    def __init__(self, pattern):
        self.pattern = re.compile(pattern)

    def __call__(self, token):
        return not is_tag_token(token) and bool(self.pattern.match(token.value.lower()))


def CompoundMember():
    """``государство-член``, ``страны-участницы``: a state or country that is a member or participant."""
    return Compound(r"(?:государств|стран)\w*-(?:член|участ)\w*$")


# The names and dates of a sentence go into the grammars as tags (``B-ORG``, ``I-ORG``...) through
# yargy's tagger hook: the parsers are built with this tagger (its tags declared) and each sentence
# is read with ``ENTITY_TAGGER.with_spans(its names and dates)``.
ENTITY_TAGGER = SpanTagger(("ORG", "STATE", "PLACE", "DATE"))


def any_of(*items):
    """yargy's ``or_`` over rules and predicates alike."""
    return or_(*(rule(item) if is_predicate(item) else item for item in items))


def entity(kind):
    return rule(tag("B-" + kind), tag("I-" + kind).repeatable().optional())


def build_grammar():
    org = entity("ORG").named("ORG")
    state = entity("STATE").named("STATE")
    place = any_of(entity("PLACE"), entity("STATE")).named("PLACE")
    date = entity("DATE").named("DATE")
    word = and_(Untagged(), not_(type("PUNCT")), not_(type("OTHER")))
    filler = word.repeatable(max=4).named("FILLER")
    dash = in_(DASHES)
    comma = eq(",")
    simple_adjective = and_(Untagged(), gram("ADJF"))
    adjective = any_of(simple_adjective, rule(word, eq("-"), simple_adjective))  # военно-политический
    org_word = dictionary(ORG_WORDS)
    org_or_word = any_of(org, org_word)
    # ``Организация Договора о коллективной безопасности (ОДКБ)``
    org_named = rule(org, rule(eq("("), org, eq(")")).optional())
    pronoun = dictionary(PRONOUNS)
    # ``Государствами-членами ШОС являются ...``; ``стала государством-членом``: the compounds
    # natasha keeps one token with the compound's lemma
    # (natasha's lemma of a compound is not always the compound's nominative: ``государством-член``,
    # so the compound is matched by its written parts)
    member_noun = any_of(dictionary({"участник", "член"}), CompoundMember())
    org_ref = any_of(rule(in_caseless({"в", "из", "к"}), org_or_word), org)
    be = normalized("быть")

    separator = any_of(comma, caseless("и"), rule(comma, caseless("и")),
                       rule(comma.optional(), caseless("а"), caseless("также")))
    states = rule(state, rule(separator, state).repeatable().optional()).named("STATES")
    # ``десять государств-членов``: natasha keeps a hyphenated compound one token, whose lemma is
    # the compound's (``государство-член``)
    counted = any_of(dictionary({"государство", "страна", "член", "участник", "республика"}), CompoundMember())
    count = any_of(rule(type("INT"), counted), rule(dictionary(set(NUMBERS)), counted)).named("COUNT")
    cue = dictionary(FOUNDING_CUES).named("CUE")

    # what it is: ОДКБ - международная организация ..., ШОС является крупнейшей ...
    # (round 8: a participle with its adverb among the adjectives, ``постоянно действующая
    # межправительственная международная организация``)
    kind_phrase = rule(rule(and_(Untagged(), gram("ADVB")).optional(), and_(Untagged(), gram("PRTF"))).optional(),
                       adjective.repeatable(max=3).optional(), dictionary(KIND_NOUNS),
                       and_(Untagged(), not_(type("PUNCT")), not_(dictionary({"который"})))
                       .repeatable(max=6).optional()).named("KIND")
    kind = any_of(
        rule(org_named, any_of(rule(dash, caseless("это").optional()), normalized("являться")), kind_phrase),
        # ``ОДКБ получила статус региональной международной организации в 2002 году``: what it
        # became, and, an organisation as such, when it was founded as one
        rule(any_of(org_named, org_word), normalized("получить"), caseless("статус"), kind_phrase, date.optional()))

    # members: участниками которой являются шесть государств: ...; в ее состав входили ...
    lead = any_of(
        rule(member_noun, any_of(dictionary({"который"}), org_word).optional(), org.optional(),
             filler.optional(), normalized("являться")),
        # ``Союз, в который входят пять государств – ...``: the relative pronoun stands for the
        # organisation noun it follows
        rule(caseless("в"), any_of(pronoun, dictionary({"который"})).optional(), caseless("состав").optional(),
             any_of(org_or_word, dictionary({"который"})).optional(), normalized("входить")),
        rule(org_or_word.optional(), normalized("объединять")),
        rule(org_or_word.optional(), normalized("состоять"), caseless("из")),
        # ``Члены ЕАЭС – Армения, Белоруссия ...``: the organisation named (or a noun naming it)
        # before the dash, so that ``Участники встречи – ...`` are no members
        rule(member_noun, any_of(org_named, dictionary(GENERIC_ORG_NOUNS)), dash),
        # Учредители организации – ...; Учредителями ШОС в 2001 году стали ...
        # ``Ее основатели – ...``: a possessive pronoun standing for the organisation before the noun
        rule(pronoun.optional(), dictionary({"основатель", "учредитель"}), org_or_word.optional(), date.optional(),
             any_of(normalized("являться"), normalized("стать"), normalized("выступить"), dash)),
        # ``расширило его до пяти государств``; ``довело число членов до десяти``: the count a
        # join brought it to is its count now (read whatever the verb's tense)
        rule(dictionary({"расширить", "довести"}), any_of(org_or_word, pronoun).optional(),
             rule(dictionary({"число"}), member_noun, org_or_word.optional()).optional(),
             caseless("до")).named("GROW"),
        # у истоков СНГ стояли ...; у истоков которого стояли ...
        rule(caseless("у"), dictionary({"исток"}), any_of(org_or_word, dictionary({"который"})).optional(),
             normalized("стоять")),
    ).named("LEAD")
    # ``шесть государств, в том числе Армения``: the states named after ``в том числе`` are some
    # of those counted
    among = rule(comma, caseless("в"), caseless("том"), caseless("числе"))
    listing = rule(filler.optional(), count.optional(), any_of(eq(":"), dash, among).optional(), states)
    # a match starts at a name, a date, a cue or the trigger itself, never at any word: a filler
    # only ever follows one of them
    opening = any_of(rule(cue, filler.optional()), cue)
    # (``хартию организации ее лидеры подписали``: a pronoun or a person noun is the clause's
    # subject, not part of the name)
    treaty_word = and_(not_(type("PUNCT")), not_(in_caseless({"от", "в"})), not_(gram("VERB")),
                       not_(dictionary(PRONOUNS)), not_(in_caseless({"ее", "её", "его", "их"})),
                       not_(dictionary({"лидер", "глава", "руководитель", "президент", "представитель", "министр"})),
                       not_(gram("PRTS")), not_(gram("PRTF")), not_(gram("INFN")),
                       not_(tag("B-DATE")), not_(tag("I-DATE")), not_(tag("B-PLACE")), not_(tag("I-PLACE")))
    treaty = any_of(
        rule(dictionary(TREATY_NOUNS), treaty_word.repeatable(max=6).optional()),
        rule(in_(OPENING_QUOTES), rule(not_(in_(CLOSING_QUOTES))).repeatable(max=6), in_(CLOSING_QUOTES)),
    ).named("TREATY")
    # ``государств-учредителей``, ``стран-основательниц``: a compound naming founders
    founder_noun = any_of(dictionary({"учредитель", "основатель"}), Compound(r"(?:государств|стран)\w*-(?:учредител|основател)\w*$"))
    number = any_of(type("INT"), dictionary(set(NUMBERS)))
    # (``Алма-Атинскую декларацию``: an adjective may come before the treaty's noun)
    signed_part = rule(comma, and_(normalized("подписать"), gram("PRTF")), date.optional(),
                       any_of(treaty, rule(adjective, dictionary(TREATY_NOUNS)).named("TREATY")),
                       date.optional()).named("SIGNED")
    members = any_of(
        # ``Туркмения входит в число одиннадцати государств-учредителей, подписавших в декабре 1991
        # года Алма-Атинскую декларацию``: one of the founders (not a member now: the count is the
        # founders'), dated by the treaty they signed
        rule(states, rule(normalized("входить"), caseless("в"), caseless("число")).named("LEAD"),
             rule(number, founder_noun).named("COUNT"), org_or_word.optional(), signed_part.optional()),
        # ``Помимо трех учредителей – Беларуси, Казахстана и России – в него входят Армения и
        # Кыргызстан``: the founders named apart are members too, the others are no founders
        rule(in_caseless({"помимо", "кроме"}), rule(number, founder_noun).named("COUNT"), dash,
             rule(states).named("BESIDES"), dash,
             any_of(lead, rule(caseless("в"), any_of(pronoun, org_or_word), and_(Untagged(), gram("ADVB")),
                               normalized("входить")).named("LEAD")), states),
        # ``за полтора десятилетия выросло с четырех государств до десяти``: the count it grew to
        # is its count now; the one it grew from, over its whole history (a span of time, or its
        # first meeting or founding named), its founders'
        rule(org_or_word.optional(), rule(dictionary({"вырасти", "расшириться", "увеличиться"})).named("GROWN"),
             date.optional(), caseless("с"), rule(number, counted.optional()).named("FROM"), caseless("до"),
             rule(number, counted.optional()).named("COUNT")),
        rule(opening.optional(), lead, filler.optional(), count, listing.optional()),
        # ``довело число членов до десяти``: a bare number after the lead
        rule(lead, rule(dictionary(set(NUMBERS))).named("COUNT")),
        # without a verb: ``Сейчас в ОДКБ шесть государств: помимо Армении, это Белоруссия, ...``
        # (the organisation named, then at once the count of states; a state named after
        # ``помимо`` is one of them)
        # (the count must end the sentence or open the list: ``В ОДКБ шесть государств провели
        # учения`` is no count of members)
        # (``Сейчас в объединении десять стран-участниц``: a noun naming an organisation as such
        # stands for it)
        # (round 8: an adverb of time between, ``В ОДКБ сейчас шесть государств-членов``)
        rule(rule(caseless("в"), any_of(org, dictionary(GENERIC_ORG_NOUNS))).named("LEAD"),
             and_(Untagged(), gram("ADVB")).optional(), count, any_of(
            eq("."),
            rule(any_of(eq(":"), dash), rule(caseless("помимо"), states, comma, caseless("это")).optional(),
                 states))),
        rule(opening.optional(), lead, listing),
        rule(states, filler.optional(), any_of(
            rule(normalized("являться"), adjective.optional(), member_noun),
            rule(normalized("входить"), caseless("в"), caseless("состав").optional()),
            # Беларусь, Казахстан и Россия – основатели союза
            rule(dash, dictionary({"основатель", "учредитель"}))).named("LEAD"),
             org_or_word.optional()),
    )

    # joined: в 2017 году к ним присоединились Индия и Пакистан, в 2023 году - Иран
    join = any_of(
        dictionary({"присоединиться", "вступить"}),
        rule(caseless("в"), pronoun.optional(), caseless("состав").optional(), org_or_word.optional(),
             normalized("войти")),
        # ``Пятым участником БРИКС в 2011 году стала ЮАР``: an ordinal says which member, no count
        rule(adjective.optional(), member_noun, org_or_word.optional(), date.optional(), normalized("стать")),
        rule(normalized("стать"), adjective.optional(), member_noun),
        # ``Иран получил статус полноправного члена ШОС``
        rule(normalized("получить"), caseless("статус"), adjective.optional(), member_noun),
        rule(normalized("принять"), caseless("в")),
        # ряды объединения пополнили Индия и Пакистан
        rule(dictionary({"ряд"}), org_or_word.optional(), normalized("пополнить")),
    ).named("JOIN")
    # Вступление Армении и Кыргызстана в 2015 году; присоединение Ирана к ШОС
    join_noun = dictionary({"вступление", "присоединение"}).named("JOIN")
    # ``Процедура присоединения Ирана завершилась ... в 2023 году``: a verbal noun of joining whose
    # own verb says it was done; the date after a comma restates it more exactly (``годом ранее, в
    # 2023 году``), so the words before that comma are skipped unnamed
    finished = dictionary({"завершиться", "закончиться", "состояться", "произойти"}).named("VERB")
    not_stop = and_(not_(eq(",")), not_(eq(".")), not_(eq(";")))
    # a clause between commas (its words unnamed: a date in it is the clause's own)
    aside = rule(comma, not_stop.repeatable(max=8), comma)
    org_in_to = rule(in_caseless({"в", "к"}), org_or_word)
    # ``приняли Белоруссию в организацию``: the members admitting a state (accusative object, then
    # the organisation it is admitted to); ``приняли в ШОС Белоруссию`` the same
    admitted_to = rule(caseless("в"), caseless("состав").optional(), org_or_word)
    admit = and_(normalized("принять"), gram("VERB")).named("JOIN")
    more = any_of(
        rule(any_of(comma, eq(";")), caseless("а").optional(), date, dash, states),
        # the gapped verb with the state first: ``Армения присоединилась ... 2 января 2015 года,
        # Киргизия - в 2014 году``
        rule(any_of(comma, eq(";")), caseless("а").optional(), states, dash, date),
    ).named("MORE")
    # ``вступление Ирана в 2023 году и Белоруссии в 2024 году``: each state with its own year
    dated_more = rule(separator, states, date).named("EACH")
    joined = any_of(
        # ``В 2015 году в ЕАЭС вступила Армения``: the organisation between the date and the verb
        rule(rule(date, filler.optional(), org_ref.optional()).optional(), join, filler.optional(), states,
             more.repeatable().optional()),
        # Иран, вступивший в БРИКС в 2024 году; Индия и Пакистан, ставшие членами организации
        rule(date.optional(), states, comma.optional(), filler.optional(), join,
             any_of(org_ref, filler).repeatable(max=2).optional(), date.optional(), more.repeatable().optional()),
        rule(date.optional(), admit, states, admitted_to, date.optional()),
        rule(date.optional(), admit, admitted_to, states, date.optional()),
        rule(join_noun, states, org_in_to.optional(), finished,
             any_of(date, rule(not_stop.repeatable(max=3), comma, date))),
        rule(date.optional(), join_noun, states, rule(caseless("в"), org_or_word).optional(),
             rule(caseless("к"), org_or_word).optional(), date.optional(), dated_more.repeatable().optional()),
    )

    # left, suspended, froze, came back: в 1999 году из договора вышли ...; Узбекистан приостановил
    # членство в ОДКБ; Армения заморозила участие; Узбекистан вернулся в ОДКБ
    EXIT_LEMMAS = ("выйти", "покинуть", "вернуться", "приостановить", "заморозить", "восстановить",
                   "продлить", "отказаться", "выходить", "перестать", "прекратить", "отозвать")
    exit_verb = any_of(
        normalized("выйти"), normalized("покинуть"), normalized("вернуться"),
        rule(dictionary({"приостановить", "заморозить", "восстановить"}), word.optional(),
             dictionary({"членство", "участие"})),
        # ``не продлили свое участие в договоре``: a state that did not renew its membership left
        # (only negated: a renewal is no exit)
        rule(caseless("не"), normalized("продлить"), word.optional(), dictionary({"членство", "участие"})),
        # ``отказалась от участия в работе ее уставных органов``: stopped taking part, not left;
        # ``отказалась от вступления`` is no exit (it needs участие)
        rule(normalized("отказаться"), caseless("от"), dictionary({"участие"})),
        # ``начала выходить из соглашений в рамках содружества``; ``выходит из соглашений в рамках
        # объединения``: a state leaving the agreements made within the organisation, not the
        # organisation itself, stops taking part in it (a freeze; the plural: the agreements, not
        # the founding treaty)
        rule(normalized("начать").optional(), dictionary({"выходить", "выйти"}), caseless("из"),
             and_(dictionary({"соглашение", "договор"}), gram("plur")), caseless("в"), caseless("рамках"))
        .named("AGREEMENTS"),
        # ``Грузия перестала быть членом СНГ``: ceased to be a member, left
        rule(normalized("перестать"), normalized("быть"), member_noun),
        # ``прекратила участие в работе уставных органов``: stopped taking part (a freeze, not an
        # exit: the state stays a member)
        rule(normalized("прекратить"), word.optional(), dictionary({"участие"})),
        # ``отозвала подпись под Уставом``: a state that withdrew its signature is no party to it
        rule(normalized("отозвать"), word.optional(), dictionary({"подпись"})),
        # ``не участвует в работе органов СНГ``: a negated participation in the organisation's
        # work (its bodies, its activity), not in one meeting (``в саммите не участвовала`` is
        # one absence, no fact)
        rule(caseless("не"), normalized("участвовать"), caseless("в"), dictionary({"работа", "деятельность"})),
    ).named("EXIT")
    exits = any_of(
        # ``Украина, так и не ратифицировавшая устав, с 2018 года не участвует в работе органов
        # СНГ``; ``Армения, которая с февраля 2024 года фактически не участвует ...``: a clause
        # between commas, or the relative pronoun standing for the state, then the date and an
        # adverb before the verb
        # (an aside without a verb of leaving or returning: that one is a fact of its own)
        rule(states, any_of(rule(comma, and_(not_stop, not_(dictionary(set(EXIT_LEMMAS)))).repeatable(max=8), comma),
                            rule(comma, dictionary({"который"}))), date.optional(),
             and_(Untagged(), gram("ADVB")).optional(), exit_verb,
             any_of(org_ref, filler).repeatable(max=3).optional(), date.optional()),
        # ``Армения, заморозившая участие ...``: the participle after a comma
        # ``Грузия вышла из СНГ, ее выход вступил в силу 18 августа 2009 года``: dated by its
        # taking effect
        # ``Украина в 2018 году прекратила участие``: the date between the state and its verb
        rule(date.optional(), states, comma.optional(), filler.optional(), date.optional(), exit_verb,
             any_of(org_ref, filler).repeatable(max=3).optional(), date.optional(),
             rule(comma, pronoun.optional(), dictionary({"выход"}), normalized("вступить"), caseless("в"),
                  caseless("силу"), date).optional(),
             # one subject, a second verb: ``Узбекистан вернулся в ОДКБ в 2006 году, однако в 2012
             # году приостановил членство``
             # (or after the participle's clause: ``Узбекистан, вернувшийся в организацию в 2006
             # году, спустя шесть лет приостановил членство``)
             rule(any_of(rule(comma.optional(), in_caseless({"однако", "но", "а", "и"})), comma), date.optional(),
                  exit_verb, org_ref.optional(), date.optional()).named("THEN").optional()),
        rule(date, filler.optional(), exit_verb, states),
    )

    # founded: Образована 14 мая 2002 года на основе Договора ... от 15 мая 1992 года
    where = rule(caseless("в"), place).named("WHERE")
    signed_then = rule(comma, and_(normalized("подписать"), gram("PRTF")),
                       any_of(date, where).repeatable(max=2)).named("SIGNED")
    based = rule(caseless("на"), dictionary({"основа", "база"}), treaty, signed_then.optional()).named("BASED")
    # ``Организация выросла из Договора о коллективной безопасности, подписанного ...``: the
    # treaty it grew out of is its basis (the verb is no founding, so no founding date)
    grew = rule(normalized("вырасти"), caseless("из"), treaty, signed_then.optional()).named("BASED")
    found_verbs = dictionary({"образовать", "создать", "основать", "учредить"})
    found_word = and_(found_verbs, gram("PRTS")).named("FOUND")
    # ``создана в 2001 году в Шанхае Казахстаном, Китаем ...``: the founders in the instrumental
    # (the case is checked when the facts are read)
    # ``основано 8 декабря 1991 года, когда лидеры Белоруссии, России и Украины подписали Соглашение
    # о создании СНГ``: the founding dated by a ``когда`` clause whose subject signed a treaty; the
    # signers (the states, or their leaders) are the founders, the treaty is signed that day
    signers = rule(comma, caseless("когда"),
                   dictionary({"лидер", "глава", "руководитель", "президент", "представитель"}).optional(),
                   dictionary({"государство", "страна"}).optional(), states,
                   and_(normalized("подписать"), gram("VERB")), treaty).named("SIGNERS")
    circumstance = any_of(date, where, based, rule(states).named("BY"), signers)
    # ``Евразийский экономический союз начал работу 1 января 2015 года``; ``заработал``;
    # ``функционирует с 2015 года``: an organisation starting to work on a date was founded then
    # (an organisation named, or a noun naming one as such: not ``Комиссия``, a body; the date
    # right after the verb, so ``начал работу над ...`` is not read; the subject checked not to
    # depend on another noun, ``Форум ШОС начал работу``, when the facts are read)
    start_work = any_of(rule(normalized("начать"), caseless("работу")), normalized("заработать"),
                        normalized("функционировать"), normalized("действовать")).named("FOUND")
    founded = any_of(
        rule(any_of(org_named, dictionary(GENERIC_ORG_NOUNS)).named("SUBJECT"), start_work, date,
             circumstance.repeatable(max=3).optional()),
        rule(any_of(org_named, org_word).named("SUBJECT").optional(), be.optional(), found_word,
             circumstance.repeatable(max=4)),
        rule(date, be.optional(), found_word, org.named("SUBJECT")),
        rule(any_of(org_named, org_word).named("SUBJECT"), grew),
        # ``ШОС, выросшая из «Шанхайской пятерки», была учреждена в июне 2001 года в Шанхае``: the
        # basis in a participle's clause between the subject and the founding verb
        rule(any_of(org_named, org_word).named("SUBJECT"), comma, grew, comma, be.optional(), found_word,
             circumstance.repeatable(max=4)),
        # ``Созданная на основе Договора ... 1992 года, ОДКБ получила ...``: the participle's
        # clause opening the sentence, its subject after the comma
        rule(and_(found_verbs, gram("PRTF")).named("FOUND"), circumstance.repeatable(max=3), comma,
             any_of(org_named, org_word).named("SUBJECT")),
        # БРИКС - межгосударственное объединение, созданное в 2006 году (the noun is checked after)
        rule(comma, and_(found_verbs, gram("PRTF")).named("FOUND"), circumstance.repeatable(max=4)),
        # ``В 2001 году Казахстан, Китай и Россия основали ШОС``: the states founding it (the
        # subject of a finite verb in the plural) are its founders, dated by the clause
        rule(date.optional(), rule(states).named("FOUNDERS"), and_(found_verbs, gram("VERB"), gram("plur")).named("FOUND"),
             any_of(org_named, dictionary(GENERIC_ORG_NOUNS)).named("SUBJECT"), circumstance.repeatable(max=3).optional()),
    )
    # ``Договор ... был подписан 15 мая 1992 года``; ``Договор ... подписали в Астане 29 мая 2014
    # года`` (the impersonal plural: who signed follows, if at all)
    # ``Устав СНГ был принят 22 января 1993 года``: a charter or treaty adopted (the passive
    # participle only: ``принял`` has a subject of its own) is dated by its adoption
    # (``хартию организации ее лидеры подписали``: who signed it between the name and the verb)
    signed_by = rule(in_caseless({"ее", "её", "его", "их"}).optional(),
                     dictionary({"лидер", "глава", "руководитель", "президент"}), dictionary({"государство"}).optional())
    # ``ОДКБ получила статус ... в 2002 году, когда был подписан ее устав``: a treaty signed in a
    # ``когда`` clause is dated by the clause before it; ``ее``/``его`` makes it the organisation's own
    signed_when = rule(date, comma, caseless("когда"), be.optional(), and_(normalized("подписать"), gram("PRTS")),
                       in_caseless({"ее", "её", "его"}).named("OWN"), treaty).named("SIGNED")
    # (``ее устав подписан в Кишиневе 7 октября того же года``: ``ее`` makes it the organisation's own)
    signed = rule(in_caseless({"ее", "её", "его"}).named("OWN").optional(), treaty, signed_by.optional(), be.optional(), or_(and_(normalized("подписать"), or_(gram("PRTS"), and_(gram("VERB"), gram("plur")))),
                                             and_(normalized("принять"), gram("PRTS"))),
                  any_of(date, where).repeatable(max=3)).named("SIGNED")

    # purpose: Целью ОДКБ является ...; Основные цели ШОС - ...
    # the organisation (or a noun standing for it) named after цель: a bare ``Цель - ...`` is a
    # speaker's aim (``Цель – не допустить ...`` in a quote), a priority, not the statute's purpose
    # ``Задачами содружества являются ...`` the same; ``согласно договору`` (or ``, согласно его
    # хартии,``) may come between
    according = rule(comma.optional(), caseless("согласно"), word.repeatable(max=3), comma.optional())
    purpose = rule(adjective.optional(), dictionary({"цель", "задача"}), org_or_word, according.optional(),
                   any_of(normalized("являться"), dash), true().repeatable().named("PURPOSE"))

    # headquarters: Штаб-квартира организации находится в Москве; Секретариат ШОС - в Пекине
    # razdel keeps штаб-квартира one token; yargy's own tokenizer cut it in three
    hq_word = any_of(dictionary({"штаб-квартира"}), rule(caseless("штаб"), eq("-"), caseless("квартира")),
                     dictionary({"секретариат"}))
    # ``Исполнительный комитет СНГ находится в Минске``: the organisation (or a noun standing for
    # it) right after, never a filler (``исполнительный комитет Региональной антитеррористической
    # структуры`` is another body's seat); ``Исполнительный орган союза - Евразийская экономическая
    # комиссия - находится в Москве``
    seated = dictionary({"находиться", "располагаться", "расположить", "размещаться", "базироваться"})
    executive = rule(normalized("исполнительный"), dictionary({"комитет", "орган"}),
                     any_of(org_word, org.named("BODY")), rule(dash, org, dash).optional())
    # ``Исполком, постоянно действующий орган Содружества, базируется в Минске``: the apposition
    # says the body is the organisation's own (a bank's or another body's seat says no such thing)
    organ_of = rule(comma, and_(Untagged(), gram("ADVB")).optional(),
                    and_(Untagged(), or_(gram("ADJF"), gram("PRTF"))).repeatable(max=3).optional(),
                    dictionary({"орган"}), org_or_word, comma).named("ORGAN")
    headquarters = any_of(
        rule(any_of(hq_word, org, word), any_of(org, filler).optional(), organ_of, seated, caseless("в"), place),
        rule(executive, seated, caseless("в"), place),
        # ``..., там же расположен исполнительный комитет организации``: the place the sentence
        # named before
        rule(rule(caseless("там"), caseless("же")).named("THERE"), seated, any_of(executive, rule(hq_word, org_or_word))),
        # the executive body named as one name (``Исполнительный комитет СНГ``): checked to be one
        rule(org.named("SEATED"), seated, caseless("в"), place),
        rule(hq_word, any_of(org, tag("I-ORG").repeatable(), filler).optional(),
                        dictionary({"находиться", "располагаться", "расположить", "размещаться",
                                    "базироваться"}).optional(), dash.optional(),
                        caseless("в"), place))

    # chair: Россия председательствует в ОДКБ с 1 января 2026 года; председательства России в
    # 2026 году; председательство перейдет к Киргизии; передала председательство России
    chair_noun = dictionary({"председательство"})
    in_org = rule(caseless("в"), org_or_word)
    passes = dictionary({"перейти", "переходить"}).named("HANDOVER")
    gives = dictionary({"передать", "передавать"}).named("HANDOVER")
    # ``председательство ... возьмет на себя Казахстан``
    takes = rule(dictionary({"принять", "взять", "принимать", "брать"}),
                 rule(caseless("на"), caseless("себя")).optional()).named("HANDOVER")
    relay = dictionary({"эстафета"})  # эстафету председательства принял ...
    chair_phrase = rule(relay.optional(), adjective.optional(), chair_noun)
    city_as_state = entity("PLACE").named("STATE")  # под председательством Минска
    # the state that handed the chair over: ``приняла председательство у Китая``
    giver = rule(caseless("у"), state.named("GIVER"))
    # ``Саммит БРИКС под председательством России прошел в Казани 22-24 октября 2024 года``: the
    # meeting's date dates the chair (its year)
    under_tail = rule(word.repeatable(max=2).optional(), where.optional(), date.named("UNDER"))
    # ``председательство в органах союза осуществляет Казахстан``: the chair is exercised in the
    # organisation's bodies
    in_bodies = rule(caseless("в"), adjective.optional(), dictionary({"орган"}), org_or_word)
    exercises = normalized("осуществлять")
    # ``Туркмения, возглавляющая Содружество``; ``СНГ в 2025 году возглавил Таджикистан``: heading
    # the organisation itself (named, or a noun naming an organisation as such: ``возглавила группу
    # экспертов`` or ``возглавляет список`` is no chair); the future (``возглавит``) is the next chair
    # (``организацией руководит Россия``: leading the organisation itself, in the instrumental)
    heads = dictionary({"возглавлять", "возглавить", "руководить"}).named("HANDOVER")
    headed = any_of(org, dictionary(GENERIC_ORG_NOUNS))
    # ``Страной-председателем ОДКБ в 2026 году является Россия``; ``Россия - страна-председатель
    # ШОС``: the chairing state named by its role noun
    chair_state_noun = Compound(r"(?:государств|стран)\w*-председател\w*$")
    role = rule(dictionary({"роль", "функция", "обязанность", "полномочие"}), dictionary({"председатель"})).named("ROLE")
    chair = any_of(
        rule(date.optional(), chair_state_noun, org_or_word.optional(), date.optional(),
             any_of(normalized("являться"), normalized("стать"), dash), state, date.optional()),
        rule(state, date.optional(), any_of(normalized("являться"), normalized("стать"), dash), chair_state_noun,
             org_or_word.optional(), date.optional()),
        rule(date.optional(), chair_noun, any_of(in_org, in_bodies).optional(), date.optional(), exercises,
             state, date.optional()),
        rule(state, date.optional(), exercises, chair_noun, any_of(in_org, in_bodies).optional(), date.optional()),
        # (``Впервые Ашхабад возглавлял СНГ в 2012 году``: a capital stands for its state)
        rule(date.optional(), any_of(state, city_as_state), rule(comma, dictionary({"который"}).optional()).optional(),
             date.optional(), heads, headed, date.optional()),
        rule(date.optional(), headed, date.optional(), heads, state, date.optional()),
        # ``Туркменистан, на который в 2026 году легла роль председателя Содружества``; ``роль
        # председателя ОДКБ в 2026 году исполняет Россия``: the chair named by the role of chairman
        rule(state, rule(comma, caseless("на").optional(), dictionary({"который"})).optional(), date.optional(),
             dictionary({"лечь", "перейти", "достаться", "выпасть"}).optional(), date.optional(), role, org_or_word,
             date.optional()),
        rule(date.optional(), role, org_or_word, date.optional(), in_caseless({"будет", "будут"}).named("WILL").optional(),
             dictionary({"исполнять", "выполнять", "взять", "принять", "перейти"}), rule(caseless("к")).optional(),
             state, date.optional()),
        # ``Туркмения в год председательства в СНГ сделает ставку на транзит``: the subject's term
        rule(state, any_of(rule(caseless("в"), in_caseless({"год", "период"})),
                           rule(in_caseless({"во", "на"}), caseless("время"))), chair_noun, in_org, date.optional()),
        # ``председательство перешло к ней от Киргизии``: the pronoun stands for the state the
        # sentence named as its subject before; the state it passed from chaired too
        rule(date.optional(), chair_noun, in_org.optional(), date.optional(), passes, caseless("к"),
             dictionary({"она", "он"}).named("SHE"), caseless("от"), state.named("GIVER"), date.optional()),
        # ``Бразилия, у которой Индия приняла эстафету``: the giver before its relative clause
        rule(state.named("GIVER"), comma, caseless("у"), dictionary({"который"}), state, date.optional(), takes,
             any_of(chair_phrase, relay), in_org.optional()),
        # ``Саммит ... под руководством Казахстана``: checked to be a meeting's when read (forces
        # or exercises led by a state are not chaired by it)
        rule(caseless("под"), dictionary({"руководство"}).named("LED"), any_of(state, city_as_state),
             under_tail.optional()),
        # Россия председательствует в ОДКБ с 1 января; Беларусь, председательствующая в ЕАЭС в 2025 году
        rule(state, rule(comma, dictionary({"который"}).optional()).optional(), date.optional(),
             normalized("председательствовать"), in_org.optional(), date.optional()),
        # Президент Таджикистана Эмомали Рахмон, председательствующий в СНГ в 2025 году: the
        # state's leader, named, chairs for it (a filler is no name, so no other state intervenes)
        rule(state, word.repeatable(max=3), comma, normalized("председательствовать"), in_org,
             date.optional()),
        # В 2025 году в СНГ председательствует Таджикистан; Председательствующая в БРИКС Бразилия
        rule(date.optional(), in_org.optional(), normalized("председательствовать"), state, date.optional()),
        rule(normalized("председательствовать"), in_org, date.optional(), state, date.optional()),
        # ``В 2026 году председательствовать в ОДКБ будет Россия``: the future auxiliary makes it the
        # next chair
        rule(date.optional(), and_(normalized("председательствовать"), gram("INFN")), in_org.optional(),
             date.optional(), in_caseless({"будет", "будут"}).named("WILL"), state, date.optional()),
        rule(adjective.optional(), chair_noun, state, in_org.optional(), date.optional()),
        # индийского председательства в БРИКС (a country adjective is a STATE)
        rule(state, chair_noun, in_org.optional(), date.optional()),
        # ``Москва готова поделиться опытом своего председательства в 2024 году``: the chair is
        # the sentence's subject (found when read)
        rule(dictionary({"свой"}).named("OWN"), chair_noun, in_org.optional(), date.optional()),
        rule(caseless("под"), chair_noun, any_of(state, city_as_state), under_tail.optional()),
        # (``перешло от Китая к Киргизии``: the state it passed from chaired too)
        rule(date.optional(), chair_noun, in_org.optional(), date.optional(), passes,
             rule(caseless("от"), state.named("GIVER")).optional(), caseless("к"),
             state, date.optional()),
        # Киргизия приняла председательство у Китая; эстафету председательства принял Казахстан;
        # эстафету председательства Россия приняла у Киргизии
        # Россия, принявшая председательство в ОДКБ 1 января
        rule(state, comma.optional(), date.optional(), takes, chair_phrase, in_org.optional(),
             giver.optional(), date.optional()),
        rule(date.optional(), chair_phrase, in_org.optional(), date.optional(), takes, state, giver.optional(),
             date.optional()),
        rule(date.optional(), chair_phrase, in_org.optional(), state, date.optional(), takes, giver.optional()),
        # передал председательство в Содружестве президенту Таджикистана на 2025 год
        # (the person's name between: ``президенту Таджикистана Эмомали Рахмону на 2025 год``)
        rule(gives, chair_phrase, in_org.optional(), word.optional(), state, word.repeatable(max=3).optional(),
             date.optional()),
        # ``Председатель КНР Си Цзиньпин по завершении саммита ... передал председательство в
        # объединении президенту Киргизии``: the state whose leader hands the chair over chaired
        # (no other state named between)
        rule(state.named("GIVER"), and_(not_stop, not_(tag("B-STATE")), not_(tag("I-STATE"))).repeatable(max=10),
             gives, chair_phrase, in_org.optional(), word.optional(), state, word.repeatable(max=3).optional(),
             date.optional()),
    )

    # summit: саммит ШОС прошел в Тяньцзине 31 августа - 1 сентября; прошедшего там же саммита ОДКБ
    summit_place = any_of(where, rule(caseless("там"), caseless("же")).named("WHERE"))
    summit_verb = dictionary(SUMMIT_VERBS).named("VERB")
    # the meetings of heads of state that are an organisation's summits
    council = any_of(
        rule(normalized("совет"), normalized("коллективный"), normalized("безопасность")),
        rule(normalized("совет"), normalized("глава"), normalized("государство")),
        entity("ORG"))
    summit_word = any_of(dictionary({"саммит"}),
                         # (``высшем`` by its written form: its dictionary form is not always ``высший``)
                         rule(dictionary({"встреча"}), caseless("на"), caseless("высшем"),
                              dictionary({"уровень"})),
                         # (``сессия Совета коллективной безопасности``: a session of the council)
                         rule(dictionary({"заседание", "сессия"}), council),
                         # ``Главы государств СНГ провели в Душанбе заседание совета``: a council
                         # not named, checked when read to be the leaders' own
                         rule(dictionary({"заседание"}), dictionary({"совет"}).named("BARE_COUNCIL")),
                         # встреча лидеров; неформальная встреча глав государств содружества
                         rule(dictionary({"встреча"}), dictionary({"лидер", "глава"}),
                              dictionary({"государство"}).optional())).named("SUMMIT")
    # ``первый саммит его лидеров``; ``саммита в Тяньцзине, прошедшего 31 августа``
    leaders = rule(pronoun.optional(), dictionary({"лидер", "глава"}), dictionary({"государство"}).optional())
    after_comma = rule(comma, and_(dictionary(SUMMIT_VERBS), gram("PRTF")).named("VERB"))
    # примет, not принял; ``Следующую встречу на высшем уровне проведет Москва``: a host holding it
    hosts = and_(dictionary({"принять", "провести"}), gram("VERB"), gram("futr")).named("VERB")
    summit = rule(any_of(summit_place, date, summit_verb).repeatable(max=3).optional(),
                  caseless("на").optional(), adjective.repeatable(max=2).optional(), summit_word,
                  org_or_word.optional(), leaders.optional(),
                  # ``Объединение, первый саммит которого состоялся в июне 2009 года в
                  # Екатеринбурге``: the relative pronoun is the organisation, the clause the summit's
                  dictionary({"который"}).optional(),
                  # ``к заседанию ... совета, которое пройдет в Минске``: the relative clause's verb,
                  # place and date are the meeting's
                  any_of(summit_place, date,
                         # ``следующую встречу лидеров в 2025 году примет Тяньцзинь``: the host city
                         # (or state) as the subject after the verb, its object first
                         rule(hosts, any_of(state, entity("PLACE")).named("HOST")),
                         summit_verb, org, after_comma,
                         rule(comma, dictionary({"который"})),
                         rule(caseless("под"), dictionary({"председательство", "руководство"}),
                              any_of(state, city_as_state))).repeatable(max=4).optional())
    # a host to come: Индия, которая примет саммит у себя; Киргизия примет лидеров государств ШОС в
    # 2026 году; В 2026 году Казахстан примет ... заседание Высшего Евразийского экономического совета
    # ``Туркмения, возглавляющая Содружество в 2026 году, впервые за долгое время примет лидеров``:
    # a clause between commas and adverbs between the host and its verb (its words unnamed: a date
    # in that clause is the clause's, not the summit's)
    host = rule(date.optional(), state.named("HOST"),
                any_of(rule(comma, dictionary({"который"})), aside).optional(),
                any_of(and_(Untagged(), gram("ADVB")), tag("B-DATE"), tag("I-DATE"),
                       rule(caseless("за"), word.repeatable(max=3))).repeatable(max=4).optional(),
                hosts,
                any_of(rule(true().repeatable(max=5).optional(), summit_word),
                       rule(dictionary({"лидер"}), word.optional(), org.optional())),
                any_of(org, date, rule(caseless("у"), caseless("себя"))).repeatable(max=3).optional())
    # ``к заседанию Совета коллективной безопасности, которое Москва примет осенью 2026 года``
    host_after = rule(summit_word, org_or_word.optional(), comma, dictionary({"который"}),
                      any_of(state, entity("PLACE")).named("HOST"),
                      and_(normalized("принять"), gram("VERB"), gram("futr")).named("VERB"), date.optional())
    # ``Местом проведения следующего саммита ШОС станет Бишкек``: the place named as the
    # meeting's venue (``станет``: to come)
    venue = rule(caseless("местом"), caseless("проведения"), adjective.repeatable(max=2).optional(), summit_word,
                 org_or_word.optional(), leaders.optional(), date.optional(),
                 and_(normalized("стать"), gram("VERB")).named("VERB"), any_of(state, entity("PLACE")).named("HOST"),
                 date.optional())
    # ``Встречу на высшем уровне, как уточнил министр, индийская сторона планирует провести в
    # Нью-Дели в сентябре``; ``Саммит ОДКБ планируется провести в Минске``: a summit planned (the
    # verb of planning makes it one to come), its place after the infinitive
    plans = rule(dictionary({"планировать", "планироваться", "намереваться", "намеренный", "намерен", "собираться", "решить",
                             "договориться"}).named("PLAN"), and_(normalized("провести"), gram("INFN")))
    planned = rule(summit_word, org_or_word.optional(), aside.optional(), rule(state, word.optional()).optional(),
                   filler.optional(), plans,
                   where, date.optional())
    summit = any_of(summit, host, host_after, venue, planned)

    return {name: rule_.named(name) for name, rule_ in (
        ("kind", kind), ("members", members), ("joined", joined), ("exits", exits),
        ("founded", founded), ("signed", any_of(signed, signed_when)), ("purpose", purpose),
        ("headquarters", headquarters), ("chair", chair), ("summit", summit))}


# The constructions, ``{name: rule named name}``, built once at import: yargy rules are plain
# values, the parsers (``fact_parsers``) compile them over natasha's tokens and the entity tags.
FACT_GRAMMARS = build_grammar()


@lru_cache(maxsize=1)
def fact_parsers():
    """A yargy parser per construction over natasha's tokens, built once per process: a sentence
    goes through the few its words call for, never through the whole grammar."""
    return {name: Parser(grammar, tagger=ENTITY_TAGGER) for name, grammar in FACT_GRAMMARS.items()}


def triggered(tokens):
    """``{construction: [offset, ...]}`` of the trigger words among a sentence's tokens (article
    offsets of the words)."""
    found = {}
    for token in tokens:
        word = nfc(token.text).lower()
        for stem, name in TRIGGER_INDEX.get(word[:3], ()):
            if word == stem if stem in EXACT_TRIGGERS else word.startswith(stem):
                found.setdefault(name, []).append(token.start)
    return found


def start_tokens(tokens, triggers, spans):
    """Token indices where a construction may start: a name or date (the start of one of
    ``spans``), a founding cue, or one of the few words before a trigger (``в ее состав
    входили``, ``прошедшего там же саммита``)."""
    starts = set()
    span_starts = {start for start, _, _ in spans}
    for i, token in enumerate(tokens):
        if token.span.start in span_starts or token.value.lower() in FOUNDING_CUES:
            starts.add(i)
    offsets = sorted(offset for found in triggers.values() for offset in found)
    for i, token in enumerate(tokens):
        if any(token.span.start <= offset < token.span.stop for offset in offsets):
            starts.update(range(max(0, i - TRIGGER_REACH), i + 1))
    return starts


def constructions_for(s, names):
    """Of the triggered constructions, those whose names, dates or cues the sentence holds."""
    lower = nfc(s.sentence.text).lower()
    present = {ENTITY_TYPES[m.kind] for m in s.mentions} | ({"DATE"} if s.dates else set())
    present |= {cue for cue, cue_re in CUES.items() if cue_re.search(lower)}
    if any(m.kind == "organisation" and KIND_CUE_RE.match(s.article.text, m.end) for m in s.mentions):
        present.add("KIND")
    return [name for name, (_, needs) in TRIGGERS.items()
            if name in names and (not needs or present.intersection(needs))]


# -- from a match to facts ------------------------------------------------------------------------

Node = namedtuple("Node", "label start end children")
LABELS = {"FOUNDERS", "WILL", "OWN", "BARE_COUNCIL", "AGREEMENTS", "THERE", "EACH", "SIGNERS", "LED", "ORG", "STATE", "PLACE", "DATE", "FILLER", "STATES", "COUNT", "CUE", "KIND", "LEAD", "JOIN",
          "MORE", "EXIT", "TREATY", "BASED", "FOUND", "WHERE", "SUBJECT", "SIGNED", "PURPOSE",
          "HANDOVER", "VERB", "SUMMIT", "HOST", "GIVER", "UNDER", "BY", "BODY", "SEATED", "THEN",
          "PLAN", "ORGAN", "SHE", "FROM", "ROLE", "FOUNDED_AMONG", "BESIDES", "GROWN"}
NormToken = namedtuple("NormToken", "id text pos feats head_id start stop")


def tree(node):
    """A match tree reduced to its named nodes, with offsets into the article text (the tokens'
    own: natasha's tokens carry them)."""
    if isinstance(node, Leaf):
        return []
    children = [grand for child in node.children for grand in tree(child)]
    if node.label in LABELS or node.label in CONSTRUCTIONS:
        leaves = [leaf.token.span for leaf in walk_leaves(node)]
        return [Node(node.label, leaves[0].start, leaves[-1].stop, children)]
    return children


def walk_leaves(node):
    if isinstance(node, Leaf):
        yield node
    else:
        for child in node.children:
            yield from walk_leaves(child)


def find_all(nodes, label):
    for node in nodes:
        if node.label == label:
            yield node
        else:
            yield from find_all(node.children, label)


def first(nodes, label):
    return next(find_all(nodes, label), None)


# the dates table's notes on ``того же года``: its year from the sentences before, or none
SAME_YEAR_NOTES = ("the year written last before it", "the year it refers back to is not written before")
YEAR_RE = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)")


class Sentence:
    """What the rules need to know about one sentence: its tokens, names and dates, and the
    organisation the text was about before it."""

    def __init__(self, article, sentence, view, mentions, dates, gazetteer, context_org,
                 morph_vocab):
        self.article = article
        self.sentence = sentence
        self.view = view
        self.tokens = view.sentence_tokens[sentence.sentence_id]
        self.mentions = mentions
        self.dates = dates
        self.gazetteer = gazetteer
        self.organisations = organisation_names(gazetteer)
        self.context_org = context_org
        self.morph_vocab = morph_vocab

    def text(self, start, end):
        return self.article.text[start:end]

    def mention(self, node):
        for m in self.mentions:
            if m.start == node.start and m.end == node.end:
                return m
        return None

    def date(self, node):
        """The ISO value of a DATE node, ``start/end`` for a range. A season of a year dates a
        fact by that year (``саммит, который Москва примет осенью 2026 года``: 2026): the dates
        table keeps the season's months (``2026-09/2026-11``), but the text names a year and a
        part of it, not a span of months the fact lasts; winter's year is the one its February is
        in (``зимой 2026 года`` is December 2025 to February 2026)."""
        for d in self.dates:
            if d.start == node.start and d.end == node.end and d.note in SAME_YEAR_NOTES:
                return self.same_year(d)
            if d.start == node.start and d.end == node.end and d.value:
                if d.granularity == "season" and d.value_end:
                    return d.value_end[:4]
                # the same for a part of a month or of a year (``на конец августа``: 2026-08, ``в
                # самом конце 1993 года``: 1993): the unit named, not the days the dates table
                # gives the part
                if d.granularity == "part_of_month" and d.value_end:
                    return d.value[:7]
                if d.granularity == "part_of_year" and d.value_end:
                    return d.value[:4]
                return d.value + ("/" + d.value_end if d.value_end else "")
        return ""

    def same_year(self, d):
        """``7 октября того же года`` after ``В 2002 году`` in the same sentence: the dates table
        takes the year from the sentences before (its context), and leaves the day out of the span;
        a fact takes the year written last before it in its own sentence, and the day number right
        before the month."""
        before = YEAR_RE.findall(self.text(self.sentence.start, d.start))
        if not before:
            return d.value
        value = before[-1]
        if d.value:
            value += d.value[4:]
        else:  # the dates table had no year for it: the month from its words
            words = self.text(d.start, d.end).lower()
            month = next((int(row["number"]) for row in lexicon.rows("months")
                          if re.search(r"\b(?:%s)\b" % row["pattern"], words)), None)
            value += "-%02d" % month if month else ""
        day = self.token_before(d.start)
        if len(value) == 7 and day is not None and day.text.isdigit() and 1 <= int(day.text) <= 31:
            value += "-%02d" % int(day.text)
        return value

    def token_before(self, start):
        """The sentence's last token that ends at or before ``start``, or None."""
        before = self.view.token_before(start)
        return before if before is not None and before.sentence_id == self.sentence.sentence_id else None

    def tokens_in(self, start, end):
        """The tokens wholly inside ``[start, end)``."""
        return self.view.within(start, end)

    def lemmas(self, start, end):
        return {t.lemma for t in self.tokens_in(start, end)}

    def happened(self, node):
        """Whether the node's verb says it happened (or happens): not an infinitive (``хочет
        вступить``), not the future (``вступит``)."""
        for token in self.tokens_in(node.start, node.end):
            if token.pos in ("VERB", "AUX"):
                return token.feats.get("VerbForm") != "Inf" and token.feats.get("Tense") != "Fut"
        return True

    def tense(self, node):
        """natasha's tense of the first verb form in the node."""
        for token in self.tokens_in(node.start, node.end):
            value = token.feats.get("Tense")
            if value:
                return value
        return ""

    def org_in(self, start, end):
        for m in self.mentions:
            if m.kind == "organisation" and start <= m.start and m.end <= end:
                return parent_organisation(m.name, self.organisations)
        return ""

    def subject(self, start, end):
        """The organisation of a fact: named in its span, else in its sentence, else before."""
        return (self.org_in(start, end) or self.org_in(self.sentence.start, start)
                or self.org_in(end, self.sentence.end) or self.context_org)

    def place_before(self, start):
        places = [m for m in self.mentions if m.end <= start and m.kind in ("city", "country")]
        return places[-1].name if places else ""

    def normal_phrase(self, start, end):
        """A phrase put in the nominative by natasha's syntax-driven span normalisation, without
        the punctuation it ends with."""
        from natasha.norm import syntax_normalize

        tokens = self.tokens_in(start, end)
        while tokens and tokens[-1].pos == "PUNCT" and tokens[-1].text in ".;:,":
            tokens.pop()
        if not tokens:
            return ""
        shim = [NormToken(t.token_id, t.text, t.pos, t.feats, t.head_id, t.start, t.end) for t in tokens]
        try:
            return syntax_normalize(self.morph_vocab, shim)
        except Exception:  # a form pymorphy2 cannot inflect: keep the words as written
            return self.text(tokens[0].start, tokens[-1].end)


def states_of(s, node):
    """The states a node names, in order. An enumeration ends with the state after ``и``: a state
    after it behind a comma begins a clause of its own (``... Таджикистан и Узбекистан, Туркмения
    имеет статус ассоциированного члена``)."""
    names, last, closed = [], None, False
    for state in find_all([node], "STATE") if node else ():
        mention = s.mention(state)
        if mention:
            between = s.text(last.end, state.start).strip().lower() if last is not None else ""
            if closed and between == ",":
                break
            closed = between == "и"
            names.append(mention.name)
            last = state
    return names


def dates_of(s, node):
    return [s.date(child) for child in node.children if child.label == "DATE"]


def count_value(s, node):
    tokens = s.tokens_in(node.start, node.end)
    if not tokens:
        return None
    if tokens[0].text.isdigit():
        return int(tokens[0].text)
    return NUMBERS.get(tokens[0].lemma)


def read_kind(s, node):
    phrase = first(node.children, "KIND")
    yield "kind", s.normal_phrase(phrase.start, phrase.end), "", node
    when = dates_of(s, node)
    if when and s.lemmas(phrase.start, phrase.end) & {"организация"}:
        yield "founded", "", when[0], node


def read_members(s, node):
    besides = first(node.children, "BESIDES")
    if besides is not None:
        # ``Помимо трех учредителей – X, Y и Z – в него входят ...``: X, Y, Z founded it and are
        # members; the states after the verb are members
        if s.tense(first(node.children, "LEAD")) == "Fut":
            return
        yield "founding_member_count", str(count_value(s, first(node.children, "COUNT"))), "", node
        founders = states_of(s, besides)
        for name in founders:
            yield "founding_member", name, "", node
        for name in founders:
            yield "member", name, "", node
        for states in find_all(node.children, "STATES"):
            if states.start > besides.end:
                for name in states_of(s, states):
                    yield "member", name, "", node
        return
    grow = first(node.children, "GROWN")
    if grow is not None:
        grown_from = first(node.children, "FROM")
        yield "member_count", str(count_value(s, first(node.children, "COUNT"))), "", node
        history = bool(dates_of(s, node)) or bool(s.lemmas(s.sentence.start, s.sentence.end)
                                                   & {"первый", "создание", "основание", "учреждение"})
        if history and count_value(s, grown_from):
            yield "founding_member_count", str(count_value(s, grown_from)), "", node
        return
    signed = first(node.children, "SIGNED")
    if signed is not None or re.search(r"-(?:учредител|основател)", s.text(node.start, node.end)):
        if first(node.children, "LEAD") is not None and s.lemmas(node.start, node.end) & {"число"}:
            # one of the founders, with their count, dated by the treaty they signed
            when = next(iter(dates_of(s, signed)), "") if signed is not None else ""
            count = count_value(s, first(node.children, "COUNT"))
            if count:
                yield "founding_member_count", str(count), when, node
            for name in states_of(s, first(node.children, "STATES")):
                yield "founding_member", name, when, node
            if signed is not None and when:
                treaty = first(signed.children, "TREATY")
                name = treaty_name(s, treaty)
                if s.tokens_in(treaty.start, treaty.end)[0].lemma not in TREATY_NOUNS:
                    name = s.normal_phrase(treaty.start, treaty.end)  # the adjective and its noun
                yield "treaty_signed", name, when, node
            return
    lead = first(node.children, "LEAD")
    lemmas = s.lemmas(node.start, node.end) | s.lemmas(s.sentence.start, lead.start)
    tense = s.tense(lead)
    founding = bool(lemmas & FOUNDING_CUES)
    grown = bool(s.lemmas(lead.start, lead.end) & {"расширить", "довести"})  # the count now
    if not grown and (tense == "Fut" or (tense == "Past" and not founding)):
        return  # members to come, or past members without a founding cue: history not read here
    count = first(node.children, "COUNT")
    number = count_value(s, count) if count else None
    # founders carry the date their clause gives: inside the match (``Учредителями ШОС в 2001
    # году стали ...``), else the last one before it in the sentence (``Договор ... подписали в
    # Астане 29 мая 2014 года Беларусь, Казахстан и Россия – основатели союза``)
    when = ""
    if founding:
        inside = [d for d in find_all(node.children, "DATE")]
        before = [d for d in s.dates if s.sentence.start <= d.start and d.end <= node.start]
        # (round 11) not across a comma: ``создано в 2006 году, его основателями выступили ...``
        # names the founders in a clause of their own, without a date (the annotators' convention)
        before = [d for d in before if "," not in s.text(d.end, node.start)]
        when = s.date(inside[0]) if inside else (s.date(before[-1]) if before else "")
    if number:
        yield ("founding_member_count" if founding else "member_count"), str(number), when, node
    for states in find_all(node.children, "STATES"):
        for name in states_of(s, states):
            yield ("founding_member" if founding else "member"), name, when, node


MEMBER_RE = re.compile(r"(?:член|участни|(?:государств|стран)\w*-(?:член|участ))\w*$")  # членом, участниками, государством-членом


def read_joined(s, node):
    join = first(node.children, "JOIN")
    if not s.happened(join):
        return
    after = s.view.tokens_in(join.end, s.sentence.end)[:2]
    if [t.text.lower() for t in after] == ["в", "силу"]:
        return  # ``соглашение с Ираном вступило в силу``: took effect, no join
    if after and after[0].pos in ("NOUN", "PROPN") and MEMBER_RE.match(s.text(join.start, join.end).split()[-1].lower()) \
            and after[0].lemma not in GENERIC_ORG_NOUNS and not s.org_in(after[0].start, after[0].end):
        return  # ``стал участником форума``: a member of what the noun after it names
    mores = [c for c in node.children if c.label in ("MORE", "EACH")]
    main = Node(node.label, node.start, mores[0].start if mores else node.end,
                [c for c in node.children if c.label not in ("MORE", "EACH")])
    when = next(iter(dates_of(s, main)), "") or next(iter(dates_of(s, join)), "")  # ``участником в 2011 году стала``
    if not when and mores and mores[0].label == "EACH":
        # ``Вступление Армении и Кыргызстана в 2015 году``: states joined by ``и`` with one date
        # after the last are all dated by it (each with its own date, ``Ирана в 2023 году и
        # Белоруссии в 2024 году``, the first has one)
        when = next(iter(dates_of(s, mores[0])), "")
    states = first(main.children, "STATES")
    names = states_of(s, states)
    if states is not None and join.start >= states.end:
        # (round 11) a participle after a list continued by ``а также`` (``В ШОС входят Казахстан,
        # Китай и Россия, а также Индия и Пакистан, ставшие ее членами в 2017 году``) describes
        # the states after ``а также`` only
        words = s.text(states.start, states.end)
        cut = max(words.rfind(", а также "), words.rfind(", а "))
        if cut > 0:
            names = [s.mention(st).name for st in find_all([states], "STATE")
                     if s.mention(st) and st.start >= states.start + cut]
    for name in names:
        yield "joined", name, when, main
    # the elliptic continuations, ``, в 2023 году - Иран``
    for more in mores:
        when = next(iter(dates_of(s, more)), "")
        for name in states_of(s, first(more.children, "STATES")):
            yield "joined", name, when, more


def read_exits(s, node):
    then = first(node.children, "THEN")
    if then is not None:
        states = first(node.children, "STATES")
        node = Node(node.label, node.start, then.start, [c for c in node.children if c.label != "THEN"])
        # the second verb's fact: the first clause's states, the second clause's verb and date
        yield from read_exits(s, Node(node.label, then.start, then.end, [states] + list(then.children)))
    verb = first(node.children, "EXIT")
    if not s.happened(verb):
        return
    # the verb's lemma names the predicate; a negation before it is part of the form (``не
    # продлили``), not the verb
    words = [t for t in s.tokens_in(verb.start, verb.end) if t.text.lower() != "не"]
    predicate = EXIT_PREDICATES.get(words[0].lemma) if words else None
    if first([verb], "AGREEMENTS") is not None:
        predicate = "froze_participation"
    elif predicate == "suspended" and "участие" in s.lemmas(verb.start, verb.end):
        # (round 12) ``приостановила участие``: a participation suspended is a freeze, the state
        # stays a member (``приостановил членство`` is the suspension)
        predicate = "froze_participation"
    if not predicate or not in_its_work(s, verb) or not out_of_the_organisation(s, verb):
        return
    when = next(iter(dates_of(s, node)), "")
    states = first(node.children, "STATES")
    before = s.view.token_before(states.start) if states is not None else None
    if before is not None and before.start >= s.sentence.start and before.pos == "VERB" \
            and not verb.start <= before.start < verb.end \
            and before.end <= states.start and not s.text(before.end, states.start).strip():
        # (round 10) a list right after another verb begins with that verb's subject (``из СНГ
        # вышла Грузия, Украина с 2018 года не участвует ...``): the states after its comma only
        states = Node(states.label, states.start, states.end,
                      [c for c in find_all([states], "STATE") if ","
                       in s.text(states.start, c.start)])
    if states is not None and verb.end <= states.start:
        # (round 10) a state after the verb and a comma with a verb of its own after it is that
        # verb's (``из Содружества вышла Грузия, Украина с 2018 года не участвует ...``)
        kept = []
        for c in find_all([states], "STATE"):
            if relations.opens_own_clause(s, c.start):
                break
            kept.append(c)
        states = Node(states.label, states.start, states.end, kept)
    for name in states_of(s, states):
        yield predicate, name, when, node


# what a state stops taking part in when it freezes its participation: the organisation's work,
# activity, bodies or meetings (``прекратила участие в работе уставных органов``, ``отказалась от
# участия в заседаниях органов СНГ``), or the organisation itself
WORK_NOUNS = {"работа", "деятельность", "заседание", "орган", "мероприятие"}


def in_its_work(s, verb):
    """Whether the participation a verb stops (``участие в ...``) is in the organisation's work:
    ``прекратил участие в переговорах`` is one negotiation, no freeze."""
    if "участие" not in s.lemmas(verb.start, verb.end):
        return True
    after = s.view.tokens_in(verb.end, s.sentence.end)[:2]
    if not after or after[0].text.lower() != "в" or len(after) < 2:
        return True
    noun = after[1]
    return noun.lemma in WORK_NOUNS | ORG_WORDS or bool(s.org_in(noun.start, noun.end))


def out_of_the_organisation(s, verb):
    """Whether what a state left (``вышла из ...``) is the organisation: its name, a noun or
    pronoun standing for it (``из организации``, ``из состава``, ``из договора``), or nothing
    said; ``вышла из соглашения о свободной торговле`` left one agreement."""
    words = [t for t in s.tokens_in(verb.start, verb.end) if t.text.lower() != "не"]
    if not words or words[0].lemma not in ("выйти", "выходить", "покинуть") or first([verb], "AGREEMENTS"):
        return True
    after = s.view.tokens_in(verb.end, s.sentence.end)[:2]
    if len(after) < 2 or after[0].text.lower() != "из" or after[1].pos not in ("NOUN", "PROPN"):
        return True  # ``из договора вышли Азербайджан и Грузия``: what they left came before
    noun = after[1]
    return noun.lemma in ORG_WORDS or bool(s.org_in(noun.start, noun.end))


OWN_ORGANISATION = "\x00"  # stands for the fact's subject in a treaty's name until it is known


def treaty_name(s, treaty):
    """A treaty's name in the nominative: its head noun inflected, its complement as written
    (``Договора о коллективной безопасности`` -> ``Договор о коллективной безопасности``); a
    quoted name whole (``«Шанхайской пятерки»`` -> ``Шанхайская пятерка``)."""
    text = s.text(treaty.start, treaty.end)
    if text[:1] in OPENING_QUOTES:
        return s.normal_phrase(treaty.start + 1, treaty.end - 1)
    tokens = s.tokens_in(treaty.start, treaty.end)
    head = tokens[0]
    if len(tokens) == 2 and tokens[1].lemma in GENERIC_ORG_NOUNS:
        # ``хартию организации``: the organisation's own charter, named by the organisation
        # (filled in with the fact's subject: ``Хартия ШОС``)
        return s.normal_phrase(head.start, head.end).capitalize() + " " + OWN_ORGANISATION
    return s.normal_phrase(head.start, head.end) + text[head.end - treaty.start:]


def is_treaty_date(s, node):
    """``от 15 мая 1992 года`` after a treaty's name is the day it was signed."""
    return s.text(node.start, node.end).lower().startswith("от ")


def follows_treaty(s, treaty_node, date_node):
    """``на базе Договора о коллективной безопасности 1992 года``: a date in the genitive right
    after a treaty's name (no preposition, no word between) says which treaty it is, so it is the
    treaty's date, not the founding's (which ``в 2002 году`` or a date before the basis gives)."""
    if treaty_node is None or date_node is None or not s.dates:
        return False
    between = s.text(treaty_node.end, date_node.start)
    first_word = s.text(date_node.start, date_node.end).split()[0].lower()
    return not between.strip() and first_word[:1].isdigit()


def read_circumstances(s, node, found_start):
    """Facts from a founding clause's dates, places, founders and the treaty it rests on; what
    follows ``подписанного`` is the treaty's, not the organisation's, and so is a year right after
    the treaty's name."""
    treaty, signing, based = "", False, None
    dates = [c for c in node.children if c.label == "DATE" and c.start > found_start]
    founding_date = next((s.date(d) for d in dates if not (based_node(node) and follows_treaty(
        s, based_node(node), d))), "")
    for child in node.children:
        if child.label == "BY":
            # founders in the instrumental (``Казахстаном, Китаем``), dated by the founding
            first_state = s.tokens_in(child.start, child.end)[:1]
            if first_state and first_state[0].feats.get("Case") == "Ins":
                for name in states_of(s, child):
                    yield "founding_member", name, founding_date, node
        elif child.label == "DATE" and child.start > found_start:
            if based is not None and follows_treaty(s, based, child):
                yield "treaty_signed", treaty, s.date(child), node
            elif treaty and (signing or is_treaty_date(s, child)):
                yield "treaty_signed", treaty, s.date(child), node
            else:
                yield "founded", "", s.date(child), node
        elif child.label == "SIGNERS":
            # the signers in a ``когда`` clause of the founding: founders, and the treaty's day
            for name in states_of(s, child):
                yield "founding_member", name, founding_date, node
            yield "treaty_signed", treaty_name(s, first(child.children, "TREATY")), founding_date, node
        elif child.label == "WHERE" and not signing:
            mention = s.mention(first(child.children, "PLACE"))
            if mention:  # dated by its clause, like the founders
                yield "founded_place", mention.name, founding_date, node
        elif child.label == "BASED":
            based = child
            treaty = treaty_name(s, first(child.children, "TREATY"))
            yield "based_on", treaty, "", node
            signed = first(child.children, "SIGNED")
            signing = signed is not None
            for when in dates_of(s, signed) if signed else ():
                yield "treaty_signed", treaty, when, node


def based_node(node):
    return first(node.children, "BASED")


def read_founded(s, node):
    found = first(node.children, "FOUND")
    if found is not None and relations.founds_a_body(s, found.start, found.end):
        return  # (round 10) ``Парламентская ассамблея организации, образованная в 2006 году``
    subject = first(node.children, "SUBJECT")
    founders = first(node.children, "FOUNDERS")
    if founders is not None:
        when = next((s.date(d) for d in find_all(node.children, "DATE")), "")
        if when:  # a founding is a fact by its date (as ``создана в 2001 году``)
            yield "founded", "", when, node
        for name in states_of(s, founders):
            yield "founding_member", name, when, node
        return
    if found is None:  # grew out of a treaty: its basis only
        yield from read_circumstances(s, node, node.end)
        return
    # A participle opening its sentence speaks of the organisation of the paragraph; elsewhere it
    # needs the organisation (or a noun standing for it) as its subject, or, after a comma, as the
    # noun it follows (``БРИКС - межгосударственное объединение, созданное в 2006 году``).
    if s.text(node.start, node.end).startswith(","):
        before = s.token_before(node.start)
        if not before or not (before.lemma in KIND_NOUNS or s.org_in(before.start, before.end)):
            return
    elif subject is None and node.start != s.sentence.start:
        return
    if s.lemmas(found.start, found.end) & START_WORK and not heads_its_clause(s, subject):
        return
    named = s.mention(first(subject.children, "ORG") or subject) if subject is not None else None
    if named and named.kind == "organisation" and parent_organisation(named.name, s.organisations) != named.name:
        return  # ``Евразийская экономическая комиссия начала работу в 2012 году``: a body's founding
    if s.lemmas(found.start, found.end) & WORKS_SINCE and not s.text(found.end, node.end).lstrip().lower().startswith("с"):
        return  # ``действует в 2025 году`` says it works, not since when
    yield from read_circumstances(s, node, found.start)


START_WORK = {"начать", "заработать", "функционировать", "действовать"}
WORKS_SINCE = {"функционировать", "действовать"}  # founded only with the date it works since (``с``)


def heads_its_clause(s, node):
    """Whether a subject starts its clause (the sentence's start, after punctuation or a
    conjunction, or after a date: ``В 2015 году ЕАЭС начал работу``), rather than hanging on a
    noun before it (``Форум ШОС начал работу``: the forum did)."""
    before = s.token_before(node.start)
    if before is None or before.pos in ("PUNCT", "CCONJ", "SCONJ", "ADV"):
        return True
    # ``Созданное на его основе объединение заработало ...``: a participle's phrase opening the
    # sentence and qualifying the subject (the participle's syntactic head) does not hang it on
    # another noun
    opening = s.tokens_in(s.sentence.start, node.start)[:1]
    subject = s.tokens_in(node.start, node.end)[:1]
    if opening and subject and opening[0].feats.get("VerbForm") == "Part" \
            and s.view.head(opening[0].token_id) == subject[0].token_id:
        return True
    return any(d.start <= before.start and before.end <= d.end for d in s.dates)


def read_signed(s, node):
    signed = first([node], "SIGNED")
    treaty_node = first(signed.children, "TREATY")
    treaty = treaty_name(s, treaty_node)
    if first(signed.children, "OWN") is not None and len(s.tokens_in(treaty_node.start, treaty_node.end)) == 1:
        treaty = treaty.capitalize() + " " + OWN_ORGANISATION  # ``ее устав``: Устав ОДКБ
    for when in dates_of(s, signed)[:1]:
        yield "treaty_signed", treaty, when, node


def read_purpose(s, node):
    phrase = first(node.children, "PURPOSE")
    value = s.normal_phrase(phrase.start, phrase.end)
    if value:
        yield "purpose", value, "", node


SEAT_BODY_WORDS = ("Исполнительный", "Секретариат")  # the bodies whose seat is the organisation's


def read_headquarters(s, node):
    if relations.pronoun_of_a_body(s, max(s.sentence.start, node.start - 5), node.end):
        return  # (round 10) ``Центр создан ..., его штаб-квартира находится в Москве``: the body's seat
    body, seated = first(node.children, "BODY"), first(node.children, "SEATED")
    body = s.mention(body) if body is not None else None
    if body and parent_organisation(body.name, s.organisations) != body.name:
        return  # the executive committee of another body (of the SCO's RATS) is not the seat
    seated = s.mention(seated) if seated is not None else None
    if first(node.children, "SEATED") is not None and not (seated and seated.name.split()[0] in SEAT_BODY_WORDS):
        return
    if first(node.children, "THERE") is not None:
        place = s.place_before(node.start)
        if place:
            yield "headquarters", place, "", node
        return
    mention = s.mention(first(node.children, "PLACE"))
    if mention:
        yield "headquarters", mention.name, "", node


def subject_before(s, start):
    """The state (or capital standing for it) named in the nominative last before ``start`` in
    the sentence: the subject a ``свой`` refers to, or None."""
    found = None
    for m in s.mentions:
        if m.end <= start and m.kind in ("country", "city"):
            tokens = s.tokens_in(m.start, m.end)
            if tokens and tokens[0].feats.get("Case") == "Nom" and tokens[0].pos == "PROPN":
                found = m
    return found


MEETING_NOUNS = fact_words("meeting_noun")


def read_chair(s, node):
    """Who chairs; a handover to come (``перейдет к``, or for a year after the article's) names
    the next chair, with the year of its term when the text gives it."""
    # the chair's own state: a direct child (the giver's, ``у Китая`` or ``Председатель КНР ...``,
    # is inside GIVER)
    own = next((c for c in node.children if c.label == "STATE"), None) or first(node.children, "STATE")
    mention = s.mention(own) if own is not None else None
    if first(node.children, "SHE") is not None:
        mention = subject_before(s, node.start)  # ``перешло к ней``: the subject named before
    if first(node.children, "OWN") is not None:
        # only with the term's date: ``во время своего председательства`` names some term of the
        # subject's, past or present, which an undated chair row would pass off as the current one
        mention = subject_before(s, node.start) if dates_of(s, node) else None
    if not mention:
        return
    if first(node.children, "LED") is not None and not s.lemmas(s.sentence.start, node.start) & MEETING_NOUNS:
        return  # under a state's leadership: a chair only of a meeting named before it
    name = CAPITALS.get(mention.name, "") if mention.kind == "city" else mention.name
    if not name:
        return
    when = next(iter(dates_of(s, node)), "")
    under = first(node.children, "UNDER")
    if not when and under is not None:
        when = s.date(under)[:4]  # the meeting held under the chair dates the chair by its year
    if not when and s.text(node.start, node.end).lower().startswith("под ") and s.lemmas(
            s.sentence.start, node.start) & MEETING_NOUNS:
        # ``Саммит ОДКБ прошел в Минске 23 ноября 2023 года под председательством Белоруссии``:
        # the meeting's date before it, the same way
        earlier = [d for d in s.dates if s.sentence.start <= d.start and d.end <= node.start]
        when = s.date(earlier[-1])[:4] if earlier else ""
    handover = first(node.children, "HANDOVER")
    # (natasha tags ``будет`` as present: the word itself says the future)
    future = (handover is not None and s.tense(handover) == "Fut") or first(node.children, "WILL") is not None
    # ``передал председательство ... на 2025 год``: the term it is handed over for, if still to come
    term = next((d for d in node.children if d.label == "DATE" and s.text(d.start, d.end).lower().startswith("на ")), None)
    later = bool(handover and term and s.article.date and s.date(term)[:4] > s.article.date[:4])
    if future or later:
        yield "next_chair", name, when, node
    else:
        yield "chair", name, when, node
    giver = first(node.children, "GIVER")
    if giver is not None:
        # ``приняла председательство у Китая``: the one that handed it over chaired too (undated:
        # the text's date is the handover's)
        given = s.mention(giver)
        if given and given.kind != "city":
            yield "chair", given.name, "", node


def leaders_council(s, node):
    """Whether a council named by the bare word (``заседание совета``) is the leaders': the
    sentence's subject before it is the heads of state or leaders (``Главы государств ...
    провели ... заседание совета``), and no noun follows it (``совета министров`` is another)."""
    council = first(node.children, "BARE_COUNCIL")
    before = s.lemmas(s.sentence.start, node.start)
    after = s.view.tokens_in(council.end, s.sentence.end)[:1]
    if after and after[0].lemma in ("глава", "коллективный"):
        return True  # the council named in full after all (``Совета глав государств``)
    return (bool(before & {"лидер", "глава"}) and "государство" in before
            and not (after and after[0].pos in ("NOUN", "PROPN", "ADJ")))


def read_summit(s, node):
    word = first(node.children, "SUMMIT")
    if first(node.children, "BARE_COUNCIL") is not None and not leaders_council(s, node):
        return
    where = first(node.children, "WHERE")
    host = first(node.children, "HOST")
    place = ""
    if host:
        mention = s.mention(first(host.children, "STATE") or host)
        place = mention.name if mention else ""
    elif where:
        mention = s.mention(first(where.children, "PLACE") or where)
        place = mention.name if mention else s.place_before(where.start)  # там же
    when = next(iter(dates_of(s, node)), "")
    before = s.token_before(node.start)
    if not when and not host and before is not None and before.lemma == "который":
        # ``председательства в 2024 году, которое завершилось саммитом в Казани``: a summit in a
        # relative clause is dated by the clause its antecedent is dated in
        earlier = [d for d in s.dates if s.sentence.start <= d.start and d.end <= before.start]
        when = s.date(earlier[-1]) if earlier else ""
    if host and not when and s.text(host.end, node.end).lstrip(" ,").startswith("котор"):
        # ``В 2026 году председательство перейдет к Индии, которая примет саммит у себя``: the
        # relative clause's summit is dated by the clause its host is named in
        before = [d for d in s.dates if s.sentence.start <= d.start and d.end <= host.start]
        when = s.date(before[-1]) if before else ""
    if not place and not when:
        return
    # (round 10: a summit whose own verb is past is not governed by a later clause's future verb
    # the parse hung it on, ``Саммит ... прошел в Бишкеке, следующий саммит ... пройдет ...``)
    past = any(s.tense(verb) == "Past" for verb in find_all(node.children, "VERB"))
    future = any(s.tense(verb) == "Fut" for verb in find_all(node.children, "VERB")) \
        or first(node.children, "PLAN") is not None or (governed_by_future(s, word) and not past)
    upcoming = bool(word and s.lemmas(node.start, word.start) & NEXT_ADJECTIVES)
    # ``довести их до решения к саммиту в Бишкеке``: a summit something is to be ready by is still
    # to come, unless the sentence tells of the past (``готовились к саммиту``)
    by_it = s.token_before(node.start)
    if by_it is not None and by_it.text.lower() in ("к", "ко") and not when and not any(
            t.feats.get("Tense") == "Past" for t in s.tokens_in(s.sentence.start, s.sentence.end)):
        upcoming = True
    later = bool(when and s.article.date and when[:10] > s.article.date)
    if (future or upcoming or later) and not place:
        # a summit to come is announced with its place (``следующую встречу лидеров в 2025 году
        # примет ...``): without one, the words that name it were not read, and a date alone
        # says nothing a reader can check
        return
    yield ("next_summit" if future or upcoming or later else "summit"), place, when, node


def governed_by_future(s, word):
    """Whether the summit's word hangs on a future verb outside the match (``Лидеры соберутся на
    саммит в Бишкеке летом``): a summit to come."""
    tokens = s.tokens_in(word.start, word.end) if word is not None else []
    head_id = s.view.head(tokens[0].token_id) if tokens else None
    head = s.view.tokens[head_id] if head_id is not None else None
    return head is not None and head.pos == "VERB" and head.feats.get("Tense") == "Fut"


CONSTRUCTIONS = {
    "kind": read_kind, "members": read_members, "joined": read_joined, "exits": read_exits,
    "founded": read_founded, "signed": read_signed, "purpose": read_purpose,
    "headquarters": read_headquarters, "chair": read_chair, "summit": read_summit,
}


def points_to_organisation(s, construction, node):
    """Joining, leaving or listing members is about an organisation only when the sentence names
    one or the clause points to it (``к ним``, ``в ее состав``, ``из договора``)."""
    if construction not in ("joined", "exits", "members"):
        return True
    # a noun standing for the organisation anywhere in the sentence points to it too (``ряды
    # объединения пополнили Индия и Пакистан, а вступление Ирана в 2023 году ...``); a pronoun
    # only inside the clause, where it is the clause's own (``к ним``)
    # (a possessive too: ``Ее основатели – ...``)
    return bool(s.org_in(s.sentence.start, s.sentence.end) or s.lemmas(node.start, node.end) & (ORG_WORDS | PRONOUNS)
                or s.lemmas(s.sentence.start, s.sentence.end) & ORG_NOUNS or stands_alone(s, construction, node))


# what may follow the verb of a join or exit whose sentence names no organisation: the states, the
# dates, punctuation, a conjunction, another verb (``Процедура присоединения Ирана завершилась``)
BARE_POS = {"PUNCT", "CCONJ", "VERB", "AUX", "ADV"}


def stands_alone(s, construction, node):
    """A join or exit stated with nothing it could be about but the organisation of the text
    (``Индия и Пакистан стали полноправными участниками в 2017 году``; ``Процедура присоединения
    Ирана завершилась в 2023 году``): after its verb or verbal noun come only the states, dates,
    punctuation or another verb, and no noun follows the clause (``стали участниками
    переговоров``, ``присоединилась к заявлению``, ``прекратила участие в работе комиссии`` are
    about something else). Such a fact is about the organisation the text named last, and says
    so (``subject_from`` is ``context``)."""
    if construction not in ("joined", "exits"):
        return False
    verb = first(node.children, "JOIN") or first(node.children, "EXIT")
    if verb is None:
        return False
    named = [(c.start, c.end) for c in find_all(node.children, "STATE")] + [(d.start, d.end) for d in s.dates]
    inside = lambda t: any(start <= t.start and t.end <= end for start, end in named)
    for token in s.tokens_in(verb.end, node.end):
        if token.pos in ("VERB", "AUX") and not inside(token):
            break  # the verbal noun's own verb: what follows it are its adjuncts (``годом ранее``)
        if not inside(token) and token.pos not in BARE_POS:
            return False
    after = next(iter(s.view.tokens_in(node.end, s.sentence.end)), None)
    return after is None or after.pos in BARE_POS or any(d.start == after.start for d in s.dates)


def sentence_spans(mentions, dates):
    """A sentence's names and dates as ``(start, end, tag)`` spans in article offsets, sorted."""
    spans = [(m.start, m.end, ENTITY_TYPES[m.kind]) for m in mentions]
    spans += [(d.start, d.end, "DATE") for d in dates]
    return sorted(spans)


def main_organisation(article, mentions, organisations):
    """The organisation of the headline, else the one named most often (first on ties)."""
    orgs = [(m.start, parent_organisation(m.name, organisations)) for m in mentions
            if m.kind == "organisation"]
    title = next((p for p in article.parts if p.kind == "title"), None)
    for start, name in orgs:
        if title and title.start <= start < title.end:
            return name
    counts = {}
    for _, name in orgs:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else ""


def view_of(article):
    """The article's token view; built here when the view step has not run (``find_facts`` after
    the language and dates steps alone)."""
    return article.view if article.view is not None else TokenView(article)


def by_sentence(article, items):
    """``{sentence_id: [item, ...]}`` for items with a ``start`` offset."""
    starts = [s.start for s in article.sentences]
    grouped = {}
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if i >= 0 and item.start < article.sentences[i].end:
            grouped.setdefault(article.sentences[i].sentence_id, []).append(item)
    return grouped


def find_facts(article, gazetteer, morph_vocab):
    """The facts of an analysed article, in text order, as ``Fact`` rows; their dates are the dates
    step's (``article.dates``), their names the gazetteer's (``find_mentions``)."""
    mentions = find_mentions(article, gazetteer)
    dates = article.dates
    organisations = organisation_names(gazetteer)
    if not any(m.kind == "organisation" for m in mentions):
        return []
    parsers = fact_parsers()
    view = view_of(article)
    mentions_of = by_sentence(article, mentions)
    dates_of_sentence = by_sentence(article, dates)
    context_org = main = main_organisation(article, mentions, organisations)
    facts = []
    for sentence in article.sentences:
        here = mentions_of.get(sentence.sentence_id, [])
        names = triggered(view.sentence_tokens[sentence.sentence_id])
        # the dependency reader (``analysis.relations``) on a sentence with a predicate word of its
        # lexicon, after the grammars: what they read in the sentence is not given twice
        read = relations.has_predicate(view.sentence_tokens[sentence.sentence_id])
        if names or read:
            s = Sentence(article, sentence, view, here,
                         dates_of_sentence.get(sentence.sentence_id, []), gazetteer, context_org,
                         morph_vocab)
            s.main_org = main
            found = sentence_facts(s, parsers, names) if names else []
            if read:
                found += relations.sentence_relations(s, {fact[:3] for fact in found}
                                                      | {fact[:4] for fact in found}
                                                      | {relations.phrase_key(fact) for fact in found},
                                                      parent_organisation, treaty_organisation)
                found = relations.without_undated_twins(found)
            found = relations.with_lists_apart(s, found)
            facts += found
        orgs_here = [m for m in here if m.kind == "organisation"]
        if orgs_here:
            context_org = parent_organisation(orgs_here[0].name, organisations)
    facts = relations.without_implied_foundings(facts)
    facts = relations.without_institutions(facts, mentions, lambda name: parent_organisation(name, organisations),
                                           article.text)
    facts = [fact[:2] + (relations.founding_title(*fact[:3]),) + fact[3:] for fact in facts]
    # once each, first found first (the same fact read with its subject from the text and from
    # context is the text's)
    seen = {}
    for fact in facts:
        if fact[:6] not in seen or seen[fact[:6]] == "context":
            seen[fact[:6]] = fact[6]
    order = {fact: i for i, fact in enumerate(seen)}
    in_text_order = sorted(seen, key=lambda fact: (fact[4], order[fact]))
    return [make_fact(article, i, *fact, seen[fact]) for i, fact in enumerate(in_text_order)]


def all_aside(s):
    """Whether every organisation the sentence names stands right after a preposition of means or
    company (``через Новый банк развития``; ``relations.ASIDE_PREPOSITIONS``)."""
    orgs = [m for m in s.mentions if m.kind == "organisation"]
    return bool(orgs) and all((s.view.token_before(m.start) is not None
                               and s.view.token_before(m.start).text.lower() in relations.ASIDE_PREPOSITIONS)
                              for m in orgs)


def sentence_facts(s, parsers, names):
    """The facts of one sentence: its tokens converted for yargy once, its names and dates as tags
    (through the tagger hook), each triggered construction's grammar over them."""
    spans = sentence_spans(s.mentions, s.dates)
    tagger = ENTITY_TAGGER.with_spans(spans)
    found, tokens = [], None
    for name in constructions_for(s, names):
        if tokens is None:
            tokens = yargy_tokens(s.tokens)
            starts = start_tokens(tokens, names, spans)
        # a treaty's name before ``подписан`` can be long: that construction starts anywhere
        for match in parsers[name].findall(tokens, starts=None if name == "signed" else starts, tagger=tagger):
            for node in tree(match.tree.root):
                if node.label == name and points_to_organisation(s, name, node):
                    for predicate, value, date, evidence in CONSTRUCTIONS[name](s, node):
                        subject = s.subject(node.start, node.end)
                        source = "text" if s.org_in(s.sentence.start, s.sentence.end) else "context"
                        if predicate in ("based_on", "treaty_signed") and value.endswith(OWN_ORGANISATION):
                            value = value.replace(OWN_ORGANISATION, subject or "").strip()
                        elif predicate in ("based_on", "treaty_signed"):
                            owner = treaty_organisation(s.gazetteer, value)
                            subject, source = (owner, "text") if owner else (subject, source)
                        if predicate in ("chair", "next_chair") and source == "text" and s.main_org \
                                and not s.org_in(node.start, node.end) and all_aside(s):
                            # (round 8) nor one named only as a means or a partner (``стремление
                            # индийского председательства к ... кредитованию через Новый банк
                            # развития``): the article's organisation, as below
                            subject, source = s.main_org, "context"
                        if predicate in ("chair", "next_chair") and source == "context" and s.main_org:
                            # a chair the sentence does not place (``во время своего
                            # председательства``, ``казахстанского председательства``) is of the
                            # organisation the article is about: chairs rotate in it, not in a bank
                            # or body named in passing in the sentence before
                            subject = s.main_org
                        if subject:
                            found.append((predicate, subject, value, date, evidence.start, evidence.end, source))
    return found


def actor_id(article, name):
    for actor in article.actors:
        if actor.name == name:
            return str(actor.actor_id)
    return ""


def make_fact(article, fact_id, predicate, subject, value, date, start, end, subject_from="text"):
    text = article.text
    while start < end and text[start] in " ,;:" + lexicon.DASHES:
        start += 1
    while end > start and text[end - 1] in " ,;:.":
        end -= 1
    return Fact(fact_id, subject, actor_id(article, subject), subject_from, predicate, value,
                actor_id(article, value) if value else "", date, start, end, text[start:end])
