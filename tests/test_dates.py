"""Dates: every shape wire copy writes, resolved against the article date; things that are not dates."""

import pytest

import analysis
from analysis.dates import GRANULARITIES, KINDS, find_dates
from conftest import SEED

DATELINE = "МОСКВА, 27 ноября. /ТАСС/. "


def article_dates(models, sentence, date="2025-11-27", dateline=DATELINE):
    header = " date %s Заголовок\n\n" % date if date else "Заголовок\n\n"
    article = analysis.parse_article(header + dateline + sentence)
    dates = analysis.analyse_all(article, analysis.Resources(models), until="dates").dates
    for d in dates:
        assert article.text[d.start:d.end] == d.text
        assert d.granularity in GRANULARITIES
        assert d.kind in KINDS
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
    # (written on 27 November 2025: exercises still to come in September are next year's)
    ("Учения пройдут с 1 по 3 сентября.", [("с 1 по 3 сентября", "2026-09-01", "2026-09-03", "day")]),
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


@pytest.mark.parametrize("article_date, sentence, expected", [
    # a day (or month) without its year in a past-tense clause lies before the article date: the
    # year before, though the dateline rule (under 180 days ahead) gives the article's own
    ("2026-01-10", "Саммит прошел 15 марта.", ("15 марта", "2025-03-15", "", "day")),
    ("2026-02-01", "Индия провела переговоры в Дели 9-10 июня.", ("9-10 июня", "2025-06-09", "2025-06-10", "day")),
    ("2026-02-01", "Договор был подписан 3 мая.", ("3 мая", "2025-05-03", "", "day")),
    # the present and the future keep the rule's year, a participle with a future auxiliary too
    ("2026-02-01", "Саммит пройдет 9-10 июня.", ("9-10 июня", "2026-06-09", "2026-06-10", "day")),
    ("2026-02-01", "Часы будут переведены на 29 марта.", ("на 29 марта", "2026-03-29", "", "day")),
    # a day before the article date stays in its year
    ("2026-02-01", "Саммит прошел 20 января.", ("20 января", "2026-01-20", "", "day")),
    # a bare short participle of scheduling with на + date: the event is still to come
    ("2025-11-27", "Саммит запланирован на 21 декабря.", ("на 21 декабря", "2025-12-21", "", "day")),
    ("2025-12-01", "Заседание совета намечено на 3 февраля.", ("на 3 февраля", "2026-02-03", "", "day")),
    # ... but not with a past auxiliary, nor a date of the appointing itself (no на)
    ("2025-11-27", "Встреча была назначена на 15 декабря.", ("на 15 декабря", "2024-12-15", "", "day")),
    ("2025-11-27", "Посол назначен 15 декабря.", ("15 декабря", "2024-12-15", "", "day")),
])
def test_past_event_before_the_article_date(models, article_date, sentence, expected):
    assert article_dates(models, sentence, date=article_date, dateline="") == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a year counted from the year written last before it, in the sentence or an earlier one
    ("В 2019 году договор подписала Куба, а годом позже — Лаос.",
     [("В 2019 году", "2019", "", "year"), ("годом позже", "2020", "", "year")]),
    ("Соглашение подписали в мае 2010 года. Годом ранее начались переговоры.",
     [("в мае 2010 года", "2010-05", "", "month"), ("Годом ранее", "2009", "", "year")]),
    ("Соглашение подписали в 2016 году, а ратифицировали год спустя.",
     [("в 2016 году", "2016", "", "year"), ("год спустя", "2017", "", "year")]),
    # no year written before: no value
    ("Годом позже договор расторгли.", [("Годом позже", "", "", "year")]),
    # a year written right after restates it
    ("Заявку подали в 2022 году, а переговоры завершились годом ранее, в 2019 году.",
     [("в 2022 году", "2022", "", "year"), ("годом ранее", "2019", "", "year"), ("в 2019 году", "2019", "", "year")]),
])
def test_year_after_the_year_written(models, sentence, expected):
    assert article_dates(models, sentence) == expected


BREVE = "\u0306"  # combining breve: й written as и + U+0306, as some editors and PDFs give it


