"""A time budget per article: past it, the article becomes an error row and the run goes on.

``with limit(seconds): ...`` runs one article's work under a deadline. Two mechanisms enforce it:

- in the main thread of a process (the command line, ``--jobs N`` workers, a notebook), a
  ``SIGALRM`` timer (``signal.setitimer``) interrupts the work wherever it is, between two Python
  bytecodes (a long numpy call finishes first; the models' inputs are bounded, see
  ``language.MAX_CHUNK_TOKENS``);
- elsewhere (Dask runs tasks in threads, where signals cannot be used), and when the process already
  has a timer of its own, ``check()`` calls between the pipeline's steps and inside its long loops
  raise once the deadline has passed.

Either way ``TimeBudgetExceeded`` is raised. It derives from ``BaseException``, like
``KeyboardInterrupt``, so that the ``except Exception`` guards that keep one failing model or rule
from costing an article cannot swallow it; ``pipeline.process`` turns it into the article's error,
``time budget of N s exceeded``.

The default (``DEFAULT_SECONDS``, one hour) is well above what any legitimate article under the
5 MB size limit takes: an article of real news paragraphs (the FactRuEval-2016 devset, repeated)
just under 5 MB took 596 s and, in a second run under heavier load, 1003 s on the shared 2-core
machine of BENCHMARKS.md ("Hostile inputs"), much of it in two layers whose time still grows faster
than the text (listed there); once they are linear the default can come down. A typical wire
article takes well under a second. ``--timeout SECONDS`` on the command line, or the environment
variable ``ANALYSIS_TIMEOUT`` (inherited by worker processes), changes it; 0 turns it off.
"""

import os
import signal
import threading
import time
from contextlib import contextmanager

DEFAULT_SECONDS = 3600
ENVIRONMENT = "ANALYSIS_TIMEOUT"

_state = threading.local()


class TimeBudgetExceeded(BaseException):
    """The article's work ran past its time budget."""

    def __init__(self, seconds):
        self.seconds = seconds
        super().__init__("time budget of %s s exceeded" % format_seconds(seconds))


def format_seconds(seconds):
    return "%g" % seconds


def default_seconds():
    """``ANALYSIS_TIMEOUT`` when set (seconds, 0 for none), else ``DEFAULT_SECONDS``."""
    value = os.environ.get(ENVIRONMENT, "").strip()
    if not value:
        return DEFAULT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError("%s=%r is not a number of seconds" % (ENVIRONMENT, value)) from None
    if not 0 <= seconds < float("inf"):
        raise ValueError("%s=%r is not a number of seconds, 0 (no budget) or more" % (ENVIRONMENT, value))
    return seconds


def check():
    """Raise ``TimeBudgetExceeded`` if the current article's deadline has passed."""
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline[0]:
        raise TimeBudgetExceeded(deadline[1])


def can_signal():
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


@contextmanager
def limit(seconds=None):
    """Run the block under a budget of ``seconds`` (None: ``default_seconds()``; 0: no budget)."""
    if seconds is None:
        seconds = default_seconds()
    if not seconds or getattr(_state, "deadline", None) is not None:  # off, or an outer budget rules
        yield
        return
    _state.deadline = (time.monotonic() + seconds, seconds)
    armed = {"on": True}
    previous = None
    if can_signal():
        def expire(signum, frame):
            if armed["on"]:
                raise TimeBudgetExceeded(seconds)

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed["on"] = False  # a signal arriving from here on does nothing
        _state.deadline = None
        if previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
