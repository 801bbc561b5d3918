"""yargy, as the rule layers run it: one patched Earley parser, natasha's tokens as yargy's, and
entity tags through yargy's tagger hook.

yargy (A. Kukushkin's grammar library, the one natasha's own extractors use) parses a token stream
with an Earley parser. Two changes to it live here, and only here:

- **empty rules** (Aycock and Horspool's fix): a state waiting for a rule that has already matched
  the empty string in this column moves past it. yargy's own parser advances only the states that
  were waiting when the empty match completed, so ``rule(list, word.optional(), verb)`` lost every
  reading of a list but one;
- **one reading per item** (``OneReadingColumn``): yargy keeps every parse tree of every Earley
  item, which grows exponentially with a grammar's optional words; one is enough to read a match.

One adapter, ``NatashaTokenizer``: every grammar (dates, facts, priorities) reads the article's own
tokens as natasha tagged them, so it sees the lemmas ``tokens.csv`` shows and nothing is tokenised
or analysed twice. A token's type is the one yargy's own tokenizer gives its text (``INT``,
``PUNCT``, ``RUSSIAN``, ``LATIN``, ``OTHER``); a token razdel keeps whole but yargy would cut
(``16-17``, ``27.11.2025``, ``Су-27``) is given as yargy's pieces, so that a grammar can read a
range or a numeric date; a hyphenated word (``штаб-квартира``, ``военно-политический``) stays one
word with natasha's lemma. A word's grammemes are natasha's Universal Dependencies tags put in
OpenCorpora's names (``UD_GRAMS``, ``grams_of``), the names yargy's ``gram`` predicate reads.

One tagger, ``SpanTagger``: names and dates found by other steps (the gazetteer's states and
organisations, the dates step's dates) become tags ``B-KIND``/``I-KIND`` of the tokens inside them,
through yargy's tagger hook (``Parser(..., tagger=...)``, or per call ``findall(tokens,
tagger=SpanTagger(...))``); a grammar reads them with ``tag("B-ORG")``.

The parser subclasses yargy's chart classes, which are not public API, so the version it patches
is pinned (``YARGY_VERSION``, checked by a test) and must be re-checked when yargy is upgraded.

    >>> from yargy import rule
    >>> from yargy.predicates import dictionary, gram
    >>> parser = Parser(rule(gram("ADJF"), dictionary({"организация"})))  # over natasha's tokens
    >>> [match.span for match in parser.findall(article.view.sentence_tokens[0])]  # doctest: +SKIP
"""

from functools import lru_cache

from yargy import Parser as YargyParser
from yargy.morph import Form, Grams, MorphAnalyzer
from yargy.parser import Chart, Column, prepare_match, prepare_resolved_matches, prepare_trees
from yargy.rule.bnf import BNFRule
from yargy.span import Span
from yargy.tagger import Tagger
from yargy.token import MorphToken, is_token
from yargy.tokenizer import LATIN, OTHER, RUSSIAN, MorphTokenizer, Tokenizer

from .language import model_word, nfc

YARGY_VERSION = "0.16.0"  # the yargy whose private chart classes ``Parser`` patches


class CachedAnalyzer(MorphAnalyzer):
    """yargy's view of natasha's ``MorphVocab``, each word's forms computed once (for a grammar run
    over raw text, as in the tests that show what the parser patch fixes)."""

    __call__ = lru_cache(maxsize=50_000)(MorphAnalyzer.__call__)


