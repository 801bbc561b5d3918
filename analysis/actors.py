"""Mentions to actors: who appears in an article, canonicalised, with roles and references.

``find_actors(article, gazetteer, models)`` runs after ``language.analyse`` and uses what it left
on the article (tokens with morphology and syntax, NER spans found inside each part); it re-runs
no model. It returns the mentions, the actors and the roles (the actors step assigns them).

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
   and, for organisations, syntax heads, the complements after the head noun kept as written); a
   person's name is put in the nominative as a whole name, its words agreeing in case: the case is
   the first of the tagger's (the surname's first) that every word can stand in (``Тору Камикава``
   is a nominative, ``Бесселю Коку`` a dative), each word goes to the nominative by pymorphy2's name
   and surname paradigms (``Субрахманьямом Джайшанкаром`` -> ``Субрахманьям Джайшанкар``;
   an accusative by its genitive, ``Гаррета`` -> ``Гаррет``; an adjectival surname,
   ``Белозерского``), a foreign surname pymorphy2 knows only as indeclinable by a man's ending
   after a first name in that case (``Эммануэлю Марку`` -> ``Эммануэль Марк``), never
   transliterated inflected; a foreign name the tagger reads as a nominative after a role noun in
   an oblique case takes the role's case (``главы МИД Индии Джайшанкара``, ``министра Японии Таро
   Накахары``). A foreign first name that does not decline is kept as written by the evidence the
   text gives, not by a list of names: the tagger's one oblique case for the whole name, shown by
   the surname, that a first name in ``-у``, ``-о`` has no reading in (``Министру Паулу Гедешу``:
   not ``Паула``; a man's first name pymorphy2 does not know then goes by the man's ending,
   ``Мишелом Темером`` -> ``Мишел Темер``); one first name written alike beside two case forms of its surname (``Паулу
   Фонсека``, ``Паулу Фонсекой``); a whole name written alike where it reads as a nominative and
   as an oblique case (``Аугусту Элену заявил``, ``поручил Аугусту Элену``); the final vowel of its
   Latin spelling in brackets (``Аугусту Элену (Augusto Heleno)``). A man's surname of a consonant
   stem with no ending is a nominative (``Эдуарду Паэс``); a surname read as a nominative in another
   mention of the same first name is that mention's nominative (``Такэси Ивае`` -> ``Такэси Ивая``). A name NER called a place, right after a role noun and
   ending in a surname, is a person's (``первого президента Ахмат-Хаджи Кадырова``). It gets its kind
   from the NER type (``person``, ``organisation``; ``other`` for a place not in the gazetteer) and
   an English name by BGN/PCGN transliteration (``analysis.translit``). A surname alone joins the
   one person of the article with that surname in a fuller name (in an oblique case too:
   ``Марку`` after ``Джон Марк``), a first name alone (no one's surname) the one person with that
   first name, a first name and surname the one fuller name with both, an initial and surname
   (``А. Кудрин``) or a first name and patronymic (``Борис Николаевич``) the one person they fit;
   a Latin spelling in brackets (``Питер Стоун (Peter Stone)``) is the same person; the actor is
   named by its fullest name, whichever comes first; the gazetteer comes second, so ``Алиев`` after ``Гейдар Алиев`` is
   Heydar, not Ilham Aliyev. An organisation's name reaches its head noun (``Региональную
   антитеррористическую структуру``), and only that head noun phrase is put in the nominative: the
   words after the head keep their case (``Европейская организация по ядерным исследованиям``), a
   noun coordinated with the head itself joins it (``Права и справедливости`` -> ``Право и
   справедливость``); an abbreviation in brackets after a name is its alias for the
   rest of the article; an agency written in a dateline (``INTERFAX.RU``) is the agency, a kind
   noun NER took into a gazetteer name gives way to it (``Газета Коммерсантъ``). An organisation's
   name the gazetteer does not know runs through the genitive name after it in its canonical name
   (``Министерство внутренних дел Пакистана``, ``Законодательное собрание Приморского края``), the
   mentions keeping their spans; the same name alone joins it, and a state body's name with no
   such complement is marked ``country_unresolved`` (not a broadcaster's service in a language,
   ``Русская служба``); a state's chairmanship or term (``Председательство Армении``) is no
   organisation at all. A body
   every country has (``МИД``, ``Минобороны``, ``Генштаб``...) is the body of the country the text
   attaches to it (``МИД Индии``, ``индийский МИД``, ``МИД республики``), else marked
   ``country_unresolved``.
3. Roles. Role phrases headed by a noun of the role lexicon (``analysis/data/lexicon/
   role_nouns.csv``) before a person's name (``помощник президента РФ Юрий Ушаков``, chained with
   commas or after an organisation's name), after it between commas (``Юрий Лужков, мэр Москвы,``)
   and after words of taking office (``назначен министром``, ``в должности``, ``исполняющий
   обязанности``) give ``Role`` rows: the position in the nominative, the organisation or country
   apart (``министр иностранных дел`` of ``Индия``), ``former`` for ``бывший``/``экс-``. A plural
   role phrase before coordinated names is shared out among them (``президенты России и Китая
   Владимир Путин и Си Цзиньпин``). An office named apart from the name, as the subject of the
   next sentence or the owner of words said, goes to the one person just named (``Сенатор Джон
   Керри прибыл. Председатель Комитета по иностранным делам стал...``); one in an oblique position
   (``переговоры с главой МИД Индии``) only to the one person named in an earlier sentence with
   that office or tied to its country or organisation without another office of it. The whole
   phrase in the nominative is the actor's ``roles`` summary. Kinship, nationality and descriptions
   are not in the lexicon; a description adjective (``известный``), an ordinal before a country
   adjective (``первый бразильский космонавт``) or a camp for a body (``лидер оппозиции``) makes a
   phrase no office.
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
from functools import lru_cache
from itertools import count

from . import lexicon
from .gazetteer import NER_TYPES, NOT_ACTORS, is_upper_word, normal_word
from .language import nfc
from .token_view import TokenView
from .parsing import agency_aliases, canonical_place, clean_text
from .translit import transliterate

NAME_KINDS = ("title", "subtitle", "editorial", "photo", "dateline", "body", "boilerplate", "other")
NARRATIVE_KINDS = ("title", "subtitle", "body")  # where role nouns and pronouns are read
NER_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "other"}

SPLIT_RE = re.compile(r"[()\[\]•·,;|]+")
QUOTES = "«»\"“”„‟"
# the curly quotation marks of punctuation.csv; the straight one, which opens and closes alike, is
# added where a rule can take it
OPENING_QUOTES = lexicon.marks("opening_quote").replace('"', "")
CLOSING_QUOTES = lexicon.marks("closing_quote").replace('"', "")
EDGE_CHARS = " \t\r\n" + QUOTES + "'.:!?–—-/\\"
# ``ОАО «Газпром»``, ``РКК „Энергия“``: a short prefix (legal form, kind of body) and a quoted name
QUOTED_NAME_RE = re.compile(r"(?P<prefix>[^%s]{1,30}?)\s*[%s](?P<name>[^%s]+)[%s]$" % (
    QUOTES, OPENING_QUOTES + '"', QUOTES, CLOSING_QUOTES + '"'))
LETTER_RE = re.compile(r"[^\W\d_]")

PERSON_CANDIDATE_POS = ("PROPN",)
ROLE_LEFT_POS = ("ADJ",)  # a role phrase starts at its adjectives (``генеральный секретарь``)
DASHES = frozenset(lexicon.DASHES)  # punctuation.csv
# ``государств — участников СНГ``, ``стран — членов ОДКБ``: the compound apposition of member states
MEMBER_STATE_NOUNS = frozenset(("государство", "страна"))
MEMBER_NOUNS = frozenset(("участник", "член"))
# nouns of ``по словам X`` and verbs of saying: the speech layer's lexicon files, read once
SPEECH_NOUNS = frozenset(row["word"] for row in lexicon.rows("speech_nouns")
                         if "source" in (row.get("use") or "source").split())
SPEECH_VERBS = lexicon.words("speech_verbs")
# ``по его словам``, ``он заявил``: pronouns that refer back to the person named just before, with
# their gender; those marked ``subject`` only as the subject of a verb of saying
# (``analysis/data/lexicon/actor_pronouns.csv``)
PRONOUN_GENDERS = lexicon.mapping("actor_pronouns", "gender")
SUBJECT_PRONOUNS = tuple(sorted(lexicon.words("actor_pronouns", subject="yes")))

# Title classes of role nouns: (head lemma, lemmas that must be in its phrase, class), most
# specific first (``analysis/data/lexicon/title_classes.csv``, read in file order). ``глава`` alone
# says nothing until it has an affiliation (``глава РФ``).
TITLE_RULES = tuple((row["word"], frozenset(row["needs"].split()), row["class"])
                    for row in lexicon.rows("title_classes"))
REFERENCE_NOUNS = frozenset(rule[0] for rule in TITLE_RULES)
# which roles a reference of a class may point to
# (a bare ``министр`` any minister's; ``лидер`` of a state the head of state's or of government's,
# whichever the text named: ``премьер-министр Армении X`` ... ``Армянский лидер``; a head of state's
# reference still finds one named a state's ``лидер``, as when ``лидер`` was that class)
MINISTER_CLASSES = {rule[2] for rule in TITLE_RULES if rule[2].endswith("_minister") and rule[2] != "deputy_minister"}
REFERENCE_MATCHES = {"diplomat": {"diplomat", "foreign_minister"},
                     "minister": {"minister"} | MINISTER_CLASSES,
                     "leader": {"leader", "head_of_state", "head_of_government", "monarch"},
                     "head_of_state": {"head_of_state", "leader"}}

# lemma of a country's adjective -> the country's gazetteer key (``индийский МИД``), shared with the
# priorities and facts steps (``analysis/data/lexicon/country_adjectives.csv``)
COUNTRY_ADJECTIVES = lexicon.mapping("country_adjectives", "actor_key")

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
    country_unresolved: bool = False
    gender: str = field(default="", repr=False)
    titles: list = field(default_factory=list, repr=False)  # (class, affiliation key) per role


Candidate = namedtuple("Candidate", "first last start end ner_type key lookup")


class Context:
    """What the actors step reads of an article: the article, its shared token view
    (``analysis.token_view``), and the token ids the step finds names on as it goes."""

    def __init__(self, article):
        view = article.view or TokenView(article)
        self.article = article
        self.view = view
        self.tokens = view.tokens
        self.kind_of_part = view.kind_of_part
        # token ids are indices into ``tokens``: the view's lookups by id serve as they are
        self.part_id, self.kind, self.head = view.part_id, view.kind, view.head
        self.subtree, self.covering, self.token_range = view.subtree_ids, view.covering, view.token_range
        self.name_tokens = set()
        self.person_tokens = set()
        self.fixed_name_words = frozenset()  # name word forms the article shows do not decline


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
            if (covered and covered[0] == covered[1] and span.type != "PER"
                    and role_lemma(ctx.tokens[covered[0]].lemma)):
                continue  # a title alone (``Замглавы`` opening a headline) is no name
            if covered and span.type == "ORG" and covered[1] > covered[0] and \
                    common_role_phrase(ctx, *covered):
                continue  # ``Врач городской больницы Иван Петров``: an office and its employer, no name
            if covered and span.type == "ORG" and trailing_role_noun(ctx, *covered):
                # ``передал председательство в Содружестве президенту Таджикистана``: NER ran the
                # organisation's name into the office after it
                covered = (covered[0], covered[1] - 1)
                end = ctx.tokens[covered[1]].end
            if covered and span.type in ("PER", "ORG") and leading_role_noun(ctx, *covered):
                # ``Бундестренер Юлиан Нагельсманн``, ``Собкор ТАСС``: NER took the office before the
                # name into it
                covered = (covered[0] + 1, covered[1])
                start = ctx.tokens[covered[0]].start
            if covered:
                first, last = covered
                tail = person_tail(ctx, first, last) if span.type in ("ORG", "PER") and not lookup else None
                if tail is not None:
                    # ``клуба Тоттенхэм Хотспур Эрик Дайер``: the club, then its player
                    yield Candidate(first, tail - 1, start, ctx.tokens[tail - 1].end, "ORG", "", "")
                    yield Candidate(tail, last, ctx.tokens[tail].start, end, "PER", "", "")
                    continue
                if span.type == "ORG" and not lookup:
                    last = head_noun_end(ctx, first, last)
                    end = max(end, ctx.tokens[last].end)
                yield Candidate(first, last, start, end, span.type, "", lookup)


def leading_role_noun(ctx, first, last):
    """Whether the first word of a person's or an organisation's name NER found is an office noun of
    the role lexicon before the name proper (``Бундестренер Юлиан Нагельсманн``, ``Патриарх
    Кирилл``, ``Собкор ТАСС``): a noun with
    no reading in pymorphy2 as a first name, patronymic or surname, followed by
    a capitalised word. A name is never an office noun, so the office is cut off (and read as the
    name's role)."""
    morph = getattr(ctx, "morph", None)
    token = ctx.tokens[first]
    if morph is None or last <= first or not ctx.tokens[first + 1].text[:1].isupper():
        return False
    if token_role_lemma(token) is None:
        return False
    parses = morph.parse(normal_word(token.text))
    return (any(p.tag.POS == "NOUN" for p in parses)
            and not any(g in p.tag for p in parses for g in ("Name", "Surn", "Patr")))


def common_role_phrase(ctx, first, last):
    """Whether an organisation NER found is an office noun in the singular followed by common words
    only, all in lower case (``Врач городской больницы``, ``Директор районной школы``): the office
    of a person and a description of the employer, which is no organisation's proper name (a name
    has a capitalised word, an abbreviation or quotation marks after its first word: ``Союз
    журналистов России``, ``Врачи без границ`` is a plural). The phrase is then read as the role of
    the name after it."""
    tokens = ctx.tokens
    if ctx.tokens[first].feats.get("Number") == "Plur" or not leading_role_noun_word(ctx, first):
        return False
    return all(tokens[i].text.islower() and tokens[i].text.isalpha() for i in range(first + 1, last + 1))


def leading_role_noun_word(ctx, index):
    """Whether token ``index`` is a noun of the role lexicon that pymorphy2 reads as no name."""
    morph = getattr(ctx, "morph", None)
    token = ctx.tokens[index]
    if morph is None or token_role_lemma(token) is None:
        return False
    parses = morph.parse(normal_word(token.text))
    return (any(p.tag.POS == "NOUN" for p in parses)
            and not any(g in p.tag for p in parses for g in ("Name", "Surn", "Patr")))


def trailing_role_noun(ctx, first, last):
    """Whether the last word of an organisation's name NER found is an office noun of the role
    lexicon in lower case standing in a case that cannot continue the name: neither the genitive
    (``Администрация президента``, ``Совет министров``: words after an organisation's head noun
    are its genitive complements) nor the case of the name's first word (an adjective or a noun in
    apposition agrees with the head). ``в Содружестве президенту Таджикистана``: the dative office
    is the next phrase, the one that names a person (cut off, and read as that person's role)."""
    token = ctx.tokens[last]
    if last <= first or not token.text[:1].islower() or token.pos != "NOUN" or token_role_lemma(token) is None:
        return False
    case, head_case = token.feats.get("Case"), ctx.tokens[first].feats.get("Case")
    return bool(case) and case != "Gen" and case != head_case


# Offices of a church (``role_nouns.csv``, field ``church``): their titles name the see by
# adjectives after the noun (``Патриарх Московский и всея Руси Кирилл``, ``митрополит Ташкентский и
# Узбекистанский Викентий``), which are part of the title, not places or organisations of their own
CHURCH_NOUNS = lexicon.words("role_nouns", field="church")
# Occupations (not offices) of fields outside a state's service: a country adjective on them says
# the person's nationality (``британский журналист``), not whose post it is; on an office or an
# occupation of the state's service it names the state (``российский министр``, ``американский
# дипломат``, ``российский космонавт``)
NATIONALITY_FIELDS = ("business", "civil_society", "academia", "health", "media", "sport", "culture")
MEDIA_NOUNS = lexicon.words("role_nouns", field="media")  # ``корреспондент``, ``журналист``, ``собкор``
NATIONALITY_OCCUPATIONS = frozenset().union(*(lexicon.words("role_nouns", kind="occupation", field=field)
                                              for field in NATIONALITY_FIELDS))


def is_see_adjective(ctx, index):
    """Whether token ``index`` is a capitalised adjective (pymorphy2's first reading, not a first
    name or a surname; ``Московский`` is a surname only in its third reading) after a church office noun, with only see adjectives, ``и`` and ``всея``
    between: the see of the title (``Ташкентского`` in ``митрополита Ташкентского Викентия``)."""
    morph = getattr(ctx, "morph", None)
    tokens = ctx.tokens
    token = tokens[index]
    if morph is None or not token.text[:1].isupper():
        return False
    parses = morph.parse(normal_word(token.text))
    if not parses or parses[0].tag.POS != "ADJF" or any(g in parses[0].tag for g in ("Name", "Surn", "Patr")):
        return False
    i = index - 1
    while i >= 0 and tokens[i].sentence_id == token.sentence_id:
        if token_role_lemma(tokens[i]) in CHURCH_NOUNS:
            return True
        if normal_word(tokens[i].text) not in ("и", "всея", "руси") and not (
                tokens[i].text[:1].isupper() and morph.parse(normal_word(tokens[i].text))[0].tag.POS == "ADJF"):
            return False
        i -= 1
    return False


def organisation_kind_nouns():
    """Nouns naming a kind of organisation, after which the organisation's name follows in apposition
    (``клуба Челси``): ``analysis/data/lexicon/organisation_kind_nouns.csv``."""
    return lexicon.words("organisation_kind_nouns")


def person_tail(ctx, first, last):
    """The first token of a person's name that NER ran together with the organisation's name before
    it, or None: a name of three or more capitalised words right after a noun naming a kind of
    organisation (``капитан клуба Тоттенхэм Хотспур Эрик Дайер``), whose last two words read as a
    first name and surname: pymorphy2's dictionary knows the first as a first name or the last as a
    surname (its guesses for unknown foreign words are not trusted: it guesses ``Юнайтед`` a first
    name). The organisation comes first after such a noun, its holder after it."""
    morph = getattr(ctx, "morph", None)
    tokens = ctx.tokens
    if morph is None or last - first < 2 or first == 0:
        return None
    before = tokens[first - 1]
    if before.lemma not in organisation_kind_nouns() or before.sentence_id != tokens[first].sentence_id:
        return None
    # the tagger calls a foreign word it cannot place ``X``
    if not all(tokens[i].pos in ("PROPN", "X") and tokens[i].text[:1].isupper() for i in range(first, last + 1)):
        return None
    given = morph.parse(normal_word(tokens[last - 1].text))
    surname = morph.parse(normal_word(tokens[last].text))
    if any("Name" in p.tag and p.is_known for p in given) or any("Surn" in p.tag and p.is_known for p in surname):
        return last - 1
    return None


def head_noun_end(ctx, first, last):
    """The last token of an organisation's name, extended to its head noun when NER stopped at an
    adjective (``Региональную антитеррористическую`` + ``структуру``): the adjectives and the noun
    after it that agree with it in case, in the same sentence."""
    tokens = ctx.tokens
    if tokens[last].pos != "ADJ":
        return last
    i = last + 1
    while (i < len(tokens) and tokens[i].sentence_id == tokens[last].sentence_id
           and tokens[i].pos in ("ADJ", "NOUN") and tokens[i].feats.get("Case") == tokens[last].feats.get("Case")
           and not tokens[i].text[:1].isupper()):
        if tokens[i].pos == "NOUN":
            return i
        i += 1
    return last


def person_after_role(ctx, candidate, morph):
    """A name NER called a place that is a person's: right after a singular role noun that agrees
    with it in case (``первого президента Ахмат-Хаджи Кадырова``), of two or more capitalised
    proper nouns, the last of which pymorphy2 reads as a surname. An office is held by a person;
    a place after a role noun is its genitive owner (``мэра Москвы``), and places of two proper
    nouns ending in a surname are rare (``президента Буркина Фасо`` ends in no surname). The gazetteer's places are never
    retyped (the caller asks only about names it does not know)."""
    tokens = ctx.tokens
    first, last = candidate.first, candidate.last
    if candidate.ner_type != "LOC" or last <= first or first == 0:
        return False
    if not all(tokens[i].pos == "PROPN" and tokens[i].text[:1].isupper() for i in range(first, last + 1)):
        return False
    role = first - 1
    if (tokens[role].sentence_id != tokens[first].sentence_id or tokens[role].pos != "NOUN"
            or tokens[role].feats.get("Number") == "Plur" or not role_lemma(tokens[role].lemma)
            or not cases_agree(ctx, role, first)):
        return False
    return any("Surn" in p.tag and "anim" in p.tag for p in morph.parse(normal_word(tokens[last].text)))


def gazetteer_candidates(ctx, gazetteer):
    tokens = ctx.tokens
    for sentence_id, sentence in enumerate(ctx.view.sentence_tokens):
        if not sentence or ctx.kind(sentence[0].token_id) not in NAME_KINDS:
            continue
        indices = [t.token_id for t in sentence]
        words = [nfc(tokens[i].text) for i in indices]  # ``й`` written ``и`` + U+0306 matches ``й``
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


NORM_FEATS = ("Gender", "Number", "Case")  # the features natasha's ``inflect_word`` reads


@lru_cache(maxsize=65536)
def norm_inflected(vocab, text, pos, feats):
    """natasha's ``norm.inflect_word`` of one word (its nominative, lower-cased), asked once per
    word form, part of speech and ``NORM_FEATS`` in a process: the same names recur in an article
    and across articles, and each answer builds the word's whole paradigm in pymorphy2. The answer
    depends on nothing else (``inflect_word`` reads the token's text, part of speech and these
    three features)."""
    from natasha.norm import inflect_word

    return inflect_word(vocab, NormToken(0, text, pos, dict(feats), -1, 0, 0))


def natasha_normalize(vocab, tokens, syntax=False):
    """natasha's ``norm.normalize`` (``syntax_normalize`` with ``syntax``) with each word's
    inflection cached (``norm_inflected``): the same steps, natasha's own helpers for the rest."""
    from natasha.norm import recover_shapes, recover_spaces, select_inflectable

    ids = set(select_inflectable(tokens)) if syntax else None
    words = [norm_inflected(vocab, t.text, t.pos, tuple((k, t.feats[k]) for k in NORM_FEATS if k in t.feats))
             if not ids or t.id in ids else t.text for t in tokens]
    return recover_spaces(recover_shapes(words, tokens), tokens)


def normal_form(ctx, candidate, models):
    """natasha's normalisation of a name: nominative by morphology, organisations by syntax."""
    text = ctx.article.text[candidate.start:candidate.end]
    tokens = norm_tokens(ctx, candidate.first, candidate.last)
    if tokens and tokens[0].start == candidate.start and tokens[-1].stop == candidate.end:
        try:
            text = natasha_normalize(models.morph_vocab, tokens, syntax=candidate.ner_type == "ORG")
        except Exception:  # pymorphy2 fails on a few odd characters: keep the text
            pass
    if candidate.ner_type == "PER":
        text = person_nominative(ctx, candidate, models) or text
        text = with_written_yo(ctx.article.text[candidate.start:candidate.end], text)
    elif candidate.ner_type == "ORG":
        text = complements_as_written(ctx, candidate, text, models)
    text = clean_text(text)
    if ctx.kind(candidate.first) == "dateline":
        text = canonical_place(text)
    return text


def with_written_yo(written, normal):
    """A person's name with the ``ё`` the text writes: pymorphy2's normal forms write ``е``
    (``Бахтиёр`` -> ``Бахтиер``, which is then transliterated ``Bakhtiyer``), so a letter ``е`` of
    the normal form stands for the text's ``ё`` where the two words agree up to it. Only a name
    written with ``ё`` changes; word by word, when both have the same number of words."""
    if "ё" not in written.lower():
        return normal
    written_words, words = written.split(), normal.split()
    if len(written_words) != len(words):
        return normal
    out = []
    for was, word in zip(written_words, words):
        letters = list(word)
        for i, char in enumerate(was[:len(word)]):
            if (char in "ёЁ" and letters[i] in "еЕ"
                    and word[:i].lower().replace("ё", "е") == was[:i].lower().replace("ё", "е")):
                letters[i] = "ё" if char == "ё" else "Ё"
        out.append("".join(letters))
    return " ".join(out)


def complements_as_written(ctx, candidate, normal, models=None):
    """An organisation's normal form with only its head noun phrase in the nominative: the head (the
    first noun), the adjectives before it and a noun coordinated with the head go in the nominative;
    every word after the head keeps the case the text gives it, for those words are governed by the
    head or by a preposition, and a name's complements do not change with the case of the whole
    (``Институт этнологии и антропологии``; ``Европейская организация по ядерным исследованиям``,
    never ``по ядерные исследования``: the syntax normalisation puts a word whose syntactic head lies
    outside the span, or a coordinated complement, in the nominative). A noun joined to the head
    itself by ``и``/``или`` with nothing between is a second head of a coordinated name and is put in
    the nominative with it (``Права и справедливости`` -> ``Право и справедливость``; but
    ``Министерства промышленности и торговли``: the conjunction joins two complements). Kept as it is
    when its words do not line up with the tokens."""
    tokens = ctx.tokens[candidate.first:candidate.last + 1]
    words = normal.split()
    if len(words) != len(tokens) or any(t.text != ctx.article.text[t.start:t.end] for t in tokens) \
            or " ".join(t.text for t in tokens) != " ".join(ctx.article.text[candidate.start:candidate.end].split()):
        return normal
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN")), None)
    if head is None:
        return normal
    second = coordinated_head(tokens, head) if models is not None else None
    out = []
    for i, word in enumerate(words):
        if i <= head:
            out.append(word)
        elif second and second[0] <= i <= second[1] and tokens[i].pos in ("ADJ", "NOUN", "PROPN"):
            out.append(nominative_word(models, tokens[i]))
        else:
            out.append(tokens[i].text)
    return " ".join(out)


COORDINATORS = ("и", "или")


def coordinated_head(tokens, head):
    """``(first, last)`` token indices of a noun phrase coordinated with an organisation name's head
    noun: ``и``/``или`` right after the head, then adjectives and a noun in the head's case as the
    tagger reads it (``Права и справедливости``). None otherwise: a conjunction after a complement
    joins complements (``Института этнологии и антропологии``)."""
    j = head + 1
    if j >= len(tokens) or tokens[j].text.lower() not in COORDINATORS:
        return None
    case = tokens[head].feats.get("Case")
    k = j + 1
    while k < len(tokens) and tokens[k].pos == "ADJ" and tokens[k].feats.get("Case") == case:
        k += 1
    if k < len(tokens) and tokens[k].pos in ("NOUN", "PROPN") and tokens[k].feats.get("Case") == case:
        return j + 1, k
    return None


def nominative_word(models, token):
    """One word of an organisation's name in the nominative by natasha's ``inflect_word`` (its own
    gender and number kept), in the written word's letter case."""
    from natasha.norm import recover_shape

    feats = tuple((k, token.feats[k]) for k in NORM_FEATS if k in token.feats)
    try:
        return recover_shape(norm_inflected(models.morph_vocab, token.text, token.pos, feats), token.text)
    except Exception:  # pymorphy2 fails on a few odd characters: keep the text
        return token.text


NAME_GRAMMEMES = ("Name", "Surn", "Patr")
OC_GENDERS = {"Masc": "masc", "Fem": "femn"}


# the oblique endings of surnames of an adjective's form (``Белозерского``, ``Толстому``,
# ``Белозерской``)
ADJECTIVE_SURNAME_ENDINGS = ("ого", "его", "ому", "ему", "ым", "им", "ой", "ую")


def name_word_nominative(models, word, case, gender):
    """One word of a person's name in an oblique case put in the nominative (``word_nominative``),
    asked of pymorphy2 once per word form, case and gender in a process: its readings and
    inflections of a word form do not change, and a person's name recurs in an article."""
    return word_nominative(models.morph_vocab, word, case, gender)


@lru_cache(maxsize=65536)
def word_nominative(morph_vocab, word, case, gender):
    """One word of a person's name in an oblique case put in the nominative by pymorphy2, keeping its
    gender (``Петровой`` -> ``Петрова``, ``Джайшанкаром`` -> ``Джайшанкар``): a reading as a first
    name, surname or patronymic in that case first, else a noun reading in that case (pymorphy2
    guesses a paradigm for a name it does not know). A person is animate, so a name the tagger reads
    as an accusative may take a genitive reading (the two forms are one: ``Гаррета`` -> ``Гаррет``).
    A dictionary word's reading as an inanimate common noun is that noun, not a name (``Тору`` is no
    dative of ``тор``). A reading that declines comes before an indeclinable one, which fits every
    case and so says nothing of this one (``Марку`` -> ``Марк``). None when no reading is in that
    case."""
    wants = [UD_CASES.get(case)] + (["gent"] if case == "Acc" else [])
    parses = [p for p in morph_vocab.parse(word.lower())
              if p.tag.POS == "NOUN" and any(w in p.tag for w in wants) and "plur" not in p.tag
              and not (p.is_known and "inan" in p.tag and not any(g in p.tag for g in NAME_GRAMMEMES))]
    if not parses:
        # a surname of an adjective's form (``Белозерского``) pymorphy2 knows only as the adjective:
        # its singular reading in that case, of the name's gender
        oc = OC_GENDERS.get(gender)
        parses = [p for p in morph_vocab.parse(word.lower())
                  if p.tag.POS == "ADJF" and any(w in p.tag for w in wants) and "sing" in p.tag
                  and (not oc or oc in p.tag) and normal_word(word).endswith(ADJECTIVE_SURNAME_ENDINGS)]
    if (normal_word(word).endswith(INDECLINABLE_ENDINGS) and not morph_vocab.word_is_known(normal_word(word))
            and not any(g in p.tag for p in parses for g in NAME_GRAMMEMES)):
        # a foreign name in ``-и``, ``-о``, ``-э`` does not decline (``Кэнъити``): pymorphy2's
        # guesses for it are common nouns; a surname it reads as one (``Рымашевского``) declines
        return None
    oc_gender = OC_GENDERS.get(gender)
    ranked = sorted(parses, key=lambda p: (
        not any(g in p.tag for g in NAME_GRAMMEMES),
        bool(oc_gender) and oc_gender not in p.tag and "ms-f" not in p.tag,  # ``ms-f``: either gender
        wants[0] not in p.tag, "Fixd" in p.tag))
    for parse in ranked:
        found = parse.inflect({"Nom"})
        if found:
            # pymorphy2 writes ``ё``; a text that writes ``е`` keeps its spelling (``Петра`` -> ``Петр``)
            return found.word if "ё" in word.lower() else found.word.replace("ё", "е")
    return None


# The endings of a man's name of a consonant stem in the oblique cases (``Марк``: ``Марка``,
# ``Марку``, ``Марком``; ``Авель``: ``Авеля``, ``Авелю``, ``Авелем``), with what stands for them in
# the nominative: nothing after a hard stem, ``ь`` after a soft one. ``-ем`` is hard after a hissing
# consonant or ``ц`` (``Гейтсем`` is no word, ``Шульцем`` is ``Шульц``). The prepositional ``-е`` is
# left out: it does not say whether the stem is hard or soft.
MASCULINE_ENDINGS = {"Gen": (("а", ""), ("я", "ь")), "Acc": (("а", ""), ("я", "ь")),
                     "Dat": (("у", ""), ("ю", "ь")), "Ins": (("ом", ""), ("ем", "ь"))}
HARD_BEFORE_EM = "жшчщц"


def masculine_stems(word, case):
    """The nominatives a man's foreign name in ``case`` may have by the endings above, longest
    ending first (``Марку`` -> ``Марк``; ``Авелем`` -> ``Авель``; ``Шульцем`` -> ``Шульц``)."""
    found = []
    for ending, nominative in MASCULINE_ENDINGS.get(case, ()):
        stem = word[:-len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 2 and stem[-1].lower() not in "аеёиоуыэюяйь":
            if ending == "ем" and stem[-1].lower() in HARD_BEFORE_EM:
                nominative = ""
            found.append(stem + nominative)
    return found


def declines_as_name(models, word, case):
    """Whether pymorphy2 reads ``word`` as a first name that shows ``case`` by its ending (a reading
    as a first name in that case that is not indeclinable): the whole name stands in that case."""
    want = UD_CASES.get(case)
    return any("Name" in p.tag and want in p.tag and "Fixd" not in p.tag and "plur" not in p.tag
               for p in models.morph_vocab.parse(word.lower()))


def foreign_surname_nominative(models, first_word, word, case, gender):
    """A foreign surname pymorphy2 has no declining reading for, put in the nominative by the
    masculine endings, when the first name before it shows the same oblique case (``Эммануэлю
    Марку`` -> ``Марк``: ``Эммануэлю`` is a dative of a first name, so ``Марку`` is a dative too;
    pymorphy2 knows ``Марку`` only as an indeclinable name). First name, patronymic and surname of
    one person agree in case. None otherwise."""
    if gender == "Fem" or case not in MASCULINE_ENDINGS or not declines_as_name(models, first_word, case):
        return None
    want = UD_CASES[case]
    if any(p.tag.POS == "NOUN" and want in p.tag and "Fixd" not in p.tag and "plur" not in p.tag
           and (not p.is_known or "anim" in p.tag) for p in models.morph_vocab.parse(word.lower())):
        return None  # pymorphy2 declines it: its own reading is better
    stems = masculine_stems(word, case)
    return stems[0] if stems else None


def name_cases(models, word, known=False):
    """The cases pymorphy2 can read a word of a name in: its singular noun readings, without a
    dictionary word's readings as an inanimate common noun (``Тору`` as a dative of ``тор``); with
    ``known``, its dictionary readings only, not its guesses for a word it does not know. An empty
    set when there are none: the word then tells nothing of the case."""
    return set(word_name_cases(models.morph_vocab, word, known))


@lru_cache(maxsize=65536)
def word_name_cases(morph_vocab, word, known):
    """``name_cases`` of one word form, as a frozenset: every word of every person's name is asked,
    several times an article, and pymorphy2's readings of a word form do not change (cached per
    process, as ``participle_role_of``)."""
    return frozenset(case for case, oc in UD_CASES.items() for p in morph_vocab.parse(word.lower())
                     if p.tag.POS == "NOUN" and oc in p.tag and "plur" not in p.tag and (p.is_known or not known)
                     and not (p.is_known and "inan" in p.tag and not any(g in p.tag for g in NAME_GRAMMEMES)))


def name_case(ctx, tokens, models):
    """The case of a person's whole name: first name, patronymic and surname agree in case, so of
    the cases the tagger gives its words, the first that every word can stand in by pymorphy2's
    readings, the surname's (the last word's) tried first: a surname shows its case by its ending,
    where a foreign first name often does not decline and its case is the tagger's guess. The tagger
    reads the words one by one and may give them different cases: in ``Тору Камикава`` it reads
    ``Тору`` as a dative of ``тор``, but ``Камикава`` has no dative, so the name is a nominative; in
    ``Бесселю Коку`` it reads ``Коку`` as a nominative, which it cannot be, and the name is a
    dative. When no case the tagger gives fits every word, the one case every word can stand in by
    pymorphy2's dictionary (not its guesses for words it does not know) (``обещанный Авелем``: the
    tagger says dative, ``Авелем`` is only an instrumental; ``— Наине Иосифовне``: it says nominative
    and genitive, both words are datives or prepositionals); else the surname's case."""
    cased = [t.feats.get("Case") for t in tokens if t.pos == "PROPN" and t.feats.get("Case")]
    if not cased:
        return None
    agreed = agreed_oblique_case(ctx, tokens, models)
    if agreed:
        return agreed
    order = list(dict.fromkeys(reversed(cased)))
    fixed = getattr(ctx, "fixed_name_words", frozenset())
    words = [t.text for t in tokens if is_name_word(t.text) and t.text not in fixed]
    readings = [r for r in (name_cases(models, word) for word in words) if r]
    for case in order:
        if all(case in r for r in readings):
            return case
    known = [r for r in (name_cases(models, word, known=True) for word in words) if r]
    common = set.intersection(*known) if known else set()
    if not common and readings and order[0] != "Nom":
        # nothing in the dictionary, and an oblique case the words cannot stand in: the cases
        # pymorphy2's guesses share (``Эдуарду Паэса``, the first name shown not to decline, read as
        # a prepositional: ``Паэса`` is a genitive). A nominative the tagger reads off the sentence
        # (a subject) stays before a guess
        common = set.intersection(*readings)
    # of several (``Наине Иосифовне``: dative or prepositional) the first in the order of UD_CASES;
    # the readings of a name in those cases share their nominative
    return min(common, key=list(UD_CASES).index) if common else order[0]


# The endings of foreign first names that do not decline and that a Russian first name has only in
# one or two oblique cases (``Паулу``, ``Аугусту``, ``Марсело``, ``Синдзо``: a dative or an
# accusative of ``Паула``, ``Аугуст`` to pymorphy2)
FOREIGN_FIRST_NAME_ENDINGS = ("у", "о")
ANIMATE_ALIKE = {"Gen": {"Gen", "Acc"}, "Acc": {"Gen", "Acc"}}  # an animate accusative is the genitive


def agreed_oblique_case(ctx, tokens, models):
    """The case of a whole name when the tagger reads every word of it in one oblique case and the
    surname (the last word) can stand in it by pymorphy2's readings, while a first word ending in
    ``-у``, ``-о`` cannot (``Министру Бразилии Паулу Гедешу``: dative; ``с Паулу Фонсекой``:
    instrumental): the sentence sets the case and the surname shows it, so that word is a foreign
    name that does not decline, not another case of a Russian one (``Паула``). None otherwise, and
    for a word of a Russian name that only shows the other of the genitive and accusative, which are
    one for a person (``Ису Ямадаева``)."""
    fixed = getattr(ctx, "fixed_name_words", frozenset())
    words = [t.text for t in tokens if is_name_word(t.text)]
    cases = {t.feats.get("Case") for t in tokens if t.pos == "PROPN"} - {None}
    if len(words) < 2 or len(cases) != 1 or "-" in words[-1]:
        return None
    case = next(iter(cases))
    if case == "Nom" or case not in UD_CASES:
        return None
    alike = ANIMATE_ALIKE.get(case, {case})
    if not name_cases(models, words[-1]) & alike:
        return None
    lacking = [w for w in words[:-1] if w not in fixed and not name_cases(models, w) & alike]
    if lacking and all(normal_word(w).endswith(FOREIGN_FIRST_NAME_ENDINGS)
                       or unknown_masculine_form(models, tokens, w, case) for w in lacking):
        return case
    return None


def unknown_masculine_form(models, tokens, word, case):
    """The nominative of a man's first name pymorphy2 does not know and guesses no reading in ``case``
    for, by the man's ending of that case (``с Мишелом Темером``: ``Мишел``), when the tagger reads
    every word of the name as a man's; None otherwise."""
    genders = {t.feats.get("Gender") for t in tokens if t.pos == "PROPN"} - {None}
    if genders != {"Masc"} or models.morph_vocab.word_is_known(normal_word(word)):
        return None
    stems = masculine_stems(word, case)
    return stems[0] if stems else None


def person_nominative(ctx, candidate, models):
    """A person's whole name in the nominative when natasha's tagger reads it in an oblique case:
    every capitalised word of it (first name, patronymic, surname, which agree in case) is put in
    the nominative on its own, so that an unknown surname is not left inflected (``Субрахманьямом
    Джайшанкаром`` -> ``Субрахманьям Джайшанкар``). None for a name in the nominative, or when the
    name is not exactly its tokens."""
    tokens = ctx.tokens[candidate.first:candidate.last + 1]
    if not tokens or tokens[0].start != candidate.start or tokens[-1].end != candidate.end:
        return None
    case = name_case(ctx, tokens, models)
    if case is None:
        return None
    case = apposed_case(ctx, candidate) or case
    fixed = getattr(ctx, "fixed_name_words", frozenset())
    agreed = agreed_oblique_case(ctx, tokens, models)
    if case != "Nom" and shows_masculine_nominative(ctx, tokens, fixed):
        # a man's surname of a consonant stem shows no ending: it is in the nominative, and so is
        # the whole name (``Эдуарду Паэс выступил``: ``Эдуарду`` is no dative of ``Эдуард`` here)
        return clean_text(ctx.article.text[candidate.start:candidate.end])
    if case == "Nom" and len({t.feats.get("Case") for t in tokens if t.pos == "PROPN"} - {None}) > 1:
        # the surname is in the nominative and the first name's case a guess: the name as written,
        # not natasha's normalisation of the guessed case (``Тору Камикава``, not ``Тор Камикава``)
        return clean_text(ctx.article.text[candidate.start:candidate.end])
    if case == "Nom" or case not in UD_CASES:
        return None
    gender = person_gender(ctx, candidate)
    text = ctx.article.text
    words = [t.text for t in tokens if is_name_word(t.text)]
    pieces = []
    for i, token in enumerate(tokens):
        word = token.text
        if is_name_word(word) and word not in fixed:
            parts = word.split("-")
            nominative = [name_word_nominative(models, part, case, gender) if len(part) > 1 else None
                          for part in parts]
            if len(words) > 1 and word == words[-1] and len(parts) == 1:
                nominative = [foreign_surname_nominative(models, words[0], word, case, gender) or nominative[0]]
            elif len(parts) == 1 and nominative[0] is None and case == agreed:
                # a first name the case of the whole name is shown for by the surname (``agreed``)
                nominative = [unknown_masculine_form(models, tokens, word, case)]
            word = "-".join(with_case_of(part, new) if new else part for part, new in zip(parts, nominative))
        if pieces:
            pieces.append(text[tokens[i - 1].end:token.start])
        pieces.append(word)
    return clean_text("".join(pieces))


# the consonants a man's surname may end in only in the nominative; not ``й``: ``-ой``, ``-ей`` are the
# instrumental of a surname in ``-а``, ``-я`` (``Фонсекой``, ``Кривеллой``), and not the instrumental
# endings ``-ом``, ``-ем``, ``-ым``, ``-им`` (``Гимарайншем``)
CONSONANT_FINAL_RE = re.compile(r"(?<![оеёыи])[бвгджзклмнпрстфхцчшщь]$|[бвгджзклнпрстфхцчшщь]$")


def shows_masculine_nominative(ctx, tokens, fixed=frozenset()):
    """Whether a man's name shows the nominative by its surname (its last word): a surname of a
    consonant stem ends in a consonant (or ``ь``) only in the nominative, every oblique case
    of a man's name adds an ending (``Паэс``: ``Паэса``, ``Паэсу``, ``Паэсом``), and a woman's surname
    of that stem does not decline at all. Only when every word the tagger gives a gender is
    masculine and the surname is no indeclinable form the article shows (``fixed_name_words``)."""
    words = [t for t in tokens if is_name_word(t.text)]
    genders = {t.feats.get("Gender") for t in tokens if t.pos == "PROPN"} - {None}
    return (len(words) > 1 and genders == {"Masc"} and words[-1].text not in fixed
            and "-" not in words[-1].text and CONSONANT_FINAL_RE.search(words[-1].text.lower()) is not None)


def fixed_name_words(ctx, names):
    """The word forms of persons' names the article itself shows not to decline: a first name
    written the same beside two case forms of one surname (``Паулу Фонсека заявил``, ``с Паулу
    Фонсекой``: ``Паулу`` is no accusative of ``Паула``), a word ending in the vowel that
    renders the last letter of its Latin spelling in brackets (``LATIN_FINAL_VOWELS``). Such a word is in the nominative
    as written, whatever case the name stands in; pymorphy2's readings of it (a Russian first name's
    dative, ``Аугусту`` -> ``Аугуст``) belong to another word. Not the converse, a surname written the
    same beside two forms of a first name: a Russian surname is alike in several cases where its first
    name is not (``Исы Ямадаева``, ``Ису Ямадаева``; ``Анны Петровой``, ``Анне Петровой``)."""
    pairs = []
    for name in names:
        if name.ner_type != "PER":
            continue
        words = [t.text for t in ctx.tokens[name.first:name.last + 1] if is_name_word(t.text)]
        if len(words) > 1:
            pairs.append((words[0], words[-1]))
    fixed = set()
    for first, last in pairs:
        for other_first, other_last in pairs:
            if first == other_first and one_word_inflected(last, other_last):
                fixed.add(first)
    persons = sorted((n for n in names if n.ner_type == "PER"), key=lambda n: n.start)
    for before, name in zip(persons, persons[1:]):
        if original_spelling(ctx.article.text, before, name):
            written = ctx.article.text[before.start:before.end].split()
            for word, latin in zip(written, ctx.article.text[name.start:name.end].split()):
                if word[-1:].lower() and word[-1:].lower() in LATIN_FINAL_VOWELS.get(latin[-1:].lower(), ""):
                    fixed.add(word)
    return frozenset(fixed)


# A Cyrillic word ending in the vowel that renders the final vowel of its Latin spelling given in
# brackets is that word's nominative, not an oblique case of another (``Аугусту Элену (Augusto
# Heleno)``: Portuguese final ``o`` is said and written ``у``); ``Анне (Anna)`` is an oblique case.
LATIN_FINAL_VOWELS = {"o": "оу", "u": "уо", "e": "еэи", "i": "иы", "a": "ая", "y": "иы"}


def same_name_in_several_cases(ctx, names, normals):
    """The normal forms of the names, a person's name the text writes the same where one mention of
    it reads as a nominative (its normal form is the text) and another as an oblique case given the
    written form in all of them: a whole name written alike in two case slots does not decline
    (``Аугусту Элену заявил``, ``поручил Аугусту Элену``: not ``Аугуст Элен``); a name whose first
    words are written alike and whose surname is another case form of one read as a nominative takes
    that nominative."""
    text = ctx.article.text
    written = {name: clean_text(text[name.start:name.end]) for name in names if name.ner_type == "PER"}
    as_written = {w for name, w in written.items() if normals[name] == w and len(w.split()) > 1}
    out = {}
    for name, normal in normals.items():
        if name in written and written[name] in as_written:
            normal = written[name]
        elif name in written and normal != written[name]:
            # the same person's name read as a nominative elsewhere, its first name written alike and
            # its surname another case form of the same (``Такэси Ивая заявил``, ``поручил Такэси
            # Ивае``): the nominative the text writes, not a guess at one (``Ивай``)
            words = written[name].split()
            found = {w for w in as_written if len(w.split()) == len(words) and w.split()[:-1] == words[:-1]
                     and one_word_inflected(w.split()[-1], words[-1])}
            if len(found) == 1:
                normal = found.pop()
        out[name] = normal
    return out


def one_word_inflected(a, b):
    """Whether ``a`` and ``b`` are two case forms of one name: different, and the same but for an
    ending of at most three letters, their common stem of three letters or more (``Фонсека``,
    ``Фонсекой``; ``Жаир``, ``Жаира``)."""
    if a == b:
        return False
    common = 0
    for x, y in zip(a.lower(), b.lower()):
        if x != y:
            break
        common += 1
    return common >= 3 and max(len(a), len(b)) - common <= 3


def is_name_word(word):
    """A capitalised word of letters (and hyphens), not an initial: a word of a name to inflect."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1


def person_gender(ctx, candidate):
    genders = [ctx.tokens[i].feats.get("Gender", "") for i in range(candidate.first, candidate.last + 1)
               if ctx.tokens[i].pos == "PROPN"]
    return genders[-1] if genders else ""


class Cast:
    """The actors of one article, keyed, in order of first mention."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.actors = {}
        self.unresolved = set()  # keys of bodies of a country named with no country in reach

    def add(self, key, name, ner_type, start):
        actor = self.actors.get(key)
        if actor is None:
            entry = self.gazetteer.entries.get(key)
            if entry:
                actor = Actor(0, key, entry.name, entry.name_en, entry.kind, entry.wikidata, entry.iso)
            else:
                actor = Actor(0, key, name, transliterate(name), NER_KINDS.get(ner_type, "other"))
            actor.first_start = start
            actor.country_unresolved = key in self.unresolved
            self.actors[key] = actor
        return actor


def after_kind_noun(ctx, name, gazetteer):
    """The gazetteer's entry for an organisation's name NER took together with the noun naming its
    kind before it (``Газета Коммерсантъ`` opening a sentence, ``Агентство Синьхуа``): the noun
    (``organisation_kind_nouns``) describes the organisation, the words after it name it. None
    otherwise."""
    if name.ner_type != "ORG" or name.last <= name.first or ctx.tokens[name.first].lemma not in organisation_kind_nouns():
        return None
    rest = ctx.tokens[name.first + 1]
    return gazetteer.lookup(ctx.article.text[rest.start:name.end])


def resolve_names(ctx, names, gazetteer, models):
    """``(candidate, actor key)`` for every name; full names first, so that a surname can join."""
    keys = {}
    normals = {}
    persons = defaultdict(set)  # surname form -> keys of persons with a fuller name
    firsts = defaultdict(set)  # first-name form -> keys of persons with a fuller name
    ctx.fixed_name_words = fixed_name_words(ctx, names)
    written_normals = same_name_in_several_cases(ctx, names, {name: normal_form(ctx, name, models) for name in names})
    for name in names:
        key = name.key
        if not key and name.lookup:
            entry = gazetteer.lookup(name.lookup)
            key = entry.key if entry else ""
        normal = written_normals[name]
        if not key:
            entry = gazetteer.lookup(normal) or after_kind_noun(ctx, name, gazetteer)
            key = entry.key if entry else ""
        if not key and ctx.kind(name.first) in ("dateline", "editorial", "photo"):
            # an agency as the dateline writes it (``INTERFAX.RU``, ``РИА Новости``) is the agency,
            # by the agencies' aliases of ``analysis/data/agencies.csv``
            agency = dict(agency_aliases()).get(ctx.article.text[name.start:name.end])
            entry = gazetteer.lookup(agency) if agency else None
            key = entry.key if entry else ""
        normals[name] = normal
        words = normal.split()
        if name.ner_type == "PER" and len(words) > 1:
            key = key or "person:" + normal_word(words[0] + " " + words[-1])
            for form in gazetteer.word_keys(ctx.tokens[name.last].text):
                persons[form].add(key)
            persons[normal_word(words[-1])].add(key)
            for form in gazetteer.word_keys(ctx.tokens[name.first].text) | {normal_word(words[0])}:
                firsts[form].add(key)
        keys[name] = key
    # a first name and surname join the one fuller name of the article with the same first and last
    # words (``Реджеп Эрдоган`` after ``Реджеп Тайип Эрдоган``)
    full = defaultdict(set)
    for name in names:
        words = normals[name].split()
        if name.ner_type == "PER" and len(words) > 2 and keys[name]:
            full[(normal_word(words[0]), normal_word(words[-1]))].add(keys[name])
    # persons named only partly: no name of theirs has a first name (or initial) and a surname
    fullness = defaultdict(int)
    for name in names:
        if name.ner_type == "PER":
            fullness[keys[name]] = max(fullness[keys[name]], name_fullness(models, normals[name].split())[0])
    partial = {key for key, value in fullness.items() if value < 2}
    first_words = defaultdict(set)  # person key -> first words of its names
    for name in names:
        if name.ner_type == "PER":
            first_words[keys[name]].add(normal_word(normals[name].split()[0]))
    for name in names:
        words = normals[name].split()
        if name.ner_type == "PER" and len(words) == 2 and keys[name].startswith("person:"):
            joined = full.get((normal_word(words[0]), normal_word(words[-1])), set())
            if len(joined) != 1:
                joined = partial_name_join(ctx, models, gazetteer, name, words, keys[name], persons, firsts,
                                           partial, first_words)
            if len(joined) == 1:
                keys[name] = next(iter(joined))
        if name.ner_type == "PER" and len(words) == 1:
            joined = set()
            forms = gazetteer.word_keys(ctx.tokens[name.last].text) | {normal_word(words[0])}
            for form in forms:
                joined |= persons.get(form, set())
            if not joined:
                # a foreign surname pymorphy2 reads as indeclinable, in an oblique case by a man's
                # ending, joins the one person of that surname (``Согласно Марку`` after ``Джон Марк``)
                for case in MASCULINE_ENDINGS:
                    for stem in masculine_stems(ctx.tokens[name.last].text, case):
                        joined |= persons.get(normal_word(stem), set())
            if not joined:
                # a first name alone, no one's surname, is the one person of the article with that
                # first name (``Алексей уходит с поста`` after ``Алексей Ратманский``)
                for form in forms:
                    joined |= firsts.get(form, set())
            if len(joined) == 1:
                keys[name] = joined.pop()
        if not keys[name]:
            keys[name] = "%s:%s" % (name.ner_type.lower(), normal_word(normals[name]))
    return [(name, keys[name], normals[name]) for name in fullest_names(names, keys, normals, models)]


def is_initial(word):
    """``А.``, ``А``: a first name written by its initial."""
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


def is_patronymic(models, word):
    return any("Patr" in p.tag for p in models.morph_vocab.parse(word.lower()))


def name_fullness(models, words):
    """How fully a person's normal name names them, to rank names: (2 for a first name or initial and
    a surname or a longer name, 1 for an initial and a surname, 0 for a first name and patronymic
    with no surname (``Борис Николаевич``) or one word; the number of words)."""
    if len(words) < 2 or (len(words) == 2 and is_patronymic(models, words[1])):
        return 0, len(words)
    return (1 if is_initial(words[0]) else 2), len(words)


def partial_name_join(ctx, models, gazetteer, name, words, own, persons, firsts, partial, first_words):
    """The keys of persons a two-word name that is not a full name may join: an initial and a
    surname (``А. Кудрин``) the persons of that surname whose first name has that initial
    (``Алексей Кудрин``); a first name and a patronymic (``Борис Николаевич``) the persons with that
    first name and a surname (``Бориса Ельцина``). News name a person in full first and so later;
    joined only when there is exactly one (the caller asks)."""
    if is_initial(words[0]):
        found = set()
        for form in gazetteer.word_keys(ctx.tokens[name.last].text) | {normal_word(words[-1])}:
            found |= persons.get(form, set())
        initial = normal_word(words[0][0])
        return {k for k in found - {own} - partial
                if any(w.startswith(initial) and not is_initial(w) for w in first_words[k])}
    if is_patronymic(models, words[1]):
        found = set()
        for form in gazetteer.word_keys(ctx.tokens[name.first].text) | {normal_word(words[0])}:
            found |= firsts.get(form, set())
        return found - {own} - partial
    return set()


def fullest_names(names, keys, normals, models):
    """The names, with every person's name of a joined key (a surname or first name alone, ``Марку``
    joined to ``Джон Марк``) given the normal form of the fullest name of that key (``name_fullness``:
    a first name and surname before an initial, most words first), first in the text among equals: an actor is named by its fullest name, whichever mention
    comes first (a headline's ``Марку`` would otherwise name the actor)."""
    fullest = {}
    for name in names:
        if name.ner_type == "PER":
            best = fullest.get(keys[name])
            if best is None or name_fullness(models, normals[name].split()) > name_fullness(models, normals[best].split()):
                fullest[keys[name]] = name
    for name in names:
        if name.ner_type == "PER" and fullest[keys[name]] is not name:
            normals[name] = normals[fullest[keys[name]]]
    return names


def bracket_aliases(ctx, resolved, gazetteer):
    """An abbreviation introduced in brackets after a name (``Региональная антитеррористическая
    структура (РАТС)``) names the same actor there and for the rest of the article; when only the
    abbreviation is in the gazetteer, the name takes its actor."""
    text = ctx.article.text
    out = list(resolved)
    defined = {}
    for index, (name, key, normal) in enumerate(out):
        word = normal_word(text[name.start:name.end])
        if word in defined and key != defined[word]:
            out[index] = (name, defined[word], normal)
            continue
        if index == 0:
            continue
        before, before_key, before_normal = out[index - 1]
        if original_spelling(text, before, name):
            out[index] = (name, before_key, before_normal)
            continue
        if (text[before.end:name.start].strip() == "(" and text[name.end:name.end + 1] == ")"
                and is_upper_word(text[name.start:name.end]) and before.ner_type != "PER"
                and before.ner_type == name.ner_type
                and not (key in gazetteer.entries and before_key in gazetteer.entries and key != before_key)
                and not country_after_place(text, before, name, key, gazetteer)):
            # (two names the gazetteer knows as two actors are two: a city and its country in a
            # dateline, ``ТЯНЬЦЗИНЬ (КНР)``, not an abbreviation introduced)
            if key in gazetteer.entries and before_key not in gazetteer.entries:
                out[index - 1] = (before, key, before_normal)
            else:
                out[index] = (name, before_key, normal)
            defined[word] = out[index][1]
    return out


def country_after_place(text, before, name, key, gazetteer):
    """Whether the name in brackets is a country the gazetteer knows, after a name that does not
    start with its initial: a place and the country it lies in (``УХАНЬ (КНР)``, as datelines
    write a foreign city), not the country's name and its abbreviation (``Корейская
    Народно-Демократическая Республика (КНДР)``, whose initial is the abbreviation's)."""
    entry = gazetteer.entries.get(key)
    return (entry is not None and entry.kind == "country"
            and text[before.start:before.start + 1].upper() != text[name.start:name.start + 1].upper())


CYRILLIC_RE = re.compile(r"[а-яё]", re.IGNORECASE)
LATIN_RE = re.compile(r"[a-z]", re.IGNORECASE)


def original_spelling(text, before, name):
    """Whether the person's name ``name`` is the original Latin spelling, in brackets, of the
    Cyrillic person's name right before it (``Барри Лоуенкрон (Barry Lowenkron)``, ``Ши Тао (Shi
    Tao)``): the same person, named twice, with as many words (news give a foreign name's spelling
    so); the actor keeps the Russian name."""
    written, original = text[before.start:before.end], text[name.start:name.end]
    return (before.ner_type == name.ner_type == "PER"
            and text[before.end:name.start].strip() == "(" and text[name.end:name.end + 1] == ")"
            and CYRILLIC_RE.search(written) is not None and not LATIN_RE.search(written)
            and LATIN_RE.search(original) is not None and not CYRILLIC_RE.search(original)
            and len(written.split()) == len(original.split()))


# Bodies every country has: ``МИД``, ``Минобороны``, ``Генштаб``, ``посольство``, ``правительство``,
# ``парламент``... (``analysis/data/lexicon/country_bodies.csv``). Named alone they would merge the
# bodies of different countries into one actor, so each is the body of the country the text attaches
# to it: the country named right after it (``МИД Индии``), a country adjective right before it
# (``индийский МИД``), or a ``республика``/``страна`` after it that stands for the country named last
# (``МИД республики``). One named with no country in reach joins the one body of its kind the article
# has attached to a country; with none or several it stays alone, marked ``country_unresolved``.


def body_lexicon():
    from . import lexicon

    return {row["word"]: row for row in lexicon.rows("country_bodies")}


def genitive(models, name):
    """A country's canonical name in the genitive, word by word (``Индия`` -> ``Индии``, ``Южная
    Корея`` -> ``Южной Кореи``); words pymorphy2 cannot inflect (``США``) stay."""
    out = []
    for word in name.split():
        inflected = None
        if not is_upper_word(word):
            for parse in models.morph_vocab.parse(word.lower()):
                if parse.tag.POS in ("NOUN", "ADJF") and "nomn" in parse.tag:
                    found = parse.inflect({"Gen"})
                    if found:
                        inflected = with_case_of(word, found.word)
                    break
        out.append(inflected or word)
    return " ".join(out)


def body_country(ctx, name, following, gazetteer, countries_before):
    """The actor key of the country a body's name is attached to, or None."""
    tokens = ctx.tokens
    last = name.last
    for after, key in following:  # ``Генштаб ВС Армении``: through the names of a genitive chain
        if after.first != last + 1:
            break
        entry = gazetteer.entries.get(key)
        if entry and entry.kind == "country":
            return key
        if after.ner_type != "ORG":
            break
        last = after.last
    if name.first > 0 and tokens[name.first - 1].lemma in COUNTRY_ADJECTIVES and \
            tokens[name.first - 1].sentence_id == tokens[name.first].sentence_id:
        key = COUNTRY_ADJECTIVES[tokens[name.first - 1].lemma]
        return key if key in gazetteer.entries else None
    nxt = name.last + 1
    if nxt < len(tokens) and tokens[nxt].lemma in COUNTRY_NOUNS and tokens[nxt].pos == "NOUN" and countries_before:
        return countries_before[-1]
    return None


def body_actor(cast, gazetteer, models, body, word, country, start):
    """``(key, canonical name)`` of the body ``word`` of a country, added to ``cast`` when it is not
    in the gazetteer (``МИД Индии``, ``Ministry of Foreign Affairs of India``)."""
    country_entry = gazetteer.entries[country]
    canonical = "%s %s" % (body["name"], genitive(models, country_entry.name))
    known = gazetteer.lookup(canonical)
    key = known.key if known else "body:%s:%s" % (word, country)
    if known:
        cast.add(key, canonical, "ORG", start)  # the gazetteer's entry (``Правительство России``)
    elif key not in cast.actors:
        actor = Actor(0, key, canonical, "%s of %s" % (body["name_en"], country_entry.name_en), "government_body")
        actor.first_start = start
        cast.actors[key] = actor
    return key, canonical


def body_references(ctx, mentions, mention_at, cast, gazetteer, models):
    """A body every country has named by a common noun, not as a name, and attached to a country:
    ``правительство Японии``, ``грузинский парламент``, ``посольство республики`` after the country
    was named. Each is a ``reference`` mention of that country's body (``Правительство Японии``), as
    ``правительство`` describes the body rather than names it (FactRuEval calls such words an
    organisation's description, not its name). One with no country in reach is no actor: a bare
    ``правительство`` says too little to be one; nor is one that only qualifies another noun
    (``депутаты парламента Грузии``, ``глава правительства Японии``): the phrase is about the
    deputies or the head, and the country stays the one named."""
    bodies = body_lexicon()
    tokens = ctx.tokens
    found = []
    for i, token in enumerate(tokens):
        if (i in mention_at or token.lemma not in bodies or token.pos not in ("NOUN", "PROPN")
                or token.feats.get("Number") == "Plur" or ctx.kind(i) not in NAME_KINDS):
            continue
        head = ctx.head(i)
        if token.rel == "nmod" and head is not None and ctx.tokens[head].pos in ("NOUN", "PROPN", "ADJ"):
            continue  # ``депутаты парламента Грузии``, ``глава правительства``: it qualifies another noun
        country = None
        after = mention_at.get(i + 1)
        if after is not None and after.first == i + 1 and cast.actors[after.key].kind in ("country", "historical_state"):
            country = after.key
        elif i > 0 and tokens[i - 1].lemma in COUNTRY_ADJECTIVES and tokens[i - 1].sentence_id == token.sentence_id:
            country = COUNTRY_ADJECTIVES[tokens[i - 1].lemma]
        elif i + 1 < len(tokens) and tokens[i + 1].lemma in COUNTRY_NOUNS and tokens[i + 1].pos == "NOUN":
            country = last_country(ctx, cast, mention_at, i)
        if not country or country not in gazetteer.entries:
            continue
        key, _ = body_actor(cast, gazetteer, models, bodies[token.lemma], token.lemma, country, token.start)
        found.append(Mention(0, ctx.part_id(i), token.start, token.end, token.text, "ORG", 0, "reference",
                             i, i, key))
    return found


def country_bodies(ctx, resolved, gazetteer, cast, models):
    """``resolved`` with the key of every body of a country replaced by the body of that country
    (an actor added to ``cast``), see above."""
    bodies = body_lexicon()
    out, pending, countries_before = [], [], []
    attached = defaultdict(set)  # body word -> keys of the bodies attached to a country
    for index, (name, key, normal) in enumerate(resolved):
        entry = gazetteer.entries.get(key)
        if entry and entry.kind in ("country", "historical_state"):
            countries_before.append(key)
        word = ctx.tokens[name.first].lemma
        if (name.ner_type != "ORG" or word not in bodies or name.first != name.last
                or (entry and entry.kind == "government_body")):
            if entry and entry.kind == "government_body" and word in bodies:
                attached[word].add(key)
            out.append((name, key, normal))
            continue
        following = [r[:2] for r in resolved[index + 1:index + 3]]
        country = body_country(ctx, name, following, gazetteer, countries_before)
        if country:
            key, canonical = body_actor(cast, gazetteer, models, bodies[word], word, country, name.start)
            attached[word].add(key)
            out.append((name, key, canonical))
        else:
            pending.append(len(out))
            out.append((name, key, normal))
    countries = [(name.first, key) for name, key, _ in resolved
                 if key in gazetteer.entries and gazetteer.entries[key].kind == "country"]
    for index in pending:
        name, key, normal = out[index]
        word = ctx.tokens[name.first].lemma
        country = None if attached[word] else office_country(ctx, bodies[word], countries, gazetteer)
        if len(attached[word]) == 1:
            out[index] = (name, next(iter(attached[word])), normal)
        elif country:
            key, canonical = body_actor(cast, gazetteer, models, bodies[word], word, country, name.start)
            out[index] = (name, key, canonical)
        else:
            cast.unresolved.add(key)
    return out


def office_country(ctx, body, countries, gazetteer):
    """The one country whose holder of the body's head office (``head_office`` in
    ``country_bodies.csv``: ``министр иностранных дел`` for ``МИД``) the article names, or None. A
    report that has introduced ``министр иностранных дел республики Жээнбек Кулубаев`` goes on with
    ``Глава МИД``: the country is not repeated because it is the one already given, so a bare body
    named where only one country's holder of its office was named is that country's. The country is
    the name right after the office (``министра обороны Индии``), the last country named before a
    generic ``республики``/``страны`` there, or a country adjective before it (``индийский министр
    обороны``); holders of two countries leave the body unresolved."""
    tokens = ctx.tokens
    found = set()
    for office in body["head_office"].split("|"):
        lemmas = office.split()
        for i in range(len(tokens) - len(lemmas) + 1):
            if [t.lemma for t in tokens[i:i + len(lemmas)]] != lemmas:
                continue
            after = i + len(lemmas)
            country = next((key for first, key in countries if first == after), None)
            if (country is None and after < len(tokens) and tokens[after].lemma in COUNTRY_NOUNS
                    and tokens[after].pos == "NOUN"):
                earlier = [key for first, key in countries if first < i]
                country = earlier[-1] if earlier else None
            if (country is None and i > 0 and tokens[i - 1].lemma in COUNTRY_ADJECTIVES
                    and tokens[i - 1].sentence_id == tokens[i].sentence_id):
                country = COUNTRY_ADJECTIVES[tokens[i - 1].lemma]
            if country in gazetteer.entries:
                found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def state_body_nouns():
    """Nouns heading the name of a state body, which is some country's or region's
    (``analysis/data/lexicon/state_body_nouns.csv``)."""
    return lexicon.words("state_body_nouns")


def language_service(ctx, name):
    """Whether an organisation's name is a broadcaster's service in a language (``Русская служба
    Би-би-си``, ``Русской службе «Голоса Америки»``, ``Всемирная служба``): a state body noun right
    after an adjective of a language or of the world that is no country's
    (``analysis/data/lexicon/service_language_adjectives.csv``). A state names its bodies by the
    country (``Федеральная миграционная служба России``, ``российская служба``), not by a language,
    so such a name is no state body and has no country to lack."""
    tokens = ctx.tokens
    adjectives = lexicon.words("service_language_adjectives")
    return any(tokens[i].lemma in state_body_nouns() and tokens[i - 1].lemma in adjectives
               and tokens[i - 1].pos == "ADJ" for i in range(name.first + 1, name.last + 1))


def state_term(ctx, name, names, gazetteer):
    """Whether an NER organisation is a state's term at the head of a body, which is no
    organisation: ``Председательство Армении в ОДКБ``, ``Российское председательство``,
    ``Программа Казахстана`` (a capital letter opening the sentence makes NER take the noun for a
    name). The name's first noun is a noun of ``analysis/data/lexicon/state_term_nouns.csv``; one
    marked ``alone=no`` (``программа``, which heads organisations' names too: ``Программа
    развития ООН``) only with a country's name right after it or a country adjective before it.
    The state stays an actor of its own; the chairmanship names no one."""
    if name.ner_type != "ORG" or name.key:
        return False
    tokens = ctx.tokens
    head = next((i for i in range(name.first, name.last + 1) if tokens[i].pos in ("NOUN", "PROPN")), None)
    if head is None or tokens[head].lemma not in lexicon.words("state_term_nouns"):
        return False
    if tokens[head].lemma in lexicon.words("state_term_nouns", alone="yes"):
        return True
    after = next((n for n in names if n.first == name.last + 1), None)
    entry = gazetteer.entries.get(after.key) if after is not None and after.key else None
    return bool(entry and entry.kind in ("country", "historical_state")) or any(
        tokens[i].lemma in COUNTRY_ADJECTIVES for i in range(name.first, head))


def genitive_complement(ctx, name, after):
    """Whether the name ``after`` is the genitive complement of the organisation's name ``name``,
    right after it (``Министерство внутренних дел`` + ``Пакистана``, ``Институт этнологии и
    антропологии`` + ``РАН``): a place's or organisation's name next to it in the same sentence,
    only spaces between, read by the tagger as a genitive or written in capitals (an abbreviation,
    which does not decline)."""
    tokens = ctx.tokens
    if after is None or after.ner_type not in ("LOC", "ORG") or after.first != name.last + 1:
        return False
    if (name.last > name.first and role_lemma(tokens[name.last].lemma) is not None
            and tokens[name.last].feats.get("Case") != "Gen"):
        # an NER span cut after an office (``Содружестве президенту`` + ``Таджикистана``); an office
        # noun in the genitive is a complement inside the name (``Совет муфтиев``, ``Совет министров``)
        return False
    first = tokens[after.first]
    if first.sentence_id != tokens[name.last].sentence_id or ctx.article.text[name.end:after.start].strip():
        return False
    return first.feats.get("Case") == "Gen" or is_upper_word(first.text)


def organisation_complements(ctx, resolved, gazetteer, cast):
    """``resolved`` with the name of an organisation the gazetteer does not know run through its
    genitive complement (``genitive_complement``): ``Министерство внутренних дел`` before
    ``Пакистана`` is the actor ``Министерство внутренних дел Пакистана``, ``Законодательное
    собрание`` before ``Приморского края`` the actor ``Законодательное собрание Приморского края``.
    The mentions keep their spans (the body and its country are two names, as FactRuEval marks them);
    the actor's canonical name holds both, so that the bodies of two countries or regions do not
    merge. The same name without a complement later in the article joins the one actor of that name
    with a complement; a state body's name (``state_body_nouns``) with none or several such actors
    is marked ``country_unresolved``."""
    out = list(resolved)
    text = ctx.article.text
    joined = defaultdict(set)  # normal form of the name -> keys with a complement
    bare = []
    for index, (name, key, normal) in enumerate(out):
        if name.ner_type != "ORG" or key in gazetteer.entries or key.startswith("body:"):
            continue
        after = out[index + 1] if index + 1 < len(out) else None
        if after is not None and genitive_complement(ctx, name, after[0]):
            canonical = clean_text("%s %s" % (normal, text[after[0].start:after[0].end]))
            entry = gazetteer.lookup(canonical)
            new_key = entry.key if entry else "org:" + normal_word(canonical)
            out[index] = (name, new_key, entry.name if entry else canonical)
            joined[normal_word(normal)].add(new_key)
        else:
            bare.append(index)
    for index in bare:
        name, key, normal = out[index]
        keys = joined.get(normal_word(normal), set())
        if len(keys) == 1:
            new_key = next(iter(keys))
            out[index] = (name, new_key, next(n for _, k, n in out if k == new_key))
        elif any(ctx.tokens[i].lemma in state_body_nouns() and ctx.tokens[i].pos in ("NOUN", "PROPN")
                 for i in range(name.first, name.last + 1)[:3]) and not language_service(ctx, name):
            cast.unresolved.add(key)
    return out


# 3. Roles ------------------------------------------------------------------------------------

def phrase_span(ctx, head, stop):
    """The contiguous run of ``head``'s subtree around it, before token ``stop``, without
    punctuation: the role phrase of a title noun."""
    subtree = ctx.subtree(head)
    first = head
    while first - 1 in subtree and ctx.tokens[first - 1].pos in ROLE_LEFT_POS:
        first -= 1
    last = head
    # (a short adjective or participle is a predicate, not part of the phrase: ``что глава
    # правительства непоследователен``, which the parser may hang on the noun)
    while last + 1 < stop and last + 1 in subtree and ctx.tokens[last + 1].feats.get("Variant") != "Short" \
            and (ctx.tokens[last + 1].pos != "PUNCT" or member_state_dash(ctx, last + 1)):
        last += 1
    return first, last


def member_state_dash(ctx, i):
    """Whether the dash at token ``i`` joins the two nouns of a compound apposition naming member
    states (``государств — участников СНГ``, ``стран – членов ОДКБ``): Russian spells the compound
    with a spaced dash when its second part has words of its own, and the body's name runs on
    through it, so a role phrase must not stop there."""
    tokens = ctx.tokens
    return (tokens[i].text in DASHES and 0 < i < len(tokens) - 1
            and tokens[i - 1].sentence_id == tokens[i + 1].sentence_id == tokens[i].sentence_id
            and tokens[i - 1].lemma in MEMBER_STATE_NOUNS and tokens[i + 1].lemma in MEMBER_NOUNS)


def title_of(ctx, first, last, head, affiliation_kind):
    """The class of a role phrase and its affiliation (an actor key), from ``TITLE_RULES``."""
    lemmas = {ctx.tokens[i].lemma for i in range(first, last + 1)}
    head_lemma = ctx.tokens[head].lemma
    cls = next((c for h, needs, c in TITLE_RULES if h == head_lemma and needs <= lemmas), None)
    found = []  # the actors of the phrase; a country, when there is one, is the affiliation
    for i in range(first, last + 1):
        if i in affiliation_kind and i != head:
            found.append(affiliation_kind[i])
        elif ctx.tokens[i].lemma in COUNTRY_ADJECTIVES and (i < head or not any(
                ctx.tokens[j].pos == "ADP" for j in range(head + 1, i))):
            # before the head (``российский министр``) or on a word the head governs, with no
            # preposition between (``глава российского государства``; not ``посол в российской
            # столице``, a place)
            found.append((COUNTRY_ADJECTIVES[ctx.tokens[i].lemma], "country"))
    countries = [f for f in found if f[1] in ("country", "historical_state")]
    affiliation, kind = (countries or found or [(None, "")])[0]
    if cls == "head":
        cls = "head_of_state" if affiliation and kind in ("country", "historical_state") else (
            "head" if affiliation else None)
    elif cls in ("head_of_state", "leader") and affiliation and kind not in ("country", "historical_state"):
        cls = "head"
    return cls, affiliation


def role_text(ctx, first, last, models, head=None, number=None):
    """A role phrase in the nominative, lower-cased unless its first word is in capitals: by the
    head noun's own inflection when the head is known, else by natasha's syntax normalisation."""
    from natasha.norm import syntax_normalize

    text = nominative_phrase(ctx, first, last, head, models, number) if head is not None else None
    if text is None:
        tokens = norm_tokens(ctx, first, last)
        try:
            text = syntax_normalize(models.morph_vocab, tokens)
        except Exception:
            text = ctx.article.text[ctx.tokens[first].start:ctx.tokens[last].end]
    text = clean_text(text)
    if len(text) > 1 and text[0].isupper() and not is_upper_word(text.split()[0]):
        text = text[0].lower() + text[1:]
    return text


UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def inflect_word(models, word, pos, case, lemma, grammemes):
    """``word`` (a ``pos`` in UD case ``case`` with dictionary form ``lemma``) put in the UD features
    asked (``{"Nom", "Sing"}``), by pymorphy2 through natasha; None when no reading of the word fits."""
    return _inflected(models.morph_vocab, word.lower(), pos, case, lemma, frozenset(grammemes))


@lru_cache(maxsize=65536)
def _inflected(morph, word, pos, case, lemma, grammemes):
    """``inflect_word`` of a lower-case word form (asked again for the same role words in every
    article: cached per process, as pymorphy2 gives the same answer for the same question)."""
    want = UD_CASES.get(case)
    parses = morph.parse(word)
    pos_tags = {"NOUN": ("NOUN",), "PROPN": ("NOUN",), "ADJ": ("ADJF", "PRTF")}.get(pos, ())
    for strict in (True, False):  # the tagger's case first; any reading when none has it
        for parse in parses:
            if parse.tag.POS in pos_tags and (not strict or not want or want in parse.tag) and (
                    not lemma or parse.normal_form.replace("ё", "е") == lemma.replace("ё", "е") or pos == "ADJ"):
                found = parse.inflect(set(grammemes))
                if found:
                    return found.word
    return None


def with_case_of(original, word):
    if is_upper_word(original):
        return word.upper()
    return word[0].upper() + word[1:] if original[:1].isupper() else word


def nominative_phrase(ctx, first, last, head, models, number=None):
    """A role phrase in the nominative: its head noun and the adjectives before it that agree with
    the head are put in the nominative (in the head's number and gender), the words the head governs
    stay as written (``главой МИД Индии`` -> ``глава МИД Индии``, ``генерального секретаря ОДКБ`` ->
    ``генеральный секретарь ОДКБ``). None when pymorphy2 has no fitting reading of the head."""
    tokens = ctx.tokens
    text = ctx.article.text
    head_token = tokens[head]
    case = head_token.feats.get("Case")
    # ``number`` asks for one: a plural office shared out among several persons is each one's
    number = number or ("Plur" if head_token.feats.get("Number") == "Plur" else "Sing")
    head_word = inflect_word(models, head_token.text, "NOUN", case, head_token.lemma, {"Nom", number})
    if normal_word(head_token.text) in role_nouns():
        # the lexicon's own form, as written: an indeclinable compound (``замгендиректора``) stays
        # as it is whatever lemma the tagger guessed; any other entry is a nominative already
        head_word = head_token.text.lower()
    gender = head_token.feats.get("Gender") or "Masc"
    if head_word is None and participle_role(ctx, head):
        # a participle used as a noun declines as an adjective (``заведующим`` -> ``заведующий``)
        head_word = inflect_word(models, head_token.text, "ADJ", case, "",
                                 {"Nom", "Plur"} if number == "Plur" else {"Nom", gender, "Sing"})
    if head_word is None:
        return None
    pieces = []
    for i in range(first, last + 1):
        token = tokens[i]
        word = token.text
        if i == head:
            word = with_case_of(token.text, head_word)
        elif (i < head and is_modifier(token) or i > head and is_see_adjective(ctx, i)) and \
                token.feats.get("Case") == case:
            grammemes = {"Nom", "Plur"} if number == "Plur" else {"Nom", gender, "Sing"}
            inflected = inflect_word(models, token.text, "ADJ", case, "", grammemes)
            if inflected:
                word = with_case_of(token.text, inflected)
        if pieces:
            pieces.append(text[tokens[i - 1].end:token.start])
        pieces.append(word)
    return clean_text("".join(pieces))


ROLE_LINK_POS = ("NOUN", "PROPN", "ADJ", "NUM")  # words a role phrase may hold before the name
MAX_ROLE_TOKENS = 10  # how far before a name a role noun is looked for
# The words of ``analysis/data/lexicon/role_words.csv``, by use:
# ``former``: ``бывший президент`` is an office held before;
FORMER_WORDS = lexicon.words("role_words", use="former")
FORMER_PREFIX = "экс-"
# ``role_time_words.csv``: words that say when an office is held, not which office: adjectives
# (``Новым министром финансов назначен`` holds ``министр финансов``; ``нынешний президент``),
# adverbs and ``в прошлом`` before an apposition (``Иван Петров, ныне министр финансов,``). They stay
# in the phrase and its summary, not in the position; those of the past (``ранее``, ``в прошлом``)
# make the office former.
TIME_WORDS = lexicon.words("role_time_words")
PAST_WORDS = lexicon.words("role_time_words", former="yes")
# ``role_body_nouns.csv``: nouns of bodies of their own (``партия``, ``компания``, ``клуб``) between
# an office and a country's name: the country is the body's, not the office's
BODY_NOUNS = lexicon.words("role_body_nouns")
AFTER_NAME = (",", "(", "—", "–")  # ``Юрий Лужков, мэр Москвы,``; ``Лужков (мэр Москвы)``
# ``country_noun``: the organisation or country of a role named by a common noun standing for a
# country named before (``министр иностранных дел республики`` after ``Киргизия``);
COUNTRY_NOUNS = lexicon.words("role_words", use="country_noun")
# ``post_noun``: words that name an office through a post: ``в должности министра``, ``на посту
# президента``, ``занимающий пост главы``; the role noun after them is in the genitive. ``место`` as
# in ``место спикера занял Джон Бенер`` (only with a role noun in the genitive after it);
POST_NOUNS = lexicon.words("role_words", use="post_noun")
# ``taking_verb``: verbs after which a role noun in the instrumental is the office taken:
# ``назначен министром``, ``избран президентом``, ``стал премьер-министром``, ``работает
# тренером``, ``является главой``; ``быть`` too: ``будет запасным вратарём``, ``был послом`` (its
# instrumental is the predicate);
TAKING_VERBS = lexicon.words("role_words", use="taking_verb")
# ``acting``: ``исполняющий обязанности министра``, ``и.о. министра``, ``врио губернатора``: an
# acting office, kept whole in the position (the office is in the genitive after these words)
ACTING_LEMMAS = ("исполнять", "обязанность")
# ``role_leaving_words.csv``: a post left (``ушел с поста министра``, ``освобожден от должности``,
# ``покинул пост``) names an office its holder no longer holds: the role is former. Prepositions
# count right before the post noun, verbs when the post noun is their object.
LEAVING_WORDS = lexicon.words("role_leaving_words")
# ``role_holding_words.csv``: verbs of holding a post (``занимал пост министра``): in the past tense, held before
HOLDING_VERBS = lexicon.words("role_holding_words")
ACTING_ABBREVIATIONS = lexicon.words("role_words", use="acting")  # and ``и.о.``: ``acting_abbreviation_at``
# Offices written with an abbreviation and a full stop (``зам. министра финансов``, ``зав. кафедрой
# истории``): ``analysis/data/lexicon/role_abbreviations.csv`` gives each the case of the noun it
# governs. News write them in lists of officials and in bylines; the office is kept as written, as an
# acting one is, since the abbreviation has no nominative to put it in.
ROLE_ABBREVIATIONS = lexicon.mapping("role_abbreviations", "governs")


@dataclass
class Role:
    """An office or occupation a person holds (or held) in one article, from one role phrase."""
    key: str  # the person's actor key
    position: str  # the position in the nominative, without its organisation or country
    of_key: str  # the actor key of the organisation or country, or ""
    of_name: str
    former: bool
    start: int  # the whole role phrase in the text
    end: int
    first: int = field(repr=False)  # token indices of the phrase, inclusive, and of its head noun
    last: int = field(repr=False)
    head: int = field(repr=False)
    summary: str = ""  # the whole phrase in the nominative, for ``actors.roles``
    role_id: int = 0
    actor_id: int = 0
    of_actor_id: int = -1
    text: str = ""  # the phrase as written, ``article.text[start:end]``


def role_nouns():
    """Lemmas of nouns that name an office or an occupation (``analysis/data/lexicon/role_nouns.csv``).
    Kinship (``дочь``), nationality (``американец``) and description words (``соперник``) are not
    in it: a person's relation to someone is no office."""
    return lexicon.words("role_nouns")


ROLE_PREFIXES = ("экс-", "вице-")  # ``экс-премьер``, ``вице-губернатор``: the office after the prefix


@lru_cache(maxsize=None)  # asked for most words of every article; the lexicon is fixed per process
def role_lemma(lemma):
    """The lexicon entry a role noun's lemma stands for, or None: the lemma itself, without a prefix
    (``вице-губернатор``), or the first part of a compound rank (``генерал-майор``)."""
    words = role_nouns()
    lemma = lemma.replace("ё", "е")
    if lemma in words:
        return lemma
    for prefix in ROLE_PREFIXES:
        if lemma.startswith(prefix) and lemma[len(prefix):] in words:
            return lemma[len(prefix):]
    if "-" in lemma and lemma.split("-")[0] in words:
        return lemma.split("-")[0]
    return None


def token_role_lemma(token):
    """``role_lemma`` of a token, or of the word as written: a compound of ``зам-`` with the
    genitive of an office (``замгендиректора``, ``замминистра``, ``замглавы``) does not decline, so
    the form written is the lexicon's entry, whatever lemma the tagger guesses for it
    (``замгендиректор``)."""
    return role_lemma(token.lemma) or role_lemma(normal_word(token.text))


INDECLINABLE_PREFIXES = ("зам", "зав")
INDECLINABLE_ENDS = ("а", "я", "ы", "ой")


def indeclinable_office(token):
    """Whether a token is an office compound of ``зам-``/``зав-`` and an office or unit in an oblique
    case (``замминистра``, ``замглавы``, ``зампредседателя``, ``завкафедрой``), written as the role
    lexicon writes it: such a word does not decline, so it stands in whatever case its verb asks
    (``назначен замминистра`` is an instrumental), though the tagger gives it one case or another."""
    word = normal_word(token.text)
    return word.startswith(INDECLINABLE_PREFIXES) and word.endswith(INDECLINABLE_ENDS) and word in role_nouns()


def description_adjectives():
    """Adjectives that make a role noun a description of the person, not an office (``известный
    правозащитник``, ``современный композитор``): ``analysis/data/lexicon/description_adjectives.csv``."""
    from . import lexicon

    return lexicon.words("description_adjectives")


def is_role_noun(ctx, index):
    """A singular noun of the role lexicon that is not part of a name (``Президента США`` written
    with a capital is a role; ``Глава`` inside ``Глава МИД`` too)."""
    token = ctx.tokens[index]
    if index in ctx.name_tokens or token.feats.get("Number") == "Plur":
        return False
    if token.pos in ("NOUN", "PROPN"):
        return token_role_lemma(token) is not None or participle_role(ctx, index) is not None
    # a participle used as a noun, in the nominative (``управляющий``, ``командующий``)
    return token.pos in ("VERB", "ADJ") and (normal_word(token.text) in role_nouns()
                                             or participle_role(ctx, index) is not None)


def participle_role(ctx, index):
    """The role lexicon's entry for a participle used as a noun in any case (``заведующим
    кафедрой``, ``управляющего банком``): the tagger gives such a noun its verb's lemma
    (``заведовать``), so the word is put in the masculine nominative singular by pymorphy2 and looked
    up as the lexicon writes it (``заведующий``). None for anything else."""
    morph = getattr(ctx, "morph", None)
    token = ctx.tokens[index]
    if morph is None or token.lemma in role_nouns() or not token.lemma.endswith(("ть", "ться", "чь")):
        return None
    return participle_role_of(morph, normal_word(token.text), role_nouns())


@lru_cache(maxsize=65536)
def participle_role_of(morph, word, nouns):
    """``participle_role`` of a word form (every verb of an article is asked, several times: cached
    per process, as pymorphy2's parse and inflection of the same word give the same answer)."""
    for parse in morph.parse(word):
        if parse.tag.POS in ("PRTF", "NOUN", "ADJF"):
            form = parse.inflect({"Nom", "Sing", "Masc"}) if parse.tag.POS != "NOUN" else None
            found = (form.word if form else parse.normal_form).replace("ё", "е")
            if found in nouns:
                return found
    return None


def cases_agree(ctx, a, b):
    """Whether two tokens stand in the same case, as an apposition and its name do (a word without
    a case, such as an indeclinable foreign name, agrees with any)."""
    ta, tb = ctx.tokens[a], ctx.tokens[b]
    ca, cb = ta.feats.get("Case"), tb.feats.get("Case")
    if {ca, cb} == {"Gen", "Acc"} and "Anim" in (ta.feats.get("Animacy"), tb.feats.get("Animacy")):
        return True  # an animate noun's accusative is its genitive; the tagger picks either
    return not ca or not cb or ca == cb


# A foreign name ending in one of these letters does not decline in Russian (``Нэнси Пелоси``,
# ``Сильвио Берлускони``, ``Шевченко``): the tagger's case for it is a guess, so it agrees with any.
INDECLINABLE_ENDINGS = ("и", "о", "э")
# A surname in ``-ова``, ``-ина`` is both a woman's nominative and a man's genitive (``Э. Чернова
# создаёт``); the tagger often picks the genitive, so such a name also agrees with a nominative.
FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")


def name_run(ctx, index):
    """The tokens of the person's name that starts at token ``index``."""
    run = [index]
    while run[-1] + 1 in ctx.person_tokens and run[-1] + 1 < len(ctx.tokens) \
            and ctx.tokens[run[-1] + 1].sentence_id == ctx.tokens[index].sentence_id:
        run.append(run[-1] + 1)
    return run


def agrees_with_name(ctx, role, name_first):
    """Whether a role noun stands in the case of the person's name starting at ``name_first``:
    the case of one of its words (the tagger may give a first name and a surname different cases),
    any case for a name that does not decline, the nominative also for a ``-ова`` surname the
    tagger called genitive."""
    if name_first not in ctx.person_tokens:
        return cases_agree(ctx, role, name_first)
    words = [i for i in name_run(ctx, name_first) if ctx.tokens[i].pos == "PROPN"] or [name_first]
    if any(cases_agree(ctx, role, i) for i in words):
        return True
    if all(normal_word(ctx.tokens[i].text).endswith(INDECLINABLE_ENDINGS) for i in words):
        return True
    if foreign_name_in_case(ctx, words, ctx.tokens[role].feats.get("Case")):
        return True
    return (ctx.tokens[role].feats.get("Case") == "Nom"
            and any(ctx.tokens[i].feats.get("Case") == "Gen"
                    and normal_word(ctx.tokens[i].text).endswith(FEMININE_SURNAME_ENDINGS) for i in words))


def foreign_name_in_case(ctx, words, case):
    """Whether a name the tagger read in the nominative may stand in the oblique ``case`` of the
    role noun before it: every word of it unknown to pymorphy2's dictionary (a foreign name, whose
    case the tagger only guesses from its ending: ``главы МИД Индии Джайшанкара`` is often read as a
    nominative ``Джайшанкара``) and its last word has an animate noun reading in that case. Only for
    an oblique role before a nominative name: a role in the nominative before a name in the genitive
    is that person's office-holder (``помощник Джайшанкара``), not the person."""
    morph = getattr(ctx, "morph", None)
    if morph is None or case in (None, "Nom") or case not in UD_CASES:
        return False
    if not words or any(ctx.tokens[i].feats.get("Case") not in ("Nom", None) for i in words):
        return False
    parses = [morph.parse(normal_word(ctx.tokens[i].text)) for i in words]
    if any(p.is_known for ps in parses for p in ps):
        return False
    want = UD_CASES[case]
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and want in p.tag and "plur" not in p.tag
               for p in parses[-1])


def apposed_case(ctx, candidate):
    """The oblique case of the role noun a foreign name stands in apposition to, when the tagger
    read the name as a nominative (``главы МИД Индии Субрахманьяма Джайшанкара``: genitive); None
    otherwise. The name is put in the nominative from that case."""
    words = [i for i in range(candidate.first, candidate.last + 1) if ctx.tokens[i].pos == "PROPN"]
    if not words or candidate.first == 0:
        return None
    place = role_ending(ctx, candidate.first - 1, candidate.first)
    head = place[0] if place is not None else role_noun_before(ctx, candidate.first)
    if head is None:
        return None
    case = ctx.tokens[head].feats.get("Case")
    return case if foreign_name_in_case(ctx, words, case) or unknown_name_in_case(ctx, words, case) else None


def role_noun_before(ctx, first):
    """The nearest singular role noun before the name starting at token ``first``, across the words a
    role phrase holds (adjectives, nouns, names of places and organisations: ``министра иностранных
    дел Японии``), within ``MAX_ROLE_TOKENS`` and the sentence, stopping at punctuation and at
    another person's name; or None. Unlike ``role_ending`` it does not ask the name to agree with
    it: it is asked for the case the name stands in when the tagger could not tell."""
    tokens = ctx.tokens
    for h in range(first - 1, max(-1, first - 1 - MAX_ROLE_TOKENS), -1):
        token = tokens[h]
        if token.sentence_id != tokens[first].sentence_id or h in ctx.person_tokens or token.pos == "PUNCT":
            return None
        if token.pos == "NOUN" and token.feats.get("Number") != "Plur" and is_role_noun(ctx, h):
            return h
        if token.pos not in ROLE_LEFT_POS + ROLE_LINK_POS and h not in ctx.name_tokens:
            return None
    return None


def unknown_name_in_case(ctx, words, case):
    """Like ``foreign_name_in_case``, for putting the name in the nominative: a name right after a
    role phrase, with no mark between, is its apposition and stands in its case, whatever case the
    tagger guessed for words it does not know. So: the surname (the last word) unknown to pymorphy2's
    dictionary, with a singular noun reading in the role's oblique case, of any animacy (``министра
    Японии Сейджи Маехары``: pymorphy2 guesses ``Маехары`` an inanimate genitive, but the animacy of
    a guess says nothing; the name is a person's, as NER says), and the words before it unknown too
    or of a form that does not decline (``Таро`` is a dictionary word, but ends in ``-о``)."""
    morph = getattr(ctx, "morph", None)
    if morph is None or case in (None, "Nom") or case not in UD_CASES or not words:
        return False
    parses = [morph.parse(normal_word(ctx.tokens[i].text)) for i in words]
    if any(p.is_known for p in parses[-1]):
        return False
    if any(any(p.is_known for p in ps) and not normal_word(ctx.tokens[i].text).endswith(INDECLINABLE_ENDINGS)
           for i, ps in zip(words[:-1], parses[:-1])):
        return False
    want = UD_CASES[case]
    return any(p.tag.POS == "NOUN" and want in p.tag and "plur" not in p.tag for p in parses[-1])


def extend_left(ctx, head, floor):
    """The role phrase starts at the adjectives before its head noun (``генеральный секретарь``,
    ``бывший премьер``) that the parser attaches to it or that agree with it in case."""
    first = head
    subtree = ctx.subtree(head)
    # a participle agreeing with the head is one of its adjectives too (``управляющий директор МВФ``,
    # ``исполнительный`` is an adjective already): one office, not two
    while (first - 1 >= floor and (ctx.tokens[first - 1].pos in ROLE_LEFT_POS or is_modifier(ctx.tokens[first - 1]))
           and ctx.tokens[first - 1].sentence_id == ctx.tokens[head].sentence_id
           and (first - 1 in subtree or cases_agree(ctx, first - 1, head))):
        first -= 1
    return first


def role_before(ctx, name):
    """``(head, first, last)`` of a role phrase right before a person's name: the role noun the
    parser makes the head of the name (``appos``; the tagger sometimes calls a role noun at the start
    of a sentence an adjective), else the one found by ``role_ending``."""
    tokens = ctx.tokens
    head = ctx.head(name.first)
    if (head is not None and head < name.first and tokens[name.first].rel == "appos"
            and tokens[head].pos in ("NOUN", "PROPN", "ADJ") and head not in ctx.name_tokens
            and tokens[head].feats.get("Number") != "Plur" and (token_role_lemma(tokens[head])
                                                                or participle_role(ctx, head))
            and not any(i in ctx.person_tokens or tokens[i].pos == "PUNCT" and tokens[i].text not in QUOTES
                        and not member_state_dash(ctx, i) for i in range(head + 1, name.first))):
        # two offices stacked after an organisation's name, the parser hanging the name on the
        # first (``Министр обороны РФ генерал армии Сергей Шойгу``): the nearer one is read here,
        # the one before it by ``roles_before``'s chaining
        for j in range(name.first - 1, head, -1):
            if (j - 1 in ctx.name_tokens and j - 1 not in ctx.person_tokens and is_role_noun(ctx, j)
                    and agrees_with_name(ctx, j, name.first)):
                return j, j, name.first - 1
        return head, extend_left(ctx, head, 0), name.first - 1
    return role_ending(ctx, name.first - 1, name.first)


def role_ending(ctx, last, agree):
    """``(head, first, last)`` of a role phrase ending at token ``last``: the leftmost role noun
    within reach in the case of token ``agree`` (the name), all words between it and the end nouns,
    names of organisations and places, adjectives or words the role noun governs (``помощник
    президента РФ Юрий Ушаков``, ``главой МИД Индии Субрахманьямом Джайшанкаром``, ``координатор
    движения «Левый фронт» Сергей Удальцов``). The search stops at another person's name, so that a
    role is never taken across it."""
    tokens = ctx.tokens
    if last < 0:
        return None
    sentence = tokens[agree].sentence_id
    opening = abbreviation_bracket(ctx, last)
    if opening is not None:
        last = opening - 1  # the bracket ending the phrase is no part of it
    best = None
    skipped = set()  # the tokens of abbreviations in brackets inside the phrase
    h, reach = last + 1, MAX_ROLE_TOKENS
    while h - 1 > max(-1, last - reach):
        h -= 1
        token = tokens[h]
        if token.sentence_id != sentence or h in ctx.person_tokens:
            break
        opening = abbreviation_bracket(ctx, h)
        if opening is not None:
            skipped.update(range(opening, h + 1))
            reach += h - opening + 1
            h = opening
            continue
        if token.text == "," and listed_places(ctx, h):
            reach += 3  # the comma and a preposition and a place more
            continue
        if token.pos == "CCONJ" and ctx.head(h) in ctx.person_tokens:
            break  # ``глава комитета и Петр Сидоров``: the conjunction joins the name to another person
        if token.pos == "CCONJ" and another_persons_conjunct(ctx, h, agree):
            break  # ``президент и первая леди Брижит Макрон прибыли``: the office is someone else's
        if token.pos == "PUNCT" and not (token.text in QUOTES + "-" and (h - 1 in ctx.name_tokens or h + 1 in ctx.name_tokens)) \
                and not member_state_dash(ctx, h):
            break
        if is_role_noun(ctx, h) and agrees_with_name(ctx, h, agree):
            subtree = ctx.subtree(h)
            if all(i in subtree or i in ctx.name_tokens or i in skipped or tokens[i].pos in ROLE_LEFT_POS + ROLE_LINK_POS
                   for i in range(h + 1, last + 1)):
                best = h
        elif token.pos == "ADV" and ctx.head(h) is not None and h < ctx.head(h) <= last \
                and tokens[ctx.head(h)].pos in ROLE_LEFT_POS:
            continue  # an adverb of an adjective inside the phrase: ``глава крайне правой партии``
        elif token.pos not in ROLE_LEFT_POS + ROLE_LINK_POS + ("ADP", "CCONJ", "PUNCT") and h not in ctx.name_tokens:
            break
    if best is None:
        return None
    # a phrase chained before another one ends at its own last word, not at the conjunction or
    # the preposition that joins it to the next (``вице-премьер и министр финансов``)
    while last > best and tokens[last].pos in ("CCONJ", "ADP", "PUNCT") and tokens[last].text not in QUOTES:
        last -= 1
    return best, extend_left(ctx, best, 0), last


def abbreviation_bracket(ctx, close):
    """The opening bracket of an abbreviation in brackets closed at token ``close``, inside a role
    phrase or ending it, else None: ``генеральный секретарь Народного фронта (НФД) Иван Петров``,
    ``представитель Всемирной организации здравоохранения (ВОЗ) в России Иван Петров``. News
    introduce an organisation's abbreviation in brackets right after its full name, which may fall
    inside the office's words or between them and the holder's name; the brackets are the
    organisation's alias (``bracket_aliases``), not a mark that ends the phrase. Only a short
    bracket of words in capitals or Latin letters after a name or a noun is passed over; another
    bracket (``(Германия)``, a remark) still ends the phrase."""
    tokens = ctx.tokens
    if close < 2 or tokens[close].text != ")":
        return None
    opening = next((j for j in range(close - 1, max(-1, close - 5), -1) if tokens[j].text == "("), None)
    if opening is None or opening == 0 or opening == close - 1:
        return None
    inside = tokens[opening + 1:close]
    if not all(t.sentence_id == tokens[close].sentence_id for t in inside) or any(
            i in ctx.person_tokens for i in range(opening + 1, close)):
        return None
    words = [t.text for t in inside if t.pos != "PUNCT"]
    if not words or not all(is_upper_word(w) or LATIN_RE.search(w) for w in words):
        return None
    before = opening - 1
    if not (before in ctx.name_tokens or tokens[before].pos in ("NOUN", "PROPN")
            or tokens[before].text in QUOTES):
        return None
    return opening


def listed_places(ctx, comma):
    """Whether the comma at token ``comma`` joins prepositional phrases listed inside a role phrase
    (``директор по стратегии компании в России, на Украине и в Казахстане``): a preposition after
    it whose phrase the parser makes a conjunct of the one before the comma."""
    tokens = ctx.tokens
    nxt = comma + 1
    if nxt >= len(tokens) or tokens[nxt].pos != "ADP" or comma == 0:
        return False
    noun = ctx.head(nxt)
    return (noun is not None and tokens[noun].rel == "conj" and ctx.head(noun) is not None
            and ctx.head(noun) < comma and tokens[ctx.head(noun)].pos in ("NOUN", "PROPN"))


def another_persons_conjunct(ctx, conjunction, name_first):
    """Whether the conjunction at token ``conjunction`` joins two nouns in the name's case before
    the name, the first of which is another person's office: ``президент и первая леди Брижит
    Макрон`` (the name stands by the second noun, not an office), ``президент и премьер-министр X
    и Y прибыли`` (a plural predicate: two persons). Two offices of one person joined by ``и`` take
    a singular predicate (``вице-премьер и министр финансов Алексей Кудрин заявил``) and stay the
    name's. Nouns the head governs (``министр образования и науки``) are in another case."""
    tokens = ctx.tokens
    second = ctx.head(conjunction)
    if second is None or second <= conjunction or tokens[second].rel != "conj" \
            or tokens[second].pos not in ("NOUN", "PROPN") or second in ctx.name_tokens:
        return False
    first = ctx.head(second)
    if first is None or first >= conjunction or not is_role_noun(ctx, first) \
            or not agrees_with_name(ctx, second, name_first) or not cases_agree(ctx, first, second):
        return False
    if not is_role_noun(ctx, second):
        return True
    verb = ctx.head(first)
    return (verb is not None and tokens[first].rel in ("nsubj", "nsubj:pass")
            and tokens[verb].feats.get("Number") == "Plur")


def roles_before(ctx, name):
    """The role phrases before a name, the one touching it and those chained before it with commas
    (``лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев``)."""
    found = []
    place = role_before(ctx, name) or role_set_off_before(ctx, name)
    while place:
        found.append(place)
        first = place[1]
        if first >= 1 and first - 1 in ctx.name_tokens and first - 1 not in ctx.person_tokens and len(found) < 3:
            # stacked without a comma after an organisation's name: ``председатель Совета муфтиев
            # России шейх Равиль Гайнутдин``
            place = role_ending(ctx, first - 1, name.first)
            if place and modifies_office(ctx, place, found[-1]):
                break
            continue
        if first >= 1 and ctx.tokens[first - 1].pos != "PUNCT" and len(found) < 3:
            # stacked without a comma after a place or a prepositional phrase, the first phrase
            # opening the sentence or a piece of it: ``Глава представительства США в регионе
            # помощник заместителя госсекретаря Мэтью Брайза``
            place = role_ending(ctx, first - 1, name.first)
            if place and free_phrase(ctx, place) and ctx.tokens[place[0]].feats.get("Case") == \
                    ctx.tokens[found[-1][0]].feats.get("Case") and not modifies_office(ctx, place, found[-1]):
                continue
            break
        if first < 2 or len(found) > 3:
            break
        if ctx.tokens[first - 1].text in lexicon.marks("dash"):
            # an official's two offices joined by a dash, as titles are written (``заместитель
            # председателя правительства – министр финансов Иван Петров``): the first stands on its
            # own (``free_phrase``: it opens the sentence or a piece of it, or follows an adverbial
            # of where or a medium the verb before it has: ``сообщил на брифинге в Астане
            # заместитель премьер-министра – министр ...``, ``заявил РИА Новости председатель ... –
            # исполнительный секретарь ...``, as agencies write an official after the verb of
            # saying) and stands in the case of the second
            place = role_ending(ctx, first - 2, name.first)
            if place and free_phrase(ctx, place) and ctx.tokens[place[0]].feats.get("Case") == \
                    ctx.tokens[found[-1][0]].feats.get("Case"):
                continue
            break
        if ctx.tokens[first - 1].text != ",":
            break
        place = role_ending(ctx, first - 2, name.first)
        if place and not free_phrase(ctx, place):
            break  # a chained phrase starts a piece of the clause; it does not continue another word's
    return found


def modifies_office(ctx, place, office):
    """Whether a phrase stacked before an office is a participle or an adjective the parser hangs on
    that office's noun (``acl``, ``amod``): ``Председательствующий в ШОС президент Киргизии X`` says
    which president, of the state that chairs the organisation in turn (a state's term, not the
    person's office), as ``управляющий директор`` is one office."""
    head = place[0]
    return ctx.head(head) == office[0] and ctx.tokens[head].rel in ("acl", "amod") \
        and ctx.tokens[head].pos != "NOUN"


def role_set_off_before(ctx, name):
    """``(head, first, last)`` of a role phrase that opens its sentence and is set off from the name
    after it by a comma, the name closed by another comma: ``Бывший спикер палаты представителей,
    Нэнси Пелоси, отметила...``. Both commas are asked for, so that a list (``министр, Иван Петров
    и ...``) is not read as an apposition. Or by a dash, the name ending the sentence: ``Министр
    финансов России — Иван Петров.``"""
    tokens = ctx.tokens
    comma, after = name.first - 1, name.last + 1
    if comma >= 1 and after_name_mark(ctx, comma) and tokens[comma].text in lexicon.marks("dash") and (
            after >= len(tokens) or tokens[after].sentence_id != tokens[name.last].sentence_id
            or tokens[after].text in (".", ";")):
        # a sentence saying who holds an office, the office first: ``Министр финансов России —
        # Иван Петров.`` (the name ends the sentence, so it is no list and no clause of its own)
        place = role_ending(ctx, comma - 1, name.first)
        first = place[1] if place else 0
        if place and (first == 0 or tokens[first - 1].sentence_id != tokens[first].sentence_id):
            return place
        return None
    if comma < 1 or tokens[comma].text != "," or after >= len(tokens) or not (
            tokens[after].text == "," or singular_verb_after(ctx, name)):
        return None
    place = role_ending(ctx, comma - 1, name.first)
    if place is None:
        return None
    first = place[1]
    if first > 0 and tokens[first - 1].sentence_id == tokens[first].sentence_id \
            and not after_opening_words(ctx, first):
        return None
    return place


def singular_verb_after(ctx, name):
    """Whether the name is followed by its own verb in the singular: ``Министр финансов, Иван Петров
    заявил``. Then the office set off before it by a comma is the name's, as when a second comma
    closes the name: a list of an office and a name (``министр, Иван Петров и ...``) would take a
    plural verb, or no verb right after the name."""
    tokens = ctx.tokens
    after = name.last + 1
    return (after < len(tokens) and tokens[after].sentence_id == tokens[name.last].sentence_id
            and tokens[after].pos in ("VERB", "AUX") and tokens[after].feats.get("Number") == "Sing"
            and tokens[after].feats.get("VerbForm") == "Fin")


def after_opening_words(ctx, first):
    """Whether the phrase starting at token ``first`` follows only an opening word or two of its
    sentence set off by a comma (``Таким образом, ...``, ``Между тем, ...``, ``Вчера, ...``): it
    opens the clause as though it opened the sentence."""
    tokens = ctx.tokens
    comma = first - 1
    if tokens[comma].text != ",":
        return False
    start = comma
    while start > 0 and tokens[start - 1].sentence_id == tokens[first].sentence_id:
        start -= 1
    between = range(start, comma)
    return 0 < len(between) <= 2 and all(tokens[i].pos in ("ADV", "ADP", "NOUN", "PRON", "DET", "PART", "CCONJ")
                                         and i not in ctx.name_tokens for i in between)


def free_phrase(ctx, place):
    """Whether a role phrase ``(head, first, last)`` chained before another stands on its own rather
    than continuing a word before it: it opens a piece of the sentence (``opens_piece``), or its
    head noun hangs on no noun, adjective or preposition before it. The words before it may be an
    adverbial of when or where (``Утром 16 мая представитель армии полковник Иван Петров
    заявил``, ``Страну на форуме представит министр ..., глава ... Иван Петров``), which the office
    does not depend on; a noun whose complement the phrase is (``жена министра обороны, певица``)
    keeps it."""
    head, first = place[0], place[1]
    if opens_piece(ctx, first):
        return True
    governor = ctx.head(head)
    return governor is None or governor > place[2] or (
        governor < first and ctx.tokens[governor].pos in ("VERB", "AUX"))


def opens_piece(ctx, index):
    """Whether token ``index`` starts its sentence or follows punctuation, a verb or a preposition."""
    tokens = ctx.tokens
    return (index == 0 or tokens[index - 1].sentence_id != tokens[index].sentence_id
            or tokens[index - 1].pos in ("PUNCT", "VERB", "ADP"))


def phrase_end(ctx, head, stop=None):
    """The last token of a role phrase read rightwards from its head: the words the parser hangs
    under the head and the names of organisations and places after it (quotes included), up to
    other punctuation, a person's name or the end of the sentence."""
    tokens = ctx.tokens
    subtree = ctx.subtree(head)
    last = head
    stop = len(tokens) if stop is None else stop
    while last + 1 < stop and tokens[last + 1].sentence_id == tokens[head].sentence_id:
        nxt = last + 1
        if nxt in ctx.person_tokens or tokens[nxt].feats.get("Variant") == "Short":
            break  # (a short adjective or participle is a predicate: ``глава правительства непоследователен``)
        if nxt in ctx.name_tokens or (tokens[nxt].text in QUOTES and (nxt + 1 in ctx.name_tokens or nxt - 1 in ctx.name_tokens)):
            last = nxt
        elif tokens[nxt].pos != "PUNCT" and nxt in subtree:
            last = nxt
        else:
            break
    if tokens[last].text in OPENING_QUOTES:
        last -= 1
    return last


def role_after(ctx, name):
    """``(head, first, last)`` of the role phrases after a person's name and a comma, bracket or dash
    (``Юрий Лужков, мэр Москвы, ...``), in the name's case or the nominative; the appositions after
    the name are read one by one, a description that is no role is passed over (``Александра Брода,
    известного борца с ксенофобией, члена Общественной палаты``). A phrase followed by another
    person's name is that person's."""
    tokens = ctx.tokens
    i = name.last + 1
    if i < len(tokens) and tokens[i].text == "(":  # ``Скотт Хоровитц (Scott Horowitz), бывший астронавт``
        close = next((j for j in range(i + 1, min(i + 8, len(tokens))) if tokens[j].text == ")"), None)
        if close is not None and close + 1 < len(tokens) and tokens[close + 1].text == ",":
            i = close + 1
    found = []
    sentence = tokens[name.last].sentence_id
    caption = caption_role(ctx, name)
    if caption:
        return [caption]
    for _ in range(3):
        # a second office joined by ``и`` continues the appositions (``Иван Петров, ректор МГУ и
        # член РАН,``); a name or a word that is no office after it ends them below
        joined = found and normal_word(tokens[i].text) == "и" if i < len(tokens) else False
        if i + 1 >= len(tokens) or not (after_name_mark(ctx, i) or joined) or tokens[i + 1].sentence_id != sentence:
            break
        j = i + 1
        while j < len(tokens) and tokens[j].sentence_id == sentence and (
                tokens[j].pos in ROLE_LEFT_POS or time_word_at(ctx, j)):
            j += 1  # adjectives, and words of when (``ныне``, ``в прошлом``) before the role noun
        if j >= len(tokens) or tokens[j].sentence_id != sentence or j in ctx.name_tokens:
            break
        # a participle the tagger calls a verb before a role noun is its adjective (``управляющий
        # директор``): one office, whose head is the noun, as before a name (``extend_left``)
        while (j + 1 < len(tokens) and is_modifier(tokens[j]) and tokens[j + 1].sentence_id == sentence
               and tokens[j + 1].pos == "NOUN" and is_role_noun(ctx, j + 1) and cases_agree(ctx, j, j + 1)):
            j += 1
        described = described_office(ctx, j, sentence)
        if described is not None:
            # a description of the person joined by ``и`` to an office in its case (``Иван Петров –
            # писатель и председатель союза``, ``политик и лидер партии``): the office is read, the
            # description, which is none, is passed over
            i, j = described[0] - 1, described[1]
        agrees = agrees_with_name(ctx, j, name.first)
        if is_role_noun(ctx, j) and (agrees or tokens[j].feats.get("Case") == "Nom"):
            last = before_joined_office(ctx, j, phrase_end(ctx, j))
            if last + 1 < len(tokens) and last + 1 in ctx.person_tokens:
                break  # the role of the next name
            found.append((j, i + 1, last))
        elif not (tokens[j].pos == "NOUN" and agrees and tokens[j].feats.get("Case") != "Nom"
                  and tokens[i].text == ","):
            break  # neither a role nor a description of the person in the name's (oblique) case
        else:
            last = phrase_end(ctx, j)
        i = last + 1
        while i < len(tokens) and tokens[i].text not in AFTER_NAME and tokens[i].pos != "PUNCT" and \
                tokens[i].sentence_id == sentence and i not in ctx.person_tokens and \
                not (normal_word(tokens[i].text) == "и" and found and found[-1][0] < i):
            i += 1  # the rest of a phrase the parser did not hang under its head
    return found


def before_joined_office(ctx, head, last):
    """The last token of the office headed at ``head`` before ``и`` and a second office the parser
    hangs on it as a conjunct (``управляющий директор и совладелец компании``: two offices, read one
    by one), else ``last``. Nouns the office governs joined by ``и`` (``министр образования и
    науки``) are no offices and stay."""
    tokens = ctx.tokens
    for k in range(head + 1, last):
        if normal_word(tokens[k].text) != "и":
            continue
        n = k + 1
        while n <= last and is_modifier(tokens[n]):
            n += 1
        if n <= last and ctx.head(n) == head and tokens[n].rel == "conj" and is_role_noun(ctx, n) \
                and cases_agree(ctx, head, n):
            return k - 1
    return last


def described_office(ctx, j, sentence):
    """``(first, head)`` of an office joined by ``и`` to the noun at token ``j`` when
    that noun is no office and stands in the office's case: ``политик и лидер партии``. A person
    described and given an office in one apposition holds the office; the description is no role.
    None otherwise."""
    tokens = ctx.tokens
    if (j + 2 >= len(tokens) or tokens[j].pos != "NOUN" or is_role_noun(ctx, j)
            or normal_word(tokens[j + 1].text) != "и" or tokens[j + 2].sentence_id != sentence):
        return None
    k = j + 2
    while k < len(tokens) and tokens[k].sentence_id == sentence and is_modifier(tokens[k]):
        k += 1
    if k < len(tokens) and tokens[k].sentence_id == sentence and tokens[k].pos == "NOUN" \
            and is_role_noun(ctx, k) and cases_agree(ctx, j, k):
        return j + 2, k
    return None


def after_name_mark(ctx, index):
    """Whether token ``index`` sets an apposition off after a name: a comma, a bracket, a dash, or a
    hyphen-minus typed for a dash, with spaces on both sides (``Тишков - директор института``; a
    hyphen inside a word has none)."""
    token = ctx.tokens[index]
    if token.text in AFTER_NAME:
        return True
    text = ctx.article.text
    return (token.text == "-" and 0 < token.start and token.end < len(text)
            and text[token.start - 1].isspace() and text[token.end].isspace())


def caption_role(ctx, name):
    """``(head, first, last)`` of an office written right after a name without a mark, in a line
    that has no verb, as a caption or a signature does (``Кирсан Илюмжинов Президент ФИДЕ``): the
    role noun starts with a capital and stands in the nominative, like the name. In running text a
    role noun after a name without a comma is no apposition of it, so a verb in the line rules it out."""
    tokens = ctx.tokens
    j = name.last + 1
    if j >= len(tokens) or tokens[j].sentence_id != tokens[name.last].sentence_id:
        return None
    sentence = ctx.view.sentence_tokens[tokens[j].sentence_id]
    if (tokens[j].text[:1].isupper() and is_role_noun(ctx, j) and tokens[j].feats.get("Case") == "Nom"
            and tokens[name.last].feats.get("Case") in ("Nom", None)
            and not any(t.pos in ("VERB", "AUX") for t in sentence)):
        return j, j, phrase_end(ctx, j)
    return None


def trigger_roles(ctx):
    """``(head, first, last, acting, trigger)`` of role phrases introduced by a post or a verb of
    taking office (token ``trigger``): ``в должности министра``, ``на посту президента``,
    ``назначен министром``, ``исполняющий обязанности главы``."""
    tokens = ctx.tokens
    for i, token in enumerate(tokens[:-1]):
        nxt = i + 1
        acting = False
        if token.lemma in POST_NOUNS:
            case = "Gen"
        elif token.lemma in TAKING_VERBS and token.pos in ("VERB", "AUX", "ADJ"):
            case = "Ins"
        elif token.lemma == ACTING_LEMMAS[1] and i > 0 and tokens[i - 1].lemma == ACTING_LEMMAS[0]:
            case, acting, start = "Gen", True, i - 1
        elif normal_word(token.text) in ACTING_ABBREVIATIONS:
            case, acting, start = "Gen", True, i
        elif acting_abbreviation_at(tokens, i):
            case, acting, start, nxt = "Gen", True, i, i + 4
        elif role_abbreviation_at(tokens, i):
            # ``зам. министра``, ``зав. кафедрой``: the noun after the stop is the head the phrase is
            # read from; it need not be a role noun (``кафедрой``), the abbreviation is the office
            case, acting, start, nxt = ROLE_ABBREVIATIONS[normal_word(token.text)], True, i, i + 2
            while nxt < len(tokens) and is_modifier(tokens[nxt]) and tokens[nxt].sentence_id == token.sentence_id:
                nxt += 1
            if (nxt < len(tokens) and tokens[nxt].sentence_id == token.sentence_id
                    and tokens[nxt].pos in ("NOUN", "PROPN") and nxt not in ctx.person_tokens
                    and may_stand_in(ctx, nxt, case)):
                yield nxt, start, phrase_end(ctx, nxt), acting, i
            continue
        else:
            continue
        # an adverb between a verb of taking office and the office (``ставший недавно министром``,
        # ``был тогда послом``) is the verb's, not the office's
        while nxt < len(tokens) and (is_modifier(tokens[nxt]) or case == "Ins" and tokens[nxt].pos == "ADV"
                                     and nxt not in ctx.name_tokens) \
                and tokens[nxt].sentence_id == token.sentence_id:
            nxt += 1
        begin = i + 1
        while begin < nxt and tokens[begin].pos == "ADV":
            begin += 1
        if (nxt < len(tokens) and tokens[nxt].sentence_id == token.sentence_id and is_role_noun(ctx, nxt)
                and (tokens[nxt].feats.get("Case") == case or indeclinable_office(tokens[nxt]))):
            yield nxt, (start if acting else begin), phrase_end(ctx, nxt), acting, i


def is_modifier(token):
    """An adjective or a participle before a role noun (``запасным вратарём``, ``приглашённым
    хореографом``): the tagger calls a participle a verb. A short participle has no case and is a
    predicate of its own (``был избран президентом``), no modifier."""
    return token.pos in ROLE_LEFT_POS or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part"
                                          and bool(token.feats.get("Case")))


