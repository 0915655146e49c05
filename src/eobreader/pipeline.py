"""Files in, checked records out: discovery, reader choice, isolation, checks.

Invariants:
- every input file gives exactly one ``FileResult``, in input order, whatever happens while reading it;
- a file that cannot be read gets a one-line ``error`` and the rest of the folder goes on;
- with ``jobs >= 1`` each file is read in a worker process with a memory cap (``RLIMIT_AS``) and a
  hard time limit: a worker that overruns is killed and replaced, so a looping or huge file cannot
  hang or exhaust the machine.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from .model import FileResult
from .sources import ReaderError, all_readers

SAMPLE_SUFFIXES = frozenset({".pdf", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".835", ".edi", ".era", ".x12", ".dat"})
HEAD_BYTES = 8192
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class Limits:
    seconds: float = 120.0  # per file
    memory_mb: int = 2048  # per worker process (address space)
    max_file_mb: int = 256  # larger files are refused before reading


DEFAULT_LIMITS = Limits()


# ------------------------------------------------------------------------------------------ discovery

def _skip(p: Path) -> bool:
    n = p.name
    return n.startswith((".", "~$")) or n.endswith(".expected.json") or n.endswith(".truth.json")


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and every file below named folders (recursively, sorted, hidden skipped).
    A folder's files are filtered to the kinds we read; a file named directly is always tried."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and not _skip(f) and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and f.suffix.lower() in SAMPLE_SUFFIXES
            )
        else:
            found = [p]
        for f in found:
            key = f.resolve() if f.exists() else f
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


# --------------------------------------------------------------------------------------------- reading

def read_raw(path: Path, limits: Limits = DEFAULT_LIMITS) -> FileResult:
    """Read one file with the first reader that identifies it. Never raises for bad content."""
    name = str(path)
    try:
        if not path.exists():
            return FileResult(name, error="file not found")
        if path.is_dir():
            return FileResult(name, error="is a folder, not a file")
        size = path.stat().st_size
        if size == 0:
            return FileResult(name, error="empty file")
        if size > limits.max_file_mb * 1024 * 1024:
            return FileResult(name, error=f"file is {size // (1024 * 1024)} MB, over the {limits.max_file_mb} MB limit")
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as e:
        return FileResult(name, error=f"cannot open file ({e.strerror or e.__class__.__name__})")
    if head.startswith(_OLE_MAGIC):
        return FileResult(name, error="old binary Office file (.xls/.doc): save it as .xlsx or .csv and try again")
    reader = None
    for r in all_readers():
        try:
            if r.identify(path, head):
                reader = r
                break
        except Exception:  # noqa: BLE001 - a reader's identify must never stop the others from trying
            continue
    if reader is None:
        return FileResult(name, error=_not_eob_reason(path, head))
    try:
        result = reader.read(path)
    except ReaderError as e:
        return FileResult(name, kind=reader.kind, error=str(e) or "could not be read")
    except MemoryError:
        return FileResult(name, kind=reader.kind, error=f"needs more than the {limits.memory_mb} MB memory limit to read")
    except RecursionError:
        return FileResult(name, kind=reader.kind, error="structure nested too deeply to read")
    except _Timeout:
        raise
    except Exception as e:  # noqa: BLE001 - the promise is one line per bad file, never a traceback
        msg = str(e).splitlines()[0][:160] if str(e) else ""
        return FileResult(name, kind=reader.kind, error=f"could not be read ({e.__class__.__name__}{': ' + msg if msg else ''})")
    return result


def _not_eob_reason(path: Path, head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "PDF could not be opened by the PDF reader"
    if head[:4] in (b"PK\x03\x04",):
        return "a zip-based file that is not an Excel workbook (.xlsx/.xlsm) we can read"
    if b"\x00" in head[:1024]:
        return "binary file of a kind eobreader does not read (not PDF, Excel, CSV or X12 835)"
    return "not an EOB, remittance spreadsheet or X12 835 file (no service-line table found)"


def finish(result: FileResult, glossary=None) -> FileResult:
    """The per-file checks and glossary-based findings (cheap; runs in the parent)."""
    from . import checks

    return checks.check_file(result, glossary)


def read_one(path: str | Path, glossary=None, limits: Limits = DEFAULT_LIMITS) -> FileResult:
    """Read and check one file in this process (no isolation). For tests, golden files and the API."""
    return finish(read_raw(Path(path), limits), glossary)


# ------------------------------------------------------------------------------------------- isolation

class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - runs inside workers
    raise _Timeout()


def _worker(conn: Connection, limits: Limits) -> None:  # pragma: no cover - runs inside workers
    try:
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, _alarm)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        path = Path(task)
        signal.setitimer(signal.ITIMER_REAL, limits.seconds)
        try:
            result = read_raw(path, limits)
        except _Timeout:
            result = FileResult(str(path), error=f"took longer than {limits.seconds:g} s to read; stopped")
        except MemoryError:
            result = FileResult(str(path), error=f"needs more than the {limits.memory_mb} MB memory limit to read")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            conn.send(result)
        except MemoryError:
            conn.send(FileResult(str(path), error="result too large to hand back within the memory limit"))


class _Slot:
    def __init__(self, ctx, limits: Limits):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, limits), daemon=True)
        self.proc.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.proc.kill()
            self.proc.join(1)
        self.conn.close()


def read_many(
    paths: list[Path],
    jobs: int = 0,
    limits: Limits = DEFAULT_LIMITS,
    glossary=None,
    on_done: Callable[[int, FileResult], None] | None = None,
    start_method: str | None = None,
) -> list[FileResult]:
    """Read and check every file; results in input order. ``jobs=0`` reads in this process.

    ``start_method``: how worker processes start. The default forks (fast, and workers share what
    the parent loaded); a multi-threaded caller such as the web server passes ``"forkserver"``, since
    forking a process with other threads can deadlock on a lock another thread held at that moment."""
    results: list[FileResult | None] = [None] * len(paths)
    for i, raw in _read_raw_many(paths, jobs, limits, start_method):
        res = finish(raw, glossary)
        results[i] = res
        if on_done:
            on_done(i, res)
    from . import checks

    return checks.check_across_files([r for r in results if r is not None])


def _read_raw_many(paths: list[Path], jobs: int, limits: Limits,
                   start_method: str | None = None) -> Iterator[tuple[int, FileResult]]:
    if jobs <= 0:
        for i, p in enumerate(paths):
            yield i, read_raw(p, limits)
        return
    methods = mp.get_all_start_methods()
    if start_method is None:
        start_method = "fork" if "fork" in methods else None
    elif start_method not in methods:
        start_method = None  # e.g. forkserver on Windows: the platform default (spawn)
    ctx = mp.get_context(start_method)
    if start_method == "forkserver":
        ctx.set_forkserver_preload(["eobreader.pipeline", "eobreader.sources.sheet", "eobreader.sources.x835",
                                    "eobreader.sources.pdf"])
    hard = limits.seconds + 15.0  # the worker's own alarm should fire first; this catches C-level hangs
    _preload_readers()  # forked workers share what the parent loaded instead of each loading it again
    pending = schedule(paths)[::-1]
    slots = [_Slot(ctx, limits) for _ in range(min(jobs, len(paths)))]
    try:
        busy: dict[Connection, _Slot] = {}

        def feed(slot: _Slot) -> None:
            if pending:
                i, p = pending.pop()
                slot.index, slot.started = i, time.monotonic()
                slot.conn.send(str(p))
                busy[slot.conn] = slot

        for s in slots:
            feed(s)
        while busy:
            ready = wait(list(busy), timeout=1.0)
            for ready_conn in ready:
                slot = busy.pop(ready_conn)  # type: ignore[call-overload]
                idx = slot.index if slot.index is not None else -1
                try:
                    res: FileResult = slot.conn.recv()
                except (EOFError, OSError):
                    code = slot.proc.exitcode
                    why = "ran out of memory" if code in (-9, 137) else f"crashed (exit {code})"
                    res = FileResult(str(paths[idx]), error=f"the reader {why} on this file")
                    slot.kill()
                    slot = _replace_slot(slots, slot, ctx, limits)
                yield idx, res
                feed(slot)
            now = time.monotonic()
            for conn, slot in list(busy.items()):
                if now - slot.started > hard:
                    busy.pop(conn)
                    idx = slot.index if slot.index is not None else -1
                    slot.kill()
                    new = _replace_slot(slots, slot, ctx, limits)
                    yield idx, FileResult(str(paths[idx]), error=f"took longer than {limits.seconds:g} s to read; stopped")
                    feed(new)
    finally:
        for s in slots:
            with contextlib.suppress(OSError, ValueError):  # a worker that already died
                s.conn.send(None)
        for s in slots:
            s.proc.join(2)
            if s.proc.is_alive():
                s.kill()


def schedule(paths: list[Path]) -> list[tuple[int, Path]]:
    """The order files are handed to workers: largest first, so one big file started last does not
    leave the other workers idle at the end (results still come back by input index)."""

    def size(item: tuple[int, Path]) -> int:
        try:
            return item[1].stat().st_size
        except OSError:
            return 0

    return sorted(enumerate(paths), key=lambda it: (-size(it), it[0]))


def _preload_readers() -> None:
    """Load the readers' libraries once in the parent before workers are forked."""
    with contextlib.suppress(Exception):
        import pypdfium2  # noqa: F401

        from .sources import all_readers

        all_readers()


def _replace_slot(slots: list[_Slot], old: _Slot, ctx, limits: Limits) -> _Slot:
    new = _Slot(ctx, limits)
    slots[slots.index(old)] = new
    return new


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)

