"""``python -m analysis``: the command-line front of the pipeline.

Exit codes: 0 every input parsed; 1 some inputs failed (listed in ``errors.csv``, the rest written);
2 usage errors (no inputs, clashing article ids, an unwritable output folder).
"""

import argparse
import sys
from pathlib import Path

from .decoding import DEFAULT_MAX_BYTES
from .extract import UsageError, collect_inputs, run, write_tables
from .schema import codebook

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser():
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Read Russian wire-news articles into tidy tables.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="write the tables for articles (files or folders)")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    extract.add_argument("--out", required=True, metavar="DIR", help="output folder for the CSV tables")
    extract.add_argument("--encoding", help="decode every input with this codec instead of detecting it")
    extract.add_argument("--max-size", type=int, default=DEFAULT_MAX_BYTES, metavar="BYTES",
                         help="refuse files larger than this (default: %(default)s)")

    report = commands.add_parser("report", help="run the notebooks on articles and render HTML reports")
    report.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    report.add_argument("--out", required=True, metavar="DIR", help="output folder for the HTML reports")

    book = commands.add_parser("codebook", help="print (or write) the Markdown codebook of every table")
    book.add_argument("--out", metavar="FILE", help="write it to FILE instead of standard output")
    return parser


def command_extract(args):
    inputs = collect_inputs(args.paths)
    results = run(inputs, encoding=args.encoding, max_bytes=args.max_size)
    done = write_tables(results, args.out, total=len(inputs))
    failed = [r for r in done if r.error]
    for r in failed:
        print("failed: %s: %s" % (r.path, r.error), file=sys.stderr)
    print("%d articles written to %s, %d failed" % (len(done) - len(failed), args.out, len(failed)),
          file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def command_report(args):
    from .reports import report

    inputs = collect_inputs(args.paths)
    written, failures = report([item.path for item in inputs], args.out)
    for article, notebook, error in failures:
        print("failed: %s with %s: %s" % (article, notebook, error), file=sys.stderr)
    print("%d reports written to %s, %d failed" % (len(written), args.out, len(failures)), file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


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
                "codebook": command_codebook}[args.command](args)
    except UsageError as exc:
        print("error: %s" % exc, file=sys.stderr)
        return EXIT_USAGE
