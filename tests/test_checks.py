"""Checks: the seed's claims against the reference, hand-checked, and a small article for each
status; the reference's questions on their own."""

import pytest

import analysis
from analysis.reference import load_reference, matches_date, overlaps, period
from analysis.schema import CHECK_STATUSES
from conftest import SEED


def checks_of(models, body, title="Заголовок", date="2025-11-27"):
    header = " date %s %s\n\n" % (date, title) if date else title + "\n\n"
    text = header + "МОСКВА, 27 ноября. /ТАСС/. " + body
    tables = analysis.extract_text(text, models=models)
    checks = tables["checks"]
    facts = tables["facts"].set_index("fact_id")
    for row in checks.itertuples():
        assert text[row.start:row.end] == row.evidence
        assert row.status in CHECK_STATUSES
        fact = facts.loc[row.fact_id]
        assert (row.predicate, row.value, row.date) == (fact.predicate, fact.value, fact.date)
    assert checks.check_id.tolist() == list(range(len(checks)))
    return checks


def status_of(checks, predicate, value="", check="reference"):
    rows = checks[(checks.predicate == predicate) & (checks.check == check)]
    if value:
        rows = rows[rows.value == value]
    assert len(rows) == 1, rows
    return rows.iloc[0]


SEED_CHECKS = [
    # (check, predicate, value, date, reference value, reference date, status)
    ("reference", "chair", "Россия", "", "Киргизия", "2025-11-27", "needs_context"),
    ("reference", "chair", "Россия", "2026", "Россия", "2026", "agrees"),
    ("reference", "summit", "Киргизия", "", "Бишкек (Киргизия)", "2025-11-27", "agrees"),
    ("reference", "kind", "международная организация по вопросам безопасности", "",
     "международная организация", "", "agrees"),
    ("reference", "member_count", "6", "", "6", "2025-11-27", "agrees"),
    ("internal", "member_count", "6", "", "6", "", "agrees"),
    ("reference", "member", "Армения", "", "frozen", "2024-02", "needs_context"),
] + [("reference", "member", state, "", "member", "2002-10-07", "agrees")
     for state in ["Белоруссия", "Казахстан", "Киргизия", "Россия", "Таджикистан"]] + [
    ("reference", "founded", "", "2002-05-14", None, "2002-05-14", "agrees"),
    ("reference", "based_on", "Договор о коллективной безопасности", "",
     "Договор о коллективной безопасности", "1992-05-15", "agrees"),
    ("reference", "treaty_signed", "Договор о коллективной безопасности", "1992-05-15",
     "Договор о коллективной безопасности", "1992-05-15", "agrees"),
    ("reference", "purpose", None, "", "", "", "not_in_reference"),
]


def test_seed_checks(models):
    text = SEED.read_text(encoding="utf-8")
    checks = analysis.extract_text(text, models=models)["checks"]
    rows = [(r.check, r.predicate, r.value, r.date, r.reference_value, r.reference_date, r.status)
            for r in checks.itertuples()]
    assert len(rows) == len(SEED_CHECKS)
    for row, expected in zip(rows, SEED_CHECKS):
        assert all(e is None or e == v for v, e in zip(row, expected)), (row, expected)
    armenia = status_of(checks, "member", "Армения")
    assert "frozen its participation" in armenia.note and armenia.source
    assert status_of(checks, "founded").reference_value.startswith("decision:")  # the event it names


