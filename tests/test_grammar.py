"""The patched yargy parser (``analysis.grammar``): the version it patches, what the patch fixes, natasha's
tokens as yargy's (the adapter) and names as tags (the tagger hook)."""

from importlib.metadata import version

import pytest
from yargy import Parser as YargyParser
from yargy import and_, or_, rule
from yargy.predicates import caseless, eq

from analysis.grammar import YARGY_VERSION, Parser


def test_the_patched_yargy_is_the_installed_one():
    """``Parser`` subclasses yargy's private chart classes: an upgrade must re-check the patch."""
    assert version("yargy") == YARGY_VERSION


def test_parser_keeps_every_reading_of_a_list_before_an_optional_word(models):
    """yargy's own Earley parser loses ``а, б, в и г`` before an optional word: it advances only
    the states that waited for the empty match when it completed. Ours reads the whole list."""
    item = or_(caseless("а"), caseless("б"), caseless("в"), caseless("г"))
    items = rule(item, rule(or_(eq(","), caseless("и")), item).repeatable().optional())
    grammar = rule(items, caseless("ну").optional(), caseless("есть"))
    text = "а, б, в и г есть"
    assert [m.span for m in YargyParser(grammar).findall(text)] != [(0, 16)]  # why ours exists
    parser = Parser(grammar, models.morph_vocab)
    assert [tuple(m.span) for m in parser.findall(text)] == [(0, 16)]
    assert tuple(parser.prefix(text + ", и всё").span) == (0, 16)
    assert parser.prefix("ну " + text) is None  # a prefix match starts where the text starts


# --- relative expressions, parts, seasons, durations, frequencies --------------------------------
# The article date of these tables is Thursday 12 March 2026: its week runs from Monday 9 to
# Sunday 15 March, the week before from 2 to 8 March, the weekend before is 7-8 March; February
# 2026 has 28 days. Expected values worked out by hand from that calendar.
THURSDAY = "2026-03-12"


# --- natasha's tokens as yargy's (``NatashaTokenizer``) ------------------------------------------

from yargy.predicates import dictionary, gram, gte, lte, tag, type as type_  # noqa: E402

from analysis.grammar import NatashaTokenizer, SpanTagger, grams_of, yargy_tokens  # noqa: E402
from analysis.language import Token  # noqa: E402


def tokens_of(*words):
    """natasha-like tokens, one space apart: ``(text, lemma, pos, feats)`` each."""
    tokens, offset = [], 0
    for i, (text, lemma, pos, feats) in enumerate(words):
        tokens.append(Token(i, 0, offset, offset + len(text), text, lemma, pos, feats))
        offset += len(text) + 1
    return tokens


@pytest.mark.parametrize("word, expected", [
    # (text, lemma, pos, feats) -> [(value, span, type, lemma)], typed as yargy's own tokenizer types
    # them (RU: yargy's name for RUSSIAN)
    (("Киргизию", "киргизия", "PROPN", {"Case": "Acc"}), [("Киргизию", (0, 8), "RU", "киргизия")]),
    (("2026", "2026", "ADJ", {}), [("2026", (0, 4), "INT", "2026")]),
    (("BRICS", "brics", "PROPN", {}), [("BRICS", (0, 5), "LATIN", "brics")]),
    ((",", ",", "PUNCT", {}), [(",", (0, 1), "PUNCT", ",")]),
    (("—", "—", "PUNCT", {}), [("—", (0, 1), "OTHER", "—")]),  # yargy's PUNCT has no long dashes
    # a word of letters and hyphens stays one word, with natasha's lemma
    (("штаб-квартира", "штаб-квартира", "NOUN", {}), [("штаб-квартира", (0, 13), "RU", "штаб-квартира")]),
    # razdel's token that yargy cuts: its pieces, so that a grammar reads a range or a date
    (("16-17", "16-17", "ADJ", {}), [("16", (0, 2), "INT", "16"), ("-", (2, 3), "PUNCT", "-"),
                                     ("17", (3, 5), "INT", "17")]),
    (("27.11.2025", "27.11.2025", "ADJ", {}), [("27", (0, 2), "INT", "27"), (".", (2, 3), "PUNCT", "."),
                                               ("11", (3, 5), "INT", "11"), (".", (5, 6), "PUNCT", "."),
                                               ("2025", (6, 10), "INT", "2025")]),
    (("Су-27", "су-27", "PROPN", {}), [("Су", (0, 2), "RU", "су"), ("-", (2, 3), "PUNCT", "-"),
                                      ("27", (3, 5), "INT", "27")]),
    # a decomposed й (и + U+0306) is the composed letter to a grammar, the span the token's own
    (("Евразии\u0306ский", "евразийский", "ADJ", {}), [("Евразийский", (0, 12), "RU", "евразийский")]),
])
def test_natasha_tokens_as_yargy_sees_them(word, expected):
    found = yargy_tokens(tokens_of(word))
    assert [(t.value, tuple(t.span), t.type, t.forms[0].normalized) for t in found] == expected


