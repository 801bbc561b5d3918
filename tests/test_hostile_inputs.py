"""Hostile inputs: one bad row never costs a run, no silent garbage, bounded reads, clear exits.

Each test is a case that once broke a run (a traceback, a hang, a lost input, a duplicated or
mislabelled article, garbled text accepted as an article); the expected values are read off the
inputs written here.
"""

import codecs
import json
import os
import random
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.engines
import analysis.pipeline
from analysis import ArticleError, decode_bytes
from analysis.cli import EXIT_SOME_FAILED, EXIT_USAGE, EXIT_WORKER_LOST, main
from analysis.decoding import read_bytes
from analysis.inputs import collect_inputs, with_texts
from analysis.outputs import csv_bytes
from analysis.corpus import load_article
from analysis.reports import cached_tables, index_page
from analysis.tables import read_tables

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt"

GOOD_1 = "Путин прибыл в Бишкек\n\nБИШКЕК, 25 ноября. /ТАСС/. Президент России прибыл с визитом."
GOOD_2 = "Лавров провел переговоры\n\nМОСКВА, 24 ноября. /ТАСС/. Министр провел переговоры."
SURROGATE_LINE = '{"id":"s1","text":"Путин заявил \\ud800 об ОДКБ."}'


def random_bytes(seed, size, low):
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(size))


def jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good_line(article_id, text):
    return json.dumps({"id": article_id, "text": text}, ensure_ascii=False)


def run(*args):
    return main([str(a) for a in args])


def errors_of(out):
    return read_tables(out)["errors"].values.tolist()


# --- 3. a lone surrogate is one errors.csv row, never a lost run ------------------------------------

@pytest.fixture
def surrogate_archive(tmp_path):
    return jsonl(tmp_path / "wire.jsonl", [good_line("g1", GOOD_1), SURROGATE_LINE, good_line("g2", GOOD_2)])


@pytest.mark.parametrize("options", [[], ["--format", "parquet"]], ids=["csv", "parquet"])
def test_lone_surrogate_in_jsonl_is_one_error_row(surrogate_archive, tmp_path, options):
    out = tmp_path / "out"
    assert run("extract", surrogate_archive, "--out", out, *options) == EXIT_SOME_FAILED
    if options:
        articles = pd.read_parquet(out / "articles")
        errors = pd.read_parquet(out / "errors").values.tolist()
    else:
        articles, errors = read_tables(out)["articles"], errors_of(out)
    assert articles.article_id.tolist() == ["g1", "g2"]
    ((path, error),) = errors
    assert path == "%s#1" % surrogate_archive
    assert error.startswith("line 2: text holds a lone surrogate U+D800 at character 13")


def test_lone_surrogate_with_resume_and_the_api(surrogate_archive, tmp_path, models):
    out = tmp_path / "out"
    assert run("extract", surrogate_archive, "--out", out) == EXIT_SOME_FAILED
    # every row is logged, the bad one too: the resumed run has nothing left to do
    assert run("extract", surrogate_archive, "--out", out, "--resume") == 0
    assert read_tables(out)["articles"].article_id.tolist() == ["g1", "g2"]
    assert len(read_tables(out)["errors"]) == 1
    tables = analysis.extract(surrogate_archive, models=models)
    assert tables["articles"].article_id.tolist() == ["g1", "g2"]
    assert tables["errors"].path.tolist() == ["%s#1" % surrogate_archive]


def test_check_command_reports_the_surrogate_row(surrogate_archive, capsys):
    assert run("check", surrogate_archive) == EXIT_SOME_FAILED
    assert "lone surrogate" in capsys.readouterr().err


def test_csv_bytes_escapes_what_utf8_cannot_hold():
    assert csv_bytes([["a\udcffb.txt", "x"]]) == b"a\\udcffb.txt,x\n"


# --- 4. archives: bad lines and rows are rows of errors.csv; other encodings decoded ----------------

