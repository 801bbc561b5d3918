"""What to read: files, folders of ``*.txt``, and CSV or JSONL archives with one article per row.

Inputs are collected up front as light records (paths and ids, no text) so that clashing ids are a
usage error before any work starts; archive rows get their text only when they are processed.
"""

import csv
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ARCHIVE_SUFFIXES = (".csv", ".jsonl")
TEXT_FIELD, ID_FIELD, DATE_FIELD = "text", "id", "date"


class UsageError(Exception):
    """Bad command-line use: no inputs, clashing article ids, an unwritable output folder (exit 2)."""


@dataclass
class Input:
    path: str            # the file as given; for an archive row, ``archive.jsonl#row``
    article_id: str
    source: str = ""     # the archive file, for archive rows
    row: int = -1        # the row number in the archive, from 0
    date: str = ""       # the archive's `date` field, used when the text has no date header
    text: str = None     # filled in for archive rows just before processing
    data: bytes = None   # a file's bytes, when they are read before being sent to a worker


def archive_rows(path):
    """Yield ``(row, record)`` for each article of a CSV or JSONL archive."""
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            row = 0
            for line_number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError("%s line %d is not JSON: %s" % (path, line_number, exc.msg)) from None
                if not isinstance(record, dict) or not isinstance(record.get(TEXT_FIELD), str):
                    raise UsageError("%s line %d has no string field %r" % (path, line_number, TEXT_FIELD))
                yield row, record
                row += 1
    else:
        csv.field_size_limit(sys.maxsize)
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if TEXT_FIELD not in (reader.fieldnames or []):
                raise UsageError("%s has no %r column" % (path, TEXT_FIELD))
            for row, record in enumerate(reader):
                yield row, record


def archive_inputs(path):
    stem = Path(path).stem
    for row, record in archive_rows(path):
        article_id = str(record.get(ID_FIELD) or "").strip() or "%s-%d" % (stem, row)
        yield Input("%s#%d" % (path, row), article_id, source=path, row=row,
                    date=str(record.get(DATE_FIELD) or "").strip())


def collect_inputs(paths):
    """Inputs in order: files as given, folders as their ``*.txt`` files found recursively (sorted by
    relative path), CSV/JSONL archives as their rows. A path that does not exist is kept, to be
    reported as a failed input. Raises ``UsageError`` when nothing is given or two inputs share an
    article id.
    """
    inputs = []
    for given in paths:
        given = str(given)
        p = Path(given)
        if p.is_dir():
            found = sorted(p.rglob("*.txt"), key=lambda f: f.relative_to(p).as_posix())
            inputs += [Input(str(f), f.stem) for f in found if f.is_file()]
        elif p.is_file() and p.suffix.lower() in ARCHIVE_SUFFIXES:
            inputs += archive_inputs(given)
        else:
            inputs.append(Input(given, p.stem))
    if not inputs:
        raise UsageError("no input articles: give .txt files, folders that contain them, or "
                         "CSV/JSONL archives")
    seen, clashes = {}, []
    for item in inputs:
        if item.article_id in seen:
            clashes.append("%s and %s both give article_id %r" % (seen[item.article_id], item.path,
                                                                   item.article_id))
        else:
            seen[item.article_id] = item.path
    if clashes:
        raise UsageError("; ".join(clashes[:20]) + (" (and %d more)" % (len(clashes) - 20)
                                                     if len(clashes) > 20 else ""))
    return inputs


def with_texts(inputs):
    """Yield the inputs with archive rows' texts filled in, reading each archive once, in order."""
    current, rows = None, None
    for item in inputs:
        if not item.source:
            yield item
            continue
        if item.source != current:
            current, rows = item.source, archive_rows(item.source)
        for row, record in rows:
            if row == item.row:
                yield replace(item, text=record[TEXT_FIELD])  # a copy: the input list stays light
                break
