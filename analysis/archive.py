"""The corpus overview and the lemma search on an archive too large for pandas: the Parquet output of
``python -m analysis extract DIR --out OUT --format parquet`` (one folder per table, ``part-NNNNN
.parquet`` files), queried with DuckDB, which reads only the columns and row groups a query needs
and streams the rest, so no table is ever loaded whole into memory.

    >>> from analysis import archive
    >>> archive.overview("out", agency="ТАСС", since="2025-01-01")   # a DataFrame, one row per article
    >>> archive.search("out", "саммит", limit=50)                      # keyword in context by lemma

The results are the same tables ``corpus_views.overview`` and ``corpus_views.corpus_kwic`` give for
the same articles (a test checks that), only the work happens in DuckDB; a result can still be
large, so both take ``limit``. ``connect`` gives a DuckDB connection with every table as a view
(``SELECT ... FROM tokens``) for queries of your own.
"""

from pathlib import Path

from .corpus_views import CONSTRUCTED_NOTE, FLAGGED, OVERVIEW_COLUMNS, PRIORITY_STATUSES, TOP_ACTORS
from .inputs import UsageError

TABLES = ("articles", "parts", "sentences", "tokens", "actors", "quotes", "priorities", "checks",
          "facts", "mentions")


def table_files(parquet_dir, table):
    """The Parquet files of ``table`` in an extract folder; a clear error when there are none."""
    files = sorted((Path(parquet_dir) / table).glob("part-*.parquet"))
    if not files:
        raise UsageError("%s has no Parquet files for the table %r: write it with `python -m analysis "
                         "extract ... --out %s --format parquet`" % (parquet_dir, table, parquet_dir))
    return [str(f) for f in files]


def connect(parquet_dir, tables=TABLES, memory_limit="2GB"):
    """An in-memory DuckDB connection with one view per table over its Parquet files (nothing is
    read until a query runs). ``memory_limit`` caps DuckDB's memory; past it, it spills to disk."""
    import duckdb

    con = duckdb.connect(config={"memory_limit": memory_limit})
    for table in tables:
        files = ", ".join("'%s'" % f.replace("'", "''") for f in table_files(parquet_dir, table))
        con.execute('CREATE VIEW "%s" AS SELECT * FROM read_parquet([%s])' % (table, files))
    return con


OVERVIEW_SQL = """
WITH speakers AS (  -- resolved speakers in order of first quote
    SELECT article_id, string_agg(speaker, '; ' ORDER BY first) AS speakers
    FROM (SELECT article_id, speaker, min(start) AS first FROM quotes
          WHERE coalesce(speaker, '') <> '' GROUP BY article_id, speaker)
    GROUP BY article_id),
top AS (  -- the most mentioned actors, ties: first mentioned first
    SELECT article_id, string_agg(name, '; ' ORDER BY rank) AS top_actors
    FROM (SELECT article_id, name, row_number() OVER (PARTITION BY article_id
                 ORDER BY mentions DESC, first_start) AS rank FROM actors)
    WHERE rank <= $top GROUP BY article_id),
groups AS (  -- each restatement group of a stated priority once
    SELECT DISTINCT article_id, group_id, theme FROM priorities WHERE list_contains($statuses, status)),
themes AS (  -- most groups first, ties in the order of priorities.THEMES
    SELECT article_id, string_agg(theme, '; ' ORDER BY n DESC, coalesce(list_position($order, theme), 999), theme)
           AS themes
    FROM (SELECT article_id, theme, count(*) AS n FROM groups GROUP BY article_id, theme)
    GROUP BY article_id),
flagged AS (
    SELECT article_id, count(*) AS to_check FROM checks WHERE status <> $flagged GROUP BY article_id),
constructed AS (
    SELECT DISTINCT article_id FROM parts WHERE kind = 'boilerplate' AND regexp_matches(text, $note))
SELECT a.article_id, coalesce(nullif(a.date, ''), $default, '') AS date, coalesce(a.agency, '') AS agency,
       coalesce(a.title, '') AS title, coalesce(s.speakers, '') AS speakers,
       coalesce(t.top_actors, '') AS top_actors, coalesce(th.themes, '') AS themes,
       coalesce(f.to_check, 0) AS to_check, c.article_id IS NOT NULL AS constructed
FROM articles a
LEFT JOIN speakers s USING (article_id) LEFT JOIN top t USING (article_id)
LEFT JOIN themes th USING (article_id) LEFT JOIN flagged f USING (article_id)
LEFT JOIN constructed c USING (article_id)
"""