def test_a_bad_json_line_costs_only_itself(tmp_path):
    archive = jsonl(tmp_path / "wire.jsonl", [good_line("g1", GOOD_1), "{not json", "[1, 2]",
                                               '{"id": "n", "text": 5}', '{"id": "m"}',
                                               '{"id": "c\\u0007", "text": "Текст"}', "[" * 100000 + "]" * 100000,
                                               good_line("g2", GOOD_2)])
    single = tmp_path / "single.txt"
    single.write_text(GOOD_2, encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", archive, single, "--out", out) == EXIT_SOME_FAILED
    assert read_tables(out)["articles"].article_id.tolist() == ["g1", "g2", "single"]
    assert errors_of(out) == [
        ["%s#1" % archive, "line 2 is not JSON: Expecting property name enclosed in double quotes at column 2"],
        ["%s#2" % archive, "line 3 is not a JSON object"],
        ["%s#3" % archive, "line 4: field 'text' is not a string"],
        ["%s#4" % archive, "line 5 has no string field 'text'"],
        ["%s#5" % archive, "line 6: field 'id' holds control characters or lone surrogates"],
        ["%s#6" % archive, "line 7 is JSON nested too deeply to read"],
    ]


@pytest.mark.parametrize("text, reason", [
    ("", "empty or whitespace only"),
    ("   \n\t", "empty or whitespace only"),
    ("\x01\x02\x03\x04\x05 ОДКБ", "binary content: 5 control characters"),
    ("12345 !!!", "no Russian or Latin text: 0 of 8 visible characters"),
], ids=["empty", "blank", "controls", "no-letters"])
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_archive_rows_pass_the_checks_files_pass(tmp_path, models, text, reason, kind):
    if kind == "jsonl":
        archive = jsonl(tmp_path / "wire.jsonl", [good_line("g1", GOOD_1), good_line("bad", text)])
        line = 2
    else:
        archive = tmp_path / "wire.csv"
        pd.DataFrame({"id": ["g1", "bad"], "text": [GOOD_1, text]}).to_csv(archive, index=False)
        line = 2 + GOOD_1.count("\n") + 1  # the header, then the first row's lines
    tables = analysis.extract(archive, models=models)
    assert tables["articles"].article_id.tolist() == ["g1"]
    ((path, error),) = tables["errors"].values.tolist()
    assert path == "%s#1" % archive
    assert error.startswith("line %d: %s" % (line, reason))


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r", "utf-16"])
def test_archives_in_other_encodings_are_decoded_like_files(tmp_path, models, codec):
    rows = [good_line("g1", GOOD_1), good_line("g2", GOOD_2)]
    archive = tmp_path / "wire.jsonl"
    archive.write_bytes(("\n".join(rows) + "\n").encode(codec))
    table = tmp_path / "wire2.csv"
    pd.DataFrame({"id": ["c1"], "text": [GOOD_2]}).to_csv(table, index=False, encoding=codec)
    tables = analysis.extract([archive, table], models=models)
    assert tables["errors"].values.tolist() == []
    assert tables["articles"].title.tolist() == ["Путин прибыл в Бишкек", "Лавров провел переговоры",
                                                 "Лавров провел переговоры"]
    assert tables["articles"].encoding.tolist() == [codec] * 3  # the codec the archive was read with


def test_an_archive_of_binary_data_is_one_error_row_and_the_rest_runs(tmp_path, models):
    archive = tmp_path / "noise.jsonl"
    archive.write_bytes(b"\x00\x01\x02\x03" * 100)
    single = tmp_path / "single.txt"
    single.write_text(GOOD_2, encoding="utf-8")
    tables = analysis.extract([archive, single], models=models)
    assert tables["articles"].article_id.tolist() == ["single"]
    assert tables["errors"].values.tolist() == [
        ["%s#0" % archive, "archive: binary content: 400 control bytes in the first 400 bytes"]]


def test_an_archive_no_codec_reads_costs_its_lines_not_the_run(tmp_path, models):
    noise = random_bytes(1, 2000, 128)  # no line break, no ASCII: one line that is not JSON
    archive = tmp_path / "noise.jsonl"
    archive.write_bytes(good_line("g1", GOOD_1).encode("utf-8") + b"\n" + noise + b"\n")
    tables = analysis.extract(archive, models=models)
    assert tables["articles"].article_id.tolist() == ["g1"]
    assert tables["errors"].values.tolist() == [
        ["%s#1" % archive, "line 2 is not JSON: Expecting value at column 1"]]


def test_bytes_an_archive_codec_cannot_decode_cost_their_row(tmp_path, models):
    archive = tmp_path / "wire.jsonl"
    archive.write_bytes(good_line("g1", GOOD_1).encode("utf-8") + b"\n" +
                        b'{"id": "b", "text": "\xff\xfe \xd0\x9f"}\n' + good_line("g2", GOOD_2).encode("utf-8"))
    tables = analysis.extract(archive, models=models)
    assert tables["articles"].article_id.tolist() == ["g1", "g2"]
    ((path, error),) = tables["errors"].values.tolist()
    assert error.startswith("line 2: text holds a lone surrogate U+DCFF at character 0")


def test_a_csv_error_stops_the_archive_with_a_row_saying_so(tmp_path):
    # a quoted text of many short lines, longer than the csv module's field limit: after the error
    # the reader would take the rest of that text for records, so the archive stops there
    long_text = "Текст статьи.\n" * 12000  # 168,000 characters, each line under the size limit
    archive = tmp_path / "wire.csv"
    pd.DataFrame({"id": ["g1", "long", "g2"], "text": [GOOD_1, long_text, GOOD_2]}).to_csv(archive, index=False)
    inputs = collect_inputs([archive], max_bytes=1000)
    assert [(i.article_id, i.error) for i in inputs] == [
        ("g1", ""),
        ("wire-1", "line 5 is not CSV: field larger than field limit (131072); the rest of the archive "
                   "is not read")]


def test_an_over_long_archive_line_is_skipped_not_read_whole(tmp_path):
    archive = jsonl(tmp_path / "wire.jsonl", [good_line("g1", GOOD_1), good_line("big", "Текст " * 50),
                                               good_line("g2", GOOD_2)])
    inputs = list(with_texts(collect_inputs([archive], max_bytes=200), max_bytes=200))
    assert [(i.article_id, i.error) for i in inputs] == [
        ("g1", ""), ("wire-1", "line 2 is over the size limit of 200 bytes"), ("g2", "")]
    assert inputs[2].text == GOOD_2


# --- 5. reports: each input its own article_id, links that survive '#' -------------------------------

def test_a_copy_gets_its_own_tables_from_one_extraction(tmp_path, models, monkeypatch):
    calls = []
    real = analysis.pipeline.extract_to
    monkeypatch.setattr(analysis.pipeline, "extract_to", lambda *a, **k: calls.append(1) or real(*a, **k))
    alpha, beta = tmp_path / "alpha.txt", tmp_path / "beta.txt"
    shutil.copyfile(SEED, alpha)
    shutil.copyfile(SEED, beta)
    cache = tmp_path / "cache"
    folders = {p.stem: cached_tables(p, cache, models=models) for p in (alpha, beta)}
    assert len(calls) == 1  # the same bytes are extracted once
    for name, path in (("alpha", alpha), ("beta", beta)):
        article, tables = load_article(path, folders[name])
        assert tables["articles"].values.tolist()[0][:2] == [name, str(path)]
        assert len(tables["mentions"]) > 0 and len(tables["actors"]) > 0  # not "0 mentions of 0 actors"
    a, b = (read_tables(folders[n]) for n in ("alpha", "beta"))
    for name in a:
        pd.testing.assert_frame_equal(a[name].drop(columns=["article_id", "path"], errors="ignore"),
                                      b[name].drop(columns=["article_id", "path"], errors="ignore"))
    gamma = tmp_path / "gamma.txt"  # alpha renamed
    alpha.rename(gamma)
    article, tables = load_article(gamma, cached_tables(gamma, cache, models=models))
    assert tables["articles"].article_id.tolist() == ["gamma"] and len(tables["tokens"]) > 0
    assert len(calls) == 1


def test_index_links_quote_a_hash_in_a_file_name():
    page = index_page([("a#1", "Title", [("01-reading", "a#1--01-reading.html")])], [],
                      [("05-compare", "corpus--05 compare.html")])
    assert 'href="a%231--01-reading.html"' in page
    assert 'href="corpus--05%20compare.html"' in page


# --- 6. --resume after an input changed: replaced, never duplicated ----------------------------------

@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_resume_after_a_change_replaces_that_articles_rows(tmp_path, format):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"a": GOOD_1, "b": GOOD_2, "c": "Саммит ШОС прошел\n\nЛидеры приняли декларацию."}
    for name, text in texts.items():
        (folder / ("%s.txt" % name)).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", folder, "--out", out, "--format", format) == 0
    (folder / "b.txt").write_text("Лавров улетел из Минска\n\nМинистр улетел.", encoding="utf-8")
    assert run("extract", folder, "--out", out, "--format", format, "--resume") == 0
    fresh = tmp_path / "fresh"
    assert run("extract", folder, "--out", fresh, "--format", format) == 0
    if format == "csv":
        resumed, expected = read_tables(out), read_tables(fresh)
    else:
        resumed, expected = ({t.name: pd.read_parquet(t) for t in o.iterdir() if t.is_dir()} for o in (out, fresh))
    assert resumed["articles"].article_id.tolist() == ["a", "c", "b"]  # the changed one comes last
    for name, table in expected.items():
        key = [c for c in table.columns]
        assert (resumed[name].sort_values(key).reset_index(drop=True).values.tolist()
                == table.sort_values(key).reset_index(drop=True).values.tolist()), name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [i["article_id"] for i in manifest["inputs"]] == ["a", "c", "b"]


