"""One input to one ``Result``: read its bytes, decode, parse, run the steps, make its rows.

This is the work an engine sends to where it runs (this process, a worker process, a Dask worker);
it never raises for a bad input: the failure is the result's ``error``.
"""

import hashlib
import os
from dataclasses import dataclass, field

from . import budget
from .decoding import check_text, decode_bytes, read_bytes
from .errors import ArticleError
from .layers import STEPS
from .parsing import parse_article
from .steps import run_steps
from .tables import article_rows


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


def process(item, resources):
    """Read, parse and analyse one input with the process's ``Resources`` (and their options);
    failures come back as ``Result.error``, never raised. The options' time budget bounds the
    article: past it the article is an error, ``time budget of N s exceeded`` (``analysis.budget``)."""
    result = Result(item.path, item.article_id)
    try:
        with budget.limit(resources.options.timeout):
            process_within_budget(item, resources, result)
    except budget.TimeBudgetExceeded as exc:
        result.rows, result.error = {}, str(exc)
    return result


def process_within_budget(item, resources, result):
    options = resources.options
    try:
        data = input_bytes(item, options.max_bytes)
        result.size = len(data)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if item.text is not None:
            text, codec = check_text(item.text, item.path), item.codec or "utf-8"  # the archive's
        else:
            text, codec = decode_bytes(data, name=item.path, encoding=options.encoding)
        article = parse_article(text, article_id=item.article_id, path=item.path, encoding=codec,
                                date=item.date or options.date)
        result.rows = article_rows(run_steps(article, resources, STEPS))
    except ArticleError as exc:
        result.error = exc.reason
        if item.line and not exc.reason.startswith("line "):  # an archive row: say where it is
            result.error = "line %d: %s" % (item.line, exc.reason)
        if not result.size and os.path.isfile(item.path):
            result.size = os.path.getsize(item.path)


def content_sha256(item, max_bytes):
    try:
        return hashlib.sha256(input_bytes(item, max_bytes)).hexdigest()
    except ArticleError:
        return ""
