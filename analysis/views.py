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
    """The English gloss of a lemma (lower-case, as natasha gives it), or ``None`` if neither
    glossary has it: the lemma glossary first, then a one-word entry of the phrase glossary (one
    lookup serves both, so a word glossed in either is glossed everywhere)."""
    english = lemma_glossary().get(lemma)
    if english is None and (lemma,) in phrase_glossary():
        english = phrase_glossary()[(lemma,)][0]
    return english


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


CONTENT_POS = ("NOUN", "ADJ", "VERB", "PROPN")
# pymorphy2's parts of speech of a dictionary form that modify a noun or govern one
MODIFIER_POS, VERB_POS = {"ADJF", "PRTF", "NUMR"}, {"INFN", "VERB"}
SENSE_NOTE_RE = re.compile(r"\s*\([^)]*\)")


def _morph_vocab():
    from .language import morph_vocab  # the process's one pymorphy2 analyser

    return morph_vocab()


@lru_cache(maxsize=None)
def lemma_role(lemma):
    """The role a lemma glossed word by word plays in a phrase gloss, from pymorphy2's first
    reading of the lemma: an adjective, participle or numeral is a ``modifier`` (put before its
    noun), an infinitive a ``verb`` (governs the next noun without ``of``), anything else a
    ``noun`` (joined to the previous noun by ``of``, the Russian genitive chain)."""
    parses = _morph_vocab().parse(lemma)
    pos = parses[0].tag.POS if parses else None
    return "modifier" if pos in MODIFIER_POS else "verb" if pos in VERB_POS else "noun"


def first_sense(english):
    """The first sense of a lemma gloss without its notes, for composing a phrase:
    ``"peace; world"`` -> ``"peace"``, ``"single, unified"`` -> ``"single"``, ``"Minsk (adj.)"`` ->
    ``"Minsk"``."""
    return SENSE_NOTE_RE.sub("", re.split(r"[;,]", english)[0]).strip() or english


@lru_cache(maxsize=1)
def combined_glossary():
    """The phrase glossary with every lemma of the lemma glossary it lacks added as a one-word
    entry (its first sense, its role from ``lemma_role``): the one table ``gloss_phrase`` reads,
    so a phrase falls back word by word to the lemma glossary. The phrase glossary's entries win:
    they are written for priority phrases (``страна`` is "countries" there)."""
    table = {(lemma,): (first_sense(english), None) for lemma, english in lemma_glossary().items()}
    table.update(phrase_glossary())
    return table


def gloss_phrase(lemma):
    """An English gloss of a phrase's lemmas: the glossary's phrase when it has the whole phrase;
    else a word-by-word gloss of nouns joined by ``of`` (the Russian genitive chain), modifiers
    before their noun and links (``и``, ``с``) as they are, when the glossaries cover every word
    (``combined_glossary``: the phrase glossary, then the lemma glossary word by word); else
    ``NO_GLOSS`` with the words neither has. A ``verb`` entry (``делиться``, ``борьба с``) governs
    the next noun directly, with no ``of``."""
    words = [w for w in lemma.split() if w not in DASHES]
    table = combined_glossary()
    if tuple(words) in table:
        return Gloss(table[tuple(words)][0], "phrase", "")
    pieces, missing = [], []
    for entry, run in longest_matches(words, table):
        if entry is None and run[0].isdigit():  # a number reads the same in English: a modifier
            entry = (run[0], "modifier")
        if entry is None:
            missing.append(run[0])
        else:
            pieces.append((entry, run))
    if missing or not pieces:
        return Gloss(NO_GLOSS, "none", " ".join(missing))
    out, previous = [], None
    for (english, role), run in pieces:
        role = role or lemma_role(run[0])
        if role in ("noun", "modifier") and previous == "noun":
            out.append("of")
        out.append(english)
        previous = role
    return Gloss(" ".join(out), "composed", "")


def content_lemmas(tables):
    """The content lemmas of articles, the words a reader needs glossed: ``lemma, pos, text``
    (first occurrence of each lemma), for tokens tagged ``NOUN``, ``ADJ``, ``VERB`` or ``PROPN``
    that hold no digit (a number needs no gloss) and lie outside every person's name (a token in a
    mention tagged ``PER`` or of an actor of kind ``person``: a name is transliterated, not
    glossed)."""
    import numpy as np

    tokens, mentions = tables["tokens"], tables["mentions"]
    persons = set(tables["actors"].loc[tables["actors"]["kind"] == "person", ["article_id", "actor_id"]]
                  .itertuples(index=False, name=None))
    of_person = [(a, i) in persons for a, i in zip(mentions["article_id"], mentions["actor_id"])]
    names = mentions[(mentions["ner_type"] == "PER").to_numpy() | np.array(of_person, dtype=bool)]
    content = tokens[tokens["pos"].isin(CONTENT_POS) & ~tokens["text"].str.contains(r"\d")]
    spans = {}
    for m in names.itertuples():
        spans.setdefault(m.article_id, []).append((m.start, m.end))
    inside = [any(s < end and start < e for s, e in spans.get(a, ()))
              for a, start, end in zip(content["article_id"], content["start"], content["end"])]
    content = content[[not x for x in inside]]
    return content.drop_duplicates("lemma")[["lemma", "pos", "text"]].reset_index(drop=True)


def theme_english(theme):
    """The English label of a priority theme (``collective_security`` -> ``collective security
    and stability``); a theme outside ``priorities.THEMES`` (``other``, ``statutory``) with its
    underscores as spaces."""
    from .priorities import THEMES

    return {name: english for name, english, _ in THEMES}.get(theme, theme.replace("_", " "))


def priority_group_labels(priorities):
    """``{group_id: label}`` for a chart of restated priorities: each group labelled by its theme's
    English label and the English gloss of its first statement (``gloss_phrase``), e.g.
    ``"collective security and stability: repelling of threat of security and stability"``; the
    first statement's Russian text when no gloss covers it (never a bare group number)."""
    labels = {}
    for group_id, group in priorities.groupby("group_id", sort=True):
        first = group.sort_values("start", kind="stable").iloc[0]
        english = gloss_phrase(first["lemma"]).english
        labels[group_id] = "%s: %s" % (theme_english(first["theme"]),
                                       english if english != NO_GLOSS else first["text"])
    return labels
