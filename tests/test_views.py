"""Views for the notebooks: part kinds on rows, the concordance, HTML escaping."""

import pytest

import analysis
from analysis.views import escape, kwic, with_part_kinds

TEXT = (" date 2025-11-27 Путин назвал цели\n\nМОСКВА, 27 ноября. /ТАСС/. Россия укрепит "
        "взаимодействие с партнерами.\n\nВзаимодействие стран важно.")


@pytest.fixture(scope="module")
def tables():
    return analysis.extract_text(TEXT, article_id="t")


def test_every_token_gets_its_part_kind(tables):
    sentences, tokens = with_part_kinds(tables)
    assert len(tokens) == len(tables["tokens"]) and tokens["kind"].notna().all()
    assert tokens.loc[tokens.text == "Путин", "kind"].tolist() == ["title"]
    assert set(sentences.kind) == {"title", "dateline", "body"}


def test_kwic_finds_every_form_and_cuts_context_at_the_part(tables):
    lines = kwic(TEXT, tables, "взаимодействие", width=30)
    assert lines.keyword.tolist() == ["взаимодействие", "Взаимодействие"]
    # the second hit opens its paragraph: no context from the paragraph before
    # the dateline is a part of its own, so the first hit's context starts at the body
    assert lines.left.tolist() == ["Россия укрепит ", ""]
    assert lines.right.tolist()[1] == " стран важно."


def test_kwic_of_an_absent_lemma_is_empty(tables):
    assert kwic(TEXT, tables, "отсутствует").empty


@pytest.mark.parametrize("text, escaped", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
    ("«ОДКБ» & ШОС", "«ОДКБ» &amp; ШОС"),
])
def test_escape(text, escaped):
    assert escape(text) == escaped


@pytest.mark.parametrize("rows, labels", [
    # hand-written rows: each group labelled by its theme and the gloss of its first statement
    ([(5, 10, "отражение угроз безопасности и стабильности", "отражение угроза безопасность и стабильность",
       "collective_security"),
      (5, 90, "угрозы", "угроза", "collective_security"),
      (2, 40, "развитие сотрудничества", "развитие сотрудничество", "cooperation")],
     {2: "cooperation and integration: development of cooperation",
      5: "collective security and stability: repelling of threat of security and stability"}),
    # no gloss covers the phrase: its Russian text, never "group N"
    ([(0, 0, "гиперзвуковых ракет", "гиперзвуковой ракета", "other")],
     {0: "other: гиперзвуковых ракет"}),
])
def test_priority_group_labels(rows, labels):
    import pandas as pd

    from analysis.views import priority_group_labels

    frame = pd.DataFrame(rows, columns=["group_id", "start", "text", "lemma", "theme"])
    assert priority_group_labels(frame) == labels
