"""Parts to sentences, tokens, lemmas, syntax and named entities, with natasha's models.

The models load once per process (``load_models``) and are passed in. All of an article's
sentences go through the morphology tagger and the syntax parser as one batch, and all of its parts
through the NER tagger as one batch, so that no entity and no sentence crosses a part boundary.
"""

import re
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from razdel import sentenize, tokenize

from .parsing import INVISIBLE_RE
from .steps import guarded

# Parts that hold language; the date header is a machine line.
LANGUAGE_KINDS = ("title", "subtitle", "editorial", "photo", "dateline", "body", "boilerplate", "other")

# ``декларацию.Текст``: a full stop with no space before a capitalised word. Four letters before the
# stop keep abbreviations glued to a name (``ул.Ленина``, ``им.Губкина``, ``г.Минск``) in one sentence.
GLUED_SENTENCE_RE = re.compile(r"(?<=[а-яёa-z]{4}[.!?])(?=[А-ЯЁA-Z][а-яёa-z])")
SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass
class Sentence:
    sentence_id: int
    part_id: int
    start: int
    end: int
    text: str


@dataclass
class Token:
    token_id: int
    sentence_id: int
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict = field(default_factory=dict)
    head_id: int = -1  # token_id of the syntactic head in the same sentence, -1 for the root
    rel: str = ""


@dataclass
class NerSpan:
    part_id: int
    start: int
    end: int
    type: str
    text: str
    span_id: int = -1  # numbered in text order by the language step


class Timings:
    """Seconds spent in each stage, summed over the articles a process handled."""

    def __init__(self):
        self.seconds = defaultdict(float)

    @contextmanager
    def stage(self, name):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started


class Models:
    """natasha's news models: embeddings, morphology, syntax, NER and the pymorphy2 vocabulary.

    All ship inside the pip packages (navec, slovnet, pymorphy2-dicts-ru); nothing is downloaded.
    """

    def __init__(self):
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)
        self.morph_vocab = MorphVocab()
        self.timings = Timings()
        self._lemma_cache = {}

    def lemmatize(self, word, pos, feats):
        key = (word, pos, tuple(sorted(feats.items())))
        lemma = self._lemma_cache.get(key)
        if lemma is None:
            try:
                lemma = self.morph_vocab.lemmatize(word, pos, feats)
            except Exception:  # pymorphy2 cannot look up some characters: keep the word itself
                lemma = word.lower()
            if len(self._lemma_cache) < 500_000:
                self._lemma_cache[key] = lemma
        return lemma


@lru_cache(maxsize=1)
def load_models():
    """The process-wide ``Models``, loaded on first use."""
    return Models()


def model_safe(text):
    """The text as the models see it: same length, characters they cannot encode replaced."""
    return SURROGATE_RE.sub("\ufffd", text)


def model_word(text):
    """A token as the morphology, syntax and lemmatiser see it: without soft hyphens and zero-width
    characters (``сотруд\u00adничества`` is ``сотрудничества``); the token's text keeps them."""
    return INVISIBLE_RE.sub("", model_safe(text)) or model_safe(text)


def split_sentences(text):
    """razdel's sentences, also split where a full stop has no space after it (``декларацию.Текст``)."""
    for sentence in sentenize(text):
        offset = sentence.start
        pieces = GLUED_SENTENCE_RE.split(sentence.text)
        for piece in pieces:
            stripped = piece.strip()
            if stripped:
                start = offset + piece.index(stripped[0])
                yield start, start + len(stripped)
            offset += len(piece)


def segment(article):
    """Sentences and tokens of every language part, with offsets into the article text."""
    sentences, tokens = [], []
    for part in article.parts:
        if part.kind not in LANGUAGE_KINDS:
            continue
        safe = model_safe(part.text)
        for start, end in split_sentences(safe):
            words = list(tokenize(safe[start:end]))
            if not words:
                continue
            sentence = Sentence(len(sentences), part.part_id, part.start + start, part.start + end,
                                article.text[part.start + start:part.start + end])
            sentences.append(sentence)
            for word in words:
                s = part.start + start + word.start
                tokens.append(Token(len(tokens), sentence.sentence_id, s, s + len(word.text),
                                    article.text[s:s + len(word.text)]))
    return sentences, tokens


def sentence_tokens(sentences, tokens):
    grouped = [[] for _ in sentences]
    for token in tokens:
        grouped[token.sentence_id].append(token)
    return grouped


def tag_morph(grouped, models):
    chunk = [[model_word(t.text) for t in group] for group in grouped]
    for group, markup in zip(grouped, models.morph_tagger.map(chunk)):
        for token, tagged in zip(group, markup.tokens):
            token.pos = tagged.pos
            token.feats = dict(tagged.feats)


def parse_syntax(grouped, models):
    chunk = [[model_word(t.text) for t in group] for group in grouped]
    for group, markup in zip(grouped, models.syntax_parser.map(chunk)):
        for token, parsed in zip(group, markup.tokens):
            head = int(parsed.head_id)
            token.head_id = group[head - 1].token_id if 0 < head <= len(group) else -1
            token.rel = parsed.rel


def lemmatize(tokens, models):
    for token in tokens:
        token.lemma = models.lemmatize(model_word(token.text), token.pos, token.feats)


def tag_ner(article, models):
    parts = [part for part in article.parts if part.kind in LANGUAGE_KINDS]
    spans = []
    for part, markup in zip(parts, models.ner_tagger.map([model_safe(p.text) for p in parts])):
        for span in markup.spans:
            start, end = part.start + span.start, part.start + span.stop
            spans.append(NerSpan(part.part_id, start, end, span.type, article.text[start:end]))
    return spans


def language_fields(article, models):
    """``(sentences, tokens, ner_spans)`` of a parsed article: the language step's fields. A model
    failing on an odd input costs its own annotations (a warning says which), never the others."""
    timings = models.timings
    with timings.stage("segment"):
        sentences, tokens = segment(article)
    grouped = sentence_tokens(sentences, tokens)
    with timings.stage("morph"), guarded(article, "morphology"):
        tag_morph(grouped, models)
    with timings.stage("syntax"), guarded(article, "syntax"):
        parse_syntax(grouped, models)
    with timings.stage("lemmatize"), guarded(article, "lemmatisation"):
        lemmatize(tokens, models)
    ner_spans = []
    with timings.stage("ner"), guarded(article, "NER"):
        ner_spans = tag_ner(article, models)
    for span_id, span in enumerate(ner_spans):
        span.span_id = span_id
    return sentences, tokens, ner_spans


def analyse(article, models):
    """Add sentences, tokens (lemma, UD part of speech, syntax) and NER spans to ``article``: the
    language step alone (``analysis.layers.LANGUAGE``); returns the article."""
    article.sentences, article.tokens, article.ner_spans = language_fields(article, models)
    return article
