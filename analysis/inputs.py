"""What to read: files, folders of ``*.txt``, and CSV or JSONL archives with one article per row.

Inputs are collected up front as light records (paths and ids, no text) so that clashing ids are a
usage error before any work starts; archive rows get their text only when they are processed.

One bad input never costs a run: a line of an archive that is not JSON, a row without text, an
archive no candidate codec decodes, a dangling link or a FIFO in a folder each become an input
that carries its ``error``, and so one row of ``errors.csv``, while the others are processed.
"""

import codecs
import csv
import io
import json
import os
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from .decoding import (BOMS, DEFAULT_MAX_BYTES, codec_name, decode_single_byte, mostly_utf8,
                       utf16_without_bom)
from .errors import ArticleError

ARCHIVE_SUFFIXES = (".csv", ".jsonl")
ARTICLE_SUFFIX = ".txt"  # matched whatever its case: A.TXT from a Windows machine is an article too
TEXT_FIELD, ID_FIELD, DATE_FIELD = "text", "id", "date"
HEAD_BYTES = 64 * 1024
# An archive is refused whole only when it is plainly not text (random binary data has about one
# control byte in eight); a few control characters are one row's problem, judged with that row.
MAX_ARCHIVE_CONTROL_SHARE = 0.05
CONTROL_BYTES = [b for b in range(32) if chr(b) not in "\t\n\r\x0b\x0c"] + [127]  # an archive's codec is judged on its first bytes, as a file's on all of them
# Characters an id or date field may not hold: controls (a newline would break every table's rows)
# and lone surrogates (no UTF-8 file can store them).
UNSAFE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


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
    error: str = ""      # why this input cannot be read, found while collecting (an errors.csv row)
    line: int = 0        # the line an archive row starts on, from 1, for messages
    codec: str = ""      # the codec an archive was decoded with, for its rows' encoding column


@dataclass
class ArchiveRow:
    row: int             # counts the archive's records (blank lines skipped) from 0
    line: int            # the line it starts on, from 1
    record: dict = None  # the fields, when the row could be read
    error: str = ""      # else why not
    codec: str = ""      # the archive's codec


def archive_codec(path):
    """``(codec, error)`` for an archive: a BOM decides, else UTF-16 without BOM, else UTF-8, else
    the single-byte Cyrillic codec that reads most like Russian, all judged on its first bytes as
    ``decoding.decode_bytes`` judges a file, else UTF-8 again; ``error`` says why no codec fits
    (NUL bytes that are not UTF-16)."""
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec, ""
    if b"\x00" in head:
        found = utf16_without_bom(head[:len(head) - len(head) % 4])
        if found:
            return found[1], ""
    controls = sum(head.count(bytes([b])) for b in CONTROL_BYTES)
    if controls > MAX_ARCHIVE_CONTROL_SHARE * len(head):
        return None, "binary content: %d control bytes in the first %d bytes" % (controls, len(head))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", ""
    except UnicodeDecodeError:
        if mostly_utf8(head):  # a few bad bytes: they cost their rows, the rest is read as UTF-8
            return "utf-8", ""
    try:
        return decode_single_byte(head, path)[1], ""
    except ArticleError:
        # No single-byte codec convinces: read it as UTF-8 all the same. JSON and CSV syntax is
        # ASCII, so the lines still split; each row whose bytes are not UTF-8 is refused on its own
        # (its text holds lone surrogates), and the rows that are UTF-8 are not lost with them.
        return "utf-8", ""


def bounded_lines(f, limit):
    """Yield ``(line, too_long)`` for the lines of the text stream ``f``, never holding more than
    ``limit`` characters: a longer line is read to its end in pieces and yielded as ``("", True)``."""
    while True:
        line = f.readline(limit + 1) if limit else f.readline()
        if not line:
            return
        if limit and len(line) > limit and not line.endswith(("\n", "\r")):
            while True:
                rest = f.readline(limit)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            yield "", True
        else:
            yield line, False


def open_archive(path):
    """The archive as a text stream, or an error. Bytes the codec cannot decode come through as lone
    surrogates (``surrogateescape``), so that they cost their own row, not the archive."""
    try:
        codec, error = archive_codec(path)
    except OSError as exc:
        return None, "cannot be read: %s" % (exc.strerror or exc)
    if error:
        return None, "archive: %s" % error
    handler = "surrogateescape" if codec in ("utf-8", "utf-8-sig") or codec in (
        "cp1251", "koi8_r", "cp866") else "strict"
    return io.TextIOWrapper(open(path, "rb"), encoding=codec, errors=handler, newline=""), ""