@pytest.mark.parametrize("first, second", [("csv", "parquet"), ("parquet", "csv")])
def test_resume_in_another_format_is_a_usage_error(tmp_path, capsys, first, second):
    article = tmp_path / "a.txt"
    article.write_text(GOOD_1, encoding="utf-8")
    assert run("extract", article, "--out", tmp_path / "out", "--format", first) == 0
    assert run("extract", article, "--out", tmp_path / "out", "--format", second, "--resume") == EXIT_USAGE
    assert "resume with --format %s" % first in capsys.readouterr().err


# --- 7. garbled text is not an article ------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    ("ПУТИН НАЗВАЛ ЦЕЛИ ОДКБ".encode("cp1251"), ("ПУТИН НАЗВАЛ ЦЕЛИ ОДКБ", "cp1251")),
    ("ПУТИН НАЗВАЛ ЦЕЛИ ОДКБ".encode("koi8_r"), ("ПУТИН НАЗВАЛ ЦЕЛИ ОДКБ", "koi8_r")),
    ("ОДКБ ШОС".encode("cp1251"), ("ОДКБ ШОС", "cp1251")),
    ("ОДКБ ШОС".encode("koi8_r"), ("ОДКБ ШОС", "koi8_r")),
    ("Саммит ОДКБ пройдет в Москве".encode("cp866"), ("Саммит ОДКБ пройдет в Москве", "cp866")),
    # a real word beats a decoding that is all short capitals (which could be acronyms)
    ("30 июля".encode("cp1251"), ("30 июля", "cp1251")),
    ("30 июля".encode("koi8_r"), ("30 июля", "koi8_r")),
    # letters of Serbian or Macedonian (Љ, Ћ) are no acronym of Russian
    ("КОСМОС".encode("cp866"), ("КОСМОС", "cp866")),
], ids=["caps-cp1251", "caps-koi8", "acronyms-cp1251", "acronyms-koi8", "cp866", "word-cp1251",
        "word-koi8", "caps-cp866"])