def acting_abbreviation_at(tokens, i):
    """Whether ``и.о.`` (razdel's four tokens ``и . о .``) starts at token ``i``."""
    if normal_word(tokens[i].text) != "и":  # (asked at every token: the cheap test first)
        return False
    words = [normal_word(t.text) for t in tokens[i:i + 4]]
    return words == ["и", ".", "о", "."] and tokens[i].sentence_id == tokens[min(i + 4, len(tokens) - 1)].sentence_id


def role_abbreviation_at(tokens, i):
    """Whether an office abbreviation and its full stop (``зам .``) start at token ``i``, in one
    sentence with the word after them."""
    return (normal_word(tokens[i].text) in ROLE_ABBREVIATIONS and i + 2 < len(tokens)
            and tokens[i + 1].text == "." and tokens[i].sentence_id == tokens[i + 2].sentence_id)


def may_stand_in(ctx, index, case):
    """Whether the noun at token ``index`` stands in UD ``case``: the tagger says so, or pymorphy2
    has a reading of the word as a noun in that case (the tagger guesses the case of a
    noun after an abbreviation it does not know: ``зав. кафедрой`` tagged genitive)."""
    if ctx.tokens[index].feats.get("Case") == case:
        return True
    morph = getattr(ctx, "morph", None)
    want = UD_CASES.get(case)
    return bool(morph and want) and any(p.tag.POS == "NOUN" and want in p.tag
                                        for p in morph.parse(normal_word(ctx.tokens[index].text)))


