"""The one interface every reader implements (after beangulp's identify/extract split).

A reader says whether it can read a file by looking at its first bytes (``identify``), then turns the
file into a ``FileResult`` (``read``). Readers never format output and never raise for bad content:
an unreadable file becomes ``FileResult(error=...)`` with a one-line reason; unreadable rows become
``Unread`` entries. ``ReaderError`` is for the rare case where a reader must give up on the whole file
and wants to say why in one line; the pipeline turns it into the file's error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..model import FileResult


class ReaderError(Exception):
    """A whole file could not be read. The message is the one-line reason shown to the user."""


class Reader(Protocol):
    #: short name: "sheet", "pdf", "x835"
    @property
    def kind(self) -> str: ...

    def identify(self, path: Path, head: bytes) -> bool:
        """True when this reader can read the file. ``head`` is the file's first 8 KiB."""
        ...

    def read(self, path: Path) -> FileResult:
        """Read the whole file. Must not raise for bad content (raise ReaderError at most)."""
        ...
