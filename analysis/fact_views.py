"""Views notebook 04 shows: an organisation's membership over time from the reference, the
article's claims to mark on it, and the text with its dates boxed."""

import datetime as dt
import html

from .reference import UNCLEAR, load_reference, period, status_after

# the statuses a timeline draws, in the order of its legend (``former`` is drawn as no bar)
TIMELINE_STATUSES = ("member", "frozen", "suspended", "withdrawing", "associate", "participant", "observer",
                     "partner", "unclear")
MEMBERSHIP_PREDICATES = ("member", "founding_member", "joined", "rejoined", "left", "suspended",
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
