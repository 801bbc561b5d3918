"""Views of a corpus for researchers: many articles' tables (``load_corpus``, ``read_tables`` of an
``extract`` folder) turned into the tables notebook 05 shows.

- ``overview``: one row per article (date, agency, title, speakers, top actors, priority themes,
  checks to look at), with filters;
- ``corpus_kwic``: keyword in context by lemma across every article (``views.kwic`` per article);
- ``actors_over_time`` and ``themes_over_time``: mentions and stated priorities per period, each
  article at its date (``article_dates``: the ``date`` column, which ``extract`` fills from the
  ``date`` header line, an archive's ``date`` field or ``--date``; else the ``default`` given here);
- ``speaker_actors``: who speaks about whom (actors mentioned inside each speaker's quotes);
- ``fact_views.compare_facts`` compares the organisations' facts across articles.

All are plain pandas: filter the overview like any DataFrame (``view[view.agency == "ТАСС"]``), or
pass the filters ``overview`` takes. For archives too large for pandas, ``analysis.archive`` runs
the overview and the search on Parquet output with DuckDB.
"""

# the statuses counted as an article's priorities: ``statutory`` goals are what an organisation is
# for (its charter, restated in a backgrounder), not what anyone in the article puts first; plans,
# offers, practice and support are not priorities either (docs/codebook.md, priorities)
PRIORITY_STATUSES = ("priority",)
FLAGGED = "agrees"  # a check with any other status is one to look at (as ``check`` prints them)
TOP_ACTORS = 3
OVERVIEW_COLUMNS = ["article_id", "date", "agency", "title", "speakers", "top_actors", "themes", "to_check",
                    "constructed"]
# Articles written for the course (notebooks/examples/) end in a source line that says so; the
# parser keeps an "Источник:" paragraph as boilerplate (no actors, facts or priorities come from
# it), and every view that lists articles shows the mark, so no one takes them for agency texts.
CONSTRUCTED_NOTE = r"^Источник\s*:\s*учебный пример"


def _blank(value):
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def speakers_by_article(quotes):
    """``{article_id: [speaker, ...]}``: each article's resolved speakers in order of first quote."""
    out = {}
    for article_id, speaker in zip(quotes["article_id"], quotes["speaker"]):
        speaker = _blank(speaker)
        if speaker and speaker not in out.setdefault(article_id, []):
            out[article_id].append(speaker)
    return out


def top_actors_by_article(actors, n=TOP_ACTORS):
    """``{article_id: [name, ...]}``: the ``n`` most mentioned actors of each article (ties: the one
    mentioned first comes first), by their Russian canonical names as the index page shows them."""
    ranked = actors.sort_values(["article_id", "mentions", "first_start"], ascending=[True, False, True],
                                kind="stable")
    return {a: list(group["name"].head(n)) for a, group in ranked.groupby("article_id", sort=False)}


def themes_by_article(priorities, statuses=PRIORITY_STATUSES):
    """``{article_id: [theme, ...]}``: the themes of each article's stated priorities (``statuses``;
    never ``statutory``), most restatement groups first, ties in the order of ``THEMES``."""
    from .priorities import THEMES

    order = {name: i for i, (name, _, _) in enumerate(THEMES)}
    stated = priorities[priorities["status"].isin(statuses)].drop_duplicates(["article_id", "group_id"])
    out = {}
    for article_id, group in stated.groupby("article_id", sort=False):
        counts = group["theme"].value_counts()
        out[article_id] = sorted(counts.index, key=lambda t: (-counts[t], order.get(t, len(order)), t))
    return out


def constructed_articles(parts):
    """The ids of the articles marked as constructed: a boilerplate part opening with
    ``CONSTRUCTED_NOTE`` (``Источник: учебный пример, ...``)."""
    notes = parts[(parts["kind"] == "boilerplate") & parts["text"].astype(str).str.contains(CONSTRUCTED_NOTE)]
    return set(notes["article_id"])


