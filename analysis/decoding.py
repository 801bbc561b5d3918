"""Bytes to text: BOM, codec choice among a few Cyrillic candidates, and the checks that reject non-text.

General-purpose detectors misread short Cyrillic texts (a 300-byte cp1251 note often comes back as
some Latin codepage), so the choice here is narrow and explicit: a BOM decides; else strict UTF-8;
else the single-byte Cyrillic codec whose decoding reads most like Russian.
"""

import codecs
import re
import unicodedata

from .errors import ArticleError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

SINGLE_BYTE_CANDIDATES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic")

# The most frequent lower-case Russian letters; a wrong single-byte codec turns them into upper case,
# box-drawing characters or Latin-1 symbols.
FREQUENT_RUSSIAN = set("оеаинтсрвлкмдпу")
CASE_FLIP_RE = re.compile(r"[а-яё][А-ЯЁ]")
ALLOWED_CONTROLS = set("\t\n\r\x0b\x0c")
MIN_LETTER_SHARE = 0.5
MAX_CONTROL_SHARE = 0.01
MAX_CASE_FLIP_SHARE = 0.05


def is_cyrillic(ch):
    return "\u0400" <= ch <= "\u04ff"


def is_latin(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u024f" and ch.isalpha())


def russian_score(text):
    """Higher for text that reads like Russian: frequent lower-case letters, few case flips."""
    frequent = sum(1 for ch in text if ch in FREQUENT_RUSSIAN)
    flips = len(CASE_FLIP_RE.findall(text))
    odd = sum(1 for ch in text if ord(ch) > 127 and not ch.isalpha() and not ch.isspace()
              and unicodedata.category(ch) not in ("Pd", "Pi", "Pf", "Po", "Ps", "Pe", "Sc", "No"))
    return frequent - 3 * flips - 3 * odd


def text_problem(text):
    """Why ``text`` is not readable Russian or Latin text, or None when it is."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return "empty or whitespace only"
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text):
        return "binary content: %d control characters" % controls
    letters = sum(1 for ch in visible if is_cyrillic(ch) or is_latin(ch))
    if letters == 0 or letters < MIN_LETTER_SHARE * len(visible):
        return "no Russian or Latin text: %d of %d visible characters are Cyrillic or Latin letters" % (
            letters, len(visible))
    return None


def single_byte_problem(text):
    cyrillic = sum(1 for ch in text if is_cyrillic(ch))
    flips = len(CASE_FLIP_RE.findall(text))
    if cyrillic and flips > MAX_CASE_FLIP_SHARE * cyrillic:
        return "no candidate codec gives Russian text (letter case scrambled)"
    return None


def codec_name(encoding):
    """The Python name of ``encoding``, spelt as detection reports it (``KOI8-R`` -> ``koi8_r``)."""
    codec = codecs.lookup(encoding).name
    for candidate in SINGLE_BYTE_CANDIDATES:
        if codecs.lookup(candidate).name == codec:
            return candidate
    return codec


def decode_bytes(data, name="<bytes>", encoding=None):
    """Decode ``data`` to text; return ``(text, codec)`` with the codec's Python name.

    The BOM is removed; line ends and every other character are kept as they are.
    Raises ``ArticleError`` naming ``name`` when the bytes are not an article's text.
    """
    if not data.strip():
        raise ArticleError(name, "empty or whitespace only")
    if encoding:
        try:
            codec = codec_name(encoding)
        except LookupError:
            raise ArticleError(name, "unknown encoding %r" % encoding) from None
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ArticleError(name, "cannot be decoded as %s: %s" % (codec, exc.reason)) from None
        # a leading U+FEFF is a BOM whatever the codec (utf-8, utf-16-le and utf-32-be keep it)
        if text.startswith("\ufeff"):
            text = text[1:]
        return checked(text, codec, name)

    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(name, "has a %s byte-order mark but is not valid %s: %s" % (
                    codec, codec, exc.reason)) from None
            return checked(text, codec, name)  # the codec drops the BOM itself

    if b"\x00" in data:
        raise ArticleError(name, "binary content: NUL bytes and no byte-order mark")

    try:
        return checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass

    decoded = []
    for codec in SINGLE_BYTE_CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        decoded.append((russian_score(text), codec, text))
    if not decoded:
        raise ArticleError(name, "not valid UTF-8 and no candidate codec (%s) decodes it" % ", ".join(
            SINGLE_BYTE_CANDIDATES))
    # max by score; ties go to the earlier (more common) codec
    score, codec, text = max(decoded, key=lambda item: (item[0], -SINGLE_BYTE_CANDIDATES.index(item[1])))
    problem = text_problem(text) or single_byte_problem(text)
    if problem:
        raise ArticleError(name, "not valid UTF-8, and as %s: %s" % (codec, problem))
    return text, codec


def checked(text, codec, name):
    problem = text_problem(text)
    if problem:
        raise ArticleError(name, problem if problem.startswith(("empty", "binary")) else
                           "%s (decoded as %s)" % (problem, codec))
    return text, codec


def read_bytes(path, max_bytes=DEFAULT_MAX_BYTES):
    """Read a file's bytes, refusing one over ``max_bytes`` before reading it."""
    try:
        with open(path, "rb") as f:
            size = f.seek(0, 2)
            if max_bytes is not None and size > max_bytes:
                raise ArticleError(path, "file is %d bytes, over the size limit of %d bytes" % (
                    size, max_bytes))
            f.seek(0)
            return f.read()
    except OSError as exc:
        raise ArticleError(path, "cannot be read: %s" % (exc.strerror or exc)) from None
