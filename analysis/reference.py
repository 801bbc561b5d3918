"""The curated reference on five organisations (``analysis/data/organisations/``), read once.

``load_reference()`` gives a ``Reference`` with the rows of each file as named tuples and the
questions the checks ask of them: who was a member on a day, who chaired when, which summits were
held, which dated events an organisation has. Dates in the files are ISO, possibly partial
(``2024-02``, ``2014``); a partial date is compared at its own precision.
"""

import csv
import datetime as dt
import re
from collections import namedtuple
from functools import lru_cache
from importlib import resources

Organisation = namedtuple("Organisation", "org name_full name_en kind headquarters source")
Event = namedtuple("Event", "org event date place place_alias value source")
Membership = namedtuple("Membership", "org state status event date note source")
Chairmanship = namedtuple("Chairmanship", "org year state start end note source")
Summit = namedtuple("Summit", "org date date_end place country note source")

FILES = {
    "organisations.csv": Organisation,
    "events.csv": Event,
    "membership.csv": Membership,
    "chairmanships.csv": Chairmanship,
    "summits.csv": Summit,
}

# what a state is in an organisation after each kind of event
STATUS_AFTER = {
    "founding_member": "member", "joined": "member", "rejoined": "member",
    "observer_from": "observer", "partner_from": "partner",
    "left": "former", "suspended": "suspended", "withdrew": "withdrawing",
    "froze_participation": "frozen",
}
UNCLEAR = "STATUS UNCLEAR"
WORD_RE = re.compile(r"[а-яёa-z]+")


def status_after(row):
    """What a state is after a membership event: an associate or a participating state that
    never became a member state stays that, whatever it froze."""
    status = STATUS_AFTER[row.event]
    if status in ("member", "frozen", "withdrawing") and row.status != "member":
        return row.status
    return status


def stems(text):
    """Five-letter word stems, enough to compare treaty names and descriptions across cases."""
    return [w[:5] for w in WORD_RE.findall(text.lower().replace("ё", "е"))]


def contains(longer, shorter):
    """Whether the stems ``shorter`` appear in ``longer`` in order."""
    it = iter(longer)
    return bool(shorter) and all(stem in it for stem in shorter)


def place_names(event):
    """The places a claim may name for an event without contradicting it: its own place and its
    ``place_alias`` names (``;``-separated), e.g. the place a document is dated at when it was
    signed elsewhere (the Belovezh Agreement, signed at Viskuli, is dated Minsk)."""
    aliases = [a.strip() for a in event.place_alias.split(";") if a.strip()]
    return [event.place] + aliases if event.place else aliases


def at_place(event, place):
    """Whether ``place`` names the event's place: the place itself, its head before a
    parenthesis (``Вискули`` for ``Вискули (Беловежская пуща)``), the wider area the parenthesis
    names (``Беловежская пуща``: the reference writes a place in an area that way, and a claim
    naming the area does not contradict it) or one of its aliases."""
    return bool(place) and any(name == place or name.startswith(place + " ") or name.endswith("(%s)" % place)
                               for name in place_names(event))


def read_rows(name, row_type):
    path = resources.files("analysis").joinpath("data/organisations", name)
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(row_type(**row) for row in csv.DictReader(f))


def matches_date(claim, reference):
    """Whether two ISO dates agree at the coarser of their precisions (``2002`` and
    ``2002-05-14`` agree; ``2002-05-14`` and ``2002-10-07`` do not)."""
    n = min(len(claim), len(reference))
    return bool(claim) and bool(reference) and claim[:n] == reference[:n]


def period(value):
    """``(first day, last day)`` of an ISO date of any precision, or of a ``start/end`` range,
    as ISO days: ``2024`` -> ``("2024-01-01", "2024-12-31")``."""
    start, _, end = value.partition("/")
    end = end or start
    first = start + "-01-01"[len(start) - 4:] if len(start) < 10 else start
    if len(end) == 4:
        last = end + "-12-31"
    elif len(end) == 7:
        year, month = int(end[:4]), int(end[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = (following - dt.timedelta(days=1)).isoformat()
    else:
        last = end
    return first, last


def overlaps(value, start, end):
    """Whether ``value`` (ISO, any precision, or a range) overlaps the period from ``start`` to
    ``end`` (either open when empty)."""
    first, last = period(value)
    return (not start or last >= period(start)[0]) and (not end or first <= period(end)[1])


def days_between(a, b):
    return (dt.date.fromisoformat(period(b)[0]) - dt.date.fromisoformat(period(a)[0])).days


class Reference:
    """The reference tables and the questions asked of them."""

    def __init__(self, tables):
        self.organisations = {row.org: row for row in tables["organisations.csv"]}
        self.events = tables["events.csv"]
        self.membership = tables["membership.csv"]
        self.chairmanships = tables["chairmanships.csv"]
        self.summits = tables["summits.csv"]

    def knows(self, org):
        return org in self.organisations

    def kinds(self, org):
        return [kind.strip() for kind in self.organisations[org].kind.split(";") if kind.strip()]

    def events_of(self, org, *kinds):
        return [e for e in self.events if e.org == org and e.event in kinds]

    def history(self, org, state=None):
        """Membership events of ``org`` (of one state), oldest first."""
        rows = [r for r in self.membership if r.org == org and (state is None or r.state == state)]
        return sorted(rows, key=lambda r: r.date)

    def status(self, org, state, on=""):
        """``(status, row)`` of a state in an organisation on a day (``""``: today), from its last
        event on or before it: member, observer, partner, associate, participant, former,
        suspended, withdrawing, frozen; ``("", None)`` when the reference has no event of it by
        then."""
        last = None
        until = period(on)[1] if on else ""
        for row in self.history(org, state):
            if not until or period(row.date)[0] <= until:
                last = row
        if last is None:
            return "", None
        return status_after(last), last

    def states(self, org):
        return sorted({r.state for r in self.history(org)})

    def members(self, org, on=""):
        """``{state: (status, row)}`` of the states that are formally members on a day (including
        those that froze their participation)."""
        found = {}
        for state in self.states(org):
            status, row = self.status(org, state, on)
            if status in ("member", "frozen", "withdrawing"):
                found[state] = (status, row)
        return found

    def founding_members(self, org):
        return [r.state for r in self.history(org) if r.event == "founding_member"]

    def chairs(self, org):
        return [c for c in self.chairmanships if c.org == org]

    def chair_on(self, org, day):
        """The chairmanships of ``org`` whose term overlaps ``day`` (ISO, any precision)."""
        return [c for c in self.chairs(org) if overlaps(day, c.start, c.end)]

    def summits_of(self, org):
        return [s for s in self.summits if s.org == org]


@lru_cache(maxsize=1)
def load_reference():
    """The package's reference data, read once per process."""
    return Reference({name: read_rows(name, row_type) for name, row_type in FILES.items()})
