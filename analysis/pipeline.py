"""Many inputs to tables: read and analyse each article, stream its rows to files or DataFrames.

Results stream: each article's rows are written as soon as it is done, in input order, so memory
does not grow with the corpus and the output does not depend on how the work was scheduled. How an
article is read and analysed is one ``Options`` object; where the work runs is the engine's.
"""

import os
import sys
from dataclasses import replace
from pathlib import Path

from .engines import fewer_full_collections, run
from .inputs import UsageError, collect_inputs, with_texts
from .layers import STEPS
from .options import DEFAULT_OPTIONS, Options, Resources
from .outputs import FORMATS
from .parsing import parse_article
from .processing import content_sha256
from .steps import run_steps
from .tables import ARTICLE_TABLES, article_rows, frame

OUTPUT_TABLES = ARTICLE_TABLES + ("errors",)

__all__ = ["Options", "UsageError", "collect_inputs", "extract", "extract_text", "extract_to"]


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


def extract_to(out_dir, inputs, options=DEFAULT_OPTIONS, format="csv", resume=False, jobs=1,
               engine="local", scheduler=None, models=None):
    """Process ``inputs`` and stream their tables into ``out_dir``; return the failed results.

    With ``resume``, inputs logged in ``out_dir/progress.jsonl`` with the same SHA-256 are skipped
    and the tables are continued from where that run stopped; an input that changed since replaces
    its earlier rows.
    """
    out_dir = prepare_out_dir(out_dir)
    output = FORMATS[format](out_dir, OUTPUT_TABLES, resume=resume)
    failed = []
    try:
        todo = not_done(inputs, output, options.max_bytes) if output.previous else inputs
        with fewer_full_collections():
            results = run(todo, options, jobs=jobs, engine=engine, scheduler=scheduler, models=models)
            for result in progress(results, len(todo)):
                output.write(result)
                if result.error:
                    failed.append(result)
    finally:
        output.close()
    return failed


def extract(paths, options=DEFAULT_OPTIONS, jobs=1, engine="local", scheduler=None, models=None):
    """Read and analyse articles (files, folders, CSV/JSONL archives) into ``{table: DataFrame}``.

    The tables are the ones ``python -m analysis extract`` writes, same rows and columns; inputs
    that cannot be read are rows of ``errors`` and the others are processed all the same. How they
    are read: ``options`` (``analysis.Options(encoding=..., max_bytes=..., aliases=read_aliases(FILE),
    date=...)``).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    rows = {table: [] for table in OUTPUT_TABLES}
    with fewer_full_collections():
        for result in run(collect_inputs(paths, options.max_bytes), options, jobs=jobs, engine=engine,
                          scheduler=scheduler, models=models):
            if result.error:
                rows["errors"].append((result.path, result.error))
            else:
                for table in ARTICLE_TABLES:
                    rows[table] += result.rows[table]
    return {table: frame(table, table_rows) for table, table_rows in rows.items()}


def extract_text(text, article_id="text", models=None, date="", gazetteer=None, options=DEFAULT_OPTIONS):
    """Tables for one article given as a string (no decoding step; ``encoding`` is empty); a
    ``gazetteer`` built elsewhere (``load_gazetteer(rows)``) replaces the options' one."""
    article = parse_article(text, article_id=article_id, date=date or options.date)
    run_steps(article, Resources(models, options, gazetteer), STEPS)
    return {table: frame(table, table_rows) for table, table_rows in article_rows(article).items()}
