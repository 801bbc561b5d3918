"""Views the notebooks show, computed here so that notebooks narrate rather than re-implement:
tables with each row's part kind, a keyword-in-context concordance, text escaped for HTML,
English glosses of lemmas for chart labels and of priority phrases."""

import csv
import html
import re
from collections import namedtuple
from functools import lru_cache
from importlib import resources

from .lexicon import DASHES, longest_matches  # DASHES: punctuation.csv

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


def styled_table(df, uuid):
    """Any table of article text as a pandas Styler: cells HTML-escaped, no index, a fixed ``uuid``."""
    return df.style.set_uuid(uuid).hide(axis="index").format(escape="html")


SPOKEN_KINDS = ("title", "subtitle", "body")


def speech_shares(tables):
    """Characters of the headline, subtitle and body per voice: each speaker's direct and reported
    speech (an unresolved speaker is ``(unresolved)``), and the agency's narration, the rest."""
    import pandas as pd

    parts = tables["parts"][tables["parts"]["kind"].isin(SPOKEN_KINDS)]
    total = int((parts["end"] - parts["start"]).sum())
    quotes = tables["quotes"].merge(tables["parts"][["part_id", "kind"]], on="part_id")
    quotes = quotes[quotes["kind"].isin(SPOKEN_KINDS)]
    actors = tables["actors"].set_index("actor_id")
    rows = []
    for (actor_id, mode), group in quotes.groupby(["speaker_actor_id", "mode"], sort=True):
        name = actors.loc[actor_id, "name_en"] if actor_id in actors.index else "(unresolved)"
        rows.append((name, mode, int((group["end"] - group["start"]).sum())))
    quoted = sum(r[2] for r in rows)
    rows.append(("narration (the agency)", "narration", total - quoted))
    shares = pd.DataFrame(rows, columns=["voice", "mode", "characters"])
    shares["share_%"] = (100 * shares["characters"] / max(total, 1)).round(1)
    return shares


PRIORITY_SOURCES = ("headline", "subtitle", "lead", "direct_quote", "reported", "list_item", "body")


def priority_framing(priorities):
    """One row per group of restated priorities, one column per place it is stated (headline,
    subtitle, lead, quote...), the phrases as written; groups in order of first appearance."""
    import pandas as pd

    if priorities.empty:
        return pd.DataFrame(columns=["group_id", "status"] + list(PRIORITY_SOURCES))
    table = (priorities.groupby(["group_id", "source_kind"], sort=False)["text"]
             .agg(" / ".join).unstack(fill_value=""))
    columns = [kind for kind in PRIORITY_SOURCES if kind in table.columns]
    status = priorities.groupby("group_id")["status"].first()
    return table[columns].join(status).reset_index()[["group_id", "status"] + columns]


NO_GLOSS = "(no gloss)"
Gloss = namedtuple("Gloss", "english kind missing")


@lru_cache(maxsize=1)
def phrase_glossary():
    """``{lemma phrase (tuple): (english, role)}`` from ``data/glossary.csv``, read once."""
    path = resources.files("analysis") / "data" / "glossary.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {tuple(row["lemma"].split()): (row["english"], row["role"]) for row in csv.DictReader(handle)}


def gloss_phrase(lemma):
    """An English gloss of a phrase's lemmas: the glossary's phrase when it has the whole phrase;
    else a word-by-word gloss of nouns joined by ``of`` (the Russian genitive chain), modifiers
    before their noun and links (``и``, ``с``) as they are, when the glossary covers every word;
    else ``NO_GLOSS`` with the words it lacks. A ``verb`` entry (``делиться``, ``борьба с``) governs
    the next noun directly, with no ``of``."""
    words = [w for w in lemma.split() if w not in DASHES]
    table = phrase_glossary()
    if tuple(words) in table:
        return Gloss(table[tuple(words)][0], "phrase", "")
    pieces, missing = [], []
    for entry, run in longest_matches(words, table):
        if entry is None:
            missing.append(run[0])
        else:
            pieces.append(entry)
    if missing or not pieces:
        return Gloss(NO_GLOSS, "none", " ".join(missing))
    out, previous = [], None
    for english, role in pieces:
        if role in ("noun", "modifier") and previous == "noun":
            out.append("of")
        out.append(english)
        previous = role
    return Gloss(" ".join(out), "composed", "")
