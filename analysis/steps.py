"""Steps and the one loop that runs them (spaCy's pipeline components are the model).

A ``Step`` has a name, the ``Article`` fields it ``requires`` and the fields it ``assigns``, and a
function ``run(article, resources)`` that returns the values of its ``assigns`` (one value, or a
tuple in ``assigns`` order) without changing the article. ``run_steps`` checks the order once
(every field a step requires is parsed or assigned by an earlier step), then runs each step timed
and guarded: a step that fails on an odd input costs the article that step's fields (left empty,
with a warning), never the article. The article's time budget is checked between steps; running
past it is not a step's failure (``budget.TimeBudgetExceeded`` is no ``Exception``) and ends the
article. The steps themselves are listed in ``analysis.layers``.

This module imports no layer, so any layer may use ``guarded``.
"""

from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Callable

from .article import PARSED_FIELDS, Article
from .budget import check as check_budget

ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


class StepOrderError(ValueError):
    """Steps listed in an order in which one requires a field no earlier step assigns."""


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple
    assigns: tuple
    run: Callable
    # the language step times its own stages (morph, syntax, NER...), so the loop does not
    times_itself: bool = False

    def __post_init__(self):
        unknown = [f for f in self.requires + self.assigns if f not in ARTICLE_FIELDS]
        if unknown:
            raise StepOrderError("step %s names fields an Article does not have: %s" % (
                self.name, ", ".join(unknown)))


def check_order(steps, given=PARSED_FIELDS):
    """Raise ``StepOrderError`` unless every step's requirements are ``given`` or assigned by an
    earlier step, and no two steps assign the same field."""
    available = set(given)
    assigned = {}
    for step in steps:
        missing = [f for f in step.requires if f not in available]
        if missing:
            raise StepOrderError("step %s requires %s, which no earlier step assigns" % (
                step.name, ", ".join(missing)))
        for name in step.assigns:
            if name in assigned:
                raise StepOrderError("steps %s and %s both assign %s" % (assigned[name], step.name, name))
            assigned[name] = step.name
        available.update(step.assigns)
    return steps


@contextmanager
def guarded(article, stage):
    """A failure inside the block costs ``stage``'s annotations, never the article: the exception
    becomes a warning on the article."""
    try:
        yield
    except Exception as exc:
        article.warnings.append("%s failed: %s: %s" % (stage, type(exc).__name__, str(exc).replace(";", ",")))


@contextmanager
def no_timing(name):
    yield


def run_step(step, article, resources):
    """Run one step on an article that already has what the step requires; assign its fields."""
    timings = resources.timings
    stage = no_timing if step.times_itself or timings is None else timings.stage
    failed = True
    with stage(step.name), guarded(article, step.name):
        values = step.run(article, resources)
        failed = False
    if failed:
        values = tuple([] for _ in step.assigns)
    elif len(step.assigns) == 1:
        values = (values,)
    for name, value in zip(step.assigns, values):
        setattr(article, name, value)
    return article


def run_steps(article, resources, steps, given=PARSED_FIELDS):
    """Run ``steps`` in order on a parsed article (order checked first); return the article."""
    check_order(steps, given)
    for step in steps:
        check_budget()  # an article past its time budget stops between steps (``analysis.budget``)
        run_step(step, article, resources)
    return article
