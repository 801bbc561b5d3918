"""Parts to sentences, tokens, lemmas, syntax and named entities, with natasha's models.

The models load once per process (``load_models``) and are passed in. All of an article's
sentences go through the morphology tagger and the syntax parser as one batch, and all of its parts
through the NER tagger as one batch, so that no entity and no sentence crosses a part boundary.

Bounded memory: natasha's syntax parser scores every pair of words of a sentence (memory grows with
the square of its length: 16,000 words take 4 GB), and the taggers pad a batch to its longest
member. A sentence of more than ``MAX_CHUNK_TOKENS`` tokens is therefore cut into sentences of at
most that many tokens (at a comma or other clause mark where one is near the bound), and a part of
more tokens is given to NER in pieces of whole sentences; the article gets a warning. No sentence of
real news comes near the bound (the longest in the FactRuEval-2016 devset has 131 tokens, its
longest paragraph 236), so ordinary text is never cut.

Decomposed Unicode (``й`` written as ``и`` + U+0306): the models and the lemmatiser see each token
in its NFC form (``model_word``; NER sees the NFC text, its spans mapped back), while the article
text and every offset keep the characters as they were written. ``nfc`` gives the other layers'
word-list rules the same form.
"""

import re
import time
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from razdel import sentenize, tokenize

from .budget import check as check_budget
from .parsing import INVISIBLE_RE
from .steps import guarded

# Parts that hold language; the date header is a machine line.
LANGUAGE_KINDS = ("title", "subtitle", "editorial", "photo", "dateline", "body", "boilerplate", "other")

# ``декларацию.Текст``: a full stop with no space before a capitalised word. Four letters before the
# stop keep abbreviations glued to a name (``ул.Ленина``, ``им.Губкина``, ``г.Минск``) in one sentence.
GLUED_SENTENCE_RE = re.compile(r"(?<=[а-яёa-z]{4}[.!?])(?=[А-ЯЁA-Z][а-яёa-z])")
SURROGATE_RE = re.compile("[\ud800-\udfff]")

# The most tokens the models see as one sequence (a sentence for morphology and syntax, a piece of
# a part for NER). Far above any real sentence (see the module docstring), low enough that the
# syntax parser's (tokens x tokens) scores of a batch of 8 stay in tens of megabytes. Tests lower it.
MAX_CHUNK_TOKENS = 512
# Tokens after which an over-long sentence is preferably cut: clause marks and closing brackets.
CUT_AFTER = frozenset(",;:—–-)»]")


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
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)
        self.morph_vocab = morph_vocab()
        self.timings = Timings()
        self._lemma_cache = {}

    def lemmatize(self, word, pos, feats, feats_key=None):
        """natasha's lemma of a word with its tag, kept for the process. ``feats_key``: the
        features as ``tuple(sorted(feats.items()))`` when the caller has them already."""
        key = (word, pos, feats_key if feats_key is not None else tuple(sorted(feats.items())))
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
def morph_vocab():
    """The process's natasha ``MorphVocab`` (pymorphy2's dictionaries): the models' and the one the
    rule layers use without models (``speech``, ``priorities``). One per process: each costs some
    0.2 s to open (at every start) and its own memory, and all give the same readings."""
    from natasha import MorphVocab  # here: natasha's import is slow

    return MorphVocab()


@lru_cache(maxsize=1)
def load_models():
    """The process-wide ``Models``, loaded on first use."""
    return Models()


def model_safe(text):
    """The text as the models see it: same length, characters they cannot encode replaced."""
    return SURROGATE_RE.sub("\ufffd", text)


def nfc(text):
    """``text`` in Unicode's composed form (NFC): ``и`` + U+0306 is ``й``, ``е`` + U+0308 is ``ё``.
    For rules that compare a token's text with a word list; offsets must come from the token."""
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1 << 16)
def model_word(text):
    """A token as the morphology, syntax and lemmatiser see it: in NFC, without soft hyphens and
    zero-width characters (``сотруд\u00adничества`` is ``сотрудничества``); the token's text keeps
    them. Asked for every token by the tagger, the parser, the lemmatiser and the grammars' token
    adapter, of spellings that repeat: kept per spelling for the process (a bounded cache)."""
    safe = nfc(model_safe(text))
    return INVISIBLE_RE.sub("", safe) or safe


