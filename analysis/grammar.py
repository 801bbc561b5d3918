"""yargy, as the rule layers run it: one patched Earley parser and yargy's view of natasha's morphology.

yargy (A. Kukushkin's grammar library, the one natasha's own extractors use) parses a token stream
with an Earley parser. Two changes to it live here, and only here:

- **empty rules** (Aycock and Horspool's fix): a state waiting for a rule that has already matched
  the empty string in this column moves past it. yargy's own parser advances only the states that
  were waiting when the empty match completed, so ``rule(list, word.optional(), verb)`` lost every
  reading of a list but one;
- **one reading per item** (``OneReadingColumn``): yargy keeps every parse tree of every Earley
  item, which grows exponentially with a grammar's optional words; one is enough to read a match.

And one adapter: ``NatashaTokenizer`` gives yargy the article's own tokens, as natasha tagged them,
so a grammar sees the lemmas ``tokens.csv`` shows and nothing is tokenised twice.

The parser subclasses yargy's chart classes, which are not public API, so the version it patches
is pinned (``YARGY_VERSION``, checked by a test) and must be re-checked when yargy is upgraded.
"""

from functools import lru_cache

from yargy import Parser as YargyParser
from yargy.morph import MorphAnalyzer
from yargy.parser import Chart, Column, prepare_match, prepare_resolved_matches, prepare_trees
from yargy.rule.bnf import is_rule
from yargy.morph import Form, Grams
from yargy.span import Span
from yargy.token import MorphToken
from yargy.tokenizer import PUNCT, RUSSIAN, MorphTokenizer, Tokenizer

YARGY_VERSION = "0.16.0"  # the yargy whose private chart classes ``Parser`` patches


class CachedAnalyzer(MorphAnalyzer):
    """yargy's view of natasha's ``MorphVocab``, each word's forms computed once."""

    __call__ = lru_cache(maxsize=50_000)(MorphAnalyzer.__call__)


# natasha's Universal Dependencies tags -> the OpenCorpora grammemes yargy's ``gram`` predicate reads
UD_GRAMS = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
            "Sing": "sing", "Plur": "plur", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJF",
            "VERB": "VERB", "NUM": "NUMR"}


class LemmaMorph:
    """What yargy asks of a morphology when the tokens come lemmatised: a lemma is its own
    normal form, and only the grammemes ``UD_GRAMS`` makes exist."""

    def normalized(self, word):
        return {word}

    def check_gram(self, gram):
        if gram not in set(UD_GRAMS.values()):
            raise ValueError(gram)


class NatashaTokenizer(Tokenizer):
    """yargy reads an article's tokens as natasha tagged them (a list of ``language.Token``): no
    second tokenisation or morphological analysis, and a grammar sees the lemmas the tables show."""

    def __init__(self):
        super().__init__()
        self.morph = LemmaMorph()

    def __call__(self, tokens):
        for t in tokens:
            grams = {UD_GRAMS[v] for v in (t.pos, t.feats.get("Case"), t.feats.get("Number"))
                     if v in UD_GRAMS}
            yield MorphToken(t.text, Span(t.start, t.end), PUNCT if t.pos == "PUNCT" else RUSSIAN,
                             [Form(t.lemma, Grams(grams))])


class OneReadingColumn(Column):
    """A chart column that keeps one reading (parse tree) per Earley item: yargy keeps every
    reading of every item, which grows exponentially with the optional words of a grammar."""

    def append(self, state):
        key = (id(state.rule), id(state.production), state.dot_index, state.start_column.index)
        if key not in self.hashes:
            self.hashes.add(key)
            self.states.append(state)
            self.update_index(state)


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

    def __init__(self, rule, morph_vocab, tokenizer=None):
        tokenizer = tokenizer or MorphTokenizer(morph=CachedAnalyzer(morph_vocab))
        YargyParser.__init__(self, rule, tokenizer=tokenizer)

    def prefix(self, text):
        """The longest match that starts where ``text`` starts, or None: one prediction of the
        grammar, not one per token as in ``findall``."""
        best = None
        for state in self.chart(text, all=False).matches(self.rule):
            if best is None or state.stop_column.index > best.stop_column.index:
                best = state
        return prepare_match(next(prepare_trees([best]))) if best else None

    def findall(self, text, starts=None):
        """yargy's ``findall``, with matches starting only at the token indices ``starts``
        (all when None): a construction cannot start just anywhere."""
        states = self.chart(text, starts=starts).matches(self.rule)
        return prepare_resolved_matches(sorted(prepare_trees(states)))

    def chart(self, text, all=True, starts=None):
        chart = OneReadingChart(self.tagger(self.tokenizer(text)))
        for column, next_column in chart:
            empty = {}  # id(rule) -> its empty matches starting and ending here
            if column.first or (all and (starts is None or column.index in starts)):
                self.predict(column, next_column, self.rule)
            for state in column:
                if state.completed:
                    if state.start_column is column:
                        empty.setdefault(id(state.rule), []).append(state)
                    self.complete(column, state)
                else:
                    next_term = state.next_term
                    if is_rule(next_term):
                        self.predict(column, next_column, next_term)
                        for done in empty.get(id(next_term), ()):
                            self.advance(column, state, done)
                    elif next_column:
                        self.scan(next_column, next_term, state)
        return chart

    def advance(self, column, state, completed):
        column.append(type(state)(state.rule, state.production, dot_index=state.dot_index + 1,
                                  start_column=state.start_column, stop_column=column,
                                  node=state.node.attached(completed.node)))
