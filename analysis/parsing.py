"""Text to parts: the header line, headline, subtitle, editorial and photo lines, the dateline, the body.

Every part is a span of the decoded text (``text[start:end] == part.text``) and every visible
character belongs to exactly one part. Paragraphs are lines with their surrounding whitespace
trimmed; a hard-wrapped line that continues in lower case joins the line before it.
"""

import csv
import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import lexicon
from .article import Article, Part
from .decoding import DEFAULT_MAX_BYTES, decode_bytes, read_bytes

PART_KINDS = ("date_header", "title", "subtitle", "editorial", "photo", "dateline", "body",
              "boilerplate", "other")

LINE_RE = re.compile(r"[^\r\n]+")
LINE_BREAKS = ("\n", "\r\n", "\r")
# a BOM is kept by text read with open(encoding="utf-8"), so it may precede the header
HEADER_RE = re.compile(
    r"\ufeff?\s*date\s+(?:(?P<iso>\d{4}-\d{1,2}-\d{1,2})|(?P<dmy>\d{1,2}\.\d{1,2}\.\d{4}))"
    r"(?:[ T]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?(?=\s|$)")
URL_RE = re.compile(r"(?:https?://|www\.)\S+$", re.I)
SOURCE_NOTE_RE = re.compile(r"Источник\s*:", re.I)
SENTENCE_END = ".!?…"
CLOSING = "\"'»”)]"

def _months():
    """A dateline's month words (the genitive, ``ноября``, and the abbreviations, ``ноя``) -> the
    month's number, from ``analysis/data/lexicon/months.csv``, the one table of months."""
    found = {}
    for row in lexicon.rows("months"):
        for word in [row["genitive"]] + row["abbreviations"].split():
            found.setdefault(word, int(row["number"]))
    return found


MONTHS = _months()
MONTH = r"(?P<month>%s)" % "|".join(sorted(MONTHS, key=len, reverse=True))
UPPER_PLACE = r"(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]*(?:[ \-][A-ZА-ЯЁ][A-ZА-ЯЁ\-]*){0,3})"
TITLE_PLACE = r"(?P<place>[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁа-яё][а-яё]+)*(?: [А-ЯЁ][а-яё]+){0,2})"
REGION = r"(?:\s*\((?P<region>[^()\r\n]{1,40})\))?"

DATELINE_RES = (
    # БИШКЕК, 27 ноября. /ТАСС/.   МОСКВА, 27 ноября. /Корр. ТАСС Иван Петров/.
    re.compile(UPPER_PLACE + REGION + r",\s*(?P<day>\d{1,2})\s+" + MONTH + r"\.?\s*"
               r"/(?P<note>[^/\r\n]{2,80})/\s*\.?"),
    # ТЯНЬЦЗИНЬ (Китай), 1 сен — РИА Новости.   МОСКВА, 27 ноя - РИА Новости, Иван Петров.
    re.compile(UPPER_PLACE + REGION + r",\s*(?P<day>\d{1,2})\s+" + MONTH + r"\.?\s*[—–-]\s*"
               r"(?P<note>[^.\r\n]{2,80}?)\s*\."),
    # МИНСК, 5 декабря (БЕЛТА) –    АСТАНА, 5 дек (Казинформ) -   the agency in brackets after the date
    re.compile(UPPER_PLACE + REGION + r",\s*(?P<day>\d{1,2})\s+" + MONTH + r"\.?\s*"
               r"\((?P<note>[^()\r\n]{2,40})\)\s*[—–-]"),
    # 20 октября, Минск /Корр. БЕЛТА/.
    re.compile(r"(?P<day>\d{1,2})\s+" + MONTH + r"\.?\s*,\s*" + TITLE_PLACE + REGION +
               r"\s*/(?P<note>[^/\r\n]{2,80})/\s*\.?"),
    # Москва. 27 ноября. INTERFAX.RU -    Москва. 27 ноября. ИНТЕРФАКС -   (Interfax's regional
    # services write their own site: Астана. 6 февраля. INTERFAX.KZ -, Минск ... INTERFAX.BY -)
    re.compile(TITLE_PLACE + REGION + r"\.\s*(?P<day>\d{1,2})\s+" + MONTH + r"\.?\s*"
               r"(?P<note>INTERFAX(?:\.[A-Z]{2,3})*|ИНТЕРФАКС|Интерфакс(?:-[А-ЯЁ][а-яё]+)?)\s*[—–-]"),
    # ТАСС-ДОСЬЕ.   /ТАСС-ДОСЬЕ/.
    re.compile(r"/?(?P<note>ТАСС)-ДОСЬЕ\s*/?\s*\.?"),
)