@pytest.mark.parametrize("sentence, expected", [
    # a month with a decomposed letter: the calendar grammar (the hint regex, then yargy over natasha's
    # tokens, which are in NFC to it); the span is the text as written, combining mark included
    ("Ма" + "и" + BREVE + " 2024 года стал рекордным.", [("Ма" + "и" + BREVE + " 2024 года", "2024-05", "", "month")]),
    ("Это было в 1991-1992 гг. и в ма" + "е 2024 года.",
     [("в 1991-1992 гг.", "1991", "1992", "year"), ("в мае 2024 года", "2024-05", "", "month")]),
    # the relative expressions' regular expressions read the NFC text too
    ("Саммит прошел на прошло" + "и" + BREVE + " неделе.",
     [("на прошло" + "и" + BREVE + " неделе", "2025-11-17", "2025-11-23", "week")]),
    ("Встреча пройдет в ближаи" + BREVE + "шие дни, после 28 ноября.",
     [("в ближаи" + BREVE + "шие дни", "2025-11-28", "2025-12-04", "day"), ("после 28 ноября", "2025-11-28", "", "day")]),
])
def test_decomposed_letters(models, sentence, expected):
    assert article_dates(models, sentence) == expected


def test_no_article_date_no_year(models):
    rows = article_dates(models, "Саммит пройдет 28 ноября, а следующий - в 2026 году.", date="", dateline="")
    assert rows == [("28 ноября", "", "", "day"), ("в 2026 году", "2026", "", "year")]


def test_seed_dates(models):
    """Hand-checked: the dateline, the year of Russia's chairmanship, the founding and the treaty;
    not the date header."""
    article = analysis.analyse(analysis.read_article(SEED), models)
    dates = find_dates(article, models)  # the dates step alone, after the language step
    assert [(d.text, d.value, d.value_end, d.granularity, d.kind, d.note) for d in dates] == [
        ("27 ноября", "2025-11-27", "", "day", "partial", ""),
        ("в 2026 году", "2026", "", "year", "absolute", ""),
        ("14 мая 2002 года", "2002-05-14", "", "day", "absolute", ""),
        ("от 15 мая 1992 года", "1992-05-15", "", "day", "absolute", ""),
    ]
    header = article.parts_of("date_header")[0]
    assert all(d.start >= header.end for d in dates)
    assert [d.date_id for d in dates] == list(range(len(dates)))
    assert all(article.text[d.start:d.end] == d.text for d in dates)


# --- relative expressions, parts, seasons, durations, frequencies --------------------------------
# The article date of these tables is Thursday 12 March 2026: its week runs from Monday 9 to
# Sunday 15 March, the week before from 2 to 8 March, the weekend before is 7-8 March; February
# 2026 has 28 days. Expected values worked out by hand from that calendar.
THURSDAY = "2026-03-12"


def relative_rows(models, sentence, date=THURSDAY):
    article = analysis.parse_article(" date %s Заголовок\n\n%s" % (date, sentence) if date else
                                     "Заголовок\n\n" + sentence)
    analysis.analyse(article, models)
    dates = find_dates(article, models)
    for d in dates:
        assert article.text[d.start:d.end] == d.text
        assert d.granularity in GRANULARITIES and d.kind in KINDS
    return [(d.text, d.value, d.value_end, d.granularity, d.kind) for d in dates]


