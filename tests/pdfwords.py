"""Synthetic words for PDF reader tests: pages built from words at chosen positions, no PDF needed.

Shared by the tests/test_pdf_*.py files so each test says only what its page looks like."""

from __future__ import annotations

from eobreader.sources.pdf import parse_pages
from eobreader.sources.pdf_words import PageWords, Word

CH = 4.4  # width of one character at 8 pt (proportional enough for these tests)


def words_at(y: float, items: list[tuple[float, str]], size: float = 8.0, ch: float = CH) -> list[Word]:
    """Words starting at x with a width proportional to their length, on a baseline at y."""
    return [Word(t, x, x + len(t) * ch, y, y + size, size) for x, t in items]


def boxes(y: float, items, size: float = 8.0) -> list[Word]:
    """Words at the exact extents given as (text, x0, x1), as a real page's text layer measured them."""
    return [Word(t, x0, x1, y, y + size, size) for t, x0, x1 in items]


def right(y: float, items: list[tuple[float, str]], size: float = 8.0, ch: float = CH) -> list[Word]:
    """Words right-aligned at x (as amounts are printed)."""
    return [Word(t, x - len(t) * ch, x, y, y + size, size) for x, t in items]


def text_at(y: float, x: float, text: str, size: float = 8.0, ch: float = CH) -> list[Word]:
    """A run of words one space apart starting at x."""
    out, pos = [], x
    for part in text.split():
        out.append(Word(part, pos, pos + len(part) * ch, y, y + size, size))
        pos += (len(part) + 1) * ch
    return out


def row(y: float, cells: list[tuple[float, str]], size: float = 8.0) -> list[Word]:
    """Cells of text, each a run of words starting at its x."""
    out: list[Word] = []
    for x, t in cells:
        out.extend(text_at(y, x, t, size))
    return out


def page(words: list[Word], number: int = 1, width: float = 612) -> PageWords:
    return PageWords(number, width, 792, tuple(words))


def read(*pages: list[Word], width: float = 612):
    """The PDF reader's result for these pages of words."""
    return parse_pages("t.pdf", [page(ws, i + 1, width) for i, ws in enumerate(pages)])


def lines_of(res):
    return [ln for st in res.statements for c in st.claims for ln in c.lines]


def claims_of(res):
    return [c for st in res.statements for c in st.claims]


def saved_pages(name: str) -> list[PageWords]:
    """Pages saved as a test fixture (``tests/data/pages/<name>.json``, words of a synthetic held-out layout as
    the text layer measured them: text, x0, x1, top, bottom, size)."""
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "pages" / f"{name}.json").read_text(encoding="utf-8"))
    return [PageWords(k + 1, p["width"], p["height"], tuple(Word(*w) for w in p["words"]))
            for k, p in enumerate(data["pages"])]


def read_saved(name: str):
    """The PDF reader's result for saved pages."""
    return parse_pages(f"{name}.pdf", saved_pages(name))