@pytest.mark.parametrize("body, predicate, value, status, reference_value", [
    # Armenia among the CSTO's members: right, but the article says nothing of the freeze ...
    ("В ОДКБ входят Армения, Белоруссия, Казахстан, Киргизия, Россия и Таджикистан.",
     "member", "Армения", "needs_context", "frozen"),
    # ... unless it does
    ("В ОДКБ входят Армения, Белоруссия, Казахстан, Киргизия, Россия и Таджикистан. В 2024 году "
     "Армения заморозила участие в ОДКБ.", "member", "Армения", "agrees", "frozen"),
    ("В ОДКБ входят Армения, Белоруссия, Казахстан, Киргизия, Россия и Узбекистан.",
     "member", "Узбекистан", "disagrees", "suspended"),
    # founding dates: either dated event of the CSTO agrees, another day does not
    ("ОДКБ отметила годовщину. Организация была образована 7 октября 2002 года.",
     "founded", "", "agrees", "charter_signed: подписан Устав ОДКБ"),
    ("ОДКБ отметила годовщину. Организация была образована 15 мая 2002 года.",
     "founded", "", "disagrees", None),
    ("Шанхайская организация сотрудничества была создана в 2002 году.", "founded", "", "disagrees", None),
    ("Шанхайская организация сотрудничества создана в 2001 году в Шанхае.", "founded_place", "Шанхай",
     "agrees", "Шанхай"),
    # chairs
    ("Казахстан председательствует в ОДКБ с 1 января 2026 года.", "chair", "Казахстан", "disagrees",
     "Россия"),
    ("Председательство в ОДКБ перейдет к России.", "next_chair", "Россия", "agrees", "Россия"),
    ("Председательство в ОДКБ перейдет к Таджикистану.", "next_chair", "Таджикистан", "disagrees",
     "Россия"),
    # summits
    ("Саммит ШОС прошел в Тяньцзине 31 августа - 1 сентября.", "summit", "Тяньцзинь", "agrees",
     "Тяньцзинь (Китай)"),
    ("Саммит ШОС прошел в Китае 31 августа - 1 сентября.", "summit", "Китай", "agrees", "Тяньцзинь (Китай)"),
    ("Саммит ШОС прошел в Пекине 31 августа - 1 сентября.", "summit", "Пекин", "disagrees",
     "Тяньцзинь (Китай)"),
    ("Саммит ШОС прошел в Бишкеке 14 июня 2019 года.", "summit", "Бишкек", "not_in_reference", ""),
    ("Следующий саммит ОДКБ пройдет в Москве в 2026 году.", "next_summit", "Москва", "not_in_reference", ""),
    # joins and exits
    ("Иран присоединился к ШОС в 2023 году.", "joined", "Иран", "agrees", "joined"),
    ("Иран присоединился к ШОС в 2022 году.", "joined", "Иран", "disagrees", "joined"),
    ("ОДКБ отмечает годовщину. В 1999 году Азербайджан, Грузия и Узбекистан вышли из Договора о "
     "коллективной безопасности.", "left", "Азербайджан", "agrees", "left"),
    ("Армения вышла из ОДКБ в 2024 году.", "left", "Армения", "disagrees", "frozen"),
    ("Основателями ШОС стали Казахстан, Китай, Киргизия, Россия, Таджикистан и Индия.",
     "founding_member", "Индия", "disagrees", None),
    ("В СНГ входят Азербайджан, Армения, Белоруссия, Казахстан, Киргизия, Молдавия, Россия, Таджикистан, "
     "Узбекистан и Украина.", "member", "Украина", "needs_context", "participant"),
    # a summit the text does not date: the reference's summit there
    ("Решение о партнерах приняли на саммите БРИКС в Казани.", "summit", "Казань", "agrees", "Казань (Россия)"),
    ("Решение приняли на саммите БРИКС в Москве.", "summit", "Москва", "not_in_reference", ""),
    # counts
    ("В ОДКБ входят семь государств.", "member_count", "7", "disagrees", "6"),
    ("В состав БРИКС входят десять стран.", "member_count", "10", "agrees", "10"),
    ("В состав БРИКС входят одиннадцать стран.", "member_count", "11", "needs_context", "10"),
    ("В СНГ входят девять государств.", "member_count", "9", "agrees", "9"),   # not Ukraine, with Moldova
    # Turkmenistan, never a member state, is an associate: true as far as it goes
    ("В СНГ входят Азербайджан, Армения, Белоруссия, Казахстан, Киргизия, Россия, Таджикистан, Туркмения и "
     "Узбекистан.", "member", "Туркмения", "needs_context", "associate"),
    # an SCO observer became an SCO partner at Tianjin, and is not a member
    ("В ШОС входят Китай, Россия, Индия и Монголия.", "member", "Монголия", "disagrees", "partner"),
    # the Belovezh Agreement was signed at Viskuli and is dated Minsk: Minsk is no contradiction
    ("СНГ был создан в 1991 году в Минске.", "founded_place", "Минск", "agrees", "Вискули (Беловежская пуща)"),
    ("СНГ был создан в 1991 году в Ташкенте.", "founded_place", "Ташкент", "disagrees", None),
    ("Узбекистан приостановил членство в ОДКБ 20 июня 2012 года.", "suspended", "Узбекистан", "agrees",
     "suspended"),
    # EAEU Supreme Council meetings: the June 2025 one to the day, the December 2024 one at Igora
    ("Саммит ЕАЭС прошел в Минске 27 июня 2025 года.", "summit", "Минск", "agrees", "Минск (Белоруссия)"),
    ("Саммит ЕАЭС прошел в Санкт-Петербурге 26 декабря 2024 года.", "summit", "Санкт-Петербург", "disagrees",
     "Игора (Россия)"),
    # headquarters, descriptions, purposes, other organisations
    ("Штаб-квартира ОДКБ находится в Минске.", "headquarters", "Минск", "disagrees", "Москва"),
    ("Секретариат ШОС расположен в Пекине.", "headquarters", "Пекин", "agrees", "Пекин"),
    ("Штаб-квартира БРИКС находится в Шанхае.", "headquarters", "Шанхай", "disagrees", ""),
    ("ОДКБ - оборонительный альянс.", "kind", "оборонительный альянс", "not_in_reference", None),
    ("ЕАЭС является международной организацией региональной экономической интеграции.", "kind",
     "международная организация региональной экономической интеграции", "agrees",
     "международная организация региональной экономической интеграции"),
    ("Цель ШОС - укрепление взаимного доверия.", "purpose", "", "not_in_reference", ""),
    ("В НАТО входят 32 страны.", "member_count", "32", "not_in_reference", ""),
])
def test_statuses(models, body, predicate, value, status, reference_value):
    row = status_of(checks_of(models, body), predicate, value)
    assert row.status == status
    if reference_value is not None:
        assert row.reference_value == reference_value


