"""Mentions to actors: who appears in an article, canonicalised, with roles and references.

``find_actors(article, gazetteer, models)`` runs after ``language.analyse`` and uses what it left
on the article (tokens with morphology and syntax, NER spans found inside each part); it re-runs
no model. It sets ``article.mentions`` and ``article.actors``.

1. Names. natasha's NER spans are cleaned by general rules: split at brackets, bullets, commas
   and unbalanced quotes (``Ши Тао (Shi Tao)`` is two names); a quoted name keeps only the name
   (``ОАО «Газпром»`` -> ``Газпром``); sector and concept words (``СМИ``, ``ВПК``) are dropped.
   The gazetteer's aliases are found in the tokens too: a match the same size as an NER span or
   covering NER spans replaces them and decides the type (``ЕС`` organisation, ``Кремль``
   government body), and a match with no NER span adds a name NER missed (the capitals of a
   dateline, ``Путин`` opening a headline) when it holds a proper noun or an abbreviation. A match
   inside a longer NER span gives way to it (``Алиев`` in ``Гейдар Алиев``).
2. Canonical names. A gazetteer actor has its canonical name, English label, kind, Wikidata QID
   and ISO code. Any other name is put in the nominative by natasha's span normalisation (morphology
   and, for organisations, syntax heads), gets its kind from the NER type (``person``,
   ``organisation``; ``other`` for a place not in the gazetteer, whose kind is not known) and an
   English name by BGN/PCGN transliteration (``analysis.translit``). A surname alone joins the one
   person of the article with that surname in a fuller name; the gazetteer comes second, so
   ``Алиев`` after ``Гейдар Алиев`` is Heydar, not Ilham Aliyev.
3. Roles. A noun that natasha's syntax parser makes the head of a person's name (``appos``) gives
   the person a role, in the nominative: ``помощника президента РФ Юрия Ушакова`` -> ``помощник
   президента РФ``.
4. References. A role noun without a name (``президент``, ``российский лидер``, ``глава РФ``,
   ``дипломат``) is a ``reference`` mention of the one person named earlier in the article whose
   role is of the same class (head of state, head of government, foreign minister, diplomat...) and,
   when the reference says which country or organisation, of the same affiliation. ``его``/``её``
   in ``по его словам`` and ``он``/``она`` as the subject of a verb of saying refer to the one
   person of that gender named in the same or the previous paragraph. More than one candidate:
   nothing is resolved.
"""

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass, field
from itertools import count

from .gazetteer import NER_TYPES, NOT_ACTORS, is_upper_word, normal_word
from .language import guarded
from .parsing import canonical_place, clean_text
from .translit import transliterate

NAME_KINDS = ("title", "subtitle", "editorial", "photo", "dateline", "body", "boilerplate", "other")
NARRATIVE_KINDS = ("title", "subtitle", "body")  # where role nouns and pronouns are read
NER_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "other"}

SPLIT_RE = re.compile(r"[()\[\]•·,;|]+")
QUOTES = "«»\"“”„‟"
OPENING_QUOTES = "«„“"
CLOSING_QUOTES = "»“”"
EDGE_CHARS = " \t\r\n" + QUOTES + "'.:!?–—-/\\"
# ``ОАО «Газпром»``, ``РКК „Энергия“``: a short prefix (legal form, kind of body) and a quoted name
QUOTED_NAME_RE = re.compile(r"(?P<prefix>[^%s]{1,30}?)\s*[%s](?P<name>[^%s]+)[%s]$" % (
    QUOTES, OPENING_QUOTES + '"', QUOTES, CLOSING_QUOTES + '"'))
LETTER_RE = re.compile(r"[^\W\d_]")

PERSON_CANDIDATE_POS = ("PROPN",)
ROLE_LEFT_POS = ("ADJ",)  # a role phrase starts at its adjectives (``генеральный секретарь``)
SPEECH_NOUNS = frozenset({"слово", "мнение", "оценка", "данные", "утверждение", "признание",
                          "заявление", "информация", "подсчет", "версия"})