def inverted_roles(ctx, persons):
    """``(person, head, first, last)`` of offices taken with the predicate first and the person
    after the verb: ``Новым министром финансов назначен Иван Петров``, ``Капитаном команды стал
    Иван Петров``, ``Главой делегации является Петр Сидоров``. Russian puts the new information
    last, so news announcing who got an office name the office first, in the instrumental, and the
    person as the subject after the verb. The role noun must hang on a verb of taking office
    (``role_words.csv``, ``taking_verb``) that stands after it, and the person be that verb's subject
    (or the name right after it) in the same sentence."""
    tokens = ctx.tokens
    for h, token in enumerate(tokens):
        verb = ctx.head(h)
        if (verb is None or verb <= h or not (token.feats.get("Case") == "Ins" or indeclinable_office(token))
                or not is_role_noun(ctx, h)
                or tokens[verb].lemma not in TAKING_VERBS or tokens[verb].sentence_id != token.sentence_id):
            continue
        last = phrase_end(ctx, h, stop=verb)
        if any(tokens[i].pos in ("VERB", "AUX") for i in range(h + 1, last + 1)):
            continue
        after = verb + 1
        while after < len(tokens) and tokens[after].pos in ("AUX", "ADV") and after not in ctx.person_tokens:
            after += 1
        holders = [m for m in persons if tokens[m.first].sentence_id == token.sentence_id and m.first > verb
                   and (m.first == after or any(tokens[i].rel in ("nsubj", "nsubj:pass") and ctx.head(i) == verb
                                                for i in range(m.first, m.last + 1)))]
        if holders:
            yield holders[0], h, extend_left(ctx, h, 0), last


