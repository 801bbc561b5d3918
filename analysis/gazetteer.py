"""The curated gazetteer of actors: aliases to canonical actors, and finding its names in a text.

The data is ``analysis/data/gazetteer.csv``, one row per alias::

    actor_key,name,name_en,kind,wikidata,iso,alias,source
    russia,Россия,Russia,country,Q159,RUS,РФ,Wikipedia (ru) article; ISO 3166-1

Users extend it with their own CSV of the same shape (``python -m analysis extract --aliases FILE``,
or ``load_gazetteer(read_aliases(FILE))``): their rows come after the package's, so a row of theirs
adds an alias, adds an actor, or, with an ``actor_key`` the package already has, replaces that
actor's name, English name, kind and identifiers; an alias they give to another actor moves to it.

Names are found in an analysed article's tokens by their word forms: an alias word matches a text
word when they share a dictionary form (pymorphy2 through natasha's ``MorphVocab``), so
``Киргизию`` finds ``Киргизия`` and ``Организации Договора о коллективной безопасности`` finds the
CSTO. The alias's words count in their nominative readings only (``Лавров`` is not the genitive
plural of ``лавр``). A capitalised alias needs a capitalised first word in the text, and an alias
word in capitals needs capitals (``МИДа`` for ``МИД``), so common nouns do not turn into actors.
"""

import csv
import io
import re
from collections import defaultdict, namedtuple
from functools import lru_cache
from importlib import resources

from razdel import tokenize

COLUMNS = ("actor_key", "name", "name_en", "kind", "wikidata", "iso", "alias", "source")
KINDS = ("person", "country", "city", "region", "organisation", "government_body", "media",
         "historical_state", "other")
NER_TYPES = {"person": "PER", "country": "LOC", "city": "LOC", "region": "LOC",
             "historical_state": "LOC", "organisation": "ORG", "government_body": "ORG",
             "media": "ORG", "other": ""}

# Abbreviations natasha tags as organisations that name a sector, a concept or a legal form, not an
# actor: the mass media, the defence industry, the fuel and energy complex, a joint-stock company...
NOT_ACTORS = frozenset({
    "СМИ", "ВПК", "ОПК", "ТЭК", "АПК", "ЖКХ", "ВВП", "ВРП", "НДС", "АЭС", "ГЭС", "ТЭЦ", "СВО", "ИИ",
    "НКО", "МСП", "ЧП", "ДТП", "ЕГЭ", "ОАО", "ООО", "ЗАО", "ПАО", "АО", "ИП", "ГУП", "ФГУП", "МУП",
})

Entry = namedtuple("Entry", "key name name_en kind wikidata iso")
Alias = namedtuple("Alias", "key text")
Match = namedtuple("Match", "first last key")  # token indices, inclusive


class GazetteerError(ValueError):
    """A gazetteer file that does not have the gazetteer's shape."""


def normal_word(word):
    return word.lower().replace("ё", "е")


# pymorphy2 guesses the dictionary form of a name it does not know from its ending, and the guess
# for an oblique form can differ from the name itself (``Тяньцзине`` -> ``тяньцзин``, the alias
# ``Тяньцзинь`` -> ``тяньцзинь``). A long capitalised word pymorphy2 does not know also gets its
# stem, the word without a noun case ending, as a key (marked with ``~``), so such forms still meet
# their alias. Known words never do: ``Бразилии`` is Brazil, not the city ``Бразилиа``.
CASE_ENDING_RE = re.compile(r"(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ам|ям|ах|ях|ью|а|я|у|ю|е|и|ы|ь|й)$")
MIN_STEM_WORD = 6
PREFIX = 3  # letters of an alias's first word that its inflected forms and dictionary forms share


def prefix(word):
    return normal_word(word)[:PREFIX]


def stem_key(word):
    low = normal_word(word)
    if len(low) < MIN_STEM_WORD or not word[:1].isupper() or is_upper_word(word):
        return None
    return "~" + CASE_ENDING_RE.sub("", low)