EDITORIAL_RE = re.compile(
    r"(?:Редакция\b.{0,60}|(?:Текст|Автор|Авторы|Подготовил|Подготовила|Подготовили|Беседовал|"
    r"Беседовала|Корреспондент)\b\s*[:—–-]?\s*.{1,80})$")
PHOTO_RE = re.compile(r"(?:Фото|Фотография|Видео|Иллюстрация)\s*[:—–-]\s*\S")
BOILERPLATE_RE = re.compile(
    r"(?:Читайте также|Читайте тоже|Смотрите также|См\. также|Материалы по теме|Подписывайтесь|"
    r"Подпишитесь|Следите за новостями|Все новости|Больше новостей|Еще больше новостей|"
    r"Ещё больше новостей|Теги\s*:|Поделиться$|Реклама$|Источник\s*:)", re.I)
SEE_ALSO_RE = re.compile(r"(?:Читайте также|Читайте тоже|Смотрите также|См\. также|Материалы по теме)"
                         r"\s*[:.]?$", re.I)
# A headline names its subject; a line that opens by pointing back (``Ими станут ...``) continues
# a headline it follows, so it is a subtitle even in first position.
ANAPHORIC_OPENING_RE = re.compile(
    r"(?:Ими|Им|Их|Ими же|Он|Она|Оно|Они|Его|Ее|Её|Ему|Ей|Этим|Этой|Этого|Это|Об этом|По его словам|"
    r"По ее словам|По её словам|По их словам|При этом|Также|Кроме того|Однако|Но|И)\b")

INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
SPACES_RE = re.compile(r"\s+")
BULLET_RE = re.compile(r"[—–-]")

MAX_HEADLINE_WORDS = 30
ROLLBACK_DAYS = 180


def clean_text(text):
    """The derived form shown in titles and names: soft hyphens and zero-width characters dropped,
    every run of whitespace (NBSP, line ends) one space."""
    return SPACES_RE.sub(" ", INVISIBLE_RE.sub("", text)).strip()


@lru_cache(maxsize=None)
def agency_aliases():
    """Alias to canonical agency name, longest alias first (read once from ``data/agencies.csv``)."""
    with resources.files("analysis").joinpath("data/agencies.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return tuple(sorted(((row["alias"], row["agency"]) for row in rows), key=lambda r: -len(r[0])))


def canonical_agency(note):
    note = clean_text(note)
    for alias, agency in agency_aliases():
        if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(alias), note):
            return agency
    return ""


LOWER_PLACE_PARTICLES = {"на", "де", "ла", "ле", "дель", "ди", "да", "фон", "сюр", "об", "под", "упон"}


def canonical_place(place):
    """``БИШКЕК`` -> ``Бишкек``, ``РОСТОВ-НА-ДОНУ`` -> ``Ростов-на-Дону``; mixed case is kept."""
    place = clean_text(place)
    if place != place.upper():
        return place

    def word(w, first):
        low = w.lower()
        return low if (low in LOWER_PLACE_PARTICLES and not first) else low[:1].upper() + low[1:]

    out = []
    for i, token in enumerate(re.split(r"([ \-])", place)):
        out.append(token if token in (" ", "-") else word(token, i == 0))
    return "".join(out)


