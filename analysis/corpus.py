"""Tables for the notebooks: one article with its tables, or many articles' tables together,
read from ``extract`` output folders (a report's cache) or extracted here.

Extracting here loads the models once per kernel; a report passes the cached folders instead, so
no notebook loads a model.
"""

from .errors import ArticleError
from .parsing import read_article
from .pipeline import extract
from .tables import frame, read_tables


def load_article(path, tables_dir=None):
    """``(article, tables)`` for a notebook: the parsed article (its text and header fields) and its
    tables as DataFrames, read from ``tables_dir`` when given, else extracted here (models load once
    per kernel)."""
    article = read_article(path)
    if tables_dir:
        tables = read_tables(tables_dir)
        tables = {name: df[df["article_id"] == article.article_id].reset_index(drop=True)
                  if "article_id" in df.columns else df for name, df in tables.items()}
    else:
        tables = extract(path)
    if len(tables.get("errors", ())):
        raise ArticleError(path, tables["errors"]["error"].iloc[0])
    return article, tables


def load_corpus(folder=None, articles=None, tables_dirs=None):
    """Tables of many articles, one DataFrame per table with every article's rows: read from
    ``tables_dirs`` (one folder per article) when given, else extracted from ``articles`` (paths)
    or from every ``*.txt`` in ``folder``."""
    import pandas as pd

    if tables_dirs:
        parts = [read_tables(d) for d in tables_dirs]
        names = [name for name in parts[0]] if parts else []
        return {name: pd.concat([p[name] for p in parts], ignore_index=True) if parts else frame(name, [])
                for name in names}
    return extract(list(articles) if articles else [folder])