# ``role_naming_verbs.csv``: verbs of naming someone to an office, the person their object and the
# office in the instrumental (``президент назначил Ивана Петрова министром финансов``)
NAMING_VERBS = lexicon.words("role_naming_verbs")


def object_roles(ctx, persons):
    """``(person, head, first, last)`` of offices an active verb of naming gives its object:
    ``Президент назначил Ивана Петрова министром финансов``, ``Съезд избрал его председателем``
    (a pronoun is no name: nothing), ``Тренер назвал Петра Сидорова капитаном команды``. The passive
    (``назначен министром``) is read by ``trigger_roles``, the office right after the verb; in the
    active the object's name stands between them. The role noun is in the instrumental and hangs on
    the verb, and the person's name is the verb's object in the same sentence."""
    tokens = ctx.tokens
    for h, token in enumerate(tokens):
        verb = ctx.head(h)
        if (verb is None or verb >= h or tokens[verb].lemma not in NAMING_VERBS
                or tokens[verb].sentence_id != token.sentence_id
                or not (token.feats.get("Case") == "Ins" or indeclinable_office(token))
                or not is_role_noun(ctx, h)):
            continue
        holders = [m for m in persons if verb < m.first < h and any(
            tokens[i].rel == "obj" and ctx.head(i) == verb for i in range(m.first, m.last + 1))]
        if len(holders) == 1:
            yield holders[0], h, extend_left(ctx, h, holders[0].last + 1), phrase_end(ctx, h)


