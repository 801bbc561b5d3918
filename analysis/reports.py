"""Run the notebook collection on articles and render each run to one self-contained HTML file.

Each article is extracted once, into a cache folder named by the SHA-256 of its bytes; the
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

    The folder is ``cache_dir/<sha256 of the file>``; it is filled in a temporary folder and renamed
    into place, so an interrupted run never leaves a half-written cache entry.
    """
    from .inputs import Input
    from .options import DEFAULT_OPTIONS
    from .pipeline import extract_to

    cache_dir = Path(cache_dir)
    target = cache_dir / file_sha256(path)
    if (target / "manifest.json").exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=cache_dir, prefix=".partial-"))
    try:
        extract_to(scratch, [Input(str(path), Path(path).stem)], options or DEFAULT_OPTIONS, models=models)
        os.replace(scratch, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


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
            '<a href="%s">%s</a>' % (esc(href), esc(name)) for name, href in corpus_links))
    lines += ["<table>", "<tr><th>article</th><th>title</th><th>reports</th></tr>"]
    for article_id, title, links in rows:
        cells = " · ".join('<a href="%s">%s</a>' % (esc(href), esc(name)) for name, href in links)
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
