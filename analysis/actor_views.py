"""Views of an article's actors for the notebooks: mentions per actor, the text marked up (HTML,
escaped), actors co-occurring in sentences as a networkx graph, and what became of bare NER."""

import html
from bisect import bisect_right
from itertools import combinations

from .parsing import clean_text


def with_sentences(tables):
    """``mentions`` with the ``sentence_id`` each mention lies in and its actor's name and kind."""
    import pandas as pd

    mentions, sentences = tables["mentions"], tables["sentences"]
    starts = sentences["start"].tolist()
    ids = sentences["sentence_id"].tolist()
    sentence_of = [ids[max(bisect_right(starts, start) - 1, 0)] if ids else -1
                   for start in mentions["start"]]
    out = mentions.assign(sentence_id=pd.Series(sentence_of, index=mentions.index, dtype="int64"))
    actors = tables["actors"][["actor_id", "name", "name_en", "kind"]]
    return out.merge(actors, on="actor_id", how="left")


def mentions_per_actor(tables):
    """One row per actor: its names and references counted apart, most mentioned first."""
    mentions = tables["mentions"]
    out = tables["actors"][["actor_id", "name", "name_en", "kind"]].copy()
    for kind, column in (("name", "names"), ("reference", "references")):
        counts = mentions[mentions["mention_kind"] == kind].groupby("actor_id").size()
        out[column] = out["actor_id"].map(counts).fillna(0).astype("int64")
    out["total"] = out["names"] + out["references"]
    return out.sort_values(["total", "actor_id"], ascending=[False, True], ignore_index=True)


def markup_html(text, tables, label="type"):
    """The article text with its mentions boxed (ipymarkup), as HTML; the text and the labels are
    escaped. ``label``: ``type`` (PER/LOC/ORG, ``ref`` for references) or ``actor`` (the actor's
    canonical name)."""
    from ipymarkup import format_span_box_markup

    mentions = with_sentences(tables)
    spans, last_end = [], -1
    for m in mentions.sort_values(["start", "end"], ascending=[True, False]).itertuples():
        if m.start < last_end:
            continue  # a name inside a reference (``глава РФ``): the reference's box is enough
        tag = m.name if label == "actor" else (m.ner_type if m.mention_kind == "name" else "ref")
        spans.append((m.start, m.end, html.escape(tag)))
        last_end = m.end
    return "".join(format_span_box_markup(text, spans))


def cooccurrence(tables):
    """Actors as nodes (``name``, ``kind``, ``mentions``), an edge for each pair mentioned in the
    same sentence, weighted by the number of such sentences."""
    import networkx as nx

    graph = nx.Graph()
    for a in tables["actors"].itertuples():
        graph.add_node(a.actor_id, name=a.name, name_en=a.name_en, kind=a.kind, mentions=a.mentions)
    mentions = with_sentences(tables)
    for _, group in mentions.groupby("sentence_id"):
        for a, b in combinations(sorted(set(group["actor_id"])), 2):
            weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
            graph.add_edge(a, b, weight=weight)
    return graph


def ner_changes(tables):
    """What became of each of natasha's NER spans (the ``ner_spans`` table), and which mentions NER
    did not give: one row per span or added mention."""
    import pandas as pd

    mentions = with_sentences(tables)
    spans = list(tables["ner_spans"].rename(columns={"ner_type": "type"}).itertuples())
    rows = []
    for span in spans:
        inside = mentions[(mentions["mention_kind"] == "name") & (mentions["start"] < span.end)
                          & (span.start < mentions["end"])]
        if inside.empty:
            outcome, actors, types = "dropped", "", ""
        else:
            exact = inside[(inside["start"] == span.start) & (inside["end"] == span.end)]
            types = ", ".join(inside["ner_type"])
            actors = ", ".join(inside["name"])
            if len(inside) > 1:
                outcome = "split"
            elif exact.empty:
                outcome = "span changed"
            elif exact["ner_type"].iloc[0] != span.type:
                outcome = "type corrected"
            elif clean_text(span.text) != exact["name"].iloc[0]:
                outcome = "name canonicalised"
            else:
                outcome = "unchanged"
        rows.append((span.start, clean_text(span.text), span.type, outcome, types, actors))
    covered = [(s.start, s.end) for s in spans]
    for m in mentions[mentions["mention_kind"] == "name"].itertuples():
        if not any(s < m.end and m.start < e for s, e in covered):
            rows.append((m.start, "", "", "added from the gazetteer", m.ner_type, m.name))
    columns = ["start", "ner_text", "ner_type", "outcome", "now_type", "actor"]
    return pd.DataFrame(sorted(rows), columns=columns)


def roles_with_names(tables):
    """The ``roles`` table with the person's canonical Russian and English names beside each row, in
    text order: who holds which office, to read or to count."""
    import pandas as pd

    roles = tables.get("roles")
    columns = ["role_id", "person", "person_en", "position", "of_name", "former", "text", "start", "end"]
    if roles is None or roles.empty:
        return pd.DataFrame(columns=columns)
    actors = tables["actors"][["actor_id", "name", "name_en"]].rename(
        columns={"name": "person", "name_en": "person_en"})
    out = roles.merge(actors, on="actor_id", how="left")
    return out[columns].sort_values(["start", "role_id"], ignore_index=True)
