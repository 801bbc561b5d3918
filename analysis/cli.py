"""``python -m analysis``: the command-line front of the pipeline.

Exit codes: 0 every input parsed; 1 some inputs failed (listed in ``errors.csv``, the rest written);
2 usage errors (no inputs, clashing article ids, an unwritable output folder, an unknown or non-text
``--encoding``, an unreadable ``--aliases`` file, ``--resume`` with another ``--format``); 3 a worker
process died (killed, out of memory): the tables hold the articles finished before, ``--resume``
continues.
"""

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from . import budget
from .decoding import DEFAULT_MAX_BYTES, codec_name
from .engines import ENGINES, WorkerLost
from .gazetteer import GazetteerError, read_aliases
from .options import Options
from .pipeline import UsageError, collect_inputs, extract_to
from .outputs import FORMATS
from .schema import codebook

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_WORKER_LOST = 0, 1, 2, 3


def build_parser():
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Read Russian wire-news articles into tidy tables.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="write the tables for articles (files or folders)")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="article .txt files, folders of them, or CSV/JSONL archives with a `text` "
                              "column/field (optional `id`, `date`)")
    extract.add_argument("--out", required=True, metavar="DIR", help="output folder for the CSV tables")
    extract.add_argument("--format", choices=sorted(FORMATS), default="csv",
                         help="CSV files, or Parquet partitions of %d articles (default: csv)" % 500)
    extract.add_argument("--jobs", type=positive, default=1, metavar="N",
                         help="worker processes (or local Dask workers); each loads the models once")
    extract.add_argument("--engine", choices=ENGINES, default="local",
                         help="local processes, or a Dask cluster (default: local)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: an existing scheduler, e.g. tcp://10.0.0.5:8786 "
                              "(default: start a local cluster of --jobs workers)")
    extract.add_argument("--resume", action="store_true",
                         help="continue an interrupted run in DIR, skipping inputs already done "
                              "(same SHA-256)")
    add_reading_options(extract)

    report = commands.add_parser("report", help="run the notebooks on articles and render HTML reports")
    report.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    report.add_argument("--out", required=True, metavar="DIR", help="output folder for the HTML reports")
    report.add_argument("--notebooks", metavar="DIR",
                        help="the folder of numbered notebooks to run (default: notebooks/ of the "
                             "project checkout the package is installed from, else ./notebooks)")
    report.add_argument("--edition", choices=("teacher", "student"), default="teacher",
                        help="teacher: solutions in closed <details> blocks (default); student: "
                             "solutions left out")
    report.add_argument("--corpus", nargs="+", default=[], metavar="PATH",
                        help="more articles (files or folders) for the corpus notebooks (05) to "
                             "compare with PATHs; not rendered one by one")
    add_reading_options(report)

    check = commands.add_parser("check", help="print each article's organisational facts against the "
                                              "curated reference (the checks table)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    check.add_argument("--all", action="store_true",
                       help="every check; by default only those a reader should look at (not `agrees`)")
    add_reading_options(check)

    book = commands.add_parser("codebook", help="print (or write) the Markdown codebook of every table")
    book.add_argument("--out", metavar="FILE", help="write it to FILE instead of standard output")
    return parser


def add_reading_options(command):
    """The options of how each article is read, shared by extract, report and check."""
    command.add_argument("--encoding", help="decode every input with this codec instead of detecting it")
    command.add_argument("--max-size", type=int, default=DEFAULT_MAX_BYTES, metavar="BYTES",
                         help="refuse files larger than this (default: %(default)s)")
    command.add_argument("--aliases", metavar="FILE",
                         help="your own gazetteer CSV, same columns as analysis/data/gazetteer.csv, "
                              "added to the package's (see docs/codebook.md, actors)")
    command.add_argument("--timeout", type=seconds, metavar="SECONDS",
                         help="time budget per article: past it the article is an errors.csv row and "
                              "the run goes on; 0 for none (default: $%s or %d)" % (
                                  budget.ENVIRONMENT, budget.DEFAULT_SECONDS))
    command.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                         help="the date of articles that have no ` date` header line (an archive "
                              "row's `date` field comes first)")


def check_encoding(encoding):
    """An unknown or non-text ``--encoding`` (``base64``) is a usage error before any work."""
    if encoding:
        try:
            codec_name(encoding)
        except LookupError as exc:
            raise UsageError("--encoding: %s" % exc) from None


def seconds(value):
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError("must be a number of seconds, 0 (no budget) or more")
    return number


def iso_date(value):
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a date in the form YYYY-MM-DD" % value) from None


def reading_options(args):
    """The one ``Options`` object of a command, built from its arguments."""
    check_encoding(args.encoding)
    try:
        aliases = read_aliases(args.aliases) if args.aliases else ()
    except GazetteerError as exc:
        raise UsageError(str(exc)) from None
    except csv.Error as exc:  # e.g. a field over the csv module's limit
        raise UsageError("%s is not a readable gazetteer CSV: %s" % (args.aliases, exc)) from None
    return Options(encoding=args.encoding, max_bytes=args.max_size, aliases=aliases, date=args.date or "",
                   timeout=args.timeout)


def positive(value):
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def command_extract(args):
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    options = reading_options(args)
    inputs = collect_inputs(args.paths, max_bytes=options.max_bytes)
    failed = extract_to(args.out, inputs, options, format=args.format, resume=args.resume,
                        jobs=args.jobs, engine=args.engine, scheduler=args.scheduler)
    for r in failed:
        print("failed: %s: %s" % (r.path, r.error), file=sys.stderr)
    print("%d inputs, %d failed; tables in %s" % (len(inputs), len(failed), args.out), file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def command_report(args):
    from .reports import report

    options = reading_options(args)
    inputs = collect_inputs(args.paths, max_bytes=options.max_bytes)
    corpus = collect_inputs(args.corpus, max_bytes=options.max_bytes) if args.corpus else []
    written, failures = report([item.path for item in inputs], args.out, notebooks=args.notebooks,
                               options=options, edition=args.edition,
                               corpus=[item.path for item in corpus])
    for article, notebook, error in failures:
        print("failed: %s with %s: %s" % (article, notebook, error), file=sys.stderr)
    print("%d reports written to %s, %d failed" % (len(written), args.out, len(failures)), file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


def command_check(args):
    from .pipeline import extract

    tables = extract(args.paths, reading_options(args))
    checks = tables["checks"]
    if not args.all:
        checks = checks[checks.status != "agrees"]
    columns = ["article_id", "check", "subject", "predicate", "value", "date", "reference_value",
               "reference_date", "status", "note"]  # the note last and whole: it says why a check is flagged
    if len(checks):
        shown = checks[columns].copy()
        for column in ("value", "reference_value"):
            shown[column] = [v if len(v) <= 40 else v[:39] + "…" for v in shown[column]]
        widths = {c: max([len(c)] + [len(str(v)) for v in shown[c]]) for c in columns}
        formatters = {c: (lambda w: lambda v: str(v).ljust(w))(widths[c]) for c in columns}
        table = shown.to_string(index=False, justify="left", formatters=formatters)
        print("\n".join(line.rstrip() for line in table.splitlines()))
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
    try:
        return {"extract": command_extract, "report": command_report,
                "codebook": command_codebook, "check": command_check}[args.command](args)
    except UsageError as exc:
        print("error: %s" % exc, file=sys.stderr)
        return EXIT_USAGE
    except WorkerLost as exc:
        print("error: %s; the tables hold the articles finished before it: rerun with --resume to "
              "continue" % exc, file=sys.stderr)
        return EXIT_WORKER_LOST
