"""The steps of the analysis, in order: what each requires of the article and what it assigns.

    language    parts                                   -> sentences, tokens, ner_spans
    view        parts, sentences, tokens                -> view (the shared token index)
    actors      parts, sentences, tokens, ner_spans, view -> mentions, actors, roles
    speech      parts, sentences, tokens, view, mentions, actors -> quotes
    dates       sentences, tokens, view                  -> dates
    facts       parts, sentences, tokens, view, actors, dates -> facts
    priorities  parts, sentences, tokens, view, mentions, actors, roles, quotes, facts -> priorities
    checks      facts                                    -> checks

Each step's function takes the article and the process's ``Resources`` (models, gazetteer,
reference) and returns its fields; ``steps.run_steps`` assigns them. To add a step: write its
``find_*`` function in its layer module (it returns the new field's rows and never changes the
article), declare the field on ``Article``, add a ``Step`` here, and its table to ``schema`` and
``tables`` (docs/architecture.md).
"""

from .actors import find_actors
from .checks import find_checks
from .dates import find_dates
from .facts import find_facts
from .language import language_fields
from .priorities import find_priorities
from .speech import find_quotes
from .steps import Step, check_order, run_steps
from .token_view import build_view

LANGUAGE = Step("language", ("parts",), ("sentences", "tokens", "ner_spans"),
                lambda article, r: language_fields(article, r.models), times_itself=True)
VIEW = Step("view", ("parts", "sentences", "tokens"), ("view",), lambda article, r: build_view(article))
ACTORS = Step("actors", ("parts", "sentences", "tokens", "ner_spans", "view"), ("mentions", "actors", "roles"),
              lambda article, r: find_actors(article, r.gazetteer, r.models))
SPEECH = Step("speech", ("parts", "sentences", "tokens", "view", "mentions", "actors"), ("quotes",),
              lambda article, r: find_quotes(article, r.morph_vocab))
PRIORITIES = Step("priorities", ("parts", "sentences", "tokens", "view", "mentions", "actors", "roles", "quotes",
                                 "facts"),
                  ("priorities",), lambda article, r: find_priorities(article, r.gazetteer))
DATES = Step("dates", ("sentences", "tokens", "view"), ("dates",), lambda article, r: find_dates(article))
FACTS = Step("facts", ("parts", "sentences", "tokens", "view", "actors", "dates"), ("facts",),
             lambda article, r: find_facts(article, r.gazetteer, r.morph_vocab))
CHECKS = Step("checks", ("facts",), ("checks",), lambda article, r: find_checks(article, r.reference))

STEPS = check_order((LANGUAGE, VIEW, ACTORS, SPEECH, DATES, FACTS, PRIORITIES, CHECKS))
STEP_NAMES = tuple(step.name for step in STEPS)


def steps_until(name):
    """The steps up to and including ``name`` (``steps_until("speech")``: language, actors, speech)."""
    if name not in STEP_NAMES:
        raise ValueError("no step named %r; the steps are %s" % (name, ", ".join(STEP_NAMES)))
    return STEPS[:STEP_NAMES.index(name) + 1]


def analyse_all(article, resources, until=None):
    """Run every step (or those up to ``until``) on a parsed article; return the article."""
    return run_steps(article, resources, steps_until(until) if until else STEPS)
