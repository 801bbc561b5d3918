"""Analysed articles to table rows, rows to pandas DataFrames, and written tables back.

A table's rows come from the fields of its records (the article itself for ``articles``, the
article's field of the same name for every other table) by the schema's column names, in one
function (``rows_of``): a column is the record's field of that name, ``article_id`` is the
article's, and a list (``warnings``, an actor's ``roles``) is written ``;``-joined. Rows are
tuples in the schema's column order, so that the writers (``outputs``) and the DataFrame
constructor see the same values in the same order.
"""

from operator import attrgetter
from pathlib import Path

from .schema import TABLES, columns

ARTICLE_TABLES = ("articles", "parts", "sentences", "tokens", "ner_spans", "mentions", "actors", "roles",
                  "quotes", "priorities", "dates", "facts", "checks")
PANDAS_DTYPES = {"str": "object", "int": "int64", "float": "float64"}
# The records of each table in an analysed article.
RECORDS = {
    "articles": lambda article: [article],
    "parts": lambda article: article.parts,
    "sentences": lambda article: article.sentences,
    "tokens": lambda article: article.tokens,
    "ner_spans": lambda article: article.ner_spans,
    "mentions": lambda article: article.mentions,
    "actors": lambda article: article.actors,
    "roles": lambda article: article.roles,
    "quotes": lambda article: article.quotes,
    "priorities": lambda article: article.priorities,
    "dates": lambda article: article.dates,
    "facts": lambda article: article.facts,
    "checks": lambda article: article.checks,
}
# Columns whose record field has another name (the column names say which table they are in).
FIELD_OF_COLUMN = {("mentions", "mention_kind"): "kind", ("ner_spans", "ner_type"): "type"}


def rows_of(table, records, article_id):
    """The rows of ``table`` for ``records``: one tuple per record, in the schema's column order,
    each column the record's field of that name (``FIELD_OF_COLUMN`` lists the two that differ)."""
    names = [FIELD_OF_COLUMN.get((table, column), column) for column in columns(table)]
    leading_id = names[0] == "article_id"
    if leading_id:
        names = names[1:]
    get = attrgetter(*names)
    single = len(names) == 1
    rows = []
    for record in records:
        values = get(record)
        if single:
            values = (values,)
        # most cells are strings and numbers, which ``cell`` leaves as they are: only the others go
        # through it (about 800,000 cells on 300 articles)
        values = tuple([v if type(v) in PLAIN_CELLS else cell(v) for v in values])
        rows.append((article_id,) + values if leading_id else values)
    return rows


PLAIN_CELLS = frozenset((str, int, float, type(None)))  # exact types ``cell`` returns unchanged


def cell(value):
    """A field as a table cell: a list ``;``-joined, a flag 0 or 1."""
    if isinstance(value, (list, tuple)):
        return ";".join(value)
    if isinstance(value, bool):
        return int(value)
    return value


def article_rows(article):
    """``{table: [row, ...]}`` for one analysed article, rows in text order."""
    return {table: rows_of(table, RECORDS[table](article), article.article_id) for table in ARTICLE_TABLES}


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
