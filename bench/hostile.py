"""Peak memory and time of ``extract`` on degenerate inputs, one new process per input.

    .venv/bin/python bench/hostile.py --json after.json                   # this tree
    .venv/bin/python bench/hostile.py --tree /tmp/old --json before.json  # another checkout
    .venv/bin/python bench/hostile.py --before before.json --after after.json --write

The inputs are built here, not read from a folder:
- ``sentence``: one sentence of 16,000 words (``"мир " * 16000``), the memory of the syntax parser;
- ``lines``: 16,000 short lines naming an organisation (``Строка 1 ОДКБ.``), the time of actors;
- ``paragraphs``: a 2 MB article of real paragraphs (the FactRuEval-2016 devset texts, repeated,
  separated by blank lines), the largest article of ordinary text we expect;
- ``realistic5mb`` (``--realistic``): the same at just under the 5 MB size limit, the figure the
  default time budget is set from.

Each input is a file given to ``python -m analysis extract`` in a child process; its peak RSS is
the child's ``ru_maxrss`` and its time the wall clock of the whole command (model loading
included), with one BLAS thread. A child still running after ``--kill-after`` seconds is stopped
and recorded as such.
"""

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTRU = Path("/work/shared/factru-devset")
PYTHON = sys.executable
MiB = 1024 * 1024
SECTION = "## Hostile inputs"
NOTES = "### Notes on the hostile inputs"
# One BLAS thread, as each ``--jobs N`` worker has: on a shared machine OpenBLAS's own threads make
# the times depend on the load more than on the code.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}

CHILD = (
    "import resource, sys\n"
    "from analysis.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, code)\n")


def paragraphs(folder):
    """Real paragraphs: the devset texts' non-empty lines, in file order; the test articles when
    the devset is not there."""
    paths = sorted(Path(folder).glob("*.txt")) if Path(folder).is_dir() else []
    paths = paths or sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    found = []
    for path in paths:
        found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def article_of(paras, size):
    """Paragraphs repeated and joined by blank lines up to ``size`` bytes of UTF-8."""
    out, total, i = [], 0, 0
    while True:
        para = paras[i % len(paras)]
        grown = total + len(para.encode("utf-8")) + 2
        if grown > size:
            return "\n\n".join(out) + "\n"
        out.append(para)
        total, i = grown, i + 1


def inputs(factru, realistic):
    built = {
        "sentence": ("one sentence of 16,000 words", "мир " * 16000),
        "lines": ("16,000 lines `Строка N ОДКБ.`", "\n".join("Строка %d ОДКБ." % i for i in range(16000))),
        "paragraphs": ("2 MB of real paragraphs", article_of(paragraphs(factru), 2 * MiB)),
    }
    if realistic:
        built["realistic5mb"] = ("5 MB of real paragraphs (just under the size limit)",
                                 article_of(paragraphs(factru), 5 * MiB - 1024))
    return built


def measure(tree, text, kill_after, extra):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.txt"
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(tree), **ONE_THREAD)
        command = [PYTHON, "-c", CHILD, "extract", str(path), "--out", str(Path(tmp) / "out")] + extra
        started = time.perf_counter()
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=kill_after,
                                  cwd=tree)
        except subprocess.TimeoutExpired:
            return {"seconds": None, "rss_mib": None, "note": "stopped after %d s" % kill_after}
        seconds = time.perf_counter() - started
        rss, note = None, ""
        for line in done.stdout.splitlines():
            if line.startswith("RSS "):
                rss = int(line.split()[1]) / 1024
        if rss is None:
            note = "crashed (exit %d): %s" % (done.returncode, done.stderr.strip().splitlines()[-1:])
        else:
            errors = (Path(tmp) / "out" / "errors.csv").read_text(encoding="utf-8").splitlines()[1:]
            warnings = (Path(tmp) / "out" / "articles.csv").read_text(encoding="utf-8")
            note = "; ".join(e.split(",", 1)[1] for e in errors) if errors else (
                "warned: over-long sentences cut" if "over-long sentence" in warnings else "")
        return {"seconds": seconds, "rss_mib": rss, "note": note}