def is_upper_word(word):
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def word_case(word, first):
    """What the text must show: ``upper`` for a word in capitals, ``title`` for a capitalised first
    word, ``any`` otherwise."""
    if is_upper_word(word):
        return "upper"
    if first and word[:1].isupper():
        return "title"
    return "any"


def case_matches(case, alias_word, text):
    if case == "upper":
        prefix = text[:len(alias_word)]
        return len(prefix) == len(alias_word) and is_upper_word(prefix)
    if case == "title":
        return text[:1].isupper()
    return True


def read_rows(lines, name):
    """Validated rows of a gazetteer CSV (any iterable of lines) as tuples in ``COLUMNS`` order."""
    reader = csv.DictReader(lines)
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise GazetteerError("%s: the header must be %s" % (name, ",".join(COLUMNS)))
    rows = []
    for row in reader:
        line = reader.line_num
        if None in row or any(value is None for value in row.values()):
            raise GazetteerError("%s, line %d: expected %d fields" % (name, line, len(COLUMNS)))
        row = {column: value.strip() for column, value in row.items()}
        if not (row["actor_key"] and row["name"] and row["alias"]):
            raise GazetteerError("%s, line %d: actor_key, name and alias are required" % (name, line))
        if row["kind"] not in KINDS:
            raise GazetteerError("%s, line %d: kind %r is not one of %s" % (
                name, line, row["kind"], ", ".join(KINDS)))
        rows.append(tuple(row[column] for column in COLUMNS))
    return tuple(rows)


def package_rows():
    with resources.files("analysis").joinpath("data/gazetteer.csv").open(encoding="utf-8", newline="") as f:
        return read_rows(f, "analysis/data/gazetteer.csv")


