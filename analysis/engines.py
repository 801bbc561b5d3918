"""Where articles are processed: this process, N worker processes, or a Dask cluster.

Engines only decide where an article goes, never what happens to it: every engine calls
``process_batch`` and yields results in input order, so the output is the same byte for byte.
At most a fixed window of batches is in flight, so memory does not grow with the corpus.
"""

import gc
import os
from collections import deque
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice

from .decoding import read_bytes
from .errors import ArticleError
from .inputs import with_texts
from .options import DEFAULT_OPTIONS, Resources
from .processing import process

ENGINES = ("local", "dask")
BATCH_SIZE = 8          # articles per task: enough to hide the cost of sending a task
WINDOW_PER_WORKER = 4   # batches in flight per worker
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


class WorkerLost(Exception):
    """A worker process died mid-run (killed, out of memory): the run stops, the tables keep every
    article finished before, and ``--resume`` continues it. Not an input's fault, so not an
    ``errors.csv`` row: the command exits with its own code (3)."""


# Python's cyclic garbage collector scans every object it tracks in a full collection, and a run
# keeps many alive (the models, pymorphy2's and the layers' caches of word forms, lexicons): with
# the default thresholds it ran a full collection every 10 to 15 of its middle ones, nine on 300
# articles, 1.5 to 1.9 s of a 27 to 37 s run (``gc.callbacks``, a busy machine), against 0.3 s for
# one full collection with the threshold below. An article's objects die with it, mostly by
# reference counting, and its cycles in the young generations; peak memory on those 300 articles
# was the same (294 MiB). Set for the length of a run and put back after.
FULL_COLLECTION_EVERY = 100  # middle-generation collections between full ones (Python's default: 10)


@contextmanager
def fewer_full_collections():
    """Raise the garbage collector's third threshold to ``FULL_COLLECTION_EVERY`` while the block
    runs (the first two stay as they are); a higher one set by the caller is kept."""
    old = gc.get_threshold()
    gc.set_threshold(old[0], old[1], max(old[2], FULL_COLLECTION_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(*old)


def process_batch(items, options=DEFAULT_OPTIONS):
    """Process a list of inputs in this process with its (once-loaded) models and the gazetteer
    of ``options``; the options, the user's gazetteer rows among them, travel with the task, so
    workers need no file of theirs."""
    resources = worker_resources(options)
    with fewer_full_collections():  # a worker's run keeps the same caches alive as the parent's
        return [process(item, resources) for item in items]


_WORKER_RESOURCES = {}


def worker_resources(options):
    """The ``Resources`` of this worker process for ``options``, made once per distinct options."""
    if options not in _WORKER_RESOURCES:
        _WORKER_RESOURCES[options] = Resources(options=options)
    return _WORKER_RESOURCES[options]


def batches(items, size=BATCH_SIZE):
    items = iter(items)
    while True:
        batch = list(islice(items, size))
        if not batch:
            return
        yield batch


def in_order(submit, tasks, window):
    """Submit tasks keeping at most ``window`` in flight; yield their results in submission order."""
    pending = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


@contextmanager
def environment(values):
    """Set environment variables for worker processes started inside the block."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_serial(inputs, resources):
    for item in with_texts(inputs, resources.options.max_bytes):
        yield process(item, resources)


def run_processes(inputs, jobs, options):
    """N spawned worker processes on this machine, one BLAS thread each, models loaded once each."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with environment(ONE_THREAD):
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            try:
                yield from in_order(lambda batch: pool.submit(process_batch, batch, options),
                                    batches(with_texts(inputs, options.max_bytes)), jobs * WINDOW_PER_WORKER)
            except BrokenProcessPool as exc:
                raise WorkerLost("a worker process died (killed, or out of memory): %s" % exc) from None


def with_data(items, max_bytes):
    """Read each file's bytes here, so that cluster workers need no access to this file system."""
    for item in items:
        if item.text is None:
            try:
                item = replace(item, data=read_bytes(item.path, max_bytes=max_bytes))
            except ArticleError:
                pass  # the worker reads it again and reports the same error in its result
        yield item


def run_dask(inputs, jobs, options, scheduler=None):
    """A Dask cluster: the one at ``scheduler`` (``tcp://host:8786``), or a local one of ``jobs``
    single-threaded worker processes. Workers need this package installed; Dask's nanny already
    gives them one BLAS thread each."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
    from distributed import KilledWorker

    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        yield from in_order(
            lambda batch: client.submit(process_batch, batch, options, pure=False),
            batches(with_data(with_texts(inputs, options.max_bytes), options.max_bytes)),
            workers * WINDOW_PER_WORKER)
    except KilledWorker as exc:
        raise WorkerLost("Dask workers died on the same task, one after another (killed, or out of "
                         "memory): %s" % exc) from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(inputs, options=DEFAULT_OPTIONS, jobs=1, engine="local", scheduler=None, models=None,
        gazetteer=None):
    """Yield one ``Result`` per input, in input order, on the chosen engine. In this process the
    given ``models`` (and ``gazetteer``) are used, else the process's own; workers load their own."""
    if engine == "dask":
        yield from run_dask(inputs, jobs, options, scheduler=scheduler)
    elif jobs > 1:
        yield from run_processes(inputs, jobs, options)
    else:
        yield from run_serial(inputs, Resources(models, options, gazetteer))
