"""The speed-ups that must not change a byte: each cached or shortened path gives what the plain one
gives (natasha's own normaliser, ``tables.cell``, the csv module with None), and the garbage
collector's thresholds come back after a run."""

import csv
import gc
import io

import pytest
from natasha.norm import normalize, syntax_normalize

from analysis.actors import NormToken, natasha_normalize
from analysis.language import language_fields, morph_vocab
from analysis.outputs import csv_bytes
from analysis.parsing import parse_article
from analysis.engines import FULL_COLLECTION_EVERY, fewer_full_collections
from analysis.tables import cell


def analysed(models, text):
    _, tokens, _ = language_fields(parse_article(text, article_id="t"), models)
    return tokens


# A phrase of the sentence (first and last word), in an oblique case, and its nominative as
# natasha's syntax normaliser writes it (checked by hand: the head noun and its adjectives in the
# nominative, the genitive complement as written).
@pytest.mark.parametrize("text, first, last, expected", [
    ("Он выступил в Министерстве иностранных дел России.", "Министерстве", "России",
     "Министерство иностранных дел России"),
    ("Делегация прибыла в Шанхайскую организацию сотрудничества.", "Шанхайскую", "сотрудничества",
     "Шанхайская организация сотрудничества"),
])
def test_syntax_normalisation_is_natashas(models, text, first, last, expected):
    tokens = analysed(models, text)
    words = [t.text for t in tokens]
    span = tokens[words.index(first):words.index(last) + 1]
    norm = [NormToken(t.token_id, t.text, t.pos, t.feats, t.head_id, t.start, t.end) for t in span]
    assert syntax_normalize(models.morph_vocab, norm) == expected
    for _ in range(2):  # computed, then from the cache
        assert natasha_normalize(models.morph_vocab, norm, syntax=True) == expected


@pytest.mark.parametrize("text", [
    "Встреча с Субрахманьямом Джайшанкаром прошла в Нью-Дели.",
    "Александр Лукашенко провел переговоры с Касым-Жомартом Токаевым и Шавкатом Мирзиёевым.",
    "В Минске Генеральный секретарь ОДКБ Имангали Тасмагамбетов встретился с министрами.",
])
def test_normalisation_of_every_word_run_is_natashas(models, text):
    """Every run of one to three words, by morphology and by syntax: the cached inflection gives
    what natasha's own ``normalize`` and ``syntax_normalize`` give."""
    tokens = analysed(models, text)
    norm = [NormToken(t.token_id, t.text, t.pos, t.feats, t.head_id, t.start, t.end) for t in tokens]
    for size in (1, 2, 3):
        for i in range(len(norm) - size + 1):
            run = norm[i:i + size]
            assert natasha_normalize(models.morph_vocab, run) == normalize(models.morph_vocab, run)
            assert natasha_normalize(models.morph_vocab, run, syntax=True) == syntax_normalize(models.morph_vocab, run)


def test_models_share_the_process_morph_vocab(models):
    assert models.morph_vocab is morph_vocab()


@pytest.mark.parametrize("value, expected", [
    ("текст", "текст"), (3, 3), (2.5, 2.5), (None, None), (True, 1), (False, 0),
    (["a", "b"], "a;b"), (("x",), "x"), ([], ""),
])
def test_cell(value, expected):
    assert cell(value) == expected and type(cell(value)) is type(expected)


@pytest.mark.parametrize("rows", [
    [(None,)], [("",)], [(None, 1)], [("a", None, 2.5, 1)], [(None, None)], [("x, y", None, "«q»")],
])
def test_csv_writes_none_as_an_empty_string(rows):
    """``csv_bytes`` gives the rows to the csv module as they are: None must come out as ``""``."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([["" if v is None else v for v in row] for row in rows])
    assert csv_bytes(rows) == buffer.getvalue().encode("utf-8")


@pytest.mark.parametrize("before, during", [
    ((700, 10, 10), (700, 10, FULL_COLLECTION_EVERY)),
    ((500, 5, 1000), (500, 5, 1000)),  # a higher third threshold set by the caller is kept
])
def test_fewer_full_collections_puts_the_thresholds_back(before, during):
    old = gc.get_threshold()
    try:
        gc.set_threshold(*before)
        with fewer_full_collections():
            assert gc.get_threshold() == during
        assert gc.get_threshold() == before
        with pytest.raises(ZeroDivisionError):
            with fewer_full_collections():
                1 / 0
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*old)
