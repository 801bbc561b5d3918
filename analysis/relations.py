"""Organisational facts read from natasha's dependency parse: a second, general reader beside the
construction grammars of ``analysis.facts``.

The grammars match one wording each (``X вступил в ШОС в 2017 году``), and a text worded
otherwise (``Иран, вступивший в ШОС в 2023 году``, ``после вступления Индии и Пакистана в 2017
году``, ``Казахстан, принявший эстафету у Белоруссии, руководит органами союза с 1 января``)
slips past them. Here a fact is read from the syntax of the sentence instead, the way a reader
finds who did what: a small lexicon (``analysis/data/lexicon/fact_relations.csv``) names the
predicate words, verbs (whose participles natasha lemmatises to the verb) and verbal nouns, with
the fact each gives; the arguments are found in the parse around the word:

- the state: the verb's subject (``nsubj``, ``nsubj:pass``), the noun a participle hangs on
  (``Иран, вступивший ...``), the noun a relative clause's ``который`` stands for, a verbal noun's
  genitive (``вступление Ирана``) or country adjective (``индийское председательство``), the
  subject of the verb a verbal noun depends on (``Ереван объявил о замораживании участия``), and
  the subject of the first of two joined verbs (``Ташкент вернулся, а в 2012-м объявил ...``);
  each with the states joined to it (``conj``);
- the organisation: the name, generic noun (``организация``, ``союз``) or pronoun after the
  preposition the predicate takes (``в ШОС``, ``к ним``, ``из ОДКБ``), or the genitive of a
  verbal noun; when the predicate's target names something else (``вступило в силу``, ``вышла из
  соглашения``, ``создание биржи``) there is no fact; when it names nothing, the organisation of
  the sentence, else of the text before (``subject_from`` = ``context``);
- the date: a date of the dates table (matched by offsets) inside the state's own phrase
  (``Армения (со 2 января) и Киргизия (с 12 августа)``: each its own), else inside the
  predicate's clause: the tokens that depend on the clause's verb, without the finite clauses,
  participle clauses and relative clauses nested in it;
- the place of a summit or seat: a city or state after ``в`` in the clause, or the host that holds
  it (``Россия рассчитывает провести саммит в Москве``).

A predicate under a negation (``не вступила``), a modal or planning verb (``может вступить``,
``планирует вступить``), or a noun of what has not happened (``заявка на вступление``,
``решение о передаче председательства``) gives no fact; a future or planned summit is a
``next_summit``, a future chair a ``next_chair``; an associate, observer or partner is no member,
and an ordinal (``десятым членом``) makes a join, not a count. A fact the grammars already read
in the sentence (same predicate, subject and value) is not given twice. The evidence is the
predicate's clause (``text[start:end]``).

Round 6 (issue #15) reads families of construction rather than wordings: enumerations after a
colon or between dashes (from the parse, or in word order where natasha tears a long list apart),
counts with a verb or a possessive, joins told through membership received or a group completed,
chairs through a mandate received, a state replaced or a predecessor, founding told through its
document (``о создании``) or its day, seats through the city that serves as the secretariat's, and
summits through a relative clause on the venue. Where the parse of such a sentence is wrong the
reader falls back on word order only in narrow, stated cases (the words of a participle's clause
between commas, the treaty before its verb, the place right before ``, где``).

Round 7 (issue #15) adds the families of the agencies' usual formulae that the fifth blind set
showed missing: chairs named by the noun (``председателем была Беларусь``, ``как председатель``),
by a pronoun for the chair handed over (``принявшая его у Китая``) or by a chairmanship used
(``использовать председательство``); a founding document's day and place (kept as the founding's
only where the article dates the founding nowhere else, ``without_implied_foundings``), a founding
told as a transformation or the decision on it; founders of an undated founding; statutory purposes
named by a document or the organisation, and the treaty it rests on (``на основе``); summits hosted
(``примет у себя``) or held by the leaders or their council meeting somewhere; counts reached
(``число членов достигло десяти``) and ranks filled (``состав пополнили``).

Round 8 (issue #15) adds the families the sixth blind set showed missing and their neighbours: a
founding document whose signers and place the parse tore off the verb, or named by its title
(``Договор о ЕАЭС подписан ... президентами ...``); a host before ``примет`` or named by a noun
(``хозяйкой саммита станет``); the seat of two joined bodies; a founding told as a status granted;
predecessors and purposes of a founding (``на базе``, ``в целях``, ``для``); a chair verb's term,
the giver of a chair handed over, a chair beside an organisation of means (``через``); returns
(``вновь вступил``, ``восстановил членство``); and dates made of a year and a month written apart or
given by a ``когда`` clause.

Round 11 (issue #15) adds the ninth blind set's families and their neighbours: an institution's
facts (a bank's or a fund's founding, seat and shareholders: ``without_institutions``); lists set
apart by ``помимо`` / ``кроме`` / ``за исключением`` (``with_lists_apart``); a chair by ``свой``;
one of the goals; work begun as the founding; the next meeting with its noun left out; resting on a
treaty by a pronoun or ``основанный на ... от``; a joined verb's own subject after ``, а``; a
plural participle after a list; chairs in the organs; states signing the founding document; the
standing body's seat in a relative clause; a meeting scheduled for a month or a part of the year;
a chair dated by the meeting it was taken at; a body's founding by a passive verb.

Round 12 (issue #15) reads round 11's leftovers and their neighbours: an exit begun, announced,
notified or under way (``начала выход``, ``приступила к выходу``, ``запустила процедуру выхода``,
``объявила о выходе``, ``выходит из СНГ``, a founding document denounced) is ``withdrawing``, not
``left`` (the reference's ``withdrew`` rows: "exit not yet in effect"), while a procedure completed
or in force is ``left`` and one threatened, considered, demanded, intended, asked or denied is none;
a freeze said as a participation negated and ongoing, refused or stopped (``не участвует в работе``,
``не направляет представителей на заседания``, ``отказалась участвовать``, ``не посещает``,
``игнорирует``), not one absence, a part, an exercise or a person's, nor a restatement of a
suspension; a participation suspended is a freeze; a chair succeeded in a post (``сменивший X на
посту председателя``, ``на смену X пришел Y``, ``после X ... перешло к Y``, ``преемником X стал
Y``): the new chair and the one replaced; a change reported by a verb of saying dated by the
announcement, ``республика`` / ``страна`` for the one state named before; ``остается членом``.
"""

import re
from collections import namedtuple

from . import lexicon

# the word lists ``analysis.facts`` reads too, from the same files (this module is called by it and
# does not import it): capitals standing for their countries, country adjectives, the nouns and
# pronouns standing for an organisation, treaty nouns, counts in words
CAPITALS = lexicon.mapping("capitals", "country")
COUNTRY_ADJECTIVES = lexicon.mapping("country_adjectives", "actor_key")
GENERIC_ORG_NOUNS = lexicon.words("organisation_nouns", stands_for="yes", generic="yes")
ORG_NOUNS = lexicon.words("organisation_nouns", stands_for="yes")
PERSONAL_PRONOUNS = lexicon.words("organisation_pronouns", possessive="")
PRONOUNS = lexicon.words("organisation_pronouns")
TREATY_NOUNS = lexicon.words("fact_words", **{"class": "treaty_noun"})
NUMBERS = {word: int(value) for word, value in lexicon.mapping("fact_words", "value", **{"class": "number"}).items()}


def parent_organisation(name, organisations):
    """Stands for ``analysis.facts.parent_organisation`` until ``sentence_relations`` is given it."""
    return Relations.parent(name, organisations)

Entry = namedtuple("Entry", "family objects")


def _entries():
    """``{lemma: [Entry, ...]}``: a word can give more than one fact (``принять председательство``,
    ``принять устав``), told apart by the object it needs."""
    found = {}
    for row in lexicon.rows("fact_relations"):
        objects = frozenset(w for w in row["object"].split("|") if w)
        found.setdefault(row["lemma"], []).append(Entry(row["family"], objects))
    return found


ENTRIES = _entries()
OBJECT_WORDS = frozenset(o for es in ENTRIES.values() for e in es for o in e.objects if o != "subject")
FAMILY = {}
for _lemma, _entries_of in ENTRIES.items():
    for _entry in _entries_of:
        FAMILY.setdefault(_entry.family, set()).add(_lemma)
PREDICATE_FAMILIES = {"joined", "member", "left", "suspended", "froze_participation", "rejoined", "chair",
                      "chair_taken", "chair_given", "chair_moved", "founded", "founder", "meeting", "seat",
                      "hosting", "count", "works_since", "signed", "count_verb", "chair_succeeded", "transformed",
                      "purpose", "based_on", "gathering", "count_growth", "host_noun", "history", "formalised",
                      "meeting_ellipsis", "denounced", "absent"}
TRIGGER_LEMMAS = frozenset(l for l, es in ENTRIES.items() for e in es if e.family in PREDICATE_FAMILIES)
MODALS = FAMILY.get("modal", set())
NOT_YET = FAMILY.get("not_yet", set())
NOT_MEMBER = FAMILY.get("not_member", set())
ORDINALS = FAMILY.get("ordinal", set())
BODY_NOUNS = FAMILY.get("body", set())  # bodies whose seat is no organisation's headquarters
OWN_TREATIES = {"устав", "хартия"}  # named bare, they are the organisation's own
COUNTED_NOUNS = FAMILY.get("count", set())  # what a count of members counts (государств, стран)
MEMBERS_NOUNS = FAMILY.get("founder", set()) | {"член", "участник"}
LEADERS = FAMILY.get("leaders", set())
HELD = FAMILY.get("held", set())
HELD_FUTURE = FAMILY.get("held_future", set())
SEAT_VERBS = FAMILY.get("seat_verb", set())
# (round 9) the words that make ``орган`` the organisation's standing or executive body
STANDING_BODY_WORDS = FAMILY.get("standing_body_word", set())
SIGNATURE_VERBS = FAMILY.get("signature_verb", set())
PURPOSE_VERBS = FAMILY.get("purpose_verb", set())  # verbs naming a statutory goal (договор называет целью)
BASED_VERBS = FAMILY.get("based_verb", set())  # verbs of working or founding ``на основе`` a treaty
CHAIR_USE = FAMILY.get("chair_use", set())  # verbs whose object is a chairmanship held (использовать)
NEGATIONS = {"не", "ни"}
AGAIN = FAMILY.get("again", set())  # a join again or by restoring is a return (round 8)
# (round 12) the words that make an exit begun, announced or under way rather than in effect
# (``начала выход``, ``приступила к выходу``, ``процедура выхода``, ``объявила о выходе``), and the
# verbs that complete such a procedure (``процедура выхода завершилась``: the exit is done)
EXIT_BEGUN = FAMILY.get("exit_begun", set())
EXIT_DONE = FAMILY.get("exit_done", set())
# (round 12) the words over an exit that say it is threatened, considered or demanded, not done
# (``пригрозила выйти``, ``рассматривает выход``, ``не исключила выхода``): no fact (a family of its
# own, not ``modal``: ``обсуждают сотрудничество`` must not silence a count)
EXIT_NOT_DONE = FAMILY.get("exit_not_done", set())
NOTICES = FAMILY.get("notice", set())  # (round 12) ``нота о приостановлении``: the sender acts
DENIALS = FAMILY.get("denial", set())  # (round 12) ``опроверг, что ...``: the clause is denied
EXIT_PROCESS_NOUNS = {"процедура", "процесс"}
STATE_ORGANS = FAMILY.get("state_organ", set())  # (round 12) ``парламент Молдавии``: the state acts
# (round 12) verbs of saying whose reported clause states a change of membership (``сообщил, что
# республика заморозила ...``): the change is dated by its announcement when it has no date of its own
SAYING_VERBS = lexicon.words("speech_verbs")
# (round 12) nouns standing for a state named before them in the sentence (``премьер-министр Армении
# ... сообщил, что республика заморозила ...``)
STATE_NOUNS = FAMILY.get("state_noun", set())
MEMBERSHIP_CHANGES = ("left", "withdrawing", "suspended", "froze_participation")
# collective numeral nouns (``четверка основателей``): the size of the group they name
COLLECTIVES = {word: int(value) for word, value in lexicon.mapping("fact_collectives", "value").items()}
# the capital a country adjective's ``столица`` names (``в российской столице``: Москва)
CAPITAL_OF = {country: city for city, country in CAPITALS.items()}
# the nouns naming the number of members (``численность членов союза составляет пять государств``)
NUMBER_NOUNS = {"численность", "число", "количество"}
MONTHS = lexicon.rows("months")
TIME_NOUNS = lexicon.words("time_nouns")
DASHES_AND_COLON = set(lexicon.DASHES) | {":", "-"}
ADVERSATIVE = {"а", "но", "однако"}