def replaced_holders(ctx, persons, found, mention_at, cast, models):
    """Former roles of the person an office is taken instead of: ``Вместо Ивана Петрова капитаном
    стал Петр Сидоров``, ``Сидоров назначен министром вместо Петрова``. One who takes an office in
    place of another takes it from them, so the other held it before. Only for an office taken by a
    verb of taking office or of naming (the role noun in the instrumental hangs on it), the name
    after ``вместо`` hanging on the same verb; ``вместо`` with another verb (``вместо него на
    форум приехал министр``) says nothing of the office."""
    tokens = ctx.tokens
    replaced = []
    for role in list(found):
        verb = ctx.head(role.head)
        if verb is None or tokens[role.head].feats.get("Case") != "Ins" or \
                tokens[verb].lemma not in TAKING_VERBS | NAMING_VERBS:
            continue
        for m in persons:
            if (m.key != role.key and m.first > 0 and normal_word(tokens[m.first - 1].text) == "вместо"
                    and any(ctx.head(i) == verb for i in range(m.first, m.last + 1))):
                replaced.append(build_role(ctx, m.key, role.head, role.first, role.last, mention_at, cast,
                                           models, former=True))
    return replaced


def holder_of(ctx, persons, index, first, last, trigger=None):
    """The person a triggered role belongs to: a name right after the phrase, else the nearest
    person named before it in the same sentence, else the subject of the verb the post noun hangs
    on (``Место спикера занял республиканец Джон Бенер``). The subject comes last: in ``Путин
    назначил Петрова на пост министра`` the one named nearest before the post holds it."""
    tokens = ctx.tokens
    sentence = tokens[index].sentence_id
    after = [m for m in persons if m.first == last + 1]
    if after:
        return after[0]
    before = [m for m in persons if m.last < first and tokens[m.last].sentence_id == sentence]
    if before:
        return before[-1]
    if trigger is None or tokens[trigger].lemma not in POST_NOUNS:
        return None
    verb = ctx.head(trigger)
    if verb is None or tokens[verb].pos != "VERB":
        return None
    subject = [i for i in ctx.view.child_ids(verb) if tokens[i].rel == "nsubj"]
    if len(subject) != 1:
        return None
    # the subject itself, or the name in apposition to it (``республиканец Джон Бенер``)
    subjects = [m for m in persons if m.first <= subject[0] <= m.last
                or (tokens[m.first].rel == "appos" and ctx.head(m.first) == subject[0])]
    return subjects[0] if len(subjects) == 1 else None


