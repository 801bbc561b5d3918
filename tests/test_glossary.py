"""The lemma glossary ``analysis/data/lemma_glossary.csv`` and its lookups ``gloss``/``glossed``
(data only, no models)."""

import csv
from importlib import resources

import pytest

from analysis.views import gloss, glossed, lemma_glossary

COLUMNS = ["lemma", "gloss", "source"]


def read():
    path = resources.files("analysis").joinpath("data/lemma_glossary.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


FIELDNAMES, ROWS = read()


def test_columns_exact():
    assert FIELDNAMES == COLUMNS
    assert 400 <= len(ROWS) <= 750
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


@pytest.mark.parametrize("lemma", ["переразмерены", "не-лемма", ""])
def test_an_unknown_lemma_has_no_gloss(lemma):
    assert gloss(lemma) is None
    assert glossed(lemma) == f"{lemma} (no gloss)"


def test_glossed_puts_the_gloss_in_brackets_after_the_lemma():
    assert glossed("одкб") == "одкб (CSTO)"
    assert glossed("путин") == "путин (Putin)"