def overview(tables, agency=None, since=None, until=None, speaker=None, actor=None, theme=None,
             default_date=None):
    """One row per article: ``article_id, date, agency, title, speakers, top_actors, themes,
    to_check`` (lists joined by ``"; "``; ``to_check`` counts the checks whose status is not
    ``agrees``), in date order. Filters, each optional and all applied together: ``agency`` (exact
    name, e.g. ``"ТАСС"``), ``since``/``until`` (ISO dates, inclusive), ``speaker`` and ``actor``
    (a name among the article's speakers / top actors, or any actor it mentions), ``theme`` (a
    priority theme). Articles without a date take ``default_date`` (see ``article_dates``)."""
    import pandas as pd

    articles = tables["articles"].copy()
    articles["date"] = article_dates(articles, default_date)
    speakers = speakers_by_article(tables["quotes"])
    top = top_actors_by_article(tables["actors"])
    themes = themes_by_article(tables["priorities"])
    checks = tables["checks"]
    to_check = checks[checks["status"] != FLAGGED].groupby("article_id").size()
    constructed = constructed_articles(tables["parts"])
    rows = [(a.article_id, a.date, _blank(a.agency), _blank(a.title), "; ".join(speakers.get(a.article_id, [])),
             "; ".join(top.get(a.article_id, [])), "; ".join(themes.get(a.article_id, [])),
             int(to_check.get(a.article_id, 0)), a.article_id in constructed)
            for a in articles.itertuples()]
    view = pd.DataFrame(rows, columns=OVERVIEW_COLUMNS)
    keep = pd.Series(True, index=view.index)
    if agency is not None:
        keep &= view["agency"] == agency
    if since is not None:
        keep &= (view["date"] != "") & (view["date"].str[:10] >= since)
    if until is not None:
        keep &= (view["date"] != "") & (view["date"].str[:len(until)] <= until)
    if speaker is not None:
        keep &= view["article_id"].map(lambda a: speaker in speakers.get(a, []))
    if actor is not None:
        named = tables["actors"][(tables["actors"]["name"] == actor) | (tables["actors"]["name_en"] == actor)]
        keep &= view["article_id"].isin(set(named["article_id"]))
    if theme is not None:
        keep &= view["article_id"].map(lambda a: theme in themes.get(a, []))
    return (view[keep].sort_values(["date", "article_id"], kind="stable", ignore_index=True))


def article_dates(articles, default=None):
    """Each article's date (a Series aligned with ``articles``): its ``date`` column, which
    ``extract`` fills from the text's ``date`` header line, else an archive row's ``date`` field,
    else ``--date``; an article still without one gets ``default`` (an ISO date), else ``""``."""
    dates = articles["date"].fillna("").astype(str)
    return dates.where(dates != "", default or "")


def period_of(dates, freq="year"):
    """ISO dates cut to a ``year`` (``2025``) or a ``month`` (``2025-09``); ``""`` stays ``""``."""
    width = {"year": 4, "month": 7, "day": 10}[freq]
    return dates.str[:width]


def actors_over_time(tables, freq="year", default_date=None, label="name_en"):
    """Mentions of each actor per period: ``period, actor, articles, mentions`` (one row per actor
    and period it is mentioned in), ``actor`` its English name (its Russian name when it has none).
    Articles without a date (after ``default_date``) are left out: they have no place in time."""
    articles = tables["articles"].assign(date=article_dates(tables["articles"], default_date))
    actors = tables["actors"].merge(articles[["article_id", "date"]], on="article_id")
    actors = actors[actors["date"] != ""]
    names = actors[label].fillna("").astype(str)
    actors = actors.assign(actor=names.where(names != "", actors["name"]), period=period_of(actors["date"], freq))
    return (actors.groupby(["period", "actor"]).agg(articles=("article_id", "nunique"),
                                                    mentions=("mentions", "sum"))
            .reset_index().sort_values(["period", "mentions", "actor"], ascending=[True, False, True],
                                       ignore_index=True))


def themes_over_time(tables, freq="year", default_date=None, statuses=PRIORITY_STATUSES):
    """Stated priorities per theme and period: ``period, theme, articles, priorities``, each
    restatement group counted once (never ``statutory`` goals; see ``PRIORITY_STATUSES``).
    Articles without a date (after ``default_date``) are left out."""
    articles = tables["articles"].assign(date=article_dates(tables["articles"], default_date))
    stated = (tables["priorities"][tables["priorities"]["status"].isin(statuses)]
              .drop_duplicates(["article_id", "group_id"])
              .merge(articles[["article_id", "date"]], on="article_id"))
    stated = stated[stated["date"] != ""].assign(period=lambda f: period_of(f["date"], freq))
    return (stated.groupby(["period", "theme"]).agg(articles=("article_id", "nunique"),
                                                    priorities=("group_id", "size"))
            .reset_index().sort_values(["period", "priorities", "theme"], ascending=[True, False, True],
                                       ignore_index=True))


