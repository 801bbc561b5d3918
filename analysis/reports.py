"""Run the notebook collection on articles and render each run to one self-contained HTML file.

Each article is extracted once, into a cache folder named by the SHA-256 of its bytes (another file
with the same bytes gets its own copy of those tables under its own article_id and path); the
notebooks then read those tables (parameter ``TABLES``) instead of loading models per notebook.
Each notebook takes its inputs in the cell tagged ``parameters``; a run injects a cell tagged
``injected-parameters`` after it (papermill's convention) and executes the notebook in its own
folder with the current environment's kernel. The HTML embeds its images and loads nothing from
the network (no MathJax, require.js or widget scripts from a CDN).

Cell tags the reports read (set in the notebooks' cell metadata):

- ``seed-only``: commentary on the course's seed article ("About the seed"), dropped before the run
  when the article is not the seed (``keeps_seed_commentary``);
- ``solution``: an exercise's solution (its "Solution" heading and code); the teacher edition shows
  each solution in a closed ``<details>`` block, the student edition leaves solutions out;
- ``injected-parameters``: the cell a run adds; never shown (it holds the user's absolute paths),
  the page header names the article instead.
"""

import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

NOTEBOOKS = Path("notebooks")  # the course's folder, relative to where the command runs
TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "offline"
KERNEL = "python3"
TIMEOUT = 600
CACHE = "tables"  # subfolder of the report folder
EDITIONS = ("teacher", "student")
# The course's seed article, recognised by content (tests/test_project.py pins the same digest):
# its commentary cells describe that text only, whatever the file is called.
SEED_SHA256 = "e714c3e7e6bb31518ff738e6070cd5fa0ee5997dec9dfb181c5318e6cdfad38c"
SEED_ONLY, SOLUTION, INJECTED = "seed-only", "solution", "injected-parameters"


