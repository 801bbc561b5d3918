"""An article's facts against the curated reference, and against each other.

Every fact gets one ``reference`` check (``not_in_reference`` when the reference does not cover
its organisation); a stated count with the states listed beside it gets an ``internal`` one too.
Each check shows the article's value and date beside the reference's, with a status (documented
with the tables, ``analysis.schema.CHECK_STATUSES``):

- ``agrees``: the reference has it (a date agrees at the coarser precision of the two, and with
  any one of the dated events the reference keeps for it: the CSTO was founded by the decision of
  14 May 2002 and by the charter of 7 October 2002);
- ``disagrees``: the reference says otherwise (another date, another place, not a member);
- ``needs_context``: true as far as it goes, but a reader needs what the article leaves out
  (Armenia listed as a CSTO member without its 2024 freeze; an undated chairmanship that begins
  only next year or ended within the last; a count that includes a state whose accession is unconfirmed);
- ``not_in_reference``: the reference cannot say (another organisation, a purpose, a summit
  outside the years it covers, a description it does not record).
"""

from collections import defaultdict
from dataclasses import dataclass

from .reference import UNCLEAR, at_place, contains, days_between, load_reference, matches_date, overlaps, stems

CHECK_KINDS = ("reference", "internal")
NEXT_CHAIR_DAYS = 400   # an undated next chair: a term starting within this many days of the article



@dataclass
class Check:
    check_id: int
    fact_id: int
    check: str
    subject: str
    predicate: str
    value: str
    date: str
    reference_value: str
    reference_date: str
    status: str
    note: str
    source: str
    start: int
    end: int
    evidence: str


def sources(rows):
    return "; ".join(dict.fromkeys(row.source for row in rows))


class Context:
    """What a check needs besides the fact: the reference, the article's date and its facts."""

    def __init__(self, reference, article_date, facts):
        self.ref = reference
        self.article_date = article_date
        self.facts = facts

    def mentions_change(self, org, state):
        """Whether the article itself states a freeze, suspension or exit of the state."""
        return any(f.subject == org and f.value == state and
                   f.predicate in ("froze_participation", "suspended", "left", "withdrawing") for f in self.facts)


def check_kind(c, fact):
    kinds = c.ref.kinds(fact.subject)
    claim = stems(fact.value)
    for kind in kinds:
        if contains(claim, stems(kind)):
            return "agrees", kind, "", "", c.ref.organisations[fact.subject].source
    return ("not_in_reference", "; ".join(kinds), "",
            "the reference does not record this description; other wording is no contradiction",
            c.ref.organisations[fact.subject].source)


def check_member_count(c, fact):
    org, on = fact.subject, fact.date or c.article_date
    members = c.ref.members(org, on)
    unclear = sorted(s for s, (_, row) in members.items() if UNCLEAR in row.note)
    inactive = sorted(s for s, (status, _) in members.items() if status != "member")
    certain = len(members) - len(unclear)
    rows = [row for _, row in members.values()]
    notes = []
    if unclear:
        notes.append("unconfirmed: %s" % ", ".join(unclear))
    if inactive:
        notes.append("formally members but %s" % ", ".join(
            "%s %s" % (s, members[s][0]) for s in inactive))
    note = "; ".join(notes)
    claim = int(fact.value)
    if claim == certain:
        status = "agrees"
    elif claim in (len(members), certain - len(inactive)):
        status = "needs_context"
    else:
        status = "disagrees"
    return status, str(certain), on, note, sources(rows)


def check_founding_member_count(c, fact):
    founders = c.ref.founding_members(fact.subject)
    status = "agrees" if int(fact.value) == len(founders) else "disagrees"
    # the sources of the founding rows only, not of every later partner or observer
    rows = [r for r in c.ref.history(fact.subject) if r.event == "founding_member"]
    return status, str(len(founders)), "", ", ".join(founders), sources(rows)


