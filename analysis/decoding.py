"""Bytes to text: BOM, codec choice among a few Cyrillic candidates, and the checks that reject non-text.

General-purpose detectors misread short Cyrillic texts (a 300-byte cp1251 note often comes back as
some Latin codepage), so the choice here is narrow and explicit: a BOM decides; else UTF-16 without
a BOM when every other byte is NUL-like; else strict UTF-8; else the single-byte Cyrillic codec
whose decoding reads most like Russian, judged by letter bigrams, and only when it is convincing.

Whatever the route, ``data.decode(codec) == text`` for the returned ``(text, codec)``: the codec
reported is one that drops the BOM itself, so decoding a file by its ``encoding`` column reproduces
the text the offsets count in.
"""

import codecs
import csv
import errno
import math
import os
import re
import stat
import unicodedata
from functools import lru_cache
from pathlib import Path

from .errors import ArticleError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Tried in this order when the bytes are not UTF-8. mac_cyrillic is left out: it decodes every byte
# to some letter, so random bytes read as "Cyrillic" in it; name it with --encoding when needed.
SINGLE_BYTE_CANDIDATES = ("cp1251", "koi8_r", "cp866")
KNOWN_SINGLE_BYTE = SINGLE_BYTE_CANDIDATES + ("mac_cyrillic",)

# A codec named by the user that decodes with a BOM left in the text, and its sibling that drops it
# (so that the encoding column decodes the bytes to exactly the text the offsets count in).
BOM_DROPPING = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
                "utf-32-le": "utf-32", "utf-32-be": "utf-32"}

CASE_FLIP_RE = re.compile(r"[а-яё][А-ЯЁ]")
ALLOWED_CONTROLS = set("\t\n\r\x0b\x0c")
WHITESPACE_RE = re.compile(r"\s")  # what str.isspace() calls whitespace
CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc but the ALLOWED_CONTROLS
NON_ASCII_RE = re.compile("[^\x00-\x7f\ufffd]")
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")  # is_cyrillic
LETTER_RE = re.compile("[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff]")  # is_cyrillic or is_latin
MIN_LETTER_SHARE = 0.5
MAX_CONTROL_SHARE = 0.01
MAX_CASE_FLIP_SHARE = 0.05

# How Russian a decoding reads: the mean log-probability of the letter bigrams of its Cyrillic words
# (lower-cased, with word boundaries), under bigram counts from real Russian news
# (data/russian_bigrams.csv). A right codec scores about -2.5 on news text; a wrong one turns the
# letters into rare pairs ("ПУТИН" in cp1251 read as koi8-r is "осрхм") and scores below -4.5.
BIGRAMS = Path(__file__).resolve().parent / "data" / "russian_bigrams.csv"
RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
BOUNDARY = "_"
SMOOTHING = 0.1         # added to every bigram count: an unseen pair is rare, not impossible
ODD_COST = -10.0        # a symbol no Russian text uses (box drawing, Latin-1 letters), per symbol
MIXED_WORD_COST = -10.0  # a word mixing Latin and Cyrillic letters or scrambling case, per word
MIN_RUSSIAN_SCORE = -4.0  # below this, no candidate reads as Russian: the bytes are refused
EVIDENCE_CHARS = 20_000  # judged on the first characters: plenty for a codec, and a 5 MB file stays fast
MAX_ACRONYM = 5
WORD_RE = re.compile(r"[^\W\d_]+")
# Non-ASCII characters Russian wire text uses besides letters: typographic quotes and dashes, NBSP,
# soft hyphen, currency, degree, numero, copyright, plus-minus, middle dot...
PLAIN_SYMBOLS = set("°№©®™±×÷·§¶…€¤µ")
PLAIN_CATEGORIES = ("Pd", "Pi", "Pf", "Po", "Ps", "Pe", "Sc", "No", "Zs", "Cf")


def is_cyrillic(ch):
    return "\u0400" <= ch <= "\u04ff"