# natasha's Universal Dependencies tags -> the OpenCorpora grammemes yargy's ``gram`` predicate
# reads (pymorphy2's names, which yargy's own MorphTokenizer gives). Parts of speech that depend on
# a feature (a verb's form, an adjective's short form) are in ``POS_GRAMS`` below.
UD_GRAMS = {
    # case, number, gender, animacy
    "Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
    "Voc": "voct", "Par": "gen2",
    "Sing": "sing", "Plur": "plur",
    "Masc": "masc", "Fem": "femn", "Neut": "neut",
    "Anim": "anim", "Inan": "inan",
    # verbs: tense, person, aspect, voice, mood
    "Past": "past", "Pres": "pres", "Fut": "futr",
    "1": "1per", "2": "2per", "3": "3per",
    "Perf": "perf", "Imp": "impf",
    "Act": "actv", "Pass": "pssv",
    "Ind": "indc",
    # parts of speech that do not depend on a feature
    "NOUN": "NOUN", "PROPN": "NOUN", "NUM": "NUMR", "ADV": "ADVB", "PRON": "NPRO", "DET": "ADJF",
    "ADP": "PREP", "CCONJ": "CONJ", "SCONJ": "CONJ", "PART": "PRCL", "INTJ": "INTJ",
}
# UD feature -> which of its values ``UD_GRAMS`` maps (``Imp`` is an aspect and a mood: a mood's
# ``Imp`` is ``impr``)
FEATURES = ("Case", "Number", "Gender", "Animacy", "Tense", "Person", "Aspect", "Voice")
MOOD_GRAMS = {"Ind": "indc", "Imp": "impr"}  # no conditional in OpenCorpora: a verb with бы is past
POS_GRAMS = {"ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "Supr"}
KNOWN_GRAMS = frozenset(UD_GRAMS.values()) | frozenset(MOOD_GRAMS.values()) | POS_GRAMS
WORD_TYPES = (RUSSIAN, LATIN)


def grams_of(pos, feats):
    """The OpenCorpora grammemes of a natasha token's part of speech and features: ``VERB`` with
    ``VerbForm=Inf`` is ``INFN``, a participle ``PRTF`` (``PRTS`` short), a converb ``GRND``; an
    adjective ``ADJF`` (``ADJS`` short, ``COMP`` comparative)."""
    grams = set()
    if pos in ("VERB", "AUX"):
        form = feats.get("VerbForm")
        short = feats.get("Variant") == "Short"
        grams.add({"Inf": "INFN", "Part": "PRTS" if short else "PRTF", "Conv": "GRND"}.get(form, "VERB"))
    elif pos == "ADJ":
        degree = feats.get("Degree")
        grams.add("COMP" if degree == "Cmp" else "ADJS" if feats.get("Variant") == "Short" else "ADJF")
        if degree == "Sup":
            grams.add("Supr")
    elif pos in UD_GRAMS:
        grams.add(UD_GRAMS[pos])
    for name in FEATURES:
        value = feats.get(name)
        if value in UD_GRAMS:
            grams.add(UD_GRAMS[value])
    if feats.get("Mood") in MOOD_GRAMS:
        grams.add(MOOD_GRAMS[feats["Mood"]])
    return frozenset(grams)


class LemmaMorph:
    """What yargy asks of a morphology when the tokens come lemmatised: a lemma is its own
    normal form (``dictionary({"войти"})`` matches a token whose lemma is ``войти``), and the
    grammemes that exist are those ``grams_of`` gives."""

    def normalized(self, word):
        return {word}

    def check_gram(self, gram):
        if gram not in KNOWN_GRAMS:
            raise ValueError("no grammeme %r in natasha's tags as the adapter maps them" % gram)


class NatashaTokenizer(Tokenizer):
    """yargy reads an article's tokens as natasha tagged them (a list of ``language.Token``): no
    second tokenisation or morphological analysis, and a grammar sees the lemmas the tables show.

    Each token's type is the one yargy's tokenizer gives its text; a token yargy would cut in
    several (razdel's ``16-17``, ``27.11.2025``, ``Су-27``: not a word of letters and hyphens) is
    given as yargy's pieces, each its own lower-cased text as lemma and without grammemes. Only
    words (``RUSSIAN``, ``LATIN``) carry grammemes, as with yargy's own tokenizer, which analyses
    nothing else (``27`` tagged ``ADJ`` by natasha is no adjective to a grammar). Items that are
    already yargy tokens pass through, so one conversion can serve several parsers."""

    def __init__(self):
        super().__init__()
        self.morph = LemmaMorph()

    def __call__(self, tokens):
        for t in tokens:
            if is_token(t):
                yield t
            else:
                yield from self.convert(t)

    def convert(self, t):
        value = model_word(t.text)  # NFC, without soft hyphens: as the lemmatiser saw it
        pieces = list(Tokenizer.__call__(self, value))  # yargy's own tokens of the text
        if len(pieces) == 1 and len(pieces[0].value) == len(value):
            kind = pieces[0].type
        elif all(p.type == RUSSIAN for p in pieces if p.value != "-") and "-" in value:
            kind = RUSSIAN  # a hyphenated word: штаб-квартира
        elif all(p.type == LATIN for p in pieces if p.value != "-") and "-" in value:
            kind = LATIN
        else:
            yield from self.pieces(t)
            return
        grams = grams_of(t.pos, t.feats) if kind in WORD_TYPES else frozenset()
        yield MorphToken(value, Span(t.start, t.end), kind, [Form(t.lemma or value.lower(), Grams(grams))])

    def pieces(self, t):
        text = nfc(t.text)
        if len(text) != len(t.text):  # a decomposed letter inside digits: keep the token whole
            yield MorphToken(text, Span(t.start, t.end), OTHER, [Form(text.lower(), Grams(frozenset()))])
            return
        for piece in Tokenizer.__call__(self, text):
            yield MorphToken(piece.value, Span(t.start + piece.span.start, t.start + piece.span.stop),
                             piece.type, [Form(piece.value.lower(), Grams(frozenset()))])


def yargy_tokens(tokens):
    """natasha's tokens as yargy's (``NatashaTokenizer``), as a list: convert a sentence once and
    give the list to each parser that reads it."""
    return list(NatashaTokenizer()(tokens))


class SpanTagger(Tagger):
    """yargy's tagger hook over spans found by other steps: a token inside a span ``(start, end,
    kind)`` (offsets as the tokens' spans) is tagged ``B-kind`` (its first token) or ``I-kind``.

    ``kinds`` declares the tags a grammar may ask for (yargy checks ``tag(...)`` against them when
    the parser is built); ``spans``, sorted and not overlapping, are one text's."""

    def __init__(self, kinds, spans=()):
        self.kinds = tuple(kinds)
        self.tags = ["%s-%s" % (prefix, kind) for kind in self.kinds for prefix in "BI"]
        self.spans = sorted(spans)

    def check_tag(self, tag):
        """yargy asks when a parser is built; its own ``Tagger`` answers and nobody looks, so a
        grammar asking for a tag no span gives (``tag("B-PERSON")``) would silently never match."""
        if tag not in self.tags:
            raise ValueError("no tag %r: this tagger gives %s" % (tag, ", ".join(self.tags)))
        return True

    def with_spans(self, spans):
        """The same tagger over another text's spans."""
        return SpanTagger(self.kinds, spans)

    def __call__(self, tokens):
        spans = iter(self.spans)
        span = next(spans, None)
        for token in tokens:
            while span and span[1] <= token.span.start:
                span = next(spans, None)
            if span and span[0] <= token.span.start and token.span.stop <= span[1]:
                yield token.tagged(("B-" if token.span.start == span[0] else "I-") + span[2])
            else:
                yield token


class OneReadingColumn(Column):
    """A chart column that keeps one reading (parse tree) per Earley item: yargy keeps every
    reading of every item, which grows exponentially with the optional words of a grammar.
    ``predicted``: the rules already predicted in this column (``Parser.predict``)."""

    def __init__(self, index, token):
        super().__init__(index, token)
        self.predicted = set()

    def append(self, state):
        key = (id(state.rule), id(state.production), state.dot_index, state.start_column.index)
        if key not in self.hashes:
            self.hashes.add(key)
            self.states.append(state)
            # yargy's ``update_index``, inline (called for every item: about 120,000 on 300 articles)
            terms = state.production.terms
            if state.dot_index < len(terms) and isinstance(terms[state.dot_index], BNFRule):
                self.states_index[id(terms[state.dot_index])].append(state)


class OneReadingChart(Chart):
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.columns = [OneReadingColumn(0, None)]
        for index, token in enumerate(self.tokens, 1):
            self.columns.append(OneReadingColumn(index, token))


class Parser(YargyParser):
    """yargy's Earley parser, with two changes. The classic fix for empty rules (Aycock and
    Horspool): a state that waits for a rule which has already matched the empty string in this
    column moves past it; yargy's own parser advances only the states that were waiting when the
    empty match completed, so ``rule(list, word.optional(), verb)`` lost every reading but one of
    a list. And one reading per item (``OneReadingColumn``), which keeps parsing polynomial."""

    def __init__(self, rule, morph_vocab=None, tokenizer=None, tagger=None):
        """``tokenizer``: by default natasha's tokens (``NatashaTokenizer``); with a ``morph_vocab``
        and no tokenizer, yargy's own tokenizer over raw text with natasha's pymorphy2."""
        if tokenizer is None:
            tokenizer = MorphTokenizer(morph=CachedAnalyzer(morph_vocab)) if morph_vocab else NatashaTokenizer()
        YargyParser.__init__(self, rule, tokenizer=tokenizer, tagger=tagger)

    def prefix(self, text, tagger=None):
        """The longest match that starts where ``text`` starts, or None: one prediction of the
        grammar, not one per token as in ``findall``."""
        best = None
        for state in self.chart(text, all=False, tagger=tagger).matches(self.rule):
            if best is None or state.stop_column.index > best.stop_column.index:
                best = state
        return prepare_match(next(prepare_trees([best]))) if best else None

    def findall(self, text, starts=None, tagger=None):
        """yargy's ``findall``, with matches starting only at the token indices ``starts``
        (all when None): a construction cannot start just anywhere. ``tagger``: this call's tagger
        (a ``SpanTagger`` over one sentence's names) instead of the parser's."""
        states = self.chart(text, starts=starts, tagger=tagger).matches(self.rule)
        return prepare_resolved_matches(sorted(prepare_trees(states)))

    def chart(self, text, all=True, starts=None, tagger=None):
        chart = OneReadingChart((tagger or self.tagger)(self.tokenizer(text)))
        for column, next_column in chart:
            empty = {}  # id(rule) -> its empty matches starting and ending here
            if column.first or (all and (starts is None or column.index in starts)):
                self.predict(column, next_column, self.rule)
            for state in column:
                terms = state.production.terms  # ``state.completed`` and ``state.next_term``, inline
                if state.dot_index >= len(terms):
                    if state.start_column is column:
                        empty.setdefault(id(state.rule), []).append(state)
                    self.complete(column, state)
                else:
                    next_term = terms[state.dot_index]
                    if isinstance(next_term, BNFRule):
                        self.predict(column, next_column, next_term)
                        for done in empty.get(id(next_term), ()):
                            self.advance(column, state, done)
                    elif next_column:
                        self.scan(next_column, next_term, state)
        return chart

    def predict(self, column, next_column, rule):
        """yargy's prediction of ``rule``'s productions in ``column``, once per rule and column:
        yargy predicts a rule again for every state that waits for it, and every state of the
        second prediction is an item the column already has (same rule, production, position and
        start: ``OneReadingColumn`` keeps the first), so it only cost time (about half the
        predictions of the fact grammars)."""
        if id(rule) in column.predicted:
            return
        column.predicted.add(id(rule))
        YargyParser.predict(self, column, next_column, rule)

    def advance(self, column, state, completed):
        column.append(type(state)(state.rule, state.production, dot_index=state.dot_index + 1,
                                  start_column=state.start_column, stop_column=column,
                                  node=state.node.attached(completed.node)))
