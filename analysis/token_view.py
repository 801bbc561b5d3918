"""One view of an article's tokens, built once by the ``view`` step and shared by every rule layer.

The language step leaves flat lists: tokens (each with its sentence, its syntactic head and its
offsets), sentences and parts. The rule layers need the same few lookups over them: a token's
children and subtree, the tokens of a sentence or of a stretch of text, the kind of paragraph a
token is in. Before this view each layer built its own index (actors, speech and facts had three,
and one of them scanned the whole list for every lookup); now ``TokenView`` is the one.

A token's ``token_id`` is its index in ``article.tokens`` (the language step numbers them so), so
ids and indices are the same numbers here.

Actor mentions come after the view (the actors step needs the view to find them), so they have
their own small index, ``MentionIndex``, built by the layers that read mentions.
"""

import bisect
from collections import defaultdict


class TokenView:
    """An analysed article's tokens indexed by sentence, syntactic head and offset."""

    def __init__(self, article):
        self.text = article.text
        self.tokens = tokens = article.tokens
        self.sentences = article.sentences
        self.starts = [t.start for t in tokens]
        self.parts = {part.part_id: part for part in article.parts}
        self.part_of_sentence = {s.sentence_id: s.part_id for s in article.sentences}
        self.kind_of_part = {p.part_id: p.kind for p in article.parts}
        self.children = defaultdict(list)  # token id -> its dependents (tokens), in text order
        for token in tokens:
            if 0 <= token.head_id < len(tokens) and token.head_id != token.token_id:
                self.children[token.head_id].append(token)
        self._kinds = None  # token id -> the kind of its paragraph (``kind``)
        self.sentence_tokens = [[] for _ in article.sentences]
        for token in tokens:
            if 0 <= token.sentence_id < len(self.sentence_tokens):
                self.sentence_tokens[token.sentence_id].append(token)

    # --- syntax ------------------------------------------------------------------------------

    def head(self, token_id):
        """The id of the token's syntactic head, or None for a root."""
        head_id = self.tokens[token_id].head_id
        return head_id if 0 <= head_id < len(self.tokens) and head_id != token_id else None

    def child_ids(self, token_id):
        return [child.token_id for child in self.children[token_id]]

    def subtree_ids(self, token_id):
        """The ids of the token and of everything that depends on it."""
        found, todo = {token_id}, [token_id]
        while todo:
            for child in self.children[todo.pop()]:
                if child.token_id not in found:
                    found.add(child.token_id)
                    todo.append(child.token_id)
        return found

    def subtree(self, token):
        """The token and everything that depends on it, in text order."""
        return [self.tokens[i] for i in sorted(self.subtree_ids(token.token_id))]

    # --- sentences and paragraphs ------------------------------------------------------------

    def sentence_of(self, token):
        return self.sentences[token.sentence_id]

    def sentence_ids(self, sentence_id):
        """The ids of a sentence's tokens."""
        return [t.token_id for t in self.sentence_tokens[sentence_id]]

    def part_id(self, token_id):
        return self.part_of_sentence[self.tokens[token_id].sentence_id]

    def kind(self, token_id):
        """The kind of paragraph (``title``, ``body``...) the token is in (the rule layers ask for
        every token, several times: listed once per article on the first question)."""
        if self._kinds is None:
            self._kinds = [self.kind_of_part.get(self.part_of_sentence.get(t.sentence_id)) for t in self.tokens]
        kind = self._kinds[token_id]
        return kind if kind is not None else self.kind_of_part[self.part_id(token_id)]

    # --- offsets -----------------------------------------------------------------------------

    def tokens_in(self, start, end):
        """The tokens that start inside ``[start, end)``."""
        return self.tokens[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def token_range(self, start, end):
        """The ids of the tokens wholly inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.tokens) and self.tokens[i].end <= end:
            yield i
            i += 1

    def within(self, start, end):
        """The tokens wholly inside ``[start, end)``."""
        return [self.tokens[i] for i in self.token_range(start, end)]

    def covering(self, start, end):
        """The ids of the first and last token wholly inside ``[start, end)``, or None."""
        inside = list(self.token_range(start, end))
        return (inside[0], inside[-1]) if inside else None

    def token_before(self, offset):
        """The last token that ends at or before ``offset``, or None."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and self.tokens[i].end > offset:
            i -= 1
        return self.tokens[i] if i >= 0 else None


class MentionIndex:
    """An article's actor mentions by offset, and the actors they name."""

    def __init__(self, mentions, actors):
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.actors = {a.actor_id: a for a in actors}

    def mentions_in(self, start, end, back=8):
        """The mentions that overlap ``[start, end)``. A mention may start before ``start`` and still
        overlap: the search steps back over ``back`` mentions (a longer one is never nested deeper)."""
        i = bisect.bisect_left(self.starts, start)
        found = []
        for mention in self.mentions[max(0, i - back):]:
            if mention.start >= end:
                break
            if mention.end > start:
                found.append(mention)
        return found


def build_view(article):
    """The ``view`` step: index the article's tokens once for every rule layer."""
    return TokenView(article)
