"""Properties of the parser, the decoder and segmentation on arbitrary input (no models loaded).

The hypothesis profile (deterministic, 200 examples) is set in conftest.py.
"""

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis import ArticleError, decode_bytes, parse_article
from analysis.language import segment
from conftest import assert_partition

ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}$")

CHARS = st.one_of(
    st.characters(min_codepoint=0x410, max_codepoint=0x451),  # А-я, Ё, ё
    st.sampled_from("abcXYZ0123456789"),
    st.sampled_from(" \t\n\r\r\n\u00a0\u00ad\u200b\ufeff\x0b\x0c\x85\u2028\u2003"),
    st.sampled_from(".,;:!?…©«»\"'„“”—–-/()[]"),
    st.characters(),  # anything at all, surrogates included
)

MONTH_WORDS = ["января", "февраля", "мая", "ноября", "декабря", "сен", "ноя", "дек"]
DATELINES = st.one_of(
    st.builds("{}, {} {}. /{}/. ".format,
              st.sampled_from(["МОСКВА", "БИШКЕК", "РОСТОВ-НА-ДОНУ", "ТЯНЬЦЗИНЬ (Китай)", "X"]),
              st.integers(0, 40), st.sampled_from(MONTH_WORDS),
              st.sampled_from(["ТАСС", "Корр. ТАСС", "Корр. БЕЛТА", "НЕИЗВЕСТНО", ""])),
    st.builds("{}, {} {} — {}. ".format, st.sampled_from(["МОСКВА", "ТЯНЬЦЗИНЬ (Китай)"]),
              st.integers(0, 40), st.sampled_from(MONTH_WORDS),
              st.sampled_from(["РИА Новости", "РИА\u00a0Новости", "Sputnik"])),
    st.builds("{} {}, {} /Корр. БЕЛТА/. ".format, st.integers(0, 40), st.sampled_from(MONTH_WORDS),
              st.sampled_from(["Минск", "Гомель", "Брест"])),
    st.builds("{}. {} {}. INTERFAX.RU - ".format, st.sampled_from(["Москва", "Ростов-на-Дону"]),
              st.integers(0, 40), st.sampled_from(MONTH_WORDS)),
    st.just("ТАСС-ДОСЬЕ. "),
)
HEADERS = st.builds(
    "{}date {}{}{}".format,
    st.sampled_from([" ", "", "\ufeff ", "\u00a0"]),
    st.sampled_from(["2025-01-01", "2025-11-27", "2026-01-03", "2025-02-30", "27.11.2025", "0000-00-00"]),
    st.sampled_from(["", " 12:30", "T08:05:30", " 99:99"]),
    st.sampled_from(["", " ", " Путин прибыл в Бишкек", " https://tass.ru/1", " Источник: ТАСС",
                     " Ими станут", "\n"]),
)
FRAGMENTS = st.sampled_from([
    "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u00a0", "\u00ad", "©", "© Михаил Метцель/ POOL/ ТАСС",
    "Читайте также", "Читайте также\n\n", "Источник: ТАСС", "Редакция сайта ТАСС", "Фото: ",
    "— ", "– ", "- ", "«", "»", "\"", ".", "Ими станут развитие сотрудничества", "декларацию.Текст",
    "https://tass.ru/politika/1", "Путин назвал цели ОДКБ", "в Бишкеке", "\u200b",
])
TEXTS = st.lists(st.one_of(st.text(CHARS, max_size=30), FRAGMENTS, DATELINES, HEADERS),
                 max_size=12).map("".join)
ARTICLES = st.one_of(TEXTS, st.builds("{}\n\n{}".format, HEADERS, TEXTS),
                     st.builds("{}\n\n{}{}".format, HEADERS, DATELINES, TEXTS))


@given(ARTICLES)
def test_parse_article_never_raises_and_partitions_the_text(text):
    article = parse_article(text)
    assert article.text is text
    assert_partition(article)
    for name in ("date", "dateline_date"):
        value = getattr(article, name)
        assert value == "" or ISO_DATE_RE.match(value)
    for name in ("title", "subtitle", "photo_caption", "photo_credit", "editorial"):
        value = getattr(article, name)
        assert value == value.strip() and "\u00ad" not in value and "\n" not in value


@given(st.text(CHARS, max_size=200))
def test_parse_article_on_any_string(text):
    assert_partition(parse_article(text))


@given(ARTICLES)
def test_segments_stay_inside_parts_and_reproduce_the_text(text):
    article = parse_article(text)
    sentences, tokens = segment(article)
    by_id = {part.part_id: part for part in article.parts}
    for sentence in sentences:
        part = by_id[sentence.part_id]
        assert part.start <= sentence.start < sentence.end <= part.end
        assert text[sentence.start:sentence.end] == sentence.text
    for token in tokens:
        sentence = sentences[token.sentence_id]
        assert sentence.start <= token.start < token.end <= sentence.end
        assert text[token.start:token.end] == token.text


