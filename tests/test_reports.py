"""Reports: tables cached by SHA-256, self-contained HTML, failures per article, and a hostile
article rendered in a real headless browser without running anything it carries."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.pipeline
from analysis.corpus import load_article, load_corpus
from analysis.reports import cached_tables, is_corpus_notebook, notebook_paths, report

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt"
SCREENSHOTS = ROOT / "build" / "screenshots"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FIGURE_RE = re.compile(r"<img[^>]+src=\"data:image/png;base64,")  # an embedded matplotlib figure

HOSTILE = (
    " date 2025-11-27 Путин <script>document.title='PWNED'</script> назвал цели ОДКБ\n\n"
    "Ими станут <img src=x onerror=\"document.body.setAttribute('data-pwned','yes')\"> и ВПК\n\n"
    "БИШКЕК, 27 ноября. /ТАСС/. Укрепление взаимодействия стран - участниц ОДКБ станет "
    "приоритетом организации <b onmouseover=alert(1)>в 2026 году</b>. Об этом заявил президент "
    "РФ Владимир Путин.\n\n"
    "\"Приоритетов много. Это совершенствование нашего взаимодействия <script>"
    "document.body.setAttribute('data-pwned','yes')</script>\", - сказал Путин.\n"
)


def test_load_article_from_cached_tables_equals_extracting_here(tmp_path):
    folder = cached_tables(SEED, tmp_path)
    assert folder.parent == tmp_path and len(folder.name) == 64
    article, cached = load_article(SEED, folder)
    _, fresh = load_article(SEED)
    assert article.title == "Путин назвал цели ОДКБ на время председательства России"
    for name in fresh:
        pd.testing.assert_frame_equal(cached[name], fresh[name])


def test_load_corpus_from_cached_tables_equals_extracting_the_folder(tmp_path):
    folder = ROOT / "tests" / "corpus"
    paths = sorted(folder.glob("*.txt"))
    cached = load_corpus(articles=paths, tables_dirs=[cached_tables(p, tmp_path) for p in paths])
    fresh = load_corpus(folder)
    assert cached["articles"]["article_id"].tolist() == [p.stem for p in paths]
    for name in fresh:
        pd.testing.assert_frame_equal(cached[name].drop(columns=["path"], errors="ignore"),
                                      fresh[name].drop(columns=["path"], errors="ignore"), check_dtype=False)


def test_report_with_a_relative_output_folder(tmp_path, monkeypatch):
    # the notebooks run in notebooks/, so the cached tables must be passed to them by absolute path
    monkeypatch.chdir(tmp_path)
    written, failures = report([SEED], "reports", notebooks=[ROOT / "notebooks" / "00-start-here.ipynb"])
    assert failures == [] and [p.name for p in written] == ["000_bd6c12ab9fdbdd52--00-start-here.html"]


def test_cache_is_keyed_by_content_and_filled_once(tmp_path, monkeypatch):
    calls = []
    real = analysis.pipeline.extract_to
    monkeypatch.setattr(analysis.pipeline, "extract_to", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = cached_tables(SEED, tmp_path / "cache")
    copy = tmp_path / "renamed.txt"
    shutil.copyfile(SEED, copy)
    # same bytes: extracted once, but the copy's tables carry its own article_id
    second = cached_tables(copy, tmp_path / "cache")
    assert second.name.startswith(first.name + "-")
    assert analysis.read_tables(second)["articles"].article_id.tolist() == ["renamed"]
    assert len(calls) == 1
    assert not list((tmp_path / "cache").glob(".partial-*"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    empty = folder / "empty.txt"
    empty.write_bytes(b"   \n")
    out = tmp_path_factory.mktemp("reports")
    written, failures = report([hostile, empty], out, notebooks=ROOT / "notebooks")
    return out, written, failures


def test_every_notebook_renders_for_the_good_article_and_the_bad_one_is_reported(rendered):
    out, written, failures = rendered
    per_article = [nb for nb in notebook_paths(ROOT / "notebooks") if not is_corpus_notebook(nb)]
    corpus = [nb for nb in notebook_paths(ROOT / "notebooks") if is_corpus_notebook(nb)]
    assert [nb.stem for nb in corpus] == ["05-compare-articles"]
    assert sorted(p.name for p in written) == sorted(
        ["hostile--%s.html" % nb.stem for nb in per_article] + ["corpus--%s.html" % nb.stem for nb in corpus])
    assert [(Path(a).name, step) for a, step, _ in failures] == [("empty.txt", "extract")]
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in written:
        assert 'href="%s"' % page.name in index
    assert "empty.txt" in index and "empty or whitespace only" in index


def test_reports_load_nothing_from_the_network_and_embed_their_figures(rendered):
    _, written, _ = rendered
    for page in written:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]*\bsrc=", html), page.name
        assert not re.search(r"<link[^>]*\bhref=[\"']?(https?:)?//", html), page.name
        assert not re.search(r"@import|url\([\"']?(https?:)?//", html), page.name
        assert not re.search(r"<img[^>]*\bsrc=[\"']?(https?:)?//", html), page.name
    assert any(FIGURE_RE.search(p.read_text(encoding="utf-8")) for p in written)


def test_article_markup_is_shown_as_text_in_the_html(rendered):
    _, written, _ = rendered
    for page in written:
        html = page.read_text(encoding="utf-8")
        assert "<script>document" not in html, page.name
        assert not re.search(r"<img[^>]*onerror", html) and "<b onmouseover" not in html, page.name


def find_browser():
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def headless(browser, *args, user_data):
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=%s" % user_data, "--virtual-time-budget=3000", *args],
        capture_output=True, text=True, timeout=120)


def test_hostile_article_runs_no_script_in_a_real_browser(rendered, tmp_path):
    browser = find_browser()
    if browser is None:
        pytest.skip("no headless browser: install Debian's chromium (.ci/run does) to run this test")
    _, written, _ = rendered
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shown_as_text = []
    for page in written:
        dom = headless(browser, "--dump-dom", page.as_uri(), user_data=tmp_path / "profile").stdout
        assert "<body" in dom, "the browser rendered nothing for %s" % page.name
        # had any of the article's scripts run, the body would carry the attribute, the title PWNED
        assert not re.search(r"<body[^>]*data-pwned", dom), page.name
        assert not re.search(r"<title>\s*PWNED", dom), page.name
        # the markup is still there for the reader, as visible text
        shown_as_text += [page] if "&lt;script&gt;document.title=" in dom else []
        shot = SCREENSHOTS / ("%s.png" % page.stem)
        headless(browser, "--screenshot=%s" % shot, "--window-size=1200,2400", page.as_uri(),
                 user_data=tmp_path / "profile")
        assert shot.exists() and shot.stat().st_size > 10_000, shot
    assert shown_as_text, "no report shows the article's headline"
    figures = [p for p in written if FIGURE_RE.search(p.read_text(encoding="utf-8"))]
    assert figures
    for page in figures:
        dom = headless(browser, "--dump-dom", page.as_uri(), user_data=tmp_path / "profile").stdout
        assert FIGURE_RE.search(dom), page.name
    print("screenshots in %s" % os.path.relpath(SCREENSHOTS, ROOT))
