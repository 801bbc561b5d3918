"""Run the notebook collection on articles and render each run to HTML.

Each notebook takes the article path in its cell tagged ``parameters``; a run injects a cell tagged
``injected-parameters`` after it (papermill's convention) and executes the notebook in its own folder
with the current environment's kernel.
"""

import html
import json
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
KERNEL = "python3"
TIMEOUT = 600


def notebook_paths(folder=NOTEBOOKS):
    return sorted(p for p in Path(folder).glob("[0-9][0-9]-*.ipynb"))


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

    nb = inject_parameters(nbformat.read(path, as_version=4), parameters)
    NotebookClient(nb, timeout=TIMEOUT, kernel_name=KERNEL,
                   resources={"metadata": {"path": str(Path(path).parent)}}).execute()
    return nb


def render_html(nb):
    """HTML with images embedded (one file per notebook run)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(embed_images=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def report(article_paths, out_dir, notebooks=None):
    """Render every notebook for every article into ``out_dir``; return ``(written, failures)``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    notebooks = notebooks or notebook_paths()
    written, failures, links = [], [], []
    for article in article_paths:
        article = Path(article).resolve()
        for notebook in notebooks:
            target = out_dir / ("%s--%s.html" % (article.stem, Path(notebook).stem))
            try:
                nb = run_notebook(notebook, {"ARTICLE": str(article)})
            except Exception as exc:  # one failing notebook must not stop the other reports
                failures.append((str(article), Path(notebook).name, "%s: %s" % (type(exc).__name__, exc)))
                continue
            target.write_text(render_html(nb), encoding="utf-8")
            written.append(target)
            links.append((article.stem, Path(notebook).stem, target.name))
    index = ["<!DOCTYPE html>", '<meta charset="utf-8">', "<title>Reports</title>", "<h1>Reports</h1>", "<ul>"]
    index += ['<li><a href="%s">%s — %s</a></li>' % (html.escape(href), html.escape(a), html.escape(n))
              for a, n, href in links]
    index += ["</ul>"]
    (out_dir / "index.html").write_text("\n".join(index) + "\n", encoding="utf-8")
    return written, failures