@pytest.mark.parametrize("sentence, expected", [
    ("Сегодня в Минске открылся саммит.", ("Сегодня", "2026-03-12", "", "day", "relative")),
    ("Вчера министры встретились в Минске.", ("Вчера", "2026-03-11", "", "day", "relative")),
    ("Позавчера министры встретились в Минске.", ("Позавчера", "2026-03-10", "", "day", "relative")),
    ("Завтра министры встретятся в Минске.", ("Завтра", "2026-03-13", "", "day", "relative")),
    ("Накануне министры встретились в Минске.", ("Накануне", "2026-03-11", "", "day", "relative")),
])
def test_day_words(models, sentence, expected):
    assert relative_rows(models, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # the clause's tense decides: past -> the last such day, future -> the next one
    ("В понедельник министр заявил о планах.", ("В понедельник", "2026-03-09", "", "day", "relative")),
    ("В понедельник министр проведет переговоры.", ("В понедельник", "2026-03-16", "", "day", "relative")),
    ("Президент подписал указ в четверг.", ("в четверг", "2026-03-12", "", "day", "relative")),
    ("Соглашение было подписано в минувшую пятницу в Чикаго.",
     ("в минувшую пятницу", "2026-03-06", "", "day", "relative")),
    ("Делегация прибудет в Москву в субботу.", ("в субботу", "2026-03-14", "", "day", "relative")),
    ("В воскресенье он выпустил заявление.", ("В воскресенье", "2026-03-08", "", "day", "relative")),
    # a weekday with its date is one expression with the date's value
    ("В понедельник 9 марта состоялась встреча.", ("В понедельник 9 марта", "2026-03-09", "", "day", "partial")),
    ("В четверг, 5 марта, госпиталь закрылся.", ("В четверг, 5 марта", "2026-03-05", "", "day", "partial")),
])
def test_weekdays(models, sentence, expected):
    assert relative_rows(models, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Министр прибудет в Москву на этой неделе.", ("на этой неделе", "2026-03-09", "2026-03-15", "week", "relative")),
    ("На прошлой неделе прошли учения.", ("На прошлой неделе", "2026-03-02", "2026-03-08", "week", "relative")),
    ("В минувшие выходные прошла акция.", ("В минувшие выходные", "2026-03-07", "2026-03-08", "week", "relative")),
    ("В этом году саммит пройдет в Минске.", ("В этом году", "2026", "", "year", "relative")),
    ("В прошлом году умерли 1449 человек.", ("В прошлом году", "2025", "", "year", "relative")),
    ("В следующем году саммит пройдет в Минске.", ("В следующем году", "2027", "", "year", "relative")),
    ("Цены вырастут в текущем году.", ("в текущем году", "2026", "", "year", "relative")),
    ("Решение примут в следующем месяце.", ("в следующем месяце", "2026-04", "", "month", "relative")),
    ("Забастовка прошла в апреле этого года.", ("в апреле этого года", "2026-04", "", "month", "relative")),
    ("Он осудил визит в ноябре прошлого года.", ("в ноябре прошлого года", "2025-11", "", "month", "relative")),
    # a day, days, a month range or a day range before the year phrase: the phrase dates all of it
    ("Соглашение подписали 1 марта прошлого года.", ("1 марта прошлого года", "2025-03-01", "", "day", "relative")),
    ("Саммит прошел 15-16 мая прошлого года.", ("15-16 мая прошлого года", "2025-05-15", "2025-05-16", "day", "relative")),
    ("В январе-марте прошлого года экспорт упал.", ("В январе-марте прошлого года", "2025-01", "2025-03", "month", "relative")),
    ("С 1 января по 31 марта прошлого года экспорт упал.",
     ("С 1 января по 31 марта прошлого года", "2025-01-01", "2025-03-31", "day", "relative")),
    ("Сделку завершат до конца этого года.", ("до конца этого года", "2026-09", "2026-12", "part_of_year", "relative")),
    ("Он бежал из страны 13 лет назад.", ("13 лет назад", "2013", "", "year", "relative")),
    ("Аукцион завершится через 6 дней.", ("через 6 дней", "2026-03-18", "", "day", "relative")),
    ("Решение примут в ближайшие дни.", ("в ближайшие дни", "2026-03-13", "2026-03-19", "day", "relative")),
])
def test_relative_units(models, sentence, expected):
    assert relative_rows(models, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Переговоры начнутся в начале февраля.",
     ("в начале февраля", "2026-02-01", "2026-02-10", "part_of_month", "partial")),
    ("Переговоры прошли в середине февраля.",
     ("в середине февраля", "2026-02-11", "2026-02-20", "part_of_month", "partial")),
    ("Переговоры прошли в конце февраля.",
     ("в конце февраля", "2026-02-21", "2026-02-28", "part_of_month", "partial")),
    ("Запуск намечен на конец июня 2011 г.",
     ("на конец июня 2011 г.", "2011-06-21", "2011-06-30", "part_of_month", "absolute")),
    ("Он осмотрел здание в конце 2005 года.", ("в конце 2005 года", "2005-09", "2005-12", "part_of_year", "absolute")),
    ("Цены выросли за первое полугодие 2009 года.",
     ("за первое полугодие 2009 года", "2009-01", "2009-06", "part_of_year", "absolute")),
    ("Это произошло весной 2012 года.", ("весной 2012 года", "2012-03", "2012-05", "season", "absolute")),
    ("Саммит пройдет летом 2026 года.", ("летом 2026 года", "2026-06", "2026-08", "season", "absolute")),
    ("Это случилось осенью 2004 года.", ("осенью 2004 года", "2004-09", "2004-11", "season", "absolute")),
    ("Зимой 2026 года ударили морозы.", ("Зимой 2026 года", "2025-12", "2026-02", "season", "absolute")),
    ("Рост замедлился в первом квартале.", ("в первом квартале", "2026-01", "2026-03", "quarter", "partial")),
    ("Рост замедлился в третьем квартале 2025 года.",
     ("в третьем квартале 2025 года", "2025-07", "2025-09", "quarter", "absolute")),
    ("Ситуация изменилась в 1990-е годы.", ("в 1990-е годы", "1990", "1999", "decade", "absolute")),
    ("Трибуна появилась в начале 90-х годов прошлого века.",
     ("в начале 90-х годов прошлого века", "1990", "1999", "decade", "absolute")),
    ("Храм построен в XIX веке.", ("в XIX веке", "1801", "1900", "century", "absolute")),
])
def test_parts_seasons_quarters_decades(models, sentence, expected):
    assert relative_rows(models, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Работы должны занять две недели.", [("две недели", "", "", "week", "duration")]),
    ("Он находится в тюрьме уже пять лет.", [("пять лет", "", "", "year", "duration")]),
    ("Острова в течение 65 лет остаются без договора.", [("в течение 65 лет", "", "", "year", "duration")]),
    ("Товарооборот вырастет за последние пять лет.", [("за последние пять лет", "", "", "year", "duration")]),
    ("Полёт занял 13 суток.", [("13 суток", "", "", "day", "duration")]),
    ("За полтора месяца до смерти она упала.", [("За полтора месяца", "", "", "month", "duration")]),
    ("Он предстал перед судом через два дня после стрельбы.", [("через два дня", "", "", "day", "duration")]),
    ("Концерн платит 1,5 миллиона долларов ежедневно.", [("ежедневно", "", "", "day", "frequency")]),
    ("Завод выпускает 100 тысяч машин в год.", [("в год", "", "", "year", "frequency")]),
    ("Пробы берут четыре раза в сутки.", [("четыре раза в сутки", "", "", "day", "frequency")]),
    ("Турнир проходит каждый год.", [("каждый год", "", "", "year", "frequency")]),
    # ages and counts that are no time
    ("Закон касается граждан не моложе 23 лет.", []),
    ("В возрасте 50 лет он ушёл в отставку.", []),
    ("В год 80-летия города прошел парад.", []),
])
def test_durations_and_frequencies(models, sentence, expected):
    assert relative_rows(models, sentence) == expected


