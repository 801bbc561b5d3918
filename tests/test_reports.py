"""Reports: tables cached by SHA-256, self-contained HTML, failures per article, and a hostile
article rendered in a real headless browser without running anything it carries; seed commentary
only on the seed, teacher and student editions, the page header, the index and navigation."""

import html as htmllib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.pipeline
from analysis.corpus import load_article, load_corpus
import nbformat

from analysis.reports import (cached_tables, is_corpus_notebook, keeps_seed_commentary,
                              mark_short_cells, notebook_paths, report, solution_blocks)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt"
TIANJIN = ROOT / "tests" / "corpus" / "2025-09-01_sco_tianjin.txt"
NOTEBOOKS = ROOT / "notebooks"
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
    # other options, or another version of the package, are another key: never stale tables
    third = cached_tables(SEED, tmp_path / "cache", options=analysis.Options(date="2025-01-01"))
    assert third != first and len(calls) == 2
    monkeypatch.setattr(analysis.reports, "code_fingerprint", lambda extra=(): "another version")
    assert analysis.reports.cache_key(SEED, analysis.Options()) != first.name


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


# --- seed commentary, editions, header, index, navigation -----------------------------------

def page_text(page):
    """What a reader sees of a page: its markup removed, entities decoded."""
    raw = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    raw = re.sub(r"<(style|script)\b.*?</\1>", " ", raw, flags=re.S)
    return htmllib.unescape(re.sub(r"<[^>]+>", "", raw))


def solution_sources(notebook):
    """The first line of every solution code cell of ``notebook`` (hand-written in the notebooks)."""
    nb = nbformat.read(NOTEBOOKS / notebook, as_version=4)
    return [c.source.split("\n")[0] for c in nb.cells
            if c.cell_type == "code" and "solution" in c.metadata.get("tags", [])]


@pytest.mark.parametrize("notebook", [p.name for p in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))])
def test_notebook_cells_are_tagged_alike_in_every_notebook(notebook):
    cells = nbformat.read(NOTEBOOKS / notebook, as_version=4).cells
    for i, cell in enumerate(cells):
        tags = cell.metadata.get("tags", [])
        if cell.cell_type == "markdown" and cell.source.startswith("### About the seed"):
            assert "seed-only" in tags, (notebook, i)
        if "seed-only" in tags:
            assert cell.source.startswith("### About the seed"), (notebook, i)
        if cell.cell_type == "markdown" and cell.source.startswith("#### Solution"):
            assert "solution" in tags, (notebook, i)
            # a solution heading is followed by its code, tagged and hidden the same way
            assert cells[i + 1].cell_type == "code" and "solution" in cells[i + 1].metadata.get("tags", [])
        if cell.cell_type == "code" and "solution" in tags:
            assert cell.metadata.get("jupyter") == {"source_hidden": True, "outputs_hidden": True}, (notebook, i)
        assert "jp-MarkdownHeadingCollapsed" not in cell.metadata, (notebook, i)


def test_seed_is_recognised_by_content(tmp_path):
    copy = tmp_path / "renamed.txt"
    shutil.copyfile(SEED, copy)
    edited = tmp_path / "edited.txt"
    edited.write_bytes(SEED.read_bytes() + b"\n")
    cases = [([SEED], True), ([copy], True), ([TIANJIN], False), ([edited], False),
             ([SEED, TIANJIN], False), ([], False)]
    assert [keeps_seed_commentary(paths) for paths, _ in cases] == [want for _, want in cases]


def notebook_of(*cells):
    nb = nbformat.v4.new_notebook()
    for kind, source, tags in cells:
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        nb.cells.append(make(source, metadata={"tags": tags}))
    return nb


EXERCISES = [("markdown", "### Exercise 1", []),
             ("markdown", "#### Solution 1 (click to expand)", ["solution"]),
             ("code", "a = 1", ["solution"]),
             ("markdown", "#### Solution (click to expand)", ["solution"]),
             ("code", "b = 2", ["solution"]),
             ("code", "b", ["solution"]),
             ("markdown", "## Where next", [])]


@pytest.mark.parametrize("edition, expected", [
    ("student", [("### Exercise 1", {}), ("## Where next", {})]),
    ("teacher", [("### Exercise 1", {}), ("a = 1", {"details": "Solution 1", "end_details": True}),
                 ("b = 2", {"details": "Solution"}), ("b", {"end_details": True}), ("## Where next", {})]),
])
def test_solutions_per_edition(edition, expected):
    nb = solution_blocks(notebook_of(*EXERCISES), edition)
    assert [(c.source, c.metadata.get("report", {})) for c in nb.cells] == expected


