from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import analysis

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "articles"
SEED = ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt"

# Deterministic and modest: the same examples on every run, so a red property test is reproducible
# and the suite stays fast.
settings.register_profile("repo", derandomize=True, max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("repo")


@pytest.fixture(scope="session")
def models():
    return analysis.load_models()


def assert_partition(article):
    """The contract every article meets: parts are spans of the text, trimmed, and every visible
    character lies in exactly one of them."""
    text = article.text
    owner = [0] * len(text)
    for part in article.parts:
        assert text[part.start:part.end] == part.text
        assert part.text and part.text == part.text.strip()
        assert part.kind in analysis.PART_KINDS
        for i in range(part.start, part.end):
            owner[i] += 1
    assert [p.part_id for p in article.parts] == list(range(len(article.parts)))
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert owner[i] == 1, "visible character %r at %d is in %d parts" % (ch, i, owner[i])
