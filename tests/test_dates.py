"""Dates: every shape wire copy writes, resolved against the article date; things that are not dates."""

import pytest
from yargy import Parser as YargyParser
from yargy import or_, rule
from yargy.predicates import caseless, eq

import analysis
from analysis.dates import GRANULARITIES, Parser, find_dates
from conftest import SEED

DATELINE = "МОСКВА, 27 ноября. /ТАСС/. "


def article_dates(models, sentence, date="2025-11-27", dateline=DATELINE):
    header = " date %s Заголовок\n\n" % date if date else "Заголовок\n\n"
    article = analysis.parse_article(header + dateline + sentence)
    dates = analysis.analyse_all(article, analysis.Resources(models), until="dates").dates
    for d in dates:
        assert article.text[d.start:d.end] == d.text
        assert d.granularity in GRANULARITIES
    return [(d.text, d.value, d.value_end, d.granularity) for d in dates if d.text != "27 ноября"]


@pytest.mark.parametrize("sentence, expected", [
    # a day and month take the article's year
    ("Саммит пройдет 28 ноября.", [("28 ноября", "2025-11-28", "", "day")]),
    ("Встреча состоялась 14 мая 2002 года.", [("14 мая 2002 года", "2002-05-14", "", "day")]),
    ("Документ подписан 27.11.2025 г.", [("27.11.2025 г.", "2025-11-27", "", "day")]),
    ("Россия председательствует с 1 января 2026 года.",
     [("с 1 января 2026 года", "2026-01-01", "", "day")]),
    ("Договор от 15 мая 1992 года.", [("от 15 мая 1992 года", "1992-05-15", "", "day")]),
    # years and months
    ("Председательство России в 2026 году.", [("в 2026 году", "2026", "", "year")]),
    ("План рассчитан до 2030 года.", [("до 2030 года", "2030", "", "year")]),
    ("Это произошло в ноябре.", [("в ноябре", "2025-11", "", "month")]),
    ("Это произошло в мае 2024 года.", [("в мае 2024 года", "2024-05", "", "month")]),
    # ranges
    ("Саммит прошел в Тяньцзине 31 августа - 1 сентября.",
     [("31 августа - 1 сентября", "2025-08-31", "2025-09-01", "day")]),
    ("Саммит прошел 16-17 сентября 2021 года.",
     [("16-17 сентября 2021 года", "2021-09-16", "2021-09-17", "day")]),
    ("Программа на 2024-2025 годы.", [("на 2024-2025 годы", "2024", "2025", "year")]),
    ("Учения пройдут в 2024-2025 годах.", [("в 2024-2025 годах", "2024", "2025", "year")]),
    ("Учения пройдут с 1 по 3 сентября.", [("с 1 по 3 сентября", "2025-09-01", "2025-09-03", "day")]),
    ("Он работал там с 2017 по 2023 год.", [("с 2017 по 2023 год", "2017", "2023", "year")]),
    ("Проект шел с ноября по декабрь 2010 года.",
     [("с ноября по декабрь 2010 года", "2010-11", "2010-12", "month")]),
    ("Это будет в ноябре - декабре 2025 года.", [("в ноябре - декабре 2025 года", "2025-11", "2025-12", "month")]),
    ("Он работал там с 2017 года по 2023 год.", [("с 2017 года по 2023 год", "2017", "2023", "year")]),
    ("Каникулы продлятся 31 декабря - 2 января 2026 года.",
     [("31 декабря - 2 января 2026 года", "2025-12-31", "2026-01-02", "day")]),
    ("Это было в 1991-1992 гг.", [("в 1991-1992 гг.", "1991", "1992", "year")]),
    # two dates in one sentence
    ("Образована 14 мая 2002 года на основе Договора от 15 мая 1992 года.",
     [("14 мая 2002 года", "2002-05-14", "", "day"), ("от 15 мая 1992 года", "1992-05-15", "", "day")]),
])
def test_date_shapes(models, sentence, expected):
    assert article_dates(models, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Истребители Су-27 подорожали в 2 раза.",
    "Справки по телефону +7 (495) 123-45-67.",
    "Городу более 1000 лет.",
    "В зале было 2026 человек.",
    "Стратегия-2030 принята.",
    "Ошибка в документе: 30 февраля 2025 года.",   # no calendar date
    "Он родился в Мае, небольшом городке.",        # a capitalised name, not after в with a month
])
def test_not_dates(models, sentence):
    assert article_dates(models, sentence) == []


@pytest.mark.parametrize("article_date, sentence, expected", [
    # the parser's dateline rule: the article's year, one back when that lands over 180 days ahead
    ("2026-01-10", "Саммит прошел 15 декабря.", ("15 декабря", "2025-12-15", "", "day")),
    ("2026-01-10", "Саммит пройдет 15 марта.", ("15 марта", "2026-03-15", "", "day")),
    ("2026-01-10", "Это было в декабре.", ("в декабре", "2025-12", "", "month")),
    ("2025-11-27", "Саммит прошел 31 августа - 1 сентября.",
     ("31 августа - 1 сентября", "2025-08-31", "2025-09-01", "day")),
    ("2026-01-10", "Каникулы длились 31 декабря - 2 января.",
     ("31 декабря - 2 января", "2025-12-31", "2026-01-02", "day")),
])
def test_year_from_the_article_date(models, article_date, sentence, expected):
    assert article_dates(models, sentence, date=article_date, dateline="") == [expected]


def test_no_article_date_no_year(models):
    rows = article_dates(models, "Саммит пройдет 28 ноября, а следующий - в 2026 году.", date="", dateline="")
    assert rows == [("28 ноября", "", "", "day"), ("в 2026 году", "2026", "", "year")]


def test_seed_dates(models):
    """Hand-checked: the dateline, the year of Russia's chairmanship, the founding and the treaty;
    not the date header."""
    article = analysis.analyse(analysis.read_article(SEED), models)
    dates = find_dates(article, models)  # the dates step alone, after the language step
    assert [(d.text, d.value, d.value_end, d.granularity) for d in dates] == [
        ("27 ноября", "2025-11-27", "", "day"),
        ("в 2026 году", "2026", "", "year"),
        ("14 мая 2002 года", "2002-05-14", "", "day"),
        ("от 15 мая 1992 года", "1992-05-15", "", "day"),
    ]
    header = article.parts_of("date_header")[0]
    assert all(d.start >= header.end for d in dates)
    assert [d.date_id for d in dates] == list(range(len(dates)))
    assert all(article.text[d.start:d.end] == d.text for d in dates)


def test_parser_keeps_every_reading_of_a_list_before_an_optional_word(models):
    """yargy's own Earley parser loses ``а, б, в и г`` before an optional word: it advances only
    the states that waited for the empty match when it completed. Ours reads the whole list."""
    item = or_(caseless("а"), caseless("б"), caseless("в"), caseless("г"))
    items = rule(item, rule(or_(eq(","), caseless("и")), item).repeatable().optional())
    grammar = rule(items, caseless("ну").optional(), caseless("есть"))
    text = "а, б, в и г есть"
    assert [m.span for m in YargyParser(grammar).findall(text)] != [(0, 16)]  # why ours exists
    parser = Parser(grammar, models.morph_vocab)
    assert [tuple(m.span) for m in parser.findall(text)] == [(0, 16)]
    assert tuple(parser.prefix(text + ", и всё").span) == (0, 16)
    assert parser.prefix("ну " + text) is None  # a prefix match starts where the text starts