def layer_seconds(text):
    """Seconds in each step for one article, in this process (``--layers``), run by the steps'
    own loop one step at a time."""
    sys.path.insert(0, str(ROOT))
    from analysis.layers import STEPS
    from analysis.options import Resources
    from analysis.parsing import parse_article
    from analysis.steps import run_step

    resources = Resources()
    article = parse_article(text, article_id="hostile")
    seconds = {}
    for step in STEPS:
        started = time.perf_counter()
        run_step(step, article, resources)
        seconds[step.name] = round(time.perf_counter() - started, 1)
    return seconds


def cell(value, digits=1):
    return "—" if value is None else "%.*f" % (digits, value)


def section(before, after):
    lines = [SECTION, "",
             "Written by `bench/hostile.py`: one `python -m analysis extract FILE` process per input, "
             "model loading included; peak RSS is the process's `ru_maxrss`. Before: the tree before "
             "the bounded chunks, the indexed `actors.merge` and the time budget; after: with them.", "",
             "- date: %s" % dt.date.today().isoformat(),
             "- machine: %s, %d cores, Python %s" % (platform.platform(), os.cpu_count() or 0,
                                                    platform.python_version()), "",
             "| input | characters | before: s | before: peak RSS (MiB) | after: s | after: peak RSS (MiB) | after: note |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for name, row in after.items():
        old = before.get(name, {})
        note = row.get("note", "")
        if old.get("note"):
            note = ("before: %s. " % old["note"]) + note
        lines.append("| %s | %d | %s | %s | %s | %s | %s |" % (
            row["label"], row["chars"], cell(old.get("seconds")), cell(old.get("rss_mib"), 0),
            cell(row["seconds"]), cell(row["rss_mib"], 0), note))
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", default=str(ROOT), help="the checkout to measure (default: this one)")
    parser.add_argument("--factru", default=str(FACTRU), help="folder of real texts for the paragraphs")
    parser.add_argument("--only", help="comma-separated input names")
    parser.add_argument("--realistic", action="store_true", help="also the 5 MB realistic article")
    parser.add_argument("--kill-after", type=int, default=1200, help="stop a child after this many seconds")
    parser.add_argument("--extra", default="", help="more arguments for extract, e.g. '--timeout 0'")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--before", help="figures of the earlier tree (a --json file)")
    parser.add_argument("--after", help="figures of this tree (a --json file) instead of measuring")
    parser.add_argument("--write", action="store_true", help="append the section to BENCHMARKS.md")
    parser.add_argument("--layers", metavar="CHARS",
                        help="instead: seconds per layer, in this process, on articles of real paragraphs "
                             "of these sizes (comma-separated characters), to see which layer grows faster "
                             "than the text")
    args = parser.parse_args(argv)

    if args.layers:
        os.environ.update(ONE_THREAD)
        paras = paragraphs(args.factru)
        for chars in map(int, args.layers.split(",")):
            text = article_of(paras, 2 * chars)[:chars]  # Cyrillic: about two bytes a character
            print("| %d | %s |" % (chars, " | ".join("%s %s" % kv for kv in layer_seconds(text).items())))
        return

    if args.after:
        results = json.loads(Path(args.after).read_text())
    else:
        results = {}
        for name, (label, text) in inputs(args.factru, args.realistic).items():
            if args.only and name not in args.only.split(","):
                continue
            row = measure(Path(args.tree), text, args.kill_after, args.extra.split())
            row.update(label=label, chars=len(text))
            results[name] = row
            print(name, json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
        if args.json:  # measured inputs replace their earlier figures in the file
            path = Path(args.json)
            kept = json.loads(path.read_text()) if path.exists() else {}
            kept.update(results)
            path.write_text(json.dumps(kept, ensure_ascii=False, indent=1))
            results = kept
    before = json.loads(Path(args.before).read_text()) if args.before else {}
    text = section(before, results)
    print(text)
    if args.write:
        path = ROOT / "BENCHMARKS.md"
        old = path.read_text(encoding="utf-8")
        notes = ""
        if SECTION in old:
            ours = old[old.index(SECTION):]
            if NOTES in ours:  # hand-written notes under the table are kept
                notes = "\n" + ours[ours.index(NOTES):].rstrip("\n") + "\n"
            old = old[:old.index(SECTION)]
        path.write_text(old.rstrip("\n") + "\n\n" + text + notes, encoding="utf-8")


if __name__ == "__main__":
    main()
