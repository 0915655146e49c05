"""Readers: one per kind of input. Each turns a file into typed records (``eobreader.model``).

``READERS`` lists them in the order the pipeline asks them to identify a file; the first that says
yes reads it. Identification is by content (the file's first bytes), not only by extension.
"""

from __future__ import annotations

from .base import Reader, ReaderError

__all__ = ["Reader", "ReaderError", "all_readers"]


def all_readers() -> list[Reader]:
    """The readers in identification order (imported lazily so a missing optional engine only
    affects its own kind of file)."""
    from .sheet import SheetReader

    readers: list[Reader] = []
    try:
        from .x835 import X835Reader

        readers.append(X835Reader())
    except ImportError:
        pass
    try:
        from .pdf import PdfReader

        readers.append(PdfReader())
    except ImportError:
        pass
    readers.append(SheetReader())
    return readers