@pytest.mark.parametrize("cell, expected", [
    ("<td>2025-08-31/2025-09-01</td>", '<td class="short">2025-08-31/2025-09-01</td>'),
    ("<td>ШОС</td>", '<td class="short">ШОС</td>'),
    ("<td>1 234</td>", '<td class="short num">1 234</td>'),
    ("<td>-0.5</td>", '<td class="short num">-0.5</td>'),
    ("<td>Саммит ШОС прошел в Тяньцзине</td>", "<td>Саммит ШОС прошел в Тяньцзине</td>"),
    # a pandas Styler's cell (styled_table) keeps its classes and id
    ('<td class="data row0 col1" id="T_x_row0_col1">2024-10-08</td>',
     '<td class="data row0 col1 short" id="T_x_row0_col1">2024-10-08</td>'),
    ('<td id="T_x_row0_col7" class="data row0 col7" >3</td>',
     '<td id="T_x_row0_col7" class="data row0 col7 short num">3</td>'),
    ('<td class="data row0 col3">Саммит ШОС прошел в Тяньцзине</td>',
     '<td class="data row0 col3">Саммит ШОС прошел в Тяньцзине</td>'),
])
def test_short_cells_are_marked(cell, expected):
    assert mark_short_cells(cell) == expected


@pytest.fixture(scope="module")
def student(tmp_path_factory):
    """Notebooks 02 and 03, student edition, for a non-seed article and for the seed."""
    out = tmp_path_factory.mktemp("student")
    written, failures = report([TIANJIN, SEED], out, edition="student",
                               notebooks=[NOTEBOOKS / "02-actors.ipynb", NOTEBOOKS / "03-priorities-and-voices.ipynb"])
    assert failures == []
    return out, written


# the headings are "About the seed: ..." (the introductions mention cells "headed About the seed.")
SEED_SENTENCES = ["About the seed:", "All six rows are Vladimir Putin", "Twelve actors"]


def test_seed_commentary_only_on_the_seed(student):
    out, _ = student
    other = page_text(out / "2025-09-01_sco_tianjin--02-actors.html") + page_text(
        out / "2025-09-01_sco_tianjin--03-priorities-and-voices.html")
    seed = page_text(out / "000_bd6c12ab9fdbdd52--02-actors.html") + page_text(
        out / "000_bd6c12ab9fdbdd52--03-priorities-and-voices.html")
    for sentence in SEED_SENTENCES:
        assert sentence not in other, sentence
        assert sentence in seed, sentence
    heading = re.compile(r"<h3[^>]*>About the seed")
    for page in ("02-actors", "03-priorities-and-voices"):
        assert not heading.search((out / ("2025-09-01_sco_tianjin--%s.html" % page)).read_text(encoding="utf-8"))
        assert heading.search((out / ("000_bd6c12ab9fdbdd52--%s.html" % page)).read_text(encoding="utf-8"))


def test_student_edition_has_no_solutions_and_teacher_edition_closed_ones(student, rendered):
    out, _ = student
    teacher_out = rendered[0]
    for notebook in ("02-actors", "03-priorities-and-voices"):
        sources = solution_sources(notebook + ".ipynb")
        assert len(sources) == 3
        page = (out / ("2025-09-01_sco_tianjin--%s.html" % notebook)).read_text(encoding="utf-8")
        assert "<details" not in page and "Solution" not in page_text(page)
        teacher = (teacher_out / ("hostile--%s.html" % notebook)).read_text(encoding="utf-8")
        blocks = re.findall(r"<details([^>]*)><summary>([^<]*)</summary>(.*?)</details>", teacher, re.S)
        assert [(attributes.strip(), summary) for attributes, summary, _ in blocks] == [
            ('class="solution"', "Solution")] * 3
        for source, (_, _, inside) in zip(sources, blocks):
            assert source not in page_text(page)
            assert source in page_text(inside)


def test_pages_name_the_article_not_the_injected_parameters(student):
    out, written = student
    for page in written:
        raw = page.read_text(encoding="utf-8")
        assert str(out / "tables") not in raw and "TABLES = \"" not in raw, page.name
        # the prompts count the cells shown, without the gap the hidden cells would leave
        prompts = [int(n) for n in re.findall(r"In(?:&nbsp;|\xa0)\[(\d+)\]:", raw)]
        assert prompts == list(range(1, len(prompts) + 1)) and prompts, page.name
    header = re.search(r'<header class="report-header">(.*?)</header>',
                       (out / "2025-09-01_sco_tianjin--02-actors.html").read_text(encoding="utf-8"), re.S)
    assert page_text(header.group(1)) == (
        "↑ Index03-priorities-and-voices →"
        "TitleЛидеры стран ШОС подписали Тяньцзиньскую декларацию"
        "Date2025-09-01AgencyРИА НовостиFile2025-09-01_sco_tianjin.txt")


def test_header_escapes_the_title(rendered):
    out, _, _ = rendered
    raw = (out / "hostile--01-reading-the-article.html").read_text(encoding="utf-8")
    header = re.search(r'<header class="report-header">(.*?)</header>', raw, re.S).group(1)
    assert "&lt;script&gt;document.title=" in header and "<script" not in header


