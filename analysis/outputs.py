"""Results to files: CSV tables or Parquet partitions, a progress log for ``--resume``, the manifest.

Each finished input appends one line to ``progress.jsonl`` after its rows are on disk, with where
the tables ended (CSV byte offsets, or the Parquet partition number). A resumed run cuts the tables
back to the last logged input and skips inputs already logged with the same SHA-256; an input
logged with another SHA-256 (it changed since) has its earlier rows removed (``forget``) and is
processed again, its new rows coming after those of the run so far, so no article is ever in the
tables twice.
"""

import csv
import io
import json
import os
import platform
from pathlib import Path

from .inputs import UsageError
from .schema import TABLES, columns

PROGRESS = "progress.jsonl"
MANIFEST = "manifest.json"
MODEL_PACKAGES = ("natasha", "razdel", "slovnet", "navec", "yargy", "pymorphy2", "pymorphy2-dicts-ru")
PARTITION_SIZE = 500  # articles per Parquet file


def versions():
    from importlib import metadata  # here: it costs the command line's start-up otherwise

    found = {}
    for name in ("analysis",) + MODEL_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = ""
    return found


def entry(result):
    return {"path": result.path, "article_id": result.article_id, "size": result.size,
            "sha256": result.sha256, "status": "error" if result.error else "ok"}


def read_progress(out_dir):
    """The logged entries of an earlier run; a line cut short by an interruption is ignored."""
    path = Path(out_dir) / PROGRESS
    if not path.exists():
        return []
    entries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.endswith("\n"):
                break
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                break
    return entries


def result_rows(result):
    if result.error:
        return {"errors": [(result.path, result.error)]}
    return result.rows


def csv_bytes(rows):
    """Rows as UTF-8 CSV. A lone surrogate cannot be UTF-8: inputs holding one are refused before
    they get here, and any that slips through (a path, say) is written as a ``\\udXXX`` escape
    rather than costing the run."""
    buffer = io.StringIO()
    # the csv module writes None as an empty field, as ``""`` when it is a row's only field, the
    # same as an empty string: the rows go in as they are
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8", "backslashreplace")


def written_format(entries):
    """The format an earlier run wrote, from its progress log (CSV offsets or Parquet partitions)."""
    for e in entries:
        if "offsets" in e:
            return "csv"
        if "partition" in e:
            return "parquet"
    return None


class Output:
    """Common part of the writers: the progress log and the manifest."""

    format = None

    def __init__(self, out_dir, tables, resume=False):
        self.out_dir = Path(out_dir)
        self.tables = tables
        self.previous = read_progress(self.out_dir) if resume else []
        found = written_format(self.previous)
        if found and found != self.format:
            raise UsageError("--resume: %s holds %s tables from an earlier run; resume with --format %s, "
                             "or write the %s tables to another --out folder" % (
                                 self.out_dir, found.upper() if found == "csv" else "Parquet", found,
                                 self.format))
        mode = "a" if self.previous else "w"
        if self.previous:
            self.rewrite_progress(self.previous)  # drop a line cut short
        self.progress = self.open_progress(mode)

    def open_progress(self, mode):
        return open(self.out_dir / PROGRESS, mode, encoding="utf-8", errors="backslashreplace",
                    newline="\n")

    def forget(self, article_ids):
        """Remove the earlier run's rows and log entries of ``article_ids`` (inputs that changed)."""
        article_ids = set(article_ids)
        if not any(e["article_id"] in article_ids for e in self.previous):
            return
        self.previous = self.remove_rows([e for e in self.previous if e["article_id"] in article_ids],
                                         [e for e in self.previous if e["article_id"] not in article_ids])
        self.progress.close()
        self.rewrite_progress(self.previous)
        self.progress = self.open_progress("a")

    @property
    def done(self):
        return {(e["article_id"], e["sha256"]) for e in self.previous}

    def rewrite_progress(self, entries):
        with open(self.out_dir / PROGRESS, "w", encoding="utf-8", errors="backslashreplace",
                  newline="\n") as f:
            for e in entries:
                f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")

    def log(self, record):
        self.progress.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")

    def close(self):
        self.progress.close()
        self.write_manifest()

    def write_manifest(self):
        """manifest.json from the progress log, streamed so that its size costs no memory."""
        keys = ("article_id", "path", "sha256", "size", "status")
        with open(self.out_dir / MANIFEST, "w", encoding="utf-8", errors="backslashreplace",
                  newline="\n") as out:
            head = json.dumps({"python": platform.python_version(), "versions": versions()},
                              ensure_ascii=False, indent=2, sort_keys=True)
            out.write(head[:-2] + ',\n  "inputs": [')
            first = True
            for e in read_progress(self.out_dir):
                item = json.dumps({k: e[k] for k in keys}, ensure_ascii=False, sort_keys=True)
                out.write(("\n    " if first else ",\n    ") + item)
                first = False
            out.write("\n  ]\n}\n" if not first else "]\n}\n")