@pytest.mark.parametrize("date, status, reference_value", [
    ("2025-10-01", "agrees", "Киргизия"),        # the SCO chair passed at the summit of 1 September
    ("2025-06-15", "needs_context", "Китай"),    # undated, but Kyrgyzstan only chairs from September
    ("2023-05-01", "disagrees", "Индия"),
])
def test_undated_chair_against_the_article_date(models, date, status, reference_value):
    row = status_of(checks_of(models, "Киргизия председательствует в ШОС.", date=date), "chair")
    assert (row.status, row.reference_value, row.reference_date) == (status, reference_value, date)


@pytest.mark.parametrize("date, status, reference_value", [
    ("2026-05-01", "needs_context", "Казахстан"),  # the chair before: its 2025 term ended 121 days before
    ("2023-06-01", "disagrees", "Россия"),         # its terms ended in 2020 and begin in 2025: neither near
])
def test_undated_previous_chair(models, date, status, reference_value):
    row = status_of(checks_of(models, "Белоруссия председательствует в ЕАЭС.", date=date), "chair")
    assert (row.status, row.reference_value, row.reference_date) == (status, reference_value, date)


@pytest.mark.parametrize("body, status, reference_value", [
    # before 2024 the CSTO chair passed at the Council's session, not on 1 January
    ("Армения председательствовала в ОДКБ в 2022 году.", "agrees", "Армения, Белоруссия"),
    ("Таджикистан председательствовал в ОДКБ в 2022 году.", "disagrees", "Армения, Белоруссия"),
    ("Россия председательствовала в ОДКБ в декабре 2019 года.", "agrees", "Россия"),
])
def test_csto_chair_terms_from_session_to_session(models, body, status, reference_value):
    row = status_of(checks_of(models, body), "chair")
    assert (row.status, row.reference_value) == (status, reference_value)


@pytest.mark.parametrize("date, status, reference_value", [
    ("2025-11-27", "needs_context", "frozen"),        # the 2023 freeze
    ("2026-05-10", "needs_context", "withdrawing"),   # denouncing the founding documents from early 2026
])
def test_moldova_listed_among_the_cis_members(models, date, status, reference_value):
    checks = checks_of(models, "В СНГ входят Азербайджан, Армения, Белоруссия, Казахстан, Киргизия, Молдавия, "
                               "Россия, Таджикистан и Узбекистан.", date=date)
    row = status_of(checks, "member", "Молдавия")
    assert (row.status, row.reference_value) == (status, reference_value)
    assert status_of(checks, "member", "Россия").status == "agrees"


def test_founding_count_cites_the_founding_rows(models):
    """The founders' count names where the founders come from, not every later partner's source."""
    checks = checks_of(models, "ШОС была создана в 2001 году. Сначала в ее состав входили шесть стран - Китай, "
                               "Казахстан, Киргизия, Россия, Таджикистан и Узбекистан.")
    row = status_of(checks, "founding_member_count")
    assert (row.status, row.reference_value) == ("agrees", "6")
    assert row.source == 'sectsco.org; Wikipedia (ru) article "Шанхайская организация сотрудничества"'


def test_internal_count_against_the_list(models):
    checks = checks_of(models, "Участниками организации ОДКБ являются семь государств: Армения, Белоруссия, "
                               "Казахстан, Киргизия, Россия и Таджикистан.")
    internal = status_of(checks, "member_count", check="internal")
    assert (internal.value, internal.reference_value, internal.status) == ("7", "6", "disagrees")
    assert status_of(checks, "member_count").status == "disagrees"  # and the reference says 6


def test_article_without_facts_has_no_checks(models):
    checks = checks_of(models, "В Москве прошел концерт.")
    assert checks.empty
    assert list(checks.columns) == [c.name for c in analysis.TABLES["checks"].columns]


