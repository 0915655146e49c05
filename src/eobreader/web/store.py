"""Workbooks kept in memory for a short time under a random token, so the download needs no upload.

Why this and not a one-time embedded download: a ``data:`` link would need the Content-Security-Policy
opened to ``data:`` and puts the whole workbook into the page (twice the memory, and saved with the
page). A token that lives a few minutes in this process only lets the family click "Download" more
than once (a second try after a cancelled save dialog works), and it is gone when the time is up,
when newer workbooks push it out, or when the server stops. Nothing is ever written to disk.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")


@dataclass(frozen=True, slots=True)
class Stored:
    data: bytes
    filename: str
    expires: float


class WorkbookStore:
    def __init__(self, ttl_seconds: float = 600.0, max_items: int = 16, clock=time.monotonic):
        self.ttl = ttl_seconds
        self.max_items = max_items
        self._clock = clock
        self._items: OrderedDict[str, Stored] = OrderedDict()
        self._lock = threading.Lock()

    def _purge(self) -> None:
        now = self._clock()
        for token in [t for t, s in self._items.items() if s.expires <= now]:
            del self._items[token]
        while len(self._items) > self.max_items:
            self._items.popitem(last=False)

    def put(self, data: bytes, filename: str) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._items[token] = Stored(data, filename, self._clock() + self.ttl)
            self._purge()
        return token

    def get(self, token: str) -> Stored | None:
        if not TOKEN_RE.match(token or ""):
            return None
        with self._lock:
            self._purge()
            return self._items.get(token)

    def forget(self, token: str) -> bool:
        with self._lock:
            return self._items.pop(token, None) is not None

    def __len__(self) -> int:
        with self._lock:
            self._purge()
            return len(self._items)
