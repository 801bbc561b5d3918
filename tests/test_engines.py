"""Engines, formats, resuming and archive inputs: whatever the route, the same tables."""

import json
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.engines
import analysis.pipeline
import analysis.outputs
from analysis.cli import main
from analysis.inputs import collect_inputs
from analysis.tables import read_tables

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt"
TABLE_FILES = ("articles.csv", "parts.csv", "sentences.csv", "tokens.csv", "errors.csv", "manifest.json")

ARTICLES = {
    "a_lavrov": " date 2025-11-24 Лавров провел переговоры\n\nМОСКВА, 24 ноября. /ТАСС/. Министр "
                "иностранных дел России Сергей Лавров провел переговоры с коллегой из Казахстана.\n",
    "b_sco": "Саммит ШОС прошел в Тяньцзине\n\nТЯНЬЦЗИНЬ (Китай), 1 сен — РИА Новости. Лидеры стран "
             "ШОС приняли декларацию.Текст опубликован на сайте организации.\n",
    "c_belta": " date 2025-10-20 Лукашенко встретился с губернатором\n\n20 октября, Минск /Корр. "
               "БЕЛТА/. Президент Белоруссии Александр Лукашенко провел встречу.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "000_seed.txt").write_bytes(SEED.read_bytes())
    for name, text in ARTICLES.items():
        (folder / ("%s.txt" % name)).write_text(text, encoding="utf-8")
    (folder / "d_empty.txt").write_bytes(b"\n \n")
    return folder


@pytest.fixture(scope="module")
def serial_out(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    assert main(["extract", str(corpus), "--out", str(out)]) == 1
    return out


def assert_same_files(one, two, names=TABLE_FILES):
    for name in names:
        assert (Path(one) / name).read_bytes() == (Path(two) / name).read_bytes(), name


def test_two_worker_processes_give_byte_identical_output(corpus, serial_out, tmp_path):
    assert main(["extract", str(corpus), "--out", str(tmp_path), "--jobs", "2"]) == 1
    assert_same_files(serial_out, tmp_path)


def test_dask_local_cluster_of_two_workers_gives_identical_tables(corpus, serial_out, tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        assert len(cluster.workers) == 2
        code = main(["extract", str(corpus), "--out", str(tmp_path), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address])
    assert code == 1
    assert_same_files(serial_out, tmp_path)


def test_scheduler_without_dask_engine_is_a_usage_error(corpus, tmp_path):
    assert main(["extract", str(corpus), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]) == 2


def test_parquet_partitions_hold_the_same_rows_as_csv(corpus, serial_out, tmp_path, monkeypatch):
    monkeypatch.setattr(analysis.outputs, "PARTITION_SIZE", 2)
    assert main(["extract", str(corpus), "--out", str(tmp_path), "--format", "parquet"]) == 1
    # 5 inputs in partitions of 2 articles: part-00000..part-00002 for every table
    for table in ("articles", "parts", "sentences", "tokens", "errors"):
        parts = sorted(p.name for p in (tmp_path / table).glob("*.parquet"))
        assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"], table
        from_parquet = pd.read_parquet(tmp_path / table).reset_index(drop=True)
        from_csv = read_tables(serial_out)[table]
        assert from_parquet.astype(object).values.tolist() == from_csv.astype(object).values.tolist()
    assert_same_files(serial_out, tmp_path, names=("manifest.json",))


def test_parquet_output_is_byte_identical_across_runs(corpus, tmp_path):
    for run in ("one", "two"):
        main(["extract", str(corpus), "--out", str(tmp_path / run), "--format", "parquet"])
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files
    for f in files:
        assert (tmp_path / "one" / f).read_bytes() == (tmp_path / "two" / f).read_bytes(), f


def test_resume_skips_done_inputs_and_repairs_a_cut_run(corpus, serial_out, tmp_path, monkeypatch):
    inputs = collect_inputs([corpus])
    analysis.pipeline.extract_to(tmp_path, inputs[:2])  # the run that got this far...
    with open(tmp_path / "tokens.csv", "ab") as f:      # ...and died while writing the third article
        f.write(b"a_lavrov,0,0,1,2,half a ro")
    with open(tmp_path / "progress.jsonl", "ab") as f:
        f.write(b'{"article_id": "a_lav')

    processed = []
    real_process = analysis.engines.process

    def counting_process(item, *args, **kwargs):
        processed.append(item.article_id)
        return real_process(item, *args, **kwargs)

    monkeypatch.setattr(analysis.engines, "process", counting_process)
    assert main(["extract", str(corpus), "--out", str(tmp_path), "--resume"]) == 1
    assert processed == ["b_sco", "c_belta", "d_empty"]
    assert_same_files(serial_out, tmp_path)


def test_resume_reprocesses_an_input_whose_content_changed(tmp_path):
    article = tmp_path / "in" / "x.txt"
    article.parent.mkdir()
    article.write_text(ARTICLES["a_lavrov"], encoding="utf-8")
    main(["extract", str(article), "--out", str(tmp_path / "out")])
    article.write_text(ARTICLES["c_belta"], encoding="utf-8")
    main(["extract", str(article), "--out", str(tmp_path / "out"), "--resume"])
    tables = read_tables(tmp_path / "out")
    # the changed input replaces its earlier rows: one article, never two copies of x
    assert tables["articles"].title.tolist() == ["Лукашенко встретился с губернатором"]
    assert all(text in ARTICLES["c_belta"] for text in tables["parts"].text)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [item["article_id"] for item in manifest["inputs"]] == ["x"]


def test_jsonl_and_csv_archives_are_read_row_by_row(tmp_path):
    jsonl = tmp_path / "wire.jsonl"
    rows = [{"id": "tass-1", "date": "2025-11-25", "text": "Путин прибыл в Бишкек\n\nБИШКЕК, 25 ноября. "
             "/ТАСС/. Президент России прибыл с государственным визитом."},
            {"text": "Без заголовка. Просто текст."}]
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    archive = tmp_path / "wire.csv"
    pd.DataFrame({"text": [ARTICLES["b_sco"]], "date": ["2025-09-01"]}).to_csv(archive, index=False)
    tables = analysis.extract([jsonl, archive])
    articles = tables["articles"]
    assert articles.article_id.tolist() == ["tass-1", "wire-1", "wire-0"]
    assert articles.path.tolist() == ["%s#0" % jsonl, "%s#1" % jsonl, "%s#0" % archive]
    # the archive's date stands in for the missing header: the dateline gets its year
    assert articles.date.tolist() == ["2025-11-25", "", "2025-09-01"]
    assert articles.dateline_date.tolist() == ["2025-11-25", "", "2025-09-01"]
    assert articles.dateline_place.tolist() == ["Бишкек", "", "Тяньцзинь"]
    parts = tables["parts"]
    for row in parts[parts.article_id == "tass-1"].itertuples():
        assert rows[0]["text"][row.start:row.end] == row.text


def test_archive_without_text_column_is_a_usage_error(tmp_path):
    archive = tmp_path / "bad.csv"
    archive.write_text("id,body\n1,Текст\n", encoding="utf-8")
    assert main(["extract", str(archive), "--out", str(tmp_path / "out")]) == 2


def test_jobs_must_be_positive(tmp_path):
    assert main(["extract", str(SEED), "--out", str(tmp_path), "--jobs", "0"]) == 2