def notebook_paths(folder=NOTEBOOKS):
    """The numbered notebooks of the collection, in course order: ``NN-*.ipynb`` in ``folder``
    (``notebooks/`` of the current folder by default, as in a project checkout)."""
    from .inputs import UsageError

    found = sorted(Path(folder).glob("[0-9][0-9]-*.ipynb"))
    if not found:
        raise UsageError("no notebooks (NN-*.ipynb) in %s: run from the project checkout or give "
                         "--notebooks DIR" % Path(folder).resolve())
    return found


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def code_fingerprint(extra_dirs=()):
    """A SHA-256 of everything besides the article that decides its tables: the package's code and
    data files, and the user's extra lexicon folders (``ANALYSIS_LEXICON``)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    roots = [(package, ("*.py", "data/**/*"))] + [(Path(d), ("*.csv",)) for d in extra_dirs]
    for root, patterns in roots:
        files = sorted({p for pattern in patterns for p in root.glob(pattern) if p.is_file()})
        for p in files:
            digest.update(str(p.relative_to(root)).encode("utf-8", "surrogatepass") + b"\0")
            digest.update(p.read_bytes())
    return digest.hexdigest()


def cache_key(path, options):
    """What a cached extraction is keyed by: the file's bytes, the package's code and data, and the
    options it was read with (an upgrade or another ``--aliases`` or ``--date`` never reuses
    tables made under the old ones)."""
    from .lexicon import extra_dirs

    parts = (file_sha256(path), code_fingerprint(extra_dirs()), repr(options))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def cached_tables(path, cache_dir, models=None, options=None):
    """The folder holding the tables of the article at ``path``, extracting it on a cache miss.

    The extraction is keyed by content (``cache_key``: the file's bytes, the package's code and
    data, the options): ``cache_dir/<key>``, done once per distinct bytes. Its rows carry the article_id and path of the file that was extracted, and the notebooks
    select an article's rows by article_id, so a file with the same bytes under another name (a copy,
    or the file renamed since) gets its own folder, ``<sha256>-<key>``, holding the same tables with
    its own article_id and path written in; no second extraction. Folders are filled in a temporary
    folder and renamed into place, so an interrupted run never leaves a half-written cache entry.
    """
    from .inputs import Input
    from .options import DEFAULT_OPTIONS
    from .pipeline import extract_to

    cache_dir = Path(cache_dir)
    article_id, given = Path(path).stem, str(path)
    target = cache_dir / cache_key(path, options or DEFAULT_OPTIONS)
    if not (target / "manifest.json").exists():
        with scratch_folder(cache_dir, target) as scratch:
            extract_to(scratch, [Input(given, article_id)], options or DEFAULT_OPTIONS, models=models)
    if entry_input(target) == (article_id, given):
        return target
    key = hashlib.sha256(("%s\0%s" % (article_id, given)).encode("utf-8", "surrogatepass")).hexdigest()
    own = cache_dir / ("%s-%s" % (target.name, key[:16]))
    if not (own / "manifest.json").exists():
        with scratch_folder(cache_dir, own) as scratch:
            relabel_tables(target, scratch, article_id, given)
    return own


class scratch_folder:
    """A temporary folder in ``cache_dir`` renamed to ``target`` when the block succeeds."""

    def __init__(self, cache_dir, target):
        self.cache_dir, self.target = Path(cache_dir), target

    def __enter__(self):
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.scratch = Path(tempfile.mkdtemp(dir=self.cache_dir, prefix=".partial-"))
        return self.scratch

    def __exit__(self, kind, value, traceback):
        try:
            if kind is None:
                os.replace(self.scratch, self.target)
        finally:
            shutil.rmtree(self.scratch, ignore_errors=True)
        return False


def entry_input(folder):
    """``(article_id, path)`` of the input whose tables ``folder`` holds (from its manifest)."""
    with open(Path(folder) / "manifest.json", encoding="utf-8") as f:
        (item,) = json.load(f)["inputs"]
    return item["article_id"], item["path"]


def relabel_tables(source, target, article_id, path):
    """Copy the tables in ``source`` to ``target`` with ``article_id`` and ``path`` written into every
    row's ``article_id`` and ``path`` columns and into the manifest; nothing else changes."""
    import csv

    from .outputs import MANIFEST, csv_bytes

    for table in sorted(Path(source).glob("*.csv")):
        with open(table, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        for row in rows[1:]:
            if "article_id" in header:
                row[header.index("article_id")] = article_id
            if "path" in header:
                row[header.index("path")] = path
        (Path(target) / table.name).write_bytes(csv_bytes(rows))
    with open(Path(source) / MANIFEST, encoding="utf-8") as f:
        manifest = json.load(f)
    for item in manifest["inputs"]:
        item.update(article_id=article_id, path=path)
    with open(Path(target) / MANIFEST, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n")



def is_corpus_notebook(path):
    """A notebook whose parameters name a list of ``ARTICLES`` runs once for all articles."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cell = next((c for c in nb.cells if "parameters" in c.metadata.get("tags", [])), None)
    return cell is not None and re.search(r"^ARTICLES\s*=", cell.source, re.M) is not None


def inject_parameters(nb, parameters):
    import nbformat

    source = "\n".join("%s = %s" % (name, json.dumps(value, ensure_ascii=False))
                       for name, value in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    index = next((i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])), -1)
    nb.cells.insert(index + 1, cell)
    return nb


def tags(cell):
    return cell.metadata.get("tags", [])


def keeps_seed_commentary(article_paths):
    """Whether a run on ``article_paths`` keeps the cells tagged ``seed-only``: only when every
    article is the course's seed, recognised by its bytes (a renamed copy is still the seed; an
    edited seed is not, since the commentary would no longer describe it)."""
    paths = list(article_paths)
    return bool(paths) and all(file_sha256(p) == SEED_SHA256 for p in paths)


def drop_tagged(nb, tag):
    nb.cells = [c for c in nb.cells if tag not in tags(c)]
    return nb


def run_notebook(path, parameters, seed=True):
    """Execute a copy of the notebook at ``path`` with ``parameters``; return the executed notebook.
    Unless ``seed``, the cells tagged ``seed-only`` are dropped first (they describe the seed)."""
    import nbformat
    from nbclient import NotebookClient

    from jupyter_client.manager import KernelManager

    nb = nbformat.read(path, as_version=4)
    if not seed:
        drop_tagged(nb, SEED_ONLY)
    nb = inject_parameters(nb, parameters)
    # local sockets: the kernel is on this machine, and TCP makes ipykernel warn on stderr
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        manager = KernelManager(kernel_name=KERNEL, transport="ipc", ip=str(Path(sockets) / "kernel"))
        # nbclient shuts down only kernels it started itself: given a manager, it leaves the kernel
        # running, and the kernel outlives its socket folder and warns "Parent appears to have
        # exited" when this process ends. cleanup_kc=True shuts it down (politely) after the run,
        # before the socket folder goes.
        NotebookClient(nb, km=manager, timeout=TIMEOUT, kernel_name=KERNEL,
                       resources={"metadata": {"path": str(Path(path).parent)}}).execute(cleanup_kc=True)
    return nb


def solution_blocks(nb, edition):
    """The executed notebook as the ``edition`` shows it. Student: the cells tagged ``solution``
    are gone. Teacher: each run of consecutive solution cells becomes one closed ``<details>``
    block, its summary the run's "#### Solution ..." heading (without "(click to expand)", which
    the block does by itself) and the heading cell dropped; the template reads the marks left in
    ``cell.metadata.report``."""
    if edition == "student":
        return drop_tagged(nb, SOLUTION)
    cells, run = [], []

    def close():
        headings = [c for c in run if c.cell_type == "markdown" and re.match(r"#+\s*Solution", c.source)]
        shown = [c for c in run if c not in headings]
        if shown:
            summary = "Solution"
            if headings:
                summary = re.sub(r"\(click to expand\)", "", headings[0].source.split("\n")[0])
                summary = summary.lstrip("#").strip() or "Solution"
            shown[0].metadata["report"] = dict(shown[0].metadata.get("report", {}), details=summary)
            shown[-1].metadata["report"] = dict(shown[-1].metadata.get("report", {}), end_details=True)
        cells.extend(shown)
        run.clear()

    for cell in nb.cells:
        if SOLUTION in tags(cell):
            # a new heading starts a new solution even right after another one
            if run and cell.cell_type == "markdown" and re.match(r"#+\s*Solution", cell.source):
                close()
            run.append(cell)
        else:
            close()
            cells.append(cell)
    close()
    nb.cells = cells
    return nb


def renumber(nb):
    """Number the shown code cells 1, 2, ... in their In/Out prompts: the hidden injected cell
    (and, in the student edition, the solutions) would otherwise leave gaps a reader stumbles on."""
    count = 0
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            count += 1
            cell.execution_count = count
            for output in cell.outputs:
                if "execution_count" in output:
                    output.execution_count = count
    return nb


def render_html(nb, title, header="", edition="teacher", footer=""):
    """One self-contained HTML page: images embedded, nothing loaded from the network. The
    injected parameters cell is not shown; ``header`` and ``footer`` (HTML, escaped by the caller)
    open and close the page; solutions are shown as the ``edition`` says (``solution_blocks``)."""
    from nbconvert import HTMLExporter

    if edition not in EDITIONS:
        raise ValueError("edition must be one of %s, not %r" % (", ".join(EDITIONS), edition))
    nb = renumber(solution_blocks(drop_tagged(nb, INJECTED), edition))
    nb.metadata["title"] = title
    exporter = HTMLExporter(template_name=TEMPLATE, extra_template_basedirs=[str(TEMPLATES)],
                            embed_images=True)
    body, _ = exporter.from_notebook_node(nb, resources={"report_header": header, "report_footer": footer})
    return mark_short_cells(body)


# a bare cell (pandas' to_html) or a Styler's (``<td class="data row0 col1" id="...">``)
SHORT_CELL = re.compile(r"<td((?:\s+(?:class|id)=\"[^\"<>]*\")*)\s*>([^<>]{1,32})</td>")
CLASS_ATTR = re.compile(r'\sclass="([^"]*)"')
NUMBER = re.compile(r"-?[\d\s.,]*\d%?")
ISO_DATE = re.compile(r"\d{4}(-\d\d){0,2}(/\d{4}(-\d\d){0,2})?")  # a date, month, year or a range


def mark_short_cells(page):
    """Table cells that hold an ISO date or range, or up to 12 characters, get class ``short``
    (never wrapped: a date or a number split over two lines is misread), numbers also ``num``
    (right-aligned, so their digits line up; text is left-aligned by the template's CSS)."""
    def mark(match):
        attributes, cell = match.group(1), match.group(2)
        text = html.unescape(cell).strip()
        if not (len(text) <= 12 or ISO_DATE.fullmatch(text)):
            return match.group(0)
        kind = "short num" if NUMBER.fullmatch(text) else "short"
        if CLASS_ATTR.search(attributes):  # a Styler's cell keeps its classes and id
            attributes = CLASS_ATTR.sub(lambda m: ' class="%s %s"' % (m.group(1), kind), attributes, count=1)
            return "<td%s>%s</td>" % (attributes, cell)
        return '<td class="%s">%s</td>' % (kind, cell)
    return SHORT_CELL.sub(mark, page)


def progress(items, total, unit):
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm
    return tqdm(items, total=total, unit=unit, file=sys.stderr)


def notebook_summary(path):
    """What a notebook shows, in one line: its first markdown heading (without the #s)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#+\s+(.+)$", cell.source, re.M)
            if match:
                return match.group(1).strip()
    return Path(path).stem


def article_facts(folder):
    """What the index says of one article, from its cached tables: title, date, agency, file,
    speakers (in order of first quote), the three most mentioned actors (ties: first mentioned
    first) and the number of checks whose status is not ``agrees`` (the ones to look at)."""
    from .tables import read_tables

    tables = read_tables(folder)
    article = tables["articles"].iloc[0]
    quotes, actors, checks = tables["quotes"], tables["actors"], tables["checks"]
    speakers = [s for s in dict.fromkeys(quotes["speaker"].fillna("").astype(str)) if s]
    top = actors.sort_values(["mentions", "first_start"], ascending=[False, True], kind="stable").head(3)
    text = lambda value: "" if value is None or (isinstance(value, float) and value != value) else str(value)
    return {"title": text(article["title"]), "date": text(article["date"]),
            "agency": text(article["agency"]), "file": Path(text(article["path"])).name,
            "speakers": speakers, "top_actors": [text(n) for n in top["name"]],
            "to_check": int((checks["status"] != "agrees").sum())}


def corpus_page_header(paths, folders):
    """The block that opens a corpus page: how many articles, and each one's file, date, agency
    and title, the course's constructed examples marked so (``corpus_views.CONSTRUCTED_NOTE``)."""
    from .corpus_views import constructed_articles
    from .tables import read_tables

    esc = html.escape
    items = []
    for path, folder in zip(paths, folders):
        try:
            tables = read_tables(folder)
            facts, constructed = article_facts(folder), bool(constructed_articles(tables["parts"]))
        except (KeyError, IndexError, ValueError):
            facts, constructed = {"file": Path(path).name, "date": "", "agency": "", "title": ""}, False
        items.append("<li>%s — %s, %s: %s%s</li>" % (
            esc(facts["file"]), esc(facts["date"] or "no date"), esc(facts["agency"] or "no agency"),
            esc(facts["title"]), " <em>(constructed for the course, not an agency text)</em>"
            if constructed else ""))
    return "<p>All %d articles together:</p><ul>%s</ul>" % (len(paths), "".join(items))


def page_header(facts):
    """The block that opens an article's page: title, date, agency and file name, escaped."""
    esc = html.escape
    rows = [("Title", facts["title"]), ("Date", facts["date"]), ("Agency", facts["agency"]),
            ("File", facts["file"])]
    return "<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (esc(k), esc(v or "—")) for k, v in rows)


def nav_bar(pages, i):
    """Links to the index and to the previous and next page of the same article (or corpus)."""
    esc = html.escape
    link = lambda href, label: '<a href="%s">%s</a>' % (esc(quote(href)), esc(label))
    items = [link("index.html", "↑ Index")]
    if i > 0:
        items.append(link(pages[i - 1][1], "← " + pages[i - 1][0]))
    if i + 1 < len(pages):
        items.append(link(pages[i + 1][1], pages[i + 1][0] + " →"))
    return '<nav class="report-nav">%s</nav>' % "".join(items)


def index_page(rows, failures, corpus_links=(), summaries=None, edition="teacher"):
    """``index.html``: the corpus reports, one row per article (title, date, agency, file,
    speakers, top actors, checks to look at, one link per notebook), what each notebook shows, and
    the failures named. ``rows`` are ``(article_id, facts, links)``, ``facts`` from
    ``article_facts`` (or a bare title)."""
    esc = html.escape
    link = lambda href, label: '<a href="%s">%s</a>' % (esc(quote(href)), esc(label))
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             "<title>Wire-news reports</title>",
             "<style>body{font-family:sans-serif;max-width:80em;margin:2em auto}"
             "td,th{padding:.3em .8em;text-align:left;vertical-align:top}"
             ".nowrap{white-space:nowrap}.num{text-align:right}</style>",
             "</head>", "<body>", "<h1>Wire-news reports</h1>",
             "<p>Edition: %s.</p>" % esc(edition)]
    if summaries:
        lines += ["<h2>The notebooks</h2>", "<ul>"]
        lines += ["<li><b>%s</b>: %s</li>" % (esc(name), esc(text)) for name, text in summaries]
        lines.append("</ul>")
    if corpus_links:
        lines.append("<p>All articles together: %s</p>" % " · ".join(link(h, n) for n, h in corpus_links))
    lines += ["<h2>Articles</h2>", "<table>",
              "<tr><th>title</th><th>date</th><th>agency</th><th>file</th><th>speakers</th>"
              "<th>top actors</th><th>checks to look at</th><th>reports</th></tr>"]
    blank = {"title": "", "date": "", "agency": "", "file": "", "speakers": [], "top_actors": [],
             "to_check": 0}
    for article_id, facts, links in rows:
        # a bare title (what older callers pass) is a row with nothing else known
        facts = dict(blank, **({"title": facts} if isinstance(facts, str) else facts))
        # a file name is quoted in a link: "#" would start a fragment, "?" a query, "%" an escape
        cells = " · ".join(link(href, name) for name, href in links)
        lines.append("<tr><td>%s</td><td class=\"nowrap\">%s</td><td>%s</td><td>%s</td><td>%s</td>"
                     "<td>%s</td><td class=\"num\">%d</td><td>%s</td></tr>" % (
                         esc(facts["title"]), esc(facts["date"]), esc(facts["agency"]),
                         esc(facts["file"]), esc(", ".join(facts["speakers"])),
                         esc(", ".join(facts["top_actors"])), facts["to_check"], cells))
    lines.append("</table>")
    if failures:
        lines += ["<h2>Failures</h2>", "<ul>"]
        lines += ["<li>%s — %s: %s</li>" % (esc(a), esc(n), esc(e)) for a, n, e in failures]
        lines.append("</ul>")
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines)


