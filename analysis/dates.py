"""Date expressions in an article, resolved to ISO values: ``27 ноября`` -> ``2025-11-27``.

The grammar is natasha's date grammar (its month dictionary, the day, month and year bounds, a
year written with ``год``/``г.``), extended with what wire copy writes: ranges (``31 августа -
1 сентября``, ``16-17 сентября``, ``в 2024-2025 годах``, ``с 1 по 3 сентября``), a month with or
without a year (``в ноябре 2025 года``, ``в ноябре``) and the preposition in front (``с 1 января
2026 года``). A year word must be a form of ``год`` in its own right, so ``1000 лет`` (whose
dictionary form is also ``год``) is no date; nor are ``Су-27``, ``в 2 раза`` or a phone number.

A date without a year takes it from the article date by the parser's dateline rule: the article's
year, one year back when that would land more than 180 days after the article date.

yargy reads only where a regular expression sees a date's shape (a day and a month name, a month
and a year, a year and ``год``, ``DD.MM.YYYY``, ``с ... по ...``): from that hint, or the
preposition just before it, to the end of the run of hints it begins, with the grammar for that
kind of hint. A sentence without a hint costs one regular expression search, and a stretch of
text read once is remembered.
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from natasha.grammars.date import MONTHS
from yargy import Parser as YargyParser
from yargy import and_, or_, rule
from yargy.morph import MorphAnalyzer
from yargy.parser import Chart, Column, prepare_match, prepare_resolved_matches, prepare_trees
from yargy.rule.bnf import is_rule
from yargy.tokenizer import MorphTokenizer
from yargy.predicates import dictionary, eq, gte, in_, in_caseless, is_lower, length_eq, lte
from yargy.tree.constructors import Leaf

from .parsing import resolve_dateline_date

GRANULARITIES = ("day", "month", "year")

DASHES = {"-", "–", "—"}
PREPOSITIONS = {"в", "во", "с", "со", "до", "к", "ко", "от", "на", "по", "после"}
# the forms of год that are a year, not лет (whose dictionary form pymorphy2 also gives as год)
YEAR_WORDS = {"год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах"}
YEAR_ABBREVIATIONS = {"г", "гг"}

MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма[йяюе]", "июн", "июл", "август", "сентябр",
               "октябр", "ноябр", "декабр")
MONTH_WORD = r"(?:%s)[а-я]*" % "|".join(MONTH_STEMS)
YEAR_NUMBER = r"(?:1\d|20|21)\d\d"
# What a date looks like to a regular expression: yargy then reads only these stretches, widened a
# little for a preposition or the other end of a range.
DATE_HINT_RE = re.compile(
    r"(?P<range>(?<![\w-])(?:с|со)\s+\d\d?(?:\s+%(month)s)?\s+(?:по|до)\s+\d\d?\s+%(month)s|"
    r"(?<![\w-])(?:с|со)\s+%(year)s(?:\s+(?:года|г\.))?\s+(?:по|до)\s+%(year)s)|"
    r"(?P<day>(?<![\w.-])\d\d?(?:\s*[-–—]\s*\d\d?)?\s+%(month)s)|"
    r"(?P<month_year>(?<![\w-])%(month)s\s+%(year)s)|"
    r"(?P<year>(?<![\w.-])%(year)s(?:\s*[-–—]\s*%(year)s)?\s*(?:год|гг?\.))|"
    r"(?P<numeric>(?<![\w.])\d\d?\.\d\d?\.\d{4})|"
    r"(?P<month>(?<![\w-])(?:в|во|с|до|к)\s+%(month)s)"
    % {"month": MONTH_WORD, "year": YEAR_NUMBER})  # searched in lower-cased text; a group per grammar
PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w-])(?:%s)\s+$" % "|".join(
    ["в", "во", "с", "со", "до", "к", "ко", "от", "на", "по", "после"]), re.IGNORECASE)
WINDOW_AFTER, WINDOW_GAP = 6, 6


def build_grammar():
    day = rule(and_(gte(1), lte(31))).named("DAY")
    month = rule(dictionary(MONTHS)).named("MONTH")
    month_number = rule(and_(gte(1), lte(12))).named("MONTH")
    year = rule(and_(gte(1000), lte(2100), length_eq(4))).named("YEAR")
    year_word = or_(rule(in_caseless(YEAR_ABBREVIATIONS), eq(".").optional()), rule(in_caseless(YEAR_WORDS)))
    dash = in_(DASHES)

    day_month = rule(day, month)
    full = rule(day, month, year, year_word.optional())
    numeric = rule(day, eq("."), month_number, eq("."), year, year_word.optional())
    month_year = rule(month, year, year_word.optional())
    year_phrase = rule(year, year_word)

    def side(name, *shapes):
        return or_(*shapes).named(name)

    def after_preposition(*shapes):
        return rule(in_caseless(PREPOSITIONS).optional(), or_(*shapes))

    # a bare month is a date only after a preposition: в ноябре, с января, до декабря
    month_alone = rule(in_caseless({"в", "во", "с", "до", "к"}),
                       rule(and_(dictionary(MONTHS), is_lower())).named("MONTH"))  # not в Мае, a town
    # с 1 по 3 сентября, с ноября по декабрь 2010 года, с 2017 года по 2023 год
    from_to = rule(in_caseless({"с", "со"}),
                   side("START", day, day_month, full, year, year_phrase, month, month_year),
                   in_caseless({"по", "до"}), side("END", full, day_month, year_phrase, month_year))
    # one grammar per kind of hint, so that each parse predicts only what can follow it
    return {
        "range": from_to,
        "day": or_(from_to, after_preposition(
            rule(side("START", day_month, full), dash, side("END", full, day_month)),
            rule(side("START", day), dash, side("END", full, day_month)),
            full, day_month)),
        "month_year": after_preposition(rule(side("START", month), dash, side("END", month_year)), month_year),
        "year": or_(from_to, after_preposition(rule(side("START", year), dash, side("END", year_phrase)),
                                               year_phrase)),
        "numeric": after_preposition(numeric),
        "month": or_(from_to, after_preposition(rule(side("START", month), dash, side("END", month_year)),
                                                month_year), month_alone),
    }


class CachedAnalyzer(MorphAnalyzer):
    """yargy's view of natasha's ``MorphVocab``, each word's forms computed once."""

    __call__ = lru_cache(maxsize=50_000)(MorphAnalyzer.__call__)