def paragraphs(text):
    """Yield ``(start, end)`` of each paragraph: a trimmed line, with lower-case continuation
    lines of a hard-wrapped paragraph joined to it."""
    spans = []
    previous_line_end = None
    for match in LINE_RE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            previous_line_end = None
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        # LINE_RE skips empty lines, so a blank line shows only as more than one break in between
        wrapped = previous_line_end is not None and text[previous_line_end:match.start()] in LINE_BREAKS
        if (spans and wrapped and stripped[0].islower()
                and text[spans[-1][1] - 1] not in SENTENCE_END + CLOSING
                and text[spans[-1][1] - 1] not in ":;"):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        previous_line_end = match.end()
    return spans


def match_dateline(text, start, end):
    """The match of a dateline at the start of ``text[start:end]``, or None."""
    for pattern in DATELINE_RES:
        match = pattern.match(text, start, end)
        if match:
            return match
    return None


def headline_like(text):
    text = clean_text(text)
    return bool(text) and text[-1] not in ".:;…" and len(text.split()) <= MAX_HEADLINE_WORDS


def resolve_header_date(match, warnings):
    if match.group("iso"):
        y, m, d = (int(x) for x in match.group("iso").split("-"))
    else:
        d, m, y = (int(x) for x in match.group("dmy").split("."))
    try:
        return dt.date(y, m, d)
    except ValueError:
        warnings.append("date header %s is not a calendar date" % (match.group("iso") or match.group("dmy")))
        return None


def given_date(value, warnings):
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        warnings.append("given date %s is not an ISO date" % clean_text(value).replace(";", ","))
        return None


