"""The steps and their loop: declared order, guarded failures, and a rule step run on an article
built by hand, without natasha's neural models."""

import ast
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import analysis
from analysis.actors import Actor, Mention
from analysis.article import Article, Part
from analysis.language import Sentence, Timings, Token
from analysis.layers import SPEECH, STEPS, VIEW, steps_until
from analysis.options import Resources
from analysis.steps import Step, StepOrderError, check_order, run_step, run_steps

PACKAGE = Path(analysis.__file__).resolve().parent


def test_the_steps_are_in_an_order_that_satisfies_them():
    assert [s.name for s in STEPS] == ["language", "view", "actors", "speech", "dates", "facts", "priorities",
                                       "checks"]
    check_order(STEPS)


@pytest.mark.parametrize("names, message", [
    (("speech", "actors"), "step speech requires sentences, tokens, view, mentions, actors"),
    (("facts",), "step facts requires sentences, tokens, view, actors, dates"),
    # the dates' grammars read natasha's tokens through the view
    (("dates",), "step dates requires sentences, tokens, view"),
    (("language", "language"), "both assign sentences"),
])
def test_a_wrong_order_is_refused(names, message):
    by_name = {s.name: s for s in STEPS}
    with pytest.raises(StepOrderError, match=message):
        check_order([by_name[n] for n in names])


def test_a_step_naming_an_unknown_field_is_refused():
    with pytest.raises(StepOrderError, match="fields an Article does not have: moods"):
        Step("moods", ("tokens",), ("moods",), lambda article, r: [])


def test_a_failing_step_costs_its_fields_only():
    def broken(article, resources):
        raise RuntimeError("odd input")

    article = Article("a", "", "Текст.", "")
    article.quotes = ["stale"]
    resources = SimpleNamespace(timings=Timings())
    run_step(Step("speech", (), ("quotes",), broken), article, resources)
    assert article.quotes == []
    assert article.warnings == ["speech failed: RuntimeError: odd input"]


def test_steps_until():
    assert [s.name for s in steps_until("speech")] == ["language", "view", "actors", "speech"]
    assert [s.name for s in steps_until("facts")][-2:] == ["dates", "facts"]
    with pytest.raises(ValueError, match="no step named"):
        steps_until("sentiment")


# An article built by hand: the parse a syntax parser would give ``Путин заявил, что ОДКБ
# укрепляется.`` (heads are token ids), one person mentioned; the speech step runs on it alone.
HAND_TEXT = "Путин заявил, что ОДКБ укрепляется."
HAND_TOKENS = [
    # text, lemma, pos, feats, head, rel
    ("Путин", "путин", "PROPN", {"Case": "Nom", "Gender": "Masc", "Number": "Sing"}, 1, "nsubj"),
    ("заявил", "заявить", "VERB", {"Aspect": "Perf", "Tense": "Past", "VerbForm": "Fin"}, -1, "root"),
    (",", ",", "PUNCT", {}, 5, "punct"),
    ("что", "что", "SCONJ", {}, 5, "mark"),
    ("ОДКБ", "одкб", "PROPN", {"Case": "Nom"}, 5, "nsubj"),
    ("укрепляется", "укрепляться", "VERB", {"Aspect": "Imp", "Tense": "Pres", "VerbForm": "Fin"}, 1, "ccomp"),
    (".", ".", "PUNCT", {}, 1, "punct"),
]


def hand_made_article():
    article = Article("hand", "", HAND_TEXT, "")
    article.parts = [Part(0, "body", 0, len(HAND_TEXT), HAND_TEXT)]
    article.sentences = [Sentence(0, 0, 0, len(HAND_TEXT), HAND_TEXT)]
    offset = 0
    for token_id, (text, lemma, pos, feats, head, rel) in enumerate(HAND_TOKENS):
        start = HAND_TEXT.index(text, offset)
        offset = start + len(text)
        article.tokens.append(Token(token_id, 0, start, offset, text, lemma, pos, feats, head, rel))
    article.actors = [Actor(0, "vladimir_putin", "Владимир Путин", "Vladimir Putin", "person")]
    article.mentions = [Mention(0, 0, 0, 5, "Путин", "PER", 0, "name", 0, 0, "vladimir_putin")]
    return article


def test_a_rule_step_runs_on_hand_made_tokens_without_neural_models():
    from natasha import MorphVocab  # pymorphy2's dictionary, no neural model

    resources = Resources(models=SimpleNamespace(morph_vocab=MorphVocab(), timings=Timings()))
    article = run_steps(hand_made_article(), resources, [VIEW, SPEECH],
                        given=("parts", "sentences", "tokens", "mentions", "actors"))
    assert not article.warnings
    found = [(q.mode, q.text, q.speaker) for q in article.quotes]
    assert found == [("reported", "ОДКБ укрепляется", "Владимир Путин")]


# --- the package's structure ---------------------------------------------------------------------

def runtime_nodes(tree):
    """Every node but those under ``if TYPE_CHECKING:`` (imports for annotations only)."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    return [node for node in ast.walk(tree) if id(node) not in skip]


def imports_of(path):
    """The ``analysis`` modules a module imports, at the top or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in runtime_nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis."):
            found.add(node.module.split(".")[1])
    return found - {path.stem}


def test_the_import_graph_has_no_cycle():
    modules = {p.stem: p for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    graph = {name: imports_of(path) & set(modules) for name, path in modules.items()}
    state = {}

    def visit(name, path):
        state[name] = "open"
        for other in sorted(graph[name]):
            if state.get(other) == "open":
                raise AssertionError("import cycle: " + " -> ".join(path + [name, other]))
            if other not in state:
                visit(other, path + [name])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


ARTICLE_PROBE_RE = re.compile(r"\b(?:getattr|hasattr)\(\s*(?:self\.|ctx\.|s\.)?article\b")


def test_no_module_probes_an_article_for_fields():
    offenders = [p.name for p in PACKAGE.glob("*.py") if ARTICLE_PROBE_RE.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
