"""Hostile inputs: bounded model inputs, a near-linear ``actors.merge``, the per-article time budget,
and decomposed Unicode (NFD). The degenerate inputs themselves (16,000-word sentences, 16,000
lines) are measured by ``bench/hostile.py``; these tests check the mechanisms on small inputs."""

import sys
import threading
import time
import unicodedata
from types import SimpleNamespace

import pytest

from analysis import actors, budget, language, pipeline
from analysis.actors import Candidate, merge
from analysis.cli import main
from analysis.inputs import Input
from analysis.parsing import parse_article
from analysis.options import Options, Resources
from analysis.pipeline import extract_text, extract_to
from analysis.processing import process

# Datelined, so that the text is a body paragraph after the dateline.
HEAD = "МИНСК, 23 ноября. /ТАСС/. "


def analysed(text, models):
    article = parse_article(text, article_id="t")
    return language.analyse(article, models)


# 1. Bounded chunks for the models --------------------------------------------------------------

@pytest.mark.parametrize("text, bound, sizes", [
    # 12 words, no clause mark: cut at the bound
    ("мир " * 12, 5, [5, 5, 2]),
    # a comma in the second half of the run: cut after it (``a b c ,`` then the rest)
    ("раз два три, четыре пять шесть семь восемь", 5, [4, 5]),
    # a comma in the first half only: too early, cut at the bound
    ("раз, два три четыре пять шесть семь", 6, [6, 2]),
    # short enough: untouched
    ("Путин приехал в Минск.", 5, [5]),
])
def test_over_long_sentences_are_cut_for_the_models(models, monkeypatch, text, bound, sizes):
    monkeypatch.setattr(language, "MAX_CHUNK_TOKENS", bound)
    article = analysed(HEAD + text, models)
    body = [s for s in article.sentences if s.start >= len(HEAD)]
    counts = [sum(t.sentence_id == s.sentence_id for t in article.tokens) for s in body]
    assert counts == sizes
    warned = [w for w in article.warnings if "over-long sentence" in w]
    assert bool(warned) == (max(sizes) == bound and len(sizes) > 1)
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
    ids = {t.token_id: t for t in article.tokens}
    for token in article.tokens:
        assert article.text[token.start:token.end] == token.text
        if token.head_id != -1:  # a token's head is in its own chunk
            assert ids[token.head_id].sentence_id == token.sentence_id


@pytest.mark.parametrize("words, limit, runs", [
    ("a b c d e f g", 3, ["a b c", "d e f", "g"]),
    ("a b , c d e f", 4, ["a b ,", "c d e f"]),  # a comma in the second half of the run
    ("a , b c d e f", 4, ["a , b c", "d e f"]),  # a comma too early: cut at the limit
    ("a b c", 3, ["a b c"]),
])
def test_chunks_read_razdel_tokens_as_they_come(words, limit, runs):
    from razdel import tokenize
    assert [" ".join(t.text for t in run) for run in language.chunks(tokenize(words), limit)] == runs


def test_chunked_sentence_keeps_every_word_and_gets_morphology(models, monkeypatch):
    monkeypatch.setattr(language, "MAX_CHUNK_TOKENS", 16)
    text = HEAD + "Россия и Белоруссия, " * 30 + "подписали договор."
    article = analysed(text, models)
    assert any("1 over-long sentence(s), the longest of 123 tokens, cut into sentences of at most 16 "
               "tokens" in w for w in article.warnings)
    body = [t for t in article.tokens if t.start >= len(HEAD)]
    assert len(body) == 30 * 4 + 3
    assert max(sum(t.sentence_id == s.sentence_id for t in article.tokens) for s in article.sentences) <= 16
    assert all(t.pos for t in body) and all(t.rel for t in body)
    assert {t.lemma for t in body if t.text == "Россия"} == {"россия"}


def test_ner_gets_a_long_part_in_pieces_with_offsets_into_the_article(models, monkeypatch):
    sentence = "Владимир Путин прибыл в Минск. "
    text = HEAD + sentence * 6
    whole = analysed(text, models)
    monkeypatch.setattr(language, "MAX_CHUNK_TOKENS", 14)  # two sentences of 6 tokens a piece
    pieces = language.ner_pieces(whole)
    body = [(s, e) for part, s, e in pieces if part.kind == "body"]
    assert len(body) == 3
    assert all(whole.text[s:e].count("Путин") == 2 for s, e in body)
    cut = analysed(text, models)
    assert any("given to NER in pieces" in w for w in cut.warnings)
    spans = [(s.start, s.end, s.type) for s in cut.ner_spans]
    assert spans == [(s.start, s.end, s.type) for s in whole.ner_spans]
    assert [cut.text[s:e] for s, e, kind in spans if kind == "PER"] == ["Владимир Путин"] * 6


# 2. actors.merge grows with the number of names, not its square -----------------------------