# -- the reference on its own ----------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2024", ("2024-01-01", "2024-12-31")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2025-02", ("2025-02-01", "2025-02-28")),
    ("2025-12", ("2025-12-01", "2025-12-31")),
    ("2025-08-31", ("2025-08-31", "2025-08-31")),
    ("2025-08-31/2025-09-01", ("2025-08-31", "2025-09-01")),
    ("2024/2025", ("2024-01-01", "2025-12-31")),
])
def test_period(value, expected):
    assert period(value) == expected


@pytest.mark.parametrize("claim, reference, agrees", [
    ("2002", "2002-05-14", True), ("2002-05", "2002-05-14", True), ("2002-05-14", "2002-05-14", True),
    ("2002-10-07", "2002-05-14", False), ("2003", "2002-05-14", False), ("", "2002", False),
])
def test_matches_date(claim, reference, agrees):
    assert matches_date(claim, reference) is agrees


@pytest.mark.parametrize("value, start, end, expected", [
    ("2025", "2025-09-01", "", True), ("2025-08", "2025-09-01", "", False),
    ("2025-08-31/2025-09-01", "2025-09-01", "2025-09-01", True), ("2026", "2025-01-01", "2025-12-31", False),
])
def test_overlaps(value, start, end, expected):
    assert overlaps(value, start, end) is expected


@pytest.mark.parametrize("org, day, members", [
    ("ОДКБ", "2025-11-27", {"Армения", "Белоруссия", "Казахстан", "Киргизия", "Россия", "Таджикистан"}),
    ("ОДКБ", "2008", {"Армения", "Белоруссия", "Казахстан", "Киргизия", "Россия", "Таджикистан", "Узбекистан"}),
    ("ОДКБ", "1995", {"Армения", "Азербайджан", "Белоруссия", "Грузия", "Казахстан", "Киргизия", "Россия",
                      "Таджикистан", "Узбекистан"}),
    ("ШОС", "2023-07-03", {"Китай", "Казахстан", "Киргизия", "Россия", "Таджикистан", "Узбекистан", "Индия",
                           "Пакистан"}),
    ("ЕАЭС", "2015-06-01", {"Россия", "Белоруссия", "Казахстан", "Армения"}),
])
def test_members_on_a_day(org, day, members):
    assert set(load_reference().members(org, day)) == members


def test_status_after_each_event():
    ref = load_reference()
    assert ref.status("ОДКБ", "Узбекистан", "2007")[0] == "member"
    assert ref.status("ОДКБ", "Узбекистан", "2013")[0] == "suspended"
    assert ref.status("ОДКБ", "Армения", "2025")[0] == "frozen"
    assert ref.status("СНГ", "Грузия", "2010")[0] == "former"
    assert ref.status("СНГ", "Туркмения", "2010")[0] == "associate"
    assert ref.status("СНГ", "Украина", "2025")[0] == "participant"   # never a member state
    assert ref.status("ШОС", "Монголия", "2025-06")[0] == "observer"
    assert ref.status("ШОС", "Монголия", "2025-10")[0] == "partner"   # Tianjin merged the statuses
    assert ref.status("СНГ", "Туркмения", "2000")[0] == "participant"   # never ratified the Charter
    assert ref.status("ШОС", "Индия", "2010")[0] == "observer"
    assert ref.status("ШОС", "Индия", "2018")[0] == "member"
    assert ref.status("ШОС", "Сербия", "2018") == ("", None)


def test_check_command_prints_what_a_reader_should_look_at(capsys):
    from analysis.cli import main

    assert main(["check", str(SEED)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert "status" in lines[0] and len(lines) == 1 + 3  # two needs_context, one not_in_reference
    assert any("Армения" in line and "needs_context" in line for line in lines)
    # the note says why: Armenia's participation is frozen, not ended
    assert any("Армения" in line and "frozen its participation" in line for line in lines)
    assert lines[0].split()[-1] == "note" and not any(line.endswith(" ") for line in lines)
    assert "agrees" not in out
    assert "16 checks, 13 agrees, 2 needs_context, 1 not_in_reference" in err
    assert main(["check", "--all", str(SEED)]) == 0
    assert len(capsys.readouterr()[0].splitlines()) == 1 + 16


def test_membership_timeline_of_uzbekistan_in_the_csto():
    from analysis.fact_views import membership_timeline

    timeline = membership_timeline("ОДКБ", "2025-11-27")
    uzbekistan = timeline[timeline["state"] == "Узбекистан"]
    assert list(zip(uzbekistan["status"], uzbekistan["start"], uzbekistan["end"])) == [
        ("member", "1992-05-15", "1999-04"),      # the treaty, until it lapsed
        ("member", "2006-08-16", "2012-06-20"),   # back, then suspended by the note of 20 June
        ("suspended", "2012-06-20", "2025-11-27"),
    ]
    armenia = timeline[timeline["state"] == "Армения"]
    assert armenia["status"].tolist() == ["member", "frozen"]