def overview(parquet_dir, agency=None, since=None, until=None, speaker=None, actor=None, theme=None,
             default_date=None, limit=None):
    """``corpus_views.overview`` computed by DuckDB on the Parquet tables: one row per article,
    ``article_id, date, agency, title, speakers, top_actors, themes, to_check, constructed``, in date order, with
    the same filters; at most ``limit`` rows."""
    from .priorities import THEMES

    con = connect(parquet_dir, ("articles", "parts", "actors", "quotes", "priorities", "checks"))
    where, params = [], {"top": TOP_ACTORS, "statuses": list(PRIORITY_STATUSES), "flagged": FLAGGED,
                         "order": [name for name, _, _ in THEMES], "default": default_date or "",
                         "note": CONSTRUCTED_NOTE}
    if agency is not None:
        where.append("agency = $agency")
        params["agency"] = agency
    if since is not None:
        where.append("date <> '' AND left(date, 10) >= $since")
        params["since"] = since
    if until is not None:
        where.append("date <> '' AND left(date, length($until)) <= $until")
        params["until"] = until
    if speaker is not None:
        where.append("article_id IN (SELECT article_id FROM quotes WHERE speaker = $speaker)")
        params["speaker"] = speaker
    if actor is not None:
        where.append("article_id IN (SELECT article_id FROM actors WHERE name = $actor OR name_en = $actor)")
        params["actor"] = actor
    if theme is not None:
        where.append("list_contains(string_split(themes, '; '), $theme)")
        params["theme"] = theme
    sql = "SELECT * FROM (%s) %s ORDER BY date, article_id" % (
        OVERVIEW_SQL, ("WHERE " + " AND ".join(where)) if where else "")
    if limit is not None:
        sql += " LIMIT %d" % int(limit)
    view = con.execute(sql, params).df()
    view["to_check"] = view["to_check"].astype(int)
    view["constructed"] = view["constructed"].astype(bool)
    return view[OVERVIEW_COLUMNS]


SEARCH_SQL = """
SELECT t.article_id, coalesce(a.date, '') AS date, t.sentence_id, p.kind,
       regexp_replace(substring(p.text, greatest(t.start - $width, p.start) - p.start + 1,
                                t.start - greatest(t.start - $width, p.start)), '\\s+', ' ', 'g') AS "left",
       t.text AS keyword,
       regexp_replace(substring(p.text, t."end" - p.start + 1, least(p."end", t."end" + $width) - t."end"),
                      '\\s+', ' ', 'g') AS "right"
FROM tokens t
JOIN sentences s ON s.article_id = t.article_id AND s.sentence_id = t.sentence_id
JOIN parts p ON p.article_id = s.article_id AND p.part_id = s.part_id
JOIN articles a ON a.article_id = t.article_id
WHERE t.lemma = $lemma
ORDER BY date, t.article_id, t.start
"""


def search(parquet_dir, lemma, width=40, limit=None):
    """Keyword in context by lemma across the archive, computed by DuckDB: ``article_id, date,
    sentence_id, kind, left, keyword, right``, the context cut at the token's part and its
    whitespace shown as single spaces (as ``views.kwic``); at most ``limit`` rows."""
    con = connect(parquet_dir, ("articles", "parts", "sentences", "tokens"))
    sql = SEARCH_SQL + (" LIMIT %d" % int(limit) if limit is not None else "")
    found = con.execute(sql, {"lemma": lemma, "width": int(width)}).df()
    found["sentence_id"] = found["sentence_id"].astype(int)
    return found
