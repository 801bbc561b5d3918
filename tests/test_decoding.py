"""Bytes to text: codec detection, BOMs, line ends kept, the --encoding override, and bad input."""

import codecs

import pytest

from analysis import ArticleError, decode_bytes, read_article
from conftest import ARTICLES, assert_partition

# The decoded text of each file in tests/articles/, written out by hand.
TEXTS = {
    "utf8.txt": (
        " date 2025-11-24 Мишустин обсудил с Бектеновым транспортные коридоры\n\n"
        "Правительства России и Казахстана договорились ускорить запуск новых маршрутов\n\n"
        "Премьер-министр РФ Михаил Мишустин © Александр Астафьев/ POOL/ ТАСС\n\n"
        "МОСКВА, 24 ноября. /ТАСС/. Председатель правительства РФ Михаил Мишустин провел переговоры "
        "с премьер-министром Казахстана Олжасом Бектеновым. Стороны обсудили развитие транспортных "
        "коридоров.\n\n"
        "\"Мы рассчитываем, что товарооборот продолжит расти\", - сказал Мишустин.\n"),
    "utf8_bom.txt": (
        " date 2025-09-01 Си Цзиньпин встретился с Путиным в Тяньцзине\n\n"
        "ТЯНЬЦЗИНЬ (Китай), 1 сен — РИА Новости. Председатель КНР Си Цзиньпин встретился с "
        "президентом России Владимиром Путиным на полях саммита ШОС.\n\n"
        "Читайте также\n\n"
        "Путин прибыл в Китай с официальным визитом\n\n"
        "Лидеры обсудили двустороннее сотрудничество.\n"),
    "cp1251.txt": (
        " date 2025-10-20 Лукашенко принял верительные грамоты у послов\n\n"
        "20 октября, Минск /Корр. БЕЛТА/. Президент Беларуси Александр Лукашенко принял верительные "
        "грамоты у послов семи государств.\n\n"
        "Глава государства отметил, что Минск открыт для сотрудничества.\n"),
    "koi8r.txt": (
        " date 2025-11-27 Лавров прибыл в Минск на заседание СМИД ОДКБ\n\n"
        "Москва. 27 ноября. INTERFAX.RU - Министр иностранных дел России Сергей Лавров прибыл в Минск, "
        "где примет участие в заседании Совета министров иностранных дел ОДКБ, сообщили в МИД РФ.\n"),
    "utf16.txt": (
        " date 2025-11-30 Сергей Лавров. Биография\n\n"
        "ТАСС-ДОСЬЕ. Министр иностранных дел России Сергей Лавров родился 21 марта 1950 года в Москве.\n\n"
        "Окончил Московский государственный институт международных отношений МИД СССР.\n"),
    "crlf.txt": (
        " date 2025-11-25 Совфед одобрил закон о бюджете на 2026 год\r\n\r\n"
        "Документ предусматривает рост расходов на оборону\r\n\r\n"
        "МОСКВА, 25 ноября. /ТАСС/. Совет Федерации одобрил закон о федеральном бюджете на 2026 год и "
        "плановый период 2027 и 2028 годов.\r\n"),
    "cr.txt": (
        " date 2026-01-03 Путин подписал указ о помиловании\r\r"
        "МОСКВА, 31 декабря. /ТАСС/. Президент России Владимир Путин подписал указ о помиловании. "
        "Документ опубликован на портале правовой информации.\r"),
}


@pytest.mark.parametrize("name, first_bytes, encoding", [
    ("utf8.txt", b" date", "utf-8"),
    ("utf8_bom.txt", codecs.BOM_UTF8 + b" date", "utf-8-sig"),
    ("cp1251.txt", b" date", "cp1251"),
    ("koi8r.txt", b" date", "koi8_r"),
    ("utf16.txt", codecs.BOM_UTF16_LE + b" \x00d\x00", "utf-16"),
    ("crlf.txt", b" date", "utf-8"),
    ("cr.txt", b" date", "utf-8"),
])
def test_file_encoding_detected_and_text_kept_as_is(name, first_bytes, encoding):
    data = (ARTICLES / name).read_bytes()
    assert data.startswith(first_bytes)  # the fixture really is what its name says
    article = read_article(ARTICLES / name)
    assert article.encoding == encoding
    assert article.text == TEXTS[name]  # BOM gone, line ends untouched, nothing normalised
    assert "\ufeff" not in article.text
    assert_partition(article)