def check_member(c, fact):
    org, state, on = fact.subject, fact.value, fact.date or c.article_date
    status, row = c.ref.status(org, state, on)
    if row is None:
        return "disagrees", "not a member", "", "the reference has no membership of %s" % state, ""
    value, date, source = status, row.date, row.source
    if status == "member":
        if UNCLEAR in row.note:
            return "needs_context", value, date, row.note, source
        return "agrees", value, date, "", source
    if status in ("frozen", "withdrawing", "associate", "participant"):
        if c.mentions_change(org, state):
            return "agrees", value, date, "the article states the change too: " + row.note, source
        return "needs_context", value, date, row.note, source
    return "disagrees", value, date, row.note, source


def check_founding_member(c, fact):
    founders = c.ref.founding_members(fact.subject)
    rows = [r for r in c.ref.history(fact.subject, fact.value) if r.event == "founding_member"]
    if rows:
        return "agrees", "founding member", rows[0].date, rows[0].note, rows[0].source
    later = c.ref.history(fact.subject, fact.value)
    note = "; ".join("%s %s" % (r.event, r.date) for r in later) or "no membership of %s" % fact.value
    return "disagrees", ", ".join(founders), "", note, sources(later)


def check_dated_events(c, fact, kinds, value_of=lambda e: e.value):
    """A date against the organisation's events of some kinds: agrees with any one of them."""
    events = c.ref.events_of(fact.subject, *kinds)
    if not events:
        return "not_in_reference", "", "", "no %s in the reference" % " or ".join(kinds), ""
    for event in events:
        if matches_date(fact.date, event.date):
            return "agrees", value_of(event), event.date, event.event, event.source
    return ("disagrees", "; ".join(value_of(e) for e in events), "; ".join(e.date for e in events),
            "", sources(events))


def check_founded(c, fact):
    return check_dated_events(c, fact, ["founded"])


def check_founded_place(c, fact):
    events = [e for e in c.ref.events_of(fact.subject, "founded") if e.place]
    if not events:
        return "not_in_reference", "", "", "no founding place in the reference", ""
    for event in events:
        if at_place(event, fact.value):
            # an alias (the Belovezh Agreement is dated Minsk, signed at Viskuli) agrees, and says so
            note = "" if at_place(event._replace(place_alias=""), fact.value) else (
                "%s: a place alias of %s in the reference" % (fact.value, event.place))
            return "agrees", event.place, event.date, note, event.source
    return ("disagrees", "; ".join(dict.fromkeys(e.place for e in events)),
            "; ".join(e.date for e in events), "", sources(events))


def check_based_on(c, fact):
    events = c.ref.events_of(fact.subject, "treaty_signed")
    claim = stems(fact.value)
    for event in events:
        if contains(stems(event.value), claim) or contains(claim, stems(event.value)):
            return "agrees", event.value, event.date, "", event.source
    return ("not_in_reference", "; ".join(e.value for e in events), "",
            "the reference names no such founding document", sources(events))


def check_treaty_signed(c, fact):
    events = c.ref.events_of(fact.subject, "treaty_signed", "charter_signed")
    head = stems(fact.value)[:1]
    named = [e for e in events if stems(e.value)[:1] == head] or events
    if not named:
        return "not_in_reference", "", "", "no treaty in the reference", ""
    for event in named:
        if matches_date(fact.date, event.date):
            return "agrees", event.value, event.date, event.event, event.source
    return ("disagrees", "; ".join(e.value for e in named), "; ".join(e.date for e in named), "",
            sources(named))


def check_purpose(c, fact):
    return "not_in_reference", "", "", "the reference keeps no purposes", ""


def check_headquarters(c, fact):
    row = c.ref.organisations[fact.subject]
    if not row.headquarters:
        return "disagrees", "", "", "no permanent headquarters", row.source
    status = "agrees" if row.headquarters == fact.value else "disagrees"
    return status, row.headquarters, "", "", row.source


def describe(terms):
    return "; ".join("%s %s (%s to %s)" % (t.state, t.year, t.start, t.end or "now") for t in terms)


