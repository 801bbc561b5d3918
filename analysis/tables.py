"""Analysed articles to table rows, rows to pandas DataFrames, and written tables back.

Rows are tuples in the schema's column order, so that the writers (``outputs``) and the DataFrame
constructor see the same values in the same order.
"""

from pathlib import Path

from .actors import actor_rows, mention_rows, role_rows
from .checks import check_rows
from .dates import date_rows
from .facts import fact_rows
from .priorities import priority_rows
from .schema import TABLES, columns
from .speech import quote_rows

ARTICLE_TABLES = ("articles", "parts", "sentences", "tokens", "ner_spans", "mentions", "actors", "roles",
                  "quotes",
                  "priorities", "dates", "facts", "checks")
PANDAS_DTYPES = {"str": "object", "int": "int64", "float": "float64"}


def article_rows(article):
    """``{table: [row, ...]}`` for one analysed article, rows in text order."""
    aid = article.article_id
    return {
        "articles": [(
            aid, article.path, article.encoding, article.date, article.title, article.subtitle,
            article.editorial, article.photo_caption, article.photo_credit, article.dateline_place,
            article.dateline_date, article.agency, len(article.parts), len(article.sentences),
            ";".join(article.warnings),
        )],
        "parts": [(aid, p.part_id, p.kind, p.start, p.end, p.text) for p in article.parts],
        "sentences": [(aid, s.sentence_id, s.part_id, s.start, s.end, s.text) for s in article.sentences],
        "tokens": [(aid, t.token_id, t.sentence_id, t.start, t.end, t.text, t.lemma, t.pos)
                   for t in article.tokens],
        "ner_spans": [(aid, i, s.part_id, s.start, s.end, s.text, s.type)
                      for i, s in enumerate(article.ner_spans)],
        "mentions": mention_rows(article),
        "actors": actor_rows(article),
        "roles": role_rows(article),
        "quotes": quote_rows(article),
        "priorities": priority_rows(article),
        "dates": date_rows(article),
        "facts": fact_rows(article),
        "checks": check_rows(article),
    }


def empty_frame(table):
    return frame(table, [])


def frame(table, rows):
    """A DataFrame of ``rows`` with the schema's columns and dtypes."""
    import pandas as pd  # here, not at the top: the command line starts faster without pandas

    df = pd.DataFrame.from_records(rows, columns=columns(table))
    return df.astype({c.name: PANDAS_DTYPES[c.dtype] for c in TABLES[table].columns})


def article_frames(article):
    """``{table: DataFrame}`` for one analysed article."""
    return {table: frame(table, rows) for table, rows in article_rows(article).items()}


def read_table(path, table):
    """Read one CSV table written by ``extract`` with the schema's dtypes (empty cells stay '')."""
    import pandas as pd

    dtypes = {c.name: PANDAS_DTYPES[c.dtype] for c in TABLES[table].columns}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[], encoding="utf-8")


def read_tables(out_dir):
    """All tables in an ``extract`` output folder as ``{name: DataFrame}``."""
    out_dir = Path(out_dir)
    return {name: read_table(out_dir / ("%s.csv" % name), name)
            for name in TABLES if (out_dir / ("%s.csv" % name)).exists()}