def jsonl_rows(f, path, limit):
    row = 0
    for line_number, (line, too_long) in enumerate(bounded_lines(f, limit), 1):
        if too_long:
            yield ArchiveRow(row, line_number, error="line %d is over the size limit of %d bytes" % (
                line_number, limit))
            row += 1
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArchiveRow(row, line_number, error="line %d is not JSON: %s at column %d" % (
                line_number, exc.msg, exc.colno))
        except RecursionError:
            yield ArchiveRow(row, line_number, error="line %d is JSON nested too deeply to read" % line_number)
        else:
            yield ArchiveRow(row, line_number, record=record)
        row += 1


def csv_rows(f, path, limit):
    lines = bounded_lines(f, limit)
    state = {"too_long": 0, "line": 0}

    def physical():
        for line, too_long in lines:
            state["line"] += 1
            if too_long:
                state["too_long"] = state["line"]
                return  # a record's bounds are lost with the line: stop here
            yield line

    csv.field_size_limit(max(limit or sys.maxsize, 131072))
    reader = csv.reader(physical())
    fieldnames, row, first_line = None, 0, 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if fieldnames is None:
                raise UsageError("%s: its header line is not CSV: %s" % (path, exc)) from None
            # after a syntax error the records' bounds are guesses: stop rather than read garbage
            yield ArchiveRow(row, first_line, error="line %d is not CSV: %s; the rest of the archive "
                                                    "is not read" % (first_line, exc))
            return
        if fieldnames is None:
            fieldnames = [name.lstrip("\ufeff") for name in values]
            if TEXT_FIELD not in fieldnames:
                raise UsageError("%s has no %r column" % (path, TEXT_FIELD))
        elif values:  # a blank line is no record
            yield ArchiveRow(row, first_line, record=dict(zip(fieldnames, values)))
            row += 1
        first_line = reader.line_num + 1
    if state["too_long"]:
        yield ArchiveRow(row, state["too_long"], error="line %d is over the size limit of %d bytes; "
                         "the rest of the archive is not read" % (state["too_long"], limit))


def archive_rows(path, max_bytes=DEFAULT_MAX_BYTES):
    """Yield an ``ArchiveRow`` for each article of a CSV or JSONL archive, bad ones included.

    Raises ``UsageError`` only for a CSV archive without a ``text`` column (the whole file is not
    what the command expects). A row whose fields cannot be used, or an archive that cannot be
    decoded at all, is a row with an ``error``; reading goes on after a bad line.
    """
    f, error = open_archive(path)
    if error:
        yield ArchiveRow(0, 0, error=error)  # the whole archive: no line to name
        return
    rows = jsonl_rows if path.endswith(".jsonl") else csv_rows
    row = ArchiveRow(-1, 0)
    with f:
        try:
            for row in rows(f, path, max_bytes):
                yield replace(checked_row(row), codec=codec_name(f.encoding))
        except UnicodeDecodeError as exc:  # UTF-16 or UTF-32 with a bad byte: nothing after it is sure
            yield ArchiveRow(row.row + 1, row.line + 1, error="cannot be decoded as %s after line %d: %s; "
                             "the rest of the archive is not read" % (f.encoding, row.line, exc.reason))


def checked_row(row):
    """The row, or the row with an error when its fields are not usable strings."""
    if row.error:
        return row
    record = row.record
    if not isinstance(record, dict):
        return replace(row, record=None, error="line %d is not a JSON object" % row.line)
    text = record.get(TEXT_FIELD)
    if not isinstance(text, str):
        return replace(row, record=None, error="line %d has no string field %r" % (row.line, TEXT_FIELD)
                       if text is None else "line %d: field %r is not a string" % (row.line, TEXT_FIELD))
    for name in (ID_FIELD, DATE_FIELD):
        value = record.get(name)
        if isinstance(value, (dict, list)):
            return replace(row, record=None, error="line %d: field %r is not a string" % (row.line, name))
        if value is not None and UNSAFE_RE.search(str(value)):
            return replace(row, record=None, error="line %d: field %r holds control characters or lone "
                                                   "surrogates" % (row.line, name))
    return row


