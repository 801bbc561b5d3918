"""The whole pipeline, models included, on arbitrary text: it never raises, and every table's
offsets reproduce the text. Fewer examples than the parser's properties: each runs natasha."""

from hypothesis import given, settings

import analysis
from analysis.schema import TABLES
from test_properties import ARTICLES

SPAN_TABLES = [name for name, table in TABLES.items()
               if {"start", "end", "text"} <= {c.name for c in table.columns}]


@settings(max_examples=60)
@given(ARTICLES)
def test_extract_text_never_raises_and_every_span_reproduces_the_text(text):
    tables = analysis.extract_text(text, article_id="any")
    for name in SPAN_TABLES:
        if name not in tables:
            continue
        for row in tables[name].itertuples():
            assert text[row.start:row.end] == row.text, (name, row)


@settings(max_examples=30)
@given(ARTICLES)
def test_decomposed_text_keeps_every_span_and_tokenises_as_the_composed(text):
    """NFD text (``й`` as ``и`` + U+0306): the text stays as it is, every span reproduces it, and
    its tokens are the composed text's, character for character once composed."""
    import unicodedata

    composed = unicodedata.normalize("NFC", text)
    decomposed = unicodedata.normalize("NFD", composed)
    tables = analysis.extract_text(decomposed, article_id="nfd")
    for name in SPAN_TABLES:
        if name not in tables:
            continue
        for row in tables[name].itertuples():
            assert decomposed[row.start:row.end] == row.text, (name, row)
    tokens = [unicodedata.normalize("NFC", t) for t in tables["tokens"]["text"]]
    assert tokens == list(analysis.extract_text(composed, article_id="nfc")["tokens"]["text"])