def speaker_actors(tables, include_self=False):
    """Who speaks about whom: ``speaker, speaker_en, actor, quotes, mentions`` for every actor
    mentioned (a
    name or a resolved reference) inside a quote's span, ``quotes`` the number of that speaker's
    quotes that mention the actor. A speaker's mentions of themselves (``я``, their own name) are
    left out unless ``include_self``; quotes without a resolved speaker are left out. Actors are
    named in English (Russian when they have no English name)."""
    import pandas as pd

    quotes = tables["quotes"]
    quotes = quotes[quotes["speaker"].fillna("").astype(str) != ""]
    mentions = tables["mentions"]
    mentions = mentions[mentions["actor_id"].astype(str) != ""]
    pairs = quotes[["article_id", "quote_id", "start", "end", "speaker", "speaker_actor_id"]].merge(
        mentions[["article_id", "start", "end", "actor_id"]], on="article_id", suffixes=("", "_m"))
    pairs = pairs[(pairs["start_m"] >= pairs["start"]) & (pairs["end_m"] <= pairs["end"])]
    if not include_self:
        pairs = pairs[pairs["actor_id"].astype(str) != pairs["speaker_actor_id"].astype(str)]
    actors = tables["actors"][["article_id", "actor_id", "name", "name_en"]].copy()
    actors["actor_id"] = actors["actor_id"].astype(str)
    names = actors["name_en"].fillna("").astype(str)
    actors["actor"] = names.where(names != "", actors["name"])
    pairs = pairs.assign(actor_id=pairs["actor_id"].astype(str)).merge(
        actors[["article_id", "actor_id", "actor"]], on=["article_id", "actor_id"])
    if pairs.empty:
        return pd.DataFrame(columns=["speaker", "speaker_en", "actor", "quotes", "mentions"])
    speakers = actors.rename(columns={"actor_id": "speaker_actor_id", "actor": "speaker_en"})
    pairs = pairs.assign(speaker_actor_id=pairs["speaker_actor_id"].astype(str)).merge(
        speakers[["article_id", "speaker_actor_id", "speaker_en"]], on=["article_id", "speaker_actor_id"],
        how="left")
    # a speaker who is no actor ("китайский лидер") is glossed word by word when the glossary can
    pairs["speaker_en"] = pairs["speaker_en"].fillna(pairs["speaker"].map(_glossed_speaker))
    pairs["quote"] = pairs["article_id"].astype(str) + "\0" + pairs["quote_id"].astype(str)
    table = (pairs.groupby(["speaker", "speaker_en", "actor"])
             .agg(quotes=("quote", "nunique"), mentions=("actor_id", "size"))
             .reset_index())
    return table.sort_values(["speaker", "mentions", "actor"], ascending=[True, False, True], ignore_index=True)


def _glossed_speaker(speaker):
    from .views import NO_GLOSS, gloss_phrase

    english = gloss_phrase(speaker.lower()).english
    return speaker if english == NO_GLOSS else "%s (%s)" % (speaker, english)


def speaker_actor_matrix(tables, include_self=False, speaker="speaker"):
    """``speaker_actors`` as a matrix: one row per speaker (``speaker``: the Russian name, or
    ``speaker_en`` the English one), one column per actor, mentions in cells."""
    pairs = speaker_actors(tables, include_self)
    return pairs.pivot_table(index=speaker, columns="actor", values="mentions", aggfunc="sum", fill_value=0)


def corpus_kwic(tables, lemma, texts=None, width=40):
    """Keyword in context by lemma across every article: ``views.kwic`` of each article, with its
    ``article_id`` and ``date`` first, in date order. ``texts`` (``{article_id: text}``) are the
    articles' texts; by default each is read again from the ``path`` in the articles table (the
    offsets are into that text)."""
    import pandas as pd

    from .parsing import read_article
    from .views import kwic

    frames = []
    articles = tables["articles"].sort_values(["date", "article_id"], kind="stable")
    for article in articles.itertuples():
        own = {name: df[df["article_id"] == article.article_id] for name, df in tables.items()
               if name in ("parts", "sentences", "tokens")}
        if not (own["tokens"]["lemma"] == lemma).any():
            continue
        text = texts[article.article_id] if texts else read_article(article.path).text
        lines = kwic(text, own, lemma, width)
        lines.insert(0, "date", article.date)
        lines.insert(0, "article_id", article.article_id)
        frames.append(lines)
    if not frames:
        return pd.DataFrame(columns=["article_id", "date", "sentence_id", "kind", "left", "keyword", "right"])
    return pd.concat(frames, ignore_index=True)
