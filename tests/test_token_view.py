"""The shared token view, on a parse written by hand (``tests/test_steps.py``'s article)."""

import pytest

from analysis.token_view import MentionIndex, TokenView
from test_steps import hand_made_article

# Путин(0) заявил(1) ,(2) что(3) ОДКБ(4) укрепляется(5) .(6); heads: 0->1, 2,3,4->5, 5->1, 6->1


@pytest.fixture(scope="module")
def view():
    return TokenView(hand_made_article())


@pytest.mark.parametrize("token_id, children, subtree, head", [
    (1, [0, 5, 6], [0, 1, 2, 3, 4, 5, 6], None),
    (5, [2, 3, 4], [2, 3, 4, 5], 1),
    (0, [], [0], 1),
])
def test_syntax(view, token_id, children, subtree, head):
    assert view.child_ids(token_id) == children
    assert [t.token_id for t in view.subtree(view.tokens[token_id])] == subtree
    assert sorted(view.subtree_ids(token_id)) == subtree
    assert view.head(token_id) == head


@pytest.mark.parametrize("start, end, starting, within", [
    (0, 12, ["Путин", "заявил"], ["Путин", "заявил"]),
    (0, 11, ["Путин", "заявил"], ["Путин"]),  # ``заявил`` starts inside, ends outside
    (18, 34, ["ОДКБ", "укрепляется"], ["ОДКБ", "укрепляется"]),
    (34, 34, [], []),
])
def test_offsets(view, start, end, starting, within):
    assert [t.text for t in view.tokens_in(start, end)] == starting
    assert [t.text for t in view.within(start, end)] == within


@pytest.mark.parametrize("offset, before", [(0, None), (5, "Путин"), (13, ","), (35, "."), (14, ",")])
def test_token_before(view, offset, before):
    token = view.token_before(offset)
    assert (token.text if token else None) == before


def test_sentences_and_paragraphs(view):
    assert view.sentence_ids(0) == list(range(7))
    assert view.kind(4) == "body" and view.part_id(4) == 0
    assert view.covering(6, 17) == (1, 3) and view.covering(1, 4) is None


def test_mentions_by_offset():
    article = hand_made_article()
    index = MentionIndex(article.mentions, article.actors)
    assert [m.text for m in index.mentions_in(3, 10)] == ["Путин"]
    assert index.mentions_in(5, 10) == []
    assert index.actors[0].name == "Владимир Путин"