def test_codec_chosen_by_how_russian_the_text_reads(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data, reason", [
    ("Viele Grüße aus München".encode("latin-1"), "does not read as Russian"),
    (random_bytes(7, 4000, 32), "does not read as Russian"),
], ids=["latin-1", "random-bytes"])
def test_no_convincing_codec_is_refused(data, reason):
    with pytest.raises(ArticleError) as info:
        decode_bytes(data, name="x.txt")
    assert reason in info.value.reason and "--encoding" in info.value.reason


def test_mac_cyrillic_only_when_asked_for():
    data = "Путин прибыл в Бишкек на саммит ОДКБ".encode("mac_cyrillic")
    assert decode_bytes(data, encoding="mac-cyrillic") == ("Путин прибыл в Бишкек на саммит ОДКБ",
                                                           "mac_cyrillic")
    try:
        assert decode_bytes(data)[1] != "mac_cyrillic"
    except ArticleError:
        pass


# --- 9. smaller: clear messages and exits, odd files, BOMs, UTF-16 without BOM ------------------------

@pytest.mark.parametrize("encoding, message", [
    ("base64", "'base64' is not a text encoding"),
    ("rot13", "'rot13' is not a text encoding"),
    ("no-such-codec", "unknown encoding"),
])
def test_a_bad_encoding_option_is_a_usage_error(tmp_path, capsys, encoding, message):
    assert run("extract", SEED, "--out", tmp_path, "--encoding", encoding) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_an_aliases_field_over_the_csv_limit_is_a_usage_error(tmp_path, capsys):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("actor_key,name,name_en,kind,wikidata,iso,alias,source\n"
                       "x,%s,X,person,,,X,me\n" % ("Я" * 200_000), encoding="utf-8")
    import csv
    limit = csv.field_size_limit(131072)  # the csv module's default, whatever ran before
    try:
        assert run("extract", SEED, "--out", tmp_path / "out", "--aliases", aliases) == EXIT_USAGE
    finally:
        csv.field_size_limit(limit)
    assert "aliases.csv" in capsys.readouterr().err


