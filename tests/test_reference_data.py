"""The curated organisation reference data is well-formed and holds hand-checked facts."""

import csv
import datetime as dt
import re
from importlib import resources

import pytest

COLUMNS = {
    "organisations.csv": ["org", "name_full", "name_en", "kind", "headquarters", "source"],
    "events.csv": ["org", "event", "date", "place", "place_alias", "value", "source"],
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
    countries = {"Москва": "Россия", "Минск": "Белоруссия", "Бишкек": "Киргизия", "Тяньцзинь": "Китай",
                 "Санкт-Петербург": "Россия", "Игора": "Россия"}
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
    ("ОДКБ", "Узбекистан", "rejoined", "2006-12"),
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


# -- the corrections of the third pass (see the README), row by row -----------------------------------

def chair_rows(org):
    return {r["year"]: r for r in rows("chairmanships.csv") if r["org"] == org}


@pytest.mark.parametrize("year,state,start,end,source", [
    # before 2024 the CSTO chair passed at the Collective Security Council's session
    ("2019", "Киргизия", "2019-01-01", "2019-11-28", "Kazinform"),
    ("2020", "Россия", "2019-11-28", "2020-12-31", "TASS"),
    ("2021", "Таджикистан", "2021-01-01", "2021-09-16", "Khovar"),
    ("2022", "Армения", "2021-09-16", "2022-11-23", "ra.am"),
    ("2023", "Белоруссия", "2022-11-23", "2023-12-31", "ra.am"),
    # the calendar year from 2024
    ("2024", "Казахстан", "2024-01-01", "2024-12-31", "odkb-csto.org"),
    ("2025", "Киргизия", "2025-01-01", "2025-12-31", "odkb-csto.org"),
    ("2026", "Россия", "2026-01-01", "2026-12-31", "odkb-csto.org"),
])
def test_csto_chair_terms(year, state, start, end, source):
    row = chair_rows("ОДКБ")[year]
    assert (row["state"], row["start"], row["end"]) == (state, start, end)
    assert source in row["source"]
    assert ("calendar year" in row["note"]) is (year >= "2024"), row


def test_csto_terms_before_2024_change_at_a_session():
    """A pre-2024 term that ends on a day other than 31 December ends at a Collective Security
    Council session; those in the years summits.csv covers are there, on that day."""
    sessions = {r["date"] for r in rows("summits.csv") if r["org"] == "ОДКБ"}
    ends = [r["end"] for y, r in chair_rows("ОДКБ").items() if y < "2024" and not r["end"].endswith("-12-31")]
    assert ends == ["2019-11-28", "2021-09-16", "2022-11-23"]
    assert {e for e in ends if e >= "2020"} <= sessions


@pytest.mark.parametrize("org,day,states", [
    ("ОДКБ", "2019-06-01", {"Киргизия"}),
    ("ОДКБ", "2019-11-28", {"Киргизия", "Россия"}),   # the session day belongs to both terms
    ("ОДКБ", "2019-12-15", {"Россия"}),
    ("ОДКБ", "2021-06-01", {"Таджикистан"}),
    ("ОДКБ", "2021-10-01", {"Армения"}),
    ("ОДКБ", "2022-12-01", {"Белоруссия"}),
    ("ОДКБ", "2023-11-23", {"Белоруссия"}),   # the Minsk session did not end the term
    ("ОДКБ", "2024-06-01", {"Казахстан"}),
])
def test_csto_chair_on_a_day(org, day, states):
    from analysis.reference import load_reference

    assert {t.state for t in load_reference().chair_on(org, day)} == states


@pytest.mark.parametrize("org,state,event,dates,sources", [
    # ``sources``: the corrected or added rows, by date, and what their source must name
    # the SCO: Belarus's and Sri Lanka's dialogue partnership, decided and then signed
    ("ШОС", "Белоруссия", "partner_from", {"2009-06", "2010"},
     {"2009-06": "Yekaterinburg Declaration", "2010": "mfa.gov.by"}),
    ("ШОС", "Шри-Ланка", "partner_from", {"2009-06", "2010"},
     {"2009-06": "Yekaterinburg Declaration", "2010": "mfa.gov.lk"}),
    # the 2021-2023 dialogue partners
    ("ШОС", "Египет", "partner_from", {"2021-09-17"}, {"2021-09-17": "Dushanbe Declaration"}),
    ("ШОС", "Катар", "partner_from", {"2021-09-17"}, {"2021-09-17": "Dushanbe Declaration"}),
    ("ШОС", "Саудовская Аравия", "partner_from", {"2021-09-17"}, {"2021-09-17": "Dushanbe Declaration"}),
    ("ШОС", "Бахрейн", "partner_from", {"2022-09-16"}, {"2022-09-16": "Samarkand Declaration"}),
    ("ШОС", "Кувейт", "partner_from", {"2022-09-16"}, {"2022-09-16": "Samarkand Declaration"}),
    ("ШОС", "Мальдивы", "partner_from", {"2022-09-16"}, {"2022-09-16": "Samarkand Declaration"}),
    ("ШОС", "Мьянма", "partner_from", {"2022-09-16"}, {"2022-09-16": "Samarkand Declaration"}),
    ("ШОС", "ОАЭ", "partner_from", {"2022-09-16"}, {"2022-09-16": "Samarkand Declaration"}),
    # Tianjin: observers became SCO partners, Laos joined as one
    ("ШОС", "Монголия", "partner_from", {"2025-09-01"}, {"2025-09-01": "Tianjin summit"}),
    ("ШОС", "Афганистан", "partner_from", {"2025-09-01"}, {"2025-09-01": "Tianjin summit"}),
    ("ШОС", "Лаос", "partner_from", {"2025-09-01"}, {"2025-09-01": "Tianjin summit"}),
    # the CIS: Turkmenistan a founding participant, then an associate; Moldova's denunciations
    ("СНГ", "Туркмения", "founding_member", {"1991-12-21"},
     {"1991-12-21": "ratification status of the CIS Charter"}),
    ("СНГ", "Туркмения", "joined", {"2005-08"}, {"2005-08": "ratification status of the CIS Charter"}),
    ("СНГ", "Молдавия", "froze_participation", {"2023"}, {}),          # kept
    ("СНГ", "Молдавия", "withdrew", {"2026"}, {"2026": "January-March 2026"}),
    # the CSTO: Uzbekistan's restoration ratified in 2006, its 2012 note sent and received
    ("ОДКБ", "Узбекистан", "rejoined", {"2006-08-16", "2006-12"}, {"2006-12": "Oliy Majlis"}),
    ("ОДКБ", "Узбекистан", "suspended", {"2012-06-20", "2012-06-28", "2012-12-19"},
     {"2012-06-20": "CSTO Secretariat statement", "2012-06-28": "CSTO Secretariat statement"}),
])
def test_corrected_membership_rows(org, state, event, dates, sources):
    found = [r for r in rows("membership.csv") if (r["org"], r["state"], r["event"]) == (org, state, event)]
    assert {r["date"] for r in found} == dates
    for row in found:
        assert sources.get(row["date"], "") in row["source"], row


@pytest.mark.parametrize("state,date,status,note", [
    ("Туркмения", "1991-12-21", "participant", "never ratified the CIS Charter"),
    ("Туркмения", "2005-08", "associate", "not a member state"),
    ("Украина", "1991-12-08", "participant", "never ratified the CIS Charter"),
])
def test_cis_states_that_never_ratified_the_charter(state, date, status, note):
    row, = [r for r in rows("membership.csv") if (r["org"], r["state"], r["date"]) == ("СНГ", state, date)]
    assert row["status"] == status and note in row["note"], row


def test_uzbekistan_2008_ratification_is_the_charter():
    row, = [r for r in rows("membership.csv")
            if (r["org"], r["state"], r["date"]) == ("ОДКБ", "Узбекистан", "2006-08-16")]
    assert "December 2006" in row["note"] and "2008 ratification covered the CSTO Charter" in row["note"]


@pytest.mark.parametrize("org,state,day,status", [
    ("ШОС", "Монголия", "2025-08-31", "observer"),
    ("ШОС", "Монголия", "2025-09-01", "partner"),     # Tianjin merged the statuses
    ("ШОС", "Афганистан", "2025-10", "partner"),
    ("ШОС", "Лаос", "2025-08", ""),
    ("ШОС", "Лаос", "2025-09-01", "partner"),
    ("ШОС", "Белоруссия", "2009-07", "partner"),
    ("ШОС", "Белоруссия", "2011", "partner"),
    ("ШОС", "Белоруссия", "2016", "observer"),
    ("ШОС", "Египет", "2021-09-16", ""),
    ("ШОС", "Египет", "2022", "partner"),
    ("ШОС", "Мьянма", "2023", "partner"),
    ("СНГ", "Туркмения", "1995", "participant"),      # never a member state under the Charter
    ("СНГ", "Туркмения", "2010", "associate"),
    ("СНГ", "Украина", "1995", "participant"),
    ("СНГ", "Молдавия", "2025", "frozen"),
    ("СНГ", "Молдавия", "2026-04", "withdrawing"),
    ("ОДКБ", "Узбекистан", "2006-10", "member"),
    ("ОДКБ", "Узбекистан", "2012-06-25", "suspended"),
])
def test_status_on_a_day(org, state, day, status):
    from analysis.reference import load_reference

    assert load_reference().status(org, state, day)[0] == status


def test_turkmenistan_was_never_a_cis_member_state():
    from analysis.reference import load_reference

    ref = load_reference()
    for day in ("1992", "1995", "2005-09", "2026"):
        assert "Туркмения" not in ref.members("СНГ", day), day
    assert "Туркмения" in ref.founding_members("СНГ")


def test_moldova_denounces_each_founding_document():
    notes = [r["note"] for r in rows("membership.csv")
             if (r["org"], r["state"], r["event"]) == ("СНГ", "Молдавия", "withdrew")]
    assert len(notes) == 3
    for document in ("Agreement on the establishment", "Alma-Ata Protocol", "CIS Charter"):
        assert sum(document in n for n in notes) == 1, document


def test_every_status_is_one_the_code_draws():
    """Every status the reference can give a state is one the timeline draws (``former`` is drawn
    as no bar), so a new status in the data cannot slip past the views and the checks."""
    from analysis.fact_views import TIMELINE_STATUSES
    from analysis.reference import load_reference, status_after

    ref = load_reference()
    for row in ref.membership:
        assert status_after(row) in TIMELINE_STATUSES + ("former",), row


@pytest.mark.parametrize("org,event,date,place,aliases", [
    ("СНГ", "founded", "1991-12-08", "Вискули (Беловежская пуща)", "Минск"),   # signed at Viskuli, dated Minsk
    ("СНГ", "treaty_signed", "1991-12-08", "Вискули (Беловежская пуща)", "Минск"),
    ("СНГ", "founded", "1991-12-21", "Алма-Ата", ""),
    ("ОДКБ", "founded", "2002-10-07", "Кишинёв", ""),
])
def test_event_places_and_aliases(org, event, date, place, aliases):
    row, = [r for r in rows("events.csv") if (r["org"], r["event"], r["date"]) == (org, event, date)]
    assert (row["place"], row["place_alias"]) == (place, aliases)


@pytest.mark.parametrize("org,date,claim,named", [
    ("СНГ", "1991-12-08", "Минск", True),
    ("СНГ", "1991-12-08", "Вискули", True),
    ("СНГ", "1991-12-08", "Вискули (Беловежская пуща)", True),
    ("СНГ", "1991-12-08", "Беловежская пуща", True),   # the area the parenthesis names
    ("СНГ", "1991-12-08", "Пуща", False),
    ("СНГ", "1991-12-08", "Алма-Ата", False),
    ("СНГ", "1991-12-08", "", False),
    ("СНГ", "1991-12-21", "Минск", False),
    ("ОДКБ", "2002-10-07", "Минск", False),
])
def test_at_place(org, date, claim, named):
    from analysis.reference import at_place, load_reference

    event, = [e for e in load_reference().events_of(org, "founded") if e.date == date]
    assert at_place(event, claim) is named


@pytest.mark.parametrize("date,place,country", [
    ("2020-12-11", "онлайн", ""),
    ("2022-05-27", "онлайн", ""),
    ("2024-12-26", "Игора", "Россия"),            # the Igora resort, Leningrad Oblast
    ("2025-06-27", "Минск", "Белоруссия"),
    ("2025-12-21", "Санкт-Петербург", "Россия"),
])
def test_eaeu_supreme_council_meetings(date, place, country):
    row, = [r for r in rows("summits.csv") if (r["org"], r["date"]) == ("ЕАЭС", date)]
    assert (row["place"], row["country"]) == (place, country)
    assert "kremlin.ru (meeting of %s" % date in row["source"]


def test_eaeu_meetings_dated_to_the_day():
    assert all(len(r["date"]) == 10 for r in rows("summits.csv") if r["org"] == "ЕАЭС")


def test_sco_wikidata_id_in_the_gazetteer():
    path = resources.files("analysis").joinpath("data", "gazetteer.csv")
    with path.open(encoding="utf-8", newline="") as f:
        sco = [r for r in csv.DictReader(f) if r["actor_key"] == "sco"]
    assert sco and {r["wikidata"] for r in sco} == {"Q485207"}