def test_pages_link_the_index_and_their_neighbours(student):
    out, _ = student
    nav = lambda name: re.findall(r'<nav class="report-nav">(.*?)</nav>', (out / name).read_text(encoding="utf-8"))
    first, second = nav("000_bd6c12ab9fdbdd52--02-actors.html"), nav("000_bd6c12ab9fdbdd52--03-priorities-and-voices.html")
    assert len(first) == 2 and first[0] == first[1]  # top and bottom of the page
    assert re.findall(r'href="([^"]+)"', first[0]) == ["index.html", "000_bd6c12ab9fdbdd52--03-priorities-and-voices.html"]
    assert re.findall(r'href="([^"]+)"', second[0]) == ["index.html", "000_bd6c12ab9fdbdd52--02-actors.html"]


def test_index_lists_each_article_with_its_speakers_actors_and_checks(student):
    out, _ = student
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = [[page_text(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr><td.*?</tr>", index)]
    # hand-checked against the cached tables: mentions per actor (ties: first mentioned first),
    # quotes' speakers, checks other than "agrees" (the seed: two needs_context, one not_in_reference)
    assert [r[:7] for r in rows] == [
        ["Лидеры стран ШОС подписали Тяньцзиньскую декларацию", "2025-09-01", "РИА Новости",
         "2025-09-01_sco_tianjin.txt", "Владимир Путин", "ШОС, Тяньцзинь, Китай", "0"],
        ["Путин назвал цели ОДКБ на время председательства России", "2025-11-27", "ТАСС",
         "000_bd6c12ab9fdbdd52.txt", "Владимир Путин", "ОДКБ, Владимир Путин, Россия", "3"]]
    assert rows[0][7] == "02-actors · 03-priorities-and-voices"
    assert "The cast of an article: who appears, and in what capacity" in page_text(index)


def test_report_command_edition_and_no_kernel_warnings(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copyfile(NOTEBOOKS / "00-start-here.ipynb", notebooks / "00-start-here.ipynb")
    done = subprocess.run([sys.executable, "-m", "analysis", "report", str(TIANJIN), "--out", str(tmp_path / "out"),
                           "--notebooks", str(notebooks), "--edition", "student"],
                          capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    # a kernel left running by the run warns when the command exits
    assert "Parent appears to have exited" not in done.stderr and "WARNING" not in done.stderr, done.stderr
    page = (tmp_path / "out" / "2025-09-01_sco_tianjin--00-start-here.html").read_text(encoding="utf-8")
    assert solution_sources("00-start-here.ipynb")[0] not in page_text(page)


def test_editions_and_index_in_a_real_browser(rendered, student, tmp_path):
    browser = find_browser()
    if browser is None:
        pytest.skip("no headless browser: install Debian's chromium (.ci/run does) to run this test")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path / "profile"
    teacher = rendered[0] / "hostile--03-priorities-and-voices.html"
    pupil = student[0] / "2025-09-01_sco_tianjin--03-priorities-and-voices.html"
    index = student[0] / "index.html"
    dom = headless(browser, "--dump-dom", teacher.as_uri(), user_data=profile).stdout
    details = re.findall(r"<details[^>]*>", dom)
    assert details == ['<details class="solution">'] * 3  # all there, none open
    dom = headless(browser, "--dump-dom", pupil.as_uri(), user_data=profile).stdout
    assert "<details" not in dom and "Лидеры стран ШОС" in dom
    dom = headless(browser, "--dump-dom", index.as_uri(), user_data=profile).stdout
    assert 'href="2025-09-01_sco_tianjin--02-actors.html"' in dom
    for name, page in [("index", index), ("student-tianjin-03", pupil), ("teacher-hostile-03", teacher)]:
        shot = SCREENSHOTS / ("%s.png" % name)
        headless(browser, "--screenshot=%s" % shot, "--window-size=1200,2400", page.as_uri(), user_data=profile)
        assert shot.exists() and shot.stat().st_size > 10_000, shot


def test_report_corpus_articles_join_the_corpus_notebook_only(tmp_path):
    # `make report`: the seed rendered page by page, notebook 05 over the seed and the examples
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for name in ("00-start-here.ipynb", "05-compare-articles.ipynb"):
        shutil.copyfile(NOTEBOOKS / name, notebooks / name)
    examples = sorted((NOTEBOOKS / "examples").glob("*.txt"))
    done = subprocess.run([sys.executable, "-m", "analysis", "report", str(SEED), "--corpus", str(NOTEBOOKS / "examples"),
                           "--out", str(tmp_path / "out"), "--notebooks", str(notebooks)],
                          capture_output=True, text=True, timeout=900, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    # the examples are not rendered one by one, and the index lists the rendered article only
    assert sorted(p.name for p in out.glob("*.html")) == [
        "000_bd6c12ab9fdbdd52--00-start-here.html", "corpus--05-compare-articles.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert not any(e.stem in index for e in examples)
    page = (out / "corpus--05-compare-articles.html").read_text(encoding="utf-8")
    header = page_text(re.search(r'<header class="report-header">(.*?)</header>', page, re.S).group(1))
    assert "All 6 articles together" in header
    # each example is named and marked as constructed wherever the page lists it
    assert header.count("(constructed for the course, not an agency text)") == len(examples) == 5
    assert "000_bd6c12ab9fdbdd52.txt" in header
    text = page_text(page)
    assert "6 article(s); 0 input(s) could not be read" in text
    for example in examples:
        assert example.stem in text