class OneReadingColumn(Column):
    """A chart column that keeps one reading (parse tree) per Earley item: yargy keeps every
    reading of every item, which grows exponentially with the optional words of a grammar."""

    def append(self, state):
        key = (id(state.rule), id(state.production), state.dot_index, state.start_column.index)
        if key not in self.hashes:
            self.hashes.add(key)
            self.states.append(state)
            self.update_index(state)


class OneReadingChart(Chart):
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.columns = [OneReadingColumn(0, None)]
        for index, token in enumerate(self.tokens, 1):
            self.columns.append(OneReadingColumn(index, token))


class Parser(YargyParser):
    """yargy's Earley parser, with two changes. The classic fix for empty rules (Aycock and
    Horspool): a state that waits for a rule which has already matched the empty string in this
    column moves past it; yargy's own parser advances only the states that were waiting when the
    empty match completed, so ``rule(list, word.optional(), verb)`` lost every reading but one of
    a list. And one reading per item (``OneReadingColumn``), which keeps parsing polynomial."""

    def __init__(self, rule, morph_vocab, tokenizer=None):
        tokenizer = tokenizer or MorphTokenizer(morph=CachedAnalyzer(morph_vocab))
        YargyParser.__init__(self, rule, tokenizer=tokenizer)

    def prefix(self, text):
        """The longest match that starts where ``text`` starts, or None: one prediction of the
        grammar, not one per token as in ``findall``."""
        best = None
        for state in self.chart(text, all=False).matches(self.rule):
            if best is None or state.stop_column.index > best.stop_column.index:
                best = state
        return prepare_match(next(prepare_trees([best]))) if best else None

    def findall(self, text, starts=None):
        """yargy's ``findall``, with matches starting only at the token indices ``starts``
        (all when None): a construction cannot start just anywhere."""
        states = self.chart(text, starts=starts).matches(self.rule)
        return prepare_resolved_matches(sorted(prepare_trees(states)))

    def chart(self, text, all=True, starts=None):
        chart = OneReadingChart(self.tagger(self.tokenizer(text)))
        for column, next_column in chart:
            empty = {}  # id(rule) -> its empty matches starting and ending here
            if column.first or (all and (starts is None or column.index in starts)):
                self.predict(column, next_column, self.rule)
            for state in column:
                if state.completed:
                    if state.start_column is column:
                        empty.setdefault(id(state.rule), []).append(state)
                    self.complete(column, state)
                else:
                    next_term = state.next_term
                    if is_rule(next_term):
                        self.predict(column, next_column, next_term)
                        for done in empty.get(id(next_term), ()):
                            self.advance(column, state, done)
                    elif next_column:
                        self.scan(next_column, next_term, state)
        return chart

    def advance(self, column, state, completed):
        column.append(type(state)(state.rule, state.production, dot_index=state.dot_index + 1,
                                  start_column=state.start_column, stop_column=column,
                                  node=state.node.attached(completed.node)))


@dataclass
class DateSpan:
    date_id: int
    start: int
    end: int
    text: str
    value: str = ""
    value_end: str = ""
    granularity: str = ""


@lru_cache(maxsize=4)
def date_parsers(morph_vocab):
    """The yargy parsers of the date grammars, one per kind of hint, built once per morphology
    (natasha's ``MorphVocab``)."""
    return {kind: Parser(grammar, morph_vocab) for kind, grammar in build_grammar().items()}


@lru_cache(maxsize=4)
def date_reader(morph_vocab):
    """``read(kind, text)``: ``(length, {side: (year, month, day)})`` of the date ``text`` starts
    with, read with the grammar for its kind of hint, or None. Remembered by text: wire copy
    repeats its dates (``в 2026 году``, ``27 ноября``)."""
    parsers = date_parsers(morph_vocab)

    @lru_cache(maxsize=20_000)
    def read(kind, text):
        match = parsers[kind].prefix(text)
        if match is None:
            return None
        sides = named_parts(match.tree.root)
        return match.span.stop, {side: read_side(tokens) for side, tokens in sides.items()}

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


def find_dates(article, models):
    """Every date expression in the article's sentences (all parts but the date header), in text
    order, as ``DateSpan`` rows with offsets into ``article.text``."""
    read = date_reader(models.morph_vocab)
    article_date = parse_article_date(article.date)
    text = article.text
    found = []
    for sentence in article.sentences:
        hints = list(DATE_HINT_RE.finditer(sentence.text.lower()))
        done = 0  # a hint inside a date already read (the end of a range) is not read again
        for hint, chain_end in zip(hints, chain_ends(hints)):
            if hint.start() < done:
                continue
            for anchor in anchors(sentence.text, hint):
                date = read(hint.lastgroup, sentence.text[anchor:window_end(sentence.text, chain_end)])
                if date is None:
                    continue
                length, sides = date
                done = anchor + length
                resolved = resolve(sides, article_date)
                if resolved is not None:  # else no calendar date: 30 февраля
                    start, end = sentence.start + anchor, sentence.start + done
                    found.append(DateSpan(len(found), start, end, text[start:end], *resolved))
                break
    return found
