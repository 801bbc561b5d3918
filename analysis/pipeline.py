"""Many files to tables: collect inputs, read and analyse each article, write or return the tables.

Results stream: each article's rows are written as soon as it is done, in input order, so memory
does not grow with the corpus and the output does not depend on how the work was scheduled.
"""

import hashlib
import json
import os
import platform
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .decoding import DEFAULT_MAX_BYTES, decode_bytes, read_bytes
from .errors import ArticleError
from .language import analyse, load_models
from .parsing import parse_article
from .tables import ARTICLE_TABLES, CsvTables, article_rows, frame

MODEL_PACKAGES = ("natasha", "razdel", "slovnet", "navec", "yargy", "pymorphy2", "pymorphy2-dicts-ru")


class UsageError(Exception):
    """Bad command-line use: no inputs, clashing article ids, an unwritable output folder (exit 2)."""


@dataclass
class Input:
    path: str
    article_id: str


@dataclass
class Result:
    path: str
    article_id: str
    size: int = 0
    sha256: str = ""
    rows: dict = field(default_factory=dict)
    error: str = ""


def collect_inputs(paths):
    """Inputs in order: files as given, folders as their ``*.txt`` files found recursively, sorted.

    A path that does not exist is kept, to be reported as a failed input.
    Raises ``UsageError`` when nothing is given or two inputs share a file stem.
    """
    inputs = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = sorted(p.rglob("*.txt"), key=lambda f: f.relative_to(p).as_posix())
            inputs += [Input(str(f), f.stem) for f in found if f.is_file()]
        else:
            inputs.append(Input(str(given), p.stem))
    if not inputs:
        raise UsageError("no input articles: give .txt files or folders that contain them")
    seen = {}
    clashes = []
    for item in inputs:
        if item.article_id in seen:
            clashes.append("%s and %s both give article_id %r" % (seen[item.article_id], item.path,
                                                                   item.article_id))
        else:
            seen[item.article_id] = item.path
    if clashes:
        raise UsageError("; ".join(clashes))
    return inputs


def process(item, models, encoding=None, max_bytes=DEFAULT_MAX_BYTES):
    """Read, parse and analyse one input; failures come back as ``Result.error``, never raised."""
    result = Result(item.path, item.article_id)
    try:
        data = read_bytes(item.path, max_bytes=max_bytes)
        result.size = len(data)
        result.sha256 = hashlib.sha256(data).hexdigest()
        text, codec = decode_bytes(data, name=item.path, encoding=encoding)
        article = parse_article(text, article_id=item.article_id, path=item.path, encoding=codec)
        analyse(article, models)
        result.rows = article_rows(article)
    except ArticleError as exc:
        result.error = exc.reason
        if not result.size and os.path.isfile(item.path):
            result.size = os.path.getsize(item.path)
    return result


def run(inputs, models=None, encoding=None, max_bytes=DEFAULT_MAX_BYTES):
    """Yield one ``Result`` per input, in input order, in this process."""
    models = models or load_models()
    for item in inputs:
        yield process(item, models, encoding=encoding, max_bytes=max_bytes)


def versions():
    found = {}
    for name in ("analysis",) + MODEL_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = ""
    return found


def manifest(results):
    return {
        "python": platform.python_version(),
        "versions": versions(),
        "inputs": [{"path": r.path, "article_id": r.article_id, "size": r.size, "sha256": r.sha256,
                    "status": "error" if r.error else "ok"} for r in results],
    }


def progress(iterable, total):
    """A progress bar on a terminal; nothing when stderr is redirected (CI logs, notebooks)."""
    if not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm
    return tqdm(iterable, total=total, unit="article", file=sys.stderr)


def write_tables(results, out_dir, total=None):
    """Stream results into CSV files in ``out_dir``; return the manifest entries and the failures."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise UsageError("cannot write to %s: %s" % (out_dir, exc.strerror or exc)) from None
    done = []
    with CsvTables(out_dir, ARTICLE_TABLES + ("errors",)) as tables:
        for result in progress(results, total):
            if result.error:
                tables.write("errors", [(result.path, result.error)])
            else:
                for table in ARTICLE_TABLES:
                    tables.write(table, result.rows[table])
            result.rows = {}  # written: do not keep the corpus in memory
            done.append(result)
    with open(out_dir / "manifest.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest(done), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    return done


def extract(paths, models=None, encoding=None, max_bytes=DEFAULT_MAX_BYTES):
    """Read and analyse articles (files or folders) into ``{table: DataFrame}``.

    The tables are the ones ``python -m analysis extract`` writes as CSV, same rows and columns;
    files that cannot be read are rows of ``errors`` and the others are processed all the same.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    rows = {table: [] for table in ARTICLE_TABLES + ("errors",)}
    for result in run(collect_inputs(paths), models, encoding=encoding, max_bytes=max_bytes):
        if result.error:
            rows["errors"].append((result.path, result.error))
        else:
            for table in ARTICLE_TABLES:
                rows[table] += result.rows[table]
    return {table: frame(table, table_rows) for table, table_rows in rows.items()}


def extract_text(text, article_id="text", models=None):
    """Tables for one article given as a string (no decoding step; ``encoding`` is empty)."""
    article = parse_article(text, article_id=article_id)
    analyse(article, models or load_models())
    return {table: frame(table, table_rows) for table, table_rows in article_rows(article).items()}
