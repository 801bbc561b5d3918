"""Date expressions in an article, resolved to ISO values: ``27 ноября`` -> ``2025-11-27``,
``в минувшую пятницу`` -> the Friday before the article date, ``в течение трёх лет`` a duration.

Each row has a ``kind``: ``absolute`` (the text fixes it), ``partial`` (a calendar name without
its year), ``relative`` (counted from the article date), ``range``, ``duration`` or
``frequency``, and a ``note`` where the value needs explaining (why a weekday went back or
forward, why a value is empty).

Calendar dates are read by yargy grammars over the article's own tokens (natasha's, with their
lemmas: ``grammar.NatashaTokenizer``), after natasha's date grammar (the day, month and year bounds,
a year written with ``год``/``г.``; the months are ``months.csv``'s lemmas), extended with what wire
copy writes: ranges (``31
августа - 1 сентября``, ``16-17 сентября``, ``в 2024-2025 годах``, ``с 1 по 3 сентября``), a month
with or without a year (``в ноябре 2025 года``, ``в ноябре``) and the preposition in front (``с 1
января 2026 года``). A year word must be a form of ``год`` in its own right, so ``1000 лет``
(whose dictionary form is also ``год``) is no date; nor are ``Су-27``, ``в 2 раза`` or a phone
number.

A date without a year takes it from the article date by the parser's dateline rule: the article's
year, one year back when that would land more than 180 days after the article date; and one year
back too when it lands after the article date in a past-tense clause (``провела саммит ... 6-7
июля`` in January: last July). The article date is the date header, else the date given with an
archive row, else the dateline's date. ``годом позже``/``годом ранее`` count from the year written
last before them.

The regular expressions read each sentence in NFC (``language.nfc_with_offsets``): a month or a
relative word written with a combining character (``й`` as ``и`` + U+0306) is found, and its span
maps back to the text as written.

yargy reads only where a regular expression sees a date's shape (a day and a month name, a month
and a year, a year and ``год``, ``DD.MM.YYYY``, ``с ... по ...``): from that hint, or the
preposition just before it, to the end of the run of hints it begins, with the grammar for that
kind of hint. A sentence without a hint costs one regular expression search, and a stretch of
text read once is remembered.

Everything else (relative expressions, parts of months and years, seasons, quarters, decades,
centuries, durations, frequencies) is read by regular expressions built from the lexicons
``analysis/data/lexicon/date_words.csv`` and ``months.csv`` (see ``relative_dates``); where
candidates overlap, the longest wins (``в апреле этого года`` over ``в апреле``), and a weekday
just before its date joins it (``В понедельник 28 июня``).
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from yargy import and_, or_, rule
from yargy.predicates import dictionary, eq, gte, in_, in_caseless, is_lower, length_eq, lte
from yargy.tree.constructors import Leaf

from . import lexicon
from .grammar import Parser, yargy_tokens
from .language import nfc_with_offsets, original_span
from .parsing import resolve_dateline_date
from .token_view import TokenView

# the precision of a value, finest first; intervals (week, part_of_month, season, quarter,
# part_of_year, decade, century) have value and value_end
GRANULARITIES = ("day", "week", "part_of_month", "month", "season", "quarter", "part_of_year", "year",
                 "decade", "century")
KINDS = ("absolute", "relative", "partial", "range", "duration", "frequency")

DASHES = frozenset(lexicon.DASHES)  # punctuation.csv
# the words of date_words.csv that are no pattern: prepositions a date may start with, the forms of
# год that are a year (not лет, whose lemma is also год) and its abbreviations
PREPOSITIONS = lexicon.words("date_words", **{"class": "preposition"})
MONTH_PREPOSITIONS = lexicon.words("date_words", **{"class": "month_preposition"})
YEAR_WORDS = lexicon.words("date_words", **{"class": "year_word"})
YEAR_ABBREVIATIONS = lexicon.words("date_words", **{"class": "year_abbreviation"})
MONTHS = {word: int(number) for word, number in lexicon.mapping("months", "number").items()}

# a month's word to a regular expression: any of its case forms in months.csv (and what follows
# them in the same word: the grammar then decides)
MONTH_WORD = r"(?:%s)[а-я]*" % "|".join(lexicon.mapping("months", "pattern").values())
YEAR_NUMBER = r"(?:1\d|20|21)\d\d"
# What a date looks like to a regular expression: yargy then reads only these stretches, widened a
# little for a preposition or the other end of a range.
DATE_HINT_RE = re.compile(
    r"(?P<range>(?<![\w-])(?:с|со)\s+\d\d?(?:\s+%(month)s)?\s+(?:по|до)\s+\d\d?\s+%(month)s|"
    r"(?<![\w-])(?:с|со)\s+%(year)s(?:\s+(?:года|г\.))?\s+(?:по|до)\s+%(year)s)|"
    r"(?P<day>(?<![\w.-])\d\d?(?:\s*[%(dash)s]\s*\d\d?)?\s+%(month)s)|"
    r"(?P<month_year>(?<![\w-])%(month)s\s+%(year)s)|"
    r"(?P<year>(?<![\w.-])%(year)s(?:\s*[%(dash)s]\s*%(year)s)?\s*(?:год|гг?\.))|"
    r"(?P<numeric>(?<![\w.])\d\d?\.\d\d?\.\d{4})|"
    r"(?P<month>(?<![\w-])(?:%(month_prep)s)\s+%(month)s)"
    % {"month": MONTH_WORD, "year": YEAR_NUMBER, "dash": re.escape(lexicon.DASHES),
       "month_prep": "|".join(sorted(MONTH_PREPOSITIONS))})  # searched in lower-cased NFC text; a group per grammar
PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w-])(?:%s)\s+$" % "|".join(
    sorted(PREPOSITIONS, key=len, reverse=True)), re.IGNORECASE)
WINDOW_AFTER, WINDOW_GAP = 6, 6


# --- the calendar grammar: yargy rules over natasha's tokens -------------------------------------
# A day, a month (its lemma, as natasha's lemmatiser gives it: ``ноября`` is ``ноябрь``), a year
# of four digits from 1000 to 2100, and ``год``/``г.`` in their own right.

DAY = rule(and_(gte(1), lte(31))).named("DAY")
MONTH = rule(dictionary(set(MONTHS))).named("MONTH")
MONTH_NUMBER = rule(and_(gte(1), lte(12))).named("MONTH")
YEAR = rule(and_(gte(1000), lte(2100), length_eq(4))).named("YEAR")
YEAR_WORD = or_(rule(in_caseless(YEAR_ABBREVIATIONS), eq(".").optional()), rule(in_caseless(YEAR_WORDS)))
DASH = in_(DASHES)

DAY_MONTH = rule(DAY, MONTH)                                            # 27 ноября
FULL_DATE = rule(DAY, MONTH, YEAR, YEAR_WORD.optional())                # 14 мая 2002 года
NUMERIC_DATE = rule(DAY, eq("."), MONTH_NUMBER, eq("."), YEAR, YEAR_WORD.optional())  # 27.11.2025 г.
MONTH_YEAR = rule(MONTH, YEAR, YEAR_WORD.optional())                    # мае 2024 года
YEAR_PHRASE = rule(YEAR, YEAR_WORD)                                     # 2026 году


def side(name, *shapes):
    """One end of a range, named ``START`` or ``END``."""
    return or_(*shapes).named(name)


def after_preposition(*shapes):
    """A date with the preposition before it, if any (``с 1 января 2026 года``)."""
    return rule(in_caseless(PREPOSITIONS).optional(), or_(*shapes))


# a bare month is a date only after a preposition: в ноябре, с января, до декабря; not в Мае, a town
MONTH_ALONE = rule(in_caseless(MONTH_PREPOSITIONS), rule(and_(dictionary(set(MONTHS)), is_lower())).named("MONTH"))
# с 1 по 3 сентября, с ноября по декабрь 2010 года, с 2017 года по 2023 год
FROM_TO = rule(in_caseless({"с", "со"}),
               side("START", DAY, DAY_MONTH, FULL_DATE, YEAR, YEAR_PHRASE, MONTH, MONTH_YEAR),
               in_caseless({"по", "до"}), side("END", FULL_DATE, DAY_MONTH, YEAR_PHRASE, MONTH_YEAR))
# one grammar per kind of hint (the groups of ``DATE_HINT_RE``), so that each parse predicts only
# what can follow it
DATE_GRAMMARS = {
    "range": FROM_TO,
    # 31 августа - 1 сентября, 16-17 сентября 2021 года, 14 мая 2002 года, 27 ноября
    "day": or_(FROM_TO, after_preposition(
        rule(side("START", DAY_MONTH, FULL_DATE), DASH, side("END", FULL_DATE, DAY_MONTH)),
        rule(side("START", DAY), DASH, side("END", FULL_DATE, DAY_MONTH)),
        FULL_DATE, DAY_MONTH)),
    # в ноябре - декабре 2025 года, в мае 2024 года
    "month_year": after_preposition(rule(side("START", MONTH), DASH, side("END", MONTH_YEAR)), MONTH_YEAR),
    # в 2024-2025 годах, в 2026 году
    "year": or_(FROM_TO, after_preposition(rule(side("START", YEAR), DASH, side("END", YEAR_PHRASE)),
                                           YEAR_PHRASE)),
    "numeric": after_preposition(NUMERIC_DATE),
    # в ноябре
    "month": or_(FROM_TO, after_preposition(rule(side("START", MONTH), DASH, side("END", MONTH_YEAR)),
                                            MONTH_YEAR), MONTH_ALONE),
}


def build_grammar():
    """The calendar grammars, ``{kind of hint: rule}`` (``DATE_GRAMMARS``)."""
    return dict(DATE_GRAMMARS)


@dataclass
class DateSpan:
    date_id: int
    start: int
    end: int
    text: str
    value: str = ""
    value_end: str = ""
    granularity: str = ""
    kind: str = ""
    note: str = ""


@lru_cache(maxsize=1)
def date_parsers():
    """The yargy parsers of the date grammars (``DATE_GRAMMARS``) over natasha's tokens, one per
    kind of hint, built once per process."""
    return {kind: Parser(grammar) for kind, grammar in DATE_GRAMMARS.items()}


READ_CACHE_SIZE = 20_000


@lru_cache(maxsize=1)
def date_reader():
    """``read(kind, tokens)``: ``((start, stop), {side: (year, month, day)})`` of the date that
    ``tokens`` (natasha's) start with, read with the grammar for its kind of hint, or None; start
    and stop are article offsets. Remembered by the words, their lemmas and their spacing (the
    date grammars read no grammemes): wire copy repeats its dates (``в 2026 году``, ``27
    ноября``), and a remembered one is neither converted for yargy nor parsed again."""
    parsers = date_parsers()
    cache = {}

    def read(kind, tokens):
        if not tokens:
            return None
        base = tokens[0].start
        key = (kind,) + tuple((t.text, t.lemma, t.start - base, t.end - base) for t in tokens)
        if key not in cache:
            if len(cache) >= READ_CACHE_SIZE:
                cache.clear()
            match = parsers[kind].prefix(yargy_tokens(tokens))
            if match is None:
                cache[key] = None
            else:
                sides = named_parts(match.tree.root)
                cache[key] = (match.span.start - base, match.span.stop - base), \
                    {side: read_side(found) for side, found in sides.items()}
        found = cache[key]
        if found is None:
            return None
        (start, stop), sides = found
        return (base + start, base + stop), sides

    return read


def anchors(text, hint):
    """Where a date may start for a hint: at the preposition before it, else at the hint."""
    before = PREPOSITION_BEFORE_RE.search(text, max(0, hint.start() - 8), hint.start())
    return ([before.start()] if before else []) + [hint.start()]


def chain_ends(hints):
    """For each hint, the end of the run of hints it begins (``31 августа`` - ``1 сентября``
    ``2025 года``: one run), so that a date is read whole."""
    ends = [hint.end() for hint in hints]
    for i in range(len(hints) - 2, -1, -1):
        if hints[i + 1].start() - hints[i].end() <= WINDOW_GAP:
            ends[i] = ends[i + 1]
    return ends


def window_end(text, end):
    end = min(len(text), end + WINDOW_AFTER)
    while end < len(text) and not text[end].isspace():
        end += 1
    return end


def named_parts(node, name=None, found=None):
    """``{side: {DAY|MONTH|YEAR: token}}`` of a match tree; side is START, END or None."""
    if found is None:
        found = {}
    if isinstance(node, Leaf):
        return found
    label = node.label
    if label in ("START", "END"):
        name = label
    elif label in ("DAY", "MONTH", "YEAR"):
        found.setdefault(name, {})[label] = node.children[0].token
        return found
    for child in node.children:
        named_parts(child, name, found)
    return found


def month_of(token):
    if token.type == "INT":
        return int(token.value)
    for form in token.forms:
        if form.normalized in MONTHS:
            return MONTHS[form.normalized]
    return None


def read_side(tokens):
    day = int(tokens["DAY"].value) if "DAY" in tokens else None
    month = month_of(tokens["MONTH"]) if "MONTH" in tokens else None
    year = int(tokens["YEAR"].value) if "YEAR" in tokens else None
    return year, month, day


def resolve_year(month, day, article_date):
    """The year of a day or month written without one, by the parser's dateline rule."""
    if article_date is None:
        return None
    resolved = resolve_dateline_date(day or 1, month, article_date, [])
    return int(resolved[:4]) if resolved else None


def iso(year, month, day):
    if year is None:
        return ""
    if month is None:
        return "%04d" % year
    if day is None:
        return "%04d-%02d" % (year, month)
    return "%04d-%02d-%02d" % (year, month, day)


def valid(year, month, day):
    if year is None or month is None or day is None:
        return True
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(sides, article_date):
    """``(value, value_end, granularity)`` of a date's ``{side: (year, month, day)}``, or None
    when it is no calendar date."""
    if None in sides:
        year, month, day = sides[None]
        end = None
    else:
        year, month, day = sides.get("START", (None, None, None))
        end_year, end_month, end_day = sides.get("END", (None, None, None))
        # the start borrows what it leaves out from the end: 16-17 сентября, 31 августа - 1 сентября
        if day is not None and month is None:
            month = end_month
        if year is None and end_year is not None and month is not None:
            year = end_year - (1 if (month, day or 1) > (end_month or 12, end_day or 31) else 0)
        if end_year is None and end_month is not None:
            end_year = resolve_year(end_month, end_day, article_date)
            if year is None and end_year is not None and month is not None:
                year = end_year - (1 if (month, day or 1) > (end_month, end_day or 31) else 0)
        end = (end_year, end_month, end_day)
    if year is None and month is not None:
        year = resolve_year(month, day, article_date)
    granularity = "day" if day is not None else "month" if month is not None else "year"
    if not valid(year, month, day) or (end and not valid(*end)):
        return None
    return iso(year, month, day), iso(*end) if end else "", granularity


def parse_article_date(value):
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def year_written(sides):
    """Whether the text wrote a year on some side of a date (``28 июня`` did not)."""
    return any(year is not None for year, _, _ in sides.values())


def calendar_kind(sides, value_end):
    if value_end:
        return "range"
    return "absolute" if year_written(sides) else "partial"


class SentenceText:
    """A sentence as the date rules read it: its text in NFC, so that a month written with a
    combining character (``й`` as ``и`` + U+0306) is the month to every regular expression; the
    map from those offsets to the article's; and its tokens, through the article's token view."""

    def __init__(self, sentence, view):
        self.sentence_id, self.start, self.end = sentence.sentence_id, sentence.start, sentence.end
        self.text, self.offsets = nfc_with_offsets(sentence.text)
        self.view = view
        self.tokens = view.sentence_tokens[sentence.sentence_id]
        self._local = None

    def offset(self, i):
        """The article offset of offset ``i`` of the NFC text (a start: the cluster's start)."""
        if self.offsets is None:
            return self.start + i
        return self.start + self.offsets[i]

    def span(self, start, end):
        """The article span of ``[start, end)`` of the NFC text."""
        start, end = original_span(self.offsets, start, end)
        return self.start + start, self.start + end

    def local(self, offset):
        """The offset in the NFC text of an article offset (inside a composed cluster: its end)."""
        if self.offsets is None:
            return offset - self.start
        if self._local is None:
            self._local = to_composed(self.offsets, self.end - self.start)
        return self._local(offset - self.start)


def to_composed(offsets, length):
    """Offsets of a text to offsets of its NFC form (``language.nfc_with_offsets``): a position
    inside a decomposed cluster (``и`` + U+0306) goes to the composed character's end."""
    table = [None] * (length + 1)
    for composed, original in enumerate(offsets):
        if table[original] is None:
            table[original] = composed
    for position in range(length - 1, -1, -1):
        if table[position] is None:
            table[position] = table[position + 1]
    return table.__getitem__


def calendar_dates(s, read, article_date):
    """The calendar dates of a sentence (``SentenceText``) read by the yargy grammars over its
    natasha tokens, as candidates with offsets into its NFC text."""
    candidates = []
    hints = list(DATE_HINT_RE.finditer(s.text.lower()))
    done = 0  # a hint inside a date already read (the end of a range) is not read again
    for hint, chain_end in zip(hints, chain_ends(hints)):
        if hint.start() < done:
            continue
        for anchor in anchors(s.text, hint):
            tokens = s.view.within(*s.span(anchor, window_end(s.text, chain_end)))
            date = read(hint.lastgroup, tokens)
            if date is None:
                continue
            (start, stop), sides = date
            start, done = s.local(start), s.local(stop)
            resolved = resolve(sides, article_date)
            if resolved is not None:  # else no calendar date: 30 февраля
                value, value_end, granularity = resolved
                note = "" if value else NO_DATE_NOTE
                if value and not year_written(sides):
                    value, value_end, note = past_event_year(s, *date[0], value, value_end,
                                                             article_date, note)
                candidates.append(Candidate(start, done, value, value_end, granularity,
                                            calendar_kind(sides, value_end), note,
                                            year_written(sides)))
            break
    return candidates


def past_event_year(s, start, end, value, value_end, article_date, note):
    """A day or month written without its year in a past-tense clause (``провела саммит ... 6-7
    июля``) cannot lie after the article date: what happened is over, so such a date is the year
    before the article's, even where the dateline rule (which looks only at the distance, 180
    days) gives the article's own year. A date in the present or future tense keeps the rule's
    year. ``start``/``end`` are the date's article offsets."""
    if article_date is not None and value and value[:10] < article_date.isoformat()[:len(value[:10])] \
            and event_tense(s, start, end) == "Fut":
        # ``саммит пройдет в Нью-Дели в сентябре`` (written in February): what is still to come
        # cannot lie before the article date, so it is the year after (the mirror of the past rule)
        ahead = [("%04d%s" % (int(v[:4]) + 1, v[4:]) if v else v) for v in (value, value_end)]
        if all(valid(*(int(part) for part in v.split("-"))) for v in ahead if len(v) == 10):
            return ahead[0], ahead[1], "future tense: a date before the article date is the year after"
        return value, value_end, note
    if article_date is None or value[:10] <= article_date.isoformat()[:len(value[:10])]:
        return value, value_end, note
    if event_tense(s, start, end) != "Past":
        return value, value_end, note
    back = [("%04d%s" % (int(v[:4]) - 1, v[4:]) if v else v) for v in (value, value_end)]
    if not all(valid(*(int(part) for part in v.split("-"))) for v in back if len(v) == 10):
        return value, value_end, note  # 29 февраля has no day the year before
    return back[0], back[1], "past tense: a date after the article date is the year before"


# verbs whose infinitive complement is still to come (``планирует провести в сентябре``)
PLANNING_VERBS = lexicon.words("date_words", **{"class": "planning_verb"})


# verbs of putting an event in the calendar (``запланирован``, ``намечен``, ``назначен на``): with
# ``на`` + date, the date is the event's, not the scheduling's
SCHEDULING_VERBS = lexicon.words("date_words", **{"class": "scheduling_verb"})


def scheduled_for(sentence, inside):
    """Whether the date's words are introduced by ``на`` (``на 21 декабря``): the target date of a
    scheduling verb, not the day the scheduling was done (``назначен министром 15 февраля``)."""
    first = inside[0]
    if first.text.lower() == "на":
        return True
    before = sentence.view.token_before(first.start)
    return before is not None and before.sentence_id == first.sentence_id and before.text.lower() == "на"


def event_tense(sentence, start, end):
    """The tense of the event a date belongs to: up the syntax tree from the date's first word to
    the first verb form. A finite verb gives its own tense; a participle the tense of its
    auxiliary (``будут переведены``: future; ``был подписан``: past), else the past (``прошедшего
    6-7 июля``, ``подписан 6 июля``: done). None when no verb governs the date."""
    inside = tokens_at(sentence, start, end)
    if not inside:
        return None
    view, node, seen = sentence.view, inside[0], set()
    while node is not None and node.token_id not in seen:
        seen.add(node.token_id)
        if node.pos in ("VERB", "AUX"):
            form = node.feats.get("VerbForm")
            if form == "Fin":
                return node.feats.get("Tense")
            if form == "Part":
                auxiliaries = [t for t in sentence.tokens if t.pos == "AUX" and view.head(t.token_id) == node.token_id]
                if auxiliaries:
                    return auxiliaries[0].feats.get("Tense")
                if node.lemma in SCHEDULING_VERBS and scheduled_for(sentence, inside):
                    # ``саммит запланирован на 21 декабря``: the participle states what stands in
                    # the calendar now, and the date after ``на`` is the event's, still to come;
                    # a full participle (``намеченный на 21 декабря саммит``) may sit in a
                    # clause about the past (``перенесли``), so it claims no tense
                    return "Fut" if node.feats.get("Variant") == "Short" else None
                return "Past"
            if form == "Inf" and node.lemma in PLANNING_VERBS:
                return "Fut"
            if form == "Inf":  # ``планирует провести в сентябре``: the verb it depends on
                head = view.head(node.token_id)
                if head is not None and view.tokens[head].lemma in PLANNING_VERBS:
                    return "Fut"
            return None  # an infinitive, a gerund: no tense of its own
        head = view.head(node.token_id)
        node = view.tokens[head] if head is not None and view.tokens[head].sentence_id == node.sentence_id else None
    return None


def find_dates(article, models=None):
    """Every date expression in the article's sentences (all parts but the date header), in text
    order, as ``DateSpan`` rows with offsets into ``article.text``: calendar dates read by the
    yargy grammar over natasha's tokens (``article.view``), and the expressions of
    ``relative_dates`` (relative ones resolved against the article date, parts of months and
    years, seasons, quarters, decades, durations, frequencies). ``models`` is not needed: the
    tokens come analysed. Without the view step (``analysis.analyse`` then ``find_dates``, as the
    dates bench runs it) the view is built here."""
    view = article.view if article.view is not None else TokenView(article)
    read = date_reader()
    article_date = parse_article_date(article.date) or parse_article_date(article.dateline_date)
    text = article.text
    context = Context(article_date)
    found = []
    for sentence in article.sentences:
        s = SentenceText(sentence, view)
        candidates = calendar_dates(s, read, article_date)
        candidates += relative_dates(s, s.tokens, context)
        for c in select(join_weekdays(s.text, candidates)):
            start, end = s.span(c.start, c.end)
            found.append(DateSpan(len(found), start, end, text[start:end], c.value, c.value_end,
                                  c.granularity, c.kind, c.note))
            if c.year_written and c.value:
                context.last_year = int(c.value[:4])
    return found


# --- expressions beyond calendar dates ------------------------------------------------------------
# Relative expressions (сегодня, в минувшую пятницу, на прошлой неделе, в этом году, два года
# назад), parts of months and years (в начале февраля, в конце 2005 года), seasons, quarters and
# halves, decades and centuries, durations (три года, в течение двух лет) and frequencies
# (ежегодно, раз в месяц, 100 тысяч в год). The words are data (``analysis/data/lexicon/
# date_words.csv`` and ``months.csv``); the shapes are regular expressions over the lower-cased
# sentence, each match checked against the sentence's tokens where a word alone is ambiguous.

NO_DATE_NOTE = "no article date: the year is unknown"
NO_DATE_RELATIVE = "no article date: a relative expression is left unresolved"
PART_DAYS = {1: (1, 10), 2: (11, 20), 3: (21, None)}  # начало, середина, конец of a month
PART_MONTHS = {1: (1, 4), 2: (5, 8), 3: (9, 12)}     # ... of a year
PAST_DEICTIC, FUTURE_DEICTIC = -1, 1
# words before a count that make it an age (``в возрасте 50 лет``), and words between a count and
# what it counts that do not change the reading (``почти три года``): date_words.csv
AGE_WORDS = lexicon.words("date_words", **{"class": "age_word"})
QUANTIFIERS = lexicon.words("date_words", **{"class": "quantifier"})
YEAR_NUMBER_RE = r"(?:1\d|20|21)\d\d"
B, E = r"(?<![\w-])", r"(?![\w-])"


@dataclass
class Candidate:
    start: int  # offsets in the sentence
    end: int
    value: str
    value_end: str
    granularity: str
    kind: str
    note: str = ""
    year_written: bool = False
    weekday: bool = False


class Context:
    """What a date in a sentence needs from the text around it: the article date, and the year
    last written (``до ноября того же года``)."""

    def __init__(self, article_date):
        self.date = article_date
        self.last_year = None


def alternation(patterns):
    return "(?:%s)" % "|".join(sorted(patterns, key=len, reverse=True))


def lexicon_tables():
    """The two lexicons the rules read; ``lexicon`` caches them, so the same objects come back
    until the user's folders or ``lexicon.clear_cache()`` change them."""
    return lexicon.table("date_words"), lexicon.table("months")


_derived = {}


def derived(name, build):
    """``build(date_words, months)``, remembered while the lexicons are the same objects."""
    tables = lexicon_tables()
    key = (name, id(tables[0]), id(tables[1]))
    if key not in _derived:
        if len(_derived) > 16:
            _derived.clear()
        _derived[key] = (tables, build(*tables))  # the tables kept so their ids stay theirs
    return _derived[key][1]


def _group(date_words, months):
    by_class = {}
    for row in date_words[1]:
        by_class.setdefault(row["class"], []).append(row)
    return by_class, months[1]


def words():
    """``({class: rows}, month rows)`` of the date lexicons."""
    return derived("words", _group)


def word_row(cls, form):
    """The lexicon row of class ``cls`` whose pattern matches ``form`` whole."""
    for row in words()[0].get(cls, ()):
        if re.fullmatch(row["pattern"], form):
            return row
    raise KeyError((cls, form))


def month_number(form):
    for row in words()[1]:
        if re.fullmatch(row["pattern"], form):
            return int(row["number"])
    raise KeyError(form)


def number_of(form):
    """A count written in digits or words; None for a vague count (несколько)."""
    if form.isdigit():
        return int(form)
    value = word_row("number", form)["value"]
    return float(value) if "." in value else int(value) if value else None


def _patterns(date_words, months):
    by_class, month_rows = _group(date_words, months)

    def cls(name):
        return alternation(row["pattern"] for row in by_class.get(name, ()))

    w = {name: cls(name) for name in by_class}
    w["month"] = alternation(row["pattern"] for row in month_rows)
    w["num"] = r"(?:\d{1,4}|%s)" % w["number"]
    w["year"] = YEAR_NUMBER_RE
    w["B"], w["E"] = B, E
    w["spec"] = (r"(?:(?P<year>%(year)s)(?:\s*(?:года|году|год|г\.)|-(?:го|м|й|ом))?|(?P<sdeictic>%(deictic)s)\s+года"
                 r"|(?P<same>того\s+же)\s+года)" % w)
    w["prep"] = r"(?:(?P<prep>в|во|с|со|до|к|ко|по|от|на|после|за)\s+)"
    return {
        "day_offset": r"%(B)s(?P<w>%(day_offset)s)%(E)s" % w,
        "weekday": r"%(B)s(?:(?P<prep>в|во|на|с|со|до|к|ко|по)\s+)?(?:(?P<deictic>%(deictic)s)\s+)?"
                   r"(?P<w>%(weekday)s)%(E)s" % w,
        "weekend": r"%(B)s(?:(?:в|во|на|за)\s+)?(?P<deictic>%(deictic)s)\s+%(weekend)s%(E)s" % w,
        "deictic_unit": r"%(B)s%(prep)s?(?P<deictic>%(deictic)s)\s+(?P<unit>%(unit)s)%(E)s" % w,
        "ago": r"%(B)s(?:(?P<num>%(num)s)\s+)?(?P<unit>%(unit)s)\s+назад%(E)s" % w,
        "later": r"%(B)sчерез\s+(?:(?P<num>%(num)s)\s+)?(?P<unit>%(unit)s)%(E)s(?!\s+(?:после|спустя))" % w,
        "year_after": r"%(B)s(?:(?P<unit>годом)\s+(?P<dir>позже|позднее|ранее|раньше)|(?P<spun>год)\s+спустя"
                      r"|спустя\s+(?P<num>%(num)s)\s+(?:года|лет)|(?P<num2>%(num)s)\s+(?:года|лет)\s+спустя)%(E)s" % w,
        # ``в 2002-м``, ``с 2015-го``, ``в октябре 2024-го``: a year written with the case ending of
        # the elided ``год`` (after a preposition or a month, so a bare ``2002-м`` in a list of
        # figures is not read)
        "elided_year": r"%(B)s(?:%(prep)s(?:(?P<month>%(month)s)\s+)?|(?P<month2>%(month)s)\s+)(?P<year>%(year)s)"
                       r"-(?:го|м|й|ом|ому)%(E)s" % w,
        # ``на ноябрьской сессии``, ``июньского саммита``: the month's adjective dates the noun it
        # qualifies by that month (the year as for a month written alone); checked lower case
        # (only before the noun of a meeting, date_words.csv's ``dated_event`` rows: ``ноябрьских
        # выборов`` or ``майские праздники`` name no date a reader would look up)
        "month_adjective": r"%(B)s(?P<madj>%(month_adjective)s)(?=\s+(?:%(dated_event)s)%(E)s)" % w,
        "nearest_days": r"%(B)s(?:(?:в|на|за)\s+)?(?P<which>ближайшие|последние)\s+дни%(E)s" % w,
        "part_of_month": r"%(B)s%(prep)s?(?P<part>%(part)s)\s+(?P<month>%(month)s)(?:\s+%(spec)s)?%(E)s" % w,
        "part_of_year": r"%(B)s%(prep)s?(?P<part>%(part)s)\s+(?:(?P<year>%(year)s)\s*(?:года|году|г\.)"
                        r"|(?:(?P<sdeictic>%(deictic)s)\s+)?года)%(E)s" % w,
        "season": r"%(B)s%(prep)s?(?P<season>%(season)s)(?:\s+%(spec)s)?%(E)s" % w,
        "quarter": r"%(B)s%(prep)s?(?P<ordinal>%(ordinal)s)\s+(?P<unit>квартал\w*|полугоди\w*|половин\w*)"
                   r"(?:\s+%(spec)s)?%(E)s" % w,
        # (round 13: also with its day or days, ``1 марта прошлого года``, ``15-16 мая прошлого
        # года``, a month range, ``в январе-марте прошлого года``, or a day range, ``с 1 января по
        # 31 марта прошлого года``: the year phrase dates the whole of it)
        "month_spec": r"%(B)s(?:(?:с|со)\s+(?P<fday>\d{1,2})\s+(?P<fmonth>%(month)s)\s+по\s+|%(prep)s)?"
                      r"(?:(?P<day>\d{1,2})(?:\s*[-–—]\s*(?P<day2>\d{1,2}))?\s+)?"
                      r"(?:(?P<month0>%(month)s)\s*[-–—]\s*)?"
                      r"(?P<month>%(month)s)\s+(?:(?P<sdeictic>%(deictic)s)\s+года"
                      r"|(?P<same>того\s+же)\s+года)%(E)s" % w,
        "decade": r"%(B)s%(prep)s?(?:(?P<part>%(part)s)\s+)?(?P<decade>(?:1[0-9]|20)?[0-9]0)-?"
                  r"(?:е|х|ые|ых|ым|ми)(?:\s+год\w*)?(?:\s+(?P<cdeictic>%(deictic)s)\s+века)?%(E)s" % w,
        "century": r"%(B)s(?:(?:в|во|с|со|до|к|ко|от|на)\s+)?(?P<roman>[ivxl]+|\d{1,2})\s+(?:век\w*|в\.)"
                   % w,
        "duration": r"%(B)s(?:(?P<prep>в\s+течени[еи]|на\s+протяжении|за|на|через|около|до|свыше)\s+)?"
                    r"(?:(?P<mod>(?:первы|последни|ближайши|следующи|прошлы|минувши)[ех])\s+)?"
                    r"(?P<num>%(num)s)\s+(?P<unit>%(unit)s)%(E)s" % w,
        "bare_duration": r"%(B)s(?P<prep>за|через|в\s+течение|на\s+протяжении)\s+"
                         r"(?P<unit>неделю|месяц|год|сутки|полгода|квартал)%(E)s" % w,
        "frequency_word": r"%(B)s(?P<w>%(frequency)s)%(E)s" % w,
        "times_per": r"%(B)s(?:(?P<num>%(num)s)\s+)?раза?\s+в\s+(?P<unit>год|месяц|неделю|день|сутки|квартал)%(E)s" % w,
        "every": r"%(B)s(?P<every>%(every)s)\s+(?P<unit>%(unit)s|%(season)s)(?:\s+и\s+(?:%(unit)s|%(season)s))?%(E)s" % w,
        "per": r"%(B)sв\s+(?P<unit>год|месяц|неделю|сутки|день)(?=\s*[.,;:!?)]|\s*$|\s+(?:и|а|но)%(E)s)" % w,
    }


def compiled():
    """The compiled shapes, ``{reader name: regular expression}``."""
    return derived("patterns", lambda *tables: {name: re.compile(p) for name, p in _patterns(*tables).items()})


def iso_day(day):
    return day.isoformat()


def add_months(year, month, n):
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def last_day(year, month):
    year, month = add_months(year, month, 1)
    return (dt.date(year, month, 1) - dt.timedelta(days=1)).day


def tokens_at(sentence, start, end):
    """The sentence's tokens that overlap ``[start, end)`` (article offsets)."""
    view = sentence.view
    before = view.token_before(start)
    i = before.token_id + 1 if before is not None else 0
    found = []
    while i < len(view.tokens) and view.tokens[i].start < end:
        token = view.tokens[i]
        if token.sentence_id == sentence.sentence_id and start < token.end:
            found.append(token)
        i += 1
    return found


def token_after(sentence, end):
    """The sentence's first token that starts at or after ``end``, or None."""
    return next(iter(sentence.view.tokens_in(end, sentence.end)), None)


def tokens_before(sentence, start):
    """The sentence's tokens that end at or before ``start``."""
    return sentence.view.within(sentence.start, start)


def clause_tense(sentence, start, end):
    """``Past``, ``Fut`` or ``Pres`` of the verb the expression depends on: up the syntax tree
    from its first word to the first word with a tense (an infinitive: future, ``будет`` +
    infinitive, ``должен`` + infinitive); else the nearest word with a tense in the sentence."""
    inside = tokens_at(sentence, start, end)
    if not inside:
        return None
    view, tokens = sentence.view, sentence.tokens
    node, seen = inside[0], set()
    while node is not None and node.token_id not in seen:
        seen.add(node.token_id)
        tense = node.feats.get("Tense")
        if tense:
            return tense
        if node.pos in ("VERB", "AUX") and node.feats.get("VerbForm") == "Inf":
            return "Fut"
        head = view.head(node.token_id)
        node = view.tokens[head] if head is not None and view.tokens[head].sentence_id == node.sentence_id else None
    tensed = [t for t in tokens if t.feats.get("Tense")]
    if not tensed:
        return None
    middle = (start + end) / 2
    return min(tensed, key=lambda t: abs((t.start + t.end) / 2 - middle)).feats["Tense"]


def resolve_partial_year(month, day, context):
    """The year of a month (and day) written without one: the article's, one back when that
    lands over 180 days after the article date (the dateline rule)."""
    return resolve_year(month, day, context.date)


def spec_year(m, context):
    """``(year, kind, note)`` of a phrase's year: written (``2010 года``), deictic (``этого года``),
    the year last written (``того же года``), else None (the caller resolves a partial date)."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"]), "absolute", ""
    if groups.get("sdeictic"):
        offset = int(word_row("deictic", groups["sdeictic"])["value"])
        if context.date is None:
            return 0, "relative", NO_DATE_RELATIVE
        return context.date.year + offset, "relative", ""
    if groups.get("same"):
        # (round 13: ``в 2002 году ..., а устав подписали 7 октября того же года``: a year written
        # earlier in the same sentence, which the context learns only after the sentence)
        before = WRITTEN_YEAR_RE.findall(m.string[:m.start()].lower())
        if before:
            return int(before[-1]), "absolute", "the year written last before it"
        if context.last_year is None:
            return 0, "absolute", "the year it refers back to is not written before"
        return context.last_year, "absolute", "the year written last before it"
    return None


def year_for(m, month, context):
    """Year, kind and note of a month, season or part phrase, with or without its year."""
    spec = spec_year(m, context)
    if spec is not None:
        return spec
    year = resolve_partial_year(month, None, context)
    if year is None:
        return 0, "partial", NO_DATE_NOTE
    return year, "partial", ""


def relative_dates(sentence, tokens, context):
    """The candidates of one sentence (``SentenceText``) beyond calendar dates; offsets into its
    NFC text."""
    text = sentence.text.lower()
    out = []
    for name, pattern in compiled().items():
        for m in pattern.finditer(text):
            found = READERS[name](m, sentence, tokens, context)
            if found is not None:
                found.start, found.end = m.start(), m.end()
                out.append(found)
    return out


def shift(sentence, tokens, m):
    return sentence.span(m.start(), m.end())


RESTATED_YEAR_RE = re.compile(r"\s*,\s*(?:в\s+)?(%s)\s*(?:год|г\.)" % YEAR_NUMBER_RE)
WRITTEN_YEAR_RE = re.compile(r"(?<!\d)(%s)(?:\s*(?:год|г\.)|-(?:го|м|й|ом)\b)" % YEAR_NUMBER_RE)  # 2024 году, 2024-м


def read_year_after(m, sentence, tokens, context):
    """``годом позже`` / ``годом ранее`` / ``год спустя``: the year after (or before) the year
    written last before it, in the same sentence (``В 2023 году в организацию вступил Иран, а
    годом позже — Белоруссия``: 2024) or an earlier one; empty, with a note, when none was."""
    restated = RESTATED_YEAR_RE.match(sentence.text[m.end():].lower())
    if restated:  # ``годом ранее, в 2023 году``: the year written right after restates it
        return Candidate(0, 0, restated.group(1), "", "year", "relative", "the year written right after it")
    before = WRITTEN_YEAR_RE.findall(sentence.text[:m.start()].lower())
    year = int(before[-1]) if before else context.last_year
    if year is None:
        return Candidate(0, 0, "", "", "year", "relative", "the year it counts from is not written before")
    step = -1 if m.group("dir") in ("ранее", "раньше") else 1
    count = m.group("num") or m.group("num2")
    if count:  # ``спустя шесть лет``: that many years after
        step = number_of(count)
        if not isinstance(step, int) or step <= 0:
            return None
    return Candidate(0, 0, "%04d" % (year + step), "", "year", "relative",
                     "%s %d, the year written last before it"
                     % ("a year before" if step < 0 else "a year after" if step == 1 else "%d years after" % step, year))


def read_elided_year(m, sentence, tokens, context):
    """``в 2002-м``, ``с 2015-го``, ``в октябре 2024-го``: the year (the month's, if one is written)."""
    year = int(m.group("year"))
    month = m.group("month") or m.group("month2")
    if month:
        return Candidate(0, 0, iso(year, month_number(month), None), "", "month", "absolute", "", year_written=True)
    return Candidate(0, 0, "%04d" % year, "", "year", "absolute", "", year_written=True)


def read_month_adjective(m, sentence, tokens, context):
    """``ноябрьской сессии``: a month, its year by the dateline rule; a capitalised adjective is a
    name's (``Октябрьская революция``), no date."""
    if not sentence.text[m.start():m.start() + 1].islower():
        return None
    month = int(word_row("month_adjective", m.group("madj"))["value"])
    year, kind, note = year_for(m, month, context)
    if not year:
        return Candidate(0, 0, "", "", "month", kind, note)
    return Candidate(0, 0, iso(year, month, None), "", "month", kind, note)


def read_day_offset(m, sentence, tokens, context):
    word = m.group("w")
    if word == "накануне":
        nxt = token_after(sentence, sentence.offset(m.end()))
        # накануне визита: a preposition before its noun in the genitive, the date is the event's
        if nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON") \
                and nxt.feats.get("Case") == "Gen":
            return None
    offset = int(word_row("day_offset", word)["value"])
    if context.date is None:
        return Candidate(0, 0, "", "", "day", "relative", NO_DATE_RELATIVE)
    return Candidate(0, 0, iso_day(context.date + dt.timedelta(days=offset)), "", "day", "relative")


def read_weekday(m, sentence, tokens, context):
    if not m.group("prep") and not m.group("deictic"):
        return None  # a bare weekday is a subject or a name (Понедельник стал...), rarely a date
    weekday = int(word_row("weekday", m.group("w"))["value"])
    start, end = shift(sentence, tokens, m)
    if m.group("deictic"):
        offset = int(word_row("deictic", m.group("deictic"))["value"])
        direction = "past" if offset < 0 else "future" if offset > 0 else "this week"
        why = "'%s'" % m.group("deictic")
    else:
        tense = clause_tense(sentence, start, end)
        direction = "past" if tense == "Past" else "future"
        why = {"Past": "past tense", "Fut": "future tense", "Pres": "present tense"}.get(tense, "no tensed verb")
    why += {"past": ": the last such weekday on or before the article date",
            "future": ": the first such weekday on or after the article date",
            "this week": ": that weekday of the article date's week"}[direction]
    if context.date is None:
        return Candidate(0, 0, "", "", "day", "relative", NO_DATE_RELATIVE, weekday=True)
    d = context.date
    if direction == "past":
        day = d - dt.timedelta(days=(d.weekday() - weekday) % 7)
    elif direction == "future":
        day = d + dt.timedelta(days=(weekday - d.weekday()) % 7)
    else:
        day = d - dt.timedelta(days=d.weekday() - weekday)
    return Candidate(0, 0, iso_day(day), "", "day", "relative", why, weekday=True)


def read_weekend(m, sentence, tokens, context):
    offset = int(word_row("deictic", m.group("deictic"))["value"])
    if context.date is None:
        return Candidate(0, 0, "", "", "week", "relative", NO_DATE_RELATIVE)
    d = context.date
    if offset < 0:  # the last weekend that ended before the article date
        sunday = d - dt.timedelta(days=(d.weekday() - 6) % 7 or 7)
    else:  # this or the coming weekend
        sunday = d + dt.timedelta(days=(6 - d.weekday()) % 7 + 7 * max(0, offset - 1))
    return Candidate(0, 0, iso_day(sunday - dt.timedelta(days=1)), iso_day(sunday), "week", "relative")


def unit_of(form):
    return word_row("unit", form)["value"]


def offset_value(unit, d, n):
    """``(value, value_end, granularity)`` of the unit ``n`` units from the one holding ``d``."""
    if unit == "day":
        return iso_day(d + dt.timedelta(days=n)), "", "day"
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=n)
        return iso_day(monday), iso_day(monday + dt.timedelta(days=6)), "week"
    if unit == "month":
        return iso(*add_months(d.year, d.month, n), None), "", "month"
    if unit == "quarter":
        year, month = add_months(d.year, (d.month - 1) // 3 * 3 + 1, 3 * n)
        return iso(year, month, None), iso(*add_months(year, month, 2), None), "quarter"
    if unit == "year":
        return "%04d" % (d.year + n), "", "year"
    if unit == "decade":
        first = (d.year // 10 + n) * 10
        return "%04d" % first, "%04d" % (first + 9), "decade"
    if unit == "century":
        century = (d.year - 1) // 100 + 1 + n
        return "%04d" % ((century - 1) * 100 + 1), "%04d" % (century * 100), "century"
    return None


def read_deictic_unit(m, sentence, tokens, context):
    unit = unit_of(m.group("unit"))
    if unit in ("day", "half") or m.group("unit") == "лет" or m.group("deictic").endswith(("и", "е", "х")):
        # в этот день, за эти годы, в прошлые годы: a day or years another date of the text
        # names, or a vague stretch; a deictic word in the plural ends in -и, -е or -х
        return None
    offset = int(word_row("deictic", m.group("deictic"))["value"])
    if context.date is None:
        return Candidate(0, 0, "", "", unit, "relative", NO_DATE_RELATIVE)
    value, value_end, granularity = offset_value(unit, context.date, offset)
    return Candidate(0, 0, value, value_end, granularity, "relative")


def count(m):
    """The count of a ``num`` group: 1 when absent (через месяц), None when vague (несколько)."""
    return number_of(m.group("num")) if m.group("num") else 1


def read_ago(m, sentence, tokens, context, sign=-1):
    unit = unit_of(m.group("unit"))
    n = count(m)
    granularity = "day" if unit == "week" else unit
    if n is None or isinstance(n, float) or unit not in ("day", "week", "month", "year", "decade", "century"):
        return Candidate(0, 0, "", "", granularity, "relative", "vague count: not resolved")
    if context.date is None:
        return Candidate(0, 0, "", "", granularity, "relative", NO_DATE_RELATIVE)
    if unit == "week":
        unit, n = "day", 7 * n
    value, value_end, granularity = offset_value(unit, context.date, sign * n)
    return Candidate(0, 0, value, value_end, granularity, "relative")


def read_later(m, sentence, tokens, context):
    return read_ago(m, sentence, tokens, context, sign=1)


def read_nearest_days(m, sentence, tokens, context):
    if context.date is None:
        return Candidate(0, 0, "", "", "day", "relative", NO_DATE_RELATIVE)
    d = context.date
    if m.group("which") == "ближайшие":
        first, last = d + dt.timedelta(days=1), d + dt.timedelta(days=7)
    else:
        first, last = d - dt.timedelta(days=7), d - dt.timedelta(days=1)
    return Candidate(0, 0, iso_day(first), iso_day(last), "day", "relative", "a week taken for 'days'")


def part_number(m):
    return int(word_row("part", m.group("part"))["value"])


def read_part_of_month(m, sentence, tokens, context):
    month = month_number(m.group("month"))
    year, kind, note = year_for(m, month, context)
    if not year:
        return Candidate(0, 0, "", "", "part_of_month", kind, note, kind == "absolute")
    first, last = PART_DAYS[part_number(m)]
    last = last or last_day(year, month)
    return Candidate(0, 0, iso(year, month, first), iso(year, month, last), "part_of_month", kind, note,
                     kind == "absolute" and not note)


def read_part_of_year(m, sentence, tokens, context):
    first, last = PART_MONTHS[part_number(m)]
    if m.group("year"):
        year, kind, note = int(m.group("year")), "absolute", ""
    elif m.group("sdeictic"):
        year, kind, note = spec_year(m, context)
    elif context.date is not None:  # в конце года: the article's year
        year, kind, note = context.date.year, "relative", ""
    else:
        year, kind, note = 0, "relative", NO_DATE_RELATIVE
    if not year:
        return Candidate(0, 0, "", "", "part_of_year", kind, note)
    return Candidate(0, 0, iso(year, first, None), iso(year, last, None), "part_of_year", kind, note,
                     kind == "absolute")


def read_season(m, sentence, tokens, context):
    form = m.group("season")
    has_year = any(m.group(g) for g in ("year", "sdeictic", "same"))
    if not form.endswith(("ой", "ью", "ом")) and not m.group("prep") and not has_year:
        return None  # a season word as a noun (весна пришла), not a time
    if form in ("лета", "лето") and not m.group("prep") and not has_year:
        return None
    first = int(word_row("season", form)["value"])
    year, kind, note = year_for(m, 1 if first == 12 else first, context)
    if not year:
        return Candidate(0, 0, "", "", "season", kind, note)
    if first == 12:  # winter: December of the year before to February
        start, end = iso(year - 1, 12, None), iso(year, 2, None)
    else:
        start, end = iso(year, first, None), iso(year, first + 2, None)
    return Candidate(0, 0, start, end, "season", kind, note, kind == "absolute" and not note)


def read_quarter(m, sentence, tokens, context):
    n = int(word_row("ordinal", m.group("ordinal"))["value"])
    unit = m.group("unit")
    if unit.startswith("квартал"):
        first, last, granularity = 3 * n - 2, 3 * n, "quarter"
    elif n in (1, 2):
        first, last, granularity = 6 * n - 5, 6 * n, "part_of_year"
    else:
        return None
    if unit.startswith("половин") and not any(m.group(g) for g in ("year", "sdeictic", "same")):
        return None  # первая половина дня, матча: only a half of a year with its year
    year, kind, note = year_for(m, first, context)
    if not year:
        return Candidate(0, 0, "", "", granularity, kind, note)
    return Candidate(0, 0, iso(year, first, None), iso(year, last, None), granularity, kind, note,
                     kind == "absolute" and not note)


def read_month_spec(m, sentence, tokens, context):
    month = month_number(m.group("month"))
    year, kind, note = spec_year(m, context)
    day, day2, first_day = (int(m.group(g)) if m.group(g) else None for g in ("day", "day2", "fday"))
    first_month = month_number(m.group("fmonth") or m.group("month0") or m.group("month"))
    granularity = "day" if day else "month"
    if not year:
        return Candidate(0, 0, "", "", granularity, kind, note)
    if day and not valid(year, month, day) or (day2 and not valid(year, month, day2)) or (
            first_day and not valid(year, first_month, first_day)):
        return None
    if first_day:  # ``с 1 января по 31 марта прошлого года``
        value, value_end = iso(year, first_month, first_day), iso(year, month, day)
    elif day:  # ``1 марта прошлого года``, ``15-16 мая прошлого года``
        value, value_end = iso(year, month, day), iso(year, month, day2) if day2 else ""
    else:  # ``в марте прошлого года``, ``в январе-марте прошлого года``
        value = iso(year, first_month, None)
        value_end = iso(year, month, None) if first_month != month else ""
    return Candidate(0, 0, value, value_end, granularity, kind, note, kind == "absolute" and not note)


def read_decade(m, sentence, tokens, context):
    digits = m.group("decade")
    if len(digits) == 2:
        century = 19
        if m.group("cdeictic") and context.date is not None:
            offset = int(word_row("deictic", m.group("cdeictic"))["value"])
            century = context.date.year // 100 + offset
        first = century * 100 + int(digits)
    elif len(digits) == 4:
        first = int(digits)
    else:
        return None
    return Candidate(0, 0, "%04d" % first, "%04d" % (first + 9), "decade", "absolute", "", True)


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_number(letters):
    total = 0
    for a, b in zip(letters, letters[1:] + " "):
        value = ROMAN[a]
        total += -value if b in ROMAN and ROMAN[b] > value else value
    return total


def read_century(m, sentence, tokens, context):
    raw = sentence.text[m.start("roman"):m.end("roman")]
    if raw.isdigit():
        n = int(raw)
    elif raw.isupper():  # roman numerals are written in capitals: xix век is no century
        n = roman_number(raw.lower())
    else:
        return None
    if not 1 <= n <= 21:
        return None
    return Candidate(0, 0, "%04d" % ((n - 1) * 100 + 1), "%04d" % (n * 100), "century", "absolute")


def is_age(m, sentence, tokens):
    """``в возрасте 50 лет``, ``не моложе 23 лет``, ``Городу более 1000 лет``: an age, not a
    length of time; the word before the count (past quantifiers) says so."""
    before = [t for t in tokens_before(sentence, sentence.offset(m.start()))
              if t.text.lower() not in QUANTIFIERS and t.text.lower() != "не"]
    if not before:
        return False
    last = before[-1]
    if last.text.lower() in AGE_WORDS:
        return True
    return last.pos in ("NOUN", "PROPN", "PRON") and last.feats.get("Case") == "Dat"


def read_duration(m, sentence, tokens, context):
    form, num = m.group("unit"), m.group("num")
    unit = unit_of(form)
    if num.isdigit() and len(num) == 4 and form != "лет" and 1000 <= int(num) <= 2100:
        return None  # 2021 год: a year
    if num.isdigit() and unit == "year" and form != "лет" and not m.group("prep") and int(num) > 4 \
            and int(num) % 10 not in (2, 3, 4):
        return None  # 5 года does not agree: no count of years
    prep = (m.group("prep") or "").split()
    if prep and prep[0] == "через" and not re.match(r"\s+(?:после|спустя)", sentence.text[m.end():].lower()):
        return None  # через 6 дней: relative (read_later)
    if not m.group("prep") and is_age(m, sentence, tokens):
        return None
    granularity = {"half": "part_of_year"}.get(unit, unit)
    note = "vague count" if number_of(num) is None else ""
    return Candidate(0, 0, "", "", granularity, "duration", note)


def read_bare_duration(m, sentence, tokens, context):
    prep = m.group("prep").split()[0]
    if prep == "через" and not re.match(r"\s+(?:после|спустя)", sentence.text[m.end():].lower()):
        return None
    unit = "part_of_year" if m.group("unit") == "полгода" else unit_of(m.group("unit"))
    return Candidate(0, 0, "", "", unit, "duration")


def read_frequency_word(m, sentence, tokens, context):
    return Candidate(0, 0, "", "", word_row("frequency", m.group("w"))["value"], "frequency")


def read_times_per(m, sentence, tokens, context):
    return Candidate(0, 0, "", "", unit_of(m.group("unit")), "frequency")


def read_every(m, sentence, tokens, context):
    form = m.group("unit")
    try:
        unit = unit_of(form)
    except KeyError:
        unit = "season"
    if unit == "half":
        unit = "part_of_year"
    return Candidate(0, 0, "", "", unit, "frequency")


def read_per(m, sentence, tokens, context):
    """``100 тысяч в год``: a rate, when a count or what is counted comes just before."""
    before = tokens_before(sentence, sentence.offset(m.start()))
    if not before:
        return None
    last = before[-1]
    if not (any(c.isdigit() for c in last.text) or last.pos == "NUM"
            or (last.pos == "NOUN" and last.feats.get("Case") == "Gen")):
        return None
    return Candidate(0, 0, "", "", unit_of(m.group("unit")), "frequency")


READERS = {
    "day_offset": read_day_offset, "weekday": read_weekday, "weekend": read_weekend,
    "deictic_unit": read_deictic_unit, "ago": read_ago, "later": read_later,
    "nearest_days": read_nearest_days, "part_of_month": read_part_of_month,
    "part_of_year": read_part_of_year, "season": read_season, "quarter": read_quarter,
    "month_spec": read_month_spec, "decade": read_decade, "century": read_century,
    "duration": read_duration, "bare_duration": read_bare_duration,
    "frequency_word": read_frequency_word, "times_per": read_times_per, "every": read_every,
    "per": read_per, "year_after": read_year_after,
    "elided_year": read_elided_year, "month_adjective": read_month_adjective,
}


def join_weekdays(text, candidates):
    """``В понедельник 28 июня``, ``В четверг, 19 мая``: a weekday just before its date is one
    expression with the date's value."""
    days = [c for c in candidates if c.granularity == "day" and not c.weekday and c.kind in ("absolute", "partial")]
    joined = []
    for c in candidates:
        if not c.weekday:
            continue
        for d in days:
            if d.start >= c.end and re.fullmatch(r"[\s,]{1,3}", text[c.end:d.start]):
                joined.append(Candidate(c.start, d.end, d.value, d.value_end, d.granularity, d.kind,
                                        "weekday with its date", d.year_written))
    return candidates + joined


def select(candidates):
    """Of overlapping candidates, the longest (the first found on a tie: the calendar grammar's)."""
    kept = []
    order = sorted(range(len(candidates)), key=lambda i: (-(candidates[i].end - candidates[i].start), i))
    for i in order:
        c = candidates[i]
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