@pytest.mark.parametrize("pos, feats, expected", [
    ("NOUN", {"Case": "Gen", "Number": "Plur", "Gender": "Fem", "Animacy": "Inan"},
     {"NOUN", "gent", "plur", "femn", "inan"}),
    ("ADJ", {"Case": "Nom", "Degree": "Pos"}, {"ADJF", "nomn"}),
    ("ADJ", {"Variant": "Short"}, {"ADJS"}),
    ("ADJ", {"Degree": "Cmp"}, {"COMP"}),
    ("VERB", {"VerbForm": "Fin", "Tense": "Fut", "Person": "3", "Aspect": "Perf", "Mood": "Ind"},
     {"VERB", "futr", "3per", "perf", "indc"}),
    ("VERB", {"VerbForm": "Inf", "Aspect": "Imp"}, {"INFN", "impf"}),
    ("VERB", {"VerbForm": "Part", "Variant": "Short", "Voice": "Pass", "Tense": "Past"}, {"PRTS", "pssv", "past"}),
    ("VERB", {"VerbForm": "Part", "Case": "Nom"}, {"PRTF", "nomn"}),
    ("VERB", {"VerbForm": "Conv"}, {"GRND"}),
    ("VERB", {"VerbForm": "Fin", "Mood": "Imp"}, {"VERB", "impr"}),
    ("AUX", {"VerbForm": "Fin", "Tense": "Past"}, {"VERB", "past"}),
    ("PRON", {"Case": "Loc"}, {"NPRO", "loct"}),
    ("ADP", {}, {"PREP"}),
])
def test_natasha_tags_as_opencorpora_grammemes(pos, feats, expected):
    assert grams_of(pos, feats) == expected


def test_only_words_carry_grammemes():
    """yargy's own tokenizer analyses words only: natasha's ``ADJ`` on ``27`` is no adjective."""
    number, = yargy_tokens(tokens_of(("27", "27", "ADJ", {"Case": "Gen"})))
    assert set(number.forms[0].grams.values) == set()


def test_a_grammar_over_natasha_tokens_reads_lemmas_and_grammemes():
    tokens = tokens_of(("Организацию", "организация", "NOUN", {"Case": "Acc"}),
                       ("создали", "создать", "VERB", {"VerbForm": "Fin", "Tense": "Past"}),
                       ("в", "в", "ADP", {}), ("2002", "2002", "ADJ", {}))
    grammar = rule(dictionary({"организация"}), and_(dictionary({"создать"}), gram("past")),
                   eq("в"), and_(type_("INT"), gte(1000), lte(2100)))
    assert [tuple(m.span) for m in Parser(grammar).findall(tokens)] == [(0, 26)]
    with pytest.raises(ValueError, match="no grammeme"):
        Parser(rule(gram("NO_SUCH_GRAM")))


def test_an_unknown_tag_is_refused_when_the_parser_is_built():
    with pytest.raises(ValueError, match="no tag 'B-PERSON'"):
        Parser(rule(tag("B-PERSON")), tagger=SpanTagger(("ORG",)))


def test_names_go_in_through_the_tagger_hook():
    """``SpanTagger`` is yargy's tagger hook: the parser declares the tags, each call gives its
    text's spans; a span's first token is ``B-``, the others ``I-``, tokens outside are untagged."""
    tokens = tokens_of(("Узбекистан", "узбекистан", "PROPN", {}), ("вернулся", "вернуться", "VERB", {}),
                       ("в", "в", "ADP", {}), ("Организацию", "организация", "NOUN", {}),
                       ("Договора", "договор", "NOUN", {}))
    tagger = SpanTagger(("STATE", "ORG"))
    grammar = rule(tag("B-STATE"), dictionary({"вернуться"}), eq("в"), tag("B-ORG"), tag("I-ORG").repeatable())
    parser = Parser(grammar, tagger=tagger)
    assert list(parser.findall(tokens)) == []  # the parser's own tagger holds no spans
    spans = [(0, 10, "STATE"), (22, 42, "ORG")]
    assert [tuple(m.span) for m in parser.findall(tokens, tagger=tagger.with_spans(spans))] == [(0, 42)]
    tagged = list(tagger.with_spans(spans)(NatashaTokenizer()(tokens)))
    assert [getattr(t, "tag", None) for t in tagged] == ["B-STATE", None, None, "B-ORG", "I-ORG"]