def test_no_article_date_leaves_relative_values_empty(models):
    rows = relative_rows(models, "Вчера министры встретились, а в 2026 году встретятся снова.", date="")
    assert rows == [("Вчера", "", "", "day", "relative"), ("в 2026 году", "2026", "", "year", "absolute")]
    article = analysis.parse_article("Заголовок\n\nВчера министры встретились.")
    analysis.analyse(article, models)
    assert find_dates(article, models)[0].note.startswith("no article date")


def test_date_given_with_the_text_resolves_relative_expressions(models):
    """An archive row's ``date`` stands in for a missing header (``parse_article(date=...)``)."""
    article = analysis.parse_article("Заголовок\n\nВчера министры встретились.", date=THURSDAY)
    analysis.analyse(article, models)
    assert [(d.text, d.value) for d in find_dates(article, models)] == [("Вчера", "2026-03-11")]


def test_weekday_note_says_why(models):
    article = analysis.parse_article(" date %s Заголовок\n\nВ понедельник министр заявил о планах." % THURSDAY)
    analysis.analyse(article, models)
    assert find_dates(article, models)[0].note.startswith("past tense")


def test_date_rows_columns_follow_the_schema(models):
    from analysis.schema import TABLES
    from analysis.tables import article_rows
    article = analysis.parse_article(" date %s Заголовок\n\nВчера министры встретились." % THURSDAY)
    analysis.analyse(article, models)
    article.dates = find_dates(article, models)
    columns = [c.name for c in TABLES["dates"].columns]
    assert columns[-2:] == ["kind", "note"]
    rows = article_rows(article)["dates"]
    assert [len(row) for row in rows] == [len(columns)]
    assert rows[0][columns.index("kind")] == "relative"


@pytest.mark.parametrize("sentence", [
    "Накануне визита министр выступил в парламенте.",  # a preposition: the date is the visit's
    "Понедельник стал тяжёлым днём.",                  # a weekday as a subject
    "Весна пришла в Минск рано.",                      # a season as a noun
])
def test_date_words_that_are_no_date(models, sentence):
    assert relative_rows(models, sentence) == []


# --- the calendar grammars themselves (``dates.DATE_GRAMMARS``), over natasha's tokens -------------