def merge_case(lines):
    """A context of ``lines`` lines ``Строка ОДКБ.``: NER finds ``Строка`` (a false LOC, as natasha
    does on such lines) and the gazetteer ``ОДКБ``."""
    tokens, ner, found, offset = [], [], [], 0
    for _ in range(lines):
        for word, pos in (("Строка", "NOUN"), ("ОДКБ", "PROPN"), (".", "PUNCT")):
            tokens.append(SimpleNamespace(start=offset, end=offset + len(word), text=word, pos=pos))
            offset += len(word) + 1
        first = len(tokens) - 3
        ner.append(Candidate(first, first, tokens[first].start, tokens[first].end, "LOC", "", ""))
        found.append(Candidate(first + 1, first + 1, tokens[first + 1].start, tokens[first + 1].end, "ORG",
                               "csto", ""))
    return SimpleNamespace(tokens=tokens), ner, found


def line_events(function):
    """Lines of ``analysis/actors.py`` executed by ``function()``, loop iterations included: a
    measure of work that does not depend on the machine."""
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != actors.__file__:
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        function()
    finally:
        sys.settrace(None)
    return count


def test_merge_work_grows_linearly_with_the_lines():
    small = line_events(lambda: merge(*merge_case(200)))
    large = line_events(lambda: merge(*merge_case(800)))
    assert large / small < 4.5  # linear: about 4; rescanning every name for each match: about 16


def reference_merge(ctx, ner, found):
    """The rules of ``merge`` written as a rescan of every name for every match: the specification
    the indexed version must agree with."""
    names = list(ner)
    for match in found:
        inside = [n for n in names if match.start <= n.start and n.end <= match.end]
        around = [n for n in names if n.start <= match.start and match.end <= n.end and n not in inside]
        crossing = [n for n in names if n.start < match.end and match.start < n.end
                    and n not in inside and n not in around]
        if around or crossing:
            continue
        typed = [n for n in inside if n.ner_type == match.ner_type]
        if len(inside) > 1 and typed:
            names = [typed[0]._replace(key=match.key) if n == typed[0] else n for n in names]
        elif inside:
            names = [n for n in names if n not in inside]
            names.append(match._replace(ner_type=match.ner_type or inside[0].ner_type))
        elif actors.stands_alone(ctx, match):
            names.append(match)
    names.sort(key=lambda c: (c.start, c.end))
    kept = []
    for name in names:
        if not kept or name.start >= kept[-1].end:
            kept.append(name)
    return kept


def span_candidate(ctx, first, last, ner_type, key=""):
    return Candidate(first, last, ctx.tokens[first].start, ctx.tokens[last].end, ner_type, key, "")


@pytest.mark.parametrize("ner, found", [
    # ``МИД России``: NER has two names inside the match, one of its type keeps them apart
    ([(0, 0, "ORG"), (1, 1, "LOC")], [(0, 1, "ORG", "mfa")]),
    # NER's name inside a longer match: the match replaces it
    ([(1, 1, "PER")], [(0, 1, "PER", "putin")]),
    # a match inside a longer NER name gives way
    ([(0, 2, "PER")], [(1, 1, "PER", "aliyev")]),
    # crossing spans: NER wins
    ([(0, 1, "ORG")], [(1, 2, "ORG", "csto")]),
    # a match with no NER name: kept when it holds a proper noun
    ([], [(3, 3, "ORG", "csto"), (0, 0, "LOC", "x")]),
    # two matches of the same span, then one around both
    ([(2, 2, "LOC")], [(2, 2, "LOC", "a"), (2, 2, "LOC", "b"), (1, 3, "ORG", "c")]),
])
def test_merge_agrees_with_the_rescanning_rules(ner, found):
    words = [("Министерство", "NOUN"), ("России", "PROPN"), ("ОДКБ", "PROPN"), ("Минск", "PROPN")]
    tokens, offset = [], 0
    for word, pos in words:
        tokens.append(SimpleNamespace(start=offset, end=offset + len(word), text=word, pos=pos))
        offset += len(word) + 1
    ctx = SimpleNamespace(tokens=tokens)
    ner = [span_candidate(ctx, *n) for n in ner]
    found = [span_candidate(ctx, *f) for f in found]
    assert merge(ctx, ner, found) == reference_merge(ctx, ner, found)


def test_merge_agrees_with_the_rescanning_rules_on_many_lines():
    ctx, ner, found = merge_case(50)
    assert merge(ctx, ner, found) == reference_merge(ctx, ner, found)


# 2. The time budget ----------------------------------------------------------------------------

def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return Input(str(path), path.stem)


@pytest.fixture
def stuck(monkeypatch):
    """A layer that never ends on an article whose text says ``застрять`` (inside a ``guarded``
    block of the language layer, whose ``except Exception`` must not swallow the budget)."""
    calls = []
    original = language.tag_morph

    def tag_morph(grouped, models):
        calls.append(1)
        if any(t.text == "застрять" for group in grouped for t in group):
            while True:
                pass
        return original(grouped, models)

    monkeypatch.setattr(language, "tag_morph", tag_morph)
    monkeypatch.setenv(budget.ENVIRONMENT, "")
    return calls