def nfc_with_offsets(text):
    """``text`` in NFC and, for each of its characters and for its end, the offset in ``text`` of
    the character it comes from, so that spans found in the NFC form map back to ``text``.

    Each base character and the combining marks after it are composed on their own; a composed
    character maps to the start of its cluster, its end to the cluster's end.
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, None
    pieces, starts = [], []
    cluster = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            composed = unicodedata.normalize("NFC", text[cluster:i])
            pieces.append(composed)
            starts += [cluster] * len(composed) if len(composed) != i - cluster else range(cluster, i)
            cluster = i
    starts.append(len(text))
    return "".join(pieces), starts


def original_span(offsets, start, end):
    """The span of the original text behind ``[start, end)`` of its NFC form (``nfc_with_offsets``)."""
    if offsets is None:
        return start, end
    last = offsets[end - 1] if end > start else offsets[start]
    while offsets[end] <= last and end < len(offsets) - 1:  # a cluster composed to several characters
        end += 1
    return offsets[start], max(offsets[end], offsets[start])


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


def chunks(words, limit):
    """razdel's tokens (an iterator) in runs of at most ``limit``: cut after the last clause mark
    (``CUT_AFTER``) in the second half of a run, else at the limit. Reads at most ``limit`` tokens
    ahead, so that a sentence of a million words is never a list of a million tokens."""
    run = []
    for word in words:
        run.append(word)
        if len(run) > limit:
            stop = limit
            for i in range(limit - 1, limit // 2 - 1, -1):
                if run[i].text in CUT_AFTER:
                    stop = i + 1
                    break
            yield run[:stop]
            run = run[stop:]
    if run:
        yield run


def segment(article):
    """Sentences and tokens of every language part, with offsets into the article text; a sentence
    of more than ``MAX_CHUNK_TOKENS`` tokens is cut into several (see the module docstring).

    A token's text is shared with the earlier tokens of the same spelling (text, part of speech,
    features and relations repeat: on a long article this halves the memory of the tokens)."""
    sentences, tokens = [], []
    cut, longest = 0, 0
    spellings = {}
    for part in article.parts:
        if part.kind not in LANGUAGE_KINDS:
            continue
        safe = model_safe(part.text)
        for start, end in split_sentences(safe):
            check_budget()
            base = part.start + start
            pieces, count = 0, 0
            for run in chunks(tokenize(safe[start:end]), MAX_CHUNK_TOKENS):
                check_budget()
                pieces, count = pieces + 1, count + len(run)
                # an uncut sentence keeps razdel's bounds; a piece runs from its first token to its last
                s = base + run[0].start if pieces > 1 else base
                e = base + run[-1].stop
                sentence = Sentence(len(sentences), part.part_id, s, e, "")
                sentences.append(sentence)
                for word in run:
                    s = base + word.start
                    text = article.text[s:s + len(word.text)]
                    tokens.append(Token(len(tokens), sentence.sentence_id, s, s + len(text),
                                        spellings.setdefault(text, text)))
            if pieces == 1:
                sentences[-1].end = part.start + end
            elif pieces > 1:
                cut, longest = cut + 1, max(longest, count)
            for sentence in sentences[len(sentences) - pieces:]:
                sentence.text = article.text[sentence.start:sentence.end]
    if cut:
        article.warnings.append(
            "%d over-long sentence(s), the longest of %d tokens, cut into sentences of at most %d tokens "
            "for the models" % (cut, longest, MAX_CHUNK_TOKENS))
    return sentences, tokens


def sentence_tokens(sentences, tokens):
    grouped = [[] for _ in sentences]
    for token in tokens:
        grouped[token.sentence_id].append(token)
    return grouped


def tag_morph(grouped, models):
    chunk = ([model_word(t.text) for t in group] for group in grouped)
    shared = {}  # one (pos, feats) per distinct tag: tokens share them (read-only)
    for group, markup in zip(grouped, models.morph_tagger.map(chunk)):
        check_budget()
        for token, tagged in zip(group, markup.tokens):
            key = (tagged.pos, tuple(tagged.feats.items()))
            pos, feats = shared.get(key) or shared.setdefault(key, (tagged.pos, dict(tagged.feats)))
            token.pos = pos
            token.feats = feats


def parse_syntax(grouped, models):
    chunk = ([model_word(t.text) for t in group] for group in grouped)
    rels = {}
    for group, markup in zip(grouped, models.syntax_parser.map(chunk)):
        check_budget()
        for token, parsed in zip(group, markup.tokens):
            head = int(parsed.head_id)
            token.head_id = group[head - 1].token_id if 0 < head <= len(group) else -1
            token.rel = rels.setdefault(parsed.rel, parsed.rel)


def lemmatize(tokens, models):
    # tokens of one tag share one features dict (``tag_morph``): its sorted items once per dict
    sorted_feats = {}
    for token in tokens:
        feats = token.feats
        key = sorted_feats.get(id(feats))
        if key is None:
            key = sorted_feats[id(feats)] = tuple(sorted(feats.items()))
        token.lemma = models.lemmatize(model_word(token.text), token.pos, feats, key)


def ner_pieces(article, sentences=None, tokens=None):
    """``(part, start, end)``: each language part whole, or, when it has more than
    ``MAX_CHUNK_TOKENS`` tokens, in pieces of whole sentences of at most that many tokens (one
    sentence of the bound at most, since ``segment`` cut the longer ones). ``sentences`` and
    ``tokens``: the language step's, before it assigns them (default: the article's)."""
    sentences = article.sentences if sentences is None else sentences
    tokens = article.tokens if tokens is None else tokens
    counts = defaultdict(int)
    for token in tokens:
        counts[token.sentence_id] += 1
    by_part = defaultdict(list)
    for sentence in sentences:
        by_part[sentence.part_id].append(sentence)
    pieces, cut = [], 0
    for part in article.parts:
        if part.kind not in LANGUAGE_KINDS:
            continue
        sentences = by_part[part.part_id]
        if sum(counts[s.sentence_id] for s in sentences) <= MAX_CHUNK_TOKENS:
            pieces.append((part, part.start, part.end))
            continue
        cut += 1
        first, size = sentences[0], 0
        for previous, sentence in zip([None] + sentences, sentences):
            n = counts[sentence.sentence_id]
            if size and size + n > MAX_CHUNK_TOKENS:
                pieces.append((part, first.start, previous.end))
                first, size = sentence, 0
            size += n
        pieces.append((part, first.start, sentences[-1].end))
    if cut:
        article.warnings.append("%d part(s) of more than %d tokens given to NER in pieces of whole "
                                "sentences" % (cut, MAX_CHUNK_TOKENS))
    return pieces


def tag_ner(article, models, sentences=None, tokens=None):
    pieces = ner_pieces(article, sentences, tokens)
    texts, maps = [], []
    for _, start, end in pieces:
        text, offsets = nfc_with_offsets(model_safe(article.text[start:end]))
        texts.append(text)
        maps.append(offsets)
    spans = []
    for (part, base, _), offsets, markup in zip(pieces, maps, models.ner_tagger.map(texts)):
        check_budget()
        for span in markup.spans:
            start, end = original_span(offsets, span.start, span.stop)
            start, end = base + start, base + end
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
        ner_spans = tag_ner(article, models, sentences, tokens)
    for span_id, span in enumerate(ner_spans):
        span.span_id = span_id
    return sentences, tokens, ner_spans


def analyse(article, models):
    """Add sentences, tokens (lemma, UD part of speech, syntax) and NER spans to ``article``: the
    language step alone (``analysis.layers.LANGUAGE``); returns the article."""
    article.sentences, article.tokens, article.ner_spans = language_fields(article, models)
    return article