@pytest.mark.parametrize("name, line_end, title, dateline", [
    ("crlf.txt", "\r\n", "Совфед одобрил закон о бюджете на 2026 год", "МОСКВА, 25 ноября. /ТАСС/."),
    ("cr.txt", "\r", "Путин подписал указ о помиловании", "МОСКВА, 31 декабря. /ТАСС/."),
])
def test_line_ends_kept_and_offsets_reproduce_them(name, line_end, title, dateline):
    article = read_article(ARTICLES / name)
    assert article.text.count(line_end) == TEXTS[name].count(line_end) > 0
    if line_end == "\r":
        assert "\n" not in article.text
    assert article.title == title
    (part,) = article.parts_of("dateline")
    assert part.text == dateline
    assert article.text[part.start:part.end] == dateline
    for part in article.parts:
        assert "\r" not in part.text and "\n" not in part.text


SAMPLE = "Путин прибыл в Бишкек на саммит ОДКБ. Президент России проведет переговоры с Жапаровым."


@pytest.mark.parametrize("data, expected", [
    (SAMPLE.encode("utf-8"), (SAMPLE, "utf-8")),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), (SAMPLE, "utf-8-sig")),
    (SAMPLE.encode("cp1251"), (SAMPLE, "cp1251")),
    (SAMPLE.encode("koi8_r"), (SAMPLE, "koi8_r")),
    (SAMPLE.encode("cp866"), (SAMPLE, "cp866")),
    (SAMPLE.encode("utf-16"), (SAMPLE, "utf-16")),
    (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), (SAMPLE, "utf-16")),
    (SAMPLE.encode("utf-32"), (SAMPLE, "utf-32")),
    # NBSP and soft hyphen survive decoding untouched
    ("Путин\u00a0прибыл в Биш\u00adкек".encode("utf-8"), ("Путин\u00a0прибыл в Биш\u00adкек", "utf-8")),
    ("Путин\u00a0прибыл в Бишкек".encode("cp1251"), ("Путин\u00a0прибыл в Бишкек", "cp1251")),
    (b"Putin arrived in Bishkek.\r\n", ("Putin arrived in Bishkek.\r\n", "utf-8")),
], ids=["utf-8", "utf-8-bom", "cp1251", "koi8_r", "cp866", "utf-16-le-bom", "utf-16-be-bom", "utf-32",
        "utf-8-nbsp-shy", "cp1251-nbsp", "latin-crlf"])
def test_decode_bytes(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data, encoding, expected", [
    # the codec is reported by the same Python name detection uses, however the user spelt it
    (SAMPLE.encode("koi8_r"), "koi8-r", (SAMPLE, "koi8_r")),
    (SAMPLE.encode("koi8_r"), "KOI8-R", (SAMPLE, "koi8_r")),
    (SAMPLE.encode("cp1251"), "windows-1251", (SAMPLE, "cp1251")),
    (SAMPLE.encode("mac_cyrillic"), "mac-cyrillic", (SAMPLE, "mac_cyrillic")),
    (SAMPLE.encode("utf-8"), "UTF8", (SAMPLE, "utf-8")),
    # the override beats detection: these cp1251 bytes read as valid (if odd) cp866 Russian
    ("Путин".encode("cp1251"), "cp866", ("Путин".encode("cp1251").decode("cp866"), "cp866")),
    # the BOM is removed whatever codec the user names, and the codec reported is the one that
    # removes it itself, so that decoding by the encoding column gives the text the offsets count in
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8", (SAMPLE, "utf-8-sig")),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig", (SAMPLE, "utf-8-sig")),
    (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le", (SAMPLE, "utf-16")),
    (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be", (SAMPLE, "utf-16")),
    (SAMPLE.encode("utf-16-le"), "utf-16-le", (SAMPLE, "utf-16-le")),
], ids=["koi8-r", "KOI8-R", "windows-1251", "mac-cyrillic", "UTF8", "cp866-forced", "utf-8-bom",
        "utf-8-sig-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le"])