@given(st.binary(max_size=300))
def test_decode_bytes_returns_text_or_raises_article_error(data):
    try:
        text, codec = decode_bytes(data, name="sample.txt")
    except ArticleError as exc:
        assert exc.path == "sample.txt" and exc.reason
    else:
        assert isinstance(text, str) and text.strip() and isinstance(codec, str)
        assert not text.startswith("\ufeff")


@given(st.one_of(st.binary(max_size=100), st.text(CHARS, max_size=100).map(
    lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from([None, "utf-8", "cp1251", "koi8-r", "utf-16", "utf-16-le", "ascii", "bogus"]))
def test_decode_bytes_with_any_override_raises_only_article_error(data, encoding):
    try:
        decode_bytes(data, name="sample.txt", encoding=encoding)
    except ArticleError as exc:
        assert exc.path == "sample.txt"


@given(st.text(st.one_of(st.characters(min_codepoint=0x410, max_codepoint=0x44F),
                         st.sampled_from("Ёё .,—\n\r\u00a0\u00ad©«»")), max_size=200))
def test_cyrillic_text_round_trips(text):
    for codec in ("utf-8", "utf-16", "cp1251"):
        try:
            decoded, found = decode_bytes(text.encode(codec), name="x.txt")
        except ArticleError:
            continue
        if codec != "cp1251":  # a short cp1251 text may read as well in a sibling codec
            assert found == codec
        if found == codec:
            assert decoded == text


@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "cp1251", "koi8-r", "utf-16", "utf-16-le"]))
def test_decoding_by_the_reported_codec_gives_the_text(data, encoding):
    """The codebook's promise: the bytes decoded with the ``encoding`` column are the text the
    offsets count in (a BOM-dropping codec is reported whenever a BOM was dropped)."""
    try:
        text, codec = decode_bytes(data, name="sample.txt", encoding=encoding)
    except ArticleError:
        return
    assert data.decode(codec) == text


# --- archives: any text in a JSONL or CSV row is a row of the run, read back or refused -------------

ARCHIVE_TEXTS = st.lists(st.text(CHARS, max_size=40), min_size=1, max_size=6)


def archive_items(path):
    from analysis.inputs import collect_inputs, with_texts

    return list(with_texts(collect_inputs([path])))


def has_surrogate(text):
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def assert_row_checked(item):
    """A row's text passes the checks a file's text passes, or is refused with ArticleError."""
    from analysis.decoding import check_text

    try:
        check_text(item.text, item.path)
    except ArticleError as exc:
        assert exc.reason
    else:
        assert not has_surrogate(item.text)


@given(ARCHIVE_TEXTS, st.booleans())
def test_jsonl_archive_rows_come_back_one_each(texts, ascii_only):
    import json
    import tempfile
    from pathlib import Path

    lines = [json.dumps({"id": "r%d" % i, "text": t}, ensure_ascii=ascii_only) for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wire.jsonl"
        path.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
        items = archive_items(path)
    assert len(items) == len(texts)
    readable = ascii_only or not any(has_surrogate(t) for t in texts)
    for i, (item, text) in enumerate(zip(items, texts)):
        assert item.path.endswith("wire.jsonl#%d" % i)
        if item.error:
            assert not readable
            continue
        if readable:
            assert item.text == text and item.article_id == "r%d" % i
        assert_row_checked(item)


@given(ARCHIVE_TEXTS)
def test_csv_archive_rows_come_back_one_each(texts):
    import csv
    import io
    import tempfile
    from pathlib import Path

    buffer = io.StringIO()
    writer = csv.writer(buffer)  # the excel dialect: \r\n line ends, so a field with \r is quoted
    writer.writerow(["id", "text"])
    writer.writerows(["r%d" % i, t] for i, t in enumerate(texts))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wire.csv"
        path.write_bytes(buffer.getvalue().encode("utf-8", "surrogatepass"))
        items = archive_items(path)
    if len(items) == 1 and items[0].error.startswith("archive: binary content"):
        # raw control characters (CSV does not escape them) made the archive read as binary
        assert any(ch < " " and ch not in "\t\n\r\x0b\x0c" or ch == "\x7f" for t in texts for ch in t)
        return
    readable = not any(has_surrogate(t) for t in texts)
    if readable:
        assert [(item.article_id, item.text) for item in items] == [("r%d" % i, t) for i, t in enumerate(texts)]
    for item in items:
        if not item.error:
            assert_row_checked(item)
