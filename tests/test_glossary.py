"""The lemma glossary ``analysis/data/lemma_glossary.csv`` and its lookups ``gloss``/``glossed``
(data only, no models)."""

import csv
from importlib import resources

import pytest

from pathlib import Path

from analysis.views import content_lemmas, gloss, gloss_phrase, glossed, lemma_glossary, phrase_glossary

ROOT = Path(__file__).resolve().parent.parent

COLUMNS = ["lemma", "gloss", "source"]


def read():
    path = resources.files("analysis").joinpath("data/lemma_glossary.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


FIELDNAMES, ROWS = read()


def test_columns_exact():
    assert FIELDNAMES == COLUMNS
    assert 400 <= len(ROWS) <= 1000
    assert all(None not in row and len(row) == len(COLUMNS) for row in ROWS)


def test_utf8_with_unix_line_ends():
    raw = resources.files("analysis").joinpath("data/lemma_glossary.csv").read_bytes()
    raw.decode("utf-8")
    assert b"\r" not in raw and raw.endswith(b"\n")


def test_lemmas_are_lower_case_unique_and_as_natasha_writes_them():
    lemmas = [row["lemma"] for row in ROWS]
    assert all(lemma == lemma.lower() == lemma.strip() and lemma for lemma in lemmas)
    assert len(set(lemmas)) == len(lemmas), [lemma for lemma in lemmas if lemmas.count(lemma) > 1]
    # pymorphy2 writes е for ё in its lemmas, so a lemma with ё would never be looked up
    assert not [lemma for lemma in lemmas if "ё" in lemma]


def test_every_row_has_a_short_gloss_and_a_source():
    for row in ROWS:
        assert row["gloss"].strip() == row["gloss"] != "", row
        assert row["source"].strip() == row["source"] != "", row
        assert len(row["gloss"].split()) <= 4, row


def test_loader_reads_the_whole_file_once():
    assert lemma_glossary() == {row["lemma"]: row["gloss"] for row in ROWS}
    assert lemma_glossary() is lemma_glossary()


@pytest.mark.parametrize("lemma, part", [
    ("одкб", "CSTO"),
    ("взаимодействие", "interaction"),
    ("путин", "Putin"),
    ("россия", "Russia"),
    ("киргизия", "Kyrgyzstan"),
    ("шос", "SCO"),
    ("еаэс", "EAEU"),
    ("председательство", "chairmanship"),
    ("оборонно-промышленный", "defence-industrial"),
    ("заявить", "state"),
    ("год", "year"),
    ("большой", "big"),  # also the lemma pymorphy2 gives велики ("are great")
])
def test_hand_checked_glosses(lemma, part):
    assert part in gloss(lemma)


@pytest.mark.parametrize("lemma", ["гиперзвуковой", "не-лемма", ""])
def test_an_unknown_lemma_has_no_gloss(lemma):
    assert gloss(lemma) is None
    assert glossed(lemma) == f"{lemma} (no gloss)"


def test_glossed_puts_the_gloss_in_brackets_after_the_lemma():
    assert glossed("одкб") == "одкб (CSTO)"
    assert glossed("путин") == "путин (Putin)"


@pytest.fixture(scope="module")
def course_tables(models):
    """The tables of the seed and of the example articles beside the notebooks."""
    import analysis

    return analysis.extract([str(ROOT / "seeds"), str(ROOT / "notebooks" / "examples")], models=models)


def test_every_content_lemma_of_the_seed_and_the_examples_is_glossed(course_tables):
    lemmas = content_lemmas(course_tables)
    assert len(lemmas) > 300  # the seed and five examples: hundreds of distinct content words
    assert [(row.lemma, row.text) for row in lemmas.itertuples() if gloss(row.lemma) is None] == []


@pytest.mark.parametrize("lemma, english", [
    # words only the lemma glossary has (the lecturer's examples printed "(no gloss)")
    ("отражение угроза безопасность и стабильность", "repelling of threat of security and stability"),
    ("борьба с незаконный миграция", "fight against illegal migration"),
    ("укрепление южный рубеж организация", "strengthening of southern frontier of the organisation"),
    # a lemma gloss with several senses composes with its first
    ("проработать создание единый платежный система для трудовой мигрант",
     "work out creation of single payment system for labour migrant"),
    # a number stays as written
    ("выделить 2 млрд юань", "allocate 2 billion yuan"),
])
def test_phrases_fall_back_word_by_word_to_the_lemma_glossary(lemma, english):
    assert gloss_phrase(lemma).english == english


@pytest.mark.parametrize("lemma, english", [
    ("угроза", "threat"),  # in the lemma glossary only
    ("а также", None),  # phrases are not lemmas
    ("углубление", "deepening"),  # in the phrase glossary only
])
def test_gloss_reads_both_glossaries(lemma, english):
    assert gloss(lemma) == english or (english and english in gloss(lemma))


def test_the_phrase_glossary_wins_over_the_lemma_glossary_in_phrases():
    assert phrase_glossary()[("страна",)][0] == "countries"
    assert gloss_phrase("развитие страна").english == "development of countries"