def pronoun_holder(ctx, persons, head, trigger):
    """The person ``он``/``она`` stands for when it is the subject of a verb of holding office and
    names the holder (``Иван Петров возглавил театр в 2013 году. До этого он был директором Малого
    театра``; ``Ранее она работала министром культуры``), or None. News go on about the person the
    sentence before was about with a pronoun as the subject, and a reader takes it for that
    sentence's subject: the one person of the pronoun's gender that is a subject there. None when
    the pronoun's sentence names a person (``holder_of`` reads those), when it stands in a
    quotation (the speaker's ``он`` may be anyone), when the sentence before has no such subject or
    two, or when it is a verb's object or another word (``назначил его министром`` is read
    elsewhere)."""
    tokens = ctx.tokens
    sentence = tokens[head].sentence_id
    if tokens[trigger].pos not in ("VERB", "AUX") or any(tokens[m.first].sentence_id == sentence for m in persons):
        return None
    pronouns = [i for i in set(ctx.view.child_ids(trigger)) | set(ctx.view.child_ids(head))
                if tokens[i].rel in ("nsubj", "nsubj:pass") and normal_word(tokens[i].text) in SUBJECT_PRONOUNS]
    if len(pronouns) != 1 or sentence == 0:
        return None
    pronoun = pronouns[0]
    opening = [t for t in ctx.view.sentence_tokens[sentence] if t.token_id < pronoun]
    text = "".join(t.text for t in opening)
    if sum(text.count(q) for q in OPENING_QUOTES) > sum(text.count(q) for q in CLOSING_QUOTES) or text.count('"') % 2:
        return None
    gender = PRONOUN_GENDERS[normal_word(tokens[pronoun].text)]
    subjects = [m for m in persons if tokens[m.first].sentence_id == sentence - 1
                and any(tokens[j].rel == "nsubj" and not m.first <= (ctx.head(j) if ctx.head(j) is not None else -1)
                        <= m.last for j in range(m.first, m.last + 1))
                and person_gender(ctx, m) == gender]
    return subjects[0] if len({m.key for m in subjects}) == 1 else None


def time_word_at(ctx, index):
    """``"former"`` when token ``index`` opens a role phrase with a word of an office held before
    (``бывший``, ``ранее``, ``в прошлом``: ``role_words.csv`` and ``role_time_words.csv``), ``"time"``
    for another word of when it is held (``новый``, ``ныне``), else ``""``."""
    tokens = ctx.tokens
    token = tokens[index]
    lemma = token.lemma
    if token.pos == "ADP" and index + 1 < len(tokens) and tokens[index + 1].pos == "NOUN":
        lemma = tokens[index + 1].lemma  # ``в прошлом``: the preposition goes with its noun
    elif token.pos == "NOUN" and not (index > 0 and tokens[index - 1].pos == "ADP"):
        return ""
    if lemma not in FORMER_WORDS | PAST_WORDS | TIME_WORDS:
        lemma = participle_nominative(ctx, index) or lemma
    if lemma in FORMER_WORDS or lemma in PAST_WORDS:
        return "former"
    return "time" if lemma in TIME_WORDS else ""


def participle_nominative(ctx, index):
    """A participle's masculine nominative singular (``Действующий``, ``действующего`` ->
    ``действующий``), or None: the lemmatiser gives a participle its verb (``действовать``), while
    the word lists of when an office is held list the participle as news use it."""
    morph = getattr(ctx, "morph", None)
    if morph is None:
        return None
    for parse in morph.parse(normal_word(ctx.tokens[index].text))[:1]:
        if parse.tag.POS == "PRTF":
            form = parse.inflect({"Nom", "Masc", "Sing"})
            return form.word if form else None
    return None


def post_left(ctx, trigger):
    """Whether the post noun at token ``trigger`` names a post being left (``LEAVING_WORDS``) or held
    before (``HOLDING_VERBS`` in the past tense), and not one to be left (a verb in the future)."""
    tokens = ctx.tokens
    if tokens[trigger].lemma not in POST_NOUNS:
        return False
    verb = ctx.head(trigger)
    if verb is not None and tokens[verb].pos in ("VERB", "AUX") and tokens[verb].feats.get("Tense") == "Fut":
        return False  # ``покинет пост мэра в мае``: the post is still held
    if trigger > 0 and normal_word(tokens[trigger - 1].text) in LEAVING_WORDS and tokens[trigger - 1].pos == "ADP":
        return True
    if (verb is not None and tokens[trigger].rel == "obj" and tokens[verb].pos == "VERB"
            and tokens[verb].lemma in HOLDING_VERBS and tokens[verb].feats.get("Tense") == "Past"):
        return True  # ``занимал пост министра``, ``занимавший должность``: held before
    return (verb is not None and tokens[trigger].rel == "obj" and tokens[verb].pos == "VERB"
            and tokens[verb].lemma in LEAVING_WORDS)


# ``role_seeking_words.csv``: a post sought, not held (``кандидат на пост президента``,
# ``баллотируется на пост``, ``выборы на пост``): no office of the person, whose outcome the phrase
# does not say. The word governs the post noun, directly or through the noun it governs
# (``выдвинут кандидатом на пост``).
SEEKING_WORDS = lexicon.words("role_seeking_words")


def post_sought(ctx, trigger):
    """Whether the post noun at token ``trigger`` names a post sought (``SEEKING_WORDS``)."""
    tokens = ctx.tokens
    if tokens[trigger].lemma not in POST_NOUNS:
        return False
    head = ctx.head(trigger)
    for _ in range(2):
        if head is None or tokens[head].sentence_id != tokens[trigger].sentence_id:
            return False
        if tokens[head].lemma in SEEKING_WORDS:
            return True
        head = ctx.head(head)
    return False


STATE_KINDS = ("country", "historical_state")


def post_of_state(ctx, trigger, mention_at, cast):
    """Whether the post noun or the verb of taking office at token ``trigger`` names a post held by
    a state: the noun it hangs on is a country's name, or the verb it hangs on (or the verb of
    taking office itself: ``Казахстан стал председателем ЕАЭС``) has a country for its object, or none and a country for
    its subject, among the named ones (``Россия поддержит Индию на посту председателя БРИКС``,
    ``Казахстан в качестве председателя ЕАЭС предложил программу``). A state chairs an organisation in turn (the codebook: a
    chairmanship is a state's term, no person's office), so no person named nearby holds that
    post. The object comes first, as it does for a person (``МИД назначил Петрова на пост
    посла``: Петров's)."""
    tokens = ctx.tokens
    if tokens[trigger].lemma in TAKING_VERBS and tokens[trigger].pos in ("VERB", "AUX"):
        governor = trigger  # ``Казахстан стал председателем ЕАЭС``: the verb's own subject
    elif tokens[trigger].lemma not in POST_NOUNS:
        return False
    else:
        governor = ctx.head(trigger)
    if tokens[trigger].rel == "fixed":
        # ``в качестве председателя``: the parser makes ``в качестве`` one preposition of the role
        # noun, whose governor the post's is
        for _ in range(2):
            governor = ctx.head(governor) if governor is not None else None
    if governor is None:
        return False

    def is_state(index):
        mention = mention_at.get(index)
        return mention is not None and cast.actors[mention.key].kind in STATE_KINDS

    if is_state(governor):
        return True
    children = ctx.view.child_ids(governor)
    for rels in (("obj",), ("nsubj", "nsubj:pass")):
        # (a named object or subject: ``предложит программу`` has an object that holds no post)
        named = [i for i in children if tokens[i].rel in rels and i in mention_at]
        if named:
            return is_state(named[0])
    return False


def build_role(ctx, key, head, first, last, mention_at, cast, models, acting=False, former=False):
    """A ``Role`` of a phrase: its position apart from its organisation or country, whether it is
    former (``former`` says so for a post left), and the whole phrase in the nominative."""
    tokens = ctx.tokens
    start, end = tokens[first].start, tokens[last].end
    former = former or tokens[head].lemma.startswith(FORMER_PREFIX)
    pfirst = first
    while pfirst < head and time_word_at(ctx, pfirst):
        former, pfirst = former or time_word_at(ctx, pfirst) == "former", pfirst + 1
    of_key, plast = "", last
    inside = [mention_at[i] for i in range(head + 1, last + 1) if i in mention_at
              and cast.actors[mention_at[i].key].kind != "person"
              and not all(is_see_adjective(ctx, j) for j in range(mention_at[i].first, mention_at[i].last + 1))]
    if inside:
        of_key, plast = inside[0].key, inside[0].first - 1
        if (inside[0].first == inside[0].last and of_key not in cast.gazetteer.entries
                and tokens[inside[0].first].lemma in ORGANISATION_NOUNS):
            # a capitalised common noun NER takes for a name (``исполнительный секретарь
            # Содружества``, as the CIS's own copy calls it) stands for the organisation named before
            # whose name holds it, as the noun in lower case does (``last_organisation``)
            of_key = last_organisation(ctx, cast, mention_at, inside[0].first) or of_key
        if cast.actors[of_key].kind in ("country", "historical_state") and any(
                tokens[i].lemma in BODY_NOUNS and tokens[i].pos == "NOUN" and i not in mention_at
                for i in range(head + 1, inside[0].first)):
            # ``лидер партии Франции``: the country is where the party is, the office is the party's,
            # named after the country (``партии Франции «Национальный фронт»``) or not at all (then no
            # organisation rather than the wrong one)
            body = [m for m in inside if m.key != of_key
                    and cast.actors[m.key].kind not in ("country", "historical_state")]
            of_key = body[0].key if body else ""
        # an adjective of the organisation's name is not the position's (``председатель
        # влиятельного Комитета``)
        while plast > head and tokens[plast].pos in ROLE_LEFT_POS and \
                inside[0].first <= (ctx.head(plast) if ctx.head(plast) is not None else -1) <= inside[0].last:
            plast -= 1
    else:
        if tokens[pfirst].lemma in COUNTRY_ADJECTIVES and pfirst < head:
            # ``российский министр``: the state whose office it is; ``немецкий режиссер``: the
            # nationality of one who holds no post of that state (an occupation of a field outside
            # the state's service), no organisation of the position
            of_key = "" if tokens[head].lemma in NATIONALITY_OCCUPATIONS else COUNTRY_ADJECTIVES[tokens[pfirst].lemma]
            pfirst += 1
        else:
            for i in range(head + 1, last + 1):
                if tokens[i].lemma in COUNTRY_NOUNS and tokens[i].pos == "NOUN":
                    # a country adjective on the noun names the country itself (``глава российского
                    # государства``), and goes with it out of the position
                    own = [j for j in range(head + 1, i) if tokens[j].lemma in COUNTRY_ADJECTIVES
                           and ctx.head(j) == i]
                    country = COUNTRY_ADJECTIVES[tokens[own[0]].lemma] if own else \
                        last_country(ctx, cast, mention_at, i)
                    if country:
                        of_key, plast = country, (own[0] if own else i) - 1
                    break
                if tokens[i].lemma in ORGANISATION_NOUNS and tokens[i].pos == "NOUN" \
                        and tokens[i].feats.get("Number") != "Plur" \
                        and not any(ctx.head(j) == i and tokens[j].pos in ("NOUN", "PROPN")
                                    for j in range(i + 1, last + 1)):
                    organisation = last_organisation(ctx, cast, mention_at, i)
                    if organisation:
                        of_key, plast = organisation, i - 1
                    break
                if tokens[i].lemma in STANDING_NOUNS and tokens[i].pos == "NOUN" \
                        and tokens[i].feats.get("Number") != "Plur" \
                        and not any(ctx.head(j) == i and tokens[j].pos in ("NOUN", "PROPN")
                                    for j in range(i + 1, last + 1)):
                    # ``директор шахты``, ``председатель правления банка``, ``прокурор региона``:
                    # the body or place of that kind named before (``standing_body``); the noun
                    # stays in the position, the words of the post (``глава города``)
                    of_key = standing_body(ctx, cast, mention_at, i) or ""
                    break
            if not of_key and tokens[head].lemma not in NATIONALITY_OCCUPATIONS:
                # a country adjective on a noun the head governs, with no preposition between,
                # names the state (``глава белорусского внешнеполитического ведомства``: Belarus's
                # foreign ministry); the position keeps it, as the words of the post (not on an
                # occupation outside the state's service: ``корреспондент немецкого журнала``)
                for i in range(head + 1, last + 1):
                    if tokens[i].pos == "ADP":
                        break
                    if tokens[i].lemma in COUNTRY_ADJECTIVES:
                        of_key = COUNTRY_ADJECTIVES[tokens[i].lemma]
                        break
    if not of_key and tokens[head].lemma not in NATIONALITY_OCCUPATIONS:
        of_key = only_country(ctx, cast, mention_at, pfirst, last, head) or ""
    # (round 13: ``генеральный директор ОАО «Газпром»``: a legal form before the company's name is
    # the name's, not the post's)
    while plast > head and (tokens[plast].pos in ("ADP", "CCONJ", "PUNCT")
                            or tokens[plast].text.lower() in LEGAL_FORMS):
        plast -= 1
    if acting:
        position = acting_text(ctx, first, plast, models)
        summary = acting_text(ctx, first, last, models)
    else:
        position = role_text(ctx, pfirst, plast, models, head)
        summary = role_text(ctx, first, last, models, head)
    if position.lower().startswith(FORMER_PREFIX):
        position = position[len(FORMER_PREFIX):]
    of_actor = cast.actors.get(of_key)
    entry = cast.gazetteer.entries.get(of_key)
    of_name = of_actor.name if of_actor else (entry.name if entry else "")
    return Role(key, position, of_key if of_name else "", of_name, former, start, end, first, last, head,
                summary, text=ctx.article.text[start:end])


CAPITALS = lexicon.mapping("capitals", "country")
STATE_OFFICE_CLASSES = frozenset(("head_of_government", "minister", "deputy_minister")) | MINISTER_CLASSES


def only_country(ctx, cast, mention_at, first, last, head):
    """The country of a state's office that names none (``премьер-министр Иван Петров``, ``министр
    транспорта``, ``президент``) when the article names one country and no region: an article
    about one country calls its offices bare, and a reader takes them for that country's (the
    guide's call 12: ``президент Обама`` in an article about the US; FactRuEval's Where too). Only
    offices a state has: a head of government or a minister (``title_classes.csv``), and a bare
    ``президент`` with no word after it (a federation's or a company's president names its body).
    None when two countries are named (whose?), or a region (a region has its ministers and its
    premier: ``министр финансов`` in a story on the Tver region is the region's)."""
    cls, _ = title_of(ctx, first, last, head, {})
    if cls not in STATE_OFFICE_CLASSES and not (cls == "head_of_state" and not any(
            ctx.tokens[i].pos in ("NOUN", "PROPN") for i in range(head + 1, last + 1))):
        return None
    countries, places = set(), set()
    for key in {mention.key for mention in mention_at.values()}:
        actor = cast.actors[key]
        if actor.kind in ("country", "historical_state"):
            countries.add(key)
        elif actor.kind in ("city", "region", "other"):
            places.add(actor.name)
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    spans = {(m.first, m.last): m for m in mention_at.values() if m.key == country}
    if all(visited(ctx, mention) for mention in spans.values()):
        return None  # (``министр транспорта X прибыл в Россию``: a visitor is the other country's)
    # any other place but the country's capital may be where a region's office is (``Министр
    # культуры`` in a story on Казань is Tatarstan's)
    capitals = {word for word, of in CAPITALS.items() if of == cast.actors[country].name}
    return country if places <= capitals else None


LEGAL_FORMS = lexicon.words("holder_nouns", kind="legal_form")  # ``ОАО``, ``ПАО``: a company's legal form
# ``role_visit_words.csv``: verbs and nouns of travel whose goal (after the preposition given, or
# as the object when none is) is a destination, not the traveller's own country
VISIT_WORDS = lexicon.mapping("role_visit_words", "preposition")


def visited(ctx, mention):
    """Whether a country's mention is the destination of a visit (``прибыл в Россию``, ``посетил
    Китай``, ``визит в Японию``): the one country an article names is then where someone came to,
    and says nothing of whose office a bare title is."""
    tokens = ctx.tokens
    inside = range(mention.first, mention.last + 1)
    heads = [i for i in inside if ctx.head(i) not in inside]
    if len(heads) != 1:
        return False
    head = ctx.head(heads[0])
    if head is None or head < 0 or head >= len(tokens) or tokens[head].lemma not in VISIT_WORDS:
        return False
    preposition = VISIT_WORDS[tokens[head].lemma]
    cases = [i for i in range(mention.first - 1, max(-1, mention.first - 4), -1)
             if ctx.head(i) == heads[0] and tokens[i].pos == "ADP"]
    found = tokens[cases[0]].lemma if cases else ""
    return found == preposition


def acting_text(ctx, first, last, models):
    """An acting office as written, lower-cased, its participle in the nominative (``исполняющего
    обязанности губернатора`` -> ``исполняющий обязанности губернатора``); the office after it stays
    in the genitive it takes."""
    tokens = ctx.tokens
    text = clean_text(ctx.article.text[tokens[first].start:tokens[last].end])
    token = tokens[first]
    case = token.feats.get("Case")
    if token.lemma == ACTING_LEMMAS[0] and case and case != "Nom":
        nominative = inflect_word(models, token.text, "ADJ", case, "", {"Nom", "Masc", "Sing"})
        if nominative:
            text = nominative + text[len(token.text):]
    return text[0].lower() + text[1:] if text and not is_upper_word(text.split()[0]) else text


def last_country(ctx, cast, mention_at, index):
    """The actor key of the last country named before token ``index``. ``республика`` at ``index``
    (``главы республики``) stands for the last republic named: a country the gazetteer names a
    republic (``Киргизская Республика``, ``Республика Индия``; not ``Российская Федерация``) or a
    republic within one whose name says it is one (``Чеченская республика``): news on a
    region-republic say ``глава республики`` of it, not of the federation it lies in. With no
    republic named, the last country, as for ``страны``."""
    if ctx.tokens[index].lemma == REPUBLIC_NOUN:
        republics = {key for alias, key in cast.gazetteer.alias_keys.items() if REPUBLIC_NOUN in alias.split()}
        for i in range(index - 1, -1, -1):
            mention = mention_at.get(i)
            if mention and cast.actors[mention.key].kind != "person" and (mention.key in republics or any(
                    ctx.tokens[j].lemma == REPUBLIC_NOUN for j in range(mention.first, mention.last + 1))):
                return mention.key
    for i in range(index - 1, -1, -1):
        mention = mention_at.get(i)
        if mention and cast.actors[mention.key].kind in ("country", "historical_state"):
            return mention.key
    return None


REPUBLIC_NOUN = "республика"
# ``organisation_nouns.csv`` (the facts step's list, read here): common nouns that stand for the
# organisation named before, ``generic`` and ``stands_for`` (``организация``, ``объединение``,
# ``союз``, ``содружество``): ``генеральный секретарь организации`` after ``ОДКБ`` is the CSTO's,
# as ``министр иностранных дел республики`` is the republic's named before
ORGANISATION_NOUNS = lexicon.words("organisation_nouns", stands_for="yes", generic="yes")


def last_organisation(ctx, cast, mention_at, index):
    """The actor key of the organisation an organisation noun at ``index`` stands for (``генсек
    организации``, ``председатель союза``, ``исполком содружества``): the last organisation named
    before it whose gazetteer name holds that noun (``Шанхайская организация сотрудничества``,
    ``Евразийский экономический союз``; not a body of it named in between, ``Совет министров
    иностранных дел ШОС``), else the last organisation named before it; None when none is."""
    lemma = ctx.tokens[index].lemma
    named = {key for alias, key in cast.gazetteer.alias_keys.items() if lemma in alias.split()}
    last = None
    for i in range(index - 1, -1, -1):
        mention = mention_at.get(i)
        if mention and cast.actors[mention.key].kind == "organisation":
            if mention.key in named:
                return mention.key
            last = last or mention.key
    return last


# ``role_standing_nouns.csv``: common nouns of a kind of body or place (``компания``, ``банк``,
# ``шахта``, ``регион``, ``город``) that, in an office's genitive, stand for the one of that kind
# the text named before
STANDING_NOUNS = lexicon.mapping("role_standing_nouns", "stands_for")
REGION_WORDS = frozenset(("область", "край", "округ", "республика"))


def standing_body(ctx, cast, mention_at, index):
    """The actor key of the body or place a common noun at ``index`` stands for, or None. News name
    a company, a bank, a mine or a region once and then call it by its kind: ``Компания «Ромашка»
    закроет завод, сообщил генеральный директор компании Иван Петров``; ``Россельхозбанк ...
    председатель правления банка``; ``прокурор региона`` after ``Новосибирской области``. The noun
    stands for the last one named before it of that kind: for a body (``role_standing_nouns.csv``,
    ``organisation``), an organisation whose name holds the noun or ends in it (``Россельхозбанк``,
    ``Большой театр``) or that the text introduced with the noun (``компанией «Ромашка»``, ``шахты
    «Северная»``); for a region, a place whose name holds ``область``, ``край``, ``округ`` or
    ``республика`` or that the gazetteer knows as a region; for a city, a place the gazetteer knows as a
    city or that a dateline names. With none, the office keeps no organisation (as before) rather than
    a guess."""
    tokens = ctx.tokens
    lemma = tokens[index].lemma
    kind = STANDING_NOUNS.get(lemma)
    seen = set()
    for i in range(index - 1, -1, -1):
        mention = mention_at.get(i)
        if not mention or mention.first in seen:
            continue
        seen.add(mention.first)
        actor = cast.actors[mention.key]
        words = [w.lower().replace("ё", "е") for w in re.findall(r"[^\W\d_]+", actor.name)]
        entry = cast.gazetteer.entries.get(mention.key)
        if kind == "organisation" and actor.kind in ("organisation", "media", "government_body"):
            before = mention.first - 1
            while before >= 0 and tokens[before].pos == "PUNCT" and tokens[before].text in QUOTES:
                before -= 1
            if any(w == lemma or w.endswith(lemma) for w in words) or (
                    before >= 0 and tokens[before].lemma == lemma):
                return mention.key
        elif kind == "region" and actor.kind in ("other", "region") and (
                REGION_WORDS & set(words) or (entry is not None and entry.kind == "region")):
            return mention.key
        elif kind == "city" and actor.kind in ("city", "other") and not REGION_WORDS & set(words):
            # the last place named decides: a city, or the city of the dateline named again; another
            # place (a town the gazetteer does not know, an island) leaves the office without one
            datelines = {m.key for j, m in mention_at.items() if j < index and (
                ctx.kind(j) == "dateline" or wire_dateline_place(ctx, m))}
            return mention.key if actor.kind == "city" or mention.key in datelines else None
    return None


