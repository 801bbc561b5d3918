"""Integrity checks on the curated gazetteer ``analysis/data/gazetteer.csv`` (data only, no models)."""
import csv
import re
from collections import defaultdict
from importlib import resources

import pytest

COLUMNS = ["actor_key", "name", "name_en", "kind", "wikidata", "iso", "alias", "source"]
KINDS = {
    "person", "country", "city", "region", "organisation",
    "government_body", "media", "historical_state", "other",
}
ACTOR_FIELDS = ("name", "name_en", "kind", "wikidata", "iso")


def read():
    with resources.files("analysis").joinpath("data/gazetteer.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


FIELDNAMES, ROWS = read()
BY_ALIAS = {row["alias"]: row for row in ROWS}


def test_columns_exact():
    assert FIELDNAMES == COLUMNS
    assert ROWS
    assert all(None not in row and len(row) == len(COLUMNS) for row in ROWS)


def test_unix_line_ends_and_no_stray_whitespace():
    raw = resources.files("analysis").joinpath("data/gazetteer.csv").read_bytes()
    assert b"\r" not in raw
    for row in ROWS:
        for col, value in row.items():
            assert value == value.strip(), (col, value)


def test_kinds_allowed():
    assert {row["kind"] for row in ROWS} <= KINDS


def test_wikidata_format():
    bad = [row["wikidata"] for row in ROWS if row["wikidata"] and not re.fullmatch(r"Q[1-9]\d*", row["wikidata"])]
    assert not bad


def test_iso_only_for_countries():
    for row in ROWS:
        if row["iso"]:
            assert re.fullmatch(r"[A-Z]{3}", row["iso"]), row
            assert row["kind"] == "country", row


def test_every_country_has_iso():
    assert all(row["iso"] for row in ROWS if row["kind"] == "country")


def test_actor_keys_consistent():
    seen = {}
    for row in ROWS:
        assert re.fullmatch(r"[a-z0-9_]+", row["actor_key"]), row["actor_key"]
        fields = tuple(row[f] for f in ACTOR_FIELDS)
        assert seen.setdefault(row["actor_key"], fields) == fields, row["actor_key"]


def test_distinct_actor_attributes():
    """No two actors share a canonical name, a QID or an ISO code."""
    for field in ("name", "wikidata", "iso"):
        owners = defaultdict(set)
        for row in ROWS:
            if row[field]:
                owners[row[field]].add(row["actor_key"])
        assert not {v: k for v, k in owners.items() if len(k) > 1}, field


def test_no_duplicate_rows_and_alias_unique():
    pairs = [(row["actor_key"], row["alias"]) for row in ROWS]
    assert len(pairs) == len(set(pairs))
    owners = defaultdict(set)
    for row in ROWS:
        owners[row["alias"]].add(row["actor_key"])
    assert not {alias: keys for alias, keys in owners.items() if len(keys) > 1}


def test_canonical_name_is_an_alias():
    aliases = defaultdict(set)
    for row in ROWS:
        aliases[row["actor_key"]].add(row["alias"])
    assert all(row["name"] in aliases[row["actor_key"]] for row in ROWS)


def test_required_text_fields():
    for row in ROWS:
        assert row["actor_key"] and row["name"] and row["alias"], row
        assert row["name_en"], row
        assert row["source"], row


@pytest.mark.parametrize("alias", ["СМИ", "ВПК"])
def test_common_nouns_absent(alias):
    assert alias not in BY_ALIAS


@pytest.mark.parametrize(
    ("alias", "name", "kind"),
    [
        ("РФ", "Россия", "country"),
        ("Российская Федерация", "Россия", "country"),
        ("Кыргызстан", "Киргизия", "country"),
        ("Беларусь", "Белоруссия", "country"),
        ("Республика Беларусь", "Белоруссия", "country"),
        ("Соединенные Штаты Америки", "США", "country"),
        ("Организация Договора о коллективной безопасности", "ОДКБ", "organisation"),
        ("Шанхайская организация сотрудничества", "ШОС", "organisation"),
        ("Евразийский экономический союз", "ЕАЭС", "organisation"),
        ("Евросоюз", "ЕС", "organisation"),
        ("Кремль", "Кремль", "government_body"),
        ("МИД РФ", "МИД России", "government_body"),
        ("Советский Союз", "СССР", "historical_state"),
        ("Нур-Султан", "Астана", "city"),
        ("ИТАР-ТАСС", "ТАСС", "media"),
        ("Путин", "Владимир Путин", "person"),
        ("Владимир Владимирович Путин", "Владимир Путин", "person"),
        ("Зась", "Станислав Зась", "person"),
    ],
)
def test_lookup(alias, name, kind):
    row = BY_ALIAS[alias]
    assert (row["name"], row["kind"]) == (name, kind)


@pytest.mark.parametrize(
    ("actor_key", "qid", "iso"),
    [("russia", "Q159", "RUS"), ("kyrgyzstan", "Q813", "KGZ"), ("putin_vladimir", "Q7747", ""), ("moscow", "Q649", "")],
)
def test_identifiers(actor_key, qid, iso):
    row = next(row for row in ROWS if row["actor_key"] == actor_key)
    assert (row["wikidata"], row["iso"]) == (qid, iso)