# dependents that open a clause of their own: the reader stays inside the predicate's clause
CLAUSE_RELS = {"acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "acl", "xcomp"}
SUBJECT_RELS = ("nsubj", "nsubj:pass")
# the prepositions that carry the organisation for each family (``в ШОС``, ``к ним``, ``из ОДКБ``)
ORG_PREPOSITIONS = {
    "joined": {"в", "к"}, "member": {"в"}, "left": {"из"}, "rejoined": {"в"}, "chair": {"в"},
    "suspended": {"в"}, "froze_participation": {"в"},
}
VERBISH = {"VERB", "AUX"}
VERB_ENDINGS = ("ть", "ться", "ти", "чь")


def verbal(token):
    """A verb, or a participle natasha tags as an adjective (``Основанное`` with the lemma
    ``основать``), or a capitalised infinitive it takes for a name (``Председательствовать в
    ОДКБ будет ...``)."""
    return token.pos in VERBISH or (token.pos in ("ADJ", "PROPN") and token.lemma.endswith(VERB_ENDINGS))


def participle(token):
    return token.feats.get("VerbForm") == "Part" or (token.pos == "ADJ" and token.lemma.endswith(VERB_ENDINGS))


class ComposedDate(namedtuple("ComposedDate", "start end value")):
    """A fact's date made of two dates of the dates table in one clause (``Relations.year_and_month``)."""
    kind = "composed"


class DatedSentence:
    """``analysis.facts.Sentence`` with one more rule for the dates of facts: a day and month
    without a year (``Соглашение ... 8 декабря ... подписали``), which the dates table places by the
    article's date, takes the year of a date of the same month written with its year before it in
    the same paragraph (``Содружество возникло в декабре 1991 года``): a backgrounder names the
    year once and the days after it."""

    def __init__(self, s):
        self._s = s

    def __getattr__(self, name):
        return getattr(self._s, name)

    def date(self, node):
        if isinstance(node, ComposedDate):
            return node.value
        value = self._s.date(node)
        if getattr(node, "kind", "") != "partial" or "/" in value:
            return value
        if not value:
            # an article without a date leaves a day and month without a value: read them from
            # the words (``8 декабря``)
            words = self._s.text(node.start, node.end).lower()
            m = re.search(r"\b(\d{1,2})\s+(\w+)", words)
            month = next((int(row["number"]) for row in MONTHS if m and re.fullmatch(row["pattern"], m.group(2))), None)
            if month is None:
                return value
            value = "0000-%02d-%02d" % (month, int(m.group(1)))
        if len(value) != 10:
            return value
        inside = self._s.view.within(node.start, node.end)
        if not inside:
            return value
        part = self._s.view.part_id(inside[0].token_id)
        first = inside[0].token_id
        before = [t.lemma for t in self._s.view.tokens[max(0, first - 4):first] if t.pos != "PUNCT"]
        if before[-2:] == ["тогда", "же"]:
            # (round 10) ``получило в 2002 году, тогда же, 7 октября, ... был подписан устав``:
            # ``тогда же`` names the year of the date before it in the sentence
            sentence = self._s.sentence
            for d in reversed([d for d in self._s.article.dates if sentence.start <= d.start and d.end <= node.start
                               and d.kind == "absolute" and re.match(r"\d{4}", d.value or "")]):
                return d.value[:4] + value[4:]
        for d in reversed([d for d in self._s.article.dates if d.end <= node.start and d.kind == "absolute"
                           and d.value and d.value[5:7] == value[5:7]]):
            before = self._s.view.within(d.start, d.end)
            if before and self._s.view.part_id(before[0].token_id) == part:
                return d.value[:4] + value[4:]
        return "" if value.startswith("0000") else value


class Relations:
    """The parse of one sentence of ``analysis.facts.Sentence`` and the lookups the reader needs.
    ``parent`` and ``treaty_owner`` are ``analysis.facts``' functions (the organisation a body's name
    stands for, the organisation a treaty's name belongs to), passed in by the caller."""

    parent = staticmethod(lambda name, organisations: name)
    treaty_owner = staticmethod(lambda gazetteer, treaty: "")

    def __init__(self, s):
        self.s = s
        self.view = s.view
        self.tokens = {t.token_id: t for t in s.tokens}
        self.mention_of = {}
        for m in s.mentions:
            for t in s.tokens:
                if m.start <= t.start and t.end <= m.end:
                    self.mention_of[t.token_id] = m
        self.date_of = {}
        for d in s.dates:
            for t in s.tokens:
                if d.start <= t.start and t.end <= d.end:
                    self.date_of[t.token_id] = d

    # --- the parse -----------------------------------------------------------------------------

    def children(self, token, rels=None):
        return [c for c in self.view.children[token.token_id] if rels is None or c.rel in rels]

    def head(self, token):
        head_id = self.view.head(token.token_id)
        return self.tokens.get(head_id) if head_id is not None else None

    def preposition(self, token):
        for c in self.children(token, {"case"}):
            return c.lemma
        return ""

    def conjuncts(self, token):
        """The token and the tokens joined to it by ``conj`` (``Индии и Пакистана``)."""
        found, todo = [], [token]
        while todo:
            t = todo.pop(0)
            found.append(t)
            # not across ``а`` or ``но``: ``Грузия покинула ОДКБ, а Узбекистан вернулся`` are two clauses
            # and only after the first (a conjunct the parse hung before its head is another list's)
            todo += [c for c in self.children(t, {"conj"}) if c.token_id > token.token_id
                     and not any(cc.lemma in ADVERSATIVE for cc in self.children(c, {"cc"}))
                     and not self.after_closed_list(token, c)]
        return found

    def after_closed_list(self, first, t):
        """(round 11) Whether ``t`` stands behind a comma after a list already closed by ``и``
        (``Членами СНГ являются Армения, Россия и Узбекистан, Туркмения с 2005 года участвует ...
        как ассоциированный член``): it opens a clause of its own, as in ``analysis.facts.states_of``."""
        before = self.tokens.get(t.token_id - 1)
        if before is None or before.text != "," or self.state(t) is None:
            return False
        return any(self.tokens[i].lemma == "и" and self.tokens[i].rel == "cc"
                   for i in range(first.token_id + 1, t.token_id) if i in self.tokens)

    def clause_root(self, token):
        """The verb whose clause the predicate word is in: the word itself when it is a verb or
        participle, a noun's nearest verb above it, an infinitive's governing verb."""
        t, seen = token, set()
        while True:
            seen.add(t.token_id)
            if verbal(t) and not (t.feats.get("VerbForm") == "Inf" and t.rel in ("xcomp", "csubj")):
                return t
            head = self.head(t)
            # (a parse cut into chunks for a long sentence may loop: stop where it comes back)
            if head is None or head.token_id in seen or t.rel in ("acl:relcl", "parataxis", "advcl", "ccomp"):
                return t
            t = head

    def clause(self, root):
        """The ids of the clause's tokens: the root and what depends on it, without the clauses
        nested in it (a participle's, a relative clause, a joined finite verb)."""
        found, todo = {root.token_id}, [root]
        while todo:
            for c in self.children(todo.pop()):
                if c.token_id in found or c.token_id not in self.tokens:
                    continue
                nested = c.rel in CLAUSE_RELS and (verbal(c) or self.children(c, {"cop", "nsubj"}))
                if nested and not (c.rel == "xcomp" and c.feats.get("VerbForm") == "Inf"):
                    continue
                found.add(c.token_id)
                todo.append(c)
        return found

    def own(self, token):
        """The ids of a token's phrase without its conjuncts (``Армения (со 2 января)`` of
        ``Армения (со 2 января) и Киргизия (с 12 августа)``) and without nested clauses."""
        found, todo = {token.token_id}, [token]
        while todo:
            for c in self.children(todo.pop()):
                if c.rel in ("conj", "acl", "acl:relcl") or c.token_id in found:
                    continue
                found.add(c.token_id)
                todo.append(c)
        return found

    # --- arguments -----------------------------------------------------------------------------

    def state(self, token):
        """The state a token names: a country, a historical state, or a capital standing for its
        country (``Ереван объявил ...``), else None."""
        m = self.mention_of.get(token.token_id)
        if m is None:
            return None
        if m.kind in ("country", "historical_state"):
            return m.name
        if m.kind == "city" and m.name in CAPITALS:
            return CAPITALS[m.name]
        return None

    def place(self, token, regions=False):
        """The city or country a token names; ``столица`` with a country's adjective or genitive
        names that country's capital (``в российской столице``: Москва), from ``capitals.csv``.
        ``regions``: a region of the gazetteer too (``в Беловежской пуще``), where a document was
        signed (a meeting's or a seat's place is a city or a country)."""
        m = self.mention_of.get(token.token_id)
        if m is None and token.lemma == "столица":
            for c in self.children(token, {"amod", "nmod"}):
                if self.state(c) in CAPITAL_OF:
                    return CAPITAL_OF[self.state(c)]
        kinds = ("city", "country", "region") if regions else ("city", "country")
        return m.name if m is not None and m.kind in kinds else None

    def organisation(self, token, itself=False):
        """``(name, from)`` of an organisation a token names: ``text`` for a name, ``context`` for
        a generic noun or pronoun standing for it; None otherwise. ``itself``: not one of its
        bodies (``Секретариат ШОС создан в 2004 году`` founds no ШОС)."""
        m = self.mention_of.get(token.token_id)
        if m is not None:
            if m.kind == "organisation":
                parent = parent_organisation(m.name, self.s.organisations)
                return None if itself and parent != m.name else (parent, "text")
            return None
        if token.lemma in GENERIC_ORG_NOUNS | PERSONAL_PRONOUNS | PRONOUNS or token.lemma in ("состав",):
            return "", "context"
        if token.lemma in ORG_NOUNS & TREATY_NOUNS and not self.children(token, {"nmod", "amod"}):
            return "", "context"  # a bare ``договор`` stands for the organisation founded on it
        return None

    def resolve_relative(self, token):
        """``который`` stands for the noun its relative clause hangs on; where the parse lost the
        relative clause (round 8: ``на основе Договора о ЕАЭС, который президенты ... подписали``,
        with ``подписали`` a second root), for the noun before its comma that agrees with it in
        gender and number, named last."""
        if token.lemma != "который":
            return token
        t, steps = token, 0
        while t is not None and t.rel != "acl:relcl" and steps < len(self.tokens):
            t, steps = self.head(t), steps + 1
        if t is not None and self.head(t) is not None:
            return self.head(t)
        comma = self.tokens.get(token.token_id - 1)
        if comma is None or comma.text != "," or not token.feats.get("Number"):
            return token
        for i in range(comma.token_id - 1, min(self.tokens) - 1, -1):
            t = self.tokens[i]
            if t.pos == "PUNCT" or verbal(t):
                break
            if t.pos in ("NOUN", "PROPN") and t.feats.get("Number") == token.feats.get("Number") and (
                    token.feats.get("Number") == "Plur" or t.feats.get("Gender") == token.feats.get("Gender")):
                return t
        return token

    def states_at(self, token):
        """The states named by a token and its conjuncts, as ``(name, token)``."""
        token = self.resolve_relative(token)
        found = []
        for t in self.conjuncts(token):
            name = self.state(t)
            if name:
                found.append((name, t))
            elif t.pos == "ADJ" and t.lemma in COUNTRY_ADJECTIVES:
                continue
        return found

    def apart(self, a, b):
        """Whether a finite verb that is not in either's clause stands between two tokens: the
        parse has then joined words of two clauses (``X покинули договор, причем Y вернулся``)."""
        lo, hi = sorted((a.token_id, b.token_id))
        mine = self.view.subtree_ids(b.token_id) | self.view.subtree_ids(a.token_id)
        return any(t.feats.get("VerbForm") == "Fin" and t.token_id not in mine
                   for t in (self.tokens.get(i) for i in range(lo + 1, hi)) if t is not None)

    def across_clauses(self, verb, subject):
        """A subject after its verb behind a comma and a conjunction (``покинули договор, причем
        Ташкент ...``) belongs to the next clause."""
        if subject.token_id < verb.token_id:
            return False
        between = [self.tokens.get(i) for i in range(verb.token_id + 1, subject.token_id)]
        return any(t is not None and t.pos in ("CCONJ", "SCONJ") and self.tokens.get(t.token_id - 1) is not None
                   and self.tokens[t.token_id - 1].text == "," for t in between)

    def verb_between(self, a, b):
        """Whether a verb or participle other than an auxiliary stands between two tokens: a place
        after it (``..., ее устав подписан в Кишиневе``) is that verb's, wherever the parse hung it."""
        lo, hi = sorted((a.token_id, b.token_id))
        return any(verbal(self.tokens[j]) and self.tokens[j].rel not in ("aux", "aux:pass", "cop")
                   for j in range(lo + 1, hi) if j in self.tokens)

    def first_conjunct(self, token):
        for _ in range(len(self.tokens)):
            if not (token.rel == "conj" and self.head(token) is not None and self.state(self.head(token))):
                break
            token = self.head(token)
        return token

    def nominative_before(self, verb):
        """The state in the nominative named last before a verb, with no finite verb between: the
        subject of a clause whose parse lost it."""
        for i in range(verb.token_id - 1, min(self.tokens) - 1, -1):
            t = self.tokens[i]
            if t.feats.get("VerbForm") == "Fin" or t.pos == "PUNCT":
                return None  # not across a comma: ``входили шесть стран - ..., Узбекистан, в 2017 году к ним присоединились``
            if self.state(t) and t.feats.get("Case") == "Nom" and t.pos == "PROPN":
                return self.first_conjunct(t)
        return None

    def subject_of(self, verb, depth=0):
        """The verb's subject: its ``nsubj``, the noun a participle hangs on, the subject of the
        first of two joined verbs; a subject the parse hung across another finite verb is replaced
        by the state named in the nominative right before the verb."""
        subjects = [c for c in self.children(verb, SUBJECT_RELS) if not self.apart(c, verb)
                    and not self.across_clauses(verb, c)]
        # (round 11) of two subjects the parse gave the verb, the one naming a state (``Председательство
        # в ШОС Киргизия приняла у Китая``: the object fronted, taken for a subject)
        # (only where the other is the object a predicate word needs, fronted: ``председательство``,
        # ``эстафета``; ``Расширение 2024 года привело в БРИКС Египет`` keeps its order)
        if any(c.lemma in OBJECT_WORDS for c in subjects) and any(self.state(c) for c in subjects):
            subjects = [c for c in subjects if self.state(c)] + [c for c in subjects if not self.state(c)]
        if subjects:
            return self.resolve_relative(subjects[0])
        if verb.feats.get("VerbForm") == "Fin" and verb.rel == "conj":
            # (round 11) a joined verb after ``, а`` whose own subject the parse hung on the first
            # verb as a conjunct (``В 2008 году из СНГ вышла Грузия, а Украина в 2018 году отозвала
            # своих представителей ...``): the state in the nominative between ``а`` / ``но`` and the
            # verb is its subject
            i = verb.token_id - 1
            while i in self.tokens and self.tokens[i].text not in ",;:" and self.tokens[i].lemma not in ADVERSATIVE:
                t = self.tokens[i]
                if t.rel == "conj" and t.feats.get("Case") == "Nom" and self.state(t) and self.head(t) is not None \
                        and self.head(t).token_id != verb.token_id and verbal(self.head(t)):
                    return t
                i -= 1
        if verb.feats.get("VerbForm") == "Fin" and not (verb.rel == "conj" and self.children(verb, SUBJECT_RELS) == []):
            found = self.nominative_before(verb)
            if found is not None:
                return found
        if participle(verb) and verb.rel in ("acl", "acl:relcl", "amod", "appos"):
            head = self.head(verb)
            # ``Основанное в 2006 году ..., объединение расширилось``: a participle opening the
            # sentence that the parse hung on the verb describes the verb's subject
            if head is not None and verbal(head):
                return next(iter(self.children(head, {"nsubj", "nsubj:pass"})), None)
            return head
        if verb.rel == "conj" and self.head(verb) is not None and verbal(self.head(verb)):
            return self.subject_of(self.head(verb), depth + 1) if depth < 8 else None
        if verb.feats.get("VerbForm") == "Inf" and self.head(verb) is not None:
            head = self.head(verb)
            # ``Россия, которой выпало председательствовать``: the dative of the governing verb
            for c in self.children(head, {"iobj", "obl"}):
                if c.lemma == "который" or self.state(c):
                    return self.resolve_relative(c)
            return self.subject_of(head, depth + 1) if verbal(head) and depth < 8 else None
        return None

    def agents(self, word, verb_first=True):
        """The states that act in a predicate word: a verb's subject, a verbal noun's genitive or
        country adjective (``вступление Ирана``, ``индийское председательство``), else the subject
        of the verb it depends on."""
        if verbal(word):
            subject = self.subject_of(word)
            found = self.states_at(subject) if subject is not None else []
            if not found and participle(word) and word.rel in ("acl", "amod") and word.token_id - 2 in self.tokens \
                    and self.tokens[word.token_id - 1].text == ",":
                # (round 11) a participle the parse hung on the noun before the state it describes
                # (``предложение Казахстана, председательствующего в органах союза в 2026 году``):
                # the state right before its comma, in the participle's case
                before = self.tokens[word.token_id - 2]
                if self.state(before) and before.feats.get("Case") == word.feats.get("Case"):
                    found = [(self.state(before), before)]
            if participle(word) and word.rel in ("acl", "amod") and word.feats.get("Number") == "Plur":
                # (round 11) a plural participle after a list (``..., а также Египет, Иран, ОАЭ и
                # Эфиопия, ставшие его членами 1 января 2024 года``) describes the whole list, which
                # the parse may have hung on an earlier list: the states right before its comma, in
                # word order, back to the first word that is neither a state, a comma nor ``и``
                listed, i = [], word.token_id - 1
                if i in self.tokens and self.tokens[i].text == ",":
                    i -= 1
                    while i in self.tokens and (self.state(self.tokens[i]) or self.tokens[i].text in (",", "и")
                                                or self.tokens[i].token_id in self.mention_of):
                        t = self.tokens[i]
                        name = self.state(t)
                        if name and self.mention_of.get(t.token_id) is not None and \
                                not any(self.mention_of.get(u.token_id) is self.mention_of[t.token_id] for _, u in listed):
                            listed.insert(0, (name, t))
                        i -= 1
                if listed:
                    # (the list's own states only, whatever the parse hung the participle on: a
                    # head after it is the next item's, ``..., ставшие его членами ..., и
                    # Индонезия, присоединившаяся ...``; one before ``а также`` is another list's)
                    found = listed
            return found
        found = []
        for c in self.children(word, {"nmod", "amod"}):
            if c.rel == "nmod" and c.feats.get("Case") == "Gen" and not self.preposition(c):
                found += self.states_at(c)
            elif c.rel == "amod" and c.lemma in COUNTRY_ADJECTIVES:
                name = self.state(c)
                if name:
                    found.append((name, c))
        if not found:
            # (round 13) ``после вступления в объединение Египта, Эфиопии и Ирана``, ``вступления
            # в БРИКС Египта``: with the organisation before the states, the parse hangs their
            # genitives on the organisation; an organisation is of no state, so they are the
            # noun's own
            for target in self.children(word, {"nmod", "obl"}):
                if self.preposition(target) and self.organisation(target) is not None:
                    for c in self.children(target, {"nmod", "conj"}):
                        # (a state the parse made a conjunct of the organisation is one more of
                        # the list: ``в объединение Египта и ОАЭ в 2024 году и Индонезии ...``)
                        if (c.feats.get("Case") == "Gen" and not self.preposition(c) and c.token_id > target.token_id
                                and (c.rel == "nmod" or self.state(c))):
                            found += [x for x in self.states_at(c) if x not in found]
        if found:
            return found
        head = self.head(word)
        if head is not None and verbal(head) and word.rel in ("obl", "obj", "nsubj"):
            if word.rel == "nsubj":
                return []
            subject = self.subject_of(head)
            return self.states_at(subject) if subject is not None else []
        return []

    def targets(self, word, prepositions):
        """The dependents of a word after one of the prepositions (``в ШОС``), and its bare
        genitive for a noun, as tokens."""
        found = []
        for c in self.children(word, {"obl", "nmod", "obj", "iobj"}):
            p = self.preposition(c)
            if p in prepositions:
                found.append(c)
        return found

    def date_in(self, ids, heads=None, near=None):
        """The date of the dates table among ``ids`` that depends on one of ``heads`` (any of
        ``ids`` when None), the one nearest to the token ``near`` (else the first): a date inside
        a noun's phrase is the noun's (``Договора о коллективной безопасности 1992 года`` dates
        the treaty, not the founding). A date may hang on its day number (``27 ноября``)."""
        found = []
        for tid in sorted(ids):
            d = self.date_of.get(tid)
            if d is None or d in found or not (d.value or self.s.date(d)):
                continue
            if heads is not None and not self.hangs_on(d, heads):
                continue
            found.append(d)
        if not found:
            return None
        if near is None:
            chosen = found[0]
        else:
            chosen = min(found, key=lambda d: abs(min(i for i, x in self.date_of.items() if x is d) - near.token_id))
        return self.year_and_month(chosen, found)

    def year_and_month(self, chosen, found):
        """(round 8) A year and a month written apart in one clause are one date (``в прошлом году
        прошло в Минске в июне``: June of last year; the dates table places the bare month by the
        article's date on its own): the year's date with the month's number, as a ``ComposedDate``.
        Only one year and one bare month (no year in its words) among the clause's dates."""
        years = [d for d in found if len(self.s.date(d)) == 4]
        months = [d for d in found if d.kind == "partial" and len(self.s.date(d)) == 7
                  and not re.search(r"\d{4}", self.s.text(d.start, d.end))]
        if chosen not in years + months or len(years) != 1 or len(months) != 1:
            return chosen
        year, month = years[0], months[0]
        return ComposedDate(min(year.start, month.start), max(year.end, month.end),
                            self.s.date(year) + self.s.date(month)[4:])

    def hangs_on(self, d, heads):
        inside = {i for i, x in self.date_of.items() if x is d}
        for i in inside:
            h = self.view.head(i)
            for _ in range(2):
                if h is None or h in inside:
                    break
                if h in heads:
                    return True
                token = self.tokens.get(h)
                if token is None or not token.text.isdigit():
                    break
                h = self.view.head(h)
        return False

    def instrumentals_after(self, word):
        """The states in the instrumental right after a participle (``Основанное в 2006 году
        Бразилией, Россией, Индией и Китаем, объединение``), for a parse that hung them elsewhere:
        up to the first punctuation that does not join the list."""
        found, i = [], word.token_id + 1
        while i in self.tokens:
            t = self.tokens[i]
            if self.state(t) and t.feats.get("Case") == "Ins":
                found.append(t)
            elif t.pos == "PUNCT" and t.text == "," and self.tokens.get(i + 1) is not None and \
                    self.state(self.tokens[i + 1]):
                pass
            elif t.pos == "PUNCT" or verbal(t):
                break
            i += 1
        return found

    def verb_follows(self, token):
        """Whether a verb follows the token before the next comma or the end of the sentence:
        ``..., а Узбекистан в 2006 году вернулся`` is a clause of its own, not a gapped one."""
        i = token.token_id + 1
        while i in self.tokens and self.tokens[i].text not in ",;.":
            if verbal(self.tokens[i]):
                return True
            i += 1
        return False

    def date_after(self, word):
        """The date that follows a verb before any comma or other verb (``покинули договор в 1999
        году, ...``), for a parse that hung it elsewhere."""
        if not verbal(word):
            return None
        i = word.token_id + 1
        while i in self.tokens:
            t = self.tokens[i]
            if i in self.date_of:
                return self.date_of[i]
            if t.pos == "PUNCT" or verbal(t):
                return None
            i += 1
        return None

    def same_year(self, d, near=None):
        """A date's value; ``в августе того же года``, ``в том же году`` (which the dates table
        leaves without a value) take the year of the date written last before them in the
        sentence, and the month their words name."""
        value = self.s.date(d)
        words = self.s.text(d.start, d.end).lower()
        if not re.search(r"\bтого же года\b|\bтом же году\b", words):
            return value
        # (the dates table may take the year from a date of an earlier sentence: the one written
        # last before in the same sentence is the nearer antecedent)
        before = [x for x in self.s.dates if x.end <= d.start and self.s.date(x)]
        if not before:
            return value
        year = self.s.date(before[-1])[:4]
        if value.startswith(year) and len(value) == 10:
            return value  # the day is known too (``7 октября того же года``: ``Sentence.same_year``)
        for row in MONTHS:
            if re.search(r"\b(?:%s)\b" % row["pattern"], words):
                return "%s-%02d" % (year, int(row["number"]))
        return year

    def enumeration_after(self, token):
        """The states listed in word order after a noun (``девять государств: A, B и C``,
        ``основателей — A, B, C и D —``): from the colon or dash that follows the noun and its
        genitives, through states, commas and ``и``, up to the closing dash or anything else."""
        phrase = self.view.subtree_ids(token.token_id)
        i = token.token_id + 1
        while i in self.tokens and i in phrase and self.tokens[i].text not in DASHES_AND_COLON:
            i += 1
        if i not in self.tokens or self.tokens[i].text not in DASHES_AND_COLON:
            return []
        found, i = [], i + 1
        while i in self.tokens:
            t = self.tokens[i]
            name = self.state(t)
            if name:
                m = self.mention_of[i]
                if not found or found[-1][0] != name or self.mention_of.get(found[-1][1].token_id) is not m:
                    found.append((name, t))
            elif t.text not in (",", "и"):
                break
            i += 1
        return found

    def same_year_words(self, ids):
        """``в том же году``, which the dates table does not read: the year of the date written
        last before it in the sentence, or empty."""
        for i in sorted(ids):
            t = self.tokens.get(i)
            if t is not None and i not in self.date_of and t.lemma == "год" \
                    and any(c.lemma == "тот" for c in self.children(t, {"det"})) \
                    and any(x.lemma == "же" for x in self.tokens.values() if x.token_id in (i - 1, i - 2)):
                before = [self.date_of[j] for j in range(min(self.tokens), i) if j in self.date_of]
                before = [d for d in before if self.s.date(d)]
                return self.s.date(before[-1])[:4] if before else ""
        return ""

    def stretch(self, word):
        """The ids from a word to the next comma or the end of the sentence: the words of a
        participle's or gerund's clause between commas, for a parse that hung them elsewhere."""
        found, i = set(), word.token_id
        while i in self.tokens and (i == word.token_id or self.tokens[i].text not in ",;:"):
            found.add(i)
            i += 1
        return found

    def when_date(self, verb, marks=False):
        """The date a ``когда`` clause stands for (``15 июня 2001 года, когда в Шанхае была
        подписана декларация``): the date written last before ``когда``."""
        # (``marks``: natasha may tag ``когда`` as a subordinating conjunction too; round 8 reads
        # that for a summit only, ``_meeting``)
        whens = [c for c in self.children(verb, {"advmod", "mark"} if marks else {"advmod"})
                 if c.lemma == "когда" and c.token_id < verb.token_id]
        if not whens:
            return None
        before = [self.date_of[i] for i in range(min(self.tokens), whens[0].token_id) if i in self.date_of]
        return before[-1] if before and before[-1].value else None

    def negated(self, *tokens):
        return any(c.lemma in NEGATIONS for t in tokens if t is not None for c in self.children(t, {"advmod", "neg"}))

    def modal(self, word, root):
        """Whether the predicate is only wanted, planned or possible: an infinitive under a modal
        verb or adjective (``может вступить``, ``намерена вступить``), a verbal noun under a noun
        of what has not happened (``заявка на вступление``)."""
        t = word
        for _ in range(3):
            head = self.head(t)
            if head is None:
                return False
            if head.lemma in NOT_YET and not verbal(t) and not (
                    head.token_id > t.token_id and any(self.tokens[i].pos == "PUNCT" for i in range(t.token_id, head.token_id)
                                                       if i in self.tokens)):
                # (round 10: not a noun after a comma that the parse made the head, ``в год
                # председательства России в БРИКС, по инициативе российской стороны``)
                return True
            if head.lemma in MODALS and (t.feats.get("VerbForm") == "Inf" or not verbal(t)):
                return True
            if verbal(t) and t.feats.get("VerbForm") != "Inf":
                return False
            t = head
        return False

    def future(self, word, root):
        """Whether the clause speaks of what is to come: a future verb (``вступит``, ``будет
        председательствовать``)."""
        for t in (word, root):
            if t is None:
                continue
            if t.feats.get("Tense") == "Fut":
                return True
            # ``будет председательствовать``: natasha may tag the auxiliary's tense as present
            if any(c.lemma == "быть" and (c.feats.get("Tense") == "Fut" or c.text.lower().startswith("буд"))
                   for c in self.children(t, {"aux", "aux:pass"})):
                return True
        return False


PHRASE_PREDICATES = {"treaty_signed", "based_on", "purpose", "kind"}


def phrase_key(fact):
    """A fact whose value is a phrase is known by its predicate, subject and date: the grammars'
    ``Договор о Евразийском экономическом союзе`` and this reader's wording of the same treaty are
    one fact."""
    return (fact[0], fact[1], "\x01" + fact[3]) if fact[0] in PHRASE_PREDICATES else fact[:3]


def has_predicate(tokens):
    """Whether a sentence holds a predicate word of the lexicon: the cheap test before the parse
    is read."""
    return any(t.lemma in TRIGGER_LEMMAS or entry_lemma(t) in TRIGGER_LEMMAS for t in tokens)


COUNTED_PREFIXES = {w[:5] for w in COUNTED_NOUNS}


def entry_lemma(word):
    """The lemma a word is looked up by in ``fact_relations.csv``: its own, or for a compound of a
    counted noun and a founders noun its second part (round 10: ``государствами-основателями``,
    ``Странами-учредителями``, which natasha lemmatises unevenly, ``государствами-учредитель``)."""
    lemma = word.lemma
    if lemma in ENTRIES or "-" not in lemma:
        return lemma
    first, last = lemma.split("-", 1)
    if first[:5] in COUNTED_PREFIXES and last in FAMILY.get("founder", set()):
        return last
    return lemma


def sentence_relations(s, known=(), parent=None, treaty_owner=None):
    """The facts of one sentence read from its parse, as the tuples ``analysis.facts`` collects:
    ``(predicate, subject, value, date, start, end, subject_from)``. ``known`` holds the
    ``(predicate, subject, value)`` the grammars read in the sentence: those are not given again.
    ``parent`` and ``treaty_owner`` are ``analysis.facts.parent_organisation`` and
    ``treaty_organisation``."""
    if parent is not None:
        Relations.parent = staticmethod(parent)
    if treaty_owner is not None:
        Relations.treaty_owner = staticmethod(treaty_owner)
    r = Relations(DatedSentence(s))
    found = []
    for word in s.tokens:
        for entry in ENTRIES.get(entry_lemma(word), ()):
            if entry.family not in PREDICATE_FAMILIES:
                continue
            read_here = list(read(r, word, entry))
            if entry.family in ("joined", "member") and again(r, word):
                # (round 8) a join again is a return (``Узбекистан вновь вступил в ОДКБ``,
                # ``восстановил членство``): rejoined, as ``вернулся``
                read_here = [("rejoined",) + f[1:] if f[0] == "joined" else f for f in read_here]
            if any(f[0] == "treaty_signed" and phrase_key(f[:4]) in known for f in read_here):
                # the grammars read this signing: what the reader adds to it is theirs too, except
                # what a founding document says of the founding (``Соглашение о создании СНГ было
                # подписано 8 декабря 1991 года в Беловежской пуще``: the grammars read the treaty)
                read_here = [f for f in read_here if f[0] in DOCUMENT_FOUNDING_PREDICATES]
            for predicate, subject, value, date, clause, source in read_here:
                implied = predicate in (IMPLIED_FOUNDING, IN_FORCE_FOUNDING)
                in_force = predicate == IN_FORCE_FOUNDING
                predicate = "founded" if implied else predicate
                fact = (predicate, subject, value, date)
                # what the grammars read is not given again, unless they read it undated and the
                # reader has its date (``перестала быть членом в августе 2009 года``) or, for a
                # chair, the state's own term (``у Беларуси, выполнявшей эту функцию в 2025 году``);
                # the undated one is then dropped (``without_undated_twins``). The date of a
                # handover (``приняла у Киргизии на саммите 27 ноября``) is no term of the chair.
                # (round 8: so is the date of a verb of holding the chair, ``председательствует в
                # органах ЕАЭС с 1 января 2026 года``, which the grammars read undated)
                own_term = date and fact[:3] + ("",) in known and (
                    "функция" in entry.objects or predicate not in ("chair", "next_chair")
                    or (entry.family == "chair" and verbal(word) and predicate == "chair")
                    # (round 10: so is the date of a chairmanship noun, its own or the date its
                    # ``в год`` stands beside, ``в 2024 году, в год председательства России``)
                    or (entry.family == "chair" and word.lemma == "председательство" and predicate == "chair")
                    # (round 11: so is the date of the meeting a chair was taken at, ``приняла у Китая
                    # по итогам саммита в Тяньцзине 1 сентября 2025 года``, the annotators' reading)
                    or (entry.family == "chair_taken" and predicate == "chair" and meeting_date(r, word) == date))
                # (or read it with a coarser date: ``В 2015-м ... Армения (со 2 января)``: the
                # grammars' 2015, the reader's 2015-01-02; the coarser one is then dropped)
                finer = date and predicate not in ("chair", "next_chair") and any(
                    len(k) == 4 and k[:3] == fact[:3] and k[3] and date.startswith(k[3]) and len(date) > len(k[3])
                    and "/" not in k[3] for k in known)
                blocked = fact in known or (fact[0] in PHRASE_PREDICATES and phrase_key(fact) in known) or (
                    fact[:3] in known and not own_term and not finer)
                if subject and not blocked:
                    fact = (predicate, subject, value, date, clause[0], clause[1], source)
                    found.append((InForceFounding(fact) if in_force else DocumentFounding(fact)) if implied else fact)
    seen, unique = set(), []
    for fact in found:
        if fact[:4] not in seen:
            seen.add(fact[:4])
            unique.append(fact)
    return without_undated_twins(unique)


# a founding read from its founding document's date (``Соглашение о создании СНГ было подписано 8
# декабря 1991 года``): given as this predicate by ``_founding_document`` and kept only where the
# article dates the founding nowhere else (``without_implied_foundings``)
IMPLIED_FOUNDING = "founded_by_document"
# (round 9) a founding read from its founding document's entry into force: kept as the signing's,
# and before it
IN_FORCE_FOUNDING = "founded_in_force"
DOCUMENT_FOUNDING_PREDICATES = {IMPLIED_FOUNDING, "founded_place", "founding_member", "founding_member_count"}


class DocumentFounding(tuple):
    """A ``founded`` fact read from the date its founding document was signed."""


class InForceFounding(DocumentFounding):
    """(round 9) A ``founded`` fact read from the date its founding document entered into force."""


def founding_title(predicate, subject, value):
    """A founding document's title where the text names it ``о создании`` (``Договор о создании
    ЕАЭС`` is the Договор о Евразийском экономическом союзе, ``founding_documents.csv``); any other
    value as it is."""
    if predicate not in ("treaty_signed", "based_on"):
        return value
    words = value.split()
    if len(words) == 4 and words[1:3] == ["о", "создании"] and words[3] == subject:
        return FOUNDING_TITLES.get((subject, words[0].lower()), value)
    return value


def without_implied_foundings(facts):
    """A founding document's date is the founding's (the CIS dates its founding by the Belovezh
    agreement of 8 December 1991), unless the article dates the founding otherwise: ``Союз
    функционирует с 1 января 2015 года: подписи под договором о его создании ... поставили ... 29
    мая 2014 года`` founds the union in 2015, and the treaty's day is only the treaty's. ``facts``
    are the article's facts in the order they were read; the document's founding is dropped when
    another ``founded`` fact of the same organisation is there."""
    stated = {f[1] for f in facts if f[0] == "founded" and not isinstance(f, DocumentFounding)}
    # (round 9) the day a founding document entered into force stands before the day it was signed
    in_force = {f[1] for f in facts if isinstance(f, InForceFounding)}
    return [f for f in facts if not (isinstance(f, DocumentFounding) and (
        f[1] in stated or (f[1] in in_force and not isinstance(f, InForceFounding))))]


INSTITUTIONS = FAMILY.get("institution", set())


def institution(name):
    """Whether an organisation's canonical name is headed by a word of an institution (``Новый
    банк развития``: ``банк``), which has shareholders, not member states."""
    return any(word.lower() in INSTITUTIONS for word in name.split())


def without_institutions(facts, mentions, parent, text=""):
    """(round 11) The layer's facts are those of organisations of states: their members, founders,
    chairs, summits and seats. A bank or a fund (``institution``) is founded by states and has a seat,
    but its founders and shareholders are not members (``Помимо основателей, акционерами банка
    являются ...``) and the ninth set's annotators, as the second set's, record none of its facts.
    So a fact of an institution is dropped, except a chair: chairs rotate in the organisation of
    states, and a chairmanship named in a sentence about the bank (``банк поддерживает стремление
    индийского председательства``) is that of the organisation of states named last before it (else
    first after it). ``facts`` are tuples ``(predicate, subject, value, date, start, end, source)``,
    ``mentions`` the article's, ``parent`` maps a mention's name to its organisation; ``text`` the
    article's text: a canonical name may be an abbreviation (``ЕАБР``), the words written
    (``Евразийский банк развития``) say what it is."""
    institutions = {parent(m.name) for m in mentions if m.kind == "organisation"
                    and (institution(parent(m.name)) or institution(text[m.start:m.end]))}
    states_orgs = [(m.start, parent(m.name)) for m in mentions if m.kind == "organisation"
                   and parent(m.name) not in institutions]
    kept = []
    for fact in facts:
        if fact[1] not in institutions and not institution(fact[1]):
            kept.append(fact)
        elif fact[0] in ("chair", "next_chair") and states_orgs:
            before = [name for start, name in states_orgs if start < fact[4]]
            owner = before[-1] if before else states_orgs[0][1]
            kept.append(fact[:1] + (owner,) + fact[2:6] + ("context",) + fact[7:])
    return kept


def with_lists_apart(s, facts):
    """(round 11) A list set apart by ``помимо`` / ``кроме`` before the verb of a members' or
    founders' list (``Помимо Беларуси, Казахстана и России, в ЕАЭС входят Армения и Кыргызстан``,
    ``Кроме России, учредителями ... стали``) names members (founders) too: each state in it gets the
    list's fact, its evidence from the word to the list's end. One set apart after the verb (``входят
    все страны региона, кроме Узбекистана``) or by ``за исключением`` is left out: its states' rows
    go. ``s`` is the sentence of ``analysis.facts``, ``facts`` its facts (tuples ``(predicate,
    subject, value, date, start, end, source)``)."""
    tokens = list(s.tokens)
    phrases = []
    for i, t in enumerate(tokens):
        lemma = t.lemma.lower()
        if lemma in APART or (lemma in EXCEPT and i and tokens[i - 1].text.lower() == "за"):
            # the states joined by commas and ``и`` right after the word
            countries = [m for m in s.mentions if m.kind in ("country", "historical_state")]
            states, end = [], None
            for u in tokens[i + 1:]:
                m = next((m for m in countries if m.start <= u.start and u.end <= m.end), None)
                if m is not None:
                    if m.name not in states:
                        states.append(m.name)
                    end = m.end
                elif u.text not in (",", "и"):
                    break
            # (``помимо`` never leaves out; ``кроме`` after ``все`` does: ``все страны, кроме X``)
            excluding = lemma in EXCEPT or (lemma == "кроме" and any(u.lemma == "весь" for u in tokens[:i]))
            if states:
                phrases.append((excluding, t.start, end, states))
            elif i + 1 < len(tokens) and entry_lemma(tokens[i + 1]) in FAMILY.get("founder", set()):
                # ``Помимо основателей, членами ... являются X``: X are no founders
                phrases.append(("founders", t.start, tokens[i + 1].end, []))
    if not phrases:
        return facts
    kept = list(facts)
    for excluding, start, end, states in phrases:
        if excluding is False and states:
            # ``В состав ЕАЭС, помимо России, входят еще четыре государства``: ``еще N`` counts the
            # others, the states set apart are members too and in the count
            more = [t for i, t in enumerate(tokens[1:], 1) if tokens[i - 1].lemma in ("еще", "ещё")
                    and (t.text.isdigit() or t.lemma in NUMBERS) and t.start >= end]
            counts = [f for f in kept if f[0] == "member_count" and more and f[4] <= more[0].start < f[5]]
            for f in counts:
                kept.remove(f)
                kept.append(f[:2] + (str(int(f[2]) + len(states)),) + f[3:4] + (min(start, f[4]),) + f[5:])
                for name in states:
                    if not any(k[0] == "member" and k[2] == name for k in kept):
                        kept.append(("member", f[1], name, f[3], min(start, f[4]), f[5], f[6]))
        if excluding == "founders":
            kept = [f for f in kept if not (f[0] in ("founding_member", "founding_member_count") and end <= f[5])]
            continue
        listed = [f for f in facts if f[0] in ("member", "founding_member") and f[2] not in states]
        # (the list after the words set apart: its states named after them, whatever the evidence)
        before = [f for f in listed if any(m.name == f[2] and m.start >= end for m in s.mentions)]
        if not excluding and before:
            for f in before:
                for name in states:
                    fact = (f[0], f[1], name, f[3], min(start, f[4]), f[5], f[6])
                    if not any(k[:3] == fact[:3] for k in kept):
                        kept.append(fact)
        elif excluding:
            kept = [f for f in kept if not (f[0] in ("member", "founding_member") and f[2] in states)]
    return kept


def without_undated_twins(facts):
    """An undated fact whose dated twin (same predicate, subject and value) has an overlapping
    evidence is the same statement read less fully (``Казахстан принял председательство у
    Беларуси, выполнявшей эту функцию в 2025 году``: Belarus chaired in 2025): only the dated one
    stays. Twins in clauses apart (``руководит Россия: председательство перешло к ней``) are two
    statements."""
    dated = [f for f in facts if f[3]]
    facts = [f for f in facts if f[3] or not any(
        d[:3] == f[:3] and d[4] < f[5] and f[4] < d[5] for d in dated)]
    # and a date that is a coarser reading of a twin's (``2015`` beside ``2015-01-02``, overlapping)
    facts = [f for f in facts if not (f[3] and "/" not in f[3] and any(
        d[:3] == f[:3] and d[3] != f[3] and d[3].startswith(f[3]) and d[4] < f[5] and f[4] < d[5] for d in dated))]
    # the same for a summit read without its place beside the one read with it (``В прошлом году
    # заседание Совета ... принимал Бишкек``: the grammars see the date, the reader the host)
    placed = [f for f in facts if f[0] in ("summit", "next_summit") and f[2]]
    facts = [f for f in facts if not (f[0] in ("summit", "next_summit") and not f[2] and any(
        p[0] == f[0] and p[1] == f[1] and p[3] == f[3] and p[4] < f[5] and f[4] < p[5] for p in placed))]
    # (round 8) a seat read as a country beside the same seat read as its capital (``находится в
    # белорусской столице``: the grammars take the adjective for the state) is the coarser reading
    seats = [f for f in facts if f[0] == "headquarters" and f[2] in CAPITALS]
    facts = [f for f in facts if not (f[0] == "headquarters" and any(
        p[1] == f[1] and CAPITALS[p[2]] == f[2] and p[4] < f[5] and f[4] < p[5] for p in seats))]
    # (round 9) a meeting's host state beside the meeting's city in that state, read from one
    # statement (``Россия ... проведет саммит в Москве``): the city is the finer reading
    cities = [f for f in facts if f[0] in ("summit", "next_summit") and f[2] in CAPITALS]
    facts = [f for f in facts if not (f[0] in ("summit", "next_summit") and any(
        p[0] == f[0] and p[1] == f[1] and CAPITALS[p[2]] == f[2] and p[4] < f[5] and f[4] < p[5] for p in cities))]
    # (round 12) a meeting with no place of its own named as what a state stays away from (``не
    # посещает заседания ОДКБ с 2024 года``) is no summit held: the freeze stays
    stayed_away = [f for f in facts if f[0] == "froze_participation"]
    facts = [f for f in facts if not (f[0] == "summit" and not f[2] and any(
        p[1] == f[1] and p[4] <= f[4] and f[5] <= p[5] for p in stayed_away))]
    # (round 9) an exit the grammars read where the reader sees agreements left, a freeze
    # (``вышла из более чем 70 соглашений СНГ``): the freeze stays
    freezes = [f for f in facts if f[0] == "froze_participation"]
    facts = [f for f in facts if not (f[0] == "left" and any(
        p[1:3] == f[1:3] and p[4] < f[5] and f[4] < p[5] for p in freezes))]
    # (round 8) and a join the grammars read where the reader sees a return (``вновь вступил``):
    # the return stays
    returns = [f for f in facts if f[0] == "rejoined"]
    # (round 10) and a join the grammars read where the reader sees the first members, the
    # founders (``Первыми членами ЕАЭС стали ...``): the founding member stays
    returns += [f for f in facts if f[0] == "founding_member"]
    return [f for f in facts if not (f[0] == "joined" and any(
        p[1:3] == f[1:3] and (p[3] == f[3] or not f[3]) and p[4] < f[5] and f[4] < p[5] for p in returns))]


APART = FAMILY.get("apart", set())  # (round 11) ``помимо``, ``кроме``: a list set apart
EXCEPT = FAMILY.get("except", set())  # (round 11) ``за исключением``


def read(r, word, entry):
    s = r.s
    if entry.family == "founder" and r.preposition(word) in APART:
        # (round 11) ``Помимо основателей, членами ШОС являются Индия и Пакистан``: the founders are
        # named apart from the states listed, who are no founders
        return
    root = r.clause_root(word)
    ids = r.clause(root) | r.own(word)
    if not verbal(word) and root is not word:
        ids |= {word.token_id}
    span_tokens = [r.tokens[i] for i in ids if i in r.tokens and r.tokens[i].pos != "PUNCT"]
    if not span_tokens:
        return
    span = (min(t.start for t in span_tokens), max(t.end for t in span_tokens))
    family = entry.family
    # (round 12) an exit begun, announced or under way (``начала выход``, ``процедура выхода``,
    # ``объявила о выходе``) is read from the word that says so: its negation or modal is that
    # word's (``не начала``, ``планирует начать процедуру выхода``), and a process noun above the
    # exit is no ``not_yet`` there
    begun = exit_begun(r, word) if family == "left" else None
    if family == "left" and exit_not_done(r, word):
        return
    if denied_or_asked(r, word, root):
        return
    if begun is not None:
        if r.negated(word, root if root is not word else None, begun) or r.modal(begun, root) \
                or intended_below(r, word, begun):
            return
    # a meeting planned is one to come (``_meeting``); any other fact planned is none
    # (a chairmanship used or devoted to something is held whatever is intended with it:
    # ``намерение Индии использовать председательство``)
    # (and a transformation decided is done: ``Решение о преобразовании договора в организацию
    # лидеры приняли 14 мая 2002 года``)
    elif family == "absent":
        pass  # (round 12) a negated participation: its negation and modal are read by ``_absent``
    elif r.negated(word, root if root is not word else None) or (
            family not in ("meeting", "gathering") and r.modal(word, root) and not (word.lemma == "председательство" and chair_used(r, word))
            and not (family == "transformed" and decision_taken(r, word) is not None)):
        return
    # a word that needs its object (``приостановить членство``); joins and members name their
    # target instead (``войти в состав`` or ``в ШОС``: ``org_of`` below)
    if entry.objects and family in ("suspended", "froze_participation") and not _has_object(r, word, entry.objects):
        return
    future = r.future(word, root)

    def org_of(target_tokens):
        """The subject organisation: the target's own when it names one; None when the target
        names something else; the sentence's or the text's when there is no target."""
        for t in target_tokens:
            if t.token_id in r.date_of or r.place(t) or r.state(t) or t.lemma in TIME_NOUNS:
                continue  # ``вступление ... в 2023-м``, ``в Астане``, ``в том же году``: no target
            org = r.organisation(t)
            if org is None and t.lemma in MEMBERS_NOUNS:
                org = ("", "context")  # ``к основателям присоединились``: the organisation's founders
            if org is None and t.lemma == "состав":
                org = ("", "context")
            if org is None and t.lemma == "орган" and (
                    any(c.lemma == "уставный" for c in r.children(t, {"amod"}))
                    or any(c.lemma in PERSONAL_PRONOUNS | PRONOUNS for c in r.children(t, {"det", "nmod"}))):
                org = ("", "context")  # ``из всех уставных органов``, ``ее органов``: the organisation's
            if org is None:
                # ``в состав объединения``, ``в работе организации``: the genitive after it
                for c in r.children(t, {"nmod"}):
                    org = r.organisation(c)
                    if org is not None:
                        break
            if org is None:
                return None
            if org[0]:
                return org
        named = s.org_in(s.sentence.start, s.sentence.end)
        if named and family in ("chair", "chair_taken", "chair_given", "chair_moved") and not in_chair_reach(r, word):
            # (round 8) a chair's organisation is not one named only after a preposition of means
            # or company (``стремление индийского председательства к расширению кредитования ...
            # через Новый банк развития``: India chairs BRICS, the text's organisation)
            named = ""
        if named:
            return named, "text"
        return (s.context_org, "context") if s.context_org else None

    # a date of the clause hangs on its verb, the predicate word, an auxiliary, or the noun the
    # predicate needs (``о замораживании участия ... в 2024 году``)
    heads = {root.token_id, word.token_id} | {c.token_id for c in r.children(root, {"aux", "aux:pass", "cop"})}
    heads |= {c.token_id for c in r.children(word) if c.lemma in entry.objects}

    def dated(state_token):
        """A state's own date when it is one of a list (``Армения (со 2 января) и Киргизия (с 12
        августа)``), else the clause's; else a date right after the verb, before the next comma
        (where the parse hung it on another clause)."""
        listed = state_token.rel == "conj" or r.children(state_token, {"conj"})
        own = r.own(state_token) if listed else set()
        bracket = r.tokens.get(state_token.token_id + 1)
        if listed and bracket is not None and bracket.text == "(":
            # (round 10) the date in the brackets right after the state, whatever the parse hung
            # it on (``Армения (с 2 января 2015 года) и Киргизия (с 12 августа 2015 года)``)
            inside, i = set(), bracket.token_id + 1
            while i in r.tokens and r.tokens[i].text != ")":
                inside.add(i)
                i += 1
            own = own | inside
        # (not the date of a gapped clause hung on the verb: ``вступила Армения, а в августе того
        # же года - Киргизия``)
        gapped = {i for c in r.children(word, {"conj"}) if r.state(c) for i in r.view.subtree_ids(c.token_id)
                  | set(range(min([x.token_id for x in r.children(c, {"cc"})] + [c.token_id]), c.token_id))}
        clause_date = r.date_in(ids - gapped, heads, near=word) or r.date_after(word) or when_of_date(r, root)
        d = (r.date_in(own, near=state_token) if own else None) or clause_date
        if listed and d is clause_date and d is not None:
            # (round 13) ``вступления Египта, Ирана и ОАЭ в 2024 году и Индонезии в 2025 году``:
            # with several dates of the clause's own after a list, each group of states takes the
            # first date after it, however the parse hung them
            clause_dates = {}
            for i in sorted(ids - gapped):
                x = r.date_of.get(i)
                if x is not None and x.start not in clause_dates and r.hangs_on(x, heads):
                    clause_dates[x.start] = x
            after = [x for start, x in sorted(clause_dates.items()) if start > state_token.start]
            if len(clause_dates) >= 2 and after and (after[0].value or s.date(after[0])):
                d = after[0]
        if d is None and family in MEMBERSHIP_CHANGES:
            d = reported_date(r, root)
        value = r.same_year(d) if d is not None else r.same_year_words(ids)
        if d is not None and d is not clause_date and d.kind == "partial" and clause_date is not None:
            # ``В 2015-м ... Армения (со 2 января)``: a day without its year takes the clause's
            value = s.date(clause_date)[:4] + value[4:] if len(s.date(clause_date)) == 4 else value
        return value

    if family in ("joined", "member", "left", "rejoined", "suspended", "froze_participation"):
        if future:
            return
        if word.lemma == "вступить" and any(c.lemma == "сила" and r.preposition(c) == "в"
                                            for c in r.children(word, {"obl"})):
            yield from _in_force(r, word, ids, heads, org_of, span)
            return
        if family == "joined" and entry.objects - {"состав"}:
            # ``получили членство в ШОС``, ``четверку основателей дополнила ЮАР``: the join is
            # told through the object the verb needs
            yield from _joined_by_object(r, word, entry, org_of, dated, span)
            return
        prepositions = ORG_PREPOSITIONS.get(family, set())
        targets = r.targets(word, prepositions)
        if family == "left" and word.lemma == "покинуть":
            targets = r.children(word, {"obj"})
        if family in ("suspended", "froze_participation"):
            # ``приостановил членство в ОДКБ``, ``о замораживании своего участия в ОДКБ``
            # ``отозвала представителей из уставных органов``, ``бойкотирует работу ее органов``:
            # the bodies after ``из`` or in the genitive
            targets = [t for o in r.children(word, {"obj", "nmod"}) if o.lemma in entry.objects
                       for t in r.targets(o, {"в", "из"}) + [c for c in r.children(o, {"nmod"})
                                                             if c.lemma == "орган" and not r.preposition(c)]]
            if word.lemma == "прекратить" and any(
                    r.organisation(t) is None and t.lemma not in ("орган", "работа", "деятельность") for t in targets):
                # (round 8) stopping one's part in something else (``прекратила участие в учениях
                # ОДКБ``) freezes nothing: only the organisation, its bodies or its work
                return
        if word.lemma == "расшириться":
            targets = []
        if family == "joined" and word.lemma in ("войти",) and not targets:
            return
        if family == "joined" and word.lemma == "привести" and not any(
                r.organisation(t) is not None for t in targets):
            return  # ``привело в Москву делегацию``: brought somewhere, not into the organisation
        if family == "left" and not targets and word.lemma != "покинуть" and not (
                begun is not None and not verbal(word) and not r.children(word, {"nmod", "obl"})):
            # (round 12: but an exit procedure begun with nothing after it, ``а Молдавия начала
            # процедуру выхода``, is out of the organisation of the sentence)
            return  # ``выход на рынок``: a leaving is read only out of something named
        if family == "left":
            # (round 9) ``вышла из ряда соглашений СНГ``, ``из части соглашений``: the agreements
            # after a noun of quantity
            targets = [next((c for c in r.children(t, {"nmod"}) if c.lemma in TREATY_NOUNS), t)
                       if t.lemma in QUANTITY_NOUNS else t for t in targets]
            if any(t.lemma in TREATY_NOUNS and t.feats.get("Number") == "Plur" for t in targets):
                # (and ``выходит из соглашений в рамках объединения``: the organisation after ``в
                # рамках`` on the verb, where the agreements name none)
                within = [c for c in r.children(word, {"obl"}) if c.lemma == "рамка" and r.preposition(c) == "в"]
                if within and not any(r.organisation(c) for t in targets for c in r.children(t, {"nmod"})):
                    targets = within
                head = r.head(word)
                if word.feats.get("VerbForm") == "Inf" and head is not None and head.lemma in ("начать", "начинать"):
                    return  # ``начала выходить из соглашений``: under way, not done
        if family == "left" and (any(t.lemma in TREATY_NOUNS and t.feats.get("Number") == "Plur" for t in targets)
                                 or any(t.lemma == "рамка" for t in targets)):
            # ``вышла из соглашений СНГ``, ``выходит из соглашений Содружества``: leaving the
            # agreements made within the organisation is a freeze, not an exit
            family = "froze_participation"
        elif family == "left" and word.lemma == "выходить" and word.feats.get("Tense") == "Pres":
            # ``выходит из организации``: under way, not done: (round 12) withdrawing
            family = "withdrawing"
        if family == "left" and begun is not None:
            # (round 12) ``начала выход из СНГ``, ``запустила процедуру выхода``: a process begun
            # is no exit in effect (the reference's ``withdrew`` rows: "exit not yet in effect")
            family = "withdrawing"
        if family == "suspended" and suspends_participation(r, word, entry.objects):
            # (round 12) ``приостановила участие в работе ОДКБ``: a participation suspended is a
            # freeze (the state stays a member); a membership suspended (``приостановил членство``)
            # is the suspension
            family = "froze_participation"
        if family == "member" and word.lemma in ("член", "участник", "участница"):
            yield from _member_noun(r, word, root, ids, org_of, dated, span)
            return
        if family == "member" and not targets:
            return
        if family == "member" and r.tokens.get(root.token_id) is not None and root.feats.get("Tense") == "Past":
            return  # ``входили``: a past membership, not a current one
        org = org_of(targets)
        if org is None:
            return
        states = r.agents(word)
        if word.lemma == "расшириться":
            # ``объединение расширилось за счет ЮАР``: the organisation is the subject, the state
            # comes after ``за счет``
            subject = r.subject_of(word)
            named = r.organisation(subject) if subject is not None else None
            if named is None:
                return
            org = named if named[0] else org_of([])
            states = [st for c in r.children(word, {"obl"}) if r.preposition(c) == "за" for st in r.states_at(c)]
            if org is None or not states:
                return
        if family in ("joined", "left", "rejoined") and verbal(word) and not states:
            # ``к ним присоединились Индия и Пакистан``: natasha may take the states for objects,
            # or hang them on the organisation's noun (``привело в объединение Египет, Иран``; not
            # a genitive, which is the noun's own: ``в объединение стран Азии``)
            states = [st for c in r.children(word, {"obj", "nsubj"}) for st in r.states_at(c)]
            states += [st for t in targets for c in r.children(t, {"nmod"})
                       if not r.preposition(c) and c.feats.get("Case") != "Gen" for st in r.states_at(c)]
        if family == "withdrawing" and not states and begun is not None:
            # (round 12) the state that begins the exit: the subject of the verb of beginning, or
            # of the verb a process noun hangs on (``Молдавия запустила процедуру выхода``), or a
            # state organ's state (``власти Молдавии начали процедуру выхода``)
            states = r.agents(begun) or organ_states(r, begun)
        if family == "withdrawing" and not states:
            states = organ_states(r, word)
        if family in MEMBERSHIP_CHANGES and not states and not verbal(word) and r.head(word) is not None \
                and r.head(word).lemma in NOTICES:
            # (round 12) ``направил ноту о приостановлении членства``: the state that sends the
            # notice (a suspension notified is one, as ``объявил о приостановке``)
            states = r.agents(r.head(word))
        if family in MEMBERSHIP_CHANGES and not states:
            states = state_noun_states(r, begun if begun is not None else word)
        done = exit_completed(r, word) if family == "left" and not states else None
        if done is not None:
            # (round 12) ``Кишинев завершил процедуру выхода``: the subject of the completing verb
            states = r.agents(done) or organ_states(r, done)
        torn = own_clause_conjuncts(r, word, states)
        if torn:
            # (round 10) a state joined to the subjects by a comma that has a verb of its own after
            # it (``В 2009 году из СНГ вышла Грузия, Украина с 2018 года не участвует в работе его
            # органов``: natasha joins ``Украина`` to ``Грузия`` and hangs its date on ``вышла``) is
            # that verb's subject: neither it nor the words of its clause are this verb's
            states = [st for st in states if st[1].token_id not in torn]
            ids.difference_update(torn)
            kept = [r.tokens[i] for i in ids if i in r.tokens and r.tokens[i].pos != "PUNCT"]
            span = (min(t.start for t in kept), max(t.end for t in kept)) if kept else span
        event_date = ""
        if family == "joined":
            # ``Расширение 2024 года привело в БРИКС Египет и Иран``: the event noun that is the
            # subject carries the date
            subject = r.subject_of(word) if verbal(word) else None
            if subject is not None and not r.state(subject) and r.organisation(subject) is None:
                d = r.date_in(r.own(subject))
                event_date = s.date(d) if d is not None else ""
        if family in ("suspended", "froze_participation") and not states:
            # ``Членство Узбекистана приостановлено с 2012 года``: the passive's subject is the
            # membership, the state its genitive
            states = [st for o in r.children(word, {"nsubj:pass", "nsubj"}) if o.lemma in entry.objects
                      for c in r.children(o, {"nmod"}) if c.feats.get("Case") == "Gen" and not r.preposition(c)
                      for st in r.states_at(c)]
        for name, token in states:
            when = "" if family == "member" else (dated(token) or event_date)
            if not when and family == "withdrawing" and begun is not None:
                # (round 12) the date between the state and the verb of beginning, wherever the
                # parse hung it (``а Молдавия в 2026 году начала процедуру выхода``)
                when = date_between(r, token, begun)
            yield family, org[0], name, when, span, org[1]
        if family in ("joined", "left") and verbal(word):
            yield from _gapped(r, word, family, org, states, span)
        return

    if family in ("chair", "chair_taken", "chair_given", "chair_moved"):
        chairs = list(_chair(r, word, root, entry, ids, org_of, dated, span, future))
        yield from chairs
        if family == "chair" and verbal(word) and word.feats.get("VerbForm") == "Fin" and not future:
            # (round 9) ``В 2025 году в ЕАЭС председательствовала Белоруссия, а в 2026 году –
            # Казахстан``: a state after ``, а`` with its date and no verb of its own stands for the
            # clause with the verb left out (natasha leaves it an ``orphan``)
            for fact in chairs[:1]:
                for name, date, end in gapped_in_order(r, word):
                    if name != fact[2]:
                        yield "chair", fact[1], name, date, (span[0], max(span[1], end)), fact[5]
        return

    if family in ("founded", "founder"):
        yield from _founded(r, word, root, ids, org_of, span, future)
        return

    if family == "meeting":
        yield from _meeting(r, word, root, entry, ids, org_of, span, future)
        return

    if family == "seat":
        yield from _seat(r, word, root, ids, span)
        return

    if family == "hosting":
        yield from _hosting(r, word, entry, org_of, heads, span, future)
        return

    if family == "count":
        yield from _count(r, word, span)
        return

    if family == "count_verb":
        if not future and not r.modal(word, root):
            yield from _count_verb(r, word, span)
        return

    if family == "chair_succeeded":
        yield from _chair_succeeded(r, word, org_of, span, future, dated)
        return

    if family == "absent":
        if not future:
            yield from _absent(r, word, entry, root, org_of, dated, span)
        return

    if family == "denounced":
        if not future:
            yield from _denounced(r, word, entry, org_of, dated, span)
        return

    if family == "transformed":
        yield from _transformed(r, word, root, ids, org_of, span, future, entry.objects)
        return

    if family == "purpose":
        yield from _purpose(r, word, org_of, span)
        return

    if family == "based_on":
        yield from _based_on(r, word, org_of, span)
        return

    if family == "count_growth":
        if not future:
            yield from _count_growth(r, word, org_of, span)
        return

    if family == "gathering":
        yield from _gathering(r, word, org_of, heads, span, future)
        return

    if family == "host_noun":
        yield from _host_noun(r, word, org_of, span)
        return

    if family == "works_since":
        yield from _works_since(r, word, span, future)
        return

    if family == "meeting_ellipsis":
        yield from _meeting_ellipsis(r, word, org_of)
        return

    if family == "history":
        yield from _history(r, word, org_of, span, future)
        return
    if family == "formalised":
        yield from _formalised(r, word, org_of, span, future)
        return

    if family == "signed":
        yield from _signed(r, word, root, entry, ids, heads, org_of, span, future)


# prepositions after which an organisation is a means, a partner or a host, never the one whose
# chairmanship a sentence speaks of
# (round 9) nouns of quantity before the agreements a state leaves (``из ряда соглашений``)
QUANTITY_NOUNS = FAMILY.get("quantity_noun", set())

ASIDE_PREPOSITIONS = {"через", "с", "при", "для", "посредством", "вместе", "между"}


def exit_begun(r, word):
    """(round 12) The word that makes an exit begun, announced or under way rather than in effect:
    a head of the exit's word (``начала выход``, ``начала выходить``, ``приступила к выходу``,
    ``объявила о выходе``, ``процедура выхода``, ``уведомление о выходе``), up to the first verb
    above it; None when a verb of completing stands there (``процедура выхода завершилась``,
    ``завершила процедуру выхода``: the exit is done), or nothing begins it."""
    t, found = word, None
    for _ in range(3):
        head = r.head(t)
        if head is None:
            break
        if head.lemma in EXIT_DONE:
            return None
        if head.lemma in EXIT_BEGUN and found is None:
            found = head
        if verbal(head):
            break
        t = head
    return found


def date_between(r, a, b):
    """(round 12) The value of the first date of the dates table between two tokens in word order,
    nothing but words between (no punctuation); "" when none."""
    lo, hi = sorted((a.token_id, b.token_id))
    for i in range(lo + 1, hi):
        t = r.tokens.get(i)
        if t is None or (t.pos == "PUNCT" and i not in r.date_of):
            return ""
        if i in r.date_of:
            return r.same_year(r.date_of[i])
    return ""


def intended_below(r, word, begun):
    """(round 12) Whether a noun of what has not happened or a modal stands between the exit's word
    and the word that announces it (``заявили о намерении выйти``, ``о планах выйти``): an intention
    announced is no exit begun. The process nouns of an exit (``процесс выхода``) are its stage,
    not an intention."""
    t = word
    for _ in range(3):
        head = r.head(t)
        if head is None or head is begun:
            return False
        if (head.lemma in NOT_YET or head.lemma in MODALS) and head.lemma not in EXIT_BEGUN:
            return True
        t = head
    return False


def head_among(r, word, lemmas, steps=3):
    """The first head above ``word``, up to the first verb and ``steps`` steps, whose lemma is in
    ``lemmas``; else None."""
    t = word
    for _ in range(steps):
        head = r.head(t)
        if head is None:
            return None
        if head.lemma in lemmas:
            return head
        if verbal(head):
            return None
        t = head
    return None


def exit_completed(r, word):
    """(round 12) The verb that completes an exit's procedure above the exit's word (``Кишинев
    завершил процедуру выхода``), whose subject is the state that left; else None."""
    return head_among(r, word, EXIT_DONE)


def denied_or_asked(r, word, root):
    """(round 12) Whether the clause is denied or asked rather than stated: under a verb of denying
    (``Пашинян опроверг, что Армения начала выход``, ``опроверг сообщения о выходе``), or a yes-no
    question (``Начала ли Армения ...?``)."""
    if any(c.lemma == "ли" for t in (word, root) if t is not None for c in r.children(t)):
        return True
    t = root if root is not None else word
    for _ in range(4):
        if t is None:
            return False
        if t.lemma in DENIALS:
            return True
        if not (t is root or t.rel in ("ccomp", "obj", "obl", "nmod", "acl", "acl:relcl", "xcomp")):
            return False
        t = r.head(t)
    return False


def reported_date(r, root):
    """(round 12) The date of the verb of saying whose reported clause ``root`` heads (``В феврале
    2024 года Пашинян сообщил, что республика заморозила ...``): a change of membership with no
    date of its own is dated by its announcement (the organisation articles' convention)."""
    if root is None or root.rel != "ccomp":
        return None
    head = r.head(root)
    if head is None or head.lemma not in SAYING_VERBS or head.feats.get("Tense") == "Fut":
        return None
    return r.date_in(r.clause(head), {head.token_id})


def state_noun_states(r, word):
    """(round 12) ``... Армении ... сообщил, что республика заморозила свое участие``: the subject
    of the verb (or of the verb a noun hangs on) is a noun standing for a state (``республика``,
    ``страна``): the state named last before it in the sentence, when it is the only one named."""
    verb = word if verbal(word) else r.head(word)
    if verb is None or not verbal(verb):
        return []
    subject = r.subject_of(verb)
    if subject is None or subject.lemma not in STATE_NOUNS or r.children(subject, {"nmod", "amod"}):
        return []
    named = {r.state(t) for i, t in r.tokens.items() if i < subject.token_id and r.state(t)}
    if len(named) != 1:
        return []
    last = max(i for i, t in r.tokens.items() if i < subject.token_id and r.state(t))
    return [(r.state(r.tokens[last]), subject)]


def exit_not_done(r, word):
    """(round 12) Whether a head of the exit's word, up to the first verb above it, threatens,
    considers or demands it (``пригрозила выйти``, ``рассматривает выход``, ``призвал к выходу``)."""
    return head_among(r, word, EXIT_NOT_DONE) is not None


def organ_states(r, word):
    """(round 12) The state whose organ is the subject of a verb (``парламент Молдавии``,
    ``молдавские власти``): its genitive or country adjective; the verb a noun hangs on for a noun."""
    verb = word if verbal(word) else r.head(word)
    if verb is None or not verbal(verb):
        return []
    subject = r.subject_of(verb)
    if subject is None or subject.lemma not in STATE_ORGANS:
        return []
    found = []
    for c in r.children(subject, {"nmod", "amod"}):
        if c.rel == "nmod" and c.feats.get("Case") == "Gen" and not r.preposition(c):
            found += r.states_at(c)
        elif c.rel == "amod" and r.state(c):
            found.append((r.state(c), c))
    return found


# (``FOUNDING_NOUNS``, the nouns of founding after a document's ``о``, is defined below with the
# founding documents' readers)
# (round 12) verbs that stop or refuse a participation (``отказалась участвовать``, ``перестала
# участвовать``): a freeze of the participation after them
STOPPING = {"отказаться", "отказываться", "перестать", "переставать", "прекратить"}
# what a state takes no part in when that is a freeze: the organisation's work, activity and
# bodies, and its meetings when they are many (one meeting missed is one absence)
ATTENDED_WORK = {"работа", "деятельность", "орган"}
ATTENDED_MEETINGS = {"заседание", "встреча", "мероприятие", "саммит", "совещание", "сессия"}
# a part only (``в части мероприятий``, ``в большинстве заседаний``): still taking part
PART_WORDS = {"часть", "большинство", "ряд", "некоторый", "отдельный", "половина"}
# whose work it can be beside the organisation's (``работе органов СНГ``, ``встречи лидеров``)
OWN_WORK_OWNERS = {"орган", "лидер", "глава", "руководитель", "министр", "государство", "страна", "совет"}


# (round 12) verbs of staying away said without a negation (``игнорирует заседания``)
IGNORING = FAMILY.get("ignoring", set())
# (round 12) the verbs of a change of membership a negated participation may restate
CHANGE_LEMMAS = FAMILY.get("suspended", set()) | FAMILY.get("froze_participation", set()) | FAMILY.get("left", set())


def _absent(r, word, entry, root, org_of, dated, span):
    """(round 12) A freeze said as a participation negated, refused or stopped: ``Армения не
    участвует в работе ОДКБ``, ``с 2024 года не направляет своих представителей на заседания
    организации``, ``не принимает участия в работе ее органов``, ``отказалась участвовать в работе
    ОДКБ``, ``перестала участвовать в заседаниях``. The participation must be ongoing (a present
    imperfective, or a past one from a date, ``с 2024 года не участвовала``) or refused or stopped;
    one absence is none (``в саммите не участвовала``, ``делегацию на саммит не направила``), nor a
    part (``не участвует в части мероприятий``), an exercise or another body's work, nor a person's
    (the subject is a state or a state's organ)."""
    head = r.head(word)
    stopping = word.feats.get("VerbForm") == "Inf" and head is not None and head.lemma in STOPPING
    if stopping:
        if r.negated(head) or r.future(head, None) or r.modal(head, None):
            return
    else:
        ignoring = word.lemma in IGNORING
        if r.negated(word) == ignoring or r.modal(word, root):
            return
        if word.feats.get("Aspect") != "Imp":
            return
        if word.feats.get("Tense") != "Pres" and not any(
                r.preposition(c) == "с" and (c.token_id in r.date_of or c.lemma in ("тот", "пора"))
                for c in r.children(word, {"obl", "advmod"})):
            return
    if entry.objects and not _has_object(r, word, entry.objects):
        return
    objects = [c for c in r.children(word, {"obj", "nmod"}) if c.lemma in entry.objects]
    places = [c for t in [word] + objects for c in r.children(t, {"obl", "nmod"})
              if r.preposition(c) in ("в", "на")]
    if not entry.objects:
        # ``не посещает заседания ОДКБ``, ``игнорирует саммиты организации``: what is not attended
        # is the object itself
        places += [c for c in r.children(word, {"obj"}) if c.lemma in ATTENDED_WORK | ATTENDED_MEETINGS
                   or r.organisation(c) is not None]
    org = None
    for t in places:
        if r.place(t) or t.token_id in r.date_of:
            continue
        if any(c.lemma in PART_WORDS for c in r.children(t, {"nmod", "amod", "det", "nummod"})) or t.lemma in PART_WORDS:
            return
        named = r.organisation(t)
        if named is None and t.lemma in ATTENDED_WORK | ATTENDED_MEETINGS:
            if t.lemma in ATTENDED_MEETINGS and t.feats.get("Number") != "Plur":
                return  # one meeting missed
            owners = [c for c in r.children(t, {"nmod"}) if not r.preposition(c) or r.preposition(c) == "в"]
            named = next((r.organisation(c) for c in owners if r.organisation(c) is not None), None)
            if named is None:
                # ``в работе ее органов``, ``работе уставных органов СНГ``: one step further down
                named = next((r.organisation(x) for c in owners for x in r.children(c, {"nmod", "det"})
                              if r.organisation(x) is not None), None)
            if named is None and any(c.lemma not in OWN_WORK_OWNERS for c in owners if c.pos == "NOUN"):
                return  # another body's work (``в работе парламента``)
            if named is None:
                named = ("", "context")
        if named is None:
            return
        org = named
        break
    if org is None:
        return
    if not org[0]:
        org = org_of([])
        if org is None:
            return
    states = []
    if word.feats.get("VerbForm") == "Fin" and not r.children(word, SUBJECT_RELS):
        # a finite verb whose subject the parse hung elsewhere (``из ОДКБ вышел Узбекистан, Армения
        # с 2024 года не участвует в работе организации``: ``Армения`` joined to ``Узбекистан``): the
        # states in the nominative right before it, back to the comma, are its own
        i = word.token_id - 1
        while i in r.tokens and r.tokens[i].pos != "PUNCT":
            t = r.tokens[i]
            if r.state(t) and t.feats.get("Case") == "Nom":
                states.insert(0, (r.state(t), t))
            i -= 1
    joined, t = [], word
    while t is not None and t.rel == "conj" and len(joined) < 4:
        t = r.head(t)
        if t is not None:
            joined += [t] + [c for c in r.children(t, {"conj"}) if c.token_id < word.token_id]
    if not states and any(v.lemma in CHANGE_LEMMAS for v in joined):
        # a verb sharing its subject with a suspension, freeze or exit it is joined to restates it
        # (``в 2012 году приостановил членство и с тех пор в работе организации не участвует``):
        # no row of its own
        return
    between = None
    if states:
        # (and the date between them and the verb is the clause's, wherever the parse hung it:
        # ``Украина с 2018 года не участвует``)
        between = next((r.date_of[i] for i in range(states[0][1].token_id, word.token_id) if i in r.date_of), None)
        span = (min(span[0], states[0][1].start), span[1])
    states = states or r.agents(word) or organ_states(r, word) or state_noun_states(r, word)
    for name, token in states:
        date = r.same_year(between) if between is not None else dated(token)
        yield "froze_participation", org[0], name, date, span, org[1]


def _denounced(r, word, entry, org_of, dated, span):
    """(round 12) ``Молдавия денонсировала Устав СНГ``, ``парламент Молдавии денонсировал
    соглашение о создании СНГ``, ``о денонсации Устава Содружества``: a state denouncing the
    organisation's founding document (its charter, or an agreement, treaty or protocol ``о
    создании`` it) is withdrawing, its exit not in effect until the denunciation is; another
    agreement denounced (``соглашение о зоне свободной торговли``) is no exit."""
    documents = [c for c in r.children(word, {"obj", "nmod"}) if c.lemma in entry.objects]
    for document in documents:
        org = None
        if document.lemma in OWN_TREATIES:
            named = [c for c in r.children(document, {"nmod"}) if not r.preposition(c)]
            if not named:
                org = ("", "context")
            else:
                org = next((r.organisation(c) for c in named if r.organisation(c) is not None), None)
        else:
            for c in r.children(document, {"nmod"}):
                if c.lemma in FOUNDING_NOUNS:
                    org = next((r.organisation(x) for x in r.children(c, {"nmod"})
                                if r.organisation(x) is not None), None)
        if org is None:
            continue
        if not org[0]:
            org = org_of([])
            if org is None:
                continue
        states = r.agents(word) or organ_states(r, word)
        for name, token in states:
            yield "withdrawing", org[0], name, dated(token), span, org[1]
        return


def _a_body_noun(s, token):
    """A common noun that names neither an organisation of the text nor a state, nor stands for
    one (``центр``, ``ассамблея``)."""
    if token.pos not in ("NOUN", "PROPN") or token.lemma in ORG_NOUNS:
        return False
    covering = [m for m in s.mentions if m.start <= token.start and token.end <= m.end]
    # (a body of the organisation named by the gazetteer, ``Парламентская ассамблея ОДКБ``, is one)
    # (round 11: and an institution, ``Новый банк развития учрежден ..., его штаб-квартира ...``)
    return not covering or all(m.kind == "organisation" and (Relations.parent(m.name, s.organisations) != m.name
                                                             or institution(m.name)
                                                             or institution(s.text(m.start, m.end)))
                               for m in covering)


def founds_a_body(s, start, end):
    """(round 10) Whether a founding participle in ``start:end`` hangs on a body's noun, not on
    the organisation's (``Парламентская ассамблея организации, образованная в 2006 году``: the
    assembly was founded then), for the grammars of ``analysis.facts``."""
    view = s.view
    for t in view.tokens_in(start, end):
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Part" and t.rel in ("acl", "amod"):
            head = view.head(t.token_id)
            if head is not None and _a_body_noun(s, view.tokens[head]):
                return True
        elif t.pos == "VERB" and (t.feats.get("VerbForm") == "Part" or t.feats.get("Voice") == "Pass"):
            # (round 11) a passive verb whose subject is a body's noun founds the body
            # (``Электроэнергетический совет СНГ образован в феврале 1992 года``)
            if any(c.rel == "nsubj:pass" and _a_body_noun(s, c) for c in view.children[t.token_id]):
                return True
    return False


def pronoun_of_a_body(s, start, end):
    """(round 10) Whether a possessive pronoun in ``start:end`` stands for a body named as the
    subject of the clause its own is joined to (``Антитеррористический центр создан ... СНГ в 2000
    году, его штаб-квартира находится в Москве``: the centre's seat), for the grammars of
    ``analysis.facts`` and the reader's seats."""
    view = s.view
    for t in view.tokens_in(start, end):
        # (round 11: natasha may lemmatise the possessive to the personal pronoun, ``его`` → ``он``)
        if not (t.lemma in ("его", "ее", "её") or (t.lemma in ("он", "она", "оно") and t.feats.get("Case") == "Gen")) \
                or t.rel not in ("det", "nmod"):
            continue
        noun = view.head(t.token_id)
        verb = view.head(noun) if noun is not None else None
        if verb is None:
            continue
        if view.tokens[verb].rel == "conj":
            first = view.head(verb)
        elif view.tokens[verb].rel == "root":
            # (round 11) two clauses the parse left as two roots, the pronoun's after a comma
            # (``Электроэнергетический совет СНГ образован ..., его исполнительный комитет находится
            # в Москве``): the root before it
            first = next((u.token_id for u in reversed(view.tokens_in(s.sentence.start, t.start))
                          if u.rel == "root" and u.token_id != verb), None)
            comma = view.token_before(t.start)
            if comma is None or comma.text != ",":
                first = None
        else:
            continue
        if first is None:
            continue
        if any(c.rel in SUBJECT_RELS and _a_body_noun(s, c) for c in view.children[first]):
            return True
    return False


def opens_own_clause(s, start):
    """(round 10) Whether the state named at ``start`` opens a clause of its own: it stands after
    a comma, and the words after it reach a finite verb before any punctuation (``вышла Грузия,
    Украина с 2018 года не участвует ...``), for the grammars of ``analysis.facts``."""
    view = s.view
    tokens = view.tokens_in(start, s.sentence.end)
    before = view.token_before(start)
    if not tokens or before is None or before.text != ",":
        return False
    for t in tokens[1:]:
        if t.pos == "PUNCT":
            return False
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" and t.rel not in ("aux", "aux:pass"):
            return True
    return False


def own_clause_conjuncts(r, word, states):
    """(round 10) The ids from each conjunct state after a comma to the finite verb that follows it
    with no punctuation between, where that verb is not ``word`` and has no subject of its own: the
    state is that verb's subject, torn into ``word``'s subjects by the parse."""
    torn = set()
    for _, t in states:
        if t.rel != "conj" or r.tokens.get(t.token_id - 1) is None or r.tokens[t.token_id - 1].text != ",":
            continue
        i = t.token_id + 1
        while i in r.tokens and r.tokens[i].pos != "PUNCT" and not (
                verbal(r.tokens[i]) and r.tokens[i].rel not in ("aux", "aux:pass")):
            i += 1
        v = r.tokens.get(i)
        if v is None or v is word or not verbal(v) or v.feats.get("VerbForm") != "Fin" \
                or any(c.rel in SUBJECT_RELS for c in r.children(v)):
            continue
        torn |= set(range(t.token_id, i))
    return torn


def in_chair_reach(r, word):
    """Whether an organisation named in a chair word's sentence may be the chaired one: some
    organisation named there is not behind a preposition of ``ASIDE_PREPOSITIONS``."""
    for m in r.s.mentions:
        if m.kind != "organisation":
            continue
        inside = [t for t in r.tokens.values() if m.start <= t.start and t.end <= m.end]
        heads = [t for t in inside if r.head(t) is None or r.head(t) not in inside]
        if not any(r.preposition(t) in ASIDE_PREPOSITIONS for t in heads):
            return True
    return False


def again(r, word):
    """Whether a join is told as done again: an adverb of ``again`` on the word or the verb it
    hangs on (``вновь вступил``, ``снова стала членом``), or a verb of restoring."""
    if word.lemma in AGAIN:
        return True
    verb = word if verbal(word) else r.head(word)
    return any(c.lemma in AGAIN for t in (word, verb) if t is not None for c in r.children(t, {"advmod"}))


def _has_object(r, word, objects):
    return any(c.lemma in objects for c in r.children(word, {"obj", "nmod", "nsubj", "nsubj:pass", "obl"}))


def suspends_participation(r, word, objects):
    """(round 12) Whether what a verb or noun of suspending suspends is a participation, not a
    membership (``приостановила участие``)."""
    found = [c.lemma for c in r.children(word, {"obj", "nmod", "nsubj", "nsubj:pass", "obl"}) if c.lemma in objects]
    return bool(found) and all(lemma == "участие" for lemma in found)


def _gapped(r, word, family, org, states, span):
    """``вошли Египет и Иран, а с января 2025 года – Индонезия``, ``получили членство в 2017 году,
    Иран – спустя шесть лет``: a state joined to the verb stands for a clause with the verb left
    out, dated by what stands after it up to the next comma (its own clause), else by what stands
    between it and the state before."""
    last = max((tok.token_id for _, tok in states), default=word.token_id)
    for c in r.children(word, {"conj"}):
        name = r.state(c)
        if not name or c.token_id <= last or r.verb_follows(c):
            continue
        d, i = None, c.token_id + 1
        while i in r.tokens and r.tokens[i].text not in ",;." and d is None:
            d = r.date_of.get(i)
            i += 1
        if d is None:
            d = next((r.date_of[i] for i in range(last + 1, c.token_id) if i in r.date_of), None)
        date = r.same_year(d, word) if d is not None else ""
        yield family, org[0], name, date, span, org[1]
        last = c.token_id


def gapped_in_order(r, word):
    """(round 9) The states of gapped clauses after a verb, in word order: after a comma and
    ``а`` / ``и``, up to the next comma or the end, with no verb there; each with the date there
    (``..., а в 2026 году – Казахстан``). Only the last verb's: a gap after another verb is its own."""
    found = []
    ids = sorted(i for i in r.tokens if i > word.token_id)
    if any(verbal(r.tokens[i]) and r.tokens[i].pos == "VERB" for i in ids):
        return found
    for k, i in enumerate(ids[:-1]):
        if r.tokens[i].text != "," or r.tokens[ids[k + 1]].lemma not in ("а", "и"):
            continue
        piece = []
        for j in ids[k + 2:]:
            if r.tokens[j].text in ",;.":
                break
            piece.append(j)
        states = [r.state(r.tokens[j]) for j in piece if r.state(r.tokens[j])]
        dates = [r.date_of[j] for j in piece if j in r.date_of]
        if any(r.tokens[j].lemma in NEGATIONS | {"нет"} for j in piece):
            continue  # ``а Казахстан в 2026 году – нет``
        if len(states) == 1 and dates:
            found.append((states[0], r.s.date(dates[0]), r.tokens[piece[-1]].end))
    return found


def _joined_by_object(r, word, entry, org_of, dated, span):
    """A join told through the object its verb needs: membership received (``Индия и Пакистан
    получили членство в ШОС в 2017 году``; a status received, ``статус наблюдателя``, is none), a
    group completed (``Четверку основателей ... в 2011 году дополнила ЮАР``: the subject joined the
    founders' organisation). The organisation is the object's (``членство в ШОС``, ``основателей
    БРИКС``), else the sentence's or the text's."""
    objects = []
    # (``состав БРИКС пополнили Египет, Иран ...``: natasha may take the group for a second subject)
    for c in r.children(word, {"obj", "nsubj:pass", "obl", "nsubj"}):
        if c.rel == "nsubj" and not any(r.state(x) for x in r.children(word, {"nsubj"}) if x is not c):
            continue
        if c.lemma in entry.objects:
            objects.append(c)
        elif c.lemma in COLLECTIVES:
            objects += [n for n in r.children(c, {"nmod"}) if n.lemma in entry.objects]
    if not objects:
        return
    group = objects[0]
    targets = r.targets(group, {"в"}) + [n for n in r.children(group, {"nmod"})
                                         if not r.preposition(n) and r.organisation(n) is not None]
    org = org_of(targets)
    if org is None:
        return
    listed = {t.token_id for _, t in listed_states(r, group)}
    states = [(name, t) for name, t in r.agents(word) if t.token_id not in listed]
    if word.lemma != "получить":
        # ``дополнила ЮАР``: natasha may take the state after the verb for its object, or join it
        # to the list before: the states in the nominative after the verb are its subject
        known = {t.token_id for _, t in states}
        states += [(r.state(t), t) for i, t in sorted(r.tokens.items()) if i > word.token_id and r.state(t)
                   and (t.feats.get("Case") == "Nom" or (t.rel in SUBJECT_RELS and r.head(t) is word))
                   and i not in listed and i not in known]
    for name, token in states:
        yield "joined", org[0], name, dated(token), span, org[1]
    yield from _gapped(r, word, "joined", org, states, span)


def _member_noun(r, word, root, ids, org_of, dated, span):
    """``X являются членами ОДКБ`` (member), ``X стала (десятым) членом ШОС`` (joined); an
    associate or observer is no member."""
    if any(c.lemma in NOT_MEMBER for c in r.children(word, {"amod", "nmod"})):
        return
    if word.feats.get("Case") == "Gen" and word.feats.get("Number") == "Plur" and r.preposition(word) == "" \
            and word.rel in ("nsubj", "root"):
        yield from _possessive_count(r, word, span)
        return
    head = word if word.rel == "root" else r.head(word)
    if head is None:
        return
    before = r.tokens.get(word.token_id - 1)
    if word.lemma == "член" and before is not None and before.text.lower() == "как":
        # ``Белоруссия как член ШОС поддерживает ...``: a state acting as a member is one, when
        # what it does is not told in the past (a past member may have left since)
        verb = head if verbal(head) else (r.head(head) if r.state(head) and r.head(head) is not None else None)
        state_token = head if r.state(head) else (r.subject_of(head) if verbal(head) else None)
        owners = [c for c in r.children(word, {"nmod"}) if r.organisation(c) is not None]
        if verb is None or state_token is None or not owners or verb.feats.get("Tense") == "Past":
            return
        org = org_of(owners)
        if org is None:
            return
        for name, _ in r.states_at(state_token):
            yield "member", org[0], name, "", span, org[1]
        return
    if word.rel == "appos" and counted(head) and r.head(head) is not None and verbal(r.head(head)):
        head = r.head(head)  # ``стала десятой страной - членом организации``: the compound written apart
    verb = head if verbal(head) else next(iter(r.children(word, {"cop"})), None)
    if verb is None:
        return
    org_targets = [c for c in r.children(word, {"nmod"}) if r.organisation(c)]
    if word.lemma in ("участник", "участница") and not org_targets and not any(
            r.organisation(c) for c in r.children(word, {"det"})):
        return  # ``участником переговоров``, ``участники саммита``: only of the organisation named
    org = org_of(org_targets)
    if org is None:
        return
    if verb.lemma == "быть" and verb.feats.get("VerbForm") == "Inf" and r.head(verb) is not None \
            and r.head(verb).lemma == "перестать":
        verb = r.head(verb)  # ``Грузия перестала быть членом СНГ``: the verb is перестать
    elif verb.lemma == "перестать":
        pass
    subject = r.subject_of(verb) if verb is not word else None
    if subject is None:
        subject = next(iter(r.children(word, SUBJECT_RELS)), None)
    if subject is None or subject.token_id == word.token_id:
        return
    # (round 11: a plural participle after a list describes the list, ``agents``)
    states = r.agents(verb) if verb is not word and participle(verb) else []
    states = states or r.states_at(subject)

    def verb_dated(token):
        """The state's date; else the date in the verb's clause nearest the verb, outside the
        states left to a gapped clause (``..., Киргизия – в августе того же года``): natasha may
        hang the date on the noun's genitive (``участницей объединения 2 января 2015 года``)."""
        found = dated(token)
        if found:
            return found
        gapped = {i for c in r.children(verb, {"conj"}) if r.state(c) for i in r.view.subtree_ids(c.token_id)}
        # nor the dates of another predicate's phrase (``После вступления ... Ирана в 2023-м Беларусь
        # стала членом``: 2023 is Iran's)
        gapped |= {i for t in r.tokens.values() if t.lemma in TRIGGER_LEMMAS and t is not word and t is not verb
                   and not verbal(t) for i in r.view.subtree_ids(t.token_id)}
        d = r.date_in((r.clause(verb) | r.own(word)) - gapped, near=verb) or r.date_in(r.stretch(verb) - gapped)
        return r.s.date(d) if d is not None else ""

    first = any(c.lemma == "первый" for c in r.children(word, {"amod"})) and word.feats.get("Number") == "Plur"
    if verb.lemma in ("стать", "являться", "быть") and first:
        # (round 10) ``Первыми членами ЕАЭС стали Белоруссия, Казахстан и Россия``: the first members
        # (plural) are the founders, dated by their clause
        for name, token in states:
            yield "founding_member", org[0], name, verb_dated(token), span, org[1]
        return
    if verb.lemma == "стать":
        for name, token in states:
            yield "joined", org[0], name, verb_dated(token), span, org[1]
        # ``Армения стала участницей союза 2 января 2015 года, Киргизия – в августе того же года``
        yield from _gapped(r, verb, "joined", org, states, span)
    elif verb.lemma == "перестать":
        for name, token in states:
            yield "left", org[0], name, verb_dated(token), span, org[1]
    elif verb.lemma in ("являться", "быть", "оставаться") and verb.feats.get("Tense") != "Past":
        # (round 12: ``формально членом организации остается``: a state still a member, whatever
        # its exit begun or freeze, is a member)
        if any(c.lemma in ORDINALS or c.feats.get("NumType") == "Ord" for c in r.children(word, {"amod"})):
            return
        for name, _ in states:
            yield "member", org[0], name, "", span, org[1]


def _possessive_count(r, word, span):
    """``Членов у БРИКС сейчас десять``: a count of members in a possessive, ``у`` with the
    organisation and a number with no noun of its own, in a sentence without a finite verb other
    than ``быть``."""
    near = [word] + r.children(word) + ([r.head(word)] if r.head(word) is not None else [])
    owners = [t for t in near if r.preposition(t) == "у" and r.organisation(t) is not None]
    if not owners:
        return
    # the number right after the owner (adverbs between: ``сейчас``, ``теперь``), with no verb
    # between the members' noun and it
    i = owners[0].token_id + 1
    while i in r.tokens and r.tokens[i].pos == "ADV":
        i += 1
    n = r.tokens.get(i)
    if n is None or n.pos != "NUM" or not (n.text.isdigit() or n.lemma in NUMBERS) or word.token_id > i:
        return
    if any(verbal(r.tokens[j]) for j in range(word.token_id, i) if j in r.tokens):
        return
    org = r.organisation(owners[0])
    if not org[0]:
        org = (r.s.context_org, "context") if r.s.context_org else None
        if org is None:
            return
    number = int(n.text) if n.text.isdigit() else NUMBERS[n.lemma]
    tokens = [t for t in (word, owners[0], n)]
    yield "member_count", org[0], str(number), "", (min(t.start for t in tokens), max(t.end for t in tokens)), org[1]


def _chair(r, word, root, entry, ids, org_of, dated, span, future):
    s = r.s
    family = entry.family
    if family in ("chair_taken", "chair_given", "chair_moved"):
        nouns = [c for c in r.children(word, {"obj", "nsubj", "nsubj:pass"}) if c.lemma in entry.objects]
        # a pronoun standing for the chair named before it in the sentence (``Председательство ...
        # осуществляет Киргизия, принявшая его у Китая``, ``... перешло к Индии: Бразилия передала
        # его``)
        pronoun = not nouns and bool(nouns := [
            c for c in r.children(word, {"obj", "nsubj", "nsubj:pass"}) if c.pos == "PRON"
            and c.lemma in ("он", "она", "оно") and any(
                t.lemma in entry.objects for i, t in r.tokens.items() if i < c.token_id)])
        anaphoric = False
        if not nouns and family in ("chair_taken", "chair_given"):
            # (round 10) ``эту функцию`` / ``эту роль`` standing for a chair named before it in the
            # sentence (``Председателем БРИКС является Индия, принявшая эту функцию у Бразилии``;
            # not ``приняла функцию координатора`` nor a function named without a chair before)
            nouns = [c for c in r.children(word, {"obj", "nsubj", "nsubj:pass"}) if c.lemma in ("функция", "роль")
                     and any(d.lemma == "этот" for d in r.children(c, {"det"}))
                     and any(t.lemma in ("председательство", "председатель", "председательствовать")
                             for i, t in r.tokens.items() if i < c.token_id)]
            anaphoric = bool(nouns)
        if not nouns:
            return
        targets = [t for n in nouns for t in r.targets(n, {"в"})]
        org = org_of(targets)
        if org is None:
            return
        if s.main_org and org[1] == "context":
            org = (s.main_org, "context")
        if family == "chair_taken":
            if not anaphoric:
                # (with ``эту функцию`` the sentence has said who chairs: the giver is what it adds)
                # (round 11: a chair taken at a meeting whose phrase holds the date, ``приняла у
                # Китая по итогам саммита в Тяньцзине 1 сентября 2025 года``, dates the new chair)
                at_meeting = meeting_date(r, word)
                yield from _agents_chair(r, word, org, (lambda t: dated(t) or at_meeting), span, future)
            givers = [c for c in r.children(word, {"obl"}) if r.preposition(c) in ("у", "от")]
            # (or hung on the chair's noun: ``приняла эстафету председательства ... от Бразилии``)
            givers += [c for n in nouns for c in r.children(n, {"nmod", "obl"}) if r.preposition(c) in ("у", "от")]
            # (round 12: or on the chairmanship's genitive, ``приняла эстафету председательства от
            # Белоруссии``, which the parse may read as ``председательства от Белоруссии``)
            givers += [c for n in nouns for m in r.children(n, {"nmod"}) if m.lemma == "председательство"
                       for c in r.children(m, {"nmod", "obl"}) if r.preposition(c) in ("у", "от")]
            if not givers and (participle(word) or word.feats.get("VerbForm") == "Conv"):
                # (a parse that hung ``у Китая`` on the main verb: the participle's words up to the
                # next comma; round 9: a gerund's too, ``председательствует ..., приняв эстафету у
                # Китая по итогам саммита``)
                stretch = sorted(r.stretch(word))
                givers = [r.tokens[i] for i in stretch if r.preposition(r.tokens[i]) in ("у", "от")]
                # (round 9: or hung ``у`` itself on another word, ``приняв эстафету у Китая по
                # итогам саммита``: a state right after ``у`` / ``от`` in the words' order)
                givers += [r.tokens[i] for i in stretch if i - 1 in r.tokens and i - 1 in stretch
                           and r.tokens[i - 1].lemma in ("у", "от") and r.state(r.tokens[i])
                           and r.tokens[i] not in givers]
            for c in givers:
                for name, _ in r.states_at(c):
                    yield "chair", org[0], name, "", span, org[1]
        elif family == "chair_given":
            receivers = [st for c in r.children(word, {"iobj", "obl"})
                         if c.feats.get("Case") == "Dat" and not r.preposition(c) for st in r.states_at(c)]
            # (round 9) a dative state the parse hung on the organisation (``передала
            # председательство в ОДКБ Белоруссии``: natasha reads ``ОДКБ Белоруссии`` as one
            # phrase, and may tag the form ``Белоруссии`` genitive); an organisation's name takes no
            # state of its own, so it is the receiver
            if not receivers:
                receivers = [st for t in targets if r.organisation(t) is not None
                             for c in r.children(t, {"nmod"}) if c.token_id > t.token_id
                             and c.feats.get("Case") in ("Dat", "Gen", "Loc") and not r.preposition(c)
                             for st in r.states_at(c)]
            if not receivers and not pronoun:
                # (round 9) or on the chair's noun (``Передав председательство Индии, Бразилия
                # ...``): a chairmanship handed over is not the receiver's own before it
                receivers = [st for n in nouns for c in r.children(n, {"nmod"}) if c.token_id > n.token_id
                             and c.feats.get("Case") in ("Dat", "Gen") and not r.preposition(c)
                             for st in r.states_at(c)]
            # the receiver named before by a pronoun (``Полномочия председателя ему передал
            # Китай``), or the chair itself (``Бразилия передала его``): the sentence says who
            # chaired
            pronoun = pronoun or any(c.pos == "PRON" for c in r.children(word, {"iobj", "obl"})
                                     if c.feats.get("Case") == "Dat")
            if not future and pronoun:
                # ``Полномочия председателя ему передал Китай``: the receiver named before, the
                # sentence says who chaired; with the receiver named, it is about the receiver's term
                for name, _ in r.agents(word):
                    yield "chair", org[0], name, "", span, org[1]
            if anaphoric:
                receivers = []  # (``Туркмения, которой эту функцию передал ...``: the receiver is named as the chair)
            for name, _ in receivers:
                yield ("next_chair" if future else "chair"), org[0], name, "", span, org[1]
            if not future and not pronoun and receivers:
                # (round 8) the state that handed the chair over chaired too, undated, as the
                # one it was taken from (``Армения передала председательство в ОДКБ Белоруссии``)
                givers = r.agents(word)
                # (round 9) a state among several subjects the parse gave the verb (``Председательство
                # в ОДКБ Армения передала Белоруссии``), or a gerund's, the main clause's subject
                # (``Передав председательство Индии, Бразилия завершила ...``)
                givers = givers or [st for c in r.children(word, SUBJECT_RELS) for st in r.states_at(c)]
                head = r.head(word)
                if not givers and word.feats.get("VerbForm") == "Conv" and head is not None:
                    givers = [st for c in r.children(head, SUBJECT_RELS) for st in r.states_at(c)]
                for name, _ in givers:
                    if name not in {n for n, _ in receivers}:
                        yield "chair", org[0], name, "", span, org[1]
        else:  # the chair passes, ``от X к Y``; or belongs to a state (``принадлежит Казахстану``)
            for c in r.children(word, {"obl", "iobj"}):
                p = r.preposition(c)
                if not p and c.feats.get("Case") == "Dat" and word.lemma == "принадлежать":
                    for name, token in r.states_at(c):
                        yield ("next_chair" if future else "chair"), org[0], name, "" if future else dated(token), span, org[1]
                elif p == "к":
                    for name, token in r.states_at(c):
                        yield ("next_chair" if future else "chair"), org[0], name, "" if future else dated(token), span, org[1]
                elif p in ("от", "после"):
                    # (round 12: ``После Белоруссии председательство в ЕАЭС перешло к Казахстану``:
                    # the state after whom it passes chaired before, as the one it passes from)
                    for name, _ in r.states_at(c):
                        yield "chair", org[0], name, "", span, org[1]
        return
    if word.lemma in ("председатель", "страна-председатель", "государство-председатель"):
        yield from _chair_noun(r, word, org_of, dated, span, future)
        return
    if word.lemma == "председательство":
        # the chairmanship of a state (genitive, country adjective, ``под председательством``)
        states = []
        for c in r.children(word, {"nmod", "amod"}):
            if (c.rel == "nmod" and c.feats.get("Case") == "Gen" and not r.preposition(c)) or \
                    (c.rel == "amod" and c.lemma in COUNTRY_ADJECTIVES):
                states += r.states_at(c) if c.rel == "nmod" else ([(r.state(c), c)] if r.state(c) else [])
        if not states and chair_used(r, word):
            yield from _chair_used(r, word, org_of, span)
            return
        if not states and any(c.lemma == "свой" for c in r.children(word, {"det", "amod"})):
            # (round 11) ``Россия в период своего председательства в ОДКБ выступает за ...``, ``в
            # ходе своего председательства``: ``свой`` is the clause's subject's, a state that
            # chairs (not a negated or modal clause: ``read``'s guard)
            # (a past clause leaves the term unknown, ``Эту идею Индия выдвигала во время своего
            # председательства``: which term? none, as the third round decided; a present or future
            # one speaks of the current chair)
            # (unless the chairmanship's own phrase dates the term: ``Во время своего председательства
            # в ОДКБ в 2025 году Киргизия провела учения``)
            verb = r.clause_root(word)
            states = [st for c in r.children(verb, SUBJECT_RELS) for st in r.states_at(c)] \
                if verbal(verb) and (verb.feats.get("Tense") != "Past" or r.date_in(r.own(word)) is not None) else []
            if states:
                tokens = [word] + [t for _, t in states]
                span = (min(span[0], min(t.start for t in tokens)), max(span[1], max(t.end for t in tokens)))
        if not states:
            return
        targets = r.targets(word, {"в"})
        org = org_of([t for t in targets if not r.place(t)])
        if org is None:
            return
        if s.main_org and org[1] == "context":
            org = (s.main_org, "context")
        for name, token in states:
            own = r.own(word)
            d = r.date_in(own)
            yield "chair", org[0], name, s.date(d) if d is not None else year_apposed(r, word), span, org[1]
        return
    if word.lemma in ("стоять", "стоить"):
        yield from _at_the_head(r, word, org_of, dated, span, future)
        return
    if entry.objects and word.lemma in ("исполнять", "выполнять"):
        yield from _chair_functions(r, word, entry, org_of, span, future)
        return
    # the verbs: ``председательствует в ОДКБ``, ``возглавил ЕАЭС``, ``руководит органами союза``
    if word.lemma == "председательствовать":
        targets = r.targets(word, {"в"})
    else:
        targets = r.children(word, {"obj", "obl", "iobj"})
        targets = [t for t in targets if not r.preposition(t)]
        if not targets:
            return
        org_targets = []
        for t in targets:
            if r.organisation(t) is not None and (r.organisation(t)[0] or t.lemma in GENERIC_ORG_NOUNS):
                org_targets.append(t)
            elif t.lemma == "орган":
                org_targets += [c for c in r.children(t, {"nmod"}) if r.organisation(c)]
        if not org_targets:
            return
        targets = org_targets
    org = org_of(targets)
    if org is None:
        return
    if s.main_org and org[1] == "context":
        org = (s.main_org, "context")
    noun = r.head(word)
    copula = r.head(noun) if noun is not None else None
    if noun is not None and (copula is None or copula.lemma not in CHAIR_NOUN_VERBS):
        # (a parse going round in a circle, the noun on the participle: the next verb in word
        # order, nothing but punctuation-free words between)
        i = noun.token_id + 1
        while i in r.tokens and r.tokens[i].pos != "PUNCT" and not verbal(r.tokens[i]):
            i += 1
        copula = r.tokens.get(i)
    if participle(word) and word.rel == "amod" and noun is not None and noun.lemma in ("страна", "сторона", "государство") \
            and copula is not None and copula.lemma in CHAIR_NOUN_VERBS and not r.negated(copula):
        # (round 10) ``С 1 января 2026 года председательствующей страной в СНГ стал Туркменистан``:
        # the state the copula names is the chair, one to come with a future copula
        coming = future or r.future(copula, None)
        d = r.date_in(r.clause(copula) | r.own(word), near=copula)
        for c in r.children(copula, SUBJECT_RELS):
            for name, token in r.states_at(c):
                here = (min(span[0], token.start), max(span[1], token.end))
                if coming:
                    yield "next_chair", org[0], name, "", here, org[1]
                else:
                    yield "chair", org[0], name, r.s.date(d) if d is not None else dated(token), here, org[1]
        return
    yield from _agents_chair(r, word, org, dated, span, future)


def year_apposed(r, word):
    """(round 10) The date a chairmanship's ``в год`` stands beside (``учреждена в 2024 году, в
    год председательства России в БРИКС``: the chair's year): the year of the date right before
    the comma that opens ``в год``, where ``год`` has no number of its own; else empty."""
    # (the words in order: natasha may hang the chairmanship elsewhere than on ``год``)
    year = r.tokens.get(word.token_id - 1)
    if year is None or year.lemma != "год" or year.token_id in r.date_of or \
            r.tokens.get(year.token_id - 1) is None or r.tokens[year.token_id - 1].lemma != "в":
        return ""
    i = year.token_id - 2  # before ``в``
    if r.tokens.get(i) is None or r.tokens[i].text != ",":
        return ""
    d = r.date_of.get(i - 1)
    value = r.s.date(d) if d is not None else ""
    return value[:4] if re.match(r"\d{4}", value) and "/" not in value else ""


def when_of_date(r, root):
    """(round 10) The date a ``когда`` clause hangs on (``В 2024 году, когда в БРИКС
    председательствовала Россия, ...``): the clause's time is that date; else None."""
    if root is None or root.rel != "acl:relcl" or not any(c.lemma == "когда" for c in r.children(root, {"mark", "advmod"})):
        return None
    head = r.head(root)
    return r.date_of.get(head.token_id) if head is not None else None


CHAIR_NOUN_VERBS = FAMILY.get("chair_copula", set())  # ``председателем является / была / станет``


def _chair_noun(r, word, org_of, dated, span, future):
    """``в 2025 году председателем была Беларусь``, ``Председателем СНГ в 2026 году является
    Туркмения``, ``председателем ОДКБ станет Казахстан`` (one to come): a state (or a capital
    standing for it) that is or was the organisation's ``председатель`` chairs it. A person in the
    post (``Председателем КНР является Си Цзиньпин``) is no state, and a chair of something other
    than the organisation (``председателем правления``) is none."""
    cops = r.children(word, {"cop"})
    head = r.head(word)
    acting = _acting_as(r, word, head)
    if acting is not None:
        yield from acting(org_of, span)
        return
    if cops:
        verb, subjects = cops[0], r.children(word, SUBJECT_RELS)
    elif head is not None and head.lemma in CHAIR_NOUN_VERBS and word.rel in ("xcomp", "obl", "obj"):
        verb, subjects = head, r.children(head, SUBJECT_RELS)
    else:
        return
    states = [st for subject in subjects[:1] for st in r.states_at(subject)]
    if not states or r.negated(verb, word):
        return
    owners = [c for c in r.children(word, {"nmod"}) if c.token_id not in r.date_of]
    # (round 11) ``председателем в органах ЕАЭС была Белоруссия``: the organs stand for the
    # organisation in their genitive
    owners = [next((n for n in r.children(c, {"nmod"}) if r.organisation(n) is not None), c)
              if c.lemma == "орган" and r.preposition(c) == "в" else c for c in owners]
    if any(r.organisation(c) is None and c.lemma not in TIME_NOUNS for c in owners):
        return  # ``председателем правления``, ``председателем комиссии``: another post
    org = org_of(owners + r.targets(word, {"в"}))
    if org is None:
        return
    if r.s.main_org and org[1] == "context":
        org = (r.s.main_org, "context")
    coming = future or r.future(verb, None) or (verb.lemma == "стать" and verb.feats.get("Tense") == "Fut")
    for name, token in states:
        if coming:
            yield "next_chair", org[0], name, "", span, org[1]
        else:
            yield "chair", org[0], name, dated(token), span, org[1]


def _acting_as(r, word, head):
    """``Казахстан как председатель ЕАЭС предложил ...``, ``Киргизия в качестве председателя ШОС
    проведет саммит``, ``Россия, как страна-председатель ОДКБ, выступила ...``: a state acting as
    the organisation's chair chairs it now (undated: the clause dates what it does, not its term).
    The state is the noun the phrase hangs on, else the subject of the verb it hangs on. None when
    the noun is not introduced by ``как`` or ``в качестве``."""
    before = r.tokens.get(word.token_id - 1)
    # (``как`` right before the noun, wherever the parse hung it)
    as_ = any(c.lemma == "как" for c in r.children(word, {"mark", "case"})) or (
        before is not None and before.text.lower() == "как")
    as_ = as_ or any(c.lemma == "в" and any(f.lemma == "качество" for f in r.children(c, {"fixed"}))
                     for c in r.children(word, {"case"}))
    if not as_ or head is None:
        return None
    states = r.states_at(head) if r.state(head) else []
    if not states and verbal(head):
        subject = r.subject_of(head)
        states = r.states_at(subject) if subject is not None else []
    owners = [c for c in r.children(word, {"nmod"}) if c.token_id not in r.date_of]

    def facts(org_of, span):
        if not states or any(r.organisation(c) is None for c in owners):
            return
        org = org_of(owners)
        if org is None:
            return
        if r.s.main_org and org[1] == "context":
            org = (r.s.main_org, "context")
        for name, _ in states:
            yield "chair", org[0], name, "", span, org[1]
    return facts


def chair_used(r, word):
    """Whether the chairmanship is the object of a verb that takes it as held (``использовать
    председательство``, ``посвятить свое председательство``): ``chair_use`` in
    ``fact_relations.csv``."""
    head = r.head(word)
    return head is not None and head.lemma in CHAIR_USE and word.rel == "obj"


def _chair_used(r, word, org_of, span):
    """``намерение Индии использовать председательство в БРИКС``, ``Армения намерена посвятить
    свое председательство в ОДКБ``: whoever uses or devotes the chairmanship holds it, whatever is
    intended with it (undated: the sentence says what the chair will do, not when it began). The
    holder: the verb's subject, or the genitive of the noun an infinitive hangs on (``намерение
    Индии``), or the subject of the word it completes (``Армения намерена``)."""
    verb = r.head(word)
    states = r.agents(verb)
    t = verb
    for _ in range(2):
        if states or t is None or t.feats.get("VerbForm") != "Inf":
            break
        t = r.head(t)
        if t is None:
            break
        states = [st for c in r.children(t, {"nmod"}) if c.feats.get("Case") == "Gen" and not r.preposition(c)
                  for st in r.states_at(c)] or [st for c in r.children(t, SUBJECT_RELS) for st in r.states_at(c)]
    if not states:
        return
    org = org_of([t for t in r.targets(word, {"в"}) if not r.place(t)])
    if org is None:
        return
    if r.s.main_org and org[1] == "context":
        org = (r.s.main_org, "context")
    # (``будущее председательство``: one to come)
    # (natasha may tag ``будущее`` as the noun)
    coming = any(c.lemma in ("будущий", "будущее", "предстоящий", "следующий", "грядущий")
                 for c in r.children(word, {"amod"}))
    for name, _ in states:
        yield ("next_chair" if coming else "chair"), org[0], name, "", span, org[1]


def meeting_date(r, verb):
    """(round 11) The date inside the phrase of a meeting a verb of handing over hangs on
    (``по итогам саммита в Тяньцзине 1 сентября 2025 года``, ``на саммите в Астане 4 июля``), as
    the fact's date; empty when there is none."""
    for c in r.children(verb, {"obl"}):
        # (at the meeting or by its outcome: ``на саммите``, ``по итогам саммита``, ``в ходе
        # саммита``; not ``после саммита``, a date of the meeting before the handover)
        if not (r.preposition(c) == "на" or (c.lemma in ("итог", "ход") and r.preposition(c) in ("по", "в"))):
            continue
        nouns = [c] + [n for n in r.children(c, {"nmod"}) if r.preposition(n) == ""]
        for n in nouns:
            if n.lemma in MEETING_NOUNS:
                for t in r.view.subtree(n):
                    if t.token_id in r.date_of and r.s.date(r.date_of[t.token_id]):
                        return r.s.date(r.date_of[t.token_id])
    return ""


def _agents_chair(r, word, org, dated, span, future):
    """The states ``word``'s clause names as its agents chair ``org`` (``next_chair``, undated, when
    the clause is about the future)."""
    for name, token in r.agents(word):
        if future:
            yield "next_chair", org[0], name, "", span, org[1]
        else:
            yield "chair", org[0], name, dated(token), span, org[1]


def _at_the_head(r, word, org_of, dated, span, future):
    """``Россия стоит во главе ОДКБ с 1 января``: a state at the head of the organisation chairs
    it. natasha reads ``во главе`` as a fixed preposition and may hang it anywhere, so the words
    are read in order: ``во главе`` right after the verb, the organisation right after them."""
    i = word.token_id + 1
    if not (i + 1 in r.tokens and r.tokens[i].text.lower() == "во" and r.tokens[i + 1].lemma == "глава"):
        return
    after = r.tokens.get(i + 2)
    org = r.organisation(after) if after is not None else None
    if org is None:
        return
    org = org if org[0] else org_of([])
    if org is None:
        return
    yield from _agents_chair(r, word, org, dated, span, future)


def _chair_functions(r, word, entry, org_of, span, future):
    """``Туркменистан, исполняющий в 2026 году председательские функции в СНГ``, ``Беларусь,
    выполнявшая эту функцию в 2025 году`` (after a chair word in the sentence): a state performing
    the chair's functions chairs, dated by its own clause."""
    # (natasha may hang the object on its own adjective: ``председательские функции``)
    # (or in the words of the participle's clause between commas, where the parse looped)
    functions = [c for c in r.children(word, {"obj"}) if c.lemma in entry.objects] + [
        r.tokens[i] for i in sorted(r.stretch(word)) if i in r.tokens and r.tokens[i].lemma in entry.objects
        and r.tokens[i].feats.get("Case") == "Acc"]
    if not functions or future:
        return
    f = functions[0]
    # (``функции председателя в БРИКС``; not ``функции председателя правления``)
    chair_nouns = [c for c in r.children(f, {"nmod"}) if c.lemma == "председатель" and all(
        r.organisation(n) is not None for n in r.children(c, {"nmod"}))]
    chairish = any(c.lemma == "председательский" for c in r.children(f, {"amod"})) or bool(chair_nouns) or (
        any(c.lemma == "этот" for c in r.children(f, {"det"}))
        and any(t.lemma in ("председательство", "председатель", "председательствовать")
                for t in r.tokens.values() if t.token_id < word.token_id))
    if not chairish:
        return
    org = org_of([t for t in r.targets(f, {"в"}) + r.targets(word, {"в"}) + [n for c in chair_nouns for n in r.children(c, {"nmod"})]
                  if not r.place(t)])
    if org is None:
        return
    if r.s.main_org and org[1] == "context":
        org = (r.s.main_org, "context")
    d = r.date_in(r.clause(word) | r.own(word)) or (r.date_in(r.stretch(word)) if participle(word) else None)
    for name, token in r.agents(word):
        # the evidence holds the state the participle describes (``Беларуси, выполнявшей ...``)
        here = (min(span[0], token.start), max(span[1], token.end))
        yield "chair", org[0], name, r.s.date(d) if d is not None else "", here, org[1]


def _founded(r, word, root, ids, org_of, span, future):
    """``ШОС создана в 2001 году``, ``Основанное в 2006 году Бразилией, Россией ... объединение``,
    ``создание ЕАЭС``: the organisation founded (the subject of the passive, the object, the noun a
    participle hangs on, a verbal noun's genitive), the date of the clause, the founders (the
    instrumental agents, the subject of an active verb, the states after ``лидерами``)."""
    s = r.s
    if future:
        return
    if entry_lemma(word) in ("учредитель", "основатель"):
        # (round 10: a compound names the founders too, ``государствами-основателями являются``)
        # founders named by a noun: the grammars read most forms (``Ее основатели – ...``); here an
        # enumeration between dashes or after a colon (``Четверку основателей — Бразилию, Россию,
        # Индию и Китай — дополнила ЮАР``), with the group's size from a collective numeral
        # (``четверка``) or a number
        head = r.head(word)
        if head is not None and head.lemma in FOUNDER_COPULAS and not r.negated(head) and not r.future(head, None):
            # (round 9) ``Учредителями ШОС в 2001 году стали Казахстан, Китай ...``: the founders
            # named with a date of their own clause date the founding, where the article dates it
            # nowhere else (a founding implied, as by a founding document)
            d = r.date_in(r.clause(head), {head.token_id, word.token_id}, near=head)
            genitives = [c for c in r.children(word, {"nmod", "det"}) if not r.preposition(c)]
            owners = [o for o in (r.organisation(c) for c in genitives) if o is not None]
            # (not the founders of something else: ``Учредителями нового фонда стали ...``)
            org = None if genitives and not owners else (owners[0] if owners and owners[0][0] else org_of([]))
            if d is not None and org is not None and r.s.date(d):
                yield IMPLIED_FOUNDING, org[0], "", r.s.date(d), span, org[1]
        states = listed_states(r, word)
        copula = head if head is None or head.lemma in FOUNDER_COPULAS else r.head(head)
        if not states and copula is not None and copula.lemma in FOUNDER_COPULAS and copula.token_id > word.token_id \
                and not r.negated(copula) and not r.future(copula, None):
            # (round 10) the founders as the copula's subject (``Ее государствами-основателями
            # являются Казахстан, Китай, ...``, ``Учредителями организации выступили Армения и
            # Россия``): the states among its nominative subjects
            # (natasha may take a capitalised compound for the subject or an adjective: the states
            # after the copula then)
            states = [st for c in r.children(copula, {"nsubj"}) if c is not word and c.token_id > copula.token_id
                      for st in r.states_at(c)]
        if not states:
            return
        genitives = [c for c in r.children(word, {"nmod", "det"}) if not r.preposition(c)]
        owners = [r.organisation(c) for c in r.children(word, {"nmod", "det"})]
        owners = [o for o in owners if o is not None]
        if genitives and not owners:
            return  # the founders of something else (``Учредителями нового фонда стали ...``)
        org = owners[0] if owners and owners[0][0] else org_of([])
        if org is None:
            return
        head = r.head(word)
        size = COLLECTIVES.get(head.lemma) if head is not None and word.rel == "nmod" else None
        size = size or count_of(r, word)
        if size == len(states):
            yield "founding_member_count", org[0], str(size), "", span, org[1]
        for name, _ in states:
            yield "founding_member", org[0], name, "", span, org[1]
        return
    if participle(word) and word.rel in ("acl", "amod"):
        # (round 10) a participle on a body's noun founds the body, not the organisation
        # (``Парламентская ассамблея организации, образованная в 2006 году``): the noun it hangs on
        # must name the organisation or stand for it
        noun = r.head(word)
        if noun is not None and noun.pos == "NOUN" and noun.token_id not in r.mention_of \
                and r.organisation(noun, itself=True) is None and not r.state(noun) and noun.lemma != "который":
            return
    on_treaty = [c for c in r.children(word, {"obl"}) if r.preposition(c) == "на" and c.lemma in TREATY_NOUNS
                 and c.feats.get("Case") == "Loc"] if verbal(word) and word.lemma in ("основать", "основывать") else []
    if on_treaty:
        # (round 11) ``военно-политический союз, основанный на Договоре о коллективной безопасности
        # от 15 мая 1992 года``, ``ОДКБ основана на Договоре ...``: resting on a treaty, not a
        # founding date; the treaty's own date after ``от`` is its signing
        founded = [r.subject_of(word)] if participle(word) and word.rel in ("acl", "amod") else \
            r.children(word, {"nsubj:pass", "nsubj"})
        founded = [r.resolve_relative(t) for t in founded if t is not None]
        org = owning_organisation(r, founded, org_of)
        if org is None:
            return
        treaty = on_treaty[0]
        value = _treaty_value(r, treaty, org[0])
        if not value:
            return
        yield "based_on", org[0], value, "", span, org[1]
        # (the date anywhere in the treaty's phrase after ``от``: the parse may hang it on the title's
        # last word, ``о создании СНГ от 8 декабря 1991 года``)
        dates = [r.date_of[t.token_id] for t in r.view.subtree(treaty) if t.token_id in r.date_of
                 and r.preposition(t) == "от"]
        if dates and r.s.date(dates[0]):
            yield "treaty_signed", org[0], value, r.s.date(dates[0]), span, org[1]
        return
    intransitive = any(e.family == "founded" and "subject" in e.objects for e in ENTRIES.get(word.lemma, ()))
    if verbal(word):
        if intransitive:
            founded = r.children(word, {"nsubj"})  # ``Содружество возникло в 1991 году``
            founders = []
        elif word.feats.get("Voice") == "Act" and not participle(word):
            founded = r.children(word, {"obj"})
            founders = r.children(word, {"nsubj"})
            if founded and all(counted(f) and not r.states_at(f) for f in founded) and any(
                    r.organisation(f, itself=True) is not None and not r.states_at(f) for f in founders):
                # (round 10) the parse swapped the roles (``Объединение в 2006 году создали четыре
                # государства – Бразилия, ...``: the counted states taken for the object)
                founded, founders = ([f for f in founders if r.organisation(f, itself=True) is not None][:1],
                                     founded)
            if not founded:
                # (round 10) the organisation fronted as an object the parse took for a subject of
                # this verb or of a later one (``Объединение БРИК в 2006 году учредили Бразилия,
                # Россия, Индия и Китай, в 2011 году к ним присоединилась ЮАР``): the noun naming
                # the organisation before the verb, nothing but its words and a date between, with
                # states after the verb as the founders
                fronted = []
                for i in range(word.token_id - 1, min(r.tokens) - 1, -1):
                    t = r.tokens[i]
                    if t.pos == "PUNCT" or verbal(t):
                        break
                    if t.rel in ("nsubj", "obj") and not r.preposition(t) and not r.states_at(t) \
                            and r.organisation(t, itself=True) is not None:
                        fronted = [t]
                if fronted and any(f.token_id > word.token_id and r.states_at(f) for f in founders):
                    founded = fronted
                    founders = [f for f in founders if f not in founded]
        else:
            founded = r.children(word, {"nsubj:pass", "nsubj"})
            if participle(word) and word.rel in ("acl", "amod"):
                founded = [r.subject_of(word)]
            founders = [c for c in r.children(word, {"obl"}) if c.feats.get("Case") == "Ins" and not r.preposition(c)]
            if not founders and participle(word):
                founders = r.instrumentals_after(word)
            if not founders and participle(word):
                # (round 10) a counted instrumental right after the participle's words (``основанная
                # в 2001 году шестью государствами – Казахстаном, ...``), hung elsewhere by the parse
                founders = [r.tokens[i] for i in sorted(r.stretch(word)) if counted(r.tokens[i])
                            and r.tokens[i].feats.get("Case") == "Ins" and count_of(r, r.tokens[i])
                            and not r.preposition(r.tokens[i])][:1]
    else:
        if r.head(word) is not None and r.head(word).lemma in TREATY_NOUNS:
            return  # ``Соглашение о создании СНГ``: a treaty's title, not a statement of founding
        founded = [c for c in r.children(word, {"nmod"}) if c.feats.get("Case") == "Gen" and not r.preposition(c)]
        founders = []
    founded = [r.resolve_relative(t) for t in founded if t is not None]
    org = owning_organisation(r, founded, org_of)
    if org is None:
        return
    if verbal(word) and founded and word.lemma in BASED_VERBS:
        # (round 8) what the organisation was founded for (``Организация была создана для
        # противодействия угрозам безопасности``; ``в целях`` is ``_purpose``'s): a statutory
        # purpose, the genitive after ``для`` in the nominative; not what a body or a fund was
        # founded for (the founded noun names the organisation)
        for c in r.children(word, {"obl"}):
            if r.preposition(c) == "для" and c.pos == "NOUN" and c.feats.get("Case") == "Gen":
                start, end = phrase_of(r, c)
                start = max([start] + [p.end + 1 for p in r.children(c, {"case"})])  # after ``для``
                value = nominative_list(r, c, start, end)
                if value:
                    yield "purpose", org[0], value[:1].lower() + value[1:], "", span, org[1]
    d = r.date_in(ids, {root.token_id, word.token_id}, near=word)
    date = s.date(d) if d is not None else ""
    if not date:
        # ``с момента создания ОДКБ``: no founding date, no founding; but the states that founded
        # it are its founders all the same (``Ее основали Казахстан, Китай, ...``, after a sentence
        # that dated the founding), undated
        for f in founders:
            for name, _ in r.states_at(f):
                yield "founding_member", org[0], name, "", span, org[1]
        return
    yield "founded", org[0], "", date, span, org[1]
    if verbal(word):
        # (round 8) the place of the founding on its date (``ШОС - ... организация, созданная 15
        # июня 2001 года в Шанхае``): a city or a region after ``в`` on the verb, not after another
        # verb
        for i in sorted(ids):
            t = r.tokens.get(i)
            if t is not None and r.preposition(t) == "в" and r.place(t, regions=True) and r.head(t) is word \
                    and not r.verb_between(t, word):
                yield "founded_place", org[0], r.place(t, regions=True), date, span, org[1]
                break
    for f in founders:
        # ``лидерами шести государств – Казахстана, Китая ...``: the states after the leaders,
        # and their count
        states = r.states_at(f)
        if not states and counted(f) and not f.lemma in LEADERS:
            # (round 10) ``основана ... шестью государствами - Казахстаном, Китаем, ...``: the states
            # listed after a dash or a colon, and the count of the counted noun
            states = listed_states(r, f) or [st for a in r.children(f, {"appos"}) for st in r.states_at(a)]
            number = count_of(r, f)
            if number and (not states or len(states) == number):
                yield "founding_member_count", org[0], str(number), date, span, org[1]
        if not states and f.lemma in LEADERS:
            for n in r.children(f, {"nmod"}):
                states += r.states_at(n)
                for a in r.children(n, {"appos", "nmod", "parataxis"}):
                    states += r.states_at(a)
                for c in r.children(n, {"nummod", "nummod:gov"}):
                    number = int(c.text) if c.text.isdigit() else NUMBERS.get(c.lemma)
                    if number and n.lemma in COUNTED_NOUNS:
                        yield "founding_member_count", org[0], str(number), date, span, org[1]
        for name, _ in states:
            yield "founding_member", org[0], name, date, span, org[1]
    return


def decision_taken(r, word):
    """The verb by which a decision on ``word`` was taken (``Решение о преобразовании ... лидеры
    приняли``, ``было принято решение о преобразовании``), in the past; else None."""
    decision = r.head(word)
    if decision is not None and decision.lemma == "решить" and verbal(word) and word.feats.get("VerbForm") == "Inf" \
            and decision.feats.get("Voice") == "Pass" and not r.negated(decision) and not r.future(decision, None):
        return decision  # ``В 2002 году решено преобразовать договор в ... организацию``
    if decision is None or decision.lemma != "решение":
        return None
    verb = r.head(decision)
    if verb is None or verb.lemma != "принять" or r.negated(verb) or r.future(verb, None):
        return None
    if verb.feats.get("Tense") != "Past" and not any(c.feats.get("Tense") == "Past" for c in r.children(verb, {"aux", "aux:pass"})):
        return None
    return verb


def _transformed(r, word, root, ids, org_of, span, future, objects=frozenset()):
    """A founding told as a transformation: ``В 2002 году договор был преобразован в
    международную региональную организацию``, ``Шанхайская пятерка была преобразована в ШОС``, or
    the decision to transform taken (``Решение о преобразовании договора в полноценную
    международную организацию лидеры шести стран приняли 14 мая 2002 года в Москве``): the
    organisation it was transformed into (named, or a generic noun standing for the sentence's or
    the text's) was founded on the clause's date, in the clause's place, with its kind when a noun
    of kind names it (``международная региональная организация``) and the count of the states
    whose leaders decided. A decision not taken (``решение о преобразовании ... может быть
    принято``) or a transformation to come is none; so is a transformation into something other
    than an organisation (``преобразован в министерство``)."""
    s = r.s
    if future:
        return
    verb = word
    if not verbal(word) or word.feats.get("VerbForm") == "Inf":
        verb = decision_taken(r, word)
        if verb is None:
            return
    # (``в организацию`` may hang on the genitive of what was transformed: ``преобразовании
    # договора в ... организацию``)
    holders = [word] + [c for c in r.children(word, {"nmod", "obj", "nsubj:pass"}) if not r.preposition(c)]
    targets = [c for h in holders for c in r.children(h, {"obl", "nmod"}) if r.preposition(c) == "в" and not r.place(c)]
    if "статус" in objects:
        # (round 8) a status granted or received (``договору был придан статус международной
        # региональной организации``): the organisation is the status's genitive, never a target
        # after ``в`` (``получила в ШОС статус наблюдателя`` founds nothing)
        targets = [c for h in holders if h.lemma == "статус" and h is not word for c in r.children(h, {"nmod"})
                   if not r.preposition(c) and c.feats.get("Case") == "Gen"]
    orgs = [(t, r.organisation(t, itself=True)) for t in targets]
    orgs = [(t, o) for t, o in orgs if o is not None]
    if not orgs:
        return
    target, org = orgs[0]
    if not org[0]:
        org = org_of([])
        if org is None:
            return
    clause = r.clause(verb) | r.own(word) if verb is not word else ids
    statuses = {h.token_id for h in holders if h.lemma == "статус"} if "статус" in objects else set()
    # (a date the parse hung on the status: ``обрело статус международной организации в 2001 году``)
    d = r.date_in(clause, {verb.token_id, word.token_id} | statuses, near=verb)
    if d is None:
        return
    date = s.date(d)
    yield "founded", org[0], "", date, span, org[1]
    adjectives = [c for c in r.children(target, {"amod"}) if c.pos == "ADJ"]
    if adjectives and r.mention_of.get(target.token_id) is None:
        first = min(c.start for c in adjectives)
        value = s.normal_phrase(first, target.end)
        if value:
            yield "kind", org[0], value, "", span, org[1]
    for i in sorted(clause):
        t = r.tokens.get(i)
        if t is not None and r.preposition(t) == "в" and r.place(t) and r.head(t) is verb \
                and not r.verb_between(t, verb):
            yield "founded_place", org[0], r.place(t), date, span, org[1]
            break
    yield from signer_facts(r, r.children(verb, {"nsubj"}), org, date, span, states=False)


def _based_on(r, word, org_of, span):
    """The treaty an organisation rests on, told through a noun of basis: ``действует с 2015 года
    на основе Договора о ЕАЭС``, ``работает на базе Хартии ШОС`` (a verb of working or founding,
    ``based_verb`` in ``fact_relations.csv``, whose subject is the organisation), ``Правовой
    фундамент альянса – Договор о коллективной безопасности``, ``Правовой основой ОДКБ является
    Договор ...``, ``В основе деятельности СНГ лежит Устав`` (the basis of the organisation or of its
    work, the treaty its apposition or the verb's subject). Only a treaty (a noun of
    ``treaty_noun``): ``на основе национального законодательства`` is none."""
    head = r.head(word)
    treaties, owners = [], []
    if r.preposition(word) == "на" and not (head is not None and head.lemma in BASED_VERBS and verbal(head)):
        # (a parse that hung ``на основе`` elsewhere: the verb of founding before it, no comma between)
        for i in range(word.token_id - 1, min(r.tokens) - 1, -1):
            t = r.tokens[i]
            if t.text in (",", ";", ":") or t.lemma in lexicon.DASHES:
                break
            if verbal(t):
                head = t if t.lemma in BASED_VERBS else head
                break
    if r.preposition(word) in ("на", "в") and head is not None and head.lemma in BASED_VERBS and verbal(head):
        if r.preposition(word) == "на":
            treaties = [c for c in r.children(word, {"nmod"}) if c.lemma in TREATY_NOUNS]
            subject = r.subject_of(head)
            owners = [subject] if subject is not None else []
            if not treaties and any(c.lemma in ("его", "ее", "её", "он", "она") for c in r.children(word, {"det", "nmod"})):
                # (round 11) ``Договор ... был подписан ... в Ташкенте, а в 2002 году на его основе
                # создана организация``: the pronoun stands for the treaty named before it in the
                # sentence (the last one)
                treaties = [t for i, t in sorted(r.tokens.items()) if i < word.token_id and t.lemma in TREATY_NOUNS
                            and t.pos in ("NOUN", "PROPN")][-1:]
                if treaties and subject is not None and subject.token_id < treaties[0].token_id:
                    treaties = []
            if not treaties:
                # (round 8) the organisations an organisation was founded on or grew out of
                # (``Союз создан на базе Таможенного союза и Единого экономического пространства``):
                # each a name of the gazetteer, the organisation itself not among them
                yield from _based_on_predecessors(r, word, owners, org_of, span)
                return
        else:  # ``В основе деятельности СНГ лежит Устав``
            treaties = [c for c in r.children(head, SUBJECT_RELS) if c.lemma in TREATY_NOUNS]
            owners = [n for c in r.children(word, {"nmod"}) for n in [c] + r.children(c, {"nmod"})]
    elif not r.preposition(word):
        # ``фундамент альянса – Договор``, ``основой ОДКБ является Договор``
        treaties = [c for c in r.children(word, {"appos"}) if c.lemma in TREATY_NOUNS]
        if head is not None and head.lemma in ("являться", "быть", "служить", "стать", "оставаться"):
            treaties += [c for c in r.children(head, SUBJECT_RELS) if c.lemma in TREATY_NOUNS]
        owners = [n for c in r.children(word, {"nmod"}) for n in [c] + r.children(c, {"nmod"})]
    if not treaties:
        return
    org = owning_organisation(r, owners, org_of)
    if org is None:
        return
    value = _treaty_value(r, treaties[0], org[0])
    if value:
        yield "based_on", org[0], value, "", span, org[1]


def generic_owner(r, tokens, org_of):
    """``owning_organisation`` for a subject that opens its sentence: a generic noun (``Союз
    создан на базе Таможенного союза ...``) stands for an organisation named before it, in the
    sentence or the text, never for one named after it in the same sentence."""
    orgs = [(t, o) for t, o in ((t, r.organisation(t, itself=True)) for t in tokens) if o is not None]
    if not orgs:
        return None
    token, org = orgs[0]
    if org[0]:
        return org
    before = r.s.org_in(r.s.sentence.start, token.start)
    if before:
        return before, "text"
    return (r.s.context_org, "context") if r.s.context_org else None


def _based_on_predecessors(r, word, owners, org_of, span):
    """``на базе Таможенного союза и Единого экономического пространства``: the organisations
    named in the genitive after the noun of basis and joined to it, by their gazetteer names;
    nothing when the basis names something else (``на основе консенсуса``)."""
    org = generic_owner(r, owners, org_of)
    if org is None:
        return
    named = []
    for c in r.children(word, {"nmod"}):
        if r.preposition(c) or c.feats.get("Case") != "Gen":
            continue
        for t in r.conjuncts(c):
            m = r.mention_of.get(t.token_id)
            if m is not None and m.kind == "organisation" and m.name != org[0] \
                    and parent_organisation(m.name, r.s.organisations) == m.name and m.name not in named:
                named.append(m.name)
    for name in named:
        yield "based_on", org[0], name, "", span, org[1]


def nominative_list(r, token, start, end):
    """A phrase in the nominative, each of its conjuncts put there apart (``всестороннюю
    модернизацию, кооперацию и повышение ...`` → ``всесторонняя модернизация, кооперация и
    повышение ...``), the words between them kept."""
    s = r.s
    conjuncts = [c for c in r.children(token, {"conj"}) if c.token_id > token.token_id]
    if not conjuncts:
        return s.normal_phrase(start, end) or s.text(start, end)
    pieces, at = [], start
    heads = [token] + conjuncts
    for i, head in enumerate(heads):
        ids = sorted(x for x in r.own(head) if x in r.tokens and r.tokens[x].pos not in ("PUNCT", "CCONJ")
                     and (i + 1 == len(heads) or x < heads[i + 1].token_id))
        if not ids:
            return s.normal_phrase(start, end) or s.text(start, end)
        a, b = r.tokens[ids[0]].start, r.tokens[ids[-1]].end
        if a < at or b > end:
            return s.normal_phrase(start, end) or s.text(start, end)
        pieces.append(s.text(at, a))
        pieces.append(s.normal_phrase(a, b) or s.text(a, b))
        at = b
    pieces.append(s.text(at, end))
    return "".join(pieces).strip()


def phrase_of(r, token):
    """The start and end of a token's phrase: its subtree, in one stretch around the token
    (``всестороннее экономическое развитие государств-членов``)."""
    ids = {i for i in r.view.subtree_ids(token.token_id) if i in r.tokens}
    start = end = token.token_id
    while start - 1 in ids:
        start -= 1
    while end + 1 in ids:
        end += 1
    while end > start and r.tokens[end].pos == "PUNCT":
        end -= 1
    return r.tokens[start].start, r.tokens[end].end


def _purpose(r, word, org_of, span):
    """A statutory purpose stated with a verb rather than ``Целью X является``: the organisation
    ``призвана`` to do something (``региональная международная организация, призванная регулировать
    отношения ...``: the infinitive's phrase), or a goal a document or the organisation names
    (``Основной целью союза договор называет создание условий ...``, ``Среди основных целей союза
    договор называет ...``, ``Устав относит к целям объединения ...``, ``ШОС ставит своей целью
    ...``: the object's phrase, in the nominative). The goal is the organisation's only when the
    noun of goal is (``целью союза``), or the subject is the organisation or a treaty; a state's or
    a speaker's goal (``Россия видит своей задачей ...``) is a priority, not a purpose."""
    s = r.s
    if word.lemma == "цель" and r.preposition(word) in ("в", "с") and r.head(word) is not None \
            and r.head(word).lemma in BASED_VERBS and verbal(r.head(word)):
        # (round 8) the purpose an organisation was founded or works for (``Союз создан ... в
        # целях всесторонней модернизации, кооперации и повышения ...``, ``организация создана с
        # целью укрепления мира``): the genitive after ``в целях`` / ``с целью``, in the
        # nominative; only when the verb's subject is the organisation (``Россия создала фонд в
        # целях ...`` is none)
        verb = r.head(word)
        subject = r.subject_of(verb)
        org = generic_owner(r, [subject], org_of) if subject is not None else None
        goals = [c for c in r.children(word, {"nmod"}) if not r.preposition(c) and c.feats.get("Case") == "Gen"
                 and c.pos == "NOUN"]
        if org is None or not goals:
            return
        start, end = phrase_of(r, goals[0])
        value = nominative_list(r, goals[0], start, end)
        if value:
            yield "purpose", org[0], value[:1].lower() + value[1:], "", span, org[1]
        return
    if word.lemma in ("цель", "задача") and word.feats.get("Number") == "Plur" and (
            r.preposition(word) == "среди" or (r.head(word) is not None and r.head(word).lemma == "число"
                                               and r.preposition(r.head(word)) in ("в", "к"))
            or (word.rel == "root" and r.tokens.get(word.token_id - 2) is not None
                and r.tokens[word.token_id - 2].lemma == "среди")):
        # (round 10) a goal among the organisation's goals, stated without a verb (``В числе
        # основных целей союза – формирование единого рынка ...``, ``Среди главных целей ШОС —
        # укрепление ...``): the noun after the dash, in the nominative; only the organisation's
        # goals (``Среди целей России – ...`` is a priority, not a purpose)
        owners = [r.organisation(c, itself=True) for c in r.children(word, {"nmod", "det"}) if not r.preposition(c)]
        owners = [o for o in owners if o is not None]
        org = (owners[0] if owners[0][0] else org_of([])) if owners else None
        dash = None if org is None else next((i for i in sorted(r.tokens) if i > word.token_id and r.tokens[i].text in lexicon.DASHES), None)
        goal = r.tokens.get(dash + 1) if dash is not None and not r.verb_between(word, r.tokens[dash]) else None
        number = r.head(word)
        if goal is None and org is not None and number is not None and r.preposition(number) == "к":
            # (``К числу основных целей союза относится создание общего рынка``: the subject of
            # ``относиться``)
            verb = r.head(number)
            if verb is not None and verb.lemma == "относиться" and not r.negated(verb):
                goal = next((c for c in r.children(verb, {"nsubj"}) if c.pos == "NOUN"), None)
        if goal is not None and goal.pos == "NOUN" and goal.feats.get("Case") == "Nom":
            start, end = phrase_of(r, goal)
            start = max(start, goal.start)  # (not the dash the parse hung on the goal)
            value = nominative_list(r, goal, start, end)
            if value:
                yield "purpose", org[0], value[:1].lower() + value[1:], "", (min(span[0], word.start), max(span[1], end)), org[1]
                return
        # (else a verb names the goals: ``Среди основных целей союза договор называет ...``, below)
    one = r.head(word)
    if word.lemma in ("цель", "задача") and word.feats.get("Number") == "Plur" and r.preposition(word) == "из" \
            and one is not None and one.lemma == "один":
        # (round 11) ``Одной из основных целей союза является создание условий ...``, ``Одна из
        # задач ОДКБ — защита ...``: one of the organisation's goals, the copula's subject (or the
        # noun after a dash); only the organisation's goals (``Одной из целей России является ...``
        # is a priority)
        owners = [r.organisation(c, itself=True) for c in r.children(word, {"nmod", "det"}) if not r.preposition(c)]
        owners = [o for o in owners if o is not None]
        org = (owners[0] if owners[0][0] else org_of([])) if owners else None
        copula = r.head(one) if one.rel != "root" else one
        goal, after = None, None
        if org is not None and copula is not None and copula.lemma in ("являться", "быть", "стать", "оставаться") \
                and not r.negated(copula):
            goal = next((c for c in r.children(copula, {"nsubj"}) if c.pos == "NOUN" and c is not one), None)
            after = copula
        elif org is not None:
            dash = next((i for i in sorted(r.tokens) if i > word.token_id and r.tokens[i].text in lexicon.DASHES), None)
            goal = r.tokens.get(dash + 1) if dash is not None and not r.verb_between(word, r.tokens[dash]) else None
            after = r.tokens.get(dash) if dash is not None else None
        if goal is not None and goal.pos == "NOUN" and goal.feats.get("Case") == "Nom" and goal.token_id > word.token_id:
            start, end = phrase_of(r, goal)
            # (from the word after the copula or the dash: the goal's adjectives stay, ``коллективная
            # защита``)
            start = max(start, after.end + 1 if after is not None else goal.start)
            value = nominative_list(r, goal, start, end)
            if value:
                yield "purpose", org[0], value[:1].lower() + value[1:], "", (min(span[0], one.start), max(span[1], end)), org[1]
        return
    if word.lemma in ("цель", "задача"):
        verb = r.head(word)
        if verb is None or verb.lemma not in PURPOSE_VERBS or not verbal(verb):
            return
        objects = [c for c in r.children(verb, {"obj"}) if c is not word and c.pos in ("NOUN", "PROPN")]
        if not objects:
            return
        # the one who names the goal is a document or the organisation itself: a person naming
        # the organisation's main task (``Генсек ОДКБ назвал главной задачей организации ...``)
        # states a priority
        by = []
        for subject in r.children(verb, SUBJECT_RELS):
            own = r.organisation(subject, itself=True)
            if subject.lemma in TREATY_NOUNS:
                named = [r.organisation(c) for c in r.children(subject, {"nmod"})]
                own = next((o for o in named if o is not None and o[0]), ("", "context"))
            if own is not None:
                by.append(own)
        if not by:
            return
        owners = [r.organisation(c, itself=True) for c in r.children(word, {"nmod", "det"})]
        owners = [o for o in owners if o is not None] + by
        org = owners[0] if owners[0][0] else org_of([])
        if org is None:
            return
        start, end = phrase_of(r, objects[0])
        value = nominative_list(r, objects[0], start, end)
    else:  # ``призванная регулировать``
        infinitives = [c for c in r.children(word, {"xcomp"}) if c.feats.get("VerbForm") == "Inf"]
        if not infinitives:
            return
        holder = next(iter(r.children(word, SUBJECT_RELS)), None) if word.rel == "root" else r.head(word)
        org = r.organisation(holder, itself=True) if holder is not None else None
        if org is None:
            return
        org = org if org[0] else org_of([])
        if org is None:
            return
        start, end = phrase_of(r, infinitives[0])
        value = s.text(start, end)
    if value:
        yield "purpose", org[0], value[:1].lower() + value[1:], "", span, org[1]


def _leaders_meeting(r, word):
    """Whether a meeting is of leaders: a ``саммит``, or a meeting whose genitive names leaders,
    heads of state or the leaders' council (``заседание Совета коллективной безопасности``,
    ``Высшего Евразийского экономического совета``)."""
    if word.lemma == "саммит":
        return True
    for c in r.children(word, {"nmod"}):
        if c.lemma in LEADERS and not of_government(r, c):
            return True
        if leaders_council(r, c):
            return True
    return False


def _meeting_ellipsis(r, word, org_of):
    """(round 11) The next meeting with its noun left out: ``Заседание Высшего совета ... в конце мая
    прошло в Астане, следующее состоится в декабре в Санкт-Петербурге``, ``Саммит прошел в Минске,
    очередной пройдет в Москве``. The adjective is the subject of a future verb of holding, with no
    noun of its own; the meeting it stands for is the last meeting noun before it in the sentence,
    a meeting of leaders (a ministers' meeting is no summit, so neither is the next one). The place
    and the date are the verb's own (``в ... ``); not a negated one."""
    verb = r.head(word)
    if word.rel not in SUBJECT_RELS or word.pos != "ADJ" or verb is None or verb.lemma not in HELD | HELD_FUTURE \
            or not r.future(verb, None) or r.negated(verb):
        return
    meetings = [t for i, t in sorted(r.tokens.items()) if i < word.token_id and t.lemma in MEETING_NOUNS]
    if not meetings or not _leaders_meeting(r, meetings[-1]):
        return
    meeting = meetings[-1]
    org = org_of([t for t in r.view.subtree(meeting) if t.token_id in r.tokens and t is not meeting
                  and r.organisation(t) is not None])
    if org is None:
        return
    places = [r.place(c) for c in r.children(verb, {"obl"}) if r.preposition(c) == "в" and r.place(c)]
    # (the clause from the adjective on: a date before the comma is the meeting held's, whatever
    # the parse hung it on)
    clause = {i for i in r.clause(verb) if i >= word.token_id}
    d = r.date_in(clause)
    ids = [i for i in clause if r.tokens[i].pos != "PUNCT"]
    span = (min(r.tokens[i].start for i in ids), max(r.tokens[i].end for i in ids))
    if places:
        yield "next_summit", org[0], places[0], r.s.date(d) if d is not None else "", span, org[1]


def _next_of_council(r, word):
    """(round 11) A bare meeting noun with an adjective of one to come after a clause about the
    leaders' council (``Совет глав государств СНГ заседал в Минске, очередное заседание пройдет в
    Ашхабаде``): the council's next meeting. Not one with a genitive of its own (``очередное
    заседание комиссии``)."""
    if r.children(word, {"nmod"}) or not any(c.lemma in UPCOMING for c in r.children(word, {"amod"})):
        return False
    return any(leaders_council(r, t) or (t.lemma in MEETING_NOUNS and _leaders_meeting(r, t))
               for i, t in r.tokens.items() if i < word.token_id)


def of_government(r, token):
    """Whether a noun of leaders names heads of government (``глав правительств``, ``Совета глав
    правительств``): their meeting is no summit, which is the heads of state's."""
    return any(t.lemma == "правительство" for t in r.view.subtree(token) if t.token_id in r.tokens)


def _meeting(r, word, root, entry, ids, org_of, span, future):
    """A summit held (``саммит состоялся в Бишкеке 27 ноября``, ``встреча лидеров, прошедшая в
    Казани``), or one to come (``саммит ожидается в Нью-Дели``, ``Россия рассчитывает провести
    саммит в Москве``)."""
    s = r.s
    if not _leaders_meeting(r, word) and not _next_of_council(r, word):
        return
    head = r.head(word)
    verbs = []
    if head is not None and head.lemma in HELD | HELD_FUTURE and word.rel in SUBJECT_RELS + ("obj",):
        # (round 10) a verb of holding right after the meeting, with no subject of its own, before
        # the one the parse hung the meeting on (``Саммит ОДКБ в 2025 году прошел в Бишкеке,
        # следующий саммит организации пройдет ...``: the first meeting on ``пройдет``) is its own
        i = word.token_id + 1
        while i in r.tokens and not verbal(r.tokens[i]) and r.tokens[i].text not in ",;:":
            i += 1
        nearer = r.tokens.get(i)
        # (round 11) or a verb before the meeting behind a comma (``Саммит СНГ ... прошел в Душанбе,
        # заседание Совета глав государств в этом году состоится в Ашхабаде``: the parse hung the
        # second meeting on the first's verb): the verb after the meeting is its own
        before_comma = head.token_id < word.token_id and any(
            r.tokens[j].text == "," for j in range(head.token_id + 1, word.token_id) if j in r.tokens)
        if nearer is not None and (nearer.token_id < head.token_id or before_comma) \
                and nearer.lemma in HELD | HELD_FUTURE \
                and nearer.feats.get("VerbForm") == "Fin" and not r.children(nearer, SUBJECT_RELS):
            head = nearer
        if not before_comma or head.token_id > word.token_id:
            verbs.append(head)
    if head is not None and head.lemma in MODALS:
        # ``Очередной саммит Россия рассчитывает провести``: the parse may hang the meeting on the
        # planning verb instead of the infinitive
        verbs += [c for c in r.children(head, {"xcomp"}) if c.lemma in HELD]
    verbs += [c for c in r.children(word, {"acl", "acl:relcl"}) if c.lemma in HELD | HELD_FUTURE]
    if not verbs:
        # ``..., итоговая сессия ... в Бишкеке состоялась 27 ноября``: the next verb, when it has
        # no subject of its own and nothing but the meeting's phrase stands between
        i = word.token_id + 1
        while i in r.tokens and not verbal(r.tokens[i]) and r.tokens[i].text not in ",;:":
            i += 1
        verb = r.tokens.get(i)
        if verb is not None and verb.lemma in HELD | HELD_FUTURE and verb.feats.get("VerbForm") == "Fin" \
                and not r.children(verb, SUBJECT_RELS):
            verbs.append(verb)
    if head is not None and head.lemma == "проведение" and word.rel == "nmod":
        # ``местом проведения ноябрьского саммита станет Москва``: the subject of the verb of
        # ``место`` is the place
        yield from _meeting_place(r, word, head, org_of, span)
        return
    # ``саммит назначен на октябрь и пройдет в Ашхабаде``: a second verb joined to the first
    # (round 11: not one after another meeting, which is that meeting's: ``Саммит ... прошел в
    # Душанбе, заседание ... состоится в Ашхабаде``)
    verbs += [c for v in list(verbs) for c in r.children(v, {"conj"}) if c.lemma in HELD | HELD_FUTURE
              and not r.children(c, SUBJECT_RELS)
              and not any(t.lemma in MEETING_NOUNS for i, t in r.tokens.items() if word.token_id < i < c.token_id)]
    if not verbs and r.preposition(word) == "на" and head is not None and verbal(head) \
            and head.feats.get("VerbForm") == "Fin" and head.feats.get("Tense") == "Past" \
            and r.when_date(head, marks=True) is not None:
        # (round 8) what was done at a summit, in a ``когда`` clause after a date (``с 1 сентября
        # 2025 года, когда на саммите в Тяньцзине ей передал эстафету Китай``): the summit was
        # held there on that date
        when = r.when_date(head, marks=True)
        places = [r.place(c) for c in r.children(word, {"nmod"}) if r.preposition(c) == "в" and r.place(c)]
        named = [o for o in (r.organisation(c) for c in r.children(word, {"nmod"})) if o and o[0]]
        org = named[0] if named else org_of([])
        if places and org is not None:
            yield "summit", org[0], places[0], s.date(when), span, org[1]
        return
    if not verbs:
        return
    for verb in verbs:
        if r.negated(verb):
            continue
        # a meeting expected, scheduled, in the future or planned (``рассчитывает провести``) is
        # one to come
        planned = verb.lemma in HELD_FUTURE or r.future(verb, None) or (
            r.head(verb) is not None and r.head(verb).lemma in MODALS and verb.feats.get("VerbForm") == "Inf")
        clause = r.clause(verb) | r.own(word) | set(range(min(word.token_id, verb.token_id), max(word.token_id, verb.token_id)))
        clause &= set(r.tokens)
        places = []
        for t in sorted(clause):
            tok = r.tokens.get(t)
            if tok is not None and r.preposition(tok) == "в" and r.place(tok):
                places.append(r.place(tok))
        if not places:
            # (round 9) a place right after the verb, before the next comma, that the parse hung on
            # a verb of an earlier clause (``БРИК был образован в 2006 году ..., первый саммит
            # лидеров четырех стран состоялся в Екатеринбурге``: ``в Екатеринбурге`` on
            # ``образован``)
            for t in sorted(r.stretch(verb)):
                tok = r.tokens[t]
                head_id = r.view.head(t)
                if r.preposition(tok) == "в" and r.place(tok) and head_id is not None and head_id < word.token_id \
                        and head_id < verb.token_id:
                    places.append(r.place(tok))
                    clause = clause | {t}
                    break
        wheres = [c for c in r.children(verb, {"advmod"}) if c.lemma == "где"]
        if not places and wheres:
            # ``Душанбе, где минувшей осенью прошел саммит``: the place the relative clause is on,
            # or (a parse that lost the relative clause) the place right before ``, где``
            place = r.place(r.head(verb)) if verb.rel == "acl:relcl" and r.head(verb) is not None else None
            before = r.tokens.get(wheres[0].token_id - 2)
            if place is None and before is not None and r.tokens[wheres[0].token_id - 1].text == ",":
                place = r.place(before)
            places = [place] if place else []
        if not places:
            continue
        org = org_of([])
        named = [r.organisation(r.tokens[t]) for t in sorted(r.own(word)) if t in r.tokens]
        named = [o for o in named if o and o[0]]
        if named:
            org = named[0]
        if org is None:
            continue
        dating = clause
        start = min(r.view.subtree_ids(word.token_id))
        if word.token_id < verb.token_id and r.tokens.get(start - 1) is not None and r.tokens[start - 1].text == "," \
                and any(verbal(t) and t.feats.get("VerbForm") == "Fin" and t.rel not in ("aux", "aux:pass")
                        for i, t in r.tokens.items() if i < start):
            # (round 10) a meeting that opens its clause after a comma: a date before the comma is
            # the clause before's, whatever the parse hung it on (``Саммит ... прошел 31 августа -
            # 1 сентября 2025 года, следующая встреча ... состоится летом в Бишкеке``)
            dating = {i for i in clause if i >= start}
        d = r.date_in(dating, {verb.token_id, word.token_id})
        if d is None and dating is not clause:
            # (the date right after the verb, which the parse hung on the clause before's verb)
            d = r.date_after(verb)
        date = s.date(d) if d is not None else last_year(r, word)
        if not date and planned:
            date = scheduled_month(r, clause | set(r.clause(verbs[0])))
        if not planned and verb.feats.get("Tense") == "Pres" and verb.feats.get("VerbForm") != "Part":
            continue  # ``проходит``: today's meeting, the article's own news
        tokens = [r.tokens[i] for i in clause if i in r.tokens and r.tokens[i].pos != "PUNCT"]
        span = (min(t.start for t in tokens), max(t.end for t in tokens))
        yield ("next_summit" if planned else "summit"), org[0], places[0], date, span, org[1]


HOST_COPULAS = FAMILY.get("host_copula", set())  # copulas of a host noun (``хозяйкой саммита станет``)
UPCOMING = FAMILY.get("upcoming", set())  # adjectives of a meeting still to come (``следующего саммита``)


def _host_noun(r, word, org_of, span):
    """(round 8) The host of a summit named by a noun with a copula: ``Принимающей стороной
    следующего саммита СНГ станет Туркмения``, ``Хозяйкой саммита ШОС в 2026 году станет
    Киргизия``, ``Страной-хозяйкой следующего саммита БРИКС будет Индия``, ``Киргизия станет
    хозяйкой саммита``: the state or city in the nominative beside the copula is the summit's place;
    one to come when the copula is future or the meeting ``следующий``; a past one only with its
    date. Read in word order (natasha parses these copular sentences in many ways), inside the
    stretch without punctuation around the noun."""
    ids = sorted(r.tokens)
    if word.lemma == "сторона" and not (word.token_id - 1 in r.tokens and r.tokens[word.token_id - 1].lemma == "принимать"):
        return
    lo = hi = word.token_id
    while lo - 1 in r.tokens and r.tokens[lo - 1].pos != "PUNCT":
        lo -= 1
    while hi + 1 in r.tokens and r.tokens[hi + 1].pos != "PUNCT":
        hi += 1
    stretch = [r.tokens[i] for i in ids if lo <= i <= hi]
    meetings = [t for t in stretch if word.token_id < t.token_id <= word.token_id + 3 and t.lemma in MEETING_NOUNS
                and t.feats.get("Case") == "Gen"]
    copulas = [t for t in stretch if t.lemma in HOST_COPULAS and t is not word]
    if not meetings or not copulas or not _leaders_meeting(r, meetings[0]):
        return
    meeting, copula = meetings[0], copulas[0]
    hosts = [t for t in stretch if r.place(t) and t.feats.get("Case") == "Nom" and not r.preposition(t)
             and r.mention_of.get(t.token_id) is not None and r.organisation(t) is None]
    if not hosts:
        return
    upcoming = copula.feats.get("Tense") == "Fut" or copula.text.lower().startswith("буд") or any(
        c.lemma in UPCOMING for c in r.children(meeting, {"amod"}))
    dates = [r.date_of[t.token_id] for t in stretch if t.token_id in r.date_of]
    date = r.s.date(dates[0]) if dates else ""
    if not upcoming and not date:
        return  # a past host undated: the article's own news or background without a fact
    named = [o for o in (r.organisation(c) for c in r.children(meeting, {"nmod"})) if o and o[0]]
    named += [o for o in (r.organisation(t) for t in stretch if t.token_id > meeting.token_id) if o and o[0]][:1]
    org = named[0] if named else org_of([])
    if org is None:
        return
    yield ("next_summit" if upcoming else "summit"), org[0], r.place(hosts[0]), date, span, org[1]


def scheduled_month(r, ids):
    """(round 11) A meeting to come scheduled for a month without a year (``запланирован на ноябрь
    и пройдет в Москве``, ``назначен на октябрь``), which the dates table does not read: the month
    of the article's year, or of the next one when that month has passed by the article's date;
    empty when the article has no date header (the conventions of ``tests/organisations``)."""
    date = r.s.article.date or ""
    if not re.match(r"\d{4}-\d{2}", date):
        return ""
    for i in sorted(ids):
        t = r.tokens.get(i)
        if t is None or r.preposition(t) != "на" or t.token_id in r.date_of:
            continue
        month = next((int(row["number"]) for row in MONTHS if re.fullmatch(row["pattern"], t.text.lower())), None)
        if month is not None:
            year = int(date[:4]) + (1 if month < int(date[5:7]) else 0)
            return "%04d-%02d" % (year, month)
    # (and a part of this year in words, ``пройдет в Индии во второй половине года``, ``в конце
    # года``: the article's year, as ``в этом году``; not ``прошлого года``, nor a year named)
    for i in sorted(ids):
        t = r.tokens.get(i)
        if t is not None and t.lemma in ("половина", "конец", "начало") and r.preposition(t) == "в" \
                and t.token_id not in r.date_of:
            years = [c for c in r.children(t, {"nmod"}) if c.lemma == "год" and not r.children(c, {"amod", "det", "nummod"})
                     and c.token_id not in r.date_of]
            if years:
                return date[:4]
    return ""


def last_year(r, word):
    """``Прошлогодняя встреча``: a meeting of last year is dated by the year before the article's
    (empty when the article has no date)."""
    if not any(c.lemma == "прошлогодний" for c in r.children(word, {"amod"})):
        return ""
    article = r.s.article
    year = (article.date or article.dateline_date or "")[:4]
    return str(int(year) - 1) if year.isdigit() else ""


def _meeting_place(r, word, holding, org_of, span):
    """``Местом проведения ноябрьского саммита станет Москва``, ``местом проведения саммита
    была Казань``: the venue named as the subject of the verb ``место`` hangs on; one to come
    when that verb is future, dated by the meeting's own phrase."""
    place_noun = r.head(holding)
    if place_noun is None or place_noun.lemma != "место":
        return
    verb = r.head(place_noun)
    if verb is None or verb.lemma not in ("стать", "быть", "являться"):
        # (a parse that hung ``местом`` on the clause before: the next verb in word order)
        i = place_noun.token_id + 1
        while i in r.tokens and not verbal(r.tokens[i]) and r.tokens[i].pos != "PUNCT":
            i += 1
        verb = r.tokens.get(i)
    # (round 9) a venue chosen or set (``Местом проведения следующего саммита ШОС выбран Бишкек``):
    # a meeting still to come
    chosen = verb is not None and verb.lemma in VENUE_CHOICE_VERBS
    if verb is None or verb.lemma not in ("стать", "быть", "являться") and not chosen or r.negated(verb):
        return
    places = [r.place(c) for c in r.children(verb, SUBJECT_RELS) if r.place(c)]
    if not places:
        return
    org = org_of([])
    named = [r.organisation(c) for c in r.children(word, {"nmod"})]
    named = [o for o in named if o is not None and o[0]]
    org = named[0] if named else org
    if org is None:
        return
    d = r.date_in(r.own(word)) or r.date_in(r.clause(verb) | set(range(place_noun.token_id, verb.token_id)))
    date = r.s.date(d) if d is not None else ""
    planned = r.future(verb, None) or chosen
    if not planned and verb.feats.get("Tense") == "Pres":
        return
    yield ("next_summit" if planned else "summit"), org[0], places[0], date, span, org[1]


# (round 9) verbs of choosing a meeting's venue (``местом проведения ... выбран / определен``)
VENUE_CHOICE_VERBS = FAMILY.get("venue_choice", set())


def _seat(r, word, root, ids, span):
    """``Секретариат ОДКБ размещен в Москве``, ``штаб-квартира ШОС находится в Пекине``: the seat
    of the organisation's own headquarters, secretariat or executive committee; a body's
    (``Евразийская экономическая комиссия со штаб-квартирой в Москве``) is not the organisation's.
    Also: a city that ``служит местом пребывания`` the secretariat, a secretariat that ``работает``
    or ``заседает`` in a city (``в российской столице``: its capital), and the executive committee
    ``в Минске`` as the complement of ``является``/``остается`` (``Рабочим органом объединения
    остается Исполнительный комитет в Минске``)."""
    if word.lemma == "комитет" and not any(c.lemma == "исполнительный" for c in r.children(word, {"amod"})):
        return
    if word.lemma == "орган" and not any(c.lemma in STANDING_BODY_WORDS for c in r.children(word, {"amod", "acl"})):
        # (round 9) ``Постоянно действующий регулирующий орган союза – Евразийская экономическая
        # комиссия – находится в Москве``: the organisation's standing or executive body; any
        # other body (``орган по борьбе с наркотиками``) is not its seat
        return
    head = r.head(word)
    subject = word
    if head is not None and word.rel in ("amod", "conj") and head.pos in ("NOUN", "PROPN") \
            and head.rel in SUBJECT_RELS:
        # ``Секретариат и Объединенный штаб альянса работают``: natasha may hang the first of two
        # joined subjects on the second; the genitive after the second belongs to both
        subject, head = head, r.head(head)
    places = []
    if head is not None and head.lemma in SEAT_VERBS and subject.rel in SUBJECT_RELS:
        places = [r.place(c) for c in r.children(head, {"obl"}) if r.preposition(c) == "в" and r.place(c)]
    elif head is not None and head.lemma in ("пребывание", "размещение") and word.rel == "nmod":
        # ``Пекин служит местом пребывания ее секретариата``: the subject of the verb of ``место``
        place_noun = r.head(head)
        verb = r.head(place_noun) if place_noun is not None and place_noun.lemma == "место" else None
        if verb is not None and verbal(verb) and verb.lemma in ("служить", "являться", "быть", "стать", "оставаться"):
            places = [r.place(c) for c in r.children(verb, SUBJECT_RELS) if r.place(c)]
    elif head is not None and head.lemma in ("являться", "быть", "оставаться") and word.rel in SUBJECT_RELS:
        places = [r.place(c) for c in r.children(word, {"nmod"}) if r.preposition(c) == "в" and r.place(c)]
    elif head is not None and head.lemma in ("являться", "быть", "оставаться") and word.lemma == "орган" \
            and word.rel in ("xcomp", "obl") and not r.negated(head):
        # (round 11) the organisation's standing body named by the copula, its seat in a relative
        # clause on the body (``Постоянно действующим регулирующим органом ЕАЭС является Евразийская
        # экономическая комиссия, которая находится в Москве``) or in its own phrase
        for body in r.children(head, {"nsubj"}):
            places += [r.place(c) for c in r.children(body, {"nmod"}) if r.preposition(c) == "в" and r.place(c)]
            for clause in r.children(body, {"acl:relcl", "acl"}):
                if clause.lemma in SEAT_VERBS and not r.negated(clause):
                    places += [r.place(c) for c in r.children(clause, {"obl"}) if r.preposition(c) == "в" and r.place(c)]
    if not places:
        # (round 11) the seat in a relative clause on the body (``Секретариат ОДКБ, который
        # находится в Москве, подготовил доклад``)
        # (or on the genitive of its name, where the parse hung it: ``Секретариат ОДКБ, который ...``)
        for clause in [c for n in [subject] + r.children(subject, {"nmod"}) for c in r.children(n, {"acl:relcl"})]:
            if clause.lemma in SEAT_VERBS and not r.negated(clause) and any(
                    c.lemma == "который" for c in r.children(clause, SUBJECT_RELS)):
                places += [r.place(c) for c in r.children(clause, {"obl"}) if r.preposition(c) == "в" and r.place(c)]
    if not places:
        return
    m = r.mention_of.get(word.token_id)
    if m is not None and m.kind == "organisation":
        owners = [(parent_organisation(m.name, r.s.organisations), "text")]  # ``Секретариат ШОС`` as one name
    else:
        owners = [r.organisation(c, itself=True) for c in r.children(word, {"nmod", "det"})]
        if subject is word and word.rel in SUBJECT_RELS:
            # (round 9) ``Исполком и Экономический суд СНГ находятся в Минске``: the genitive
            # after the last of joined subjects is the first's too
            owners += [r.organisation(n, itself=True) or r.organisation(n)
                       for c in r.children(word, {"conj"}) for n in r.children(c, {"nmod"})
                       if not r.preposition(n)]
        if subject is not word:
            # (the genitive after the second of two joined subjects is both's: ``Секретариат и
            # Объединенный штаб ОДКБ``, where the gazetteer reads the second with it as one body's
            # name, stands for the secretariat of the organisation that body belongs to)
            owners += [r.organisation(c, itself=True) or r.organisation(c) for c in r.children(subject, {"nmod"})]
        if head is not None and head.lemma in ("являться", "быть", "оставаться"):
            # the complement's genitive (``Рабочим органом объединения``)
            owners += [r.organisation(n, itself=True) for c in r.children(head, {"xcomp", "obl", "nsubj"})
                       if c.lemma == "орган" for n in r.children(c, {"nmod"})]
    owners = [o for o in owners if o is not None]
    if not owners:
        return
    # (round 11: the pronoun anywhere before the noun in its phrase, ``его исполнительный комитет``)
    phrase_start = min([word.start - 4] + [t.start for t in r.view.subtree(word) if t.token_id in r.tokens])
    if not owners[0][0] and pronoun_of_a_body(r.s, phrase_start, word.start):
        # (round 10) a possessive pronoun in a clause joined to one whose subject is a body, not
        # the organisation (``Антитеррористический центр создан по решению Совета глав государств
        # СНГ в 2000 году, его штаб-квартира находится в Москве``): the pronoun is the body's
        return
    org = owners[0] if owners[0][0] else ((r.s.context_org, "context") if r.s.context_org else None)
    if org is None:
        return
    named = [r.mention_of.get(c.token_id) for c in r.children(word, {"nmod"})]
    words = [w.lower() for n in named if n is not None for w in r.s.text(n.start, n.end).split()]
    if any(w.startswith(body) for w in words for body in BODY_NOUNS):
        return  # a bank's or a fund's seat (``Штаб-квартира Нового банка развития``): not read
    yield "headquarters", org[0], places[0], "", span, org[1]


def _hosting(r, word, entry, org_of, heads, span, future):
    """``Китай, принимавший лидеров организации в Тяньцзине``: a state receiving the leaders hosts
    a summit, in the place after ``в``; one to come when the verb is future or planned."""
    if not _has_object(r, word, entry.objects):
        return
    guests = [c for c in r.children(word, {"obj"}) if c.lemma in entry.objects]
    if not guests and any(r.place(c) for c in r.children(word, {"obj"}) + r.children(word, SUBJECT_RELS)):
        # ``Следующий саммит СНГ примет у себя Ашхабад``, ``саммит ШОС принимал Китай``: natasha
        # may take the meeting for the subject (the host for the object, or a second subject); a
        # meeting receives no city
        guests = [c for c in r.children(word, SUBJECT_RELS) if c.lemma in MEETING_NOUNS]
        heads = heads | {c.token_id for c in r.children(word, {"obj"})}
    elif not guests:
        # (round 8) the meeting taken for the subject and the host hung elsewhere (``Осенью
        # Ашхабад примет саммит СНГ``): ``_hosted_meeting`` looks for the host in word order and
        # gives nothing without one (``саммит примет декларацию``); only a meeting right after the
        # verb, nothing but its words between, and a verb with no object of its own (``эстафету
        # Казахстан принял у Белоруссии, при которой заседание ... прошло``: the meeting is
        # another clause's)
        if not r.children(word, {"obj"}):
            guests = [c for c in r.children(word, SUBJECT_RELS) if c.lemma in MEETING_NOUNS and c.token_id > word.token_id
                      and not any(r.tokens[i].pos == "PUNCT" or verbal(r.tokens[i])
                                  for i in range(word.token_id + 1, c.token_id) if i in r.tokens)]
            # (round 10) the meeting fronted and the host right before the verb, which the parse
            # hung on the meeting's words (``Очередной саммит объединения Индия примет у себя``):
            # a place in the nominative between them, nothing but the meeting's words before it
            guests = guests or [c for c in r.children(word, SUBJECT_RELS) if c.lemma in MEETING_NOUNS
                                and c.token_id < word.token_id and any(
                                    r.place(r.tokens[i]) and r.tokens[i].feats.get("Case") == "Nom"
                                    and not r.preposition(r.tokens[i]) and i == word.token_id - 1
                                    for i in range(c.token_id + 1, word.token_id) if i in r.tokens)
                                and not any(r.tokens[i].pos == "PUNCT" or verbal(r.tokens[i])
                                            for i in range(c.token_id + 1, word.token_id) if i in r.tokens)
                                # (and no object after the verb: ``Саммит ОДКБ Россия примет решение``)
                                and not any(t.pos in ("NOUN", "PROPN") and not r.preposition(t)
                                            and t.token_id not in r.date_of for t in after_verb(r, word))]
    if any(g.lemma in MEETING_NOUNS for g in guests):
        yield from _hosted_meeting(r, word, [g for g in guests if g.lemma in MEETING_NOUNS], org_of, heads, span, future)
        return
    named = [r.organisation(c) for g in guests for c in r.children(g, {"nmod"})]
    named = [o for o in named if o is not None]
    if not named:
        return  # whose leaders: ``принимал лидеров стран Африки`` is no summit of an organisation
    org = named[0] if named[0][0] else org_of([])
    if org is None:
        return
    places = [r.place(c) for c in r.children(word, {"obl"}) + [c for g in guests for c in r.children(g, {"nmod"})]
              if r.preposition(c) == "в" and r.place(c)]
    if not places:
        return
    d = r.date_in(r.clause(word), heads)
    yield ("next_summit" if future else "summit"), org[0], places[0], r.s.date(d) if d is not None else "", span, org[1]


MEETING_NOUNS = FAMILY.get("meeting", set())


def after_verb(r, word):
    """The tokens after a verb up to the next punctuation mark or verb."""
    found, i = [], word.token_id + 1
    while i in r.tokens and r.tokens[i].pos != "PUNCT" and not verbal(r.tokens[i]):
        found.append(r.tokens[i])
        i += 1
    return found


def _hosted_meeting(r, word, meetings, org_of, heads, span, future):
    """``Следующий саммит СНГ примет у себя Ашхабад``, ``Казахстан примет саммит ЕАЭС в мае``,
    ``заседание Высшего совета принимала Москва``: the host (a city, or a state) of a meeting of
    leaders is its place; one to come when the verb is future. The host is the verb's subject, or
    the place in the nominative the parse hung elsewhere after the verb."""
    meeting = meetings[0]
    if not _leaders_meeting(r, meeting):
        return
    subject = r.subject_of(word)
    hosts = [subject] if subject is not None and subject is not meeting else []
    # (the host after the verb, which the parse may take for its object: ``примет у себя Ашхабад``)
    hosts += [t for i, t in sorted(r.tokens.items()) if i > word.token_id and r.place(t) and not r.preposition(t)
              and (t.feats.get("Case") == "Nom" or (t.rel == "obj" and r.head(t) is word and meeting.rel in SUBJECT_RELS))]
    if not hosts:
        # (round 8) the host before the verb that the parse hung elsewhere while it took the
        # meeting for the subject (``Осенью Ашхабад примет саммит СНГ``: ``Ашхабад`` on
        # ``Осенью``): the place in the nominative named last before the verb, with no
        # punctuation or other verb between
        for i in range(word.token_id - 1, min(r.tokens) - 1, -1):
            t = r.tokens[i]
            if t.pos == "PUNCT" or (verbal(t) and t.rel not in ("aux", "aux:pass")):
                break
            if r.place(t) and not r.preposition(t) and t.feats.get("Case") == "Nom":
                hosts.append(t)
                break
    places = [r.place(h) for h in hosts if h is not None and r.place(h) and not r.preposition(h)]
    if not places:
        return
    named = [r.organisation(c) for c in r.children(meeting, {"nmod"})]
    named = [o for o in named if o is not None and o[0]]
    org = named[0] if named else org_of([])
    if org is None:
        return
    d = r.date_in(r.clause(word), heads | {meeting.token_id})
    date = r.s.date(d) if d is not None else ""
    if not future and word.feats.get("Tense") == "Pres":
        return  # ``принимает``: today's meeting, the article's own news
    yield ("next_summit" if future else "summit"), org[0], places[0], date, span, org[1]


def leaders_council(r, token):
    """Whether a noun is the leaders' council (``Высший Евразийский экономический совет``, ``Совет
    коллективной безопасности``, ``Совет глав государств``): ``совет`` with a word of ``leaders``
    in its phrase; a council of ministers is none."""
    return token.lemma == "совет" and bool({t.lemma for t in r.view.subtree(token) if t.token_id in r.tokens} & LEADERS) \
        and not of_government(r, token)


def _gathering(r, word, org_of, heads, span, future):
    """``Лидеры государств ЕАЭС встретятся в Минске в декабре``, ``главы государств СНГ собрались в
    Душанбе в октябре прошлого года``, ``Высший Евразийский экономический совет соберется 26
    декабря в Санкт-Петербурге``: the organisation's leaders (or their council) meeting somewhere is a summit there
    (one to come when the verb is future or planned; a past one only with its date, since an
    undated ``встретились`` is the article's own news); leaders of no organisation named, or
    ministers, make none."""
    head = r.head(word)
    planning = head is not None and head.lemma in MODALS and word.feats.get("VerbForm") == "Inf"
    subjects = [c for c in r.children(head if planning else word, SUBJECT_RELS) if c.pos in ("NOUN", "PROPN") and (
        (c.lemma in LEADERS and c.pos == "NOUN" and not of_government(r, c)) or leaders_council(r, c))]
    if not subjects:
        return
    chain = [n for c in r.children(subjects[0], {"nmod"}) for n in [c] + r.children(c, {"nmod"})]
    # (the council named as a body of the organisation: ``Высший Евразийский экономический совет``)
    named = [r.organisation(n) for n in [subjects[0]] * leaders_council(r, subjects[0]) + chain]
    named = [o for o in named if o is not None]
    if not named:
        return
    org = named[0] if named[0][0] else org_of([])
    if org is None:
        return
    places = [r.place(c) for c in r.children(word, {"obl"}) if r.preposition(c) == "в" and r.place(c)]
    if not places:
        # (round 10) the place the parse hung on the meeting the leaders gather for (``Совет глав
        # государств СНГ соберется на заседание в Ашхабаде осенью 2026 года``)
        places = [r.place(n) for c in r.children(word, {"obl"}) if r.preposition(c) == "на" and c.lemma in MEETING_NOUNS
                  for n in r.children(c, {"nmod"}) if r.preposition(n) == "в" and r.place(n)]
    if not places:
        return
    planned = future or planning
    if not planned and word.feats.get("Tense") != "Past":
        return
    d = r.date_in(r.clause(word), heads)
    if d is None and not planned:
        return  # ``Лидеры ШОС встретились в Астане``, undated: the article's own news, not its background
    yield ("next_summit" if planned else "summit"), org[0], places[0], r.s.date(d) if d is not None else "", span, org[1]


def _count_growth(r, word, org_of, span):
    """A count reached: ``Число членов ШОС достигло десяти``, ``Количество стран-участниц БРИКС
    выросло до десяти``, ``ШОС расширилась до десяти государств``: the number of members (a number
    noun with the members' or states' genitive and the organisation's) or the organisation itself
    reached N. Not a number of anything else (``число проектов выросло до десяти``)."""
    numbers = [c for c in r.children(word, {"nummod", "obl", "obj", "nummod:gov"}) if c.pos == "NUM"]
    numbers += [n for c in r.children(word, {"obl"}) if r.preposition(c) == "до" and counted(c)
                for n in r.children(c, {"nummod", "nummod:gov"})]
    if len(numbers) != 1:
        return
    n = numbers[0]
    number = int(n.text) if n.text.isdigit() else NUMBERS.get(n.lemma)
    if not number:
        return
    subject = next(iter(r.children(word, {"nsubj"})), None)
    if subject is None:
        return
    org = None
    if subject.lemma in NUMBER_NOUNS:
        members = [c for c in r.children(subject, {"nmod"}) if c.lemma in MEMBERS_NOUNS or counted(c)]
        owners = [o for m in members for o in r.children(m, {"nmod"}) if r.organisation(o) is not None]
        org = org_of(owners) if owners else None
    elif r.organisation(subject, itself=True) is not None and any(
            r.preposition(c) == "до" and counted(c) for c in r.children(word, {"obl"})):
        org = r.organisation(subject, itself=True)
        org = org if org[0] else org_of([])
    if org is None:
        return
    yield "member_count", org[0], str(number), "", span, org[1]


def _count(r, word, span):
    """``В ее составе шесть государств``, ``Всего в ЕАЭС пять государств``: a count of states in
    the organisation stated without a verb (the noun heads its clause, or hangs on ``быть``); the
    count of an ordinal (``десятым членом``) or of states doing something is none."""
    head = r.head(word)
    verbless = []  # the place of a verbless count the parse hung on the next clause's verb
    if head is None or head is word or r.head(head) is word:
        # (round 9) a count heading its clause, or a parse that went round in a circle (``В БРИКС
        # сейчас десять полноправных участников``: the noun on its adjective, the adjective on the
        # noun, or on itself): a verbless count, its place ``в X`` before it with no comma between
        head = None
        verbless = [t for i, t in sorted(r.tokens.items()) if i < word.token_id and r.preposition(t) == "в"
                    and not any(r.tokens[j].text == "," for j in range(i, word.token_id) if j in r.tokens)]
    if head is not None and verbal(head) and head.lemma in FAMILY.get("member", set()) and word.rel == "nsubj" \
            and head.feats.get("Tense") == "Pres" and not r.negated(head):
        # (round 10) a count as the subject of a verb of membership, an adverb or a list around it
        # (``В ЕАЭС сейчас входят пять стран: Армения, ...``): the place ``в X`` on the verb
        verbless = [t for t in r.children(head, {"obl"}) if r.preposition(t) == "в"]
        head = None
    if head is not None and verbal(head) and head.lemma != "быть":
        # (a verbless count the parse made one of two subjects of the next clause's verb: ``Всего в
        # ЕАЭС пять государств, еще несколько стран ... имеют статус наблюдателя``)
        others = [c for c in r.children(head, SUBJECT_RELS) if word.token_id < c.token_id < head.token_id]
        if not (word.rel in SUBJECT_RELS + ("obj",) and others and any(
                r.tokens.get(i) is not None and r.tokens[i].text == "," for i in range(word.token_id + 1, others[0].token_id))):
            return
        # (its place: ``в X`` before the count with no comma between, wherever the parse hung it)
        verbless = [t for i, t in sorted(r.tokens.items()) if i < word.token_id and r.preposition(t) == "в"
                    and not any(r.tokens[j].text == "," for j in range(i, word.token_id) if j in r.tokens)]
    numbers = [c for c in r.children(word, {"nummod", "nummod:gov"})]
    if len(numbers) != 1:
        return
    c = numbers[0]
    number = int(c.text) if c.text.isdigit() else NUMBERS.get(c.lemma)
    if not number:
        return
    places = [t for t in r.children(word, {"obl", "nmod"}) if r.preposition(t) == "в"] + verbless
    if head is not None and r.preposition(head) == "в" and word.rel in ("nsubj", "nmod"):
        places.append(head)  # ``В ее составе шесть государств``: the parse makes the place the root
    org = None
    for t in places:
        found = r.organisation(t)
        if found is None and t.lemma == "состав":
            found = ("", "context")
            for n in r.children(t, {"nmod", "det"}):
                inner = r.organisation(n)
                if inner is not None and inner[0]:
                    found = inner
        if found is not None:
            org = found
    if org is None:
        return
    if not org[0]:
        org = (r.s.context_org, "context") if r.s.context_org else None
        if org is None:
            return
    tokens = [r.tokens[i] for i in r.own(word) | r.own(places[0]) if i in r.tokens and r.tokens[i].pos != "PUNCT"]
    span = (min(t.start for t in tokens), max(t.end for t in tokens))
    yield "member_count", org[0], str(number), "", span, org[1]
    # the states listed after the count (``шесть государств: помимо России, это Армения, ...``)
    for c in r.children(word, {"parataxis", "appos"}):
        for name, _ in r.states_at(c):
            yield "member", org[0], name, "", span, org[1]


def signer_facts(r, signers, org, date, span, states=True):
    """``лидеры шести государств подписали``, ``подписан главами России, Белоруссии и Казахстана``:
    the leaders among ``signers`` give the founding count of the states they stand for and, with
    ``states``, those states as founding members."""
    for signer in signers:
        if signer.lemma not in LEADERS | {"руководитель"}:
            if states and signer.rel == "nsubj" and r.state(signer):
                # (round 11) the states themselves as the signers of the founding document
                # (``Договор о его создании подписали 29 мая 2014 года в Астане Белоруссия,
                # Казахстан и Россия``): its founding members, as their leaders would be
                for name, _ in r.states_at(signer):
                    yield "founding_member", org[0], name, date, span, org[1]
            continue
        for n in r.children(signer, {"nmod"}):
            number = count_of(r, n)
            if number and counted(n):
                yield "founding_member_count", org[0], str(number), date, span, org[1]
            if states:
                for name, _ in r.states_at(n):
                    yield "founding_member", org[0], name, date, span, org[1]


def counted(token):
    """A noun that counts states (``государств``, ``стран``, ``государств-членов``: a compound by
    its first part)."""
    return token.lemma in COUNTED_NOUNS or token.lemma.split("-")[0] in COUNTED_NOUNS \
        or token.text.lower().split("-")[0][:5] in {w[:5] for w in COUNTED_NOUNS}


def count_of(r, token):
    """The number a counted noun carries (``десять государств``), or None."""
    numbers = r.children(token, {"nummod", "nummod:gov"})
    if len(numbers) != 1:
        return None
    c = numbers[0]
    return int(c.text) if c.text.isdigit() else NUMBERS.get(c.lemma)


def listed_states(r, token):
    """The states an enumeration after a colon or a dash lists for a noun (``девять государств:
    Азербайджан, Армения, ...``, ``основателей — Бразилию, Россию, ...``), however the parse
    attached it: ``parataxis``, ``appos``, or a list hung on the noun's head."""
    found = []
    # a list that stands before its verb ends there: a state after the verb the parse joined to
    # it is the verb's own (``Шестерку учредителей — Армению, ... — дополнили Азербайджан``)
    verb, t = None, token
    for _ in range(4):
        t = r.head(t)
        if t is None or verbal(t):
            verb = t
            break
    end = verb.token_id if verb is not None and verb.token_id > token.token_id else None
    for c in r.children(token, {"parataxis", "appos"}):
        # only a list opened by a colon or a dash (``пять государств, ..., в частности, Узбекистан и
        # Куба имеют статус наблюдателя`` lists no members)
        if not any(p.text in DASHES_AND_COLON for p in r.children(c, {"punct"}) if p.token_id < c.token_id):
            continue
        found += [(name, t) for name, t in r.states_at(c) if end is None or t.token_id < end]
    if found:
        # natasha tears a long list apart (some states hung on the verb or on each other): the
        # list is read in word order too, from the dash or colon after the noun's phrase
        ordered = r.enumeration_after(token)
        if len(ordered) > len(found) and {n for n, _ in found} <= {n for n, _ in ordered}:
            return ordered
    return found


def _count_verb(r, word, span):
    """A count of members with a verb: the organisation ``насчитывает`` N states (its subject,
    named or a generic noun), ``численность (число) членов X составляет N государств``, ``членами
    X числятся N государств``; the states listed after the count are members."""
    numbered = [c for c in r.children(word, {"obj", "nsubj", "nsubj:pass"}) if counted(c) and count_of(r, c)]
    if len(numbered) != 1:
        return
    noun = numbered[0]
    owners = []
    if word.lemma == "насчитывать":
        subject = r.subject_of(word)
        owners = [subject] if subject is not None and subject is not noun else []
    elif word.lemma == "составлять":
        for subject in r.children(word, {"nsubj"}):
            if subject.lemma in NUMBER_NOUNS:
                owners = [n for m in r.children(subject, {"nmod"}) if m.lemma in MEMBERS_NOUNS
                          for n in r.children(m, {"nmod"})]
        if not owners:
            # ``Численность членов ЕАЭС ... не менялась и составляет пять государств``: the number
            # noun before the verb, however the parse hung it (the subject of the first of two
            # joined verbs, or elsewhere)
            for subject in [t for i, t in sorted(r.tokens.items()) if i < word.token_id and t.lemma in NUMBER_NOUNS][:1]:
                owners = [n for m in r.children(subject, {"nmod"}) if m.lemma in MEMBERS_NOUNS
                          for n in r.children(m, {"nmod"})]
    else:  # ``членами СНГ числятся девять государств``
        owners = [n for m in r.children(word, {"obl", "xcomp"}) if m.lemma in MEMBERS_NOUNS
                  and not any(c.lemma in NOT_MEMBER for c in r.children(m, {"amod", "nmod"}))
                  for n in r.children(m, {"nmod"})]
    orgs = [r.organisation(t) for t in owners]
    orgs = [o for o in orgs if o is not None]
    if not orgs:
        return
    org = orgs[0] if orgs[0][0] else ((r.s.context_org, "context") if r.s.context_org else None)
    if org is None:
        return
    yield "member_count", org[0], str(count_of(r, noun)), "", span, org[1]
    for name, _ in listed_states(r, noun):
        yield "member", org[0], name, "", span, org[1]


def _chair_succeeded(r, word, org_of, span, future, dated=lambda token: ""):
    """``Индия, сменившая в этой роли Бразилию, председательствует в БРИКС``, ``Россия стоит во
    главе ОДКБ, сменив на этом посту Кыргызстан``: the state replaced chaired before (undated),
    when the clause it hangs on is a chair's, or it replaced it in a post or role and the sentence
    speaks of the chair.

    (round 12) Where only the post says it is the chair (``Казахстан, сменивший Белоруссию на посту
    председателя ЕАЭС, провел заседание``, ``С 1 января Казахстан сменил Белоруссию на посту
    председателя``), nothing else in the sentence says who chairs now: the replacing state chairs,
    dated by its clause (one to come, ``next_chair``, with a future verb, and the one it replaces
    the current chair). ``На смену Белоруссии ... пришел Казахстан`` is read as the same."""
    if r.negated(word) or r.modal(word, r.clause_root(word)):
        return
    if word.lemma == "смена":
        yield from _in_place_of(r, word, org_of, span, future, dated)
        return
    if future and not verbal(word) and word.lemma != "преемник":
        return
    # not a person's post (``председатель правления``): the chairmanship's words, not ``председатель``
    chair_words = (FAMILY.get("chair", set()) - {"председатель"}) | {"председательский"}
    if word.lemma in ("предшественник", "преемник"):
        yield from _predecessor(r, word, chair_words, org_of, span)
        return
    above, t = [], word
    for _ in range(3):
        t = r.head(t)
        if t is None:
            break
        above.append(t)
    # (round 9) ``председатель`` is the chair's word too where a state holds it (``Индия стала
    # председателем БРИКС, сменив на этом посту Бразилию``): the replacing one is a state
    # (not a chair of something else: ``на посту председателя правления банка``)
    chairs = [t for t in r.tokens.values() if t.lemma == "председатель"
              and all(r.organisation(c) is not None for c in r.children(t, {"nmod"}))]
    holders = [t for _, t in r.agents(word)] + [c for a in chairs for h in (a, r.head(a)) if h is not None
                                                for c in r.children(h, SUBJECT_RELS)]
    if chairs and any(r.state(t) for t in holders):
        chair_words = chair_words | {"председатель"}
    in_chair_clause = any(a.lemma in chair_words for a in above) or any(
        c.lemma in chair_words for a in above for c in r.children(a))
    # (round 10: or ``на посту`` in the participle's words between commas, which the parse hung
    # on the main verb, ``Россия, сменившая Киргизию на посту председателя ОДКБ, проведет ...``)
    posts = [c for c in r.children(word, {"obl"})] + [r.tokens[i] for i in sorted(r.stretch(word))
                                                      if participle(word) and r.preposition(r.tokens[i]) == "на"]
    in_post = any(c.lemma in ("пост", "роль", "должность") for c in posts) and \
        any(t.lemma in chair_words for t in r.tokens.values())
    if not (in_chair_clause or in_post):
        return
    org = org_of([])
    if org is None:
        return
    if r.s.main_org and org[1] == "context":
        org = (r.s.main_org, "context")
    replaced = [st for c in r.children(word, {"obj"}) for st in r.states_at(c)]
    takers = r.agents(word)
    if not replaced:
        # (a parse that hung the object elsewhere: the state in the accusative or nominative in
        # the participle's or gerund's words between commas, not its own subject)
        agents = {t.token_id for _, t in takers}
        replaced = [(r.state(r.tokens[i]), r.tokens[i]) for i in sorted(r.stretch(word)) if r.state(r.tokens[i])
                    and r.tokens[i].feats.get("Case") in ("Acc", "Nom") and i not in agents]
    if future and in_chair_clause:
        return  # (the clause above says what is to come)
    for name, _ in replaced[:1]:
        yield "chair", org[0], name, "", span, org[1]
    if replaced and not in_chair_clause:
        # (round 12) the post alone says it is the chair: the replacing state chairs (a verb of
        # chairing above says so itself, ``Индия, сменившая в этой роли Бразилию, председательствует``)
        for name, token in takers:
            if name not in {n for n, _ in replaced}:
                if future:
                    yield "next_chair", org[0], name, "", span, org[1]
                else:
                    yield "chair", org[0], name, dated(token), span, org[1]


def _in_place_of(r, word, org_of, span, future, dated):
    """(round 12) ``На смену Белоруссии в качестве председателя ЕАЭС пришел Казахстан``, ``на смену
    Киргизии на этом посту придет Россия``: the state ``на смену`` of which another comes chaired
    before (undated), the one that comes chairs (``next_chair`` with a future verb), when the
    sentence speaks of the chair (a chair word or a post); not a treaty or a format coming in place
    of another (``Оно пришло на смену временному соглашению``: no state)."""
    head = r.head(word)
    if r.preposition(word) != "на" or head is None or not verbal(head):
        return
    chair_words = FAMILY.get("chair", set()) | {"председательский", "пост"}
    if not any(t.lemma in chair_words for t in r.tokens.values()):
        return
    replaced = [st for c in r.children(word, {"nmod", "iobj", "obl"}) for st in r.states_at(c)]
    replaced = replaced or [st for c in r.children(head, {"iobj"}) if c.feats.get("Case") == "Dat"
                            for st in r.states_at(c)]
    if not replaced:
        return
    org = org_of([])
    if org is None:
        return
    if r.s.main_org and org[1] == "context":
        org = (r.s.main_org, "context")
    coming = future or r.future(head, None)
    taken = {n for n, _ in replaced}
    for name, _ in replaced[:1]:
        yield "chair", org[0], name, "", span, org[1]
    for name, token in r.agents(head):
        if name not in taken:
            if coming:
                yield "next_chair", org[0], name, "", span, org[1]
            else:
                yield "chair", org[0], name, dated(token), span, org[1]


def _predecessor(r, word, chair_words, org_of, span):
    """``Предшественником Ашхабада на этом посту был Душанбе``: the predecessor in a post chaired
    before (undated), when the post is the chair's: a chair word in the sentence or the one before
    (``Туркменистан, исполняющий председательские функции``)."""
    head = r.head(word)
    around = [word] + ([head] if head is not None else [])
    # the post named back (``на этом посту``, ``в этой роли``) or bare; a post named otherwise
    # (``на посту председателя правления банка``) is another's
    posts = [c for t in around for c in r.children(t, {"obl", "nmod"}) if c.lemma in ("пост", "роль", "должность")]
    # (round 12: or the chair's post named, ``на посту председателя ЕАЭС``, ``в роли
    # председательствующей страны``: a post whose words are a chair's and no other body's)
    named_posts = [p for p in posts if r.children(p, {"nmod"})]
    if not posts or any(not chair_post(r, p) for p in named_posts):
        return
    sentence_id = r.s.sentence.sentence_id
    before = r.s.view.sentence_tokens[sentence_id - 1] if sentence_id > 0 else []
    if not named_posts and not any(t.lemma in chair_words for t in list(r.tokens.values()) + list(before)):
        return
    verb = head if head is not None and head.lemma in ("быть", "являться", "стать") else None
    subjects = r.children(verb, SUBJECT_RELS) if verb is not None else r.children(word, SUBJECT_RELS)
    if verb is not None and verb.feats.get("Tense") == "Fut" and word.lemma != "преемник":
        return
    org = org_of([])
    if org is None:
        return
    if r.s.main_org and org[1] == "context":
        org = (r.s.main_org, "context")
    if word.lemma == "преемник":
        # (round 12) ``Преемником Белоруссии на посту председателя ЕАЭС стал Казахстан``: the
        # successor (the copula's subject) chairs, one to come with a future copula; the state whose
        # successor it is chaired before
        coming = verb is not None and r.future(verb, None)
        for subject in subjects[:1]:
            for name, _ in r.states_at(subject):
                yield ("next_chair" if coming else "chair"), org[0], name, "", span, org[1]
        for c in r.children(word, {"nmod"}):
            if c.feats.get("Case") == "Gen" and not r.preposition(c):
                for name, _ in r.states_at(c):
                    yield "chair", org[0], name, "", span, org[1]
        return
    for subject in subjects[:1]:
        for name, _ in r.states_at(subject):
            yield "chair", org[0], name, "", span, org[1]


def chair_post(r, post):
    """(round 12) Whether a post named by its words is the chair's: ``на посту председателя``,
    ``председателя ЕАЭС`` (the organisation's), ``в роли председательствующей страны``; not
    ``на посту председателя правления банка`` (another body's)."""
    for c in r.children(post, {"nmod"}):
        if c.lemma == "председатель":
            return all(r.organisation(x) is not None for x in r.children(c, {"nmod"}))
        if c.lemma in ("страна", "государство") and any(
                a.lemma in ("председательствующий", "председательствовать") for a in r.children(c, {"amod", "acl"})):
            return True
    return False


def _works_since(r, word, span, future):
    """``ЕАЭС действует с 2015 года``: an organisation (named as itself, not by one of its bodies)
    that works since a date was founded then."""
    if future:
        return
    subject = r.subject_of(word)
    if subject is None:
        return
    m = r.mention_of.get(subject.token_id)
    # (round 8) ``ЕАЭС начал функционировать 1 января 2015 года``: the start of the work is dated
    # by any date on the infinitive, not only one after ``с``
    started = word.feats.get("VerbForm") == "Inf" and r.head(word) is not None and r.head(word).lemma == "начать"
    if word.lemma == "начать":
        # (round 11) ``Содружество начало свою деятельность в декабре 1991 года``, ``начал работу``:
        # the work begun, its date the verb's own; not work on something (``начала работу над
        # докладом``, ``работу по ...``)
        works = [c for c in r.children(word, {"obj"}) if c.lemma in ("деятельность", "работа", "функционирование")]
        if not works or any(r.preposition(c) in ("над", "по") for w in works for c in r.children(w, {"nmod"})):
            return
        started = True
        obls = r.children(word, {"obl"})
    else:
        obls = None
    if m is None and started and subject.lemma in GENERIC_ORG_NOUNS and r.s.context_org \
            and not r.mention_of.get(subject.token_id):
        # (round 11) ``Договор ... подписан ..., союз начал функционировать 1 января 2015 года``:
        # the organisation named by its generic noun, the one of the text (``subject_from`` context)
        name, source = r.s.context_org, "context"
    elif m is None or m.kind != "organisation" or parent_organisation(m.name, r.s.organisations) != m.name:
        return
    else:
        name, source = m.name, "text"
    # (round 11: the date the parse hung on ``начать`` itself, ``начал функционировать 1 января``)
    if obls is None:
        obls = r.children(word, {"obl"}) + (r.children(r.head(word), {"obl"}) if started else [])
    for c in obls:
        d = r.date_of.get(c.token_id) or next((r.date_of[x.token_id] for x in r.children(c) if x.token_id in r.date_of), None)
        if (r.preposition(c) == "с" or (started and r.preposition(c) in ("", "в"))) and d is not None:
            yield "founded", name, "", r.s.date(d), span, source
            return


def _history(r, word, org_of, span, future):
    """(round 9) ``ОДКБ ведет свою историю с 15 мая 1992 года``, ``... подписали устав, с которого
    отсчитывает свою историю нынешняя организация``: an organisation that counts its history from a
    date, or from a document signed on one, was founded then. Only an organisation's history
    (``Россия ведет свою историю с 862 года``: none) and one counted from a date."""
    if future or r.negated(word):
        return
    subject = r.subject_of(word)
    if subject is not None and subject.lemma == "история" and word.lemma == "начинаться":
        # ``История ШОС начинается с 2001 года``: the organisation is the history's genitive
        subject = next((c for c in r.children(subject, {"nmod", "det"}) if r.organisation(c) is not None), None)
    elif not any(c.lemma == "история" for c in r.children(word, {"obj"})):
        return
    if subject is None:
        return
    org = r.organisation(subject)
    if org is None:
        return
    if not org[0]:
        org = org_of([])
        if org is None:
            return
    for c in r.children(word, {"obl"}):
        if r.preposition(c) != "с":
            continue
        d = r.date_of.get(c.token_id) or next((r.date_of[x.token_id] for x in r.children(c) if x.token_id in r.date_of), None)
        if d is None and c.lemma == "который":
            # the document the relative clause hangs on, dated by its own verb's clause
            treaty = r.resolve_relative(c)
            verb = r.head(treaty) if treaty is not c and treaty.lemma in TREATY_NOUNS else None
            if verb is not None and verbal(verb):
                d = r.date_in(r.clause(verb), {verb.token_id}, near=verb)
        if d is not None and r.s.date(d):
            yield "founded", org[0], "", r.s.date(d), span, org[1]
            return
    history = [c for c in r.children(word, {"obj"}) if c.lemma == "история"]
    for c in r.children(word, {"obl"}) + [n for h in history for n in r.children(h, {"nmod"})]:
        # (round 10) a history counted from a treaty (``ОДКБ ведет историю от Договора о
        # коллективной безопасности, подписанного ...``, ``берет начало от Договора ...``,
        # ``ведет свою историю с Договора ...``): the organisation rests on it, ``based_on`` (the
        # treaty's own signing is ``_signed``'s)
        if r.preposition(c) in ("от", "с") and c.lemma in TREATY_NOUNS and c.token_id not in r.date_of:
            value = _treaty_value(r, c, org[0])
            if value:
                yield "based_on", org[0], value, "", span, org[1]
            return


def _formalised(r, word, org_of, span, future):
    """(round 10) The organisation's creation formalised by leaders (``его создание закрепили в
    Беловежской пуще лидеры Белоруссии, России и Украины``, ``Создание СНГ оформили в Вискулях
    лидеры ...``): the states whose leaders did it are founding members, the place after ``в`` the
    founding's, dated only by a date in the verb's own words (its clause up to the punctuation
    around it; a date of the clause before a colon is not its). Only a creation of the
    organisation (``создание фонда``: none)."""
    if future or r.negated(word) or not verbal(word):
        return
    creations = [c for c in r.children(word, {"obj", "nsubj:pass"}) if c.lemma in FOUNDING_NOUNS]
    if not creations:
        return
    whose = [r.organisation(c) for c in r.children(creations[0], {"nmod", "det"}) if not r.preposition(c)]
    whose = [o for o in whose if o is not None]
    if not whose:
        return
    org = whose[0] if whose[0][0] else org_of([])
    if org is None:
        return
    # the verb's own words: back to the punctuation before it, on to the next one
    own, i = set(), word.token_id
    while i in r.tokens and r.tokens[i].pos != "PUNCT":
        own.add(i)
        i -= 1
    i = word.token_id + 1
    while i in r.tokens and r.tokens[i].pos != "PUNCT":
        own.add(i)
        i += 1
    d = r.date_in(own)
    date = r.s.date(d) if d is not None else ""
    leaders = [r.tokens[i] for i in sorted(own) if r.tokens[i].lemma in LEADERS | {"руководитель"}
               and r.tokens[i].pos == "NOUN" and not r.preposition(r.tokens[i])]
    if not leaders:
        return
    places = [r.place(r.tokens[i], regions=True) for i in sorted(own)
              if r.preposition(r.tokens[i]) == "в" and r.place(r.tokens[i], regions=True)]
    if places:
        yield "founded_place", org[0], places[0], date, span, org[1]
    yield from signer_facts(r, leaders[:1], org, date, span)


def proper_adjective(r, token):
    """A capitalised adjective inside a name (``Алма-Атинская декларация``): capitalised within
    the sentence, or hyphenated like a place's (a sentence's first word is capitalised anyway)."""
    return token.text[:1].isupper() and (token.token_id != min(r.tokens) or "-" in token.text)


def topic_in_order(r, treaty, end):
    """The id of the last word of a treaty's topic read in word order after ``end`` (``Договора о
    коллективной безопасности``: ``о``, adjectives, a noun in the locative), for a parse that tore
    the name apart; None when no such topic follows."""
    i = end + 1
    if not (i in r.tokens and r.tokens[i].text.lower() in ("о", "об")):
        return None
    i += 1
    while i in r.tokens and r.tokens[i].pos == "ADJ" and r.tokens[i].feats.get("Case") == "Loc":
        i += 1
    if i in r.tokens and r.tokens[i].pos in ("NOUN", "PROPN") and r.tokens[i].feats.get("Case") == "Loc" \
            and r.mention_of.get(i) is None:
        return i
    # (round 8) an organisation's name as the topic, the organisation's own treaty (``Договор о
    # Евразийском экономическом союзе был подписан ... главами ...``, the parse tearing ``о`` off)
    m = r.mention_of.get(i)
    if m is not None and m.kind == "organisation" and r.tokens[end + 2].start == m.start and r.tokens[i].end == m.end:
        return i
    return None


def torn_name(r, treaty, topic):
    """A treaty's name from its noun in the nominative and its topic as written (``Договор о
    коллективной безопасности``)."""
    return treaty.lemma[:1].upper() + treaty.lemma[1:] + " " + r.s.text(r.tokens[treaty.token_id + 1].start,
                                                                        r.tokens[topic].end)


def owning_organisation(r, tokens, org_of):
    """The organisation the first of ``tokens`` that names one names (``itself``: the word may be
    the organisation's own generic noun), the sentence's or the text's when it is only implied
    (``объединение``: ``org_of``'s context); None when none names one."""
    orgs = [o for o in (r.organisation(t, itself=True) for t in tokens) if o is not None]
    if not orgs:
        return None
    return orgs[0] if orgs[0][0] else org_of([])


def _treaty_value(r, treaty, org):
    """A treaty's name in the nominative: its noun phrase without the clauses on it (``Договор о
    коллективной безопасности``), or a bare noun with the organisation's name (``устав`` →
    ``Устав ОДКБ``)."""
    own_words = [c for c in r.children(treaty, {"nmod", "det"}) if r.organisation(c) == ("", "context")]
    if not [c for c in r.children(treaty, {"nmod", "amod"}) if c not in own_words] and not (
            r.tokens.get(treaty.token_id - 1) is not None and r.tokens[treaty.token_id - 1].rel == "amod"
            and proper_adjective(r, r.tokens[treaty.token_id - 1])):
        # ``подписали устав``, ``хартию организации``, ``ее устав``: the organisation's own; only a
        # charter or treaty (a bare ``соглашение`` may be any agreement)
        topic = topic_in_order(r, treaty, treaty.token_id)
        if topic is not None:
            return torn_name(r, treaty, topic)
        return (treaty.lemma[:1].upper() + treaty.lemma[1:] + " " + org) if org and treaty.lemma in OWN_TREATIES else ""
    phrase = {treaty.token_id}
    todo = [treaty]
    while todo:
        for c in r.children(todo.pop()):
            # (round 10: not the signers the parse hung on the name's topic, ``Договор о
            # Евразийском экономическом союзе президенты Белоруссии ... подписали``)
            if c.rel in ("nmod", "amod", "case", "flat", "flat:name") and c.token_id not in r.date_of \
                    and not (c.rel == "nmod" and c.feats.get("Case") not in ("Gen", None) and c.token_id < treaty.token_id) \
                    and not (c.rel == "nmod" and c.lemma in LEADERS | {"руководитель"} and r.head(c) is not treaty) \
                    and not (c.rel == "nmod" and r.preposition(c) == "в" and r.mention_of.get(c.token_id) is not None
                             and r.mention_of[c.token_id].kind == "city" and r.head(c) is not treaty):
                # (round 11: nor a city the parse hung on the title's topic, the signing's place:
                # ``подписали Договор о Евразийском экономическом союзе в Астане``)
                phrase.add(c.token_id)
                todo.append(c)
    # a proper adjective right before the noun is part of the name (``Алма-Атинская декларация``)
    first = treaty.token_id
    while first - 1 in r.tokens and r.tokens[first - 1].rel == "amod" and r.tokens[first - 1].head_id == treaty.token_id \
            and proper_adjective(r, r.tokens[first - 1]):
        first -= 1
    phrase = sorted(i for i in phrase if i >= treaty.token_id)
    # the phrase up to its first gap (a date or a clause between)
    end = phrase[0]
    while end + 1 in phrase:
        end += 1
    tokens = [r.tokens[i] for i in range(first, end + 1)]
    if len(tokens) == 1:
        topic = topic_in_order(r, treaty, end)
        return torn_name(r, treaty, topic) if topic is not None and first == treaty.token_id else ""
    value = r.s.normal_phrase(tokens[0].start, tokens[-1].end)
    return value[:1].upper() + value[1:]


def _signed(r, word, root, entry, ids, heads, org_of, span, future):
    """``Договор ... был заключен в Ташкенте 15 мая 1992 года``, ``подписали устав``, ``Принятая
    в 2002 году хартия ШОС``, ``Договора о ЕАЭС, который президенты ... подписали 29 мая 2014
    года``: a treaty (a noun of ``fact_words.csv``'s ``treaty_noun``) signed or adopted, dated by
    the clause; its organisation is the one its name contains, else the sentence's or the text's."""
    treaty_organisation = Relations.treaty_owner
    if future:
        return
    if word.lemma == "подпись":
        # ``подписи под договором ... поставили``: the treaty after ``под``, the verb the
        # signatures hang on
        treaties = [c for c in r.children(word, {"nmod"}) if r.preposition(c) == "под"]
        word = r.head(word)
        if word is None or word.lemma not in SIGNATURE_VERBS or r.negated(word) or r.future(word, None):
            return  # ``отозвал подпись под Уставом``: no signing
        heads = heads | {word.token_id}
    elif participle(word) and word.rel in ("acl", "amod"):
        treaties = [r.head(word)]
    else:
        treaties = r.children(word, {"obj", "nsubj:pass", "nsubj"})
    treaties = [r.resolve_relative(t) for t in treaties if t is not None]
    # a treaty with another finite verb between it and this one is that verb's (``Соглашение ...
    # подписали ..., а декларацию ... одобрили``: natasha may hang both on the last verb)
    treaties = [t for t in treaties if t.lemma in TREATY_NOUNS and not r.apart(t, word)]
    if not treaties and verbal(word) and word.feats.get("VerbForm") == "Fin":
        # the treaty before its verb that the parse hung elsewhere (``Соглашение о его создании ...
        # подписали руководители``)
        treaties = [t for i, t in sorted(r.tokens.items(), reverse=True) if i < word.token_id
                    and t.lemma in TREATY_NOUNS and t.rel in ("obj", "nsubj", "nsubj:pass") and not r.apart(t, word)][:1]
    if not treaties:
        yield from _signed_the_document(r, word, org_of, span)
        return
    treaties.sort(key=lambda t: abs(t.token_id - word.token_id))
    treaty = treaties[0]
    between = set(range(treaty.token_id, word.token_id)) if treaty.token_id < word.token_id else set()
    d = r.date_in(r.clause(word), {word.token_id} | heads, near=word) or r.date_after(word) or r.when_date(word) \
        or r.date_in(between)
    if d is None and r.when_date(word, marks=True) is not None:
        # (round 9) a ``когда`` natasha tags as a subordinating conjunction, for a founding
        # document only (``СНГ было образовано 8 декабря 1991 года, когда руководители ...
        # подписали в Беловежской пуще Соглашение о создании ...``; not ``Союз расширился в 2015
        # году, когда был подписан договор с Вьетнамом``)
        founding = _founding_document(r, word, treaty, r.when_date(word, marks=True), org_of)
        if founding is not None:
            yield from founding(span)
        return
    if d is None:
        return  # a treaty signed with no date says nothing the facts table keeps
    founding = _founding_document(r, word, treaty, d, org_of)
    if founding is not None:
        yield from founding(span)
        return
    named = [r.organisation(c) for c in r.children(treaty, {"nmod"})]
    named = [o for o in named if o is not None and o[0]]
    context = org_of([])
    own = named[0][0] if named else (context[0] if context else "")
    value = _treaty_value(r, treaty, own)
    if not value:
        return
    owner = treaty_organisation(r.s.gazetteer, value) if value.split()[-1] != own else own
    # (a founding document's title names its organisation: ``founding_documents.csv``)
    owner = owner or next((o for (o, noun), title in FOUNDING_TITLES.items() if title == value), "")
    if owner:
        yield "treaty_signed", owner, value, r.s.date(d), span, "text"
        title = FOUNDING_TITLES.get((owner, treaty.lemma))
        if title and value in (title, value.split()[0] + " о " + owner):
            # (round 8) a founding document named by its title (``Договор о ЕАЭС подписан ...
            # президентами Белоруссии, Казахстана и России``, ``Договора о ЕАЭС, который президенты
            # ... подписали``): the states whose leaders signed it are the founding members, on its
            # date, as for a document ``о создании``. (round 10) Its place is the founding's, as
            # for a document ``о создании``: the conventions of ``tests/organisations/README.md``
            # say so (``Договор о Евразийском экономическом союзе подписан 29 мая 2014 года в
            # Астане`` gives ``founded_place`` Астана), and the fourth to eighth sets mark it; the
            # tuning, second and third sets, annotated before that convention, do not
            # (not a participle on the treaty named as the basis, after a preposition: ``Союз вырос
            # из Договора о Евразийском экономическом союзе, подписанного в Астане ...``, a test of
            # round 5 keeps the basis and the signing only)
            place = "" if participle(word) and word.rel in ("acl", "amod") and r.preposition(treaty) \
                else signing_place(r, treaty, word)
            if place:
                yield "founded_place", owner, place, r.s.date(d), span, "text"
            yield from signer_facts(r, signers_of(r, word), (owner, "text"), r.s.date(d), span)
    elif context:
        yield "treaty_signed", context[0], value, r.s.date(d), span, named[0][1] if named else context[1]


def _in_force(r, word, ids, heads, org_of, span):
    """(round 9) ``Договор о Евразийском экономическом союзе был подписан 29 мая 2014 года в
    Астане и вступил в силу 1 января 2015 года``: an organisation's founding document (a title of
    ``founding_documents.csv`` or a document ``о создании`` it) entering into force founds it on
    that date, where the article dates its founding nowhere else (``without_implied_foundings``);
    it stands before the signing's date (the union worked from 2015). Any other treaty in force
    (``соглашение о свободной торговле ЕАЭС и Ирана вступило в силу``) founds nothing."""
    subject = r.subject_of(word)
    if subject is None and word.rel == "conj" and r.head(word) is not None:
        # ``был подписан ... и вступил в силу``: the subject of the first verb
        subject = r.subject_of(r.head(word))
    if subject is None or subject.lemma not in TREATY_NOUNS or r.negated(word):
        return
    d = r.date_in(r.own(word) - {subject.token_id}, {word.token_id}, near=word) or r.date_after(word)
    if d is None:
        return
    founds = [c for c in r.children(subject, {"nmod"}) if c.lemma in FOUNDING_NOUNS]
    org = None
    if founds:
        whose = [r.organisation(c) for c in r.children(founds[0], {"nmod", "det"})]
        whose = [o for o in whose if o is not None]
        org = (whose[0] if whose[0][0] else org_of([])) if whose else None
    else:
        named = [r.organisation(c) for c in r.children(subject, {"nmod"})]
        named = [o for o in named if o is not None and o[0]]
        owner = named[0][0] if named else ""
        value = _treaty_value(r, subject, owner)
        title = FOUNDING_TITLES.get((owner, subject.lemma)) if owner else None
        if value and title and value in (title, value.split()[0] + " о " + owner):
            org = (owner, "text")
        elif value in FOUNDING_TITLES.values():
            org = (next(o for (o, _), t in FOUNDING_TITLES.items() if t == value), "text")
    if org is None or not org[0]:
        return
    yield IN_FORCE_FOUNDING, org[0], "", r.s.date(d), span, org[1]


FOUNDING_NOUNS = {"создание", "учреждение", "образование", "основание"}
# (round 9) the copulas of a founders noun (``учредителями стали / выступили / были``)
FOUNDER_COPULAS = FAMILY.get("founder_copula", set())
# the titles of founding documents not named ``о создании`` (``Договор о Евразийском экономическом
# союзе``), by organisation and the document's noun
FOUNDING_TITLES = {(row["organisation"], row["noun"]): row["title"] for row in lexicon.rows("founding_documents")}


def _founding_document(r, verb, treaty, d, org_of):
    """A treaty ``о создании`` of the organisation (``Соглашение о его создании ... подписали
    руководители Белоруссии, России и Украины``, ``декларация о ее создании была подписана ... в
    Шанхае``, ``подписи под договором о его создании лидеры ... поставили в Астане``) is its
    founding document: the treaty signed on its date, the place of signing where the
    organisation was founded, and the states whose leaders signed (a count of them when the
    leaders are counted: ``лидеры шести государств``) its founding members, on that date. None
    when the treaty founds nothing of the organisation."""
    founds = [c for c in r.children(treaty, {"nmod"}) if c.lemma in FOUNDING_NOUNS]
    if not founds:
        return None
    whose = [r.organisation(c) for c in r.children(founds[0], {"nmod", "det"})]
    whose = [o for o in whose if o is not None]
    if not whose:
        return None  # ``договор о создании банка``: not the organisation's
    org = whose[0] if whose[0][0] else org_of([])
    if org is None:
        return None
    date = r.s.date(d)
    # the document's title where it is not ``о создании`` (``договор о создании ЕАЭС`` is the
    # Договор о Евразийском экономическом союзе), from ``founding_documents.csv``
    value = FOUNDING_TITLES.get((org[0], treaty.lemma)) or \
        treaty.lemma[:1].upper() + treaty.lemma[1:] + " о создании " + org[0]
    if not FOUNDING_TITLES.get((org[0], treaty.lemma)) and whose[0][0]:
        # (round 9) the title as the text writes it where it names the organisation in full
        # (``Соглашение о создании Содружества Независимых Государств``), not its short name
        written = _treaty_value(r, treaty, org[0])
        if written and written.split()[1:3] == ["о", "создании"] and len(written.split()) > 4:
            value = written

    def facts(span):
        yield "treaty_signed", org[0], value, date, span, org[1]
        yield IMPLIED_FOUNDING, org[0], "", date, span, org[1]
        # the place of signing: after ``в`` on the verb, or between the treaty and its verb; a
        # region too (``в Беловежской пуще``); not a place after another verb (``..., Устав принят
        # в Минске``, which the parse may hang on the first verb)
        place = signing_place(r, treaty, verb)
        if place:
            yield "founded_place", org[0], place, date, span, org[1]
        yield from signer_facts(r, signers_of(r, verb), org, date, span)
    return facts


def signing_place(r, treaty, verb):
    """The place a document was signed at: after ``в`` on the verb, or between the treaty and its
    verb; a region too (``в Беловежской пуще``); not a place after another verb (``..., Устав
    принят в Минске``, which the parse may hang on the first verb), nor one in a clause joined by
    ``, а`` (round 10: ``... подписали 8 декабря 1991 года в Беловежской пуще, а 21 декабря в
    Алма-Ате к ним присоединились ...``)."""
    between = set(range(treaty.token_id, verb.token_id)) if treaty.token_id < verb.token_id else set()
    after = torn_after(r, verb)
    adversative = [i for i, t in r.tokens.items() if i > verb.token_id and t.lemma in ADVERSATIVE
                   and r.tokens.get(i - 1) is not None and r.tokens[i - 1].text == ","]
    # the words right after the verb up to the next comma or verb, whatever the parse hung them on
    # (round 10: ``подписали 8 декабря 1991 года в Беловежской пуще, а ... присоединились``, the
    # place hung on the second verb)
    next_to, i = set(), verb.token_id + 1
    while i in r.tokens and r.tokens[i].text not in (",", ".", ";", ":") and not verbal(r.tokens[i]):
        next_to.add(i)
        i += 1
    for i in sorted(r.clause(verb) | between | after | next_to):
        t = r.tokens.get(i)
        if t is None or r.preposition(t) != "в" or not r.place(t, regions=True):
            continue
        if adversative and i > adversative[0]:
            break
        if (r.head(t) is verb or i in between or i in after or i in next_to) and not r.verb_between(t, verb):
            return r.place(t, regions=True)
    return ""


def torn_after(r, verb):
    """(round 8) The ids after a verb, up to the next verb or the end of the sentence, whose
    phrase the parse tore off the verb into a clause without a verb (``... подписали 8 декабря
    1991 года в Беловежской пуще руководители Беларуси, России и Украины``: natasha makes
    ``пуще`` a second root with ``руководители`` its subject): empty when the words after the
    verb hang on it."""
    found, i = set(), verb.token_id + 1
    while i in r.tokens and not (verbal(r.tokens[i]) and r.tokens[i].rel not in ("aux", "aux:pass")):
        found.add(i)
        i += 1
    roots = [i for i in found if r.head(r.tokens[i]) is None and r.tokens[i].pos != "PUNCT"]
    if not roots:
        return set()
    return set().union(*(r.view.subtree_ids(i) for i in roots)) & found


def signers_of(r, verb):
    """The signers of a document: the active verb's subject, the passive's instrumental; where the
    parse tore the words after the verb off it (``torn_after``), the leaders' noun there in the
    nominative or the instrumental."""
    # (a preposition the parse hung on the instrumental from far before it is not its own:
    # ``Договор о Евразийском экономическом союзе был подписан ... главами``, ``о`` on ``главами``)
    signers = r.children(verb, {"nsubj"}) + [c for c in r.children(verb, {"obl", "obl:agent"}) if c.feats.get("Case") == "Ins"
                                             and not any(p.token_id > c.token_id - 4 for p in r.children(c, {"case"}))]
    if not any(s.lemma in LEADERS | {"руководитель"} for s in signers):
        # the leaders in the nominative right before the verb, nothing but their states between,
        # where the parse hung them on another verb (``Договора о ЕАЭС, который президенты
        # Белоруссии, Казахстана и России подписали``)
        for i in range(verb.token_id - 1, min(r.tokens) - 1, -1):
            t = r.tokens[i]
            # (round 10: or a form natasha reads as the genitive, ``главы Белоруссии, Казахстана и
            # России подписали``, the plural being the same word)
            if t.lemma in LEADERS | {"руководитель"} and t.pos == "NOUN" and t.feats.get("Case") in ("Nom", "Gen") \
                    and not r.preposition(t):
                signers.append(t)
                break
            if not (r.state(t) or t.text in (",", "и")):
                break
    if not any(s.lemma in LEADERS | {"руководитель"} for s in signers):
        signers += [r.tokens[i] for i in sorted(torn_after(r, verb)) if r.tokens[i].lemma in LEADERS | {"руководитель"}
                    and r.tokens[i].pos == "NOUN" and r.tokens[i].feats.get("Case") in ("Nom", "Ins")
                    and not r.preposition(r.tokens[i])][:1]
    return signers


def _signed_the_document(r, verb, org_of, span):
    """``Документ скрепили подписями лидеры шести государств: к участникам "Шанхайской пятерки" -
    Казахстану, Китаю, Киргизии, России и Таджикистану - добавился Узбекистан``: ``документ`` after
    a sentence that named the founding document (``декларация о ее создании``) is that document,
    so its signers are the founders: their count from ``лидеры N государств``, and the states named
    after the colon when there are that many of them (undated: the date is the sentence before's)."""
    if not verbal(verb) or r.negated(verb) or r.future(verb, None):
        return
    if not any(c.lemma == "документ" for c in r.children(verb, {"obj", "nsubj:pass", "nsubj"})):
        return
    sentence_id = r.s.sentence.sentence_id
    before = r.s.view.sentence_tokens[sentence_id - 1] if sentence_id > 0 else []
    if not any(t.lemma in TREATY_NOUNS and any(c.lemma in FOUNDING_NOUNS for c in r.view.children[t.token_id])
               for t in before):
        return
    org = org_of([])
    if org is None:
        return
    # the signers: the leaders in the verb's phrase (natasha may hang them on ``подписями``)
    for signer in [r.tokens[i] for i in sorted(r.view.subtree_ids(verb.token_id)) if i in r.tokens]:
        if signer.lemma not in LEADERS | {"руководитель"} or signer.pos != "NOUN":
            continue
        for n in r.children(signer, {"nmod"}):
            number = count_of(r, n)
            if not (number and counted(n)):
                continue
            yield "founding_member_count", org[0], str(number), "", span, org[1]
            colon = [i for i, t in r.tokens.items() if t.text == ":" and i > n.token_id]
            states = []
            for i in sorted(r.tokens):
                name = r.state(r.tokens[i])
                if colon and i > colon[0] and name and name not in states:
                    states.append(name)
            if len(states) == number:
                for name in states:
                    yield "founding_member", org[0], name, "", span, org[1]
            return