def wire_dateline_place(ctx, mention):
    """Whether a place is written as a wire dateline writes its city: in capitals, opening its
    paragraph's first sentence, a comma after it (``ВЛАДИВОСТОК, 22 мая.``), also where no agency
    follows and the parts step does not call the piece a dateline."""
    tokens = ctx.tokens
    first, last = mention.first, mention.last
    return (all(is_upper_word(tokens[j].text) for j in range(first, last + 1))
            and (first == 0 or ctx.part_id(first - 1) != ctx.part_id(first))
            and last + 1 < len(tokens) and tokens[last + 1].text == ",")


def plural_roles(ctx, persons, mention_at, cast, models):
    """Roles of a plural role phrase shared out among the coordinated names after it: ``президенты
    России и Китая Владимир Путин и Си Цзиньпин`` gives ``президент`` of ``Россия`` to the first
    and of ``Китай`` to the second, in the order written; ``заместители министра Иван Петров и Петр
    Сидоров`` gives the one office to both. The role noun must have a plural reading in pymorphy2
    (the tagger often reads a capitalised ``Президенты`` as a singular proper noun) and be followed
    by two or more names joined by ``и`` or commas; the organisations or countries of the phrase
    must be as many as the names, or one or none (then each holds the same office)."""
    tokens = ctx.tokens
    morph = models.morph_vocab
    starts = {m.first: m for m in persons}
    found = []
    for h, token in enumerate(tokens):
        lemma = role_lemma(token.lemma)
        if (not lemma or h in ctx.name_tokens or token.pos not in ("NOUN", "PROPN", "ADJ")
                or ctx.kind(h) not in NARRATIVE_KINDS):
            continue
        j = h + 1
        sentence = token.sentence_id
        while j < len(tokens) and tokens[j].sentence_id == sentence and j not in ctx.person_tokens \
                and j - h <= MAX_ROLE_TOKENS:
            if tokens[j].pos == "PUNCT" and not (tokens[j].text in QUOTES or (
                    tokens[j].text == "," and j + 1 in ctx.name_tokens and j + 1 not in ctx.person_tokens)
                    or (tokens[j].text in LIST_MARKS and j + 1 in starts)):
                break
            j += 1
        if j not in starts:
            continue
        names, k = [], j
        while k in starts:
            names.append(starts[k])
            k = starts[k].last + 1
            if k < len(tokens) and tokens[k].sentence_id == sentence and normal_word(tokens[k].text) in (",", "и"):
                k += 1
            else:
                break
        # plural in the names' case: ``главы МИД России Сергея Лаврова и ...`` is a singular genitive
        case = UD_CASES.get(tokens[names[0].last].feats.get("Case"))
        if len(names) < 2 or not any("plur" in p.tag and (not case or case in p.tag)
                                     and p.normal_form.replace("ё", "е") == lemma
                                     for p in morph.parse(normal_word(token.text))):
            continue
        last = j - 1
        while last > h and tokens[last].pos in ("CCONJ", "PUNCT") and tokens[last].text not in QUOTES:
            last -= 1
        affiliations = coordinated_names(ctx, mention_at, cast, h, last)
        if len(affiliations) not in (0, 1, len(names)):
            continue
        first = extend_left(ctx, h, 0)
        former, pfirst = False, first
        while pfirst < h and time_word_at(ctx, pfirst):
            former, pfirst = former or time_word_at(ctx, pfirst) == "former", pfirst + 1
        plast = affiliations[0].first - 1 if affiliations else last
        while plast > h and tokens[plast].pos in ("ADP", "CCONJ", "PUNCT"):
            plast -= 1
        position = role_text(ctx, pfirst, plast, models, h, number="Sing")
        start, end = tokens[first].start, tokens[last].end
        for index, name in enumerate(names):
            of = affiliations[index] if len(affiliations) == len(names) else (
                affiliations[0] if affiliations else None)
            of_key = of.key if of else ""
            of_name = cast.actors[of_key].name if of else ""
            summary = position + (" " + clean_text(ctx.article.text[of.start:of.end]) if of else "")
            found.append(Role(name.key, position, of_key, of_name, former, start, end, first, last, h,
                              summary, text=ctx.article.text[start:end]))
    return found


# a plural office may introduce its list of names with a colon or a dash (``вратари: Игорь
# Акинфеев, Владимир Габулов``; ``защитники — ...``), as squads and delegations are listed
LIST_MARKS = (":",) + tuple(lexicon.marks("dash"))


def coordinated_names(ctx, mention_at, cast, head, last):
    """The names of organisations or countries that end a plural role phrase at token ``last``,
    joined by ``и`` or commas (``России, Белоруссии и Казахстана``), in text order; a name before
    them without a conjunction belongs to the position (``главы МИД России и Китая``: ``МИД``)."""
    tokens = ctx.tokens
    run, i = [], last
    while i > head:
        m = mention_at.get(i)
        if m is None or cast.actors[m.key].kind == "person":
            break
        run.insert(0, m)
        i = m.first - 1
        if i > head and normal_word(tokens[i].text) in (",", "и"):
            i -= 1
        else:
            break
    return run


def find_roles(ctx, mentions, mention_at, cast, models, used):
    """Every (person, role) pair of the article, from role phrases before and after the names and
    after words of taking office; one per person, position and organisation."""
    # a name with a digit in it is no person's (``Гонщик Формулы-1``: NER's person is a series), so
    # it holds no office
    persons = [m for m in mentions if cast.actors[m.key].kind == "person"
               and not any(c.isdigit() for c in m.text)]
    triggered = list(trigger_roles(ctx))
    # the office in ``исполняющего обязанности губернатора Петра Сидорова`` is the acting one
    acting_heads = {head for head, _, _, acting, _ in triggered if acting}
    found = plural_roles(ctx, persons, mention_at, cast, models)
    shared = {r.head for r in found}
    # (a profession with no employer, or a share, is no row but still a title the article gives the
    # person, by which it may name them again: ``Состояние актрисы Анны Смирновой ... Актриса
    # попросила``; ``described`` keeps them for ``actors.roles``)
    ctx.described = [r for r in found if unplaced_profession(ctx, r)]
    found = [r for r in found if not unplaced_profession(ctx, r)]
    for mention in persons:
        built = []
        for head, first, last in roles_before(ctx, mention) + role_after(ctx, mention):
            if head not in acting_heads and head not in shared:
                built.append(build_role(ctx, mention.key, head, first, last, mention_at, cast, models))
        # (a profession with no employer describes the person: ``unplaced_profession``)
        built = dash_shared_affiliation(ctx, built)
        ctx.described += [r for r in built if unplaced_profession(ctx, r, mention)]
        found += [r for r in built if not unplaced_profession(ctx, r, mention)]
    for head, first, last, acting, trigger in triggered:
        if ctx.kind(head) not in NARRATIVE_KINDS or any(r.first <= head <= r.last for r in found) \
                or post_sought(ctx, trigger) or post_of_state(ctx, trigger, mention_at, cast):
            continue
        holder = holder_of(ctx, persons, head, first, last, trigger) or pronoun_holder(ctx, persons, head, trigger)
        if holder:
            found.append(build_role(ctx, holder.key, head, first, last, mention_at, cast, models, acting,
                                    former=post_left(ctx, trigger)))
    for holder, head, first, last in list(inverted_roles(ctx, persons)) + list(object_roles(ctx, persons)):
        if ctx.kind(head) in NARRATIVE_KINDS and not any(r.first <= head <= r.last for r in found):
            found.append(build_role(ctx, holder.key, head, first, last, mention_at, cast, models))
    found += replaced_holders(ctx, persons, found, mention_at, cast, models)
    described = description_adjectives()
    found = [r for r in found if not (r.first < r.head and ctx.tokens[r.first].lemma in described)
             and not distinction(ctx, r) and not camp_office(ctx, r) and not chairing_term(ctx, r, mention_at, cast)]
    # a share, the lead of a piece of work or a description by a quality is a title of the person,
    # no office (``ownership``, ``task_lead``, ``described_by_quality``)
    ctx.described += [r for r in found if ownership(ctx, r) or task_lead(ctx, r) or described_by_quality(ctx, r)]
    found = [r for r in found if not (ownership(ctx, r) or task_lead(ctx, r) or described_by_quality(ctx, r))]
    for role in ctx.described:
        used.update(range(role.first, role.last + 1))  # a title of the person's, as an office's words are
    roles, seen = [], set()
    specified = {(r.key, r.position, r.former) for r in found if r.of_key}
    for role in sorted(found, key=lambda r: (r.start, r.end)):
        used.update(range(role.first, role.last + 1))
        if not role.of_key and (role.key, role.position, role.former) in specified:
            continue  # ``президентом`` after ``президент Украины``: the same office, said less fully
        if role.position and (role.key, role.position, role.of_key, role.former) not in seen:
            seen.add((role.key, role.position, role.of_key, role.former))
            roles.append(role)
    return roles


def dash_shared_affiliation(ctx, roles):
    """``roles`` (one person's, from the appositions), a first office joined by a dash to a second
    before the name taking the second's organisation or country when it names none of its own:
    ``заместитель премьер-министра – министр национальной экономики РК Серик Жумангарин`` holds
    both offices of ``РК``. An official's double title is one string of offices of one state or
    body, its country or organisation written once, at the end, as the name comes once after it."""
    dashes = lexicon.marks("dash")
    for a in roles:
        if a.of_key:
            continue
        b = next((r for r in roles if r.first == a.last + 2 and r.of_key), None)
        if b is not None and ctx.tokens[a.last + 1].text in dashes:
            a.of_key, a.of_name = b.of_key, b.of_name
    return roles


def distinction(ctx, role):
    """Whether a role phrase states a distinction, not an office: a superlative (below), or an ordinal number before a country
    adjective (``первый бразильский космонавт``, ``первая российская теннисистка``, ``второй
    китайский астронавт``): the person is the first of a country to do something, which describes
    what they did rather than a post they hold. An ordinal right before its noun is part of an
    office (``первый заместитель``, ``первый вице-премьер``) and stays."""
    morph = getattr(ctx, "morph", None)
    if morph is None:
        return False
    tokens = ctx.tokens
    # a superlative before the role noun ranks the person among others (``лучший вратарь турнира``,
    # ``сильнейший теннисист мира``; ``стал лучшим бомбардиром``, ``признан лучшим игроком``): an
    # award or a standing, which no one is appointed to, so no office (as ``самый`` in
    # ``description_adjectives.csv``). An adjective of rank that is no superlative (``главный
    # тренер``, ``старший советник``) stays part of the office.
    for i in range(role.first, role.head):
        if tokens[i].pos == "ADJ" and any("Supr" in p.tag for p in morph.parse(normal_word(tokens[i].text))[:1]):
            return True
    for i in range(role.first, role.head - 1):
        if tokens[i].pos == "ADJ" and any("Anum" in p.tag for p in morph.parse(normal_word(tokens[i].text))) \
                and any(tokens[j].lemma in COUNTRY_ADJECTIVES for j in range(i + 1, role.head)):
            return True
    return False


# ``role_chairing_words.csv``: participles of chairing (``председательствующий``)
CHAIRING_WORDS = lexicon.words("role_chairing_words")


def chairing_term(ctx, role, mention_at, cast):
    """Whether a role phrase is a participle of chairing an organisation (``Садыр Жапаров,
    председательствующий в ШОС,``; ``председательствующая в ОДКБ Россия``): the organisations of the
    CSTO, SCO, CIS, EAEU and BRICS are chaired by their member states in turn, a state's term, no
    person's office (the codebook). The chair of a sitting (``председательствующий на заседании``)
    names no organisation after ``в`` and stays an office."""
    tokens = ctx.tokens
    if normal_word(tokens[role.head].text) not in CHAIRING_WORDS and \
            participle_role(ctx, role.head) not in CHAIRING_WORDS and tokens[role.head].lemma not in CHAIRING_WORDS:
        return False
    return any(normal_word(tokens[i].text) == "в" and i + 1 in mention_at
               and cast.actors[mention_at[i + 1].key].kind == "organisation"
               for i in range(role.head + 1, role.last))


def camp_office(ctx, role):
    """Whether a role phrase heads a camp, not a body: its head noun governs a noun of
    ``analysis/data/lexicon/role_camp_nouns.csv`` (``лидер оппозиции``, ``глава демократического
    меньшинства``). An opposition or a majority is a side in politics, with no posts of its own to
    hold; its leader is a standing the text gives the person."""
    tokens = ctx.tokens
    camps = lexicon.words("role_camp_nouns")
    return any(tokens[i].lemma in camps and ctx.head(i) == role.head for i in range(role.head + 1, role.last + 1))


# ``role_ownership_nouns.csv``: owners and founders (``совладелец``, ``основатель``, ``акционер``)
OWNERSHIP_NOUNS = lexicon.words("role_ownership_nouns")


def ownership(ctx, role):
    """Whether a role phrase says whose property a body is or who founded it, not a post in it
    (``совладелец агентства``, ``основатель партии``, ``крупный акционер банка``): owning shares or
    having founded a body is no office held in it, and the founder may hold none there or be dead.
    FactRuEval annotates these as ``Ownership`` facts, apart from ``Occupation``, and so does the
    second annotation's guide (``bench/gold/roles/GUIDE.md``). The nouns stay in ``role_nouns.csv``
    so that a phrase with them is read whole (``управляющий директор и совладелец компании``: the
    director's office is kept, the share is not)."""
    return token_role_lemma(ctx.tokens[role.head]) in OWNERSHIP_NOUNS


# Occupations practised for no employer the phrase needs to name (``role_nouns.csv``, kind
# ``occupation``, of the fields outside a state's service but sport, and the law's: ``адвокат``,
# ``юрист``): ``писатель``, ``журналист``, ``врач``, ``аналитик``, ``архитектор``, ``режиссер``,
# ``академик``, ``адвокат``. Sport's (``вратарь``, ``второй тренер``) are positions in a team that a
# sports story has named once, so they are kept.
FREE_PROFESSIONS = frozenset().union(*(lexicon.words("role_nouns", kind="occupation", field=field)
                                       for field in NATIONALITY_FIELDS + ("justice",) if field != "sport"))


def unplaced_profession(ctx, role, mention=None):
    """Whether an apposition is a profession with no employer in its phrase: ``писатель и журналист
    X``, ``тбилисский врач X``, ``немецкий режиссер X``, ``академик X``. It says what the person does
    or is (as ``известный``, or a nationality, does), not a post of a body: a post has a body that
    holds it, and a profession named without one has none the text gives. The guide of the second
    annotation says so (call 1: a profession is an occupation when its employer is named in the
    phrase) and FactRuEval's Occupation facts always have their ``Where``. Kept: an employer named
    in the phrase (``журналист газеты «Коммерсантъ»``, ``профессор МГУ``, ``врач районной
    больницы``: a noun the head governs), an organisation's name NER ran into the person's
    (``оператор Аль-Джазиры Сами аль-Хадж``: its first word an organisation's name for pymorphy2),
    and a profession after a verb of taking office (``остается приглашенным хореографом``,
    ``назначен редактором``), which is a post taken in some body (only appositions are asked)."""
    tokens = ctx.tokens
    if role.of_key or token_role_lemma(tokens[role.head]) not in FREE_PROFESSIONS:
        return False
    for i in range(role.head + 1, role.last + 1):
        if tokens[i].pos in ("NOUN", "PROPN") and role.head in ancestors(ctx, i):
            # a client is no employer (``адвокат осужденного``, ``врач пациента``, ``адвокат семьи
            # погибшего``): the person the work is done for, not the body that holds the post
            path = [i] + ancestors(ctx, i)
            if not any(is_client(ctx, j) for j in path[:path.index(role.head)]):
                return False
    morph = getattr(ctx, "morph", None)
    if mention is not None and morph is not None and mention.first == role.last + 1:
        parse = morph.parse(normal_word(tokens[mention.first].text))[:1]
        if parse and "Orgn" in parse[0].tag and mention.last > mention.first:
            return False
    return True


# ``role_client_nouns.csv``: nouns of those a profession serves (``семья``, ``сторона``), besides
# the animate nouns and substantivised participles ``is_client`` reads
CLIENT_NOUNS = lexicon.words("role_client_nouns")


def is_client(ctx, index):
    """Whether the common noun at ``index`` names a person or party a profession serves rather
    than an employer: an animate noun for pymorphy2 (``пациента``, ``клиента``, ``подсудимого``), a
    participle used as a noun (``осужденного``, ``обвиняемого``, ``задержанного``: pymorphy2's
    ``Subx``), or a noun of ``role_client_nouns.csv`` (``семьи``). A lawyer, a doctor or an analyst
    works for such a one, and the post, if any, is in a body the phrase does not name (the
    general-news guide, A 7: ``адвокат осужденного`` is no fact). Proper nouns are not asked (an
    organisation's name may parse as anything)."""
    token = ctx.tokens[index]
    morph = getattr(ctx, "morph", None)
    if token.pos != "NOUN" or morph is None:
        return False
    if token.lemma in CLIENT_NOUNS:
        return True
    parse = morph.parse(normal_word(token.text))[:1]
    return bool(parse) and ("Subx" in parse[0].tag or ("anim" in parse[0].tag and parse[0].tag.POS == "NOUN"))


# ``role_task_nouns.csv``: pieces of work that have a lead but hold no posts (``исследование``,
# ``эксперимент``, ``экспедиция``, ``проект``)
TASK_NOUNS = lexicon.words("role_task_nouns")


def task_lead(ctx, role):
    """Whether a role phrase leads a piece of work, not a body: its head noun governs a noun of
    ``role_task_nouns.csv`` and the phrase names no organisation or country (``руководитель
    исследования X``, ``командир 13-й долговременной экспедиции``, ``руководитель проекта``). A
    study, an experiment or an expedition has a lead for its time, who holds a post, if any, in the
    body that does it; FactRuEval leaves such leads out (its devset's crews) and so does the
    general-news guide (B 6). With the body named (``руководитель проекта компании «Газпром»``,
    ``начальник экспедиции Русского географического общества``) the office stays."""
    tokens = ctx.tokens
    return not role.of_key and any(tokens[i].lemma in TASK_NOUNS and tokens[i].pos == "NOUN"
                                   and ctx.head(i) == role.head for i in range(role.head + 1, role.last + 1))


# ``role_quality_nouns.csv``: what a person is ``with`` (``опыт``, ``стаж``, ``имя``)
QUALITY_NOUNS = lexicon.words("role_quality_nouns")


def described_by_quality(ctx, role):
    """Whether a role noun is followed by ``с``/``со`` and a noun of ``role_quality_nouns.csv``
    (``тренер с большим опытом``, ``дипломат с тридцатилетним стажем``, ``вратарь с мировым
    именем``) and the phrase names no organisation or country: it says what kind of coach or
    diplomat the person is, a description, as ``известный`` or ``опытный`` does, not a post of a
    body. Other words after ``с`` (``мэр с 2010 года``, ``по связям с общественностью``) are not
    asked: a time says since when an office is held."""
    tokens = ctx.tokens
    if role.of_key or role.head + 2 > role.last or tokens[role.head + 1].lemma != "с":
        return False
    for i in range(role.head + 2, role.last + 1):
        if tokens[i].pos == "NOUN":
            return tokens[i].lemma in QUALITY_NOUNS
        if tokens[i].pos not in ("ADJ", "NUM"):
            return False
    return False


def ancestors(ctx, index):
    """The heads above token ``index`` in its sentence's parse, nearest first."""
    seen, head = [], ctx.head(index)
    while head is not None and head not in seen:
        seen.append(head)
        head = ctx.head(head)
    return seen


def given_roles(ctx, persons, found, mention_at, cast, models, used=()):
    """Roles named apart from the name, for the person just named: ``Сенатор Джон Керри прибыл в
    Пакистан. Председатель влиятельного Комитета по иностранным делам стал первым...``; ``...заявил
    Рамзан Кадыров. Эти слова нового старого главы республики...``. News name a person and then
    speak of them by an office instead of repeating the name. The role phrase must be the subject
    of its sentence or the owner of words said (``слова главы``), name an organisation or a country
    (``председатель комитета``, not a bare ``президент``), and have one person to go to: exactly one
    person named in its sentence before it and in the sentence before (for an office in a headline,
    the subject of the lead), nobody named after it in its sentence as a subject or an apposition,
    and nobody else holding an office of the same noun in the article. An office of a country goes
    to no one the text ties to another country (``countries_of``), and among several persons to the
    one tied to that country."""
    tokens = ctx.tokens
    taken = set()
    for role in found:
        taken.update(range(role.first, role.last + 1))
    given = []
    ties = None
    for h, token in enumerate(tokens):
        if h in taken or ctx.kind(h) not in NARRATIVE_KINDS or not is_role_noun(ctx, h):
            continue
        head = ctx.head(h)
        # the subject of an active or a passive verb (``nsubj:pass``: ``Председатель ... был встречен``)
        if not (token.rel in ("nsubj", "nsubj:pass") or (token.rel == "nmod" and head is not None
                                         and tokens[head].lemma in SPEECH_NOUNS)):
            if h not in mention_at:
                if ties is None:
                    ties = countries_of(ctx, persons, found, cast)
                role = oblique_role(ctx, persons, found, h, mention_at, cast, models, ties)
                if role:
                    given.append(role)
            continue
        if h in used:
            continue
        first, last = extend_left(ctx, h, 0), phrase_end(ctx, h)
        if last + 1 in ctx.person_tokens or any(i in ctx.person_tokens for i in range(first, last + 1)):
            continue
        definite = (any(i in mention_at for i in range(h + 1, last + 1))
                    or any(tokens[i].lemma in COUNTRY_ADJECTIVES or tokens[i].lemma in COUNTRY_NOUNS
                           for i in range(first, last + 1) if i != h))
        if not definite:
            # an office alone (``Премьер заявил``) says nothing of whose it is: it refers to the one
            # person holding an office of its class (``references``), or to no one; the one just
            # named may be the host another has come to (``Иван Петров приехал. Президент заявил``)
            continue
        sentence = token.sentence_id
        if any(tokens[m.first].sentence_id == sentence and m.first > last
               and any(is_subject_like(ctx, i) for i in range(m.first, m.last + 1))
               for m in persons):
            continue  # another person is a subject of this sentence too; one named in passing is not
        if token.rel in ("nsubj", "nsubj:pass") and any(
                tokens[m.first].sentence_id == sentence and m.last < first
                and any(subject_verb(ctx, i) not in (None, head) for i in range(m.first, m.last + 1))
                for m in persons):
            # a person named before it in its sentence is the subject of another clause: a second
            # subject in one sentence is another person, the same one would be left out or be a
            # pronoun (``X заявил ..., передает корреспондент БЕЛТА``: the desk's reporter, not X;
            # ``X заявил, что глава МИД поедет``)
            continue
        if any(tokens[i].pos == "PRON" and tokens[i].lemma in SUBJECT_PRONOUNS
               and tokens[i].rel in ("obj", "iobj", "obl", "nmod") for i in ctx.view.sentence_ids(sentence)):
            continue  # ``Президент России встретил его``: the one just named is the object, not the office
        window = {m.key for m in persons if m.last < first
                  and tokens[m.first].sentence_id in (sentence, sentence - 1)}
        # (nobody named just before does not open the window to the whole article: ``Лавров провел
        # переговоры`` / ``МИНСК... Глава российского государства отметил`` is not Лавров's office)
        if not window and ctx.kind(h) == "title":
            # a headline names by office whom the lead names (``Президент России посетил Казань`` /
            # ``Владимир Путин прибыл в Казань...``): the one subject of the first body sentence
            lead = next((tokens[i].sentence_id for i in range(last + 1, len(tokens))
                         if ctx.kind(i) == "body"), None)
            # (one the lead gives another office is not: ``Министр Иван Петров встретил...``)
            window = {m.key for m in persons if tokens[m.first].sentence_id == lead
                      and any(tokens[i].rel in ("nsubj", "nsubj:pass") for i in range(m.first, m.last + 1))
                      and all(token_role_lemma(tokens[r.head]) == token_role_lemma(token)
                              for r in found if r.key == m.key)}
        role = build_role(ctx, "", h, first, last, mention_at, cast, models)
        if token_role_lemma(token) in MEDIA_NOUNS and role.of_key in cast.actors \
                and cast.actors[role.of_key].kind == "media":
            # a medium's correspondent named without a name is the desk's reporter (``передает
            # корреспондент БЕЛТА``, ``как сообщает корреспондент ТАСС``), not a person the story names
            continue
        if not window and ctx.kind(h) == "body" and phrase_country(ctx, role) and not role.former:
            # nobody named in this sentence or the one before: the office may still stand for one
            # person named further back whom the text ties to its organisation or country, as an
            # office in an oblique position does (``израильский премьер X прибыл в Москву. Визит
            # продлится два дня. Глава израильского правительства отметил ...``); one the text does
            # not tie is not enough (``Лавров прибыл в Казань. ... Глава российского государства``)
            if ties is None:
                ties = countries_of(ctx, persons, found, cast)
            window = holders_apart(ctx, persons, found, role, mention_at, cast, ties)
        country = role.of_key if role.of_key in cast.actors and \
            cast.actors[role.of_key].kind in ("country", "historical_state") else ""
        if country:
            # a person tied to another country does not hold this country's office; among several
            # persons, the one tied to this country does (``принимает своего французского коллегу
            # Николя Саркози. ... президент Франции прибыл``)
            ties = countries_of(ctx, persons, found, cast)
            window = {k for k in window if not ties.get(k) or country in ties[k]}
            if len(window) > 1:
                window = {k for k in window if country in ties.get(k, ())}
        if len(window) != 1:
            continue
        key = window.pop()
        role.key = key
        lemma = token_role_lemma(token)
        # another person's office of the same noun could be the one meant, unless both name their
        # organisation or country and these differ (``глава России`` is not ``глава МИД Японии``)
        if any(r.key != key and token_role_lemma(tokens[r.head]) == lemma
               and not (r.of_key and role.of_key and r.of_key != role.of_key) for r in found):
            continue
        given.append(role)
    # a distinction or a camp's standing is no office here either (``find_roles``)
    return [r for r in given if not distinction(ctx, r) and not camp_office(ctx, r) and not ownership(ctx, r)
            and not task_lead(ctx, r) and not described_by_quality(ctx, r)]