@pytest.mark.parametrize("kind, text, expected", [
    # (grammar, text, (matched text, {side: (year, month, day)})) or None when it reads no date
    ("day", "27 ноября", ("27 ноября", {None: (None, 11, 27)})),
    ("day", "с 1 января 2026 года", ("с 1 января 2026 года", {None: (2026, 1, 1)})),
    ("day", "16-17 сентября 2021 года", ("16-17 сентября 2021 года",
                                         {"START": (None, None, 16), "END": (2021, 9, 17)})),
    ("day", "31 августа - 1 сентября", ("31 августа - 1 сентября",
                                        {"START": (None, 8, 31), "END": (None, 9, 1)})),
    ("numeric", "27.11.2025 г.", ("27.11.2025 г.", {None: (2025, 11, 27)})),
    ("year", "в 2024-2025 годах", ("в 2024-2025 годах", {"START": (2024, None, None), "END": (2025, None, None)})),
    ("year", "1000 лет", None),                       # лет: its lemma is год, but no year
    ("month_year", "в мае 2024 года", ("в мае 2024 года", {None: (2024, 5, None)})),
    ("month", "в ноябре", ("в ноябре", {None: (None, 11, None)})),
    ("month", "в Мае", None),                         # a town: a bare month is written in lower case
    ("range", "с 1 по 3 сентября", ("с 1 по 3 сентября", {"START": (None, None, 1), "END": (None, 9, 3)})),
    ("range", "с 2017 года по 2023 год", ("с 2017 года по 2023 год",
                                          {"START": (2017, None, None), "END": (2023, None, None)})),
])
def test_calendar_grammars(models, kind, text, expected):
    from analysis.dates import date_reader

    article = analysis.analyse(analysis.parse_article("Заголовок\n\n" + text + " прошло."), models)
    body = article.parts_of("body")[0]
    tokens = [t for t in article.tokens if t.start >= body.start]
    found = date_reader()(kind, tokens)
    if expected is None:
        assert found is None
    else:
        (start, end), sides = found
        assert (article.text[start:end], sides) == expected


@pytest.mark.parametrize("article_date, sentence, expected", [
    # a year written with the ending of the elided ``год`` (after a preposition or a month)
    ("2025-11-27", "Индонезия присоединилась к объединению в 2025-м.", [("в 2025-м", "2025", "", "year")]),
    ("2025-11-27", "Санкции действуют с 2014-го.", [("с 2014-го", "2014", "", "year")]),
    ("2025-11-27", "Эксперты работали на форуме в июне 2019-го.", [("в июне 2019-го", "2019-06", "", "month")]),
    ("2025-11-27", "Трубопровод открыли в конце марта 2010-го.", [("в конце марта 2010-го", "2010-03-21", "2010-03-31", "part_of_month")]),
    # a month's adjective dates its noun by the month (the year by the dateline rule)
    ("2026-01-28", "Решение приняли на декабрьском заседании.", [("декабрьском", "2025-12", "", "month")]),
    ("2026-03-10", "Делегации готовят июньский саммит.", [("июньский", "2026-06", "", "month")]),
    # ``N лет спустя`` / ``спустя N лет``: counted from the year written last before
    ("2025-11-27", "Страна вступила в союз в 2006 году, а спустя три года вышла из него.",
     [("в 2006 году", "2006", "", "year"), ("спустя три года", "2009", "", "year")]),
    ("2025-11-27", "Переговоры начались в 2010 году. Пять лет спустя договор подписали.",
     [("в 2010 году", "2010", "", "year"), ("Пять лет спустя", "2015", "", "year")]),
    # a day or month without its year in a future clause (or planned) lies after the article date
    ("2026-02-24", "Саммит пройдет в Дели в сентябре.", [("в сентябре", "2026-09", "", "month")]),
    ("2026-02-24", "Стороны планируют провести встречу 5 января.", [("5 января", "2027-01-05", "", "day")]),
])
def test_elided_years_month_adjectives_years_later(models, article_date, sentence, expected):
    assert article_dates(models, sentence, date=article_date, dateline="") == expected


@pytest.mark.parametrize("sentence", [
    "Октябрьская площадь была закрыта.",        # a name's adjective, capitalised
    "Спортсмены прошли Сентябрьский проспект.",
    "Итоги ноябрьских выборов подвели давно.",  # not a meeting's noun: no date a reader looks up
])
def test_month_adjective_names_are_no_dates(models, sentence):
    assert [d for d in article_dates(models, sentence) if d[3] == "month"] == []