def archive_inputs(path, max_bytes=DEFAULT_MAX_BYTES):
    stem = Path(path).stem
    for r in archive_rows(path, max_bytes):
        record = r.record or {}
        article_id = str(record.get(ID_FIELD) or "").strip() or "%s-%d" % (stem, r.row)
        yield Input("%s#%d" % (path, r.row), article_id, source=path, row=r.row,
                    date=str(record.get(DATE_FIELD) or "").strip(), error=r.error, line=r.line,
                    codec=r.codec)


def is_article_name(name):
    return name.lower().endswith(ARTICLE_SUFFIX) and len(name) > len(ARTICLE_SUFFIX)


def folder_files(folder):
    """Yield ``(path, error)`` for every ``*.txt`` (any case) under ``folder``, sorted by relative
    path. Entries that are not regular files (dangling links, link loops, FIFOs) are yielded too, for
    the reading step to refuse with its reason. A linked folder is followed, unless it leads back into
    a folder it is inside of (a loop: reported) or to a folder already scanned (its files are in the
    run already: skipped, so that they do not clash with themselves); a folder that cannot be listed
    is reported."""
    found, scanned = [], set()

    def walk(directory, relative, ancestors):
        scanned.add(ancestors[-1])
        try:
            # real folders before linked ones: a file is found under its own path when it can be
            entries = sorted(os.scandir(directory), key=lambda e: (e.is_symlink(), e.name))
        except OSError as exc:
            found.append((relative or ".", directory, "folder cannot be read: %s" % (exc.strerror or exc)))
            return
        for entry in entries:
            rel = relative + "/" + entry.name if relative else entry.name
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_dir = False
            if is_dir:
                real = os.path.realpath(entry.path)
                if real in ancestors:
                    found.append((rel, entry.path, "symbolic link loop: leads back to %s" % real))
                elif real not in scanned:
                    walk(entry.path, rel, ancestors + (real,))
            elif is_article_name(entry.name):
                found.append((rel, entry.path, ""))

    walk(str(folder), "", (os.path.realpath(folder),))
    for _, path, error in sorted(found, key=lambda item: item[0]):
        yield path, error


def safe_name(value):
    """A path or id as it can be written to the tables: a file name that is not valid UTF-8 keeps its
    bytes as ``\\xNN`` escapes instead of lone surrogates."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def file_input(path, error=""):
    item = Input(path, Path(path).stem, error=error)
    if not error and UNSAFE_RE.search(path):
        return Input(safe_name(path), safe_name(item.article_id),
                     error="file name is not valid UTF-8 or holds control characters; rename it")
    return item


def collect_inputs(paths, max_bytes=DEFAULT_MAX_BYTES):
    """Inputs in order: files as given, folders as their ``*.txt`` files found recursively (sorted by
    relative path), CSV/JSONL archives as their rows. A path that does not exist is kept, to be
    reported as a failed input, and so are an archive's bad rows. Raises ``UsageError`` when nothing
    is given or two inputs share an article id.
    """
    inputs = []
    for given in paths:
        given = os.fspath(given)
        p = Path(given)
        if p.is_dir():
            inputs += [file_input(path, error) for path, error in folder_files(given)]
        elif p.is_file() and p.suffix.lower() in ARCHIVE_SUFFIXES:
            inputs += archive_inputs(given, max_bytes)
        else:
            inputs.append(file_input(given))
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


def with_texts(inputs, max_bytes=DEFAULT_MAX_BYTES):
    """Yield the inputs with archive rows' texts filled in, reading each archive once, in order.

    An archive row already found bad is yielded as it is; one that is no longer in the archive (it
    changed since the inputs were collected) comes back with that error, never silently dropped.
    """
    current, rows, pending = None, None, None
    for item in inputs:
        if not item.source or item.error:
            yield item
            continue
        if item.source != current:
            current, rows, pending = item.source, archive_rows(item.source, max_bytes), None
        found = None
        if pending is not None and pending.row == item.row:
            found = pending
        else:
            for r in rows:
                if r.row >= item.row:
                    found, pending = (r if r.row == item.row else None), r
                    break
        if found is None:
            yield replace(item, error="row %d is no longer in the archive (it changed during the run)"
                          % item.row)
        elif found.error:
            yield replace(item, error=found.error)
        else:
            yield replace(item, text=found.record[TEXT_FIELD])  # a copy: the input list stays light
