"""Many inputs to tables: read and analyse each article, stream its rows to files or DataFrames.

Results stream: each article's rows are written as soon as it is done, in input order, so memory
does not grow with the corpus and the output does not depend on how the work was scheduled.
"""

import hashlib
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from .decoding import DEFAULT_MAX_BYTES, check_text, decode_bytes, read_bytes
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
    if item.error:  # found bad while collecting: a bad archive line, a link loop in a folder...
        raise ArticleError(item.path, item.error)
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
    """Every layer after parsing, in order: language, actors, speech, priorities, facts, checks."""
    analyse(article, models)
    add_actors(article, gazetteer or load_gazetteer(), models)
    add_quotes(article, models)
    add_priorities(article, models)
    add_facts(article, models, gazetteer)
    add_checks(article)
    return article


def process(item, models, encoding=None, max_bytes=DEFAULT_MAX_BYTES, gazetteer=None):
    """Read, parse and analyse one input; failures come back as ``Result.error``, never raised."""
    result = Result(item.path, item.article_id)
    try:
        data = input_bytes(item, max_bytes)
        result.size = len(data)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if item.text is not None:
            text, codec = check_text(item.text, item.path), item.codec or "utf-8"  # the archive's
        else:
            text, codec = decode_bytes(data, name=item.path, encoding=encoding)
        article = parse_article(text, article_id=item.article_id, path=item.path, encoding=codec,
                                date=item.date)
        result.rows = article_rows(run_layers(article, models, gazetteer))
    except ArticleError as exc:
        result.error = exc.reason
        if item.line and not exc.reason.startswith("line "):  # an archive row: say where it is
            result.error = "line %d: %s" % (item.line, exc.reason)
        if not result.size and os.path.isfile(item.path):
            result.size = os.path.getsize(item.path)
    return result


def content_sha256(item, max_bytes):
    try:
        return hashlib.sha256(input_bytes(item, max_bytes)).hexdigest()
    except ArticleError:
        return ""


def not_done(inputs, output, max_bytes):
    """The inputs whose (article_id, SHA-256) an earlier run has not logged. An input logged with
    another SHA-256 changed since: its earlier rows are removed first (``output.forget``), so that
    processing it again replaces them instead of adding a second copy."""
    logged = {}
    for e in output.previous:
        logged.setdefault(e["article_id"], set()).add(e["sha256"])
    todo, changed = [], set()
    for item in with_texts(inputs, max_bytes):
        sha256 = content_sha256(item, max_bytes)
        if sha256 not in logged.get(item.article_id, ()):
            todo.append(replace(item, text=None))
            if item.article_id in logged:
                changed.add(item.article_id)
        elif len(logged[item.article_id]) > 1:  # logged twice by an earlier version: keep neither
            todo.append(replace(item, text=None))
            changed.add(item.article_id)
    output.forget(changed)
    return todo


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
    and the tables are continued from where that run stopped; an input that changed since replaces
    its earlier rows.
    """
    out_dir = prepare_out_dir(out_dir)
    output = FORMATS[format](out_dir, OUTPUT_TABLES, resume=resume)
    failed = []
    try:
        todo = not_done(inputs, output, max_bytes) if output.previous else inputs
        results = run(todo, models=models, encoding=encoding, max_bytes=max_bytes, jobs=jobs,
                      engine=engine, scheduler=scheduler, aliases=aliases)
        for result in progress(results, len(todo)):
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
    for result in run(collect_inputs(paths, max_bytes), models=models, encoding=encoding, max_bytes=max_bytes,
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
