"""Many inputs to tables: read and analyse each article, stream its rows to files or DataFrames.

Results stream: each article's rows are written as soon as it is done, in input order, so memory
does not grow with the corpus and the output does not depend on how the work was scheduled.
"""

import hashlib
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import budget
from .decoding import DEFAULT_MAX_BYTES, decode_bytes, read_bytes
from .engines import run
from .errors import ArticleError
from .inputs import UsageError, collect_inputs, with_texts
from .actors import add_actors
from .checks import add_checks
from .facts import add_facts
from .priorities import add_priorities
from .speech import add_quotes
from .gazetteer import load_gazetteer
from .language import analyse, load_models
from .outputs import FORMATS
from .parsing import parse_article
from .tables import ARTICLE_TABLES, article_rows, frame

OUTPUT_TABLES = ARTICLE_TABLES + ("errors",)

__all__ = ["UsageError", "collect_inputs", "extract", "extract_text", "extract_to", "process", "run"]


@dataclass
class Result:
    path: str
    article_id: str
    size: int = 0
    sha256: str = ""
    rows: dict = field(default_factory=dict)
    error: str = ""


def input_bytes(item, max_bytes):
    if item.text is not None:
        data = item.text.encode("utf-8", "surrogatepass")
        if max_bytes is not None and len(data) > max_bytes:
            raise ArticleError(item.path, "text is %d bytes, over the size limit of %d bytes" % (
                len(data), max_bytes))
        return data
    if item.data is not None:
        return item.data
    return read_bytes(item.path, max_bytes=max_bytes)


def run_layers(article, models, gazetteer=None):
    """Every layer after parsing, in order: language, actors, speech, priorities, facts, checks.
    Between two layers the article's time budget is checked (``budget.check``)."""
    analyse(article, models)
    budget.check()
    add_actors(article, gazetteer or load_gazetteer(), models)
    budget.check()
    add_quotes(article, models)
    budget.check()
    add_priorities(article, models)
    budget.check()
    add_facts(article, models, gazetteer)
    budget.check()
    add_checks(article)
    return article


def process(item, models, encoding=None, max_bytes=DEFAULT_MAX_BYTES, gazetteer=None, timeout=None):
    """Read, parse and analyse one input; failures come back as ``Result.error``, never raised.
    ``timeout``: the article's time budget in seconds (None: ``budget.default_seconds()``, 0: none);
    past it the article is an error, ``time budget of N s exceeded``."""
    result = Result(item.path, item.article_id)
    try:
        with budget.limit(timeout):
            process_within_budget(item, models, encoding, max_bytes, gazetteer, result)
    except budget.TimeBudgetExceeded as exc:
        result.rows, result.error = {}, str(exc)
    return result


def process_within_budget(item, models, encoding, max_bytes, gazetteer, result):
    try:
        data = input_bytes(item, max_bytes)
        result.size = len(data)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if item.text is not None:
            text, codec = item.text, "utf-8"
        else:
            text, codec = decode_bytes(data, name=item.path, encoding=encoding)
        article = parse_article(text, article_id=item.article_id, path=item.path, encoding=codec,
                                date=item.date)
        result.rows = article_rows(run_layers(article, models, gazetteer))
    except ArticleError as exc:
        result.error = exc.reason
        if not result.size and os.path.isfile(item.path):
            result.size = os.path.getsize(item.path)


def content_sha256(item, max_bytes):
    try:
        return hashlib.sha256(input_bytes(item, max_bytes)).hexdigest()
    except ArticleError:
        return ""


def not_done(inputs, done, max_bytes):
    """The inputs whose (article_id, SHA-256) an earlier run has not logged."""
    for item in with_texts(inputs):
        if (item.article_id, content_sha256(item, max_bytes)) not in done:
            yield replace(item, text=None)


def progress(iterable, total):
    """A progress bar on a terminal; nothing when stderr is redirected (CI logs, notebooks)."""
    if not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm
    return tqdm(iterable, total=total, unit="article", file=sys.stderr)


def prepare_out_dir(out_dir):
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise UsageError("cannot write to %s: %s" % (out_dir, exc.strerror or exc)) from None
    return out_dir


def extract_to(out_dir, inputs, format="csv", resume=False, jobs=1, engine="local", scheduler=None,
               encoding=None, max_bytes=DEFAULT_MAX_BYTES, models=None, aliases=()):
    """Process ``inputs`` and stream their tables into ``out_dir``; return the failed results.

    With ``resume``, inputs logged in ``out_dir/progress.jsonl`` with the same SHA-256 are skipped
    and the tables are continued from where that run stopped.
    """
    out_dir = prepare_out_dir(out_dir)
    output = FORMATS[format](out_dir, OUTPUT_TABLES, resume=resume)
    todo = not_done(inputs, output.done, max_bytes) if output.done else inputs
    failed = []
    try:
        results = run(todo, models=models, encoding=encoding, max_bytes=max_bytes, jobs=jobs,
                      engine=engine, scheduler=scheduler, aliases=aliases)
        for result in progress(results, len(inputs) - len(output.done)):
            output.write(result)
            if result.error:
                failed.append(result)
    finally:
        output.close()
    return failed


def extract(paths, models=None, encoding=None, max_bytes=DEFAULT_MAX_BYTES, jobs=1, engine="local",
            scheduler=None, aliases=()):
    """Read and analyse articles (files, folders, CSV/JSONL archives) into ``{table: DataFrame}``.

    The tables are the ones ``python -m analysis extract`` writes, same rows and columns; inputs
    that cannot be read are rows of ``errors`` and the others are processed all the same.
    ``aliases``: the user's gazetteer rows, ``analysis.read_aliases(FILE)``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    rows = {table: [] for table in OUTPUT_TABLES}
    for result in run(collect_inputs(paths), models=models, encoding=encoding, max_bytes=max_bytes,
                      jobs=jobs, engine=engine, scheduler=scheduler, aliases=aliases):
        if result.error:
            rows["errors"].append((result.path, result.error))
        else:
            for table in ARTICLE_TABLES:
                rows[table] += result.rows[table]
    return {table: frame(table, table_rows) for table, table_rows in rows.items()}


def extract_text(text, article_id="text", models=None, date="", gazetteer=None):
    """Tables for one article given as a string (no decoding step; ``encoding`` is empty)."""
    article = parse_article(text, article_id=article_id, date=date)
    article = run_layers(article, models or load_models(), gazetteer)
    return {table: frame(table, table_rows) for table, table_rows in article_rows(article).items()}
