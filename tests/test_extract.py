"""The extract command and API: tables, offsets, ids, errors per file, exit codes, determinism."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.cli import main
from analysis.schema import TABLES, columns
from analysis.tables import read_tables

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt"
SEED_ID = "000_bd6c12ab9fdbdd52"


@pytest.fixture(scope="module")
def seed_tables():
    return analysis.extract(SEED, models=analysis.load_models())


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_bytes().decode("utf-8")


def test_tables_have_the_schema_columns(seed_tables):
    assert set(seed_tables) == {"articles", "parts", "sentences", "tokens", "mentions", "actors", "roles",
                                "quotes", "priorities", "dates", "facts", "checks", "errors", "ner_spans"}
    for name, df in seed_tables.items():
        assert list(df.columns) == columns(name)


@pytest.mark.parametrize("table", ["parts", "sentences", "tokens"])
def test_offsets_reproduce_the_text(seed_tables, seed_text, table):
    df = seed_tables[table]
    assert len(df) > 0
    for row in df.itertuples():
        assert seed_text[row.start:row.end] == row.text


@pytest.mark.parametrize("table, id_column", [("parts", "part_id"), ("sentences", "sentence_id"),
                                              ("tokens", "token_id")])
def test_ids_count_from_zero_in_text_order(seed_tables, table, id_column):
    df = seed_tables[table]
    assert df[id_column].tolist() == list(range(len(df)))
    assert df["start"].is_monotonic_increasing


def test_sentences_stay_inside_their_part(seed_tables):
    parts = seed_tables["parts"].set_index("part_id")
    for s in seed_tables["sentences"].itertuples():
        part = parts.loc[s.part_id]
        assert part.start <= s.start < s.end <= part.end
    assert "date_header" not in set(parts.loc[seed_tables["sentences"].part_id.unique(), "kind"])


def test_tokens_stay_inside_their_sentence(seed_tables):
    sentences = seed_tables["sentences"].set_index("sentence_id")
    for t in seed_tables["tokens"].itertuples():
        s = sentences.loc[t.sentence_id]
        assert s.start <= t.start < t.end <= s.end


def test_seed_article_row(seed_tables):
    row = seed_tables["articles"].iloc[0].to_dict()
    assert row == {
        "article_id": SEED_ID, "path": str(SEED), "encoding": "utf-8", "date": "2025-11-27",
        "title": "Путин назвал цели ОДКБ на время председательства России",
        "subtitle": "Ими станут развитие сотрудничества и ВПК",
        "editorial": "Редакция сайта ТАСС", "photo_caption": "",
        "photo_credit": "© Михаил Метцель/ POOL/ ТАСС", "dateline_place": "Бишкек",
        "dateline_date": "2025-11-27", "agency": "ТАСС",
        "n_parts": len(seed_tables["parts"]), "n_sentences": len(seed_tables["sentences"]),
        "warnings": "",
    }


@pytest.mark.parametrize("text, lemma, pos", [
    # hand-checked against the seed's words
    ("назвал", "назвать", "VERB"),
    ("станут", "стать", "VERB"),
    ("приоритетами", "приоритет", "NOUN"),
    ("оборонно-промышленных", "оборонно-промышленный", "ADJ"),
    ("Киргизию", "киргизия", "PROPN"),
    ("журналистам", "журналист", "NOUN"),
])
def test_seed_lemmas_and_parts_of_speech(seed_tables, text, lemma, pos):
    tokens = seed_tables["tokens"]
    found = tokens[tokens.text == text]
    assert len(found) >= 1
    assert (found.lemma == lemma).all() and (found.pos == pos).all()


def test_seed_sentences_are_not_split_inside_the_quote(seed_tables):
    texts = seed_tables["sentences"].text.tolist()
    assert "Приоритетов много." in [t.lstrip('"') for t in texts]
    assert any(t.startswith("Образована 14 мая 2002 года") for t in texts)


def test_extract_text_matches_extract_of_the_file(seed_tables, seed_text):
    tables = analysis.extract_text(seed_text, article_id=SEED_ID)
    for name in ("parts", "sentences", "tokens"):
        pd.testing.assert_frame_equal(tables[name], seed_tables[name])


# --- the command -------------------------------------------------------------------------------

def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write(folder / "a_seed.txt", SEED.read_bytes())
    write(folder / "nested" / "b_cp1251.txt",
          " date 2025-11-24 Лавров провел переговоры\n\nМОСКВА, 24 ноября. /ТАСС/. Министр иностранных "
          "дел России Сергей Лавров провел переговоры с коллегой из Казахстана.\n".encode("cp1251"))
    write(folder / "c_empty.txt", b"  \n\n ")
    write(folder / "d_binary.txt", b"\x00\x01\x02\x89PNG\x00\x00")
    write(folder / "ignored.md", "# not an article".encode())
    return folder


def run_cli(*args):
    return main([str(a) for a in args])


def test_cli_writes_every_table_and_reports_failures_per_file(corpus, tmp_path):
    out = tmp_path / "out"
    assert run_cli("extract", corpus, "--out", out) == 1
    for name in ("articles", "parts", "sentences", "tokens", "errors"):
        assert (out / ("%s.csv" % name)).exists()
    tables = read_tables(out)
    assert tables["articles"].article_id.tolist() == ["a_seed", "b_cp1251"]
    assert tables["articles"].encoding.tolist() == ["utf-8", "cp1251"]
    errors = tables["errors"]
    assert [Path(p).name for p in errors.path] == ["c_empty.txt", "d_binary.txt"]
    assert "empty" in errors.error[0] and "binary" in errors.error[1]


def test_cli_tables_equal_the_api_tables(corpus, tmp_path):
    out = tmp_path / "out"
    run_cli("extract", corpus, "--out", out)
    from_csv = read_tables(out)
    from_api = analysis.extract(corpus)
    for name in ("articles", "parts", "sentences", "tokens", "errors"):
        pd.testing.assert_frame_equal(from_csv[name], from_api[name])


def test_cli_output_is_byte_identical_across_runs(corpus, tmp_path):
    run_cli("extract", corpus, "--out", tmp_path / "one")
    run_cli("extract", corpus, "--out", tmp_path / "two")
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_csv_files_use_unix_line_ends_and_utf8(corpus, tmp_path):
    run_cli("extract", corpus, "--out", tmp_path)
    data = (tmp_path / "parts.csv").read_bytes()
    assert b"\r\n" not in data.replace(b'"', b"")[:200]
    assert data.decode("utf-8").startswith("article_id,part_id,kind,start,end,text\n")


def test_manifest_records_versions_sizes_and_hashes(corpus, tmp_path):
    run_cli("extract", corpus, "--out", tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["versions"]["natasha"]
    assert manifest["versions"]["analysis"] == analysis.__version__
    seed = next(i for i in manifest["inputs"] if i["article_id"] == "a_seed")
    assert seed["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed["size"] == SEED.stat().st_size and seed["status"] == "ok"
    # folder order: sorted relative paths, so nested/b_cp1251.txt comes after d_binary.txt
    assert [i["status"] for i in manifest["inputs"]] == ["ok", "error", "error", "ok"]


def test_all_good_inputs_exit_zero_and_write_empty_errors_table(tmp_path):
    assert run_cli("extract", SEED, "--out", tmp_path) == 0
    assert (tmp_path / "errors.csv").read_text(encoding="utf-8") == "path,error\n"


def test_a_missing_file_is_a_failed_input_not_a_crash(tmp_path):
    assert run_cli("extract", SEED, tmp_path / "nope.txt", "--out", tmp_path / "out") == 1
    errors = read_tables(tmp_path / "out")["errors"]
    assert errors.path.tolist() == [str(tmp_path / "nope.txt")]
    assert "cannot be read" in errors.error[0]


@pytest.mark.parametrize("make_args", [
    lambda tmp: ["extract", tmp / "empty_folder", "--out", tmp / "out"],              # no inputs
    lambda tmp: ["extract", tmp / "x" / "same.txt", tmp / "y" / "same.txt", "--out", tmp / "out"],
    lambda tmp: ["extract", SEED, "--out", tmp / "a_file" / "out"],                     # unwritable
    lambda tmp: ["extract", SEED],                                                       # no --out
    lambda tmp: ["frobnicate"],
])
def test_usage_errors_exit_two(tmp_path, make_args):
    (tmp_path / "empty_folder").mkdir()
    write(tmp_path / "x" / "same.txt", SEED.read_bytes())
    write(tmp_path / "y" / "same.txt", SEED.read_bytes())
    write(tmp_path / "a_file", b"")
    assert run_cli(*make_args(tmp_path)) == 2


def test_clashing_article_ids_name_both_files(tmp_path, capsys):
    a = write(tmp_path / "x" / "same.txt", SEED.read_bytes())
    b = write(tmp_path / "y" / "same.txt", SEED.read_bytes())
    assert run_cli("extract", a, b, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert str(a) in err and str(b) in err


def test_module_entry_point_runs():
    done = subprocess.run([sys.executable, "-m", "analysis", "extract"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "usage" in done.stderr


def test_every_table_is_in_the_codebook():
    book = analysis.codebook()
    for table in TABLES.values():
        assert "`%s.csv`" % table.name in book
        for column in table.columns:
            assert "`%s`" % column.name in book


def test_committed_codebook_is_up_to_date():
    committed = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert committed == analysis.codebook(), "run: python -m analysis codebook --out docs/codebook.md"


@pytest.mark.parametrize("word, text, lemma, pos", [
    # the token keeps its soft hyphen (offsets), the models and the lemma do not see it
    ("сотрудничества", "сотруд\u00adничества", "сотрудничество", "NOUN"),
    ("взаимодействия", "взаимо\u00adдей\u00adствия", "взаимодействие", "NOUN"),
    ("укрепление", "укреп\u200bление", "укрепление", "NOUN"),
])
def test_invisible_characters_stay_in_the_text_but_not_in_the_lemma(word, text, lemma, pos):
    tables = analysis.extract_text("Заголовок\n\nМОСКВА, 1 июня. /ТАСС/. Развитие %s стран важно." % text)
    token = tables["tokens"][tables["tokens"].text == text]
    assert len(token) == 1
    assert (token.lemma.iloc[0], token.pos.iloc[0]) == (lemma, pos)


def test_ner_spans_are_natashas_spans_inside_parts(seed_tables, seed_text):
    spans = seed_tables["ner_spans"]
    parts = seed_tables["parts"].set_index("part_id")
    assert {"PER", "LOC", "ORG"} >= set(spans.ner_type)
    for span in spans.itertuples():
        assert seed_text[span.start:span.end] == span.text
        assert parts.loc[span.part_id, "start"] <= span.start < span.end <= parts.loc[span.part_id, "end"]
    # natasha, not the actors step: the sector word ВПК is still there as an organisation
    assert "ВПК" in set(spans[spans.ner_type == "ORG"].text)