class CsvOutput(Output):
    """One CSV file per table, appended article by article."""

    format = "csv"

    def __init__(self, out_dir, tables, resume=False):
        super().__init__(out_dir, tables, resume)
        paths = {t: self.out_dir / ("%s.csv" % t) for t in tables}
        if self.previous and all(p.exists() for p in paths.values()):
            offsets = self.previous[-1]["offsets"]
            self.files = {}
            for table, path in paths.items():
                f = open(path, "r+b")
                f.truncate(offsets[table])
                f.seek(0, os.SEEK_END)
                self.files[table] = f
        else:
            if self.previous:  # the tables are gone: start again
                self.previous = []
                self.progress.close()
                self.progress = self.open_progress("w")
            self.files = {t: open(p, "wb") for t, p in paths.items()}
            for table, f in self.files.items():
                f.write(csv_bytes([columns(table)]))

    def remove_rows(self, dropped, kept):
        """Each logged input's rows are the bytes between its offsets and the previous entry's (the
        header's end for the first), so dropping an input cuts its byte ranges out, no CSV parsed;
        the kept entries get their new offsets."""
        dropped_ids = {id(e) for e in dropped}
        kept = [dict(e) for e in kept]
        for table, f in self.files.items():
            start = len(csv_bytes([columns(table)]))
            scratch = self.out_dir / (".%s.csv.tmp" % table)
            with open(scratch, "wb") as out:
                f.seek(0)
                out.write(f.read(start))
                new_entries = iter(kept)
                for e in self.previous:
                    end = e["offsets"][table]
                    if id(e) not in dropped_ids:
                        f.seek(start)
                        copy_bytes(f, out, end - start)
                        entry = next(new_entries)
                        entry["offsets"] = dict(entry["offsets"], **{table: out.tell()})
                    start = end
            f.close()
            os.replace(scratch, self.out_dir / ("%s.csv" % table))
            self.files[table] = open(self.out_dir / ("%s.csv" % table), "r+b")
            self.files[table].seek(0, os.SEEK_END)
        return kept

    def write(self, result):
        rows = result_rows(result)
        for table in self.tables:
            if rows.get(table):
                self.files[table].write(csv_bytes(rows[table]))
        offsets = {}
        for table, f in self.files.items():
            f.flush()
            offsets[table] = f.tell()
        self.log(dict(entry(result), offsets=offsets))
        self.progress.flush()

    def close(self):
        for f in self.files.values():
            f.close()
        super().close()


class ParquetOutput(Output):
    """One folder per table holding ``part-NNNNN.parquet`` files of up to ``PARTITION_SIZE`` articles
    each, so that a large run never builds one giant file in memory."""

    format = "parquet"

    def __init__(self, out_dir, tables, resume=False, partition_size=None):
        import pyarrow as pa

        super().__init__(out_dir, tables, resume)
        self.partition_size = partition_size or PARTITION_SIZE
        self.schemas = {t: pa.schema([(c.name, pa.string() if c.dtype == "str" else pa.int64())
                                      for c in TABLES[t].columns]) for t in tables}
        self.partition = 1 + max((e["partition"] for e in self.previous), default=-1)
        for table in tables:
            folder = self.out_dir / table
            folder.mkdir(exist_ok=True)
            for old in folder.glob("part-*.parquet"):
                if int(old.stem.split("-")[1]) >= self.partition:
                    old.unlink()  # written by a run that did not finish or that this one replaces
        self.buffer = []
        self.written_any = bool(self.previous)

    def remove_rows(self, dropped, kept):
        """Rewrite the partitions that hold the dropped inputs without their rows (matched by
        article_id, or by path in the errors table)."""
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        ids = [e["article_id"] for e in dropped]
        paths = [e["path"] for e in dropped]
        for partition in sorted({e["partition"] for e in dropped}):
            for table in self.tables:
                path = self.out_dir / table / ("part-%05d.parquet" % partition)
                if not path.exists():
                    continue
                data = pq.read_table(path, schema=self.schemas[table])
                column, values = ("article_id", ids) if "article_id" in data.column_names else ("path", paths)
                data = data.filter(pc.invert(pc.is_in(data[column], value_set=pa_strings(values))))
                pq.write_table(data, path.with_suffix(".tmp"))
                os.replace(path.with_suffix(".tmp"), path)
        return kept

    def write(self, result):
        self.buffer.append(result)
        if len(self.buffer) >= self.partition_size:
            self.flush()

    def flush(self):
        import pyarrow as pa
        import pyarrow.parquet as pq

        for table in self.tables:
            rows = [row for result in self.buffer for row in result_rows(result).get(table, ())]
            names = self.schemas[table].names
            arrays = {name: [row[i] for row in rows] for i, name in enumerate(names)}
            path = self.out_dir / table / ("part-%05d.parquet" % self.partition)
            pq.write_table(pa.table(arrays, schema=self.schemas[table]), path.with_suffix(".tmp"))
            os.replace(path.with_suffix(".tmp"), path)
        for result in self.buffer:
            self.log(dict(entry(result), partition=self.partition))
        self.progress.flush()
        self.partition += 1
        self.buffer = []
        self.written_any = True

    def close(self):
        if self.buffer or not self.written_any:
            self.flush()
        super().close()


def pa_strings(values):
    import pyarrow as pa

    return pa.array(values, type=pa.string())


def copy_bytes(source, target, size, block=1 << 20):
    while size > 0:
        data = source.read(min(block, size))
        if not data:
            break
        target.write(data)
        size -= len(data)


FORMATS = {"csv": CsvOutput, "parquet": ParquetOutput}