SPEECH_VERBS = frozenset({
    "заявить", "сказать", "отметить", "подчеркнуть", "добавить", "сообщить", "пояснить",
    "напомнить", "уточнить", "заметить", "констатировать", "подытожить", "указать", "считать",
    "признать", "заверить", "рассказать", "выразить", "высказать", "призвать", "предупредить",
    "ответить", "говорить", "заявлять", "отмечать", "подчеркивать", "добавлять", "сообщать",
    "объяснить", "резюмировать", "акцентировать", "предложить", "охарактеризовать",
})
PRONOUN_GENDERS = {"его": "Masc", "он": "Masc", "ее": "Fem", "она": "Fem"}
SUBJECT_PRONOUNS = ("он", "она")

# Title classes of role nouns: (head lemma, lemmas that must be in its phrase, class), most
# specific first. ``глава`` alone says nothing until it has an affiliation (``глава РФ``).
TITLE_RULES = (
    ("глава", {"государство"}, "head_of_state"),
    ("глава", {"правительство"}, "head_of_government"),
    ("глава", {"кабмин"}, "head_of_government"),
    ("глава", {"мид"}, "foreign_minister"),
    ("глава", {"внешнеполитический"}, "foreign_minister"),
    ("глава", {"дипломатия"}, "foreign_minister"),
    ("глава", {"минобороны"}, "defence_minister"),
    ("министр", {"иностранный"}, "foreign_minister"),
    ("министр", {"оборона"}, "defence_minister"),
    ("председатель", {"правительство"}, "head_of_government"),
    ("секретарь", {"генеральный"}, "secretary_general"),
    ("секретарь", {"пресс"}, "press_secretary"),
    ("представитель", {"официальный"}, "spokesperson"),
    ("президент", set(), "head_of_state"),
    ("лидер", set(), "head_of_state"),
    ("премьер", set(), "head_of_government"),
    ("премьер-министр", set(), "head_of_government"),
    ("канцлер", set(), "head_of_government"),
    ("генсек", set(), "secretary_general"),
    ("пресс-секретарь", set(), "press_secretary"),
    ("дипломат", set(), "diplomat"),
    ("посол", set(), "diplomat"),
    ("постпред", set(), "diplomat"),
    ("глава", set(), "head"),
)
REFERENCE_NOUNS = frozenset(rule[0] for rule in TITLE_RULES)
# which roles a reference of a class may point to
REFERENCE_MATCHES = {"diplomat": {"diplomat", "foreign_minister"}}

COUNTRY_ADJECTIVES = {
    "российский": "russia", "белорусский": "belarus", "казахстанский": "kazakhstan",
    "киргизский": "kyrgyzstan", "кыргызский": "kyrgyzstan", "киргизстанский": "kyrgyzstan",
    "таджикский": "tajikistan", "армянский": "armenia", "узбекский": "uzbekistan",
    "азербайджанский": "azerbaijan", "туркменский": "turkmenistan", "молдавский": "moldova",
    "украинский": "ukraine", "грузинский": "georgia", "китайский": "china", "индийский": "india",
    "пакистанский": "pakistan", "иранский": "iran", "бразильский": "brazil",
    "южноафриканский": "south_africa", "египетский": "egypt", "эфиопский": "ethiopia",
    "эмиратский": "uae", "саудовский": "saudi_arabia", "индонезийский": "indonesia",
    "монгольский": "mongolia", "афганский": "afghanistan", "американский": "usa",
    "сербский": "serbia", "турецкий": "turkey", "германский": "germany", "немецкий": "germany",
    "французский": "france", "британский": "united_kingdom", "японский": "japan",
    "израильский": "israel", "сирийский": "syria", "польский": "poland", "литовский": "lithuania",
    "латвийский": "latvia", "эстонский": "estonia", "северокорейский": "north_korea",
    "южнокорейский": "south_korea", "вьетнамский": "vietnam", "кубинский": "cuba",
    "советский": "ussr",
}

NormToken = namedtuple("NormToken", "id text pos feats head_id start stop")


@dataclass
class Mention:
    mention_id: int
    part_id: int
    start: int
    end: int
    text: str
    ner_type: str
    actor_id: int
    kind: str  # "name" or "reference"
    first: int = field(default=-1, repr=False)  # token indices, inclusive
    last: int = field(default=-1, repr=False)
    key: str = field(default="", repr=False)


