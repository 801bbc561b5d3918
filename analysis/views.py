"""Views the notebooks show, computed here so that notebooks narrate rather than re-implement:
tables with each row's part kind, a keyword-in-context concordance, text escaped for HTML,
English glosses of lemmas for chart labels."""

import csv
import html
import re
from functools import lru_cache
from importlib import resources

SPACES_RE = re.compile(r"\s+")


def with_part_kinds(tables):
    """``(sentences, tokens)`` with the ``part_id`` and ``kind`` of the part each row lies in."""
    parts = tables["parts"][["article_id", "part_id", "kind"]]
    sentences = tables["sentences"].merge(parts, on=["article_id", "part_id"], how="left")
    tokens = tables["tokens"].merge(sentences[["article_id", "sentence_id", "part_id", "kind"]],
                                    on=["article_id", "sentence_id"], how="left")
    return sentences, tokens


def kwic(text, tables, lemma, width=40):
    """Keyword in context: one row per token with ``lemma``; the context is cut at the token's part
    and its whitespace shown as single spaces."""
    import pandas as pd

    _, tokens = with_part_kinds(tables)
    parts = tables["parts"][["part_id", "start", "end"]].rename(
        columns={"start": "part_start", "end": "part_end"})
    hits = tokens[tokens["lemma"] == lemma].merge(parts, on="part_id", how="left")
    rows = [(h.sentence_id, h.kind,
             SPACES_RE.sub(" ", text[max(h.part_start, h.start - width):h.start]),
             text[h.start:h.end],
             SPACES_RE.sub(" ", text[h.end:min(h.part_end, h.end + width)]))
            for h in hits.itertuples()]
    return pd.DataFrame(rows, columns=["sentence_id", "kind", "left", "keyword", "right"])


def escape(text):
    """Article text made safe to show as HTML."""
    return html.escape(text, quote=True)


def styled_kwic(lines, uuid):
    """The concordance as a pandas Styler: text HTML-escaped, left context right-aligned against the
    keyword; a fixed ``uuid`` keeps the HTML identical between runs."""
    return (lines.style.set_uuid(uuid).hide(axis="index").format(escape="html")
            .set_properties(subset=["left"], **{"text-align": "right"})
            .set_properties(subset=["keyword"], **{"text-align": "center", "font-weight": "bold"})
            .set_properties(subset=["right"], **{"text-align": "left"}))


@lru_cache(maxsize=1)
def lemma_glossary():
    """``{lemma: English gloss}`` from ``data/lemma_glossary.csv``, read once per process."""
    path = resources.files("analysis") / "data" / "lemma_glossary.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["lemma"]: row["gloss"] for row in csv.DictReader(handle)}


def gloss(lemma):
    """The English gloss of a lemma (lower-case, as natasha gives it), or ``None`` if the glossary
    has none."""
    return lemma_glossary().get(lemma)


def glossed(lemma):
    """A lemma with its gloss for a chart label, ``"одкб (CSTO)"``; ``"лемма (no gloss)"`` when the
    glossary has none (a gloss is never guessed)."""
    english = gloss(lemma)
    return f"{lemma} ({english})" if english else f"{lemma} (no gloss)"
