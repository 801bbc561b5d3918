"""Run the notebook collection on articles and render each run to one self-contained HTML file.

Each article is extracted once, into a cache folder named by the SHA-256 of its bytes (another file
with the same bytes gets its own copy of those tables under its own article_id and path); the
notebooks then read those tables (parameter ``TABLES``) instead of loading models per notebook.
Each notebook takes its inputs in the cell tagged ``parameters``; a run injects a cell tagged
``injected-parameters`` after it (papermill's convention) and executes the notebook in its own
folder with the current environment's kernel. The HTML embeds its images and loads nothing from
the network (no MathJax, require.js or widget scripts from a CDN).
"""

import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

NOTEBOOKS = Path("notebooks")  # the course's folder, relative to where the command runs
TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "offline"
KERNEL = "python3"
TIMEOUT = 600
CACHE = "tables"  # subfolder of the report folder


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


def cached_tables(path, cache_dir, models=None, options=None):
    """The folder holding the tables of the article at ``path``, extracting it on a cache miss.

    The extraction is keyed by content: ``cache_dir/<sha256 of the file>``, done once per distinct
    bytes. Its rows carry the article_id and path of the file that was extracted, and the notebooks
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
    target = cache_dir / file_sha256(path)
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


def run_notebook(path, parameters):
    """Execute a copy of the notebook at ``path`` with ``parameters``; return the executed notebook."""
    import nbformat
    from nbclient import NotebookClient

    from jupyter_client.manager import KernelManager

    nb = inject_parameters(nbformat.read(path, as_version=4), parameters)
    # local sockets: the kernel is on this machine, and TCP makes ipykernel warn on stderr
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        manager = KernelManager(kernel_name=KERNEL, transport="ipc", ip=str(Path(sockets) / "kernel"))
        NotebookClient(nb, km=manager, timeout=TIMEOUT, kernel_name=KERNEL,
                       resources={"metadata": {"path": str(Path(path).parent)}}).execute()
    return nb


def render_html(nb, title):
    """One self-contained HTML page: images embedded, nothing loaded from the network."""
    from nbconvert import HTMLExporter

    nb.metadata["title"] = title
    exporter = HTMLExporter(template_name=TEMPLATE, extra_template_basedirs=[str(TEMPLATES)],
                            embed_images=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def progress(items, total, unit):
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm
    return tqdm(items, total=total, unit=unit, file=sys.stderr)


def index_page(rows, failures, corpus_links=()):
    """``index.html``: the corpus reports, one row per article with one link per notebook, and the
    failures named."""
    esc = html.escape
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             "<title>Wire-news reports</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
             "td,th{padding:.3em .8em;text-align:left;vertical-align:top}</style>",
             "</head>", "<body>", "<h1>Wire-news reports</h1>"]
    if corpus_links:
        lines.append("<p>All articles together: %s</p>" % " · ".join(
            '<a href="%s">%s</a>' % (esc(quote(href)), esc(name)) for name, href in corpus_links))
    lines += ["<table>", "<tr><th>article</th><th>title</th><th>reports</th></tr>"]
    for article_id, title, links in rows:
        # a file name is quoted in a link: "#" would start a fragment, "?" a query, "%" an escape
        cells = " · ".join('<a href="%s">%s</a>' % (esc(quote(href)), esc(name)) for name, href in links)
        lines.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(article_id), esc(title), cells))
    lines.append("</table>")
    if failures:
        lines += ["<h2>Failures</h2>", "<ul>"]
        lines += ["<li>%s — %s: %s</li>" % (esc(a), esc(n), esc(e)) for a, n, e in failures]
        lines.append("</ul>")
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines)


def report(article_paths, out_dir, notebooks=None, models=None, options=None):
    """Render every notebook for every article into ``out_dir`` (``<article>--<notebook>.html``)
    and ``out_dir/index.html``; return ``(written, failures)``. A failing article or notebook is
    reported and the others still render."""
    from .errors import ArticleError
    from .parsing import read_article

    out_dir = Path(out_dir).resolve()  # the notebooks run in their own folder: paths must be absolute
    out_dir.mkdir(parents=True, exist_ok=True)
    if notebooks is None or isinstance(notebooks, (str, os.PathLike)):
        notebooks = notebook_paths(notebooks or NOTEBOOKS)
    corpus_notebooks = [Path(n) for n in notebooks if is_corpus_notebook(n)]
    notebooks = [Path(n) for n in notebooks if Path(n) not in corpus_notebooks]
    written, failures, rows = [], [], []
    jobs = [(Path(a).resolve(), n) for a in article_paths for n in notebooks]
    tables = {}

    def prepare(article):
        """Extract the article once (cached); on failure note it and return None."""
        if article not in tables:
            try:
                title = read_article(article).title
                tables[article] = cached_tables(article, out_dir / CACHE, models=models, options=options)
                rows.append((article.stem, title, []))
            except ArticleError as exc:
                tables[article] = None
                failures.append((str(article), "extract", exc.reason))
        return tables[article]

    for article, notebook in progress(jobs, len(jobs), "report"):
        if prepare(article) is None:
            continue
        target = out_dir / ("%s--%s.html" % (article.stem, notebook.stem))
        try:
            nb = run_notebook(notebook, {"ARTICLE": str(article), "TABLES": str(tables[article])})
        except Exception as exc:  # one failing notebook must not stop the other reports
            failures.append((str(article), notebook.name, "%s: %s" % (type(exc).__name__, exc)))
            continue
        target.write_text(render_html(nb, "%s — %s" % (article.stem, notebook.stem)), encoding="utf-8")
        written.append(target)
        next(r for r in rows if r[0] == article.stem)[2].append((notebook.stem, target.name))
    for article in article_paths:  # when only corpus notebooks were asked for
        prepare(Path(article).resolve())
    extracted = [(a, t) for a, t in tables.items() if t is not None]
    corpus_links = []
    for notebook in corpus_notebooks:
        target = out_dir / ("corpus--%s.html" % notebook.stem)
        try:
            nb = run_notebook(notebook, {"ARTICLES": [str(a) for a, _ in extracted],
                                         "TABLES": [str(t) for _, t in extracted]})
        except Exception as exc:
            failures.append(("(all articles)", notebook.name, "%s: %s" % (type(exc).__name__, exc)))
            continue
        target.write_text(render_html(nb, "corpus — %s" % notebook.stem), encoding="utf-8")
        written.append(target)
        corpus_links.append((notebook.stem, target.name))
    (out_dir / "index.html").write_text(index_page(rows, failures, corpus_links), encoding="utf-8")
    return written, failures
