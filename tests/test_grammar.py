"""The patched yargy parser (``analysis.grammar``): the version it patches, and what the patch fixes."""

from importlib.metadata import version

from yargy import Parser as YargyParser
from yargy import or_, rule
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
