"""The curated organisation reference data is well-formed and holds hand-checked facts."""

import csv
import datetime as dt
import re
from importlib import resources

import pytest

COLUMNS = {
    "organisations.csv": ["org", "name_full", "name_en", "kind", "headquarters", "source"],
    "events.csv": ["org", "event", "date", "place", "value", "source"],
    "membership.csv": ["org", "state", "status", "event", "date", "note", "source"],
    "chairmanships.csv": ["org", "year", "state", "start", "end", "note", "source"],
    "summits.csv": ["org", "date", "date_end", "place", "country", "note", "source"],
}
ORGS = {"ОДКБ", "ШОС", "БРИКС", "ЕАЭС", "СНГ"}
EVENT_KINDS = {"founded", "treaty_signed", "treaty_in_force", "charter_signed", "charter_in_force"}
STATUSES = {"member", "observer", "partner", "associate", "participant"}
MEMBERSHIP_EVENTS = {"joined", "founding_member", "left", "suspended", "rejoined",
                     "froze_participation", "observer_from", "partner_from", "withdrew"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def data_file(name):
    return resources.files("analysis").joinpath("data/organisations", name)


def read(name):
    raw = data_file(name).read_bytes()
    assert b"\r" not in raw, f"{name} must use \\n line endings"
    with data_file(name).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def valid_date(value):
    if not DATE_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(*parts[:3])
    except ValueError:
        return False
    return True


def rows(name):
    return read(name)[1]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_columns_exact_and_rows_complete(name):
    fieldnames, data = read(name)
    assert fieldnames == COLUMNS[name]
    assert data
    for row in data:
        assert None not in row and None not in row.values(), row  # no ragged rows
        assert row["source"].strip(), row
        assert row["org"] in ORGS, row


@pytest.mark.parametrize("value,ok", [
    ("1992-05-15", True), ("2024-02", True), ("2006", True),
    ("2023-02-29", False), ("2024-13", False), ("2024-2", False), ("", False),
])
def test_valid_date_helper(value, ok):
    assert valid_date(value) is ok


@pytest.mark.parametrize("name,column,required", [
    ("events.csv", "date", True),
    ("membership.csv", "date", True),
    ("summits.csv", "date", True),
    ("summits.csv", "date_end", False),
    ("chairmanships.csv", "start", True),
    ("chairmanships.csv", "end", False),
])
def test_dates_are_valid(name, column, required):
    for row in rows(name):
        if row[column] or required:
            assert valid_date(row[column]), row


def test_summit_end_not_before_start():
    for row in rows("summits.csv"):
        if row["date_end"]:
            assert row["date_end"] > row["date"], row


def test_chairmanship_terms_follow_each_other():
    """Each term runs from its start to its end; an organisation's terms meet without gaps or
    overlaps (a calendar year, or the SCO's summit to summit); only the last may be open."""
    by_org = {}
    for row in rows("chairmanships.csv"):
        by_org.setdefault(row["org"], []).append(row)
    for org, terms in by_org.items():
        terms.sort(key=lambda r: r["year"])
        for row in terms:
            assert row["start"][:4] in (row["year"], str(int(row["year"]) - 1)), row
            assert not row["end"] or row["end"] > row["start"], row
        for before, after in zip(terms, terms[1:]):
            assert before["end"], before
            gap = dt.date.fromisoformat(after["start"]) - dt.date.fromisoformat(before["end"])
            assert gap.days in (0, 1), (before, after)


def test_summit_country_is_the_place_country():
    countries = {"Москва": "Россия", "Минск": "Белоруссия", "Бишкек": "Киргизия", "Тяньцзинь": "Китай"}
    for row in rows("summits.csv"):
        assert bool(row["country"]) == (row["place"] != "онлайн"), row
        if row["place"] in countries:
            assert row["country"] == countries[row["place"]], row


def test_kinds_are_semicolon_separated_descriptions():
    for row in rows("organisations.csv"):
        kinds = [k.strip() for k in row["kind"].split(";")]
        assert all(kinds) and len(kinds) == len(set(kinds)), row


def test_chairmanship_years():
    seen = set()
    for row in rows("chairmanships.csv"):
        assert re.fullmatch(r"\d{4}", row["year"]), row
        assert row["state"], row
        assert (row["org"], row["year"]) not in seen, row
        seen.add((row["org"], row["year"]))


def test_allowed_values():
    for row in rows("events.csv"):
        assert row["event"] in EVENT_KINDS, row
        assert row["value"], row
    for row in rows("membership.csv"):
        assert row["status"] in STATUSES, row
        assert row["event"] in MEMBERSHIP_EVENTS, row
        assert row["state"], row


def test_organisations_one_row_each():
    data = rows("organisations.csv")
    assert sorted(r["org"] for r in data) == sorted(ORGS)
    for row in data:
        assert row["name_full"] and row["name_en"] and row["kind"], row


def members(org, event):
    return {r["state"] for r in rows("membership.csv") if r["org"] == org and r["event"] == event}


def membership_dates(org, state, event):
    return {r["date"] for r in rows("membership.csv")
            if (r["org"], r["state"], r["event"]) == (org, state, event)}


def event_dates(org, event):
    return {r["date"] for r in rows("events.csv") if (r["org"], r["event"]) == (org, event)}


@pytest.mark.parametrize("org,event,expected", [
    ("ОДКБ", "founding_member", {"Армения", "Белоруссия", "Казахстан", "Киргизия", "Россия", "Таджикистан"}),
    ("ШОС", "founding_member", {"Китай", "Казахстан", "Киргизия", "Россия", "Таджикистан", "Узбекистан"}),
    ("БРИКС", "founding_member", {"Бразилия", "Россия", "Индия", "Китай"}),
    ("ЕАЭС", "founding_member", {"Россия", "Белоруссия", "Казахстан"}),
])
def test_founding_members(org, event, expected):
    assert members(org, event) == expected


@pytest.mark.parametrize("org,event,date", [
    ("ОДКБ", "treaty_signed", "1992-05-15"),
    ("ОДКБ", "treaty_in_force", "1994-04-20"),
    ("ОДКБ", "founded", "2002-05-14"),
    ("ОДКБ", "founded", "2002-10-07"),
    ("ОДКБ", "charter_signed", "2002-10-07"),
    ("ОДКБ", "charter_in_force", "2003-09-18"),
    ("ШОС", "founded", "2001-06-15"),
    ("ШОС", "charter_signed", "2002-06-07"),
    ("БРИКС", "founded", "2009-06-16"),
    ("ЕАЭС", "treaty_signed", "2014-05-29"),
    ("ЕАЭС", "treaty_in_force", "2015-01-01"),
    ("СНГ", "founded", "1991-12-08"),
    ("СНГ", "founded", "1991-12-21"),
    ("СНГ", "charter_signed", "1993-01-22"),
])
def test_event_dates(org, event, date):
    assert date in event_dates(org, event)


@pytest.mark.parametrize("org,state,event,prefix", [
    ("ОДКБ", "Узбекистан", "rejoined", "2006"),
    ("ОДКБ", "Узбекистан", "suspended", "2012"),
    ("ОДКБ", "Армения", "froze_participation", "2024"),
    ("ОДКБ", "Азербайджан", "left", "1999"),
    ("ОДКБ", "Грузия", "left", "1999"),
    ("ШОС", "Иран", "joined", "2023"),
    ("ШОС", "Индия", "joined", "2017"),
    ("ШОС", "Белоруссия", "joined", "2024-07-04"),
    ("БРИКС", "ОАЭ", "joined", "2024-01-01"),
    ("БРИКС", "Индонезия", "joined", "2025-01-06"),
    ("ЕАЭС", "Армения", "joined", "2015-01-02"),
    ("ЕАЭС", "Киргизия", "joined", "2015-08-12"),
    ("СНГ", "Грузия", "left", "2009-08-18"),
])
def test_membership_pins(org, state, event, prefix):
    assert any(d.startswith(prefix) for d in membership_dates(org, state, event))


@pytest.mark.parametrize("org,year,state", [
    ("ОДКБ", "2024", "Казахстан"),
    ("ОДКБ", "2025", "Киргизия"),
    ("ОДКБ", "2026", "Россия"),
    ("ШОС", "2025", "Китай"),
    ("БРИКС", "2024", "Россия"),
    ("БРИКС", "2025", "Бразилия"),
])
def test_chairmanship_pins(org, year, state):
    assert {r["state"] for r in rows("chairmanships.csv")
            if (r["org"], r["year"]) == (org, year)} == {state}


@pytest.mark.parametrize("org,day,state", [
    ("ШОС", "2025-10-01", "Киргизия"),   # the SCO chair passes at the summit, not on 1 January
    ("ШОС", "2025-06-01", "Китай"),
    ("ОДКБ", "2026-01-01", "Россия"),
])
def test_chair_on_a_day(org, day, state):
    assert {r["state"] for r in rows("chairmanships.csv")
            if r["org"] == org and r["start"] <= day and (not r["end"] or day <= r["end"])} == {state}


def test_saudi_brics_status_flagged():
    row, = [r for r in rows("membership.csv") if (r["org"], r["state"]) == ("БРИКС", "Саудовская Аравия")]
    assert "unclear" in row["note"].lower()