@dataclass
class Actor:
    actor_id: int
    key: str
    name: str
    name_en: str
    kind: str
    wikidata: str = ""
    iso: str = ""
    roles: list = field(default_factory=list)
    mentions: int = 0
    first_start: int = 0
    gender: str = field(default="", repr=False)
    titles: list = field(default_factory=list, repr=False)  # (class, affiliation key) per role


Candidate = namedtuple("Candidate", "first last start end ner_type key lookup")


class Context:
    """An analysed article's tokens with the indices the steps need."""

    def __init__(self, article):
        self.article = article
        self.tokens = article.tokens
        self.part_of_sentence = {s.sentence_id: s.part_id for s in article.sentences}
        self.kind_of_part = {p.part_id: p.kind for p in article.parts}
        self.by_sentence = defaultdict(list)
        for index, token in enumerate(self.tokens):
            self.by_sentence[token.sentence_id].append(index)
        self.index_of = {token.token_id: index for index, token in enumerate(self.tokens)}
        self.children = defaultdict(list)
        for index, token in enumerate(self.tokens):
            if token.head_id in self.index_of and token.head_id != token.token_id:
                self.children[self.index_of[token.head_id]].append(index)

    def part_id(self, index):
        return self.part_of_sentence[self.tokens[index].sentence_id]

    def kind(self, index):
        return self.kind_of_part[self.part_id(index)]

    def head(self, index):
        return self.index_of.get(self.tokens[index].head_id)

    def subtree(self, index):
        found, stack = set(), [index]
        while stack:
            i = stack.pop()
            if i not in found:
                found.add(i)
                stack.extend(self.children[i])
        return found

    def covering(self, start, end):
        """Indices of the first and last token inside ``[start, end)``, or None."""
        inside = [i for i in self.token_range(start, end)]
        return (inside[0], inside[-1]) if inside else None

    def token_range(self, start, end):
        tokens = self.tokens
        lo, hi = 0, len(tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if tokens[mid].start < start:
                lo = mid + 1
            else:
                hi = mid
        while lo < len(tokens) and tokens[lo].end <= end:
            yield lo
            lo += 1


# 1. Names ------------------------------------------------------------------------------------

def trim(text, start, end):
    """Shrink ``[start, end)`` past spaces, quotes and stray punctuation (a final dot too: the
    sentence's, more often than an initial's)."""
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return start, end


def unbalanced_quote_cuts(piece):
    """Offsets of quotes in ``piece`` that open or close nothing inside it."""
    cuts, open_at = [], None
    for i, char in enumerate(piece):
        if char in "«„":
            if open_at is not None:
                cuts.append(open_at)
            open_at = i
        elif char == "»":
            if open_at is None:
                cuts.append(i)
            else:
                open_at = None
    if open_at is not None:
        cuts.append(open_at)
    if piece.count('"') % 2:
        cuts.append(piece.index('"'))
    return sorted(cuts)


def split_span(text, start, end):
    """Pieces ``(start, end, lookup)`` of an NER span: cut at brackets, bullets, commas and
    unbalanced quotes, trimmed; a quoted name after a short prefix keeps only the name, with the
    whole ``prefix name`` as the form to look up in the gazetteer."""
    bounds = [start]
    for match in SPLIT_RE.finditer(text, start, end):
        bounds += [match.start(), match.end()]
    bounds.append(end)
    for s, e in zip(bounds[::2], bounds[1::2]):
        cuts = [s + c for c in unbalanced_quote_cuts(text[s:e])]
        for ps, pe in zip([s] + [c + 1 for c in cuts], cuts + [e]):
            ps, pe = trim(text, ps, pe)
            if ps >= pe:
                continue
            quoted = QUOTED_NAME_RE.match(text, ps, pe + 1 if pe < len(text) and text[pe] in QUOTES else pe)
            if quoted and len(quoted.group("prefix").split()) <= 3:
                ns, ne = trim(text, quoted.start("name"), quoted.end("name"))
                if ns < ne:
                    yield ns, ne, clean_text(quoted.group("prefix") + " " + text[ns:ne])
                    continue
            yield ps, pe, ""


def is_actor_word(text):
    return bool(LETTER_RE.search(text)) and text.upper() not in NOT_ACTORS


def ner_candidates(ctx, spans):
    text = ctx.article.text
    for span in spans:
        for start, end, lookup in split_span(text, span.start, span.end):
            piece = text[start:end]
            if not is_actor_word(piece):
                continue
            covered = ctx.covering(start, end)
            if covered:
                yield Candidate(covered[0], covered[1], start, end, span.type, "", lookup)


def gazetteer_candidates(ctx, gazetteer):
    tokens = ctx.tokens
    for sentence_id, indices in ctx.by_sentence.items():
        if ctx.kind_of_part[ctx.part_of_sentence[sentence_id]] not in NAME_KINDS:
            continue
        words = [tokens[i].text for i in indices]
        lemmas = [tokens[i].lemma for i in indices]
        for match in gazetteer.find(words, lemmas):
            first, last = indices[match.first], indices[match.last]
            ner_type = NER_TYPES[gazetteer.entry(match.key).kind]
            yield Candidate(first, last, tokens[first].start, tokens[last].end, ner_type, match.key, "")


def stands_alone(ctx, candidate):
    """A gazetteer match with no NER span must hold a proper noun or a word in capitals, or be a
    capitalised name of several words (``Шанхайская организация сотрудничества``)."""
    tokens = ctx.tokens
    if candidate.last > candidate.first and tokens[candidate.first].text[:1].isupper():
        return True
    return any(tokens[i].pos in PERSON_CANDIDATE_POS or (tokens[i].text.isupper() and len(tokens[i].text) > 1)
               for i in range(candidate.first, candidate.last + 1))


def merge(ctx, ner, found):
    """NER pieces and gazetteer matches to one list of non-overlapping names, in text order.

    Each name is filed under the tokens it overlaps (under the two tokens around it when it
    overlaps none), so a gazetteer match looks only at the names on its own tokens: the work grows
    with the number of names, not with its square (an article of 16,000 short lines naming the CSTO
    took minutes when every match rescanned every name). A name's number (``order``) keeps the
    order of the list this replaces, which decides between names of the same span.
    """
    tokens = ctx.tokens
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    names, filed, order = {}, defaultdict(set), count()

    def token_indices(name):
        lo, hi = bisect_right(ends, name.start), bisect_left(starts, name.end)
        return range(lo, hi) if lo < hi else range(max(lo - 1, 0), min(lo + 1, len(tokens)))

    def add(name):
        number = next(order)
        names[number] = name
        for i in token_indices(name):
            filed[i].add(number)

    def remove(number):
        for i in token_indices(names[number]):
            filed[i].discard(number)
        del names[number]

    for name in ner:
        add(name)
    for match in found:
        near = sorted({number for i in range(match.first, match.last + 1) for number in filed.get(i, ())})
        inside = [k for k in near if match.start <= names[k].start and names[k].end <= match.end]
        around = [k for k in near if names[k].start <= match.start and match.end <= names[k].end
                  and k not in inside]
        crossing = [k for k in near if names[k].start < match.end and match.start < names[k].end
                    and k not in inside and k not in around]
        if around or crossing:
            continue  # the longer NER span wins
        typed = [k for k in inside if names[k].ner_type == match.ner_type]
        if len(inside) > 1 and typed:
            # ``МИД России``: NER's ``МИД`` is the ministry, its ``России`` stays the country
            first = names[typed[0]]
            for k in inside:
                if names[k] == first:
                    names[k] = first._replace(key=match.key)
        elif inside:
            ner_type = match.ner_type or names[inside[0]].ner_type
            for k in inside:
                remove(k)
            add(match._replace(ner_type=ner_type))
        elif stands_alone(ctx, match):
            add(match)
    kept = []
    for _, name in sorted(names.items(), key=lambda item: (item[1].start, item[1].end, item[0])):
        # NER spans of different parts never overlap; pieces of one span neither
        if not kept or name.start >= kept[-1].end:
            kept.append(name)
    return kept


# 2. Canonical names --------------------------------------------------------------------------

def norm_tokens(ctx, first, last):
    tokens = ctx.tokens
    return [NormToken(t.token_id, t.text, t.pos, t.feats, t.head_id, t.start, t.end)
            for t in tokens[first:last + 1]]


def normal_form(ctx, candidate, models):
    """natasha's normalisation of a name: nominative by morphology, organisations by syntax."""
    from natasha.norm import normalize, syntax_normalize  # here: natasha's import is slow

    text = ctx.article.text[candidate.start:candidate.end]
    tokens = norm_tokens(ctx, candidate.first, candidate.last)
    if tokens and tokens[0].start == candidate.start and tokens[-1].stop == candidate.end:
        method = syntax_normalize if candidate.ner_type == "ORG" else normalize
        try:
            text = method(models.morph_vocab, tokens)
        except Exception:  # pymorphy2 fails on a few odd characters: keep the text
            pass
    text = clean_text(text)
    if ctx.kind(candidate.first) == "dateline":
        text = canonical_place(text)
    return text


def person_gender(ctx, candidate):
    genders = [ctx.tokens[i].feats.get("Gender", "") for i in range(candidate.first, candidate.last + 1)
               if ctx.tokens[i].pos == "PROPN"]
    return genders[-1] if genders else ""


class Cast:
    """The actors of one article, keyed, in order of first mention."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.actors = {}

    def add(self, key, name, ner_type, start):
        actor = self.actors.get(key)
        if actor is None:
            entry = self.gazetteer.entries.get(key)
            if entry:
                actor = Actor(0, key, entry.name, entry.name_en, entry.kind, entry.wikidata, entry.iso)
            else:
                actor = Actor(0, key, name, transliterate(name), NER_KINDS.get(ner_type, "other"))
            actor.first_start = start
            self.actors[key] = actor
        return actor


def resolve_names(ctx, names, gazetteer, models):
    """``(candidate, actor key)`` for every name; full names first, so that a surname can join."""
    keys = {}
    normals = {}
    persons = defaultdict(set)  # surname form -> keys of persons with a fuller name
    for name in names:
        key = name.key
        if not key and name.lookup:
            entry = gazetteer.lookup(name.lookup)
            key = entry.key if entry else ""
        normal = normal_form(ctx, name, models)
        if not key:
            entry = gazetteer.lookup(normal)
            key = entry.key if entry else ""
        normals[name] = normal
        words = normal.split()
        if name.ner_type == "PER" and len(words) > 1:
            key = key or "person:" + normal_word(words[0] + " " + words[-1])
            for form in gazetteer.word_keys(ctx.tokens[name.last].text):
                persons[form].add(key)
            persons[normal_word(words[-1])].add(key)
        keys[name] = key
    for name in names:
        words = normals[name].split()
        if name.ner_type == "PER" and len(words) == 1:
            joined = set()
            for form in gazetteer.word_keys(ctx.tokens[name.last].text) | {normal_word(words[0])}:
                joined |= persons.get(form, set())
            if len(joined) == 1:
                keys[name] = joined.pop()
        if not keys[name]:
            keys[name] = "%s:%s" % (name.ner_type.lower(), normal_word(normals[name]))
    return [(name, keys[name], normals[name]) for name in names]


# 3. Roles ------------------------------------------------------------------------------------

def phrase_span(ctx, head, stop):
    """The contiguous run of ``head``'s subtree around it, before token ``stop``, without
    punctuation: the role phrase of a title noun."""
    subtree = ctx.subtree(head)
    first = head
    while first - 1 in subtree and ctx.tokens[first - 1].pos in ROLE_LEFT_POS:
        first -= 1
    last = head
    while last + 1 < stop and last + 1 in subtree and ctx.tokens[last + 1].pos != "PUNCT":
        last += 1
    return first, last


def title_of(ctx, first, last, head, affiliation_kind):
    """The class of a role phrase and its affiliation (an actor key), from ``TITLE_RULES``."""
    lemmas = {ctx.tokens[i].lemma for i in range(first, last + 1)}
    head_lemma = ctx.tokens[head].lemma
    cls = next((c for h, needs, c in TITLE_RULES if h == head_lemma and needs <= lemmas), None)
    found = []  # the actors of the phrase; a country, when there is one, is the affiliation
    for i in range(first, last + 1):
        if i in affiliation_kind and i != head:
            found.append(affiliation_kind[i])
        elif ctx.tokens[i].lemma in COUNTRY_ADJECTIVES and i < head:
            found.append((COUNTRY_ADJECTIVES[ctx.tokens[i].lemma], "country"))
    countries = [f for f in found if f[1] in ("country", "historical_state")]
    affiliation, kind = (countries or found or [(None, "")])[0]
    if cls == "head":
        cls = "head_of_state" if affiliation and kind in ("country", "historical_state") else (
            "head" if affiliation else None)
    elif cls == "head_of_state" and affiliation and kind not in ("country", "historical_state"):
        cls = "head"
    return cls, affiliation


def role_text(ctx, first, last, models):
    from natasha.norm import syntax_normalize

    tokens = norm_tokens(ctx, first, last)
    try:
        text = syntax_normalize(models.morph_vocab, tokens)
    except Exception:
        text = ctx.article.text[ctx.tokens[first].start:ctx.tokens[last].end]
    text = clean_text(text)
    if len(text) > 1 and text[0].isupper() and not is_upper_word(text.split()[0]):
        text = text[0].lower() + text[1:]
    return text


def apposition(ctx, name):
    """The role noun heading a person's name (``президент РФ Владимир Путин``), or None."""
    head = ctx.head(name.first)
    if (head is not None and head < name.first and ctx.tokens[name.first].rel == "appos"
            and ctx.tokens[head].pos == "NOUN"):
        first, last = phrase_span(ctx, head, name.first)
        if last == name.first - 1:
            return head, first, last
    return None


# 4. References -------------------------------------------------------------------------------

def role_reference(ctx, index, used):
    """A role noun that names no one itself: not followed by a name, not inside a role phrase,
    not a genitive modifier of another noun (``помощник президента``) except a noun of saying
    (``по словам президента``)."""
    token = ctx.tokens[index]
    if (token.pos != "NOUN" or token.lemma not in REFERENCE_NOUNS or index in used
            or token.feats.get("Number") == "Plur"):
        return False
    if any(ctx.tokens[c].rel == "appos" for c in ctx.children[index]):
        return False
    head = ctx.head(index)
    if head is not None and token.rel == "nmod" and ctx.tokens[head].pos in ("NOUN", "PROPN"):
        return ctx.tokens[head].lemma in SPEECH_NOUNS
    return True


def pronoun_reference(ctx, index):
    """The gender of ``его`` in ``по его словам`` or of ``он`` saying something, else None."""
    tokens = ctx.tokens
    word = normal_word(tokens[index].text)
    if word not in PRONOUN_GENDERS:
        return None
    if word in SUBJECT_PRONOUNS:
        head = ctx.head(index)
        if tokens[index].rel == "nsubj" and head is not None and tokens[head].lemma in SPEECH_VERBS:
            return PRONOUN_GENDERS[word]
        return None
    if (0 < index < len(tokens) - 1 and normal_word(tokens[index - 1].text) == "по"
            and tokens[index + 1].lemma in SPEECH_NOUNS
            and tokens[index - 1].sentence_id == tokens[index + 1].sentence_id):
        return PRONOUN_GENDERS[word]
    return None


# the steps together ---------------------------------------------------------------------------

def add_actors(article, gazetteer, models):
    """``find_actors`` as a pipeline stage: timed, and a failure costs the article its actors only."""
    with models.timings.stage("actors"), guarded(article, "actors"):
        find_actors(article, gazetteer, models)
    return article


def find_actors(article, gazetteer, models):
    """Set ``article.mentions`` and ``article.actors`` (see the module docstring)."""
    ctx = Context(article)
    spans = [s for s in article.ner_spans if ctx.kind_of_part.get(s.part_id) in NAME_KINDS]
    names = merge(ctx, ner_candidates(ctx, spans), gazetteer_candidates(ctx, gazetteer))
    cast = Cast(gazetteer)
    mentions = []
    for name, key, normal in resolve_names(ctx, names, gazetteer, models):
        ner_type = name.ner_type
        entry = gazetteer.entries.get(key)
        if entry and NER_TYPES[entry.kind]:
            ner_type = NER_TYPES[entry.kind]
        actor = cast.add(key, normal, ner_type, name.start)
        if actor.kind == "person" and not actor.gender:
            actor.gender = person_gender(ctx, name)
        mentions.append(Mention(0, ctx.part_id(name.first), name.start, name.end,
                                article.text[name.start:name.end], ner_type, 0, "name",
                                name.first, name.last, key))

    mention_at = {}
    for mention in mentions:
        for i in range(mention.first, mention.last + 1):
            mention_at[i] = mention
    affiliation_kind = {i: (m.key, cast.actors[m.key].kind) for i, m in mention_at.items()}

    used = set(mention_at)
    for mention in mentions:
        actor = cast.actors[mention.key]
        if actor.kind != "person":
            continue
        found = apposition(ctx, mention)
        if found:
            head, first, last = found
            used.update(range(first, last + 1))
            role = role_text(ctx, first, last, models)
            if role and role not in actor.roles:
                actor.roles.append(role)
                actor.titles.append(title_of(ctx, first, last, head, affiliation_kind))

    mentions += references(ctx, mentions, cast, used, affiliation_kind)
    number(article, mentions, cast)
    return article


def references(ctx, mentions, cast, used, affiliation_kind):
    """Reference mentions, resolved in text order against the persons named before them."""
    found = []
    named = sorted(((m.start, m.key) for m in mentions if cast.actors[m.key].kind == "person"))
    for index, token in enumerate(ctx.tokens):
        if ctx.kind(index) not in NARRATIVE_KINDS or index in used:
            continue
        before = [key for start, key in named if start < token.start]
        key, first, last = None, index, index
        if role_reference(ctx, index, used):
            first, last = phrase_span(ctx, index, len(ctx.tokens))
            cls, affiliation = title_of(ctx, first, last, index, affiliation_kind)
            key = by_title(cast, before, cls, affiliation)
        else:
            gender = pronoun_reference(ctx, index)
            if gender:
                key = by_gender(ctx, cast, named, index, gender)
        if key:
            start, end = ctx.tokens[first].start, ctx.tokens[last].end
            found.append(Mention(0, ctx.part_id(index), start, end, ctx.article.text[start:end], "PER",
                                 0, "reference", first, last, key))
            named.append((start, key))
            named.sort()
            used.update(range(first, last + 1))
    return found


def by_title(cast, before, cls, affiliation):
    if not cls:
        return None
    accepted = REFERENCE_MATCHES.get(cls, {cls})
    keys = {key for key in before
            if any(c in accepted and (affiliation is None or a == affiliation)
                   for c, a in cast.actors[key].titles)}
    return keys.pop() if len(keys) == 1 else None


def by_gender(ctx, cast, named, index, gender):
    """The one person of this gender named in this paragraph or the one before, or None."""
    part = ctx.part_id(index)
    parts = [p.part_id for p in ctx.article.parts
             if p.part_id <= part and p.kind in NARRATIVE_KINDS][-2:]
    window_start = min(p.start for p in ctx.article.parts if p.part_id in parts)
    start = ctx.tokens[index].start
    keys = {key for s, key in named if window_start <= s < start
            and cast.actors[key].gender in (gender, "")}
    return keys.pop() if len(keys) == 1 else None


def number(article, mentions, cast):
    """Ids in text order; actors counted and ordered by first mention."""
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    counts = Counter(m.key for m in mentions)
    actors = sorted(cast.actors.values(), key=lambda a: (a.first_start, a.key))
    for actor_id, actor in enumerate(actors):
        actor.actor_id = actor_id
        actor.mentions = counts[actor.key]
    for mention_id, mention in enumerate(mentions):
        mention.mention_id = mention_id
        mention.actor_id = cast.actors[mention.key].actor_id
    article.mentions = mentions
    article.actors = actors


def mention_rows(article):
    aid = article.article_id
    return [(aid, m.mention_id, m.part_id, m.start, m.end, m.text, m.ner_type, m.actor_id, m.kind)
            for m in getattr(article, "mentions", ())]


def actor_rows(article):
    aid = article.article_id
    return [(aid, a.actor_id, a.name, a.name_en, a.kind, a.wikidata, a.iso, ";".join(a.roles),
             a.mentions, a.first_start) for a in getattr(article, "actors", ())]
