"""Views notebook 04 shows: an organisation's membership over time from the reference, the
article's claims to mark on it, and the text with its dates boxed."""

import datetime as dt
import html

from .reference import UNCLEAR, load_reference, period, status_after

# the statuses a timeline draws, in the order of its legend (``former`` is drawn as no bar)
TIMELINE_STATUSES = ("member", "frozen", "suspended", "withdrawing", "associate", "participant", "observer",
                     "partner", "unclear")
MEMBERSHIP_PREDICATES = ("member", "founding_member", "joined", "rejoined", "left", "withdrawing", "suspended",
                         "froze_participation")


def year_of(value):
    """An ISO date of any precision (its first day) as a fractional year, for an axis."""
    day = dt.date.fromisoformat(period(value)[0])
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def years_of(value):
    """``(first, last)`` of an ISO date of any precision or a range, as fractional years from its
    first day to the end of its last: a claim dated ``2017`` covers the whole of 2017."""
    first, last = period(value)
    return year_of(first), year_of(last) + 1 / 365.25


def membership_timeline(org, until, reference=None):
    """One row per stretch of one status of one state in ``org``: ``state, status, start, end,
    event, source`` (ISO dates; the last stretch runs to ``until``), in order of first event."""
    import pandas as pd

    reference = reference or load_reference()
    rows = []
    for state in reference.states(org):
        history = reference.history(org, state)
        for row, following in zip(history, history[1:] + [None]):
            status = status_after(row)
            if UNCLEAR in row.note:
                status = "unclear"
            end = following.date if following else until
            if status != "former" and period(row.date)[0] <= period(end)[0]:
                if rows and rows[-1][0] == state and rows[-1][1] == status and rows[-1][3] == row.date:
                    rows[-1] = rows[-1][:3] + (end,) + rows[-1][4:]  # the same status goes on
                else:
                    rows.append((state, status, row.date, end, row.event, row.source))
    frame = pd.DataFrame(rows, columns=["state", "status", "start", "end", "event", "source"])
    first = frame.groupby("state")["start"].min().sort_values(kind="stable")
    order = {state: i for i, state in enumerate(first.index)}
    return frame.sort_values(["state", "start"], key=lambda c: c.map(order) if c.name == "state" else c,
                             kind="stable", ignore_index=True)


def timeline_claims(tables, org, reference=None):
    """The article's membership claims about ``org``, placed in time, with their check: ``state,
    predicate, date, status, evidence``. A claim without a date sits at the article's date; a
    founding member at the reference's founding date for it."""
    import pandas as pd

    reference = reference or load_reference()
    facts, checks = tables["facts"], tables["checks"]
    article_date = tables["articles"]["date"].iloc[0] if len(tables["articles"]) else ""
    status = dict(zip(checks.loc[checks["check"] == "reference", "fact_id"],
                      checks.loc[checks["check"] == "reference", "status"]))
    rows = []
    for fact in facts[(facts["subject"] == org) & facts["predicate"].isin(MEMBERSHIP_PREDICATES)].itertuples():
        date = fact.date.split("/")[0]
        if not date and fact.predicate == "founding_member":
            founders = [r.date for r in reference.history(org, fact.value) if r.event == "founding_member"]
            date = founders[0] if founders else ""
        date = date or article_date
        if date:
            rows.append((fact.value, fact.predicate, date, status.get(fact.fact_id, ""), fact.evidence))
    return pd.DataFrame(rows, columns=["state", "predicate", "date", "status", "evidence"])


def dates_html(text, dates):
    """The article text with its dates boxed and labelled with their ISO values (ipymarkup); the
    text and the labels are HTML-escaped."""
    from ipymarkup import format_span_box_markup

    spans = [(d.start, d.end, html.escape(d.value + ("/" + d.value_end if d.value_end else "") or "?"))
             for d in dates.itertuples()]
    return "".join(format_span_box_markup(text, spans))


# How facts about organisations are compared across articles (``compare_facts``). A fact is only
# compared with facts about the same event or the same state of affairs:
# - repeated events (a summit, a chairmanship) happen once a year or so, in a different place or
#   state each time: two articles naming different places are about two events unless the dates
#   say they are the same one. Such a fact is compared only by the year of its own date (``next_*``
#   facts announce the same kind of event: the next summit of 2026 is the 2026 summit), and a fact
#   without a date is not compared at all (the article's own date would place a summit it only
#   recalls in the wrong year);
# - one-time events (founding, a treaty's signing, a state joining or leaving): one per
#   organisation (per state for joining/leaving), compared whatever the articles' dates;
# - states of affairs (the number of members, the seat): compared between articles of the same
#   year, since they change over time.
REPEATED_EVENTS = {"summit": "summit", "next_summit": "summit", "chair": "chair", "next_chair": "chair"}
ONE_TIME = {"founded": "date", "treaty_signed": "date", "joined": "date", "left": "date",
            "based_on": "value", "founding_member_count": "value"}
STATES = ("member_count", "headquarters")
PER_VALUE = ("treaty_signed", "joined", "left")  # one event per treaty / per state


def compatible(claims):
    """Whether claims agree: equal, or dates of different precision of which one contains the
    other (``2002`` and ``2002-05-14``)."""
    claims = sorted(set(claims))
    return all(a == b or b.startswith(a) or a.startswith(b) for a in claims for b in claims)


def compare_facts(facts, articles):
    """Facts about the same organisation's same event or state, compared across articles: one row
    per ``subject, predicate, event, key`` (``event`` the year a repeated event or a state belongs
    to, ``""`` for a one-time event; ``key`` the treaty or state a one-time event is about), with
    ``articles`` (how many state it), ``claims`` (each distinct claim: the value, or the date for a
    one-time event) and ``agree``. Only groups stated by more than one article are returned; see
    the comment above ``REPEATED_EVENTS`` for what counts as the same event."""
    import pandas as pd

    dates = dict(zip(articles["article_id"], articles["date"].fillna("").astype(str)))
    rows = []
    for fact in facts.itertuples():
        date = str(fact.date or "").split("/")[0]
        if fact.predicate in REPEATED_EVENTS:
            if not date:
                continue
            rows.append((fact.subject, REPEATED_EVENTS[fact.predicate], date[:4], "", fact.value,
                         fact.article_id))
        elif fact.predicate in ONE_TIME:
            key = fact.value if fact.predicate in PER_VALUE else ""
            claim = date if ONE_TIME[fact.predicate] == "date" else fact.value
            if claim:
                rows.append((fact.subject, fact.predicate, "", key, claim, fact.article_id))
        elif fact.predicate in STATES and dates.get(fact.article_id):
            rows.append((fact.subject, fact.predicate, dates[fact.article_id][:4], "", fact.value,
                         fact.article_id))
    frame = pd.DataFrame(rows, columns=["subject", "predicate", "event", "key", "claim", "article_id"])
    columns = ["subject", "predicate", "event", "key", "articles", "claims", "agree"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    grouped = (frame.groupby(["subject", "predicate", "event", "key"])
               .agg(articles=("article_id", "nunique"), claims=("claim", lambda c: sorted(set(c))))
               .reset_index())
    grouped["agree"] = grouped["claims"].map(compatible)
    return grouped[grouped["articles"] > 1][columns].reset_index(drop=True)