def check_chair(c, fact):
    terms = c.ref.chairs(fact.subject)
    if fact.date:
        current = c.ref.chair_on(fact.subject, fact.date)
        if not current:
            return "not_in_reference", "", "", "no chairmanship recorded for that date", ""
        status = "agrees" if fact.value in {t.state for t in current} else "disagrees"
        return status, ", ".join(t.state for t in current), fact.date, describe(current), sources(current)
    if not c.article_date:
        held = [t for t in terms if t.state == fact.value]
        if held:
            return "needs_context", fact.value, "", "undated, in an undated article: " + describe(held), sources(held)
        return "not_in_reference", "", "", "undated, in an undated article", ""
    current = c.ref.chair_on(fact.subject, c.article_date)
    if fact.value in {t.state for t in current}:
        return "agrees", fact.value, c.article_date, describe(current), sources(current)
    # an undated chair the article names beside the current one is the next or the one before
    # (``принял эстафету у Белоруссии``): a term starting, or ending, within a term's reach of the
    # article's date is true as far as it goes, not a disagreement
    near = [t for t in terms if t.state == fact.value and (
        (t.start and abs(days_between(c.article_date, t.start)) <= NEXT_CHAIR_DAYS)
        or (t.end and 0 <= days_between(t.end, c.article_date) <= NEXT_CHAIR_DAYS))]
    if near:
        return ("needs_context", ", ".join(t.state for t in current), c.article_date,
                "undated: %s; on the article's date the chair is %s" % (
                    describe(near), ", ".join(t.state for t in current) or "not recorded"),
                sources(near + current))
    if not current:
        return "not_in_reference", "", c.article_date, "no chairmanship recorded for the article's date", ""
    return ("disagrees", ", ".join(t.state for t in current), c.article_date, describe(current),
            sources(current))


def check_next_chair(c, fact):
    if not c.article_date:
        return "not_in_reference", "", "", "the article has no date to count from", ""
    coming = [t for t in c.ref.chairs(fact.subject)
              if t.start and -31 <= days_between(c.article_date, t.start) <= NEXT_CHAIR_DAYS]
    if not coming:
        return "not_in_reference", "", "", "no chairmanship recorded after the article's date", ""
    status = "agrees" if fact.value in {t.state for t in coming} else "disagrees"
    return status, ", ".join(t.state for t in coming), coming[0].start, describe(coming), sources(coming)


def check_membership_event(c, fact, events):
    rows = [r for r in c.ref.history(fact.subject, fact.value) if r.event in events]
    if not rows:
        status, row = c.ref.status(fact.subject, fact.value, fact.date or c.article_date)
        note = ("no %s of %s in the reference; its status: %s since %s" % (
            " or ".join(events), fact.value, status, row.date) if row
            else "the reference has no membership of %s" % fact.value)
        return "disagrees", status, row.date if row else "", note, row.source if row else ""
    if not fact.date:
        return "agrees", rows[0].event, "; ".join(r.date for r in rows), "", sources(rows)
    for row in rows:
        if matches_date(fact.date, row.date):
            return "agrees", row.event, row.date, row.note, row.source
    return "disagrees", rows[0].event, "; ".join(r.date for r in rows), "", sources(rows)


def check_joined(c, fact):
    return check_membership_event(c, fact, ("joined", "rejoined", "founding_member"))


def check_rejoined(c, fact):
    return check_membership_event(c, fact, ("rejoined",))


def check_left(c, fact):
    """An exit against the reference's exits and withdrawals; (round 12) where the reference holds
    only a withdrawal begun for the state (Moldova's denunciations, "exit not yet in effect"), an
    exit said to be done is true as far as it goes: it needs the context that it is not in effect."""
    result = check_membership_event(c, fact, ("left", "withdrew"))
    history = c.ref.history(fact.subject, fact.value)
    begun = [r for r in history if r.event == "withdrew"]
    if result[0] == "agrees" and begun and not any(r.event == "left" for r in history):
        return ("needs_context", result[1], result[2],
                "the reference records the exit begun, not in effect: " + begun[-1].note, result[4])
    return result


def check_withdrawing(c, fact):
    """(round 12) An exit begun or announced against the reference's withdrawals (``withdrew``)."""
    return check_membership_event(c, fact, ("withdrew",))


def check_suspended(c, fact):
    return check_membership_event(c, fact, ("suspended",))


def check_froze(c, fact):
    return check_membership_event(c, fact, ("froze_participation",))