def resolve_dateline_date(day, month, article_date, warnings, no_year="the article has no date header"):
    """Day and month of a dateline, with the header's year; a date landing more than 180 days after
    the header date (a December dateline in a January article) goes back a year."""
    if article_date is None:
        warnings.append("dateline date %d.%02d has no year: %s" % (day, month, no_year))
        return ""
    for year in (article_date.year, article_date.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            warnings.append("dateline date %d.%02d is not a calendar date" % (day, month))
            return ""
        if (candidate - article_date).days <= ROLLBACK_DAYS:
            return candidate.isoformat()
    return candidate.isoformat()


class PartBuilder:
    def __init__(self, text):
        self.text = text
        self.parts = []

    def add(self, kind, start, end):
        # trim whitespace so that parts hold visible text only
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start < end:
            self.parts.append(Part(len(self.parts), kind, start, end, self.text[start:end]))
            return self.parts[-1]
        return None


def parse_article(text, article_id="text", path="", encoding="", date=""):
    """Split decoded ``text`` into parts and read the header fields; never raises on any string."""
    article = Article(article_id=article_id, path=str(path), text=text, encoding=encoding)
    warnings = article.warnings
    builder = PartBuilder(text)
    paras = paragraphs(text)
    article_date = None
    no_year = "the article has no date header"
    title = subtitle = None
    pending = list(paras)

    def unclassified(start, end):
        part = builder.add("other", start, end)
        if part:
            warnings.append("unclassified line at %d-%d" % (part.start, part.end))

    def take_title(start, end):
        nonlocal title, subtitle
        if not clean_text(text[start:end]):
            unclassified(start, end)
        elif ANAPHORIC_OPENING_RE.match(clean_text(text[start:end])):
            subtitle = builder.add("subtitle", start, end)
            warnings.append("no headline: the first line reads as a subtitle")
        else:
            title = builder.add("title", start, end)

    # the header line
    if pending:
        start, end = pending[0]
        match = HEADER_RE.match(text, start, end)
        if match:
            pending.pop(0)
            builder.add("date_header", start, match.end())
            article_date = resolve_header_date(match, warnings)
            if article_date is None:
                no_year = "its date header is not a calendar date"
            article.time = match.group("time") or ""
            rest_start = match.end()
            rest = text[rest_start:end].strip()
            if rest:
                if URL_RE.match(rest) or SOURCE_NOTE_RE.match(rest):
                    builder.add("boilerplate", rest_start, end)
                else:
                    take_title(rest_start, end)
    if article_date is None and date:
        # a date given with the text (an archive's `date` field) stands in for a missing header
        article_date = given_date(date, warnings)
    article.date = article_date.isoformat() if article_date else ""

    dateline_index = next((i for i, (s, e) in enumerate(pending) if match_dateline(text, s, e)), None)
    body_started = False
    see_also_open = False
    dateline_seen = False

    for i, (start, end) in enumerate(pending):
        para = text[start:end]
        cleaned = clean_text(para)
        if see_also_open and headline_like(para):
            builder.add("boilerplate", start, end)
            see_also_open = False
            continue
        see_also_open = False
        if not cleaned:
            unclassified(start, end)
            continue
        if BOILERPLATE_RE.match(cleaned) or URL_RE.match(cleaned):
            builder.add("boilerplate", start, end)
            see_also_open = bool(SEE_ALSO_RE.match(cleaned))
            continue
        if "©" in para or PHOTO_RE.match(cleaned):
            part = builder.add("photo", start, end)
            if not article.photo_credit and not article.photo_caption:
                caption, sign, credit = para.partition("©")
                if sign:
                    article.photo_caption = clean_text(caption)
                    article.photo_credit = clean_text(sign + credit)
                else:
                    article.photo_credit = clean_text(part.text)
            continue
        if not body_started and EDITORIAL_RE.match(cleaned):
            builder.add("editorial", start, end)
            article.editorial = article.editorial or cleaned
            continue
        if not dateline_seen and i == dateline_index:
            match = match_dateline(text, start, end)
            builder.add("dateline", start, match.end())
            builder.add("body", match.end(), end)
            dateline_seen = body_started = True
            read_dateline(article, match, article_date, no_year)
            continue
        if body_started:
            builder.add("body", start, end)
            continue
        # front matter: headline and subtitle come before the body
        if title is None and subtitle is None:
            take_title(start, end)
        elif subtitle is None and not BULLET_RE.match(cleaned) and (
                dateline_index is not None or headline_like(para)):
            subtitle = builder.add("subtitle", start, end)
        elif dateline_index is not None:
            builder.add("other", start, end)
            warnings.append("unclassified line before the dateline at %d-%d" % (start, end))
        else:
            builder.add("body", start, end)
            body_started = True

    if title is None:
        if not any(w.startswith("no headline") for w in warnings):
            warnings.append("no headline")
    if not dateline_seen:
        warnings.append("no dateline")
    article.parts = builder.parts
    article.title = clean_text(title.text) if title else ""
    article.subtitle = clean_text(subtitle.text) if subtitle else ""
    return article


def read_dateline(article, match, article_date, no_year):
    groups = match.groupdict()
    article.agency = canonical_agency(groups.get("note") or "")
    if not article.agency:
        article.warnings.append("dateline agency not recognised: %s" % clean_text(groups.get("note") or ""))
    if groups.get("place"):
        article.dateline_place = canonical_place(groups["place"])
    if groups.get("day"):
        article.dateline_date = resolve_dateline_date(
            int(groups["day"]), MONTHS[groups["month"].lower()], article_date, article.warnings, no_year)


def read_article(path, encoding=None, max_bytes=DEFAULT_MAX_BYTES, article_id=None):
    """Read one article file into an ``Article`` with its parts and header fields.

    Raises ``ArticleError`` naming the file when it is empty, binary, in no candidate codec,
    over ``max_bytes`` or unreadable.
    """
    data = read_bytes(path, max_bytes=max_bytes)
    text, codec = decode_bytes(data, name=str(path), encoding=encoding)
    return parse_article(text, article_id=article_id or Path(path).stem, path=str(path), encoding=codec)