def report(article_paths, out_dir, notebooks=None, models=None, options=None, edition="teacher",
           corpus=()):
    """Render every notebook for every article into ``out_dir`` (``<article>--<notebook>.html``)
    and ``out_dir/index.html``; return ``(written, failures)``. A failing article or notebook is
    reported and the others still render. ``edition``: ``teacher`` shows the solutions in closed
    ``<details>`` blocks, ``student`` leaves them out. ``corpus``: more articles the corpus
    notebooks (those taking ``ARTICLES``, such as 05) read besides ``article_paths``, extracted
    (cached) but not rendered one by one: ``make report`` renders the seed and compares it with
    the examples in ``notebooks/examples/``."""
    from .errors import ArticleError
    from .parsing import read_article

    if edition not in EDITIONS:
        raise ValueError("edition must be one of %s, not %r" % (", ".join(EDITIONS), edition))
    out_dir = Path(out_dir).resolve()  # the notebooks run in their own folder: paths must be absolute
    out_dir.mkdir(parents=True, exist_ok=True)
    if notebooks is None or isinstance(notebooks, (str, os.PathLike)):
        notebooks = notebook_paths(notebooks or NOTEBOOKS)
    corpus_notebooks = [Path(n) for n in notebooks if is_corpus_notebook(n)]
    notebooks = [Path(n) for n in notebooks if Path(n) not in corpus_notebooks]
    summaries = [(n.stem, notebook_summary(n)) for n in notebooks + corpus_notebooks]
    written, failures, rows = [], [], []
    articles = list(dict.fromkeys(Path(a).resolve() for a in article_paths))
    tables = {}

    def prepare(article):
        """Extract the article once (cached); on failure note it and return None."""
        if article not in tables:
            try:
                read_article(article)
                tables[article] = cached_tables(article, out_dir / CACHE, models=models, options=options)
            except ArticleError as exc:
                tables[article] = None
                failures.append((str(article), "extract", exc.reason))
        return tables[article]

    def write_pages(runs, header):
        """Write the executed notebooks ``runs`` (``(notebook, nb, target)``), each page with the
        header and a bar linking the index and its neighbours among the pages that rendered."""
        pages = [(notebook.stem, target.name) for notebook, _, target in runs]
        for i, (notebook, nb, target) in enumerate(runs):
            bar = nav_bar(pages, i)
            top = '<header class="report-header">%s%s</header>' % (bar, header)
            bottom = '<footer class="report-header">%s</footer>' % bar
            target.write_text(render_html(nb, "%s — %s" % (target.stem.split("--")[0], notebook.stem),
                                          top, edition, bottom), encoding="utf-8")
            written.append(target)
        return pages

    steps = progress(articles, len(articles), "article") if notebooks else articles
    for article in steps:
        if prepare(article) is None:
            continue
        try:
            facts = article_facts(tables[article])
        except (KeyError, IndexError, ValueError) as exc:  # the pages can still render
            facts = {"title": article.stem, "date": "", "agency": "", "file": article.name,
                     "speakers": [], "top_actors": [], "to_check": 0}
            failures.append((str(article), "index", "%s: %s" % (type(exc).__name__, exc)))
        seed = keeps_seed_commentary([article])
        runs = []
        for notebook in notebooks:
            try:
                nb = run_notebook(notebook, {"ARTICLE": str(article), "TABLES": str(tables[article])},
                                  seed=seed)
            except Exception as exc:  # one failing notebook must not stop the other reports
                failures.append((str(article), notebook.name, "%s: %s" % (type(exc).__name__, exc)))
                continue
            runs.append((notebook, nb, out_dir / ("%s--%s.html" % (article.stem, notebook.stem))))
        rows.append((article.stem, facts, write_pages(runs, page_header(facts))))
    if corpus_notebooks:
        for article in dict.fromkeys(Path(a).resolve() for a in corpus):
            prepare(article)
    extracted = [(a, t) for a, t in tables.items() if t is not None]
    runs = []
    for notebook in corpus_notebooks:
        try:
            nb = run_notebook(notebook, {"ARTICLES": [str(a) for a, _ in extracted],
                                         "TABLES": [str(t) for _, t in extracted]},
                              seed=keeps_seed_commentary(a for a, _ in extracted))
        except Exception as exc:
            failures.append(("(all articles)", notebook.name, "%s: %s" % (type(exc).__name__, exc)))
            continue
        runs.append((notebook, nb, out_dir / ("corpus--%s.html" % notebook.stem)))
    corpus_header = corpus_page_header([a for a, _ in extracted], [t for _, t in extracted])
    corpus_links = write_pages(runs, corpus_header)
    (out_dir / "index.html").write_text(index_page(rows, failures, corpus_links, summaries, edition),
                                        encoding="utf-8")
    return written, failures
