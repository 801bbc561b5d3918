"""The overview and the lemma search on Parquet output with DuckDB (``analysis.archive``): the same
tables as the pandas views on the same articles, from a small Parquet run made here of
``tests/corpus`` (written in partitions of two articles, so a table spans several files)."""

from pathlib import Path

import pytest

import analysis
from analysis import archive, corpus_views as cv
from analysis.inputs import UsageError, collect_inputs
from analysis.options import DEFAULT_OPTIONS
from analysis.pipeline import extract_to

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="module")
def parquet_dir(models, tmp_path_factory):
    from analysis import outputs

    out = tmp_path_factory.mktemp("archive") / "out"
    size, outputs.PARTITION_SIZE = outputs.PARTITION_SIZE, 2
    try:
        extract_to(out, collect_inputs([str(CORPUS)]), DEFAULT_OPTIONS, format="parquet", models=models)
    finally:
        outputs.PARTITION_SIZE = size
    return out


@pytest.fixture(scope="module")
def tables(models):
    return analysis.extract(str(CORPUS), models=models)


def test_the_run_is_partitioned(parquet_dir):
    assert len(archive.table_files(parquet_dir, "tokens")) == 2


@pytest.mark.parametrize("filters", [
    {},
    {"agency": "ТАСС"},
    {"since": "2025-01-01", "until": "2025-06-30"},
    {"speaker": "Владимир Путин"},
    {"actor": "Минск"},
    {"theme": "collective_security"},
    {"agency": "Интерфакс"},  # no such article: an empty table
])
def test_overview_is_the_pandas_overview(parquet_dir, tables, filters):
    found = archive.overview(parquet_dir, **filters)
    expected = cv.overview(tables, **filters)
    assert found.to_dict("records") == expected.to_dict("records")


def test_overview_by_hand(parquet_dir):
    found = archive.overview(parquet_dir, agency="ТАСС")
    assert found["article_id"].tolist() == ["2023-11-23_csto_minsk", "2025-06-27_eaeu_minsk"]
    assert found["top_actors"].tolist()[0] == "ОДКБ; Минск; Армения"
    assert found["to_check"].tolist() == [1, 0]
    assert len(archive.overview(parquet_dir, limit=1)) == 1


@pytest.mark.parametrize("lemma, keywords", [
    ("саммит", ["Саммит", "саммит", "саммита", "Саммит"]),
    ("лукашенко", ["Лукашенко"] * 4),  # once in the CSTO article, three times in the EAEU one
    ("гиперзвуковой", []),
])
def test_search_is_the_pandas_kwic(parquet_dir, tables, lemma, keywords):
    found = archive.search(parquet_dir, lemma)
    assert found["keyword"].tolist() == keywords
    assert found.to_dict("records") == cv.corpus_kwic(tables, lemma).to_dict("records")


def test_a_folder_without_parquet_tables_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="no Parquet files for the table 'articles'"):
        archive.overview(tmp_path)