COUNTERPART_NOUNS = frozenset(("коллега",))  # ``со своим китайским коллегой``
# offices one country names its own way, so a counterpart's is not the same word: the Chinese head
# of state is ``председатель КНР``, Germany's head of government ``канцлер``, and a monarch's
# counterpart is a president (``российский коллега`` of the ``председатель КНР`` is a president)
COUNTRY_OWN_TITLES = frozenset(("председатель", "канцлер")) | lexicon.words("role_nouns", field="royalty")


def counterpart_roles(ctx, persons, roles, mention_at, cast, models):
    """``[(role, the role it copies)]``: the office of a counterpart of another country. Diplomatic
    news name a foreign official by the office of the one they meet: ``министр иностранных дел
    России Сергей Лавров встретился со своим китайским коллегой Ван И``, ``Лавров и его турецкий
    коллега Мевлют Чавушоглу``, ``обсудил с коллегой из Армении Араратом Мирзояном``: a
    ``коллега`` of a named country is one holding the same office of that country (the foreign
    minister of China). And the other way: ``Барак Обама принимает своего французского коллегу
    Николя Саркози``, the president of France, makes Obama a president (of no country the phrase
    names). The one whose colleague it is is the nearest person named before the noun in its
    sentence; the office copied is theirs of a country (not a former one); a ``коллега`` with no
    country (``с коллегой Петром Сидоровым``) is one of the same trade or team, no office to copy."""
    tokens = ctx.tokens
    found = []
    country_kinds = ("country", "historical_state")

    def country_of(key):
        actor = cast.actors.get(key)
        if actor is not None:
            return key if actor.kind in country_kinds else None
        entry = cast.gazetteer.entries.get(key)
        return key if entry is not None and entry.kind in country_kinds else None

    countries = [(key, genitive(models, a.name)) for key, a in cast.actors.items() if a.kind in country_kinds]

    def split_body(key):
        """``(country key, the body's name without it)`` of a state body's office (``МИД
        Белоруссии`` -> Belarus, ``МИД``), ``(country key, "")`` of a country's, else None."""
        if country_of(key):
            return key, ""
        actor = cast.actors.get(key)
        if actor is None or actor.kind != "government_body":
            return None
        for country_key, name in countries:
            if actor.name.endswith(" " + name):
                return country_key, actor.name[:-len(name) - 1]
        return None

    for mention in persons:
        i = mention.first - 1
        if i < 1:
            continue
        country, head = None, None
        if tokens[i].lemma in COUNTERPART_NOUNS:
            head, first = i, i
            while first - 1 >= 0 and tokens[first - 1].pos in ("ADJ", "DET"):
                first -= 1
                if tokens[first].lemma in COUNTRY_ADJECTIVES:
                    country = COUNTRY_ADJECTIVES[tokens[first].lemma]
        elif i in mention_at and country_of(mention_at[i].key):
            # ``с коллегой из Армении Араратом Мирзояном``
            place = mention_at[i]
            if place.first >= 2 and normal_word(tokens[place.first - 1].text) == "из" \
                    and tokens[place.first - 2].lemma in COUNTERPART_NOUNS:
                head, first, country = place.first - 2, place.first - 2, place.key
                while first - 1 >= 0 and tokens[first - 1].pos in ("ADJ", "DET"):
                    first -= 1
        if head is None or not country or tokens[head].feats.get("Number") == "Plur":
            continue
        sentence = tokens[head].sentence_id
        owners = [m for m in persons if m.last < first and m.key != mention.key
                  and tokens[m.first].sentence_id == sentence]
        if not owners:
            continue
        owner = max(owners, key=lambda m: m.last)

        def offices(key, other_country):
            # (not an office whose words name its country, ``глава израильского правительства``:
            # the counterpart's is not Israel's)
            return [r for r in roles if r.key == key and not r.former and r.position
                    and split_body(r.of_key) and split_body(r.of_key)[0] != other_country
                    and not any(tokens[j].lemma in COUNTRY_ADJECTIVES for j in range(r.first, r.last + 1))
                    and token_role_lemma(tokens[r.head]) not in COUNTRY_OWN_TITLES]

        own = offices(owner.key, country)
        if own:
            like = own[0]
            if any(r.key == mention.key and r.position == like.position for r in roles):
                continue
            entry = cast.gazetteer.entries.get(country)
            actor = cast.actors.get(country)
            of_name = actor.name if actor else (entry.name if entry else "")
            if not of_name:
                continue
            # ``глава МИД Белоруссии``: the counterpart heads the same body of the other country
            # (``глава МИД`` of Armenia), the body's name without its country
            body = split_body(like.of_key)[1]
            position = "%s %s" % (like.position, body) if body else like.position
            start, end = tokens[first].start, tokens[head].end
            summary = "%s %s" % (position, genitive(models, of_name))
            found.append((Role(mention.key, position, country, of_name, False, start, end, first, head, head,
                               summary, text=ctx.article.text[start:end]), like))
            continue
        theirs = [r for r in offices(mention.key, None) if split_body(r.of_key)[0] == country
                  and not split_body(r.of_key)[1]]
        if theirs and not any(r.key == owner.key for r in roles):
            like = theirs[0]
            start, end = tokens[first].start, tokens[head].end
            found.append((Role(owner.key, like.position, "", "", False, start, end, first, head, head,
                               like.position, text=ctx.article.text[start:end]), like))
    return found


def affiliation_country(key):
    """The country key of a body every country has (``body:мид:india`` -> ``india``), else the key."""
    return key.split(":")[2] if key and key.startswith("body:") else key


def oblique_role(ctx, persons, found, h, mention_at, cast, models, ties):
    """A ``Role`` for an office named apart from the name in an oblique position (``замечания в
    адрес мэра Москвы``, ``встреча с главой МИД``), or None. Unlike a subject, an office in an
    oblique position is as often someone else (the one met, the one addressed) as the person just
    named, so the office must say whose it is: it names its organisation or country, and exactly
    one person named in an earlier sentence fits it, either

    - named with that office already (the same class of office and affiliation, ``title_of``, or
      the same role noun of the same organisation or country: ``министр иностранных дел Индии X``
      ... ``встреча с главой МИД``), or
    - tied by the text to that organisation or country (``countries_of``, or an office of the
      organisation) and holding no other office of it (one person rarely holds two offices of one
      body: ``российский министр X`` ... ``президент России`` is not X).

    Nobody named in the office's own sentence: ``Петров встретился с министром России`` names two
    persons, the subject and the one met. An office governed by another office noun
    (``помощник мэра``) is that office's, not a person's."""
    tokens = ctx.tokens
    token = tokens[h]
    head = ctx.head(h)
    if head is not None and token.rel == "nmod" and (is_role_noun(ctx, head) or head in ctx.person_tokens):
        return None
    if any(c.rel == "appos" for c in ctx.view.children[h]):
        return None  # a name in apposition: the office is that name's (found by the apposition rules)
    first, last = extend_left(ctx, h, 0), phrase_end(ctx, h)
    if last + 1 in ctx.person_tokens or any(i in ctx.person_tokens for i in range(first, last + 1)):
        return None
    sentence = token.sentence_id
    if any(tokens[m.first].sentence_id == sentence for m in persons):
        return None
    role = build_role(ctx, "", h, first, last, mention_at, cast, models)
    # (a country adjective among the words the head governs names the country too: ``с главой
    # израильского правительства``)
    if not phrase_country(ctx, role) or not role.position or role.former:
        return None
    fits = holders_apart(ctx, persons, found, role, mention_at, cast, ties)
    if len(fits) != 1:
        return None
    role.key = fits.pop()
    return role


def holders_apart(ctx, persons, found, role, mention_at, cast, ties):
    """The persons named in a sentence before an office named apart (``role``, built with no holder)
    that it may stand for: one named with that office already (the same class of office and
    affiliation, ``title_of``, or the same role noun of the same organisation or country: ``министр
    иностранных дел Индии X`` ... ``с главой МИД Индии``), or one the text ties to that organisation
    or country (``countries_of``) who holds no other office of it (one person rarely holds two
    offices of one body: ``российский министр X`` ... ``президент России`` is not X). The same noun
    counts only with the same organisation: ``глава МИД России`` is not ``глава российского
    государства``, though both are Russia's."""
    tokens = ctx.tokens
    h = role.head
    sentence = tokens[h].sentence_id
    earlier = {m.key for m in persons if tokens[m.last].sentence_id < sentence}
    lemma = token_role_lemma(tokens[h])
    affiliation_kind = {i: (m.key, cast.actors[m.key].kind) for i, m in mention_at.items()
                        if not cast.actors[m.key].country_unresolved}
    cls, affiliation = title_of(ctx, role.first, role.last, h, affiliation_kind)
    where = phrase_country(ctx, role)
    fits = set()
    for key in earlier:
        own = [r for r in found if r.key == key and r.of_key
               and affiliation_country(r.of_key) == where]
        same = any(token_role_lemma(tokens[r.head]) == lemma and r.of_key == role.of_key for r in own) or (
            cls and any(c in REFERENCE_MATCHES.get(cls, {cls}) and a
                        and affiliation_country(a) == affiliation_country(affiliation)
                        for c, a in cast.actors[key].titles))
        if same or (not own and where in ties.get(key, ())):
            fits.add(key)
    return fits


def phrase_country(ctx, role):
    """The organisation or country an office phrase names: its ``of_key`` (a body's country for a
    body every country has), else a country adjective inside the words its head governs (``глава
    израильского правительства``: Israel, though the position keeps the adjective), else ""."""
    if role.of_key:
        return affiliation_country(role.of_key)
    tokens = ctx.tokens
    return next((COUNTRY_ADJECTIVES[tokens[i].lemma] for i in range(role.first, role.last + 1)
                 if i != role.head and tokens[i].lemma in COUNTRY_ADJECTIVES), "")


def countries_of(ctx, persons, found, cast):
    """``{person key: {country keys}}``: the countries a person is tied to by the text, through a
    country adjective on the noun the name stands by (``французского коллегу Николя Саркози``,
    ``американский сенатор Джон Керри``) or an office of a country found for them."""
    tokens = ctx.tokens
    ties = {}
    for role in found:
        if role.of_key in cast.actors and cast.actors[role.of_key].kind in ("country", "historical_state"):
            ties.setdefault(role.key, set()).add(role.of_key)
    for m in persons:
        head = ctx.head(m.first)
        nouns = [head] if head is not None and head < m.first and tokens[m.first].rel == "appos" else []
        for noun in nouns:
            for i in range(max(0, noun - 3), noun + 1):
                if tokens[i].lemma in COUNTRY_ADJECTIVES and (i == noun or ctx.head(i) == noun):
                    ties.setdefault(m.key, set()).add(COUNTRY_ADJECTIVES[tokens[i].lemma])
    return ties


def subject_verb(ctx, index):
    """The token the name's word at ``index`` is the subject of, directly or as an apposition to
    the subject (``Президент Беларуси Александр Лукашенко заявил``), else None."""
    token = ctx.tokens[index]
    head = ctx.head(index)
    if token.rel in ("nsubj", "nsubj:pass"):
        return head
    if token.rel == "appos" and head is not None and ctx.tokens[head].rel in ("nsubj", "nsubj:pass"):
        return ctx.head(head)
    return None


def is_subject_like(ctx, index):
    """Whether token ``index`` of a person's name makes that person a subject of its clause: the
    subject itself, a conjunct, or an apposition to a subject (``Председатель ..., сенатор Джон
    Керри, заявил``). A name in apposition to a noun that is no subject (``после ликвидации лидера
    Аль-Каиды Усамы бен Ладена``) is named in passing."""
    token = ctx.tokens[index]
    if token.rel in ("nsubj", "nsubj:pass", "conj"):
        return True
    head = ctx.head(index)
    return token.rel == "appos" and head is not None and ctx.tokens[head].rel in ("nsubj", "nsubj:pass")


# 4. References -------------------------------------------------------------------------------

def role_reference(ctx, index, used):
    """A role noun that names no one itself: not followed by a name, not inside a role phrase,
    not a genitive modifier of another noun (``помощник президента``) except a noun of saying
    (``по словам президента``)."""
    token = ctx.tokens[index]
    if (token.pos != "NOUN" or token.lemma not in REFERENCE_NOUNS or index in used
            or token.feats.get("Number") == "Plur"):
        return False
    if any(c.rel == "appos" for c in ctx.view.children[index]):
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

def find_actors(article, gazetteer, models):
    """``(mentions, actors, roles)`` of an analysed article (see the module docstring)."""
    ctx = Context(article)
    ctx.morph = models.morph_vocab
    spans = [s for s in article.ner_spans if ctx.kind_of_part.get(s.part_id) in NAME_KINDS]
    names = merge(ctx, ner_candidates(ctx, spans), gazetteer_candidates(ctx, gazetteer))
    names = [n._replace(ner_type="PER") if not n.key and not gazetteer.lookup(article.text[n.start:n.end])
             and person_after_role(ctx, n, models.morph_vocab) else n for n in names]
    names = [n for n in names if not state_term(ctx, n, names, gazetteer)]  # ``Председательство Армении``
    cast = Cast(gazetteer)
    mentions = []
    # the names as found so far, for the role phrases read while names are put in the nominative
    ctx.name_tokens = {i for n in names for i in range(n.first, n.last + 1)}
    ctx.person_tokens = {i for n in names if n.ner_type == "PER" for i in range(n.first, n.last + 1)}
    resolved = bracket_aliases(ctx, resolve_names(ctx, names, gazetteer, models), gazetteer)
    resolved = country_bodies(ctx, resolved, gazetteer, cast, models)
    resolved = organisation_complements(ctx, resolved, gazetteer, cast)
    for name, key, normal in resolved:
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
    # a body whose country is not known says nothing about whose office a role is
    affiliation_kind = {i: (m.key, cast.actors[m.key].kind) for i, m in mention_at.items()
                        if not cast.actors[m.key].country_unresolved}

    used = set(mention_at)
    ctx.name_tokens = set(mention_at)
    ctx.person_tokens = {i for i, m in mention_at.items() if cast.actors[m.key].kind == "person"}
    roles = find_roles(ctx, mentions, mention_at, cast, models, used)
    # the titles that are no office (``described``: a profession with no employer, a share) are
    # still the person's titles in ``actors.roles``, in text order among the offices
    for role in sorted(roles + ctx.described, key=lambda r: (r.start, r.end)):
        actor = cast.actors[role.key]
        if role.summary not in actor.roles:
            actor.roles.append(role.summary)
            actor.titles.append(title_of(ctx, role.first, role.last, role.head, affiliation_kind))

    mentions += references(ctx, mentions, cast, used, affiliation_kind)
    mentions += body_references(ctx, mentions, mention_at, cast, gazetteer, models)
    # after the references: a role phrase that refers back to someone by an office already theirs
    # (``Глава МИД`` after ``министр иностранных дел Жээнбек Кулубаев``) is a mention, not a new role
    persons = [m for m in mentions if m.kind == "name" and cast.actors[m.key].kind == "person"
               and not any(c.isdigit() for c in m.text)]  # as in ``find_roles``
    have = {(r.key, r.position, r.of_key) for r in roles}
    for role in given_roles(ctx, persons, roles, mention_at, cast, models, used):
        if (role.key, role.position, role.of_key) in have or not role.position:
            continue
        have.add((role.key, role.position, role.of_key))
        roles.append(role)
        if role.head not in used:
            # the office stands for the person named before it: it is a mention of that person too
            mentions.append(Mention(0, ctx.part_id(role.head), role.start, role.end,
                                    article.text[role.start:role.end], "PER", 0, "reference",
                                    role.first, role.last, role.key))
            used.update(range(role.first, role.last + 1))
        actor = cast.actors[role.key]
        if role.summary not in actor.roles:
            actor.roles.append(role.summary)
            actor.titles.append(title_of(ctx, role.first, role.last, role.head, affiliation_kind))
    for role, like in counterpart_roles(ctx, persons, roles, mention_at, cast, models):
        roles.append(role)
        actor = cast.actors[role.key]
        if role.summary not in actor.roles:
            actor.roles.append(role.summary)
            cls, _ = title_of(ctx, like.first, like.last, like.head, affiliation_kind)
            actor.titles.append((cls, role.of_key or None))
    return number(mentions, cast, less_fully_said(roles, cast, ctx))


def less_fully_said(roles, cast, ctx=None):
    """The roles without those that repeat an office of the same person said more fully elsewhere
    in the article: a bare ``президент`` (or ``с поста президента``) when the person is ``президент
    Франции`` too, wherever the fuller phrase stands (an office named apart is found after the
    appositions), and one said again in other words (``said_in_other_words``). The summary in
    ``actors.roles`` goes with the row unless another row has it."""
    full = {(r.key, r.position) for r in roles if r.of_key}
    again = said_in_other_words(ctx, roles) if ctx is not None else set()
    kept = [r for r in roles if (r.of_key or (r.key, r.position) not in full) and not short_form(r, roles)
            and id(r) not in again]
    for role in roles:
        actor = cast.actors[role.key]
        if role not in kept and role.summary in actor.roles and \
                not any(k.key == role.key and k.summary == role.summary for k in kept):
            index = actor.roles.index(role.summary)
            del actor.roles[index]
            del actor.titles[index]
    return kept


# Classes of ``title_classes.csv`` that a state or a body has one holder of at a time: two wordings
# of one of them for one person and one country or body are one office (not ``minister``,
# ``deputy_minister``, ``diplomat``, ``spokesperson``, ``leader`` or the bare ``head``: a country
# has many ministers and envoys, and a ``лидер`` may be of a party)
SINGLE_HOLDER_CLASSES = frozenset(("head_of_state", "head_of_government", "monarch", "mayor", "governor",
                                   "speaker", "secretary_general", "press_secretary")) | frozenset(
    row["class"] for row in lexicon.rows("title_classes")
    if row["class"].endswith("_minister") and row["class"] != "deputy_minister")
GENERIC_HEADS = frozenset(("глава", "руководитель"))  # ``глава государства``, ``глава правительства``


def said_in_other_words(ctx, roles):
    """``id``s of the roles that name again, in other words, an office the same person holds of the
    same country or body in another row: ``глава государства`` (``на пост главы государства``) for
    one who is ``президент Грузии``, ``глава правительства`` for a ``премьер-министр Израиля``,
    ``глава МИД`` for a ``министр иностранных дел`` of the same state. Such an office has one holder
    at a time (``SINGLE_HOLDER_CLASSES``), so the two wordings are one post: news vary the words
    rather than repeat a title, and the guide of the second annotation writes one fact (the first
    full wording near the name). The row kept is the one with the office's own noun (``президент``,
    not the generic ``глава``), else the first; a former office and a present one stay apart (one
    may have been president before and head of state again), as do two different countries.
    Only two wordings in one sentence are merged: an office named apart in a later sentence
    (``Глава израильского правительства заявил``) is how that sentence names the person, a mention
    of its own, which FactRuEval annotates as a fact of its own (its gold counts such a post once
    per wording; the agreement study found 5 such pairs), so it keeps its row."""
    classes = {}
    for role in roles:
        cls, _ = title_of(ctx, role.first, role.last, role.head, {})
        if cls in SINGLE_HOLDER_CLASSES and role.of_key:
            classes[id(role)] = cls
    dropped = set()
    for role in roles:
        if id(role) not in classes:
            continue
        same = [r for r in roles if r is not role and id(r) not in dropped and classes.get(id(r)) == classes[id(role)]
                and r.key == role.key and affiliation_country(r.of_key) == affiliation_country(role.of_key)
                and r.former == role.former and r.position != role.position
                and ctx.tokens[r.head].sentence_id == ctx.tokens[role.head].sentence_id]
        if not same:
            continue
        generic = ctx.tokens[role.head].lemma in GENERIC_HEADS
        other_generic = all(ctx.tokens[r.head].lemma in GENERIC_HEADS for r in same)
        if (generic and not other_generic) or (generic == other_generic and any(r.start < role.start for r in same)):
            dropped.add(id(role))
    return dropped


def short_form(role, roles):
    """Whether a role is the short form of a compound office the same person holds of the same
    body or country (or of none said), as of the same tense: ``премьер`` for ``премьер-министр``
    (``израильский премьер`` after ``премьер-министр Израиля``), ``генерал`` for ``генерал-майор``.
    News shorten a compound office to its first part when they name it again; it is one office,
    so one row, the fuller."""
    if not role.position or " " in role.position or "-" in role.position:
        return False
    return any(other.key == role.key and other.former == role.former
               and other.position.startswith(role.position + "-") and " " not in other.position
               and (not role.of_key or role.of_key == other.of_key) for other in roles)


def references(ctx, mentions, cast, used, affiliation_kind):
    """Reference mentions, resolved in text order against the persons named before them."""
    found = []
    named = sorted(((m.start, m.key) for m in mentions if cast.actors[m.key].kind == "person"))
    for index, token in enumerate(ctx.tokens):
        if ctx.kind(index) not in NARRATIVE_KINDS or index in used:
            continue
        key, first, last = None, index, index
        if role_reference(ctx, index, used):
            # the persons named before it, listed only for a role noun (few), not for every token
            before = [key for start, key in named if start < token.start]
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


# a state's ``лидер`` is its head of state when the text named one, else its head of government:
# ``Российский лидер`` after ``президент РФ X`` and ``премьер-министр РФ Y`` is X
LEADER_TIERS = ({"leader", "head_of_state", "monarch"}, {"head_of_government"})


def by_title(cast, before, cls, affiliation):
    if not cls:
        return None
    tiers = LEADER_TIERS if cls == "leader" else (REFERENCE_MATCHES.get(cls, {cls}),)
    for tier in tiers:
        keys = titled(cast, before, tier, affiliation)
        if keys:  # the first tier anyone holds decides (two heads of state: no one)
            return keys.pop() if len(keys) == 1 else None
    return None


def titled(cast, before, accepted, affiliation):
    """The persons of ``before`` holding an office of the ``accepted`` classes with this
    affiliation (any, when None)."""
    # (a body every country has counts as its country: ``глава Минфина``, the Ministry of Finance
    # of Russia, is the office ``министр финансов РФ`` named again)
    keys = {key for key in before
            if any(c in accepted and (affiliation is None or a == affiliation
                                      or affiliation_country(a) == affiliation_country(affiliation))
                   for c, a in cast.actors[key].titles)}
    return keys


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


def number(mentions, cast, roles=()):
    """Ids in text order; actors counted and ordered by first mention; roles numbered per actor
    and in text order."""
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    counts = Counter(m.key for m in mentions)
    actors = sorted(cast.actors.values(), key=lambda a: (a.first_start, a.key))
    for actor_id, actor in enumerate(actors):
        actor.actor_id = actor_id
        actor.mentions = counts[actor.key]
    for mention_id, mention in enumerate(mentions):
        mention.mention_id = mention_id
        mention.actor_id = cast.actors[mention.key].actor_id
    roles = sorted(roles, key=lambda r: (cast.actors[r.key].actor_id, r.start, r.end))
    for role_id, role in enumerate(sorted(roles, key=lambda r: (r.start, r.end, cast.actors[r.key].actor_id))):
        role.role_id = role_id
        role.actor_id = cast.actors[role.key].actor_id
        role.of_actor_id = cast.actors[role.of_key].actor_id if role.of_key in cast.actors else -1
    return mentions, actors, sorted(roles, key=lambda r: r.role_id)
