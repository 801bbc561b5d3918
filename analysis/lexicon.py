"""Word lists as data: one CSV per word class under ``analysis/data/lexicon/``, read once.

Each file has a header row; the first column is the entry (a lemma, a word form or a phrase of
lemmas separated by spaces), the other columns say what the rules need to know about it (a frame,
a class, a value), and a ``note`` column says why the entry is there or where it comes from::

    word,frame,note
    заявить,that,"X заявил, что ..."

Users extend a list without touching the package: a folder named in the ``ANALYSIS_LEXICON``
environment variable (several folders separated by ``os.pathsep``) may hold files of the same
names, whose rows come after the package's. Worker processes inherit the variable, so a run with
``--jobs`` or Dask workers on the same machine sees the same lists.

    >>> from analysis import lexicon
    >>> "заявить" in lexicon.words("speech_verbs")
    True
"""

import csv
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

LEXICON_DIR = "data/lexicon"
EXTRA_ENV = "ANALYSIS_LEXICON"


class LexiconError(ValueError):
    """A lexicon file that cannot be read or lacks a column the caller asks for."""


def extra_dirs():
    return _extra_dirs(os.environ.get(EXTRA_ENV, ""))


@lru_cache(maxsize=None)
def _extra_dirs(value):
    return tuple(Path(p) for p in value.split(os.pathsep) if p)


def _read(handle, name):
    reader = csv.DictReader(handle)
    if not reader.fieldnames:
        raise LexiconError("%s: empty lexicon file" % name)
    rows = []
    for row in reader:
        if None in row:
            raise LexiconError("%s, line %d: more fields than the header" % (name, reader.line_num))
        rows.append({key: (value or "").strip() for key, value in row.items()})
    return reader.fieldnames, rows


@lru_cache(maxsize=None)
def _table(name, extra):
    package = resources.files("analysis").joinpath("%s/%s.csv" % (LEXICON_DIR, name))
    if not package.is_file():
        raise LexiconError("no lexicon named %r in analysis/%s" % (name, LEXICON_DIR))
    with package.open(encoding="utf-8") as f:
        fields, rows = _read(f, "analysis/%s/%s.csv" % (LEXICON_DIR, name))
    for folder in extra:
        path = folder / ("%s.csv" % name)
        if path.is_file():
            with path.open(encoding="utf-8-sig") as f:
                more_fields, more = _read(f, str(path))
            if more_fields[0] != fields[0]:
                raise LexiconError("%s: the first column must be %r like the package's" % (path, fields[0]))
            rows += more
    return tuple(fields), tuple(rows)


def table(name):
    """``(columns, rows)`` of a lexicon: rows as dicts, the package's first, then the user's."""
    return _table(name, extra_dirs())


def rows(name, **where):
    """The rows of a lexicon whose columns have the given values (``rows("speech_verbs",
    frame="that")``)."""
    columns, found = table(name)
    for key in where:
        if key not in columns:
            raise LexiconError("lexicon %r has no column %r" % (name, key))
    return [row for row in found if all(row[k] == v for k, v in where.items())]


def words(name, **where):
    """The entries (first column) of a lexicon, as a frozenset, optionally filtered by columns;
    computed once per list, filter and ``ANALYSIS_LEXICON`` setting (rules ask often: the role
    rules ask for ``role_nouns`` some 500 times an article, so the answer is looked up in one
    dictionary keyed by the name, the filter and the variable's value as it is now)."""
    key = (name, tuple(sorted(where.items())) if where else (), os.environ.get(EXTRA_ENV, ""))
    found = _WORDS.get(key)
    if found is None:
        found = _WORDS[key] = _words(name, key[1], _extra_dirs(key[2]))
    return found


_WORDS = {}  # (name, filter, ANALYSIS_LEXICON's value) -> ``words``; emptied by ``clear_cache``


@lru_cache(maxsize=None)
def _words(name, where, extra):
    columns, _ = _table(name, extra)
    return frozenset(row[columns[0]] for row in rows(name, **dict(where)) if row[columns[0]])


def mapping(name, value, key=None, **where):
    """``{entry: row[value]}``; the first row of an entry wins, so the package's rows cannot be
    shadowed by accident (a user changes an entry by removing it from the package file)."""
    columns, _ = table(name)
    key = key or columns[0]
    out = {}
    for row in rows(name, **where):
        out.setdefault(row[key], row[value])
    return out


def longest_matches(words, table):
    """Walk ``words`` left to right taking the longest run that is a key of ``table`` (keys are
    tuples of words): yield ``(table[run], run)`` for a match and ``(None, (word,))`` for a word
    no key starts with. Phrase tables (synonyms, glosses) are read this way."""
    longest = max((len(key) for key in table), default=1)
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            run = tuple(words[i:i + n])
            if run in table:
                yield table[run], run
                i += n
                break
        else:
            yield None, (words[i],)
            i += 1


def marks(kind):
    """The punctuation marks of one kind (``dash``, ``opening_quote``, ``closing_quote``) of
    ``punctuation.csv``, as one string in file order (``"-–—"``), for character classes and
    ``in`` tests on one character."""
    return "".join(dict.fromkeys(row["mark"] for row in rows("punctuation", kind=kind)))


def clear_cache():
    """Forget the lists read so far (after ``ANALYSIS_LEXICON`` changed in this process)."""
    _table.cache_clear()
    _words.cache_clear()
    _WORDS.clear()


# The dashes every layer reads (speech, priorities, dates, facts), one string: ``-–—``.
DASHES = marks("dash")