def is_latin(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u024f" and ch.isalpha())


@lru_cache(maxsize=1)
def bigram_log_probs():
    """``{(a, b): log P(b | a)}`` over Russian letters and the word boundary, from the CSV."""
    counts = {}
    with open(BIGRAMS, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            counts[row["bigram"]] = int(row["count"])
    symbols = RUSSIAN_LETTERS + BOUNDARY
    logp = {}
    for a in symbols:
        total = sum(counts.get(a + b, 0) for b in symbols) + SMOOTHING * (len(symbols) + 1)
        for b in symbols:
            logp[a, b] = math.log((counts.get(a + b, 0) + SMOOTHING) / total)
        logp[a, None] = math.log(SMOOTHING / total)  # a letter outside Russian's alphabet
    logp[None] = math.log(SMOOTHING / (SMOOTHING * (len(symbols) + 1)))  # from such a letter
    return logp


def word_shape_ok(word):
    """Russian words are written lower-case, Capitalised or in CAPITALS, in one script."""
    cyrillic = sum(1 for ch in word if is_cyrillic(ch))
    if cyrillic and cyrillic < len(word):
        return False  # Latin (or other) letters inside a Cyrillic word
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()) or len(word) == 1


def russian_evidence(text):
    """``(score, bigrams)``: how Russian ``text`` reads (mean log-probability per bigram, with costs
    for odd symbols and misshapen words) and on how many bigrams that rests. Text without Cyrillic
    words or odd symbols scores 0 on 0 bigrams: there is nothing to judge."""
    logp = bigram_log_probs()
    total, n = 0.0, 0
    for word in WORD_RE.findall(text):
        if not any(is_cyrillic(ch) for ch in word) and word.isascii():
            continue  # a Latin word: no evidence either way
        if not word_shape_ok(word):
            total += MIXED_WORD_COST
            n += 1
            continue
        if word.isupper() and len(word) <= MAX_ACRONYM and all(ch.lower() in RUSSIAN_LETTERS for ch in word):
            continue  # ОДКБ, ШОС, СНГ, МИД: acronyms are not spelt like words
        previous = BOUNDARY
        for ch in word.lower() + BOUNDARY:
            if previous is None:
                total += logp[None]
            else:
                total += logp.get((previous, ch), logp[previous, None])
            previous = ch if ch in RUSSIAN_LETTERS or ch == BOUNDARY else None
            n += 1
    for ch in text:
        if ord(ch) > 127 and not ch.isalpha() and not ch.isspace() and ch not in PLAIN_SYMBOLS \
                and unicodedata.category(ch) not in PLAIN_CATEGORIES:
            total += ODD_COST
            n += 1
    return (total / n if n else 0.0), n


def count(pattern, text):
    """How many characters of ``text`` the one-character ``pattern`` matches (one string built, not
    a list of millions)."""
    return len(text) - len(pattern.sub("", text))


def text_problem(text):
    """Why ``text`` is not readable Russian or Latin text, or None when it is.

    Counted with regular expressions, not a loop over characters, so that a 5 MB file costs little.
    """
    visible = len(text) - count(WHITESPACE_RE, text)
    if not visible:
        return "empty or whitespace only"
    controls = count(CONTROL_RE, text)
    if controls > MAX_CONTROL_SHARE * len(text):
        return "binary content: %d control characters" % controls
    letters = count(LETTER_RE, text)
    if letters == 0 or letters < MIN_LETTER_SHARE * visible:
        return "no Russian or Latin text: %d of %d visible characters are Cyrillic or Latin letters" % (
            letters, visible)
    return None


def single_byte_problem(text):
    cyrillic = count(CYRILLIC_RE, text)
    flips = len(CASE_FLIP_RE.findall(text))
    if cyrillic and flips > MAX_CASE_FLIP_SHARE * cyrillic:
        return "no candidate codec gives Russian text (letter case scrambled)"
    return None


def codec_name(encoding):
    """The Python name of ``encoding``, spelt as detection reports it (``KOI8-R`` -> ``koi8_r``).

    Raises ``LookupError`` with a message for an unknown codec or one that is not a text encoding
    (``base64``, ``rot13``, ``zlib``: bytes-to-bytes or str-to-str transforms).
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise LookupError("unknown encoding %r" % encoding) from None
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("%r is not a text encoding (it turns bytes into bytes or text into text)"
                          % encoding)
    for candidate in KNOWN_SINGLE_BYTE:
        if codecs.lookup(candidate).name == info.name:
            return candidate
    return info.name


def decode_bytes(data, name="<bytes>", encoding=None):
    """Decode ``data`` to text; return ``(text, codec)`` with the codec's Python name.

    The BOM is removed; line ends and every other character are kept as they are, and
    ``data.decode(codec) == text``. Raises ``ArticleError`` naming ``name`` when the bytes are not
    an article's text.
    """
    if not data.strip():
        raise ArticleError(name, "empty or whitespace only")
    if encoding:
        return decode_as(data, name, encoding)

    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(name, "has a %s byte-order mark but is not valid %s: %s" % (
                    codec, codec, exc.reason)) from None
            return checked(text, codec, name)  # the codec drops the BOM itself

    if b"\x00" in data:
        found = utf16_without_bom(data)
        if found:
            return checked(found[0], found[1], name)
        raise ArticleError(name, "binary content: NUL bytes and no byte-order mark")

    try:
        return checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    problem = mostly_utf8(data)
    if problem:
        raise ArticleError(name, problem)
    return decode_single_byte(data, name)


def decode_as(data, name, encoding):
    """``--encoding``: decode with the codec the user named; a BOM it leaves is dropped, and the
    codec is then reported as its BOM-dropping sibling (``utf-8`` -> ``utf-8-sig``)."""
    try:
        codec = codec_name(encoding)
    except LookupError as exc:
        raise ArticleError(name, str(exc)) from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ArticleError(name, "cannot be decoded as %s: %s (byte 0x%02x at offset %d)" % (
            codec, exc.reason, exc.object[exc.start], exc.start)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
        sibling = BOM_DROPPING.get(codec)
        if sibling and data.decode(sibling) == text:
            codec = sibling
    return checked(text, codec, name)


def utf16_without_bom(data):
    """``(text, codec)`` for UTF-16 without a BOM, or None. Text in UTF-16 has a NUL in every other
    byte for its ASCII characters (spaces, digits, punctuation), at odd offsets in little-endian and
    at even ones in big-endian; binary data has NULs anywhere. The decoding must then also read as
    text (letters, no control characters), so binary data that happens to fit is still refused."""
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    for codec, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls and others * 20 <= nuls:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if text_problem(text) is None:
                return text, codec
    return None


def mostly_utf8(data):
    """Why bytes that are UTF-8 but for a few invalid bytes are refused, naming those bytes, or
    None when they are not mostly UTF-8. A single-byte reading of UTF-8 is mojibake (``РџСѓС‚РёРЅ``),
    so the honest answer is where the damage is, not a guess at another codec."""
    decoded = data.decode("utf-8", "replace")
    valid = count(NON_ASCII_RE, decoded)
    invalid = []
    position = 0
    while position < len(data) and len(invalid) < 6:
        try:
            data[position:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            invalid.append((position + exc.start, data[position + exc.start:position + exc.end]))
            position += exc.end
    replaced = decoded.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if valid < 8 or valid < 10 * replaced:
        return None
    shown = ", ".join("0x%s at byte %d" % (bad.hex(), offset) for offset, bad in invalid[:5])
    return ("not valid UTF-8: %d invalid byte sequence%s (%s%s) in text that is otherwise UTF-8; "
            "repair those bytes, or name the codec with --encoding" % (
                replaced, "" if replaced == 1 else "s", shown, ", ..." if replaced > 5 else ""))


def decode_single_byte(data, name):
    """The single-byte candidate whose decoding reads most like Russian, if it is convincing."""
    decoded = []
    undecodable = []
    for codec in SINGLE_BYTE_CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            undecodable.append("%s (byte 0x%02x at offset %d)" % (codec, exc.object[exc.start], exc.start))
            continue
        score, n = russian_evidence(text[:EVIDENCE_CHARS])
        decoded.append((score, n, codec, text))
    if not decoded:
        raise ArticleError(name, "not valid UTF-8 and no candidate codec decodes it: %s" % ", ".join(
            undecodable))
    score, n, codec, text = max(decoded, key=candidate_rank)
    problem = text_problem(text)
    if not problem and n and score < MIN_RUSSIAN_SCORE:
        problem = "does not read as Russian (%.1f per letter pair, %s)" % (score, sample(text))
    problem = problem or single_byte_problem(text)
    if problem:
        raise ArticleError(name, "not valid UTF-8, and as %s: %s (%s read best of the candidates %s; "
                                 "name the codec with --encoding)" % (
                                     codec, problem, codec, ", ".join(SINGLE_BYTE_CANDIDATES)))
    return text, codec


def candidate_rank(item):
    """Rank a ``(score, bigrams, codec, text)`` decoding: first those that read as Russian, by score;
    then those with nothing to judge (only acronyms, or no Cyrillic: ``ОДКБ ШОС`` in the right codec);
    last those that do not read as Russian. Ties go to the earlier (more common) codec."""
    score, n, codec, _ = item
    tier = 2 if n and score >= MIN_RUSSIAN_SCORE else 1 if not n else 0
    return tier, score, -SINGLE_BYTE_CANDIDATES.index(codec)


def sample(text, size=30):
    """The first non-ASCII stretch of ``text``, for a message: what the best decoding looks like."""
    match = re.search(r"\S*[^\x00-\x7f]\S*(\s+\S+){0,3}", text)
    shown = (match.group(0) if match else text)[:size]
    return "reads %r" % shown


def checked(text, codec, name):
    problem = text_problem(text)
    if problem:
        raise ArticleError(name, problem if problem.startswith(("empty", "binary")) else
                           "%s (decoded as %s)" % (problem, codec))
    return text, codec


def check_text(text, name):
    """Check a text given as a string (an archive row) as a file's decoded text is checked: not
    empty, not binary (no NUL, few controls), has letters, and holds no lone surrogate (a ``\\ud800`` escape in JSON, or
    bytes an archive's codec could not decode), which no file can store as UTF-8."""
    match = re.search("[\ud800-\udfff]", text)
    if match:
        raise ArticleError(name, "text holds a lone surrogate U+%04X at character %d (half a UTF-16 "
                                 "pair escaped in JSON, or bytes the archive's codec cannot decode)" % (
                                     ord(match.group()), match.start()))
    nul = text.find("\x00")
    if nul >= 0:  # as for a file: NUL is binary content, whatever the share
        raise ArticleError(name, "binary content: a NUL character at character %d" % nul)
    problem = text_problem(text)
    if problem:
        raise ArticleError(name, problem)
    return text


def file_kind(mode):
    for test, kind in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"


def read_bytes(path, max_bytes=DEFAULT_MAX_BYTES):
    """Read a file's bytes, refusing one over ``max_bytes`` before reading it.

    Only regular files are read: a FIFO would block until something writes to it, and a device
    (``/dev/zero``) reports size 0 and never ends; both are refused before they are opened. The read
    itself stops at ``max_bytes + 1`` bytes, whatever the size the file system reported.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise ArticleError(path, "is %s, not a regular file" % file_kind(mode))
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # replaced since the check
                raise ArticleError(path, "is not a regular file")
            size = f.seek(0, 2)
            if max_bytes is not None and size > max_bytes:
                raise ArticleError(path, "file is %d bytes, over the size limit of %d bytes" % (
                    size, max_bytes))
            f.seek(0)
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
            if max_bytes is not None and len(data) > max_bytes:
                raise ArticleError(path, "file is over the size limit of %d bytes (it grew while "
                                         "being read)" % max_bytes)
            return data
    except OSError as exc:
        raise ArticleError(path, "cannot be read: %s" % link_problem(path, exc)) from None


def link_problem(path, exc):
    """The reason a file cannot be opened, naming a dangling link or a link loop as such."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return "a dangling symbolic link (to %s, which does not exist)" % os.readlink(path)
    return exc.strerror or str(exc)