def test_article_past_its_budget_is_an_error_and_the_run_goes_on(models, stuck, tmp_path):
    inputs = [write(tmp_path, "a.txt", HEAD + "Нельзя застрять здесь."),
              write(tmp_path, "b.txt", HEAD + "Путин прибыл в Минск.")]
    resources = Resources(models, Options(timeout=0.5))
    results = [process(item, resources) for item in inputs]
    assert results[0].error == "time budget of 0.5 s exceeded"
    assert results[0].rows == {} and results[0].sha256
    assert results[1].error == "" and results[1].rows["tokens"]


def test_cli_timeout_writes_an_error_row_and_resume_does_not_retry_it(models, stuck, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.txt", HEAD + "Нельзя застрять здесь.")
    write(folder, "b.txt", HEAD + "Путин прибыл в Минск.")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--timeout", "0.5"]) == 1
    errors = (out / "errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[1:] == ["%s,time budget of 0.5 s exceeded" % (folder / "a.txt")]
    assert "Путин" in (out / "tokens.csv").read_text(encoding="utf-8")
    stuck.clear()
    assert main(["extract", str(folder), "--out", str(out), "--timeout", "0.5", "--resume"]) == 0
    assert stuck == []  # neither article analysed again: the timed-out one is logged as done


def test_budget_in_a_thread_is_enforced_by_checks():
    raised = []

    def work():
        try:
            with budget.limit(0.2):
                while True:
                    budget.check()
                    time.sleep(0.01)
        except budget.TimeBudgetExceeded as exc:
            raised.append(str(exc))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert raised == ["time budget of 0.2 s exceeded"]


@pytest.mark.parametrize("value, seconds", [("", budget.DEFAULT_SECONDS), ("0", 0), ("2.5", 2.5)])
def test_default_budget_comes_from_the_environment(monkeypatch, value, seconds):
    monkeypatch.setenv(budget.ENVIRONMENT, value)
    assert budget.default_seconds() == seconds


def test_no_budget_left_behind_after_an_article(models):
    process(Input("<text>", "t", text=HEAD + "Путин прибыл в Минск."), Resources(models, Options(timeout=5)))
    import signal
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    budget.check()  # no deadline remains


# 8. Decomposed Unicode -------------------------------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("Организации\u0306", "Организаций"),
    ("е\u0308лка", "ёлка"),
    ("сотруд\u00adничества", "сотрудничества"),
    ("ОДКБ", "ОДКБ"),
])
def test_model_word_is_composed(word, expected):
    assert language.model_word(word) == expected


@pytest.mark.parametrize("text", [
    HEAD + "Генсек ОДКБ Имангали Тасмагамбетов встретился с Сергеем Шойгу в Минске.",
    HEAD + "Организация Договора о коллективной безопасности объединяет шесть государств.",
])
def test_decomposed_text_gets_the_annotations_of_the_composed(models, text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    nfc = extract_text(text, models=models)
    nfd = extract_text(decomposed, models=models)
    for column in ("lemma", "pos"):
        assert list(nfd["tokens"][column]) == list(nfc["tokens"][column])
    syntax = [[(t.head_id, t.rel, t.feats) for t in analysed(t, models).tokens] for t in (text, decomposed)]
    assert syntax[1] == syntax[0]
    for table in ("tokens", "ner_spans"):
        for start, end, value in nfd[table][["start", "end", "text"]].itertuples(index=False):
            assert decomposed[start:end] == value
        assert [unicodedata.normalize("NFC", t) for t in nfd[table]["text"]] == list(nfc[table]["text"])


def test_the_decomposed_seed_gets_the_seeds_actors_facts_and_checks(models):
    """The rule layers read words and sentences in NFC too (gazetteer matches, fact grammars), so
    the seed written in NFD has the seed's 12 actors, 15 facts and 16 checks, their evidence
    pointing into the decomposed text."""
    from conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    decomposed = unicodedata.normalize("NFD", text)
    nfc, nfd = extract_text(text, models=models), extract_text(decomposed, models=models)
    for table in ("actors", "facts", "checks"):
        assert len(nfd[table]) == len(nfc[table])
    assert list(nfd["facts"]["predicate"]) == list(nfc["facts"]["predicate"])
    for start, end, evidence in nfd["facts"][["start", "end", "evidence"]].itertuples(index=False):
        assert decomposed[start:end] == evidence
    assert list(nfd["checks"]["status"]) == list(nfc["checks"]["status"])


def test_nfc_offsets_map_spans_back():
    text = unicodedata.normalize("NFD", "Шойгу и ёлка")
    composed, offsets = language.nfc_with_offsets(text)
    assert composed == "Шойгу и ёлка"
    for word in ("Шойгу", "и", "ёлка"):
        start = composed.index(word)
        s, e = language.original_span(offsets, start, start + len(word))
        assert unicodedata.normalize("NFC", text[s:e]) == word


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "soon"])
def test_timeout_must_be_a_number_of_seconds(tmp_path, value):
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--timeout", value]) == 2
