"""Corpus views (``analysis.corpus_views``, ``fact_views.compare_facts``) on the tests' own corpus,
``tests/corpus`` (three articles: a CSTO summit of 2023, an EAEU council of 2025 by TASS, the SCO
summit of 2025 by RIA). Expected values were read off the texts by hand."""

from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import corpus_views as cv
from analysis.fact_views import compare_facts

CORPUS = Path(__file__).resolve().parent / "corpus"
CSTO, EAEU, SCO = "2023-11-23_csto_minsk", "2025-06-27_eaeu_minsk", "2025-09-01_sco_tianjin"


@pytest.fixture(scope="module")
def tables(models):
    return analysis.extract(str(CORPUS), models=models)


def test_overview_has_one_row_per_article_in_date_order(tables):
    view = cv.overview(tables)
    assert list(view.columns) == cv.OVERVIEW_COLUMNS
    assert view["article_id"].tolist() == [CSTO, EAEU, SCO]
    assert view["date"].tolist() == ["2023-11-23", "2025-06-27", "2025-09-01"]
    assert view["agency"].tolist() == ["ТАСС", "ТАСС", "РИА Новости"]
    assert view["speakers"].tolist() == ["Александр Лукашенко", "Александр Лукашенко", "Владимир Путин"]
    # the CSTO article names ОДКБ, Минск and Армения three times each (title, lead, body)
    assert view.loc[0, "top_actors"] == "ОДКБ; Минск; Армения"
    # Лукашенко's "обеспечение безопасности" is collective security; Путин's "борьба с терроризмом"
    assert view.loc[0, "themes"] == "collective_security"
    assert "counter_terrorism" in view.loc[2, "themes"].split("; ")
    assert "statutory" not in ";".join(view["themes"])
    # the CSTO article puts the treaty in 1994 (signed 1992): its one check to look at
    assert view["to_check"].tolist() == [1, 0, 0]
    assert not view["constructed"].any()  # the tests' corpus carries no source line


@pytest.mark.parametrize("filters, expected", [
    ({"agency": "ТАСС"}, [CSTO, EAEU]),
    ({"agency": "РИА Новости"}, [SCO]),
    ({"since": "2025-01-01"}, [EAEU, SCO]),
    ({"until": "2024-12-31"}, [CSTO]),
    ({"since": "2025-07-01", "agency": "ТАСС"}, []),
    ({"speaker": "Владимир Путин"}, [SCO]),
    ({"actor": "Минск"}, [CSTO, EAEU]),  # the CSTO summit and the EAEU council were in Minsk
    ({"actor": "Pakistan"}, [SCO]),  # English names work too
    ({"theme": "counter_terrorism"}, [SCO]),
])
def test_overview_filters(tables, filters, expected):
    assert cv.overview(tables, **filters)["article_id"].tolist() == expected


def test_corpus_kwic_finds_the_lemma_in_every_article(tables):
    lines = cv.corpus_kwic(tables, "саммит")
    # "Саммит ОДКБ", "на саммит" (CSTO); "по итогам саммита", "Саммит ШОС" (SCO)
    assert lines["article_id"].tolist() == [CSTO, CSTO, SCO, SCO]
    assert lines["keyword"].tolist() == ["Саммит", "саммит", "саммита", "Саммит"]
    assert lines.loc[1, "left"].endswith("Армения не направила делегацию на ")
    assert cv.corpus_kwic(tables, "гиперзвуковой").empty


@pytest.mark.parametrize("period, actor, articles", [
    ("2023", "CSTO", 1),
    ("2023", "Armenia", 1),
    ("2025", "Russia", 2),  # a member of the EAEU and a founder of the SCO
    ("2025", "Kyrgyzstan", 2),
    ("2025", "Alexander Lukashenko", 1),
])
def test_actors_over_time(tables, period, actor, articles):
    found = cv.actors_over_time(tables)
    row = found[(found["period"] == period) & (found["actor"] == actor)]
    assert row["articles"].tolist() == [articles]


def test_themes_over_time_counts_stated_priorities_by_year(tables):
    found = cv.themes_over_time(tables)
    rows = set(zip(found["period"], found["theme"], found["priorities"]))
    assert ("2023", "collective_security", 1) in rows
    assert ("2025", "counter_terrorism", 1) in rows
    assert set(found["period"]) == {"2023", "2025"}


def test_an_article_without_a_date_takes_the_default_date(tables):
    undated = dict(tables, articles=tables["articles"].assign(
        date=tables["articles"]["date"].where(tables["articles"]["article_id"] != CSTO, "")))
    assert "2023" not in set(cv.actors_over_time(undated)["period"])
    placed = cv.actors_over_time(undated, default_date="2024-03-01")
    assert placed.loc[placed["period"] == "2024", "actor"].str.contains("CSTO").any()
    assert cv.overview(undated, default_date="2024-03-01")["date"].tolist()[0] == "2024-03-01"


@pytest.mark.parametrize("speaker, actor, quotes", [
    # "партнеров по ЕАЭС ..." and "партнеров по Евразийскому экономическому союзу ..."
    ("Александр Лукашенко", "EAEU", 2),
    # "председательство в органах союза перейдет к Казахстану"
    ("Александр Лукашенко", "Kazakhstan", 1),
    # "ШОС должна укреплять сотрудничество в сфере безопасности"
    ("Владимир Путин", "SCO", 1),
])
def test_speaker_actors(tables, speaker, actor, quotes):
    found = cv.speaker_actors(tables)
    row = found[(found["speaker"] == speaker) & (found["actor"] == actor)]
    assert row["quotes"].tolist() == [quotes]


