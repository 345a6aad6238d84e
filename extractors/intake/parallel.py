"""Extraction on every core: a pool of worker processes, results taken back in reading order.

Reading and writing stay in the calling process, so the store keeps its one writer and
the rows go in exactly as a serial run writes them; only ``extract_figures`` runs in
the workers. :func:`in_order` keeps a bounded window of articles in flight and hands
each item back, with its pending extraction, in the order it was read.

Workers ignore Ctrl-C: the calling process alone decides, it stops the pool and rolls
back the article it was writing. When the calling process is killed, each worker's
watch thread sees it end and the worker exits.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from ..article import Article
from ..figure import Figure

Item = TypeVar("Item")
Extractor = Callable[..., list[Figure]]
IN_FLIGHT_PER_WORKER = 4  # enough that no worker waits while the writer stores a result


def available_cores() -> int:
    """The cores this process may run on (a container or ``taskset`` can allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _start_method() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one: workers fork from a process that imported the extractor once.

    Never plain fork: the calling process may hold threads (an HTTP client, SQLite) a fork would copy mid-use.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extractors.extract"])
        return context
    return multiprocessing.get_context("spawn")


def _start_worker(caller: int) -> None:
    """Ignore Ctrl-C (the calling process handles it) and exit when the calling process is gone.

    A worker forked from the forkserver holds both ends of its task queue itself, so it
    would wait for tasks forever after a SIGKILL of the caller; a thread watches instead.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(caller,), daemon=True, name="exit-with-caller").start()


def _exit_with(caller: int) -> None:
    try:
        watched = os.pidfd_open(caller)  # readable once the process has ended (Linux)
    except (AttributeError, OSError):
        watched = None
    if watched is not None:
        select.select([watched], [], [])
    else:
        while _alive(caller):
            time.sleep(1.0)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process took the number: ours is gone
        return False
    return True


def default_extract(text: str, doc: str = "", meta: dict | None = None, progress=None) -> list[Figure]:
    """``extract_figures``, imported on first use: a process that only reads and writes articles (the
    caller of a pool of workers) never compiles the extractor's patterns, which costs a second or two."""
    from ..extract import extract_figures

    return extract_figures(text, doc=doc, meta=meta, progress=progress)


def extract_article(extract: Extractor, article: Article) -> list[Figure] | str:
    """What runs in a worker: the figures, or the failure as text (an exception may not survive pickling)."""
    try:
        return extract(article.text, doc=article.doc, meta=article.meta)
    except Exception as error:  # one article's extractor bug must not stop the others
        return f"{type(error).__name__}: {error}"


class ExtractionPool:
    """``workers`` processes running ``extract`` (a module-level function, so it can be sent to them)."""

    def __init__(self, workers: int, extract: Extractor) -> None:
        self.workers = workers
        self.extract = extract
        self._executor = ProcessPoolExecutor(
            workers, mp_context=_start_method(), initializer=_start_worker, initargs=(os.getpid(),)
        )

    def submit(self, article: Article) -> Future:
        return self._executor.submit(extract_article, self.extract, article)

    def close(self, finished: bool = True) -> None:
        """Stop the workers; unless ``finished``, drop the articles not yet started."""
        self._executor.shutdown(wait=True, cancel_futures=not finished)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, kind: type | None, *rest: object) -> None:
        self.close(finished=kind is None)


def in_order(
    items: Iterable[Item], start: Callable[[Item], Future | None], window: int
) -> Iterator[tuple[Item, Future | None]]:
    """Each item with what ``start`` began for it (None: nothing to wait for), in the order of ``items``.

    At most ``window`` started items wait at once; an item is handed back as soon as it
    and all before it are done, or when the window is full.
    """
    waiting: deque[tuple[Item, Future | None]] = deque()
    running = 0
    for item in items:
        future = start(item)
        waiting.append((item, future))
        running += future is not None
        while waiting and (waiting[0][1] is None or waiting[0][1].done() or running >= window):
            head = waiting.popleft()
            running -= head[1] is not None
            yield head
    while waiting:
        yield waiting.popleft()