def summit_place(summit):
    return summit.place if summit.place == summit.country or not summit.country else (
        "%s (%s)" % (summit.place, summit.country))


def check_summit(c, fact, upcoming=False):
    """A dated summit against the reference's summits on those days; an undated one against the
    summits at its place (a summit "to come" against those after the article's date), nearest
    to the article's date first."""
    summits = c.ref.summits_of(fact.subject)
    if fact.date:
        held = [s for s in summits if overlaps(fact.date, s.date, s.date_end or s.date)]
        if not held:
            return "not_in_reference", "", "", "no summit of %s on that date in the reference" % fact.subject, ""
    else:
        if upcoming and c.article_date:
            summits = [s for s in summits if days_between(c.article_date, s.date) > 0]
        held = [s for s in summits if fact.value in (s.place, s.country)]
        if c.article_date:
            held.sort(key=lambda s: abs(days_between(c.article_date, s.date)))
        if not held:
            return ("not_in_reference", "", "", "no summit of %s there in the reference (%s)" % (
                fact.subject, "after the article's date" if upcoming else "2020-2025"), "")
        held = held[:1]
    places = "; ".join(summit_place(s) for s in held)
    dates = "; ".join(s.date + ("/" + s.date_end if s.date_end else "") for s in held)
    if not fact.value or any(fact.value in (s.place, s.country) for s in held):
        return "agrees", places, dates, "", sources(held)
    return "disagrees", places, dates, "", sources(held)


def check_next_summit(c, fact):
    return check_summit(c, fact, upcoming=True)


CHECKERS = {
    "kind": check_kind, "member_count": check_member_count, "member": check_member,
    "founding_member_count": check_founding_member_count, "founding_member": check_founding_member,
    "founded": check_founded, "founded_place": check_founded_place, "based_on": check_based_on,
    "treaty_signed": check_treaty_signed, "purpose": check_purpose, "headquarters": check_headquarters,
    "chair": check_chair, "next_chair": check_next_chair, "joined": check_joined,
    "rejoined": check_rejoined, "left": check_left, "withdrawing": check_withdrawing, "suspended": check_suspended,
    "froze_participation": check_froze, "summit": check_summit, "next_summit": check_next_summit,
}
COUNTS = {"member_count": "member", "founding_member_count": "founding_member"}


def reference_checks(facts, context):
    for fact in facts:
        if not context.ref.knows(fact.subject):
            yield fact, "reference", ("not_in_reference", "", "", "the reference does not cover %s" %
                                      fact.subject, "")
        else:
            yield fact, "reference", CHECKERS[fact.predicate](context, fact)


def internal_checks(facts):
    """A stated count against the states listed in the same clause."""
    listed = defaultdict(int)
    for fact in facts:
        listed[fact.subject, fact.predicate, fact.start, fact.end] += 1
    for fact in facts:
        if fact.predicate in COUNTS:
            n = listed[fact.subject, COUNTS[fact.predicate], fact.start, fact.end]
            if n:
                status = "agrees" if n == int(fact.value) else "disagrees"
                yield fact, "internal", (status, str(n), "", "states listed beside the count", "")


def find_checks(article, reference=None):
    """Checks of ``article.facts`` as ``Check`` rows, in the order of the facts, each fact's
    reference check before its internal one."""
    facts = article.facts
    context = Context(reference or load_reference(), article.date, facts)
    found = list(reference_checks(facts, context)) + list(internal_checks(facts))
    found.sort(key=lambda item: (item[0].fact_id, CHECK_KINDS.index(item[1])))
    return [Check(i, fact.fact_id, kind, fact.subject, fact.predicate, fact.value, fact.date,
                  value, date, status, context_note(fact, note), source, fact.start, fact.end, fact.evidence)
            for i, (fact, kind, (status, value, date, note, source)) in enumerate(found)]


def context_note(fact, note):
    """A check of a fact whose subject the sentence only implies says so: the organisation was
    resolved from the text before it (``facts.subject_from``)."""
    if getattr(fact, "subject_from", "text") != "context":
        return note
    said = "subject %s resolved from context" % fact.subject
    return said + ("; " + note if note else "")