def test_speaker_actors_only_counts_mentions_inside_quotes(tables):
    found = cv.speaker_actors(tables)
    # Лукашенко is named outside his quotes, and Belarus ("Президент Белоруссии") too
    assert not found["actor"].isin(["Alexander Lukashenko", "Belarus", "Vladimir Putin"]).any()
    assert set(found["speaker"]) == {"Александр Лукашенко", "Владимир Путин"}
    matrix = cv.speaker_actor_matrix(tables)
    assert matrix.loc["Александр Лукашенко", "EAEU"] == 2
    assert cv.speaker_actor_matrix(tables, speaker="speaker_en").loc["Vladimir Putin", "SCO"] == 1


def test_three_organisations_have_no_fact_to_compare(tables):
    assert compare_facts(tables["facts"], tables["articles"]).empty


def facts(*rows):
    return pd.DataFrame(rows, columns=["article_id", "subject", "predicate", "value", "date"])


ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "date": ["2023-11-23", "2025-10-20"]})


@pytest.mark.parametrize("rows, expected", [
    # the seed recalls "the summit held there" (Bishkek, 2024) undated; another article reports the
    # Minsk summit of 2023: two summits, no disagreement (this was flagged before)
    ([("a", "ОДКБ", "summit", "Киргизия", ""), ("b", "ОДКБ", "summit", "Минск", "2023-11-23")], []),
    # two summits in two years: two events, each stated once
    ([("a", "ОДКБ", "summit", "Минск", "2023-11-23"), ("b", "ОДКБ", "summit", "Бишкек", "2024-11-27")], []),
    # the same year's summit in two places: a disagreement
    ([("a", "ОДКБ", "summit", "Минск", "2023-11-23"), ("b", "ОДКБ", "summit", "Бишкек", "2023")],
     [("ОДКБ", "summit", "2023", "", ["Бишкек", "Минск"], False)]),
    # the next chair announced and the chair that year: the same chairmanship, agreeing
    ([("a", "ОДКБ", "next_chair", "Россия", "2026"), ("b", "ОДКБ", "chair", "Россия", "2026")],
     [("ОДКБ", "chair", "2026", "", ["Россия"], True)]),
    # founding dates of two precisions agree; two different years do not
    ([("a", "ОДКБ", "founded", "", "2002"), ("b", "ОДКБ", "founded", "", "2002-05-14")],
     [("ОДКБ", "founded", "", "", ["2002", "2002-05-14"], True)]),
    ([("a", "ОДКБ", "treaty_signed", "Договор", "1994-05-15"), ("b", "ОДКБ", "treaty_signed", "Договор", "1992-05-15")],
     [("ОДКБ", "treaty_signed", "", "Договор", ["1992-05-15", "1994-05-15"], False)]),
    # each state joins once: two states' dates are not compared with each other
    ([("a", "ЕАЭС", "joined", "Армения", "2015-01-02"), ("b", "ЕАЭС", "joined", "Киргизия", "2015-08-12")], []),
    # the number of members changes: 2023 and 2025 are not compared
    ([("a", "ОДКБ", "member_count", "6", ""), ("b", "ОДКБ", "member_count", "5", "")], []),
])
def test_compare_facts_compares_only_the_same_event(rows, expected):
    found = compare_facts(facts(*rows), ARTICLES)
    assert [(r.subject, r.predicate, r.event, r.key, r.claims, r.agree) for r in found.itertuples()] == expected


@pytest.mark.parametrize("paragraphs, constructed", [
    (["Источник: учебный пример, составленный для курса, а не текст агентства."], True),
    (["Источник: ТАСС"], False),  # an agency's own source line
    ([], False),
])
def test_constructed_articles_carry_the_source_line(paragraphs, constructed):
    text = " date 2025-01-01 Заголовок\n\nМОСКВА, 1 января. /ТАСС/. Текст.\n\n" + "\n\n".join(paragraphs)
    tables = analysis.extract_text(text, article_id="t")
    assert cv.constructed_articles(tables["parts"]) == ({"t"} if constructed else set())


def test_dates_come_from_an_archive_column_or_the_date_option(models, tmp_path):
    # an archive's `date` column dates a row without a ` date` header; `--date` (Options.date) the
    # rest; the over-time views then place each article at that date
    import csv

    body = "МОСКВА. /ТАСС/. Президент России Владимир Путин провел переговоры в Минске."
    archive = tmp_path / "wire.csv"
    with archive.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "date", "text"], ["dated", "2024-05-01", body], ["undated", "", body]])
    tables = analysis.extract([str(archive)], options=analysis.Options(date="2023-01-01"), models=models)
    view = cv.overview(tables)
    assert list(zip(view["article_id"], view["date"])) == [("undated", "2023-01-01"), ("dated", "2024-05-01")]
    found = cv.actors_over_time(tables)
    assert set(found.loc[found["actor"] == "Vladimir Putin", "period"]) == {"2023", "2024"}


@pytest.mark.parametrize("speaker, label", [
    ("китайский лидер", "китайский лидер (Chinese leader)"),  # a speaker who is no actor, glossed
    ("гиперзвуковой эксперт", "гиперзвуковой эксперт"),  # no gloss: the Russian as it is
])
def test_a_speaker_without_an_actor_is_glossed_when_the_glossary_can(speaker, label):
    assert cv._glossed_speaker(speaker) == label