def read_aliases(path):
    """A user's gazetteer CSV as rows (hashable, so ``load_gazetteer`` can cache on them)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            return read_rows(f, str(path))
    except OSError as exc:
        raise GazetteerError("cannot read %s: %s" % (path, exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise GazetteerError("%s is not UTF-8 text" % path) from None


def parse_aliases(text, name="aliases"):
    """Rows from CSV text (for notebooks and tests)."""
    return read_rows(io.StringIO(text), name)


class Gazetteer:
    """Actors and their aliases, indexed for matching against an article's tokens."""

    def __init__(self, rows, morph):
        self.morph = morph
        self.entries = {}
        self.alias_keys = {}
        written = {}  # normalised alias -> the alias as written, whose case the text must show
        self._word_keys = {}
        self._lemma_keys = {}
        for key, name, name_en, kind, wikidata, iso, alias, _source in rows:
            self.entries[key] = Entry(key, name, name_en, kind, wikidata, iso)
            normal = normal_word(" ".join(alias.split()))
            self.alias_keys[normal] = key
            written[normal] = " ".join(alias.split())
        # Aliases are indexed by the first letters of their first word, and their words' dictionary
        # forms are looked up only when a text word with those letters asks: building every alias's
        # forms up front would cost pymorphy2 a parse of each of thousands of words at every start.
        self.index = defaultdict(list)
        self._patterns = {}
        self._alias_word_keys = {}
        self._candidates = {}
        for normal, key in sorted(self.alias_keys.items()):
            alias = written[normal]
            first = next(tokenize(alias)).text
            self.index[prefix(first)].append(Alias(key, alias))

    def __len__(self):
        return len(self.entries)

    def entry(self, key):
        return self.entries[key]

    def lookup(self, text):
        """The entry whose alias is ``text`` (any case, ``ё`` as ``е``, spaces collapsed), or None."""
        key = self.alias_keys.get(normal_word(" ".join(text.split())))
        return self.entries[key] if key else None

    def pattern(self, alias):
        """An alias's words as ``(case, word)`` pairs, computed once; their forms come from
        ``alias_word_keys`` word by word, as a match needs them."""
        found = self._patterns.get(alias.text)
        if found is None:
            words = [token.text for token in tokenize(alias.text)]
            found = tuple((word_case(w, i == 0), w) for i, w in enumerate(words))
            self._patterns[alias.text] = found
        return found

    def candidates(self, keys):
        """Aliases whose first word shares a form with a text word of forms ``keys``, in a fixed
        order (remembered: a text's capitalised words repeat)."""
        found = self._candidates.get(keys)
        if found is None:
            near = {alias for key in keys for alias in self.index.get(prefix(key.lstrip("~")), ())}
            found = sorted((a for a in near if self.alias_word_keys(self.pattern(a)[0][1]) & keys),
                           key=lambda a: a.text)
            if len(self._candidates) < 200_000:
                self._candidates[keys] = found
        return found

    def alias_word_keys(self, word):
        """An alias word's forms: itself and its dictionary forms as a nominative."""
        keys = self._alias_word_keys.get(word)
        if keys is None:
            keys = self._alias_word_keys[word] = self.nominative_keys(word)
        return keys

    def nominative_keys(self, word):
        low = normal_word(word)
        forms = self.morph(low)
        nominative = [f for f in forms if "nomn" in f.tag or not f.tag.case]
        keys = [low] + [normal_word(f.normal) for f in nominative or forms]
        return frozenset(keys + self.unknown_stem(word))

    def unknown_stem(self, word):
        key = stem_key(word)
        return [key] if key and not self.morph.word_is_known(normal_word(word)) else []

    def word_keys(self, word, lemma=""):
        """A text word's forms: itself, natasha's lemma, and every dictionary form pymorphy2 gives.
        Kept per word and lemma, so that a repeated word gives the same set, whose hash Python
        keeps (``candidates`` looks it up)."""
        if not lemma:
            return self.form_keys(word)
        keys = self._lemma_keys.get((word, lemma))
        if keys is None:
            keys = self.form_keys(word) | {normal_word(lemma)}
            if len(self._lemma_keys) < 200_000:
                self._lemma_keys[(word, lemma)] = keys
        return keys

    def form_keys(self, word):
        """``word_keys`` without a lemma: the word and pymorphy2's dictionary forms of it."""
        keys = self._word_keys.get(word)
        if keys is None:
            # parsed lower-cased, as natasha's lemmatiser asks, so both share pymorphy2's cache
            keys = [normal_word(word)] + [normal_word(f.normal) for f in self.morph(normal_word(word))]
            keys = frozenset(keys + self.unknown_stem(word))
            if len(self._word_keys) < 200_000:
                self._word_keys[word] = keys
        return keys

    def find(self, words, lemmas=None):
        """Longest non-overlapping alias matches in a list of word strings, left to right."""
        lemmas = lemmas or [""] * len(words)
        keys = [None] * len(words)

        def keys_at(i):
            if keys[i] is None:
                keys[i] = self.word_keys(words[i], lemmas[i])
            return keys[i]

        i = 0
        while i < len(words):
            best = None
            if words[i][:1].isupper() or words[i][:1].isdigit():
                for alias in self.candidates(keys_at(i)):
                    last = self.match_at(self.pattern(alias), self.alias_word_keys, words, keys_at, i)
                    if last is not None and (best is None or last > best.last):
                        best = Match(i, last, alias.key)
            if best:
                yield best
                i = best.last + 1
            else:
                i += 1

    @staticmethod
    def match_at(pattern, alias_keys, words, keys_at, i):
        if i + len(pattern) > len(words):
            return None
        for offset, (case, alias_word) in enumerate(pattern):
            word = words[i + offset]
            if not case_matches(case, alias_word, word) or not alias_keys(alias_word) & keys_at(i + offset):
                return None
        return i + len(pattern) - 1


def load_gazetteer(aliases=(), morph_vocab=None):
    """The package gazetteer plus the user's rows (``read_aliases(FILE)``), built once per process
    for each distinct set of user rows and morphology: natasha's ``MorphVocab`` given, else the one
    of ``load_models()`` (only then are the models loaded here)."""
    if morph_vocab is None:
        from .language import load_models
        morph_vocab = load_models().morph_vocab
    return built_gazetteer(tuple(tuple(row) for row in aliases), morph_vocab)


@lru_cache(maxsize=4)
def built_gazetteer(aliases, morph_vocab):
    return Gazetteer(package_rows() + aliases, morph_vocab)
