"""``python -m analysis``: the command-line front of the pipeline.

Exit codes: 0 every input parsed; 1 some inputs failed (listed in ``errors.csv``, the rest written);
2 usage errors (no inputs, clashing article ids, an unwritable output folder).
"""

import argparse
import os
import sys
from pathlib import Path

from . import budget
from .decoding import DEFAULT_MAX_BYTES
from .engines import ENGINES
from .gazetteer import GazetteerError, read_aliases
from .pipeline import UsageError, collect_inputs, extract_to
from .outputs import FORMATS
from .schema import codebook

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser():
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Read Russian wire-news articles into tidy tables.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="write the tables for articles (files or folders)")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="article .txt files, folders of them, or CSV/JSONL archives with a `text` "
                              "column/field (optional `id`, `date`)")
    extract.add_argument("--out", required=True, metavar="DIR", help="output folder for the CSV tables")
    extract.add_argument("--encoding", help="decode every input with this codec instead of detecting it")
    extract.add_argument("--max-size", type=int, default=DEFAULT_MAX_BYTES, metavar="BYTES",
                         help="refuse files larger than this (default: %(default)s)")
    extract.add_argument("--format", choices=sorted(FORMATS), default="csv",
                         help="CSV files, or Parquet partitions of %d articles (default: csv)" % 500)
    extract.add_argument("--jobs", type=positive, default=1, metavar="N",
                         help="worker processes (or local Dask workers); each loads the models once")
    extract.add_argument("--engine", choices=ENGINES, default="local",
                         help="local processes, or a Dask cluster (default: local)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: an existing scheduler, e.g. tcp://10.0.0.5:8786 "
                              "(default: start a local cluster of --jobs workers)")
    extract.add_argument("--aliases", metavar="FILE",
                         help="your own gazetteer CSV, same columns as analysis/data/gazetteer.csv, "
                              "added to the package's (see docs/codebook.md, actors)")
    extract.add_argument("--resume", action="store_true",
                         help="continue an interrupted run in DIR, skipping inputs already done "
                              "(same SHA-256)")

    report = commands.add_parser("report", help="run the notebooks on articles and render HTML reports")
    report.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    report.add_argument("--out", required=True, metavar="DIR", help="output folder for the HTML reports")

    check = commands.add_parser("check", help="print each article's organisational facts against the "
                                              "curated reference (the checks table)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    check.add_argument("--all", action="store_true",
                       help="every check; by default only those a reader should look at (not `agrees`)")

    for command in (extract, report, check):  # the time budget, see analysis/budget.py
        command.add_argument("--timeout", type=seconds, metavar="SECONDS",
                             help="time budget per article: past it the article is an error row and the "
                                  "run goes on; 0 for none (default: $%s or %d)" % (
                                      budget.ENVIRONMENT, budget.DEFAULT_SECONDS))

    book = commands.add_parser("codebook", help="print (or write) the Markdown codebook of every table")
    book.add_argument("--out", metavar="FILE", help="write it to FILE instead of standard output")
    return parser


def positive(value):
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def seconds(value):
    number = float(value)
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError("must be a number of seconds, 0 (no budget) or more")
    return number


def command_extract(args):
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    inputs = collect_inputs(args.paths)
    try:
        aliases = read_aliases(args.aliases) if args.aliases else ()
    except GazetteerError as exc:
        raise UsageError(str(exc)) from None
    failed = extract_to(args.out, inputs, format=args.format, resume=args.resume, jobs=args.jobs,
                        engine=args.engine, scheduler=args.scheduler, encoding=args.encoding,
                        max_bytes=args.max_size, aliases=aliases)
    for r in failed:
        print("failed: %s: %s" % (r.path, r.error), file=sys.stderr)
    print("%d inputs, %d failed; tables in %s" % (len(inputs), len(failed), args.out), file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def command_report(args):
    from .reports import report

    inputs = collect_inputs(args.paths)
    written, failures = report([item.path for item in inputs], args.out)
    for article, notebook, error in failures:
        print("failed: %s with %s: %s" % (article, notebook, error), file=sys.stderr)
    print("%d reports written to %s, %d failed" % (len(written), args.out, len(failures)), file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


def command_check(args):
    from .pipeline import extract

    tables = extract(args.paths)
    checks = tables["checks"]
    if not args.all:
        checks = checks[checks.status != "agrees"]
    columns = ["article_id", "check", "subject", "predicate", "value", "date", "reference_value",
               "reference_date", "status"]
    if len(checks):
        shown = checks[columns].copy()
        for column in ("value", "reference_value"):
            shown[column] = [v if len(v) <= 40 else v[:39] + "…" for v in shown[column]]
        print(shown.to_string(index=False))
    print("%d checks, %s" % (len(tables["checks"]), ", ".join(
        "%d %s" % (n, status) for status, n in tables["checks"].status.value_counts().sort_index().items())
        or "no facts checked"), file=sys.stderr)
    for path, error in tables["errors"].itertuples(index=False):
        print("failed: %s: %s" % (path, error), file=sys.stderr)
    return EXIT_SOME_FAILED if len(tables["errors"]) else EXIT_OK


def command_codebook(args):
    text = codebook()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8", newline="\n")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def main(argv=None):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    if getattr(args, "timeout", None) is not None:
        # through the environment, so that worker processes and notebook kernels have it too
        os.environ[budget.ENVIRONMENT] = budget.format_seconds(args.timeout)
    try:
        return {"extract": command_extract, "report": command_report,
                "codebook": command_codebook, "check": command_check}[args.command](args)
    except UsageError as exc:
        print("error: %s" % exc, file=sys.stderr)
        return EXIT_USAGE