def die_in_worker(*args, **kwargs):
    os._exit(9)  # as if killed by the out-of-memory killer


def test_a_dead_worker_has_its_own_exit_code(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(analysis.engines, "process_batch", die_in_worker)
    code = run("extract", SEED, "--out", tmp_path, "--jobs", "2")
    assert code == EXIT_WORKER_LOST == 3
    assert "--resume" in capsys.readouterr().err
    assert (tmp_path / "manifest.json").exists()  # the output is closed properly, ready to resume


def test_folder_scan_reports_what_it_cannot_read(tmp_path, models):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copyfile(SEED, folder / "UPPER.TXT")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    tables = analysis.extract(folder, models=models)
    assert tables["articles"].article_id.tolist() == ["UPPER"]
    assert [(Path(p).relative_to(folder).as_posix(), e) for p, e in tables["errors"].values.tolist()] == [
        ("a.txt", "cannot be read: a symbolic link loop"),
        ("b.txt", "cannot be read: a symbolic link loop"),
        ("dangling.txt", "cannot be read: a dangling symbolic link (to nowhere.txt, which does not exist)"),
        ("pipe.txt", "is a FIFO (named pipe), not a regular file"),
        ("sub/up", "symbolic link loop: leads back to %s" % os.path.realpath(folder)),
    ]


def test_a_fifo_given_directly_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = []

    def read():
        try:
            read_bytes(fifo)
        except ArticleError as exc:
            outcome.append(exc.reason)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the thread: open the FIFO for writing
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert outcome == ["is a FIFO (named pipe), not a regular file"]


def test_a_device_is_refused_not_read_forever():
    with pytest.raises(ArticleError) as info:
        read_bytes("/dev/zero", max_bytes=1000)
    assert info.value.reason == "is a character device, not a regular file"


def test_bom_file_with_encoding_utf8_reports_utf8_sig(tmp_path, models):
    article = tmp_path / "bom.txt"
    article.write_bytes(codecs.BOM_UTF8 + GOOD_1.encode("utf-8"))
    assert run("extract", article, "--out", tmp_path / "out", "--encoding", "utf-8") == 0
    tables = read_tables(tmp_path / "out")
    (encoding,) = tables["articles"].encoding.tolist()
    assert encoding == "utf-8-sig"
    text = article.read_bytes().decode(encoding)  # decoding by the column gives the offsets' text
    for row in tables["parts"].itertuples():
        assert text[row.start:row.end] == row.text


def test_seed_with_three_invalid_bytes_names_them():
    data = SEED.read_bytes()
    at = data.index(b"\n") + 1  # after the first line: between two characters
    assert at == 121
    damaged = data[:at] + b"\xff\xfe\xfd" + data[at:]
    with pytest.raises(ArticleError) as info:
        decode_bytes(damaged, name="seed.txt")
    assert info.value.reason.startswith(
        "not valid UTF-8: 3 invalid byte sequences (0xff at byte 121, 0xfe at byte 122, 0xfd at byte 123)")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec):
    text = SEED.read_text(encoding="utf-8")
    assert decode_bytes(text.encode(codec)) == (text, codec)


def test_a_file_name_that_is_not_utf8_is_an_error_row_not_a_crash(tmp_path, models):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"\xff\xfe.txt"), "wb") as f:  # a cp1251 era name
        f.write(GOOD_1.encode("utf-8"))
    (folder / "good.txt").write_text(GOOD_2, encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", folder, "--out", out) == EXIT_SOME_FAILED
    assert read_tables(out)["articles"].article_id.tolist() == ["good"]
    assert errors_of(out) == [["%s/\\xff\\xfe.txt" % folder,
                               "file name is not valid UTF-8 or holds control characters; rename it"]]


def test_linked_folders_are_followed_once(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.txt").write_text(GOOD_1, encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "near.txt").write_text(GOOD_2, encoding="utf-8")
    (folder / "a_link").symlink_to("real")      # the same folder again: its files are in already
    (folder / "far").symlink_to(outside)        # another folder: followed
    inputs = collect_inputs([folder])           # no clash of near.txt with itself
    assert [(Path(i.path).relative_to(folder).as_posix(), i.error) for i in inputs] == [
        ("far/far.txt", ""), ("real/near.txt", "")]