def test_encoding_override(data, encoding, expected):
    assert decode_bytes(data, encoding=encoding) == expected
    text, codec = expected
    assert data.decode(codec) == text  # the encoding column reproduces the text


def test_encoding_override_in_read_article(tmp_path):
    path = tmp_path / "koi.txt"
    path.write_bytes(TEXTS["koi8r.txt"].encode("koi8_r"))
    article = read_article(path, encoding="koi8-r")
    assert (article.encoding, article.text) == ("koi8_r", TEXTS["koi8r.txt"])


@pytest.mark.parametrize("data, encoding, reason", [
    (SAMPLE.encode("utf-8"), "no-such-codec", "unknown encoding"),
    (SAMPLE.encode("cp1251"), "utf-8", "cannot be decoded as utf-8"),
    (b"   \r\n", "cp1251", "empty or whitespace only"),
], ids=["unknown", "undecodable", "blank"])
def test_encoding_override_errors(data, encoding, reason):
    with pytest.raises(ArticleError) as info:
        decode_bytes(data, name="note.txt", encoding=encoding)
    assert info.value.path == "note.txt"
    assert reason in info.value.reason


BAD_FILES = [
    ("empty.txt", b"", "empty or whitespace only"),
    ("blank.txt", b"  \r\n\t\n \n", "empty or whitespace only"),
    ("bom_only.txt", codecs.BOM_UTF8 + b" \n", "empty or whitespace only"),
    ("nbsp_only.txt", "\u00a0\u00a0\n".encode("utf-8"), "empty or whitespace only"),
    ("utf16_blank.txt", " \n".encode("utf-16"), "empty or whitespace only"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "binary content"),
    # NULs, but not at every other byte as UTF-16 has them
    ("nul_bytes.txt", b"\x00\x01\x02\x00" * 10 + SAMPLE.encode("utf-8"), "binary content"),
    ("garbage.bin", bytes(range(1, 32)) * 8 + "Путин".encode("utf-8"), "binary content"),
    ("symbols.txt", "★☆♠♣ ——— 12345 %%% ### ©".encode("utf-8"), "no Russian or Latin text"),
    ("digits.txt", b"2025-11-27 12:30:00\n100 200 300\n", "no Russian or Latin text"),
    ("bad_utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "not valid utf-16"),
    # not UTF-8; as cp1251 only quotes, degrees and dashes: «12» ± 5° ··· – —
    ("symbols_1251.txt", b"\xab12\xbb \xb1 5\xb0 \xb7\xb7\xb7 \x96 \x97",
     "not valid UTF-8, and as cp1251: no Russian"),
]


@pytest.mark.parametrize("name, data, reason", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_input_raises_article_error_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert name in str(info.value)
    assert reason in info.value.reason


@pytest.mark.parametrize("name, data, reason", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_bytes_raise_article_error(name, data, reason):
    with pytest.raises(ArticleError) as info:
        decode_bytes(data, name=name)
    assert info.value.path == name
    assert reason in info.value.reason


@pytest.mark.parametrize("max_bytes, raises", [(100, True), (869, True), (870, False), (None, False)])
def test_size_limit(max_bytes, raises):
    path = ARTICLES / "utf8.txt"
    assert path.stat().st_size == 870
    if raises:
        with pytest.raises(ArticleError) as info:
            read_article(path, max_bytes=max_bytes)
        assert "utf8.txt" in str(info.value)
        assert "over the size limit of %d bytes" % max_bytes in info.value.reason
    else:
        assert read_article(path, max_bytes=max_bytes).title.startswith("Мишустин")


def test_missing_file_raises_article_error(tmp_path):
    path = tmp_path / "missing.txt"
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert "missing.txt" in str(info.value)
    assert "cannot be read" in info.value.reason


def test_article_error_is_a_value_error():
    error = ArticleError("a.txt", "empty or whitespace only")
    assert isinstance(error, ValueError)
    assert (error.path, error.reason, str(error)) == ("a.txt", "empty or whitespace only",
                                                      "a.txt: empty or whitespace only")
