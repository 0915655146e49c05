"""Page geometry for the PDF reader: text lines, table headers found by vocabulary, and rows cut into
columns. Pure functions over ``Word`` lists, so every step is testable without a PDF.

How a table is found and read (no per-payer templates):
1. Words are grouped into text lines by vertical overlap.
2. A header is one line, or up to three stacked lines, whose phrases (words closer than a column gap)
   name at least three known fields (``vocab.match_header``) including at least one amount. Phrases of
   stacked lines that overlap horizontally are read as one heading ("Amount" over "Provider Charged").
   Phrases that name nothing still become columns (field ``None``) so their values are not pushed
   into a neighbour.
3. Each word of a row is given to a column by a monotone alignment (words left to right, columns left
   to right) that weighs geometry (overlap with the heading's extent, else distance) against value
   shape (an amount belongs in an amount column, a date in a date column, ``CO-45`` in the adjustment
   column...). Right-aligned amounts wider than their heading, dates in two columns, codes inside a
   description, and fixed-width text with one-space column gaps all come out of the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..values import (
    CODE_RE,
    REMARK_RE,
    ValueParseError,
    clean_text,
    looks_like_money,
    parse_date,
    parse_money,
    parse_month_day,
)
from ..vocab import MONEY_FIELDS, Field, heading_word, normalise_header
from ..vocab import abbreviation_field as _abbreviation_field
from ..vocab import exact_header as _exact_header
from ..vocab import match_header as _match_header
from .pdf_words import Word

# headings repeat on every page and every claim: remember what a text means
match_header = lru_cache(maxsize=16384)(_match_header)
exact_header = lru_cache(maxsize=16384)(_exact_header)

# ----------------------------------------------------------------------------------------- text lines


@dataclass(frozen=True, slots=True)
class TextLine:
    page: int
    number: int  # 1-based line number on the page, top to bottom
    words: tuple[Word, ...]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        sizes = [w.size or w.height for w in self.words]
        return sorted(sizes)[len(sizes) // 2] if sizes else 10.0


def group_lines(words: Sequence[Word], page: int = 1) -> list[TextLine]:
    """Words -> text lines, top to bottom, words left to right. A word joins a line when its vertical
    middle lies inside the line's band (so a slightly raised or smaller word stays on its line)."""
    rows: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        mid = (w.top + w.bottom) / 2
        placed = False
        # only the last few lines can take it (words come sorted by top)
        for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            t, b = bands[k]
            if t - 0.5 <= mid <= b + 0.5 and abs(((t + b) / 2) - mid) <= max(b - t, w.height) * 0.5:
                rows[k].append(w)
                bands[k] = (min(t, w.top), max(b, w.bottom)) if len(rows[k]) < 3 else bands[k]
                placed = True
                break
        if not placed:
            rows.append([w])
            bands.append((w.top, w.bottom))
    order = sorted(range(len(rows)), key=lambda k: bands[k][0])
    out = []
    for n, k in enumerate(order, 1):
        out.append(TextLine(page, n, tuple(sorted(rows[k], key=lambda w: w.x0))))
    return out


def space_width(words: Sequence[Word]) -> float:
    sizes = sorted((w.size or w.height) for w in words) or [10.0]
    return sizes[len(sizes) // 2] * 0.28


def phrases(words: Sequence[Word], gap: float | None = None) -> list[list[Word]]:
    """Split a line's words where the gap between two words is wider than ``gap`` (default: about
    three spaces of the line's font, which separates columns in proportional and fixed-width text)."""
    if not words:
        return []
    g = gap if gap is not None else _column_gap(words)
    out: list[list[Word]] = [[words[0]]]
    for a, b in zip(words, words[1:]):
        if b.x0 - a.x1 > g:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _column_gap(words: Sequence[Word]) -> float:
    size = sorted((w.size or w.height) for w in words)[len(words) // 2]
    return size * 0.9


# ---------------------------------------------------------------------------------------------- header


@dataclass(frozen=True, slots=True)
class Column:
    field: Field | None
    x0: float
    x1: float
    label: str

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True, slots=True)
class Header:
    columns: tuple[Column, ...]
    lines: tuple[TextLine, ...]  # the text lines the header occupies
    # headings that name two values, one over the other ("Proc / Mod", "Claim No. / Patient"): the field of
    # the value each row prints on its second text line, by column index
    second: tuple[tuple[int, Field], ...] = ()

    def fields(self) -> set[Field]:
        return {c.field for c in self.columns if c.field is not None}

    def has(self, f: Field) -> bool:
        return any(c.field is f for c in self.columns)


ROW_FIELDS = {
    Field.SERVICE_DATE, Field.SERVICE_END, Field.CODE, Field.MODIFIERS, Field.UNITS, Field.DESCRIPTION,
    Field.ADJUSTMENT_CODE, Field.REMARKS, Field.APPROVED,
} | set(MONEY_FIELDS)
# columns that belong to a table but hold no value of the line: a line number, a percentage. They weigh
# like table headings when a phrase is split, but never count towards recognising a table.
AUX_FIELDS = {Field.LINE_NUMBER, Field.PERCENT, Field.RATE, Field.PRIOR, Field.REMAINING, Field.OTHER_DATE,
              Field.PAID_UNITS, Field.WORKFLOW}


def _match_run(words: Sequence[Word]) -> Field | None:
    text = " ".join(w.text for w in words)
    if any(looks_like_money(w.text) for w in words):
        return None
    return match_header(text)


def _run_weight(run: Sequence[Word]) -> tuple[float, Field | None]:
    """How well a run of words reads as one heading: exact synonyms weigh 2 per word, word-rule
    matches 1.2 per word, headings that are not table fields (a payer, a name) 1 per word."""
    if any(looks_like_money(w.text) for w in run):
        return 0.0, None
    text = " ".join(w.text for w in run)
    ef = exact_header(text)
    if ef is not None:
        return (2.0 if ef in ROW_FIELDS or ef in AUX_FIELDS else 1.0) * len(run), ef
    rf = match_header(text)
    if rf is not None:
        if len(run) > 1 and all(w.text.isupper() for w in run) \
                and any((wf := exact_header(w.text)) is not None and wf is not rf and wf in ROW_FIELDS for w in run):
            # (a fixed-width remit's "POS NOS PROC/MODS", read as a code by its rule, holds "NOS", a heading of
            # another field word for word: several headings, not one)
            return 0.6 * len(run), rf
        return (1.2 if rf in ROW_FIELDS or rf in AUX_FIELDS else 0.6) * len(run), rf
    return 0.0, None


_JOINERS = frozenset({"and", "&", "or"})
# small words that never head a column alone ("Lo | maximo que ...", "of | the")
_FUNCTION_WORDS = frozenset({"lo", "la", "las", "los", "el", "de", "del", "y", "o", "a", "en", "por", "le", "se", "of",
                             "the"})


def _split_phrase(ph: list[Word]) -> list[tuple[list[Word], Field | None]]:
    """Headings printed close together (fixed-width ``POS NOS PROC``, tight tables ``Date of Service
    Description``, ``Paid by Plan Your Share Codes``) arrive as one phrase. Split it into the runs
    that read best as headings (dynamic programming over the words, see ``_run_weight``); keep the
    phrase whole when it is an exact heading or when no split names two different fields."""
    cut_at = [k for k in range(1, len(ph)) if ph[k].x0 <= ph[k - 1].x1 and ph[k - 1].top == ph[k].top]
    if cut_at:
        # words of one glued heading split by ``unglue`` touch: two headings, never one
        out: list[tuple[list[Word], Field | None]] = []
        for a, b in zip([0] + cut_at, cut_at + [len(ph)]):
            out.extend(_split_phrase(ph[a:b]))
        return out
    f = _match_run(ph)
    if len(ph) == 1 or len(ph) > 14 or exact_header(" ".join(w.text for w in ph)) is not None:
        return [(ph, f)]
    if f is not None and any(w.text in _JOINERS for w in ph[1:-1]):
        return [(ph, f)]  # "Services and Service Codes", "Service and code": one heading joined by "and"
    slash = next((k for k in range(1, len(ph) - 1) if ph[k].text == "/"), None)
    if f is not None and slash is not None \
            and match_header(" ".join(w.text for w in ph[slash + 1:])) is Field.DESCRIPTION:
        # "Patient / service": one column naming two values (the patient on the visit's line, the service on its
        # rows), never a name column beside a service column
        return [(ph, f)]
    n = len(ph)
    # never cut inside brackets, nor before a bracket the word opens and leaves open: "(grp rsn amt)" belongs to
    # "Adjustments" before it
    depth = _bracket_depths(ph)
    cut_ok = [not (k and (depth[k] > 0 or w.text.startswith("(") and w.text.count("(") > w.text.count(")")))
              for k, w in enumerate(ph)] + [True]
    best: list[tuple[float, int, list[tuple[list[Word], Field | None]]] | None] = [(0.0, 0, [])] + [None] * n
    for i in range(1, n + 1):
        if not cut_ok[i]:
            continue
        for j in range(max(0, i - 6), i):
            prev = best[j]
            if prev is None or j and ph[j].text in _JOINERS:
                continue  # ("Service | and code": a heading never opens with a joining word)
            run = ph[j:i]
            wgt, rf = _run_weight(run)
            cand = (prev[0] + wgt, prev[1] - 1, prev[2] + [(run, rf)])
            cur = best[i]
            if cur is None or (cand[0], cand[1]) > (cur[0], cur[1]):
                best[i] = cand
    top = best[n]
    if top is None:
        return [(ph, f)]
    merged: list[tuple[list[Word], Field | None]] = []
    for run, rf in top[2]:
        if rf is None and merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + run, None)
        else:
            merged.append((run, rf))
    matched = [rf for _, rf in merged if rf is not None]
    if len(merged) == 1:
        return [(ph, f)]
    if f in _NUMBER_KEYS and len(merged) == 2 and merged[0][1] in _WHOSE and merged[1][1] in _NUMBER_KEYS:
        return [(ph, f)]  # "Insurer Claim #", "Patient Account #": whose number it is, one heading
    if len(matched) >= 2 and len(set(matched)) == len(matched):
        return merged
    if len(matched) >= 2 and len(merged) == len(matched) and all(
            rf is not None and matched.count(rf) == 1 or re.search(r"\d", " ".join(w.text for w in run)) for run, rf in merged):
        return merged  # numbered headings of one field side by side ("M1 M2 M3", "Adj 1 Adj 2", "M1 M2 UNT")
    if f is None and len(matched) == 1:
        return merged
    return [(ph, f)]


_NUMBER_KEYS = frozenset({Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.MEMBER_ID})
_WHOSE = frozenset({Field.PAYER, Field.PATIENT, Field.PROVIDER})


def _cells_single(line: TextLine) -> list[tuple[list[Word], Field | None]]:
    words = list(line.words)
    # a heading printed over the middle of another ("Rsn" drawn across "Not Covered"): a heading of its own, and
    # the words it covers read together without it
    over = [k for k in range(1, len(words) - 1)
            if words[k].x0 < words[k - 1].x1 - 1.0 and words[k].x1 > words[k + 1].x0 + 1.0]
    out: list[tuple[list[Word], Field | None]] = []
    for ph in phrases([w for k, w in enumerate(words) if k not in over]):
        out.extend(_split_phrase(ph))
    if over:
        out.extend(([words[k]], match_header(words[k].text)) for k in over)
        out.sort(key=lambda c: c[0][0].x0)
    return out


def _value_form(words: Sequence[Word], k: int) -> bool:
    """The colon of a heading that shows its values' form ("Grp-Rsn: Amt" over "CO-45: $39.60"): no label."""
    return k + 1 < len(words) and match_header(words[k].text.rstrip(":")) in (Field.ADJUSTMENT_CODE, Field.ADJUSTMENT_GROUP) \
        and words[k + 1].text.lower().rstrip(".") in ("amt", "amount")


def _is_texty(line: TextLine) -> bool:
    """No amounts, no dates, no ``Label: value`` pairs: could be (part of) a heading. A heading over a group of
    columns may end with a colon ("Your cost:" over "Deductible  Copay  Coinsurance") when a column gap and
    another heading word, or nothing, follow it."""
    words = line.words
    if _DATE_PHRASE.search(" ".join(w.text for w in words)):
        return False  # "Received Jan 12, 2026": a date written in words is a value
    depth = 0
    for k, w in enumerate(words):
        if looks_like_money(w.text) or _is_date(w.text) or _ID_VALUE.match(w.text):
            return False
        depth += w.text.count("(")
        # (a colon inside brackets describes the values' form, "Adj (grp-rsn: amt)": no label)
        if w.text.endswith(":") and len(w.text) > 1 and not _group_label(words, k) and depth <= 0 \
                and not _value_form(words, k):
            return False
        depth -= w.text.count(")")
    return True


_DATE_PHRASE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                          r"(?:19|20)\d{2}\b", re.IGNORECASE)


def _group_label(words: Sequence[Word], k: int) -> bool:
    if k + 1 == len(words):
        return k > 0
    nxt = words[k + 1]
    return nxt.x0 - words[k].x1 > _column_gap(words) and heading_word(nxt.text)


# an identifier printed as a value (``SRC-7781-0042``, ``CH260105-88-04417``): headings name columns, they
# carry no such values
_ID_VALUE = re.compile(r"^(?=(?:[^\d]*\d){4})[A-Za-z0-9][A-Za-z0-9\-/#.]{5,}$")


_RULE = re.compile(r"^[_\-=.*~|+#]{3,}$")
# a column separator printed as a character (``LN | DOS | PROC``, box-drawing bars): a column gap, not content
_SEPARATOR = re.compile(r"^[|\u00a6\u2502\u2503\u2551]+$")


def is_rule(w: Word) -> bool:
    """A drawn line made of characters (``______``, ``------``) or a column separator (``|``): not content."""
    return bool(_RULE.match(w.text) or _SEPARATOR.match(w.text))


def content(line: TextLine) -> TextLine:
    """The line without rule characters (same page and number)."""
    if not any(is_rule(w) for w in line.words):
        return line
    return TextLine(line.page, line.number, tuple(w for w in line.words if not is_rule(w)))


def with_bars(line: TextLine) -> TextLine:
    """The line without drawn rules but with its column bars (``|``): a heading's segments stay apart
    (``Ellie Vandermeer | Tulip Lane Pediatrics | Claim number ...``)."""
    if not any(_RULE.match(w.text) for w in line.words):
        return line
    return TextLine(line.page, line.number, tuple(w for w in line.words if not _RULE.match(w.text)))


def _score(cells: list[tuple[list[Word], Field | None]]) -> tuple[int, int, int]:
    fields = [f for _, f in cells if f is not None and f in ROW_FIELDS]
    money = sum(1 for f in fields if f in MONEY_FIELDS)
    return len(set(fields)), money, -sum(1 for _, f in cells if f is None)


def _clean_score(cells: list[tuple[list[Word], Field | None]]) -> tuple[int, int, int]:
    """``_score`` less one for each heading naming a field another heading already names: two readings of
    one stacked heading row are compared by how many fields they name once."""
    d, money, nones = _score(cells)
    fields = [f for _, f in cells if f is not None and f in ROW_FIELDS]
    return d - (len(fields) - len(set(fields))), money, nones


def _acceptable(cells: list[tuple[list[Word], Field | None]]) -> bool:
    # (a phrase of six words or more with words in lower case is a title's or a sentence's, "A Medicare
    # Advantage plan from ...", and never names a column by itself)
    fields = [f for ws, f in cells if f is not None
              and not (len(ws) > 5 and sum(1 for w in ws if w.text[:1].islower()) >= 2)]
    distinct = set(fields)
    row_fields = distinct & ROW_FIELDS
    money = distinct & set(MONEY_FIELDS)
    if not money and any(f is None and _BARE_AMOUNT.match(" ".join(w.text for w in ws)) for ws, f in cells):
        money = {Field.BILLED}  # "Date  Description  Code  Qty  Amount": a statement's one amount, the charge
        row_fields = row_fields | money
    words = sum(len(ws) for ws, _ in cells)
    matched = sum(len(ws) for ws, f in cells if f is not None)
    return len(row_fields) >= 3 and len(money) >= 1 and matched * 2 >= words


def _split_at_edges(phs: list[tuple[int, list[Word]]]) -> list[tuple[int, list[Word]]]:
    """Stacked headings printed close together: a phrase of one line ("Line Date") is cut at a word gap
    where the phrases of the other lines over it part ways: one side has a heading of another line over
    it and the other side has none, or each side has its own ("Tooth/ Proc" over "Area   Code"), and no
    heading of another line straddles the gap."""
    out: list[tuple[int, list[Word]]] = []
    for li, ph in phs:
        if len(ph) < 2:
            out.append((li, ph))
            continue
        near = [o for lj, o in phs if lj != li and min(o[-1].x1, ph[-1].x1) - max(o[0].x0, ph[0].x0) > 0]
        others = [(o[0].x0, o[-1].x1) for o in near]
        if not others:
            out.append((li, ph))
            continue
        tol = space_width(ph)
        cur = [ph[0]]
        for a, b in zip(ph, ph[1:]):
            # (two headings printed over one another, "Approved?" into "Provider": each side is what the other
            # does not cover)
            a1, b0 = (b.x0, a.x1) if b.x0 < a.x1 - tol else (a.x1, b.x0)
            left = {k for k, (o0, o1) in enumerate(others) if min(o1, a1) - max(o0, cur[0].x0) > tol}
            right = {k for k, (o0, o1) in enumerate(others) if min(o1, ph[-1].x1) - max(o0, b0) > tol}
            # a phrase of another line whose own word gap meets this one ("May Be | Notes" over "Billed | Below",
            # each a space apart) parts there too: it straddles nothing
            straddle = {k for k in left & right
                        if not any(c.x0 - d.x1 > 0 and min(c.x0, b.x0) - max(d.x1, a.x1) > 0.5
                                   for d, c in zip(near[k], near[k][1:]))}
            # (a phrase parting at the same gap counts as two: one on each side)
            # the cut falls at a gap where another line's heading starts or ends within the words either side
            # ("Plan paid | Deductible" under "Your cost:" over Deductible parts there, never between "Plan"
            # and "paid")
            edge = any(a.x0 < o0 < b.x1 or a.x0 < o1 < b.x1 for o0, o1 in others) \
                or any(c.x0 - d.x1 > 0 and min(c.x0, b.x0) - max(d.x1, a.x1) > 0.5 for o in near for d, c in zip(o, o[1:]))
            # (never a piece of joining words alone, "&" of "Service Provided & | Billing Code")
            joined = b.text in _JOINERS or all(w.text in _JOINERS or w.text.lower() in _FUNCTION_WORDS for w in cur)
            if not straddle and edge and not joined and (left or right) and (left != right or left & right):
                out.append((li, cur))
                cur = [b]
            else:
                cur.append(b)
        out.append((li, cur))
    return out


def _cells_stacked(lines: Sequence[TextLine], split: bool = False) -> list[tuple[list[Word], Field | None]]:
    """Headings written on two or three lines: phrases that overlap horizontally form one heading.
    ``split``: first cut phrases where the headings of the other lines part ways (``_split_at_edges``)."""
    phs: list[tuple[int, list[Word]]] = []
    for li, ln in enumerate(lines):
        for ph in phrases(ln.words):
            phs.append((li, ph))
    if split:
        phs = _split_at_edges(phs)
    parent = list(range(len(phs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(phs)):
        for j in range(i + 1, len(phs)):
            if phs[i][0] == phs[j][0]:
                continue
            a, b = phs[i][1], phs[j][1]
            a0, a1, b0, b1 = a[0].x0, a[-1].x1, b[0].x0, b[-1].x1
            ov = min(a1, b1) - max(a0, b0)
            if ov > 0.3 * min(a1 - a0, b1 - b0):
                parent[find(i)] = find(j)
    groups: dict[int, list[tuple[int, list[Word]]]] = {}
    for i, item in enumerate(phs):
        groups.setdefault(find(i), []).append(item)
    cells: list[tuple[list[Word], Field | None]] = []
    for items in groups.values():
        items.sort(key=lambda it: (it[0], it[1][0].x0))
        # a group whose lines each hold several phrases side by side is not one heading
        per_line: dict[int, int] = {}
        for li, _ in items:
            per_line[li] = per_line.get(li, 0) + 1
        ws = [w for _, ph in items for w in ph]
        f = _match_run(ws) if max(per_line.values()) == 1 else None
        if f is None and len(items) == 2 and max(per_line.values()) == 1 and len(ws) == 2:
            # a word broken over two heading lines ("Rea-" / "son", its hyphen soft and dropped), or a
            # hyphenated heading ("COST-" / "SHARE"): one heading when the whole is an exact one
            up, low = ws
            wholes = [up.text.rstrip("-\u00ad") + low.text] + ([up.text + low.text] if up.text.endswith("-") else [])
            for whole in wholes:
                if exact_header(whole) is not None:
                    f = exact_header(whole)
                    ws = [Word(whole, min(up.x0, low.x0), max(up.x1, low.x1), min(up.top, low.top),
                               max(up.bottom, low.bottom), up.size, up.font)]
                    break
        if f is None and not split and max(per_line.values()) > 1 and (parted := _part_under(items, per_line)) is not None:
            cells.extend(parted)
            continue
        if f is None and len(items) > 1:
            # fall back to each phrase alone
            for _, ph in items:
                cells.extend(_split_phrase(ph))
            continue
        if f is None or len(items) == 1:
            # a phrase with nothing stacked over or under it reads as it would on a line of its own
            cells.extend(_split_phrase(ws))
            continue
        cells.append((ws, f))
    cells.sort(key=lambda c: min(w.x0 for w in c[0]))
    return _rejoin_broken(cells)


_SECOND_ROW = frozenset({Field.ADJUSTMENT_CODE, Field.ADJUSTMENT, Field.REMARKS, Field.DESCRIPTION})


def _second_row_heading(above: TextLine, ln: TextLine, cells: list[tuple[list[Word], Field | None]]) -> bool:
    """A heading row right under a full heading row that names only what a service's second text line holds
    ("GRP-RSN ADJ AMT REMARK" under "LN SVC-FROM SVC-TO PROC ... PAID"): it heads those second lines, never a
    table of its own."""
    fields = {f for _, f in cells if f is not None}
    if not fields or not fields <= _SECOND_ROW:
        return False
    up = unglue(content(above))
    if not up.words or ln.top - up.bottom > up.height * 0.9 or not _is_texty(up):
        return False
    return _acceptable(_cells_single(up))


def _crossed_headings(cells: list[tuple[list[Word], Field | None]]) -> bool:
    """Some stacked heading joins words of two lines that are each a known heading of a different table field
    ("SVC-FROM" over "GRP-RSN"): two rows of headings, not one heading over two lines."""
    for ws, _ in cells:
        tops = sorted({round(w.top) for w in ws})
        if len(tops) < 2:
            continue
        parts = [[w for w in ws if round(w.top) == t] for t in tops]
        fields = [_match_run(p) for p in parts]
        if all(f is not None and f in ROW_FIELDS for f in fields) and len(set(fields)) == len(fields) \
                and all(exact_header(" ".join(w.text for w in p)) is not None for p in parts) \
                and exact_header(" ".join(w.text for p in parts for w in p)) is None:
            return True  # (never "Service" over "Date": "Service Date" is one heading)
    return False


def _part_under(items: list[tuple[int, list[Word]]], per_line: dict[int, int]
                ) -> list[tuple[list[Word], Field | None]] | None:
    """Stacked headings where one line's phrase runs under two or more headings of another line ("¿Se aprobó" and
    "Cantidad que" over "el servicio? cobró el proveedor"): the long phrase is cut at the word gap that lies
    between each two headings over it, and each heading takes the words under it. Only when every heading so
    made is one of the vocabulary's exact headings; else None. ``per_line``: how many phrases each line brings."""
    many = [li for li, n in per_line.items() if n > 1]
    if len(many) != 1:
        return None  # (only one line may hold several headings; every other line holds one long phrase)
    top_li = many[0]
    heads = sorted((ph for li, ph in items if li == top_li), key=lambda ph: ph[0].x0)
    buckets: list[list[tuple[int, Word]]] = [[(top_li, w) for w in ph] for ph in heads]
    for li, ph in items:
        if li == top_li:
            continue
        piece: list[Word] = [ph[0]]
        pieces: list[list[Word]] = []
        for a, b in zip(ph, ph[1:]):
            # cut where the gap meets the space between two headings of the other line more than any neighbour gap
            cut_here = False
            for h0, h1 in zip(heads, heads[1:]):
                lo, hi = h0[-1].x1, h1[0].x0
                meet = min(hi, b.x0) - max(lo, a.x1)
                if meet > 0 and all(meet >= min(hi, d.x0) - max(lo, c.x1) for c, d in zip(ph, ph[1:])):
                    cut_here = True
            if cut_here:
                pieces.append(piece)
                piece = [b]
            else:
                piece.append(b)
        pieces.append(piece)
        for pc in pieces:
            over = [min(pc[-1].x1, h[-1].x1) - max(pc[0].x0, h[0].x0) for h in heads]
            k = max(range(len(heads)), key=lambda j: over[j])
            if over[k] <= 0:
                return None
            buckets[k].extend((li, w) for w in pc)
    out: list[tuple[list[Word], Field | None]] = []
    for bucket in buckets:
        ws = [w for _, w in sorted(bucket, key=lambda t: (t[0], t[1].x0))]
        f = _exact_header(" ".join(w.text for w in ws))
        if f is None:
            return None
        out.append((ws, f))
    return out


def _rejoin_broken(cells: list[tuple[list[Word], Field | None]]) -> list[tuple[list[Word], Field | None]]:
    """Two unknown heading cells, one over the other, the upper ending with a hyphen ("responsi-" over "bility"):
    one word broken over two heading lines, read whole."""
    out: list[tuple[list[Word], Field | None]] = []
    for ws, f in cells:
        if out and f is None and out[-1][1] is None:
            up, low = out[-1][0], ws
            a, b = up[-1], low[0]
            if a.text.endswith(("-", "\u00ad")) and b.top > a.bottom - 1 and min(a.x1, b.x1) - max(a.x0, b.x0) > 0:
                joined = up + low
                g = _match_run(joined)
                if g is not None:
                    out[-1] = (joined, g)
                    continue
        out.append((ws, f))
    return out


# the lower-case second halves of heading words broken over two lines ("Deduct-" / "ible", "Coins-" / "urance")
_WORD_TAILS = frozenset({"ible", "able", "urance", "ance", "ment", "ments", "ity", "ion", "ions", "ing", "ice", "ices",
                         "ility", "sibility", "ponsibility", "ount", "owed", "ered"})


def _is_sentence(line: TextLine) -> bool:
    """Prose, not headings: a full stop inside a phrase of running words, or a long line ending with
    one. A full stop after an abbreviated heading ("Member Resp.  Msg") is not prose: prose has small
    words in lower case ("is", "the", "of your") around it, where a heading's second line has the lower-case
    ends of its headings ("Svc date ... charges ... paid owes Expl.")."""
    ws = [w.text for w in line.words]
    if len(ws) > 8 and ws[-1].endswith(".") and (
            sum(1 for t in ws if t[:1].islower() and t.isalpha() and t.lower() not in _WORD_TAILS
                and not heading_word(t)) >= 2
            or (match_header(ws[-1]) is None and not _acceptable(_cells_single(line)))):
        return True  # (a heading row may end with an abbreviation: "... Schedule Benefit Expl.", "... Resp.")
    last = line.words[-1]
    for ph in phrases(line.words):
        if not any(w.text.endswith(".") and len(w.text) > 4 and w is not last for w in ph):
            continue
        texts = [w.text for w in ph]
        lower = sum(1 for t in texts if t[:1].islower() and t.isalpha())
        if lower >= 2 or len(texts) >= 6:
            # (unless every cell of the line is a heading: headings set close together, one ending with an
            # abbreviation, "... Covered amount Copay/Coins. Plan's share Your share")
            return not _all_headings(line)
    return False


def _all_headings(line: TextLine) -> bool:
    cells = _cells_single(line)
    return len(cells) >= 5 and all(f is not None for _, f in cells) and _acceptable(cells)


def _stacked_over(cells: list[tuple[list[Word], Field | None]]) -> int:
    """How many pairs of a heading reading's cells share most of their width (one printed over the other)."""
    spans = [(min(w.x0 for w in ws), max(w.x1 for w in ws)) for ws, _ in cells if ws]
    n = 0
    for i, (a0, a1) in enumerate(spans):
        for b0, b1 in spans[i + 1:]:
            if min(a1, b1) - max(a0, b0) > 0.5 * min(a1 - a0, b1 - b0):
                n += 1
    return n


# a section's banner under a heading ("*** CLAIMS PAID ***", "--- APPROVES ---"): never a heading's line
_BANNER = re.compile(r"^\s*[*=#~-]{2,}")


def _words_under(lower: TextLine, upper: TextLine) -> bool:
    """The second line of a heading row set in small words ("service  charged  discount ... respons."): three
    phrases or more, each under a heading of the line above; prose is one run of words, not that."""
    return len(phrases(lower.words)) >= 3 and _nested([lower, upper])


def _nested(group: Sequence[TextLine]) -> bool:
    """Every phrase of each upper line sits over a phrase of the line below (one heading per column
    written over several lines), so the stacked reading is the right one even when the last line
    alone names the same fields."""
    for upper, lower in zip(group, group[1:]):
        below = [(p[0].x0, p[-1].x1) for p in phrases(lower.words)]
        for p in phrases(upper.words):
            a0, a1 = p[0].x0, p[-1].x1
            if not any(min(a1, b1) - max(a0, b0) > 0 for b0, b1 in below):
                return False
    return True


_GLUED = re.compile(r"(?<=[a-z?])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])|(?<=\b[0-9])(?=[A-Z][a-z])|(?<=[a-z]\.)(?=[A-Z][a-z])")


def _label_line(ln: TextLine) -> bool:
    """A line opening with a label and its value ("Provider: Little Harbor ..."): never a heading row."""
    return bool(ln.words) and ln.words[0].text.endswith(":") and len(ln.words[0].text) > 2 and len(ln.words) > 2 \
        and not any(looks_like_money(w.text) for w in ln.words)


def _lower_glued(text: str) -> list[str]:
    """Two heading words in one case printed with no space between them ("coveredplan" where "Not covered" meets
    "Amount plan covers", "ACCTCLIENT"): the one way to cut it into two words headings are made of, if there is
    exactly one."""
    if len(text) < (6 if text.isupper() else 8) or not text.isalpha() or not (text.islower() or text.isupper()) \
            or heading_word(text):
        return [text]  # (capitals glue shorter: "POSNOS")
    def known(part: str, other: str) -> bool:
        # (in capitals, a short abbreviation beside an exact heading counts: "POS" | "NOS")
        return heading_word(part) or exact_header(part) is not None \
            or text.isupper() and len(part) <= 4 and exact_header(other) is not None
    cuts = [k for k in range(3, len(text) - 2) if known(text[:k], text[k:]) and known(text[k:], text[:k])]
    return [text[:cuts[0]], text[cuts[0]:]] if len(cuts) == 1 else [text]


def unglue(line: TextLine) -> TextLine:
    """Two headings printed with no space between them ("DeductibleCoinsurance", "POSUnits", where a narrow
    column's heading touches the next one) become two words, each with its share of the box by letters,
    when the whole is no heading and its parts (cut where a small letter, or a run of capitals, meets a
    capitalised word) are headings or short capital abbreviations, one a heading at least."""
    if not any(_GLUED.search(w.text) or w.text.isalpha() and (len(w.text) >= 8 and w.text.islower()
                                                                  or len(w.text) >= 6 and w.text.isupper())
               for w in line.words):
        return line
    out: list[Word] = []
    for w in line.words:
        parts = _GLUED.split(w.text) if _GLUED.search(w.text) else _lower_glued(w.text)
        # every part a heading, or headings and short capital abbreviations ("POSUnits": "POS", "Units"), or
        # every part a word headings are made of ("AmountMaximum": two stacked headings' words overprinted)
        if len(parts) < 2 or exact_header(w.text) is not None \
                or not (all(heading_word(p) for p in parts)
                        # ("Adjust.Your": an abbreviation's full stop, then the next heading's first word)
                        or parts[0].endswith(".") and all(heading_word(p) or match_header(p) is not None for p in parts)
                        or (any(exact_header(p) is not None for p in parts)
                            and all(exact_header(p) is not None or re.fullmatch(r"[A-Z]{2,4}|[0-9]", p)
                                    for p in parts))):
            out.append(w)
            continue
        per = (w.x1 - w.x0) / max(1, len(w.text))
        x = w.x0
        for p in parts:
            out.append(Word(p, x, x + per * len(p), w.top, w.bottom, w.size, w.font))
            x += per * len(p)
    return TextLine(line.page, line.number, tuple(out))


def find_header(lines: Sequence[TextLine], i: int) -> Header | None:
    """The table header starting at ``lines[i]``, or None. A heading may be stacked over two or three
    lines; each stacked line must itself look like a row of headings (two phrases or more, no
    ``Label: value`` pairs), and a line that is a full header by itself is never stacked under another."""
    ln = unglue(content(lines[i]))
    if not ln.words or not _is_texty(ln) or len(ln.words) < 2 or len(ln.words) > 60:
        return None
    if token_kind(ln.words[0].text) in (Kind.REMARK, Kind.CODE, Kind.ADJ):
        return None  # a legend entry ("M15 Billed separately but paid ..."), not a heading
    if _is_sentence(ln) or _TITLE.search(ln.text) and _holds_number(ln):
        return None  # (or the document's title beside a number: "... Explanation of Benefits ... Member number SPA 0093 4410")
    if ln.words[0].text[:1].islower() and any(w.text[:1].isupper() and not heading_word(w.text) for w in ln.words[1:]):
        # "billed to Beacon Shore Health, awaiting payment": a clause naming a payer in capitals, no heading row
        # (a heading's second line may open in lower case: "service  Service  Qty  Billed ...")
        return None
    if info_header(ln) is not None:
        return None  # a heading row of claim fields, its values on the lines below: not a table's heading
    if _label_line(ln):
        return None  # "Provider: Little Harbor Pediatric Therapy  114 Quarry Street": a label and its value
    best: tuple[tuple[int, int, int], list[tuple[list[Word], Field | None]], tuple[TextLine, ...]] | None = None
    single = _cells_single(ln)
    if i > 0 and _second_row_heading(lines[i - 1], ln, single):
        return None
    if not _acceptable(single) and _abbreviation_candidates(single) >= 2:
        single = confirm_abbreviations(single, rows_below(lines, i + 1))
    if _acceptable(single):
        best = (_score(single), single, (lines[i],))
        if claim_over_service(lines, i, single):
            # a heading of the claims' own rows over the heading of their services: two headings, not one
            # stacked heading ("NAME RECIP ID PAT ACCT ICN BILLED AMT ..." over "DTL FROM TO PROC ...")
            return _header_from(lines, i, single, (lines[i],))
    group = [ln]
    raw = [lines[i]]
    rival: tuple[int, int, int] | None = None  # a later line that is a header by itself
    clean_rival: tuple[int, int, int] | None = None
    if len(phrases(ln.words)) >= 2:
        for k in (1, 2, 3, 4):
            if i + k >= len(lines):
                break
            nxt = unglue(content(lines[i + k]))
            prev = group[-1]
            if not nxt.words or not _is_texty(nxt) or _is_sentence(nxt) and not _words_under(nxt, prev) \
                    or _label_line(nxt) or _BANNER.match(lines[i + k].text) or _street_under(nxt, prev) \
                    or _holds_number(nxt) \
                    or token_kind(nxt.words[0].text) in (Kind.REMARK, Kind.CODE, Kind.ADJ) and not _codes_under(nxt, prev) \
                    or nxt.top - prev.bottom > max(prev.height, prev.size) * 0.9 or len(nxt.words) > 40:
                # (the gap measured against the type size too: a glyph box shorter than the type, 6.7 points for 7.5
                # point type, would part a heading's two lines set 13 points apart)
                # (nor does a heading hold a number: "... Member number SPA 0093 4410" under a plan's name is the
                # member's, no heading's second line)
                break
            if len(phrases(nxt.words)) < 2 and not (
                    (k > 1 and len(nxt.words) <= 3 or len(nxt.words) == 1 and nxt.words[0].text.isalpha()
                     and _heads_with(nxt.words[0], prev.words))
                    and any(min(w.x1, p[-1].x1) - max(w.x0, p[0].x0) > 0 for w in nxt.words for p in phrases(prev.words))) \
                    and not _centred_heading(nxt, prev, lines[i + k + 1] if i + k + 1 < len(lines) else None):
                # (a heading's last word alone on a third line, "facturar" under "le pueden", goes on; so does a heading
                # word alone on the second, "COPAY" under "RECIP")
                break
            alone = _cells_single(nxt)
            if _acceptable(alone):
                rival = _score(alone) if rival is None else max(rival, _score(alone))
                # scored by the fields it names once: a line naming one field twice ("Rate" ... "Approved") is
                # no full header by itself
                clean_rival = _clean_score(alone) if clean_rival is None else max(clean_rival, _clean_score(alone))
            group.append(nxt)
            raw.append(lines[i + k])
            cells = _cells_stacked(group)
            if not any(info_header(g) for g in group):
                # (a row of claim headings over the table's headings is two rows, never one stacked heading)
                alt = _cells_stacked(group, split=True)
                if _acceptable(alt) and (not _acceptable(cells) or _clean_score(alt) > _clean_score(cells)
                                         or _clean_score(alt) == _clean_score(cells) and _stacked_over(alt) == 0
                                         and _stacked_over(cells) > 0 and all(len(phrases(g.words)) >= 3 for g in group)):
                    # (on a tie between rows of headings, the reading whose headings do not sit one over another:
                    # "Amount Provider" over "Charged" read as two columns is one heading cut in two)
                    cells = alt
            lower = {f for _, f in alone if f is not None}
            if best is not None and len(best[2]) == 1 and lower and lower <= _SECOND_ROW and _crossed_headings(cells):
                # the line alone is a full heading, and the line under it heads the services' second text lines
                # ("LN SVC-FROM SVC-TO PROC ..." over "GRP-RSN ADJ AMT REMARK"): never one stacked heading
                continue
            if _acceptable(cells) and (best is None or _score(cells) > best[0]) \
                    and (rival is None or _score(cells)[:2] > rival[:2]
                         or (_score(cells)[:2] == rival[:2] and _nested(group))
                         or (clean_rival is not None and _clean_score(cells)[:2] > clean_rival[:2]
                             and _clean_score(cells)[0] > _score(alone)[0] - 1)):
                best = (_score(cells), cells, tuple(raw))
    if best is None:
        return None
    cells, taken = best[1], best[2]
    after = i + len(taken)
    codes_line = unglue(content(lines[after])) if after < len(lines) else None
    if codes_line is not None and _codes_under(codes_line, unglue(content(taken[-1]))):
        # "Ded  Coins  Contract  Seq  Denial" over "PR-1  PR-2  CO-45  CO-253  CO-50": each code joins the heading it
        # sits under, naming the adjustment its amounts are
        cells = [(ws + [c for c in codes_line.words if any(min(c.x1, w.x1) - max(c.x0, w.x0) > 0 for w in ws)], f)
                 for ws, f in cells]
        taken = taken + (lines[after],)
    hung = _hung_heading(lines, i, len(taken))
    if hung is not None:
        cells = sorted(cells + [(hung, match_header(" ".join(w.text for w in hung)))], key=lambda c: c[0][0].x0)
        taken = taken + (lines[i + 1],)
    return _header_from(lines, i, cells, taken)


def _holds_number(ln: TextLine) -> bool:
    """A word of four digits or more on the line: a value (a member's or claim's number), no heading's word."""
    return any(sum(ch.isdigit() for ch in w.text) >= 4 for w in ln.words)


def _street_under(ln: TextLine, above: TextLine) -> bool:
    """The line opens with a street ("418 Larkspur Court, Apt 2") under the first words of the line above: an
    addressee's name over the address, beside the page's other text, never a heading's two lines."""
    return bool(ln.words and above.words) and abs(ln.words[0].x0 - above.words[0].x0) < 3 \
        and STREET.match(" ".join(w.text for w in ln.words[:3])) is not None


def _codes_under(ln: TextLine, above: TextLine) -> bool:
    """A heading's second line of adjustment codes, each under a heading ("Ded  Coins  Contract  Seq" over "PR-1  PR-2
    CO-45  CO-253"): the code each amount column stands for, part of the heading row, never a legend entry."""
    return len(ln.words) >= 2 and all(HEADED_CODE.fullmatch(clean_text(w.text)) for w in ln.words) \
        and all(any(min(w.x1, a.x1) - max(w.x0, a.x0) > 0 for a in above.words) for w in ln.words)


def _centred_heading(ln: TextLine, above: TextLine, below: TextLine | None) -> bool:
    """The heading of the first column set level with the middle line of a three-line heading row ("Service
    Provided & Billing Code" between "Service  Amount ..." and "Approved?  Charged ..."): a heading by itself, in
    the gap the row leaves for it, with more of the row's headings on the line under it."""
    if below is None or len(phrases(below.words)) < 2 or not _is_texty(below) \
            or below.top - ln.bottom > ln.height * 0.9 or match_header(ln.text) is None:
        return False
    return not any(min(w.x1, a.x1) - max(w.x0, a.x0) > -1.0 for w in ln.words for a in above.words + below.words)


def _heads_with(w: Word, above: Sequence[Word]) -> bool:
    """A word alone under a heading row is a heading's second line: a heading itself ("COPAY" under "RECIP"), or
    the end of the one over it ("Portion" under "Your")."""
    if match_header(w.text) is not None:
        return True
    over = [a for a in above if min(a.x1, w.x1) - max(a.x0, w.x0) > 0]
    return bool(over) and exact_header(" ".join(a.text for a in over) + " " + w.text) is not None


def _hung_heading(lines: Sequence[TextLine], i: int, n: int) -> list[Word] | None:
    """A heading of two lines set level with a row of one-line headings, its first line a little above the row
    and its second a little below ("Patient" / "Balance" beside "... Ins Adj  Msg"): the words above and
    below, in a gap between the row's headings, read as one more heading (the line below is the heading's)."""
    main = lines[i]
    if n != 1 or not main.words:
        return None
    h = max(w.bottom - w.top for w in main.words)

    def hanging(k: int, above: bool) -> list[Word] | None:
        if not 0 <= k < len(lines) or not lines[k].words or len(lines[k].words) > 3 \
                or len(phrases(lines[k].words)) != 1:
            return None
        ln = lines[k]
        if (main.top - ln.top if above else ln.bottom - main.bottom) > h * 0.75:
            return None  # (a line of its own, not half a heading level with the row)
        if any(min(w.x1, m.x1) - max(w.x0, m.x0) > -1.0 for w in ln.words for m in main.words):
            return None  # over or under one of the row's headings: stacked, not hung
        if any(looks_like_money(w.text) or not w.text[:1].isalpha() for w in ln.words):
            return None
        return list(ln.words)

    up, down = hanging(i - 1, True), hanging(i + 1, False)
    if up is None or down is None or min(up[-1].x1, down[-1].x1) - max(up[0].x0, down[0].x0) <= 0:
        return None
    words = up + down
    return words if match_header(" ".join(w.text for w in words)) is not None else None


_CLAIM_LEVEL = {Field.PATIENT, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID}


def claim_over_service(lines: Sequence[TextLine], i: int, cells: list[tuple[list[Word], Field | None]]) -> bool:
    """Line ``i`` heads the claims' rows (names the claim's person or numbers, and no procedure code) and the
    line right under it is a full heading of its own with the procedure code: the services' heading."""
    fields = {f for _, f in cells if f is not None}
    if Field.CODE in fields or len(fields & _CLAIM_LEVEL) < 2 or i + 1 >= len(lines):
        return False
    nxt = unglue(content(lines[i + 1]))
    if not nxt.words or not _is_texty(nxt) or nxt.top - lines[i].bottom > lines[i].height * 0.9:
        return False
    alone = _cells_single(nxt)
    return _acceptable(alone) and any(f is Field.CODE for _, f in alone)


def _header_from(lines: Sequence[TextLine], i: int, cells: list[tuple[list[Word], Field | None]],
                 taken: tuple[TextLine, ...]) -> Header:
    # (a side panel's lines, read after the table, hold amounts too: "$2,440.00 of $5,000.00 met" wholly
    # beside the heading is no row under it)
    lo, hi = min(w.x0 for ws, _ in cells for w in ws), max(w.x1 for ws, _ in cells for w in ws)
    below = [r for r in rows_below(lines, i + len(taken)) if any(w.x1 > lo and w.x0 < hi for w in r.words)]
    bands = value_bands(below)
    if bands:
        cells = split_by_bands(cells, bands)
    if _abbreviation_candidates(cells):
        cells = confirm_abbreviations(cells, below)
    cols = tuple(
        Column(_keyed(f, ws), min(w.x0 for w in ws), max(w.x1 for w in ws), " ".join(w.text for w in ws)) for ws, f in cells
    )
    cols = _code_headed(cols)
    cols = snap_to_bands(fit_to_values(_named_from_above(lines, i, _bracket_qualifiers(tuple(sorted(cols, key=lambda c: c.x0)))),
                                       below), below)
    # the words of the page's title lines, which may name whose payment the document reports
    title = frozenset(t.lower() for ln in lines[:min(i, 4)] for t in re.findall(r"[A-Za-z]+", ln.text))
    cols = cost_share_total(balance_owed(own_payment(share_part(second_code(one_allowed(billed_units(
        adjustment_amount(grouped_adjustments(cols)))))), title)), below)
    cols = seq_amounts(discount_by_sum(allowed_by_sum(dates_by_shape(party_amounts(flag_columns(cols, below), below), below),
                                                      below), below), below)
    cols, second = _second_line_fields(claim_columns(unheaded_description(cols, below)))
    return Header(cols, taken, second)


def unheaded_description(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """A service's words printed under no heading of their own, in a wide gap between two headings ("Units"
    ... "Amount billed" over "1  OT evaluation, moderate complexity  240.00"): with no description column, the
    gap where two rows or more print words is the description's, so the words never crowd the columns beside
    it."""
    if any(c.field is Field.DESCRIPTION for c in cols) or len(rows) < 2:
        return cols
    size = rows[0].size or 8.0
    for k in range(len(cols) - 1):
        a, b = cols[k], cols[k + 1]
        # (where a description sits: after the code and its modifiers or count, before the first amount)
        if a.field not in (Field.CODE, Field.MODIFIERS, Field.UNITS) or b.field not in MONEY_FIELDS:
            continue
        lo, hi = a.x1 + size * 0.5, b.x0 - size * 0.5
        if hi - lo < size * 6:
            continue
        worded = sum(1 for r in rows if any(token_kind(w.text) == Kind.CODE for w in r.words)
                     and sum(1 for w in r.words if lo <= (w.x0 + w.x1) / 2 <= hi and re.search(r"[A-Za-z]{3}", w.text)
                             and token_kind(w.text) != Kind.DATE) >= 2)
        if worded >= 2 and worded * 2 >= len(rows):
            return cols[:k + 1] + (Column(Field.DESCRIPTION, lo, hi, ""),) + cols[k + 1:]
    return cols


_SECOND_LINE_FIELDS = {Field.MODIFIERS, Field.PATIENT, Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.MEMBER_ID,
                       Field.DESCRIPTION, Field.PROVIDER}


def _second_line_fields(cols: tuple[Column, ...]) -> tuple[tuple[Column, ...], tuple[tuple[int, Field], ...]]:
    """Headings naming two values with a slash, the second printed under the first ("Proc / Mod", "Claim No. /
    Patient", "Provider / Pt Acct No."): each such column reads its first value as the first part names, and
    the field of its second value is kept apart."""
    out: list[tuple[int, Field]] = []
    fixed = list(cols)
    for k, c in enumerate(cols):
        parts = [p.strip() for p in clean_text(c.label).split(" / ")]
        if len(parts) != 2 or not parts[0] or not parts[1]:
            continue
        f1, f2 = match_header(parts[0]), match_header(parts[1])
        # (a claim number's label says whose number it is: "Claim No." the payer's, "Pt Acct No." the provider's)
        f1 = claim_key(parts[0]) if f1 in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID) else f1
        f2 = claim_key(parts[1]) if f2 in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID) else f2
        if f1 is Field.DESCRIPTION and f2 in (Field.CODE, Field.UNITS) and c.field is not f1:
            # "Service provided / code and units": the service's words, its code and count printed under them
            fixed[k] = Column(f1, c.x0, c.x1, c.label)
            continue
        if f1 is None or f2 not in _SECOND_LINE_FIELDS or f1 is f2:
            continue
        fixed[k] = Column(f1, c.x0, c.x1, c.label)
        out.append((k, f2))
    return tuple(fixed), tuple(out)


def _cell_texts(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> list[dict[int, str]]:
    out = []
    for r in rows:
        cells = cut(r.words, cols)
        out.append({j: " ".join(w.text for w in ws) for j, ws in cells.words.items() if ws})
    return out


def dates_by_shape(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """A table with no date column whose words-heading column ("Service" under a "Date of" printed
    on a line of its own) holds a date on every row: the values' shape names it the service date."""
    if any(c.field in (Field.SERVICE_DATE, Field.SERVICE_END) for c in cols) or not rows:
        return cols
    cand = [k for k, c in enumerate(cols) if c.field in (None, Field.DESCRIPTION)]
    if not cand:
        return cols
    seen = dict.fromkeys(cand, 0)
    for vals in _cell_texts(cols, rows):
        for k in list(seen):
            if k in vals:
                if _is_date(vals[k]):
                    seen[k] += 1
                else:
                    del seen[k]
    hits = [k for k, n in seen.items() if n >= 2]
    if len(hits) != 1:
        return cols
    return tuple(Column(Field.SERVICE_DATE, c.x0, c.x1, c.label) if j == hits[0] else c for j, c in enumerate(cols))


_FLAG = re.compile(r"^(?:y|n|yes|no)$", re.IGNORECASE)


def flag_columns(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """A date-named heading ("Posted") over a yes/no flag on every row ("Y") says whether the line was posted; it
    is no date, and its flag is no remark of the column beside it."""
    dated = [k for k, c in enumerate(cols) if c.field is Field.OTHER_DATE]
    if not dated or len(rows) < 2:
        return cols
    bare = tuple(Column(None, c.x0, c.x1, c.label) if k in dated else c for k, c in enumerate(cols))
    texts = _cell_texts(bare, rows)
    flags = [k for k in dated if sum(1 for v in texts if k in v) >= 2
             and all(_FLAG.match(clean_text(v[k])) for v in texts if k in v)]
    return tuple(Column(None, c.x0, c.x1, c.label) if k in flags else c for k, c in enumerate(cols))


def party_amounts(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """A party's name as a heading, yet an amount on every row under it: a statement's "Insurance" column between
    "Charges" and "Adjustments" is, with no column of the plan's payment, what the insurance paid; a member EOB's
    "Provider's" over dollar amounts is, with no charge column, what the provider billed."""
    for named, meant in ((Field.PAYER, Field.PAID), (Field.PROVIDER, Field.BILLED)):
        at = [k for k, c in enumerate(cols) if c.field is named]
        if len(at) != 1 or any(c.field is meant for c in cols) or len(rows) < 2:
            continue
        vals = [v[at[0]] for v in _cell_texts(cols, rows) if at[0] in v]
        if len(vals) >= 2 and all(looks_like_money(v) for v in vals):
            cols = tuple(Column(meant, c.x0, c.x1, c.label) if k == at[0] else c for k, c in enumerate(cols))
    return cols


def seq_amounts(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """"Seq" names a line's sequence number on a remit and the sequestration cut on a posting report: under it,
    amounts with cents on every row ("1.09", "0.54") say which, and the column holds an adjustment's amount."""
    out = list(cols)
    for j, c in enumerate(cols):
        if c.field is not Field.LINE_NUMBER or not re.match(r"seq\b", clean_text(c.label), re.IGNORECASE):
            continue
        shapes = [[w.text for w in r.words if c.x0 - 2 <= (w.x0 + w.x1) / 2 <= c.x1 + 2] for r in rows]
        shapes = [ws for ws in shapes if ws]
        if len(shapes) >= 2 and all(len(ws) == 1 and looks_like_money(ws[0]) and "." in ws[0] for ws in shapes):
            out[j] = Column(Field.ADJUSTMENT, c.x0, c.x1, c.label)
    return tuple(out)


def allowed_by_sum(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """The document's arithmetic names a column: with no allowed-amount column, an unnamed money column
    equal on every row to what the plan paid plus what the patient owes is the allowed amount."""
    if any(c.field is Field.ALLOWED for c in cols) or not rows:
        return cols
    paid = [k for k, c in enumerate(cols) if c.field is Field.PAID]
    owes = [k for k, c in enumerate(cols) if c.field is Field.PATIENT_OWES]
    unknown = [k for k, c in enumerate(cols) if c.field is None]
    if len(paid) != 1 or len(owes) != 1 or not unknown:
        return cols
    agree = dict.fromkeys(unknown, 0)
    for vals in _cell_texts(cols, rows):
        try:
            p = parse_money(vals.get(paid[0], ""))
            o = parse_money(vals.get(owes[0], ""))
        except ValueParseError:
            continue
        if p is None or o is None:
            continue
        for k in list(agree):
            try:
                v = parse_money(vals.get(k, ""))
            except ValueParseError:
                v = None
            if v is None or v != p + o:
                del agree[k]
            elif v != 0:
                agree[k] += 1
    hits = [k for k, n in agree.items() if n >= 2]
    if len(hits) != 1:
        return cols
    return tuple(Column(Field.ALLOWED, c.x0, c.x1, c.label) if j == hits[0] else c for j, c in enumerate(cols))


def discount_by_sum(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """The document's arithmetic overrules a heading: a column read as the allowed amount ("Network Price")
    whose values are, row after row, what was billed less what the plan paid and the patient owes, and never
    what those two add up to, is the network discount."""
    one = {f: [k for k, c in enumerate(cols) if c.field is f]
           for f in (Field.ALLOWED, Field.BILLED, Field.PAID, Field.PATIENT_OWES, Field.DISCOUNT)}
    if any(len(one[f]) != 1 for f in (Field.ALLOWED, Field.BILLED, Field.PAID, Field.PATIENT_OWES)) \
            or one[Field.DISCOUNT] or not rows:
        return cols
    (a,), (b,), (p,), (o,) = (one[f] for f in (Field.ALLOWED, Field.BILLED, Field.PAID, Field.PATIENT_OWES))
    cut_rows = 0
    for vals in _cell_texts(cols, rows):
        try:
            v, billed, paid, owes = (parse_money(vals.get(k, "")) for k in (a, b, p, o))
        except ValueParseError:
            continue
        if v is None or billed is None or paid is None or owes is None or v == 0:
            continue
        if v == paid + owes or v != billed - paid - owes:
            return cols
        cut_rows += 1
    if cut_rows < 2:
        return cols
    return tuple(Column(Field.DISCOUNT, c.x0, c.x1, c.label) if j == a else c for j, c in enumerate(cols))


_SHARE_PARTS = (Field.DEDUCTIBLE, Field.COPAY, Field.COINSURANCE)


_ALLOWED_WORD = re.compile(r"\b(allow\w*|approv\w*|eligible|negotiated|contract\w*)\b", re.IGNORECASE)


def _bracket_qualifiers(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """A bracketed word printed after a heading qualifies it ("Claim Number (ICN)"): one column."""
    out: list[Column] = []
    for c in cols:
        # (never a bracket that heads a column of the row's own: "Allowed" | "(Grp Rsn Amount)")
        if out and re.fullmatch(r"\(.+\)", clean_text(c.label)) and c.x0 - out[-1].x1 < 12 \
                and not (c.field in ROW_FIELDS and out[-1].field in ROW_FIELDS and c.field is not out[-1].field):
            prev = out[-1]
            label = prev.label + " " + c.label
            f = match_header(label) or prev.field
            if f in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID):
                f = claim_key(label)
            out[-1] = Column(f, prev.x0, c.x1, label)
            continue
        out.append(c)
    return tuple(out)


_PAID_WORD = re.compile(r"\b(paid|pd|allowed|alwd|approved)\b", re.IGNORECASE)


def billed_units(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """Billed and paid units side by side ("BILL UNITS" | "PAID UNITS"): the line's units are the billed ones;
    the units the payer paid are read apart."""
    units = [k for k, c in enumerate(cols) if c.field is Field.UNITS]
    paid = [k for k in units if _PAID_WORD.search(cols[k].label)]
    if len(units) == 2 and not paid:
        # "BILLED QTY" ... "QTY" (under "ALLOWED"), "UNITS" ... "UNITS": two counts of one service, the billed
        # count first and the payer's count after it
        paid = units[1:]
    if len(units) != 2 or len(paid) != 1:
        return cols
    return tuple(Column(Field.PAID_UNITS, c.x0, c.x1, c.label) if k in paid else c for k, c in enumerate(cols))


_OTHER_PAYER_WORD = re.compile(r"\b(primary|prior|other|medicare|medicaid)\b", re.IGNORECASE)


def one_allowed(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """Two columns read as the allowed amount ("Medicare rate" ... "Plan allowance" on a reference-based
    pricing plan): the one whose heading says allowed / approved is the line's allowed amount; the other
    is a reference rate."""
    allowed = [k for k, c in enumerate(cols) if c.field is Field.ALLOWED]
    # ("Primary plan allowed" beside "This plan allows": the other payer's allowed amount is not this plan's)
    named = [k for k in allowed if _ALLOWED_WORD.search(cols[k].label) and not _OTHER_PAYER_WORD.search(cols[k].label)]
    if len(allowed) < 2 or len(named) != 1:
        return cols
    return tuple(Column(Field.RATE, c.x0, c.x1, c.label) if k in allowed and k not in named else c
                 for k, c in enumerate(cols))


def second_code(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """A bare "Code" heading after the amounts, in a table that already has its procedure-code column ("PROC
    CODE" ... "AMOUNT ALLOWED  CODE  REMARK"): the payer's explanation codes, read as remark codes."""
    codes = [k for k, c in enumerate(cols) if c.field is Field.CODE]
    money = [k for k, c in enumerate(cols) if c.field in MONEY_FIELDS]
    if len(codes) < 2 or not money:
        return cols
    later = [k for k in codes[1:] if k > money[0] and normalise_header(cols[k].label) in ("code", "codes", "cd")]
    # two code headings, one naming the procedure ("PROC CODE") and one naming something else ("RAD CODE", "RA CODE"):
    # the other is the payer's explanation code
    proc = [k for k in codes if _PROC_WORD.search(cols[k].label)]
    if len(proc) == 1:
        later += [k for k in codes if k not in proc and _EXPLAIN_WORD.search(cols[k].label)]
    return tuple(Column(Field.REMARKS, c.x0, c.x1, c.label) if k in later else c for k, c in enumerate(cols))


_EXPLAIN_WORD = re.compile(r"\b(rad|ra|eob|reason|rsn|remark|rmk|msg|message|explanation|expl|denial|edit|error)\b",
                           re.IGNORECASE)
_PROC_WORD = re.compile(r"\b(proc|procedure|cpt|hcpcs|service|svc|billing)\b", re.IGNORECASE)


_COST_SHARE = re.compile(r"\bcost[\s-]*share\b", re.IGNORECASE)
_SHARE_WHOLE = re.compile(r"\b(total|your|family|member|patient|you)\b", re.IGNORECASE)


def share_part(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """A bare "Cost Share" column beside a deductible column and no coinsurance column (a federal program's
    remit: "Deductible | Cost Share | Paid") is the percentage part of the patient's share, not all of it:
    the family owes the deductible as well. A "Total" / "Your" / "Family" cost share stays the whole share."""
    fields = {c.field for c in cols}
    if Field.DEDUCTIBLE not in fields or Field.COINSURANCE in fields:
        return cols
    owes = [k for k, c in enumerate(cols) if c.field is Field.PATIENT_OWES]
    if len(owes) != 1:
        return cols
    label = cols[owes[0]].label
    if not _COST_SHARE.search(label) or _SHARE_WHOLE.search(label):
        return cols
    return tuple(Column(Field.COINSURANCE, c.x0, c.x1, c.label) if k == owes[0] else c for k, c in enumerate(cols))


def cost_share_total(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """The document's own arithmetic names a column: in a table with no patient-owes column, an unnamed
    column ("Total") whose amount on every row under it is the row's deductible + copay + coinsurance
    (+ not covered) is the patient's share of the cost."""
    if any(c.field is Field.PATIENT_OWES for c in cols) or sum(1 for c in cols if c.field in _SHARE_PARTS) < 2:
        return cols
    unknown = [k for k, c in enumerate(cols) if c.field is None]
    if not unknown or not rows:
        return cols
    agree = dict.fromkeys(unknown, 0)
    for r in rows:
        cells = cut(r.words, cols)
        vals: dict[int, Decimal] = {}
        for j, ws in cells.words.items():
            try:
                v = parse_money(" ".join(w.text for w in ws))
            except ValueParseError:
                continue
            if v is not None:
                vals[j] = v
        parts = [vals[k] for k, c in enumerate(cols) if c.field in _SHARE_PARTS and k in vals]
        if len(parts) < 2:
            continue
        share = sum(parts, Decimal(0))
        nc = sum((vals[k] for k, c in enumerate(cols) if c.field is Field.NOT_COVERED and k in vals), Decimal(0))
        for k in list(agree):
            if k not in vals or vals[k] not in (share, share + nc):
                del agree[k]
            else:
                agree[k] += 1 if vals[k] != 0 else 0
    hits = [k for k, n in agree.items() if n >= 1]
    if len(hits) != 1:
        return cols
    k = hits[0]
    return tuple(Column(Field.PATIENT_OWES, c.x0, c.x1, c.label) if j == k else c for j, c in enumerate(cols))


def _named_from_above(lines: Sequence[TextLine], i: int, cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """A heading's first words printed alone on the line above the heading row ("Your plan's" over
    "price"): an unknown heading takes the words right over it when together they name a field the table
    has no column for yet."""
    if i == 0 or not any(c.field is None for c in cols):
        return cols
    above, first = content(lines[i - 1]), content(lines[i])
    if not above.words or not _is_texty(above) or _is_sentence(above) or _label_line(above) or len(above.words) > 8 \
            or first.top - above.bottom > above.height * 0.9:
        return cols
    named = {c.field for c in cols if c.field is not None}
    out = list(cols)
    for ph in phrases(above.words):
        a0, a1 = ph[0].x0, ph[-1].x1
        over = [k for k, c in enumerate(cols) if min(a1, c.x1) - max(a0, c.x0) > 0]
        if len(over) != 1 or cols[over[0]].field is not None:
            continue
        c = cols[over[0]]
        label = " ".join(w.text for w in ph) + " " + c.label
        f = match_header(label)
        if f is not None and f not in named and (f in ROW_FIELDS):
            out[over[0]] = Column(f, min(a0, c.x0), max(a1, c.x1), label)
            named.add(f)
    return tuple(out)


_RECORD_KEY = re.compile(r"(?:med(?:ical)? rec(?:ord)?|mrn)(?: no| num| number| nbr)?")
_PAYER_WORD = re.compile(r"\b(payer|payor|insurer|insurance|ins|plan|carrier|icn|dcn|tcn|ccn)\b", re.IGNORECASE)


def claim_columns(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """Two columns both read as the payer's claim number ("Our Claim #", "Insurer Claim #"): the one whose
    heading names the payer is the payer's; the other is the provider's own number (``claim_id``)."""
    pay = [k for k, c in enumerate(cols) if c.field is Field.PAYER_CLAIM_ID]
    own = [k for k, c in enumerate(cols) if c.field is Field.CLAIM_ID]
    if not own:
        # "MED REC" / "MRN" beside the payer's number, and no account number: the provider's own record number
        # is the only number the provider keeps the claim by
        rec = [k for k, c in enumerate(cols) if c.field is None and _RECORD_KEY.fullmatch(normalise_header(c.label))]
        if len(rec) == 1:
            return tuple(Column(Field.CLAIM_ID, c.x0, c.x1, c.label) if k == rec[0] else c for k, c in enumerate(cols))
    if len(own) == 2 and not pay:
        # "ENCOUNTER #" beside "PAT ACCT": the provider's account / control number is the provider's; the
        # other number (the plan's encounter or visit number) is the payer's
        strong = [k for k in own if _ACCOUNT_KEY.search(clean_text(cols[k].label).replace("#", " "))]
        if len(strong) == 1:
            other = own[0] if strong[0] == own[1] else own[1]
            return tuple(Column(Field.PAYER_CLAIM_ID, c.x0, c.x1, c.label) if k == other else c for k, c in enumerate(cols))
        return cols
    if len(pay) != 2 or own:
        return cols
    named = [k for k in pay if _PAYER_WORD.search(cols[k].label)]
    if len(named) != 1:
        return cols
    other = pay[0] if named[0] == pay[1] else pay[1]
    return tuple(Column(Field.CLAIM_ID, c.x0, c.x1, c.label) if k == other else c for k, c in enumerate(cols))


_BALANCE = re.compile(r"^(?:balance|bal|your\s+balance|balance\s+due|amount\s+due|due)$", re.IGNORECASE)


# ("-AMT": the amount half of "GRP/RC-AMT" printed apart from its codes' half, over its own column)
_BARE_AMOUNT = re.compile(r"^-?(?:amt|amount|amnt|\$)$", re.IGNORECASE)


_GROUP_IN_LABEL = re.compile(r"\((CO|PR|OA|PI|CR)(?:\s*/\s*(?:CO|PR|OA|PI|CR))*\)\s*$", re.IGNORECASE)


def label_group(label: str) -> str | None:
    """The adjustment group a heading names in brackets ("Contractual (CO)", "Patient resp. (PR)", "Other
    (OA/PI)": the first group), or None."""
    m = _GROUP_IN_LABEL.search(clean_text(label))
    return m.group(1).upper() if m else None


def grouped_adjustments(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """Adjustment columns headed by their group ("Contractual (CO)" | "Patient resp. (PR)" | "Other (OA/PI)"),
    their cells holding reason codes and amounts ("45: 111.80"): adjustment columns, whatever the words say."""
    return tuple(Column(Field.ADJUSTMENT, c.x0, c.x1, c.label) if label_group(c.label) else c for c in cols)


def adjustment_amount(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """A bare "AMT" heading right after the adjustment codes' column ("GRP/RC  AMT") is those codes' amount; a
    bare "Amount" before every other amount of a table with no charge column ("Qty  Amount  Ins Paid ...") is
    the charge."""
    cols = tuple(Column(Field.ADJUSTMENT, c.x0, c.x1, c.label)
                 if c.field is None and k and cols[k - 1].field is Field.ADJUSTMENT_CODE and _BARE_AMOUNT.match(clean_text(c.label))
                 else c for k, c in enumerate(cols))
    money = [k for k, c in enumerate(cols) if c.field in MONEY_FIELDS]
    bare = [k for k, c in enumerate(cols) if c.field is None and _BARE_AMOUNT.match(clean_text(c.label))]
    if len(bare) == 1 and (not money or bare[0] < money[0]) and not any(c.field is Field.BILLED for c in cols):
        c = cols[bare[0]]
        cols = cols[:bare[0]] + (Column(Field.BILLED, c.x0, c.x1, c.label),) + cols[bare[0] + 1:]
    return cols


def balance_owed(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """A "Balance" heading in a table with no patient-owes column (a clinic's or patient's statement) is
    what is left for the patient to pay."""
    if any(c.field is Field.PATIENT_OWES for c in cols):
        return cols
    return tuple(Column(Field.PATIENT_OWES, c.x0, c.x1, c.label) if c.field is None and _BALANCE.match(clean_text(c.label))
                 else c for c in cols)


_OWN_PAYER = re.compile(r"\b(plan|we|our|us|ins|insurance|insurer)\b", re.IGNORECASE)
_OWN_PLAN = re.compile(r"\b(plan|we|our|us)\b", re.IGNORECASE)


def _qualifier(label: str) -> str | None:
    """The first word of a two-word heading when it is not the trade's own word ("EI" of "EI PAID")."""
    ws = clean_text(label).split()
    if len(ws) != 2 or match_header(ws[0]) is not None:
        return None
    return ws[0].lower()


def own_payment(cols: tuple[Column, ...], title: frozenset[str] = frozenset()) -> tuple[Column, ...]:
    """Several paid columns (a crossover or secondary EOB: "Medicare Paid" ... "Plan G Paid"): the document's
    own payment is the one its heading names as the plan ("Plan", "We", "Our"), or by the word the document's
    title calls its payment by ("Grant paid" under "Grant Payment Remittance"), else the last; the others
    are another payer's money."""
    paid = [k for k, c in enumerate(cols) if c.field is Field.PAID]
    if len(paid) < 2:
        return cols
    named = [k for k in paid if _OWN_PLAN.search(cols[k].label)]
    if len(named) != 1:
        named = [k for k in paid if (_qualifier(cols[k].label) or "") in title]
    if len(named) != 1:
        named = [k for k in paid if _OWN_PAYER.search(cols[k].label)]
        if len(named) == 1 and len(paid) == 2:
            # "INS PAID" beside "EI PAID" on a program's statement: a paid column named by a program's
            # own word (its allowed column carries the same word, "EI RATE") is the document's payment,
            # and the family's insurance is the other payer
            other = paid[0] if named[0] == paid[1] else paid[1]
            word = _qualifier(cols[other].label)
            if word and any(c.field is Field.ALLOWED and _qualifier(c.label) == word for c in cols):
                named = [other]
    own = named[-1] if len(named) == 1 else paid[-1]
    return tuple(Column(Field.OTHER_INSURANCE, c.x0, c.x1, c.label) if k in paid and k != own else c
                 for k, c in enumerate(cols))


def _keyed(f: Field | None, ws: Sequence[Word]) -> Field | None:
    """A claim-number heading named by its meaning (``claim_key``): "Acct #" and "Claim #" side by side
    are the provider's and the payer's numbers."""
    if f in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID):
        return claim_key(" ".join(w.text for w in ws))
    return f


# ------------------------------------------------------------------ abbreviated headings

@lru_cache(maxsize=4096)
def _abbrev(text: str) -> Field | None:
    return _abbreviation_field(normalise_header(text))


def _abbreviation_candidates(cells: list[tuple[list[Word], Field | None]]) -> int:
    return sum(1 for ws, f in cells if f is None and len(ws) == 1 and _abbrev(ws[0].text) is not None)


# the value shapes that confirm an abbreviated heading's reading
_CONFIRM: dict[Field, frozenset[str]] = {
    Field.UNITS: frozenset({"units"}),
    Field.CODE: frozenset({"code"}),
    Field.MODIFIERS: frozenset({"mod"}),
    Field.REMARKS: frozenset({"remark", "mod", "units", "word", "adj"}),
    Field.ADJUSTMENT_CODE: frozenset({"adj", "remark", "units"}),
    Field.DESCRIPTION: frozenset({"word"}),
}


def confirm_abbreviations(cells: list[tuple[list[Word], Field | None]], rows: Sequence[TextLine]
                          ) -> list[tuple[list[Word], Field | None]]:
    """Unknown one-word headings read as abbreviations of trade words (``ALWD`` allowed, ``CHG`` charge,
    ``UNT`` units, ``PD`` paid) only where the values printed under them have the shape that reading
    needs (amounts under an amount heading, unit counts under units), and only for a field no other
    heading of the table already names. Ordinary words that look like abbreviations stay unknown."""
    if not rows:
        return cells
    named = {f for _, f in cells if f is not None}
    out: list[tuple[list[Word], Field | None]] = []
    for ws, f in cells:
        if f is not None or len(ws) != 1:
            out.append((ws, f))
            continue
        af = _abbrev(ws[0].text)
        if af is None or af in named or (af not in ROW_FIELDS):
            out.append((ws, f))
            continue
        x0, x1 = ws[0].x0, ws[0].x1
        under: list[str] = []
        for r in rows:
            for w in join_values(r.words):
                if min(w.x1, x1) - max(w.x0, x0) > 0:
                    under.append(token_kind(w.text))
        want = frozenset({Kind.MONEY}) if af in MONEY_FIELDS else _CONFIRM.get(af)
        if want and under and sum(1 for k in under if k in want) * 2 > len(under) and \
                len(under) * 2 >= len(rows):
            out.append((ws, af))
            named.add(af)
        else:
            out.append((ws, f))
    return out


# ------------------------------------------------------------------ value bands under a heading

_TOTALISH = re.compile(r"\b(sub-?totals?|totals?|grand)\b", re.IGNORECASE)


def rows_below(lines: Sequence[TextLine], start: int, limit: int = 6, scan: int = 14) -> list[TextLine]:
    """The first value rows under a heading: lines holding an amount, not totals lines (their amounts
    may be printed off the column), stopping at the next heading-like line once rows were found."""
    out: list[TextLine] = []
    for k in range(start, min(len(lines), start + scan)):
        ln = content(lines[k])
        if not ln.words:
            continue
        kinds = [token_kind(w.text) for w in ln.words]
        if Kind.MONEY not in kinds:
            if out and _is_texty(ln) and len(phrases(ln.words)) >= 3:
                break
            continue
        if _TOTALISH.search(ln.text):
            continue
        if kinds.count(Kind.MONEY) < 2 and Kind.CODE not in kinds and Kind.DATE not in kinds:
            continue  # a sentence with an amount in it ("A $20.00 office-visit copay applies ..."), no row
        out.append(ln)
        if len(out) >= limit:
            break
    return out


def value_bands(rows: Sequence[TextLine]) -> list[tuple[float, float]]:
    """The x-extents of the value columns under a heading: each value of each row (a currency sign kept
    with its number), merged across rows where they overlap. Text words are values too, so a
    description column is one band once two rows overlap; a band never joins two columns whose values
    never overlap."""
    spans: list[tuple[float, float]] = []
    for ln in rows:
        ws = ln.words
        k = 0
        while k < len(ws):
            x0, x1 = ws[k].x0, ws[k].x1
            if ws[k].text in ("$", "US$", "USD") and k + 1 < len(ws):
                k += 1
                x1 = ws[k].x1
            spans.append((x0, x1))
            k += 1
    spans.sort()
    bands: list[tuple[float, float]] = []
    for a, b in spans:
        if bands and a < bands[-1][1] - 0.3:
            bands[-1] = (bands[-1][0], max(bands[-1][1], b))
        else:
            bands.append((a, b))
    return bands


def _band_of(w: Word, bands: Sequence[tuple[float, float]]) -> int:
    best, score = 0, float("-inf")
    for k, (b0, b1) in enumerate(bands):
        ov = min(w.x1, b1) - max(w.x0, b0)  # negative: the distance to the band
        if ov > score:
            best, score = k, ov
    return best


def split_by_bands(cells: list[tuple[list[Word], Field | None]], bands: Sequence[tuple[float, float]]
                   ) -> list[tuple[list[Word], Field | None]]:
    """Headings printed too close to be told apart by spacing ("Your Msg" over "Balance", "Patient
    Pays Note") are told apart by the values under them: a heading cell whose words sit over two or
    more value columns is cut where the columns are, when every part is then a known heading and the
    parts name different fields. A cell that is one exact heading is never cut."""
    out: list[tuple[list[Word], Field | None]] = []
    for ws, f in cells:
        if len(ws) < 2 or exact_header(" ".join(w.text for w in ws)) is not None:
            out.append((ws, f))
            continue
        groups: dict[int, list[Word]] = {}
        for w in ws:
            groups.setdefault(_band_of(w, bands), []).append(w)
        if len(groups) < 2:
            out.append((ws, f))
            continue
        parts = [(g, _match_run(g)) for _, g in sorted(groups.items())]
        if _inside_brackets(ws, [g[0] for g, _ in parts[1:]]) \
                or any(sum(w.text.count("(") - w.text.count(")") for w in g) for g, _ in parts) \
                or any(g[0].text.startswith("(") and g[-1].text.endswith(")") for g, _ in parts[1:]):
            # "Adj (Grp-CARC Amt)": a bracket's words are one heading's (or "Total cost" over "(approved amount)",
            # the bracket's words over two value columns; or "Adjustments (grp rsn amt)", the bracket a qualifier of
            # the heading before it over values of its own)
            out.append((ws, f))
            continue
        if any(g[0].text in _JOINERS for g, _ in parts[1:]) or any(g[-1].text in _JOINERS for g, _ in parts[:-1]):
            # "Service and code" over "97165  GO": one heading whose words run on over two value columns (the
            # code and its modifiers); a part opening or ending with a joining word is never a heading of its own
            out.append((ws, f))
            continue
        if sum(1 for _, pf in parts if pf is Field.CODE) > 1:
            # "Rev Code  HCPCS" over "0430  97167": the revenue code is the hospital's, the procedure code the other
            parts = [(g, None if pf is Field.CODE and any(_REVENUE.match(w.text) for w in g) else pf) for g, pf in parts]
        fields = [pf for _, pf in parts]
        known = [pf for pf in fields if pf is not None]
        if f is not None and any(pf in _INFO for pf in fields) and any(pf in MONEY_FIELDS for pf in fields):
            # "Patient" over "Payments": the word naming whose payment it is, never a column of names beside it
            out.append((ws, f))
            continue
        if all(pf is not None for pf in fields) and len(set(fields)) == len(fields) \
                or len(known) >= 2 and len(set(known)) == len(known) and any(_REVENUE.match(w.text) for w in ws):
            out.extend(parts)
        elif known == [f] and (f in MONEY_FIELDS or f is Field.UNITS):
            # "Network Savings | Pricing Method": a known heading beside one we do not know, over values in
            # columns of their own; the unknown part is a column of its own, never the known one's (read word by
            # word: "MD1 MD2 | UNITS" keeps its modifiers)
            for g, pf in parts:
                # (only a service's own fields: "EVV VISIT ID" beside "UNITS" names no claim)
                out.extend([(gw, sf if sf not in _INFO else None) for gw, sf in _split_phrase(g)] if pf is None
                           else [(g, pf)])
        else:
            out.append((ws, f))
    return out


_INFO = {Field.PATIENT, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.PROVIDER, Field.HOLDER}
_REVENUE = re.compile(r"^(rev|revenue|rc)\.?$", re.IGNORECASE)


def _inside_brackets(ws: Sequence[Word], starts: Sequence[Word]) -> bool:
    """Any of ``starts`` (words of ``ws``) opens a part while a bracket opened before it is still open."""
    return any(d > 0 and any(w is s for s in starts) for w, d in zip(ws, _bracket_depths(ws)))


def _bracket_depths(ws: Sequence[Word]) -> list[int]:
    """How many brackets are open before each word."""
    out, depth = [], 0
    for w in ws:
        out.append(depth)
        depth = max(0, depth + w.text.count("(") - w.text.count(")"))
    return out


# labels that name the provider's own number for a claim (its patient account / control number); every
# other claim-number label on a payer's document (Claim #, Claim ID, ICN, DCN, TCN, Payer Claim #, Bill ID)
# names the payer's number
_PROVIDER_KEY = re.compile(r"\b(acct|account|acnt|invoice|inv\b|encounter|enc\b|ticket|superbill|visit|session|pcn|provider|your|cuenta|proveedor|patient\s+(ctl|ctrl|cntl|control)|"
                           r"pat\s+(ctl|ctrl|cntl|control)|pt\s+(ctl|ctrl|cntl|control))", re.IGNORECASE)
_ACCOUNT_KEY = re.compile(r"\b(acct|account|acnt|pcn|your|cuenta|(pat|pt|patient)\s+(ctl|ctrl|cntl|control))\b", re.IGNORECASE)
PAYER_CLAIM_WORD = re.compile(r"\b(claim|clm|icn|dcn|tcn|ccn|reclamaci\w*|reclamo)\b", re.IGNORECASE)


def claim_key(label: str) -> Field:
    """Which claim number a label names, by its meaning: the provider's account / patient control /
    invoice number -> ``claim_id``; the payer's claim number (a bare "Claim #", "Claim ID", ICN, DCN, TCN,
    "Payer Claim Ctrl #", "Bill ID") -> ``payer_claim_id``."""
    return Field.CLAIM_ID if _PROVIDER_KEY.search(clean_text(label).replace("#", " ")) else Field.PAYER_CLAIM_ID




def info_header(line: TextLine) -> tuple[Column, ...] | None:
    """A heading row of claim fields only (``RECIPIENT NAME  RECIPIENT ID  ICN  PATIENT ACCT NO``),
    whose values are printed on the lines below it: the columns, or None."""
    if not line.words or not _is_texty(line) or len(line.words) > 20 or _is_sentence(line):
        return None  # ("Claims processed for you and your covered family members are listed below.": prose)
    cells = _cells_single(line)
    fields = [f for _, f in cells if f is not None]
    # (a claim's printed totals may stand beside its numbers: "... ICN  Claim Status  Billed  Paid")
    totals = {Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES}
    if len(set(fields) & _INFO) < 2 or any(f not in _INFO and f not in (Field.OTHER_DATE, Field.STATUS) and f not in totals
                                           for f in fields) or len(set(fields) & totals) > 2 and len(set(fields) & _INFO) < 3:
        return None
    if sum(len(ws) for ws, f in cells if f is None) * 3 > len(line.words):
        return None
    cols = tuple(Column(_keyed(f, ws), min(w.x0 for w in ws), max(w.x1 for w in ws), " ".join(w.text for w in ws))
                 for ws, f in cells)
    # the plan holder's column ("SUBSCRIBER", "INSURED") names the holder, not the person treated
    cols = tuple(Column(Field.HOLDER, c.x0, c.x1, c.label) if c.field is Field.PATIENT and _HOLDER_HEADING.match(clean_text(c.label))
                 else c for c in cols)
    return _one_payer_number(cols)


_HOLDER_HEADING = re.compile(r"^(subscriber|insured|policyholder|policy holder|member|employee|guarantor|cardholder)"
                             r"(\s+name)?$", re.IGNORECASE)


_ICN_WORD = re.compile(r"\b(icn|dcn|tcn|ccn)\b", re.IGNORECASE)


def _one_payer_number(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """Two payer numbers on one heading row ("CLAIM NO" of the injury and "BILL ICN" of this bill, on a
    workers' comp remit): the internal control number is the claim's; the other names the case, read as
    the member's id."""
    pay = [k for k, c in enumerate(cols) if c.field is Field.PAYER_CLAIM_ID]
    icn = [k for k in pay if _ICN_WORD.search(cols[k].label)]
    if len(pay) != 2 or len(icn) != 1:
        return cols
    return tuple(Column(Field.MEMBER_ID, c.x0, c.x1, c.label) if k in pay and k not in icn else c
                 for k, c in enumerate(cols))


# ------------------------------------------------------------------------------------- value shapes

_DATE_TOKEN = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$|^\d{6}$|^\d{8}$")
_DATE_RANGE_TOKEN = re.compile(r"^(\d{1,2}/\d{1,2}/\d{2,4}|\d{6}|\d{8})-(\d{1,2}/\d{1,2}/\d{2,4}|\d{6}|\d{8})$")
_MONTH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)
_UNITS = re.compile(r"^-?\d{1,4}(\.\d{1,3})?$")
_MOD = re.compile(r"^[A-Z0-9]{2}$")


def _glued_id(u: str) -> bool:
    """A code-like start glued to three or more two-character pieces, two of them digits ("26019A4400712",
    "26002E40511"): an identifier. Modifiers glued to a code are letters mostly ("97530GO59", "97110GPKX59")."""
    rest = u[5:]
    if not u[:5].isalnum() or len(rest) < 6 or not rest.isalnum():
        return False
    pieces = [rest[k:k + 2] for k in range(0, len(rest), 2)]
    return sum(1 for p in pieces if p.isdigit()) >= 2
_MOD_LIST = re.compile(r"[A-Z0-9]{2}(?:[,/][A-Z0-9]{2}){1,3},?")
_CODE_TOKEN = re.compile(r"^\(?(?:\d{4}[FTU]|\d{5}|[A-V]\d{4})(?:[-:/]?[A-Z0-9]{2}){0,4}(?:[,;][A-Z0-9]{2})*\)?,?$")
# a payer's own reason or explanation code ("E12", "R11", "P07"): one or two letters and two or three
# digits (two-character modifiers such as "E1" or "F2" stay modifiers)
_PAYER_REASON = re.compile(r"[A-Z]{1,2}\d{2,3}")
_ADJ_TOKEN = re.compile(r"^(CO|PR|OA|PI|CR)\s*[-:/]?\s*([A-Z]?\d{1,3})[,;]?$")
_X12_COMPOSITE = re.compile(r"^(?:HC|AD|ER|HP|IV|N4|NU|WK|ZZ)[:>^|](?:\d{4}[FTU]|\d{5}|[A-V]\d{4})(?:[:>^|][A-Z0-9]{2}){0,4}[,;]?$")
_SHORT_CODE = re.compile(r"^[A-Z]{0,3}\d{0,4}[A-Z]?[,;]?$")


_TEXT_DATE = re.compile(r"^[A-Za-z]{3,9}\.?\s?\d{1,2}(st|nd|rd|th)?,?\s?\d{2,4}$|^\d{1,2}[\s\-/][A-Za-z]{3,9}\.?[\s\-/]\d{2,4}$"
                        r"|^[A-Za-z]{3,9}[\-/]\d{1,2}[\-/]\d{2,4}$")  # ("Jan-05-26")
_MONTH_DAY = re.compile(r"^[A-Za-z]{3,9}\.? \d{1,2}(st|nd|rd|th)?,?$|^\d{1,2} [A-Za-z]{3,9}\.?$")
_SPACED_RANGE = re.compile(r"^(\S+(?: \S+){0,2}?)\s*(?:-|to|thru|through)\s*(\S+(?: \S+){0,2})$", re.IGNORECASE)


def _is_date(t: str) -> bool:
    s = clean_text(t)
    if " " in s and _MONTH_DAY.match(s) and parse_month_day(s) is not None:
        return True  # "Oct 2", "14 Oct": a date whose year the document's period gives
    if " " in s or _TEXT_DATE.match(s):
        if _TEXT_DATE.match(s):
            try:
                return parse_date(s) is not None
            except ValueParseError:
                return False
        m = _SPACED_RANGE.match(s)
        return m is not None and _is_date(m.group(1)) and _is_date(m.group(2))
    if not (_DATE_TOKEN.match(s) or _DATE_RANGE_TOKEN.match(s)):
        return False
    if _DATE_RANGE_TOKEN.match(s):
        return True
    try:
        return parse_date(s) is not None
    except ValueParseError:
        pass
    try:
        return parse_date(s, day_first=True) is not None  # "19/01/2026": a date of a day-first document
    except ValueParseError:
        return False


# a group-reason code glued to its amount by a colon ("CO45:88.70", "PR-2:11.85")
_ADJ_WITH_AMOUNT = re.compile(r"^(CO|PR|OA|PI|CR)-?[A-Z]?\d{1,3}:\(?-?\$?[\d,]*\.\d{2}\)?-?$")


class Kind:
    MONEY = "money"
    DATE = "date"
    DATEPART = "datepart"  # 'Jan', '5,', '-', 'to', 'thru'
    CODE = "code"
    MOD = "mod"
    UNITS = "units"
    ADJ = "adj"
    REMARK = "remark"
    WORD = "word"


@lru_cache(maxsize=65536)
def token_kind(text: str) -> str:
    """The value shape of one printed word (cached: the same amounts, dates and codes repeat)."""
    s = clean_text(text)
    u = s.upper()
    if looks_like_money(s):
        return Kind.MONEY
    if s[-1:] in (",", ";") and re.search(r"\.\d\d$", s[:-1]) and looks_like_money(s[:-1]):
        return Kind.MONEY  # an amount ending a list item ("CO-45 $85.50, PR-1 $40.00")
    if _is_date(s):
        return Kind.DATE
    if _ADJ_TOKEN.match(u) or (re.search(r"[,/]", u) and all(_ADJ_TOKEN.match(p) for p in re.split(r"[,/]", u) if p)) \
            or _ADJ_WITH_AMOUNT.match(u):
        return Kind.ADJ  # one code, a list of them joined by commas ("CO-45,OA-23"), or a code and its amount ("CO45:88.70")
    if _CODE_TOKEN.match(u) and CODE_RE.match(u.lstrip("(")) and not (u.isdigit() and len(u) > 5) and not _glued_id(u):
        # (a run of more than five digits, or a code-like start glued to many two-character pieces with digits,
        # "26019A4400712", is an identifier, never a code and modifiers)
        return Kind.CODE
    if _X12_COMPOSITE.match(u):  # "HC:97110:GO:59", "HC>97110>GO": an 835 procedure composite
        return Kind.CODE
    if REMARK_RE.fullmatch(u.rstrip(",;")) or _PAYER_REASON.fullmatch(u.rstrip(",;")):
        return Kind.REMARK
    if _UNITS.match(s) or re.fullmatch(r"[x\u00d7]\s?\d{1,3}", s):
        return Kind.UNITS  # (a count written as a multiplier, "x2", "×3"; "X2" in capitals is a modifier)
    if _MOD.match(u) or (_MOD_LIST.fullmatch(u) and re.search(r"[A-Z]", u)):
        return Kind.MOD  # one modifier, or a list of them ("GP,59", "GO/KX")
    if _MONTH.match(s) or s.lower() in {"-", "to", "thru", "through"} or re.fullmatch(r"\d{1,2},?", s):
        return Kind.DATEPART
    return Kind.WORD


# cost of putting a value of a kind in a column of a field (lower is better)
_TEXT_COLS = {Field.DESCRIPTION, Field.PATIENT, Field.PROVIDER, Field.CLAIM_ID, Field.PAYER_CLAIM_ID,
              Field.MEMBER_ID, Field.PAYER, Field.STATUS, Field.APPROVED, Field.WORKFLOW}


def kind_cost(kind: str, f: Field | None) -> float:
    if f is None:
        return 0.8
    if f in MONEY_FIELDS and f is not Field.ADJUSTMENT:
        return {Kind.MONEY: 0.0, Kind.UNITS: 1.5, Kind.DATEPART: 2.5}.get(kind, 6.0)
    if f is Field.ADJUSTMENT:
        return {Kind.MONEY: 0.0, Kind.ADJ: 0.5, Kind.UNITS: 1.5}.get(kind, 6.0)
    if f is Field.ADJUSTMENT_CODE:
        return {Kind.ADJ: 0.0, Kind.MONEY: 0.3, Kind.REMARK: 1.0, Kind.UNITS: 1.0, Kind.MOD: 1.0}.get(kind, 2.5)
    if f is Field.ADJUSTMENT_GROUP:
        # ("CO", "PR": two capitals, shaped like modifiers; never an amount nor a date)
        return {Kind.MOD: 0.0, Kind.ADJ: 0.3, Kind.WORD: 1.0, Kind.UNITS: 2.0}.get(kind, 4.0)
    if f in (Field.SERVICE_DATE, Field.SERVICE_END, Field.OTHER_DATE):
        return {Kind.DATE: 0.0, Kind.DATEPART: 0.3}.get(kind, 6.0)
    if f is Field.CODE:
        return {Kind.CODE: 0.0, Kind.MOD: 0.3, Kind.UNITS: 1.5, Kind.WORD: 1.2, Kind.DATEPART: 1.2,
                Kind.REMARK: 1.5}.get(kind, 6.0)
    if f is Field.MODIFIERS:
        return {Kind.MOD: 0.0, Kind.UNITS: 0.5}.get(kind, 5.0)
    if f in (Field.UNITS, Field.PAID_UNITS):
        return {Kind.UNITS: 0.0, Kind.MONEY: 3.0}.get(kind, 6.0)  # ("3.00" counts)
    if f is Field.REMARKS:
        return {Kind.REMARK: 0.0, Kind.MOD: 0.3, Kind.ADJ: 0.5, Kind.UNITS: 0.8, Kind.WORD: 1.0,
                Kind.DATEPART: 1.0, Kind.CODE: 1.2}.get(kind, 6.0)  # (a program's five-digit error codes: "00242")
    if f in _TEXT_COLS:
        return {Kind.MONEY: 4.0, Kind.DATE: 2.0}.get(kind, 0.4)
    if f in (Field.LINE_NUMBER, Field.REMAINING):
        return {Kind.UNITS: 0.0, Kind.MOD: 1.0}.get(kind, 6.0)
    if f is Field.PERCENT:
        return {Kind.UNITS: 0.0, Kind.WORD: 1.0, Kind.MONEY: 2.5}.get(kind, 6.0)
    if f in (Field.RATE, Field.PRIOR):
        return {Kind.MONEY: 0.0, Kind.UNITS: 0.3}.get(kind, 6.0)
    return 1.0


_SINGLE = {Kind.MONEY, Kind.DATE, Kind.UNITS}
# a month and day with no year ("0112"), as paper remits print FROM and THRU beside a year column of their own
_MMDD = re.compile(r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
YEAR_LABEL = re.compile(r"(yr|year)", re.IGNORECASE)


# "HOLLOWAY-NAKAMURA," then "JUNE": the two halves of a name written last name first
_NAME_HEAD = re.compile(r"^[A-Z][A-Za-z'\-]+,$")
_NAME_TAIL = re.compile(r"^[A-Z][A-Za-z'\-]*\.?$")


def _cell_kinds(words: Sequence[Word]) -> list[str]:
    """Each word's value shape, a month and day ("0105") read as part of a date when the through date of the
    same month follows it ("0105 010526": a paper remit's from and through), never as a count."""
    kinds = [token_kind(w.text) for w in words]
    for i in range(len(words) - 1):
        nxt = words[i + 1].text
        if kinds[i] == Kind.UNITS and _MMDD.fullmatch(words[i].text) and re.fullmatch(r"\d{6}|\d{8}", nxt) \
                and nxt[:2] == words[i].text[:2] and kinds[i + 1] == Kind.DATE:
            kinds[i] = Kind.DATEPART
    return kinds


def assign(words: Sequence[Word], columns: Sequence[Column]) -> list[int]:
    """Column index for each word (words sorted left to right; columns sorted left to right).

    Monotone alignment by dynamic programming: each word goes to a column at or right of the previous
    word's column; cost = value-shape cost + distance from the column's heading extent; a second amount
    or date in the same column costs extra (they are one value per cell)."""
    return _align(words, columns)[0]


def _align(words: Sequence[Word], columns: Sequence[Column]) -> tuple[list[int], float]:
    """``assign``'s columns and the cost of that reading."""
    n, m = len(words), len(columns)
    if n == 0 or m == 0:
        return [], 0.0
    INF = float("inf")
    kinds = _cell_kinds(words)
    size = space_width(words) / 0.28
    year_apart = any(YEAR_LABEL.fullmatch(c.label) for c in columns)
    local = [[0.0] * m for _ in range(n)]
    for i, w in enumerate(words):
        for j, c in enumerate(columns):
            if w.x1 < c.x0:
                d = c.x0 - w.x1
            elif w.x0 > c.x1:
                d = w.x0 - c.x1
            else:
                d = 0.0
            ov = min(w.x1, c.x1) - max(w.x0, c.x0)
            geo = d / size * 0.6 if d > 0 else -0.2 * min(1.0, ov / max(1.0, w.x1 - w.x0))
            local[i][j] = kind_cost(kinds[i], c.field) + geo
            if year_apart and c.field in (Field.SERVICE_DATE, Field.SERVICE_END) and _MMDD.fullmatch(w.text):
                local[i][j] = 0.3 + geo  # ("0112" under FROM: a month and day, its year printed under "YR")
    dp = [[INF] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m):
        dp[0][j] = local[0][j]
    cgap = _column_gap(words)
    for i in range(1, n):
        best_prev, best_k = INF, -1
        # codes of one kind printed one space apart ("CO-45 OA-23 PR-1 PR-2") are one cell's list: moving
        # to another column between them costs extra
        split = 1.5 if kinds[i] == kinds[i - 1] and kinds[i] in (Kind.ADJ, Kind.REMARK) \
            and words[i].x0 - words[i - 1].x1 < cgap else 0.0
        if _NAME_HEAD.match(words[i - 1].text) and _NAME_TAIL.match(words[i].text) and words[i].x0 - words[i - 1].x1 < cgap:
            split = 3.0  # a name written "LAST, FIRST" is one cell: never cut after its comma
        for j in range(m):
            # best over columns strictly left of j
            if j > 0 and dp[i - 1][j - 1] < best_prev:
                best_prev, best_k = dp[i - 1][j - 1], j - 1
            same = dp[i - 1][j]
            if kinds[i] in _SINGLE and kinds[i - 1] in _SINGLE and columns[j].field is not None \
                    and columns[j].field not in (Field.ADJUSTMENT_CODE, Field.REMARKS, Field.DESCRIPTION):
                same += 4.0
            if same <= best_prev + split:
                dp[i][j], back[i][j] = same + local[i][j], j
            else:
                dp[i][j], back[i][j] = best_prev + split + local[i][j], best_k
    j = min(range(m), key=lambda k: dp[n - 1][k])
    cost = dp[n - 1][j]
    out = [0] * n
    for i in range(n - 1, -1, -1):
        out[i] = j
        j = back[i][j]
    return out, cost


def _crowded(words: Sequence[Word], columns: Sequence[Column], got: Sequence[int]) -> int:
    """How many cells of a row hold two single values (amounts, dates, counts) where one belongs, or open an
    adjustment-code cell with an amount (the column before's value, "0.00 CO45 19.50")."""
    seen: dict[int, int] = {}
    opened = 0
    kinds = _cell_kinds(words)
    for k, (w, j) in enumerate(zip(words, got)):
        f = columns[j].field
        if f is Field.ADJUSTMENT_CODE and (k == 0 or got[k - 1] != j) and kinds[k] == Kind.MONEY:
            opened += 1
        if f not in (Field.ADJUSTMENT_CODE, Field.REMARKS, Field.DESCRIPTION) and kinds[k] in _SINGLE:
            seen[j] = seen.get(j, 0) + 1
    return sum(1 for v in seen.values() if v > 1) + opened


# a group-reason code named in a column's heading ("CO-45" under "CONTR", "DEDUCT PR-1")
HEADED_CODE = re.compile(r"(?<![A-Z0-9])(CO|PR|OA|PI|CR)-?([A-Z]?\d{1,3})(?![A-Z0-9])")


def _code_headed(cols: list[Column] | tuple[Column, ...]) -> tuple[Column, ...]:
    """A group-reason code printed under a heading as its second line ("CONTR" over "CO-45", "SEQ" over
    "CO-253") names the adjustment the column's amounts are: the code joins that heading's label."""
    out = list(cols)
    for c in cols:
        if c.field is not None or not HEADED_CODE.fullmatch(c.label):
            continue
        partner = [k for k, o in enumerate(out) if o is not c and o.field is not None and not HEADED_CODE.fullmatch(o.label)
                   and min(o.x1, c.x1) - max(o.x0, c.x0) > 0.5 * min(o.x1 - o.x0, c.x1 - c.x0)]
        if len(partner) == 1:
            o = out[partner[0]]
            out[partner[0]] = Column(o.field, min(o.x0, c.x0), max(o.x1, c.x1), o.label + " " + c.label)
            out.remove(c)
    return tuple(out)


def fit_to_values(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """Headings set on another grid than the values under them (a monospace remit whose values drift right
    of their headings, half a column by the last): read as printed, the rows crowd two amounts into one
    cell and leave a heading over nothing. The headings are then stretched (scaled and moved) so the first
    and last columns of values sit under the first and last headings, and kept so when every row reads
    uncrowded and at a lower cost."""
    if len(cols) < 4 or len(rows) < 2:
        return cols
    lines = [sorted(r.words, key=lambda w: w.x0) for r in rows]
    base = [_align(ws, cols) for ws in lines]
    crowded = sum(1 for ws, (got, _) in zip(lines, base) if _crowded(ws, cols, got))
    if crowded * 2 < len(rows):
        return cols
    bands = value_bands(rows)
    if len(bands) < 2:
        return cols
    first, last = cols[0], cols[-1]
    (a0, a1) = bands[0]
    ends = [bands[-1]]
    if last.field in MONEY_FIELDS:
        # (the last amounts, when note codes follow them on some rows: "46.44 N640" under "PROV PD")
        money = [TextLine(r.page, r.number, tuple(w for w in r.words if looks_like_money(w.text))) for r in rows]
        ends += value_bands([m for m in money if m.words])[-1:]
    maps = []
    for z0, z1 in ends:
        for (p, q), (u, v) in (((first.x0, a0), (last.x1, z1)), ((first.xc, (a0 + a1) / 2), (last.xc, (z0 + z1) / 2)),
                               ((first.x0, a0), (last.xc, (z0 + z1) / 2))):
            # heading position p goes to value position q, u to v
            if u - p > 1.0 and 0.7 < (v - q) / (u - p) < 1.4:
                scale = (v - q) / (u - p)
                maps.append((scale, q - p * scale))
    if not maps:
        return cols
    cost0 = sum(c for _, c in base)
    best, best_cost = cols, cost0 - 1.0 * len(rows)
    for scale, shift in maps:
        moved = tuple(Column(c.field, c.x0 * scale + shift, c.x1 * scale + shift, c.label) for c in cols)
        got = [_align(ws, moved) for ws in lines]
        if any(_crowded(ws, moved, g) for ws, (g, _) in zip(lines, got)):
            continue
        cost = sum(c for _, c in got)
        if cost < best_cost:
            best, best_cost = moved, cost
    return best


def snap_to_bands(cols: tuple[Column, ...], rows: Sequence[TextLine]) -> tuple[Column, ...]:
    """Headings on another grid than their values, drifting by whole characters part way along the row (a
    monospace remit whose dates are two characters wider than "FROM-DOS": each value after them ends under the
    next heading). Read as printed, an amount column ("UNITS") is left empty on every row while its values sit
    under the heading beside it, and the rows read crowded (two amounts in one cell). The value bands (the columns the rows' values form) are then matched to the
    headings in order, each band to the heading its values' shape fits, and every heading moved over its band;
    kept only when the empty column is then filled and no row reads crowded."""
    if len(cols) < 4 or len(rows) < 2:
        return cols
    lines = [sorted(r.words, key=lambda w: w.x0) for r in rows]
    base = [_align(ws, cols)[0] for ws in lines]
    filled = {j for got in base for j in got}
    empty = [j for j, c in enumerate(cols) if j not in filled and (c.field is Field.UNITS or c.field in MONEY_FIELDS)]
    bands = value_bands(rows)
    if not empty or not len(cols) - 3 <= len(bands) <= len(cols) \
            or sum(1 for ws, got in zip(lines, base) if _crowded(ws, cols, got)) * 2 < len(lines):
        return cols  # (a column empty on every row of an uncrowded reading is an empty column: "Patient Paid")
    votes: list[dict[str, int]] = [{} for _ in bands]
    for ws in lines:
        for w in ws:
            v = votes[_band_of(w, bands)]
            v[token_kind(w.text)] = v.get(token_kind(w.text), 0) + 1
    kinds = [max(v, key=lambda k: v[k]) for v in votes]
    size = space_width([w for ws in lines for w in ws]) / 0.28
    n, m, INF, SKIP = len(bands), len(cols), float("inf"), 0.5
    # best[i][j]: the first i bands under the first j headings (a heading may stand over no band)
    best = [[INF] * (m + 1) for _ in range(n + 1)]
    back: list[list[bool]] = [[False] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(1, m + 1):
            skip = best[i][j - 1] + SKIP
            take = INF
            if i:
                (b0, b1), c = bands[i - 1], cols[j - 1]
                take = best[i - 1][j - 1] + kind_cost(kinds[i - 1], c.field) + abs((b0 + b1) / 2 - c.xc) / size * 0.05
            best[i][j], back[i][j] = (take, True) if take <= skip else (skip, False)
    if best[n][m] >= INF:
        return cols
    at: dict[int, int] = {}
    i, j = n, m
    while j:
        if back[i][j]:
            at[j - 1] = i - 1
            i -= 1
        j -= 1
    if i or any(kind_cost(kinds[b], cols[j].field) > 3.0 for j, b in at.items()) or not all(j in at for j in empty):
        return cols
    # a drift goes one way: every band on the same side of its heading (or under it), never some left, some right
    offsets = [(bands[b][0] + bands[b][1]) / 2 - cols[j].xc for j, b in at.items()]
    if min(offsets) < -size * 0.5 and max(offsets) > size * 0.5:
        return cols
    moved: list[Column] = []
    shift = 0.0
    for j, c in enumerate(cols):
        if j in at:
            b0, b1 = bands[at[j]]
            shift = (b0 + b1) / 2 - c.xc
            moved.append(Column(c.field, b0, b1, c.label))
        else:
            moved.append(Column(c.field, c.x0 + shift, c.x1 + shift, c.label))
    snapped = tuple(moved)
    got = [_align(ws, snapped)[0] for ws in lines]
    if any(_crowded(ws, snapped, g) for ws, g in zip(lines, got)) \
            or not all(sum(1 for g in got if j in g) * 2 >= len(lines) for j in empty):
        return cols
    return snapped


@dataclass
class Cells:
    """A row cut into columns: the words of each column index."""

    columns: tuple[Column, ...]
    words: dict[int, list[Word]] = field(default_factory=dict)

    def text(self, f: Field) -> str:
        parts = [" ".join(w.text for w in ws) for j, ws in sorted(self.words.items()) if self.columns[j].field is f]
        return " ".join(p for p in parts if p)

    def has(self, f: Field) -> bool:
        return bool(self.text(f))

    def filled(self) -> set[Field]:
        return {self.columns[j].field for j, ws in self.words.items() if ws and self.columns[j].field is not None}  # type: ignore[misc]


_CURRENCY = {"$", "US$", "USD"}


def join_values(words: Sequence[Word]) -> list[Word]:
    """Values printed as several words, joined into one before they are given to columns: a currency
    sign and its number (``$ 285.00``), an amount and its credit mark (``95.00 CR``), a date written
    with a month name (``Jan 05, 2026``), a date range (``01/05/2026 - 01/26/2026``) and a name written
    last name first (``ABERNATHY-COLE, JOSIAH M``). Only words one space apart are joined, and only when
    the joined text is one value."""
    if len(words) < 2:
        return list(words)
    gap = _column_gap(words) * 0.8
    out: list[Word] = []
    k = 0
    n = len(words)
    while k < n:
        w = words[k]
        took = 1
        for span in (5, 4, 3, 2):
            if k + span > n:
                continue
            run = words[k:k + span]
            first = run[0].text
            if span == 2 and first in _CURRENCY and looks_like_money(run[1].text) and run[1].x0 - run[0].x1 > gap:
                # accounting money: the sign at the cell's left edge, the amount at its right. The sign
                # is never a value by itself; the amount keeps its own box (amounts align on the right)
                b = run[1]
                w = Word(first + b.text, b.x0, b.x1, min(x.top for x in run), max(x.bottom for x in run), b.size)
                took = 2
                break
            if any(b.x0 - a.x1 > gap for a, b in zip(run, run[1:])):
                continue
            text = " ".join(x.text for x in run)
            if span == 2 and first in _CURRENCY and looks_like_money(run[1].text):
                pass
            elif span == 2 and run[1].text.upper() == "CR" and looks_like_money(first):
                pass
            elif (token_kind(first) == Kind.DATE or _opens_with_month([x.text for x in run])) and _is_date(text):
                pass  # "Jan 05, 2026", "05 Jan 2026"
            elif span <= 3 and _NAME_HEAD.match(first) and _NAME_TAIL.match(run[1].text) and len(run[1].text) > 2 \
                    and (span == 2 or re.fullmatch(r"[A-Z]\.?", run[2].text)):
                # "ABERNATHY-COLE, JOSIAH M": a name written last name first, with its initial, is one value (never a
                # town and its state, "Ashby Lake, MN 55712")
                pass
            else:
                continue
            w = Word(text, run[0].x0, run[-1].x1, min(x.top for x in run), max(x.bottom for x in run), run[0].size)
            took = span
            break
        out.append(w)
        k += took
    return out


def _opens_with_month(texts: Sequence[str]) -> bool:
    """Words that open with a month's name, or a day then a month's name ("Jan 05, 2026", "05 Jan 2026"): where a
    date written in words may start."""
    return bool(texts) and (_MONTH.match(texts[0]) is not None
                            or len(texts) > 1 and re.fullmatch(r"\d{1,2}", texts[0]) is not None
                            and _MONTH.match(texts[1]) is not None)


def cut(words: Sequence[Word], columns: Sequence[Column]) -> Cells:
    cols = tuple(columns)
    out = Cells(cols)
    words = join_values(words)
    for w, j in zip(words, assign(words, cols)):
        out.words.setdefault(j, []).append(w)
    return out


# ------------------------------------------------------------------ a table without a known heading

def _service_like(ln: TextLine) -> bool:
    kinds = [token_kind(w.text) for w in ln.words]
    return kinds.count(Kind.MONEY) >= 2 and Kind.CODE in kinds


def infer_header(lines: Sequence[TextLine], i: int, scan: int = 15, above: int = 3) -> Header | None:
    """Columns for service-shaped rows (a procedure code and amounts) under a heading the vocabulary
    could not confirm as a table heading. The value columns come from the geometry of the candidate
    rows themselves (``value_bands``); each column is named by whatever heading words sit above it
    (``match_header``), else by the shape of its values when that shape is unambiguous (procedure
    codes, dates). Amount columns with no heading word above them stay unnamed: their values are not
    read rather than guessed. None unless a code column and at least one named amount column result."""
    rows = [content(lines[k]) for k in range(i, min(len(lines), i + scan)) if _service_like(content(lines[k]))][:8]
    if not rows:
        return None
    bands = value_bands(rows)
    if not bands:
        return None
    heads: list[Word] = []
    prev_top = rows[0].top
    for k in range(i - 1, max(-1, i - 1 - above), -1):
        ln = content(lines[k])
        if not ln.words or not _is_texty(ln) or _is_sentence(ln) or prev_top - ln.bottom > ln.height * 3:
            break
        heads.extend(ln.words)
        prev_top = ln.top
    by_band: dict[int, list[Word]] = {}
    for w in heads:
        k = _band_of(w, bands)
        b0, b1 = bands[k]
        if min(w.x1, b1) - max(w.x0, b0) > 0:  # only words actually over the column
            by_band.setdefault(k, []).append(w)
    cols: list[Column] = []
    dates = 0
    for k, (b0, b1) in enumerate(bands):
        ws = sorted(by_band.get(k, []), key=lambda w: (round(w.top), w.x0))
        f = _match_run(ws) if ws else None
        if f is not None and f not in ROW_FIELDS and f not in AUX_FIELDS:
            f = None
        if f is None:
            vals = [w for r in rows for w in r.words if min(w.x1, b1) - max(w.x0, b0) > 0]
            kinds = [token_kind(w.text) for w in vals]
            if kinds and kinds.count(Kind.CODE) * 2 > len(kinds):
                f = Field.CODE
            elif kinds and kinds.count(Kind.DATE) * 2 > len(kinds):
                f = Field.SERVICE_DATE if dates == 0 else Field.SERVICE_END
                dates += 1
            elif kinds and cols and cols[-1].field in (Field.CODE, Field.MODIFIERS) \
                    and all(token_kind(w.text.rstrip(",;")) == Kind.MOD for w in vals):
                # two-character codes printed just right of the procedure codes ("97110 GP, KX": maybe two bands)
                f = Field.MODIFIERS
        label = " ".join(w.text for w in ws)
        x0 = min([b0] + [w.x0 for w in ws])
        x1 = max([b1] + [w.x1 for w in ws])
        cols.append(Column(f, x0, x1, label))
    fields = {c.field for c in cols}
    if Field.CODE not in fields or not (fields & (set(MONEY_FIELDS) - {Field.ADJUSTMENT})):
        return None
    return Header(tuple(cols), ())


# ------------------------------------------------------------------ page columns

def _side_is_service(words: Sequence[Word]) -> bool:
    """A service row's shape: a code, then amounts (error codes printed after the amounts, "147.40 PAID 00242",
    are no service of their own)."""
    kinds = [token_kind(w.text) for w in words]
    return Kind.CODE in kinds and Kind.MONEY in kinds and kinds.index(Kind.CODE) < kinds.index(Kind.MONEY)


def page_columns(lines: Sequence[TextLine]) -> list[TextLine]:
    """A page printed in two columns (claims side by side): text lines that hold a service row on each side
    of one vertical white gap (a code and amounts left of it, a code and amounts right of it) show the gap;
    the run of lines around them that no word crosses is read as two regions, the left one first, each
    cut into its own text lines (the two columns' baselines need not agree). Lines a word crosses (page
    titles, footers) stay as they are. A page without such a gap is returned unchanged."""
    split: tuple[float, float] | None = None
    hits: list[int] = []
    for k, ln in enumerate(lines):
        ws = ln.words
        if len(ws) < 4 or sum(1 for w in ws if token_kind(w.text) == Kind.CODE) < 2:
            continue
        # the widest gap with a service row on each side of it
        best: tuple[float, float] | None = None
        for j in range(1, len(ws)):
            a, b = ws[j - 1], ws[j]
            if b.x0 - a.x1 < ln.size * 0.9 or not _side_is_service(ws[:j]) or not _side_is_service(ws[j:]):
                continue
            if best is None or b.x0 - a.x1 > best[1] - best[0]:
                best = (a.x1, b.x0)
        if best is None:
            continue
        lo, hi = best
        if split is None:
            split = (lo, hi)
            hits.append(k)
        elif min(hi, split[1]) > max(lo, split[0]):
            split = (max(lo, split[0]), min(hi, split[1]))
            hits.append(k)
    if split is None or len(hits) < 2:
        return list(lines)
    x = (split[0] + split[1]) / 2

    def crosses(ln: TextLine) -> bool:
        return any(w.x0 - 1.0 < x < w.x1 + 1.0 for w in ln.words)

    first, last = hits[0], hits[-1]
    if any(crosses(lines[k]) for k in range(first, last + 1)):
        return list(lines)
    while first > 0 and not crosses(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and not crosses(lines[last + 1]):
        last += 1
    block = [w for ln in lines[first:last + 1] for w in ln.words]
    page = lines[0].page
    left = group_lines([w for w in block if w.x1 <= x], page)
    right = group_lines([w for w in block if w.x0 >= x], page)
    ordered = list(lines[:first]) + left + right + list(lines[last + 1:])
    return [TextLine(page, n, ln.words) for n, ln in enumerate(ordered, 1)]


def is_service_line(ln: TextLine) -> bool:
    """A row with a code (or, its code printed on the line under it, a date) and two amounts; or one that opens with
    its date and names its code, with one amount (a statement's charge)."""
    kinds = [token_kind(w.text) for w in ln.words]
    money = kinds.count(Kind.MONEY)
    texts = [w.text for w in ln.words]
    # ("Jan 5, 2026 0430 97165 ...", "5 Jan 2026 ..."): a date in words opening the row
    dated = kinds[:1] == [Kind.DATE] or len(texts) > 2 and _opens_with_month(texts) \
        and any(_is_date(" ".join(texts[:n])) for n in (3, 2))
    return (Kind.CODE in kinds or dated) and money >= 2 or dated and Kind.CODE in kinds and money == 1


def _service_beside(ln: TextLine) -> bool:
    """A service row with a panel's words before or after it on its line, past a wide gap ("Due by" then
    "01/10/2026 0300 36415 Blood draw 1 18.00"): the words on one side of the gap are a service row."""
    ws = ln.words
    if len(ws) < 4:
        return False
    gap = space_width(ws) / 0.28 * 1.2
    for k in range(1, len(ws)):
        if ws[k].x0 - ws[k - 1].x1 >= gap and (is_service_line(TextLine(ln.page, ln.number, ws[k:]))
                                               or is_service_line(TextLine(ln.page, ln.number, ws[:k]))):
            return True
    return False


def side_panel(lines: Sequence[TextLine]) -> list[TextLine]:
    """A page with a side panel beside its table (a plan-year box, "Good to know" notes, a payer's address
    and phone column, a legend printed at the side): text in a band of the page left or right of the
    table, behind an empty vertical corridor, on lines that may share their baselines with the table's
    rows. The panel is cut off its lines and read after the table as text lines of its own, so its words
    are never taken for a row's values or a heading.

    A corridor is a panel's edge when, over a run of lines no word crosses: every service row keeps its
    code and amounts on one side (the table's) and nothing code- or date-shaped on the other; two service
    rows or more carry prose on the panel's side; and the panel starts above the table (three lines or
    more with panel text above the first service row), which a table's own last or first column never
    does."""
    found = _find_panel(lines)
    return found[0] if found is not None else list(lines)


def side_panels(pages: Sequence[Sequence[TextLine]]) -> list[list[TextLine]]:
    """``side_panel`` on each page; a page whose panel goes on from the page before, behind the same corridor
    (the panel's words beside the table from its first line), needs no run of panel lines above its table."""
    out: list[list[TextLine]] = []
    carried: float | None = None
    for lines in pages:
        found = _find_panel(lines)
        if found is None and carried is not None:
            rows = [k for k, ln in enumerate(lines) if is_service_line(ln)]
            # (behind the corridor the page before set, one row is enough: a claim's last row alone on the next page)
            cut_lines = _panel_at(lines, rows, carried, carried=True) if rows else None
            found = (cut_lines, carried) if cut_lines is not None else None
        carried = found[1] if found is not None else None
        out.append(found[0] if found is not None else list(lines))
    return out


def _find_panel(lines: Sequence[TextLine]) -> tuple[list[TextLine], float] | None:
    rows = [k for k, ln in enumerate(lines) if is_service_line(ln) or _service_beside(ln)]
    if len(rows) < 2:
        return None
    size = sorted(w.size or (w.bottom - w.top) for k in rows for w in lines[k].words)[0] or 8.0
    gap = size * 1.2
    cands: list[tuple[float, float]] = []
    for k in rows[:8]:
        ws = lines[k].words
        cands.extend((a.x1, b.x0) for a, b in zip(ws, ws[1:]) if b.x0 - a.x1 >= gap)
    # a panel whose lines fall between the rows, never on one ("Please pay" / "$511.64" / "Pay online: ..."):
    # the corridor lies past the rows' own edge
    # (on the right only: words left of some rows' first words are a table's own columns, a claim's name and ids
    # printed on its first row)
    edge = max(lines[k].words[-1].x1 for k in rows)
    beyond = [w.x0 for ln in lines for w in ln.words if w.x0 > edge + gap]
    if beyond:
        cands.append((edge, min(beyond)))
    for lo, hi in sorted(set(cands), key=lambda c: c[0] - c[1]):
        x = (lo + hi) / 2
        # the corridor's edge at the table itself: a panel's own amounts may reach close to the table
        for at in (_table_edge(lines, rows, x), x):
            if at is None:
                continue
            cut_lines = _panel_at(lines, rows, at)
            if cut_lines is not None:
                return cut_lines, at
    return None


def _table_edge(lines: Sequence[TextLine], rows: list[int], x: float) -> float | None:
    """Where the table side of a corridor at ``x`` begins: just left of the table's first words (a panel on
    the left) or just right of its last words (a panel on the right), over the service rows."""
    left_main = right_main = 0
    for k in rows:
        ws = lines[k].words
        left = TextLine(lines[k].page, lines[k].number, tuple(w for w in ws if w.x1 <= x))
        if is_service_line(left):
            left_main += 1
        elif is_service_line(TextLine(lines[k].page, lines[k].number, tuple(w for w in ws if w.x0 >= x))):
            right_main += 1
    if left_main == right_main:
        return None
    # the table's edge is where most rows start (or end); a row whose table side starts with a panel's amount
    # ("$6,500.00  01-13-2026 97112-GP ...") does not move it
    size = sorted(w.size or (w.bottom - w.top) for k in rows for w in lines[k].words)[0] or 8.0
    if right_main > left_main:
        firsts = sorted(min(w.x0 for w in lines[k].words if w.x0 >= x) for k in rows if any(w.x0 >= x for w in lines[k].words))
        med = firsts[len(firsts) // 2]
        return min(f for f in firsts if f >= med - size * 1.5) - 0.5
    lasts = sorted(max(w.x1 for w in lines[k].words if w.x1 <= x) for k in rows if any(w.x1 <= x for w in lines[k].words))
    med = lasts[len(lasts) // 2]
    return max(f for f in lasts if f <= med + size * 1.5) + 0.5


def _heading_words(words: Sequence[Word], exact: bool = False) -> int:
    """How many phrases of a run of words are table headings (0 when the run holds an amount); ``exact``:
    only headings of the trade word for word (a panel's "to you." is no "To" column)."""
    if not words or any(looks_like_money(w.text) for w in words):
        return 0
    if not exact:
        return sum(1 for ph in phrases(words) if match_header(" ".join(w.text for w in ph)) is not None)
    # a heading starts with a capital ("Adj Amt Status"); a panel's running prose ("to you.") does not
    # (nor is a note's "Coinsurance: your share ...", a label with its text)
    return sum(1 for ph in phrases(words) if ph[0].text[:1].isupper() and len(ph) <= 4
               and not any(w.text.endswith(":") for w in ph) and match_header(" ".join(w.text for w in ph)) is not None)


_TITLE = re.compile(r"\b(explanation\s+of\s+benefits|summary\s+notice|remittance\s+advice|statement\s+of\s+benefits)\b",
                    re.IGNORECASE)


def _panel_label(panel: Sequence[Word], lines: Sequence[TextLine], k: int, x: float, main_left: bool) -> bool:
    """The panel's words beside a heading row are a label of the panel ("Subscriber" over "Keiko Nakagawa-Reyes",
    "Statement date" over "01/31/2026", level with the table's "Date  Proc  Mod ..."): one heading naming who,
    which plan or the document's own date, never a service's value,
    with a name or number under it on the panel's side of the next line and nothing on the table's side of that
    line under it."""
    if len(panel) >= 2 and any(re.search(r"\d", w.text) for w in panel[1:]) \
            and not any(looks_like_money(w.text) for w in panel):
        return True  # a label and its value on the heading's line ("ID MKQ 702 118 455", "Group MK-00981-A")
    if _TITLE.search(" ".join(w.text for w in panel)):
        return True  # the document's title printed in the panel ("Explanation of Benefits")
    if len(panel) <= 4 and re.search(r"\bdue\b", " ".join(w.text for w in panel), re.IGNORECASE):
        # "Amount due" over "628.20", then the panel's other notes: the statement's one amount due, no column
        sides = [[w for w in nxt.words if (w.x1 <= x) != main_left] for nxt in lines[k + 1:k + 3]]
        if len(sides) == 2 and len(sides[0]) == 1 and looks_like_money(sides[0][0].text) \
                and not any(looks_like_money(w.text) for w in sides[1]):
            return True
    fields = {match_header(" ".join(w.text for w in ph)) for ph in phrases(list(panel))}
    if len(fields) != 1 or not fields <= {Field.HOLDER, Field.PATIENT, Field.MEMBER_ID, Field.PROVIDER, Field.PAYER,
                                           Field.CLAIM_ID, Field.OTHER_DATE}:
        return False
    # (the value may sit two lines down, under a heading row printed on two lines)
    for nxt in lines[k + 1:k + 3]:
        below = [w for w in nxt.words if (w.x1 <= x) != main_left]
        if below:
            # (a name written last name first beside a service row is that row's own first cell, a report's patient
            # column: "Patient" over "Ferreira, Joao  100482 ...")
            beside = TextLine(nxt.page, nxt.number, tuple(w for w in nxt.words if (w.x1 <= x) == main_left))
            return not any(looks_like_money(w.text) for w in below) \
                and not (_NAME_HEAD.match(below[0].text) and is_service_line(beside))
    return False


def _label_pairs(panel_lines: Sequence[Sequence[Word]]) -> int:
    """How many of a panel's lines are a label of words with a number or date right under it (four digits or
    more: an account number, a date; never a note code of the table's last column, "N1")."""
    n = 0
    for up, down in zip(panel_lines, panel_lines[1:]):
        if up and down and all(re.fullmatch(r"[A-Za-z][A-Za-z.'#:-]*", w.text) for w in up) \
                and any(sum(ch.isalpha() for ch in w.text) >= 3 for w in up) \
                and any(sum(ch.isdigit() for ch in w.text) >= 4 for w in down) \
                and not any(looks_like_money(w.text) for w in down):
            n += 1
    return n


def _money_heading_without_amounts(panel: Sequence[Word], beside_rows: Sequence[Sequence[Word]]) -> bool:
    """A panel's box title level with the table's heading ("Deductible (family)" over "$2,440.00 of $5,000.00
    met"): it names an amount, yet no service row holds an amount alone on its side of the corridor (a
    column's value; "$610.00 of $8,000.00" beside a row is the panel's words), so it heads no column of the
    table."""
    fields = {match_header(" ".join(w.text for w in ph)) for ph in phrases(list(panel))} - {None}
    return bool(fields) and fields <= MONEY_FIELDS \
        and not any(ws and all(looks_like_money(w.text) for w in ws) for ws in beside_rows)


def after_number_label(words: list[Word] | tuple[Word, ...], j: int) -> bool:
    """The word at ``j`` follows a number's label ("MRN 01166", "claim CHP-26-0095562"): that number, never a code;
    or it is a town's ZIP after its state ("Harrisburg PA 17104")."""
    if not j:
        return False
    before = words[j - 1].text.lower().strip(".:#")
    if not before and j >= 2:
        before = words[j - 2].text.lower().strip(".:#")  # ("Acct #: 40917": the sign stands apart from its label)
    if before in _NUMBER_LABELS:
        return True
    return j >= 2 and state_and_zip(words[j - 1].text, words[j].text) \
        and re.fullmatch(r"[A-Z][A-Za-z.'-]+,?", words[j - 2].text) is not None


def state_and_zip(state: str, zip_code: str) -> bool:
    """A state's two letters, then a ZIP ("Harrisburg PA 17104", "FARGO ND 58103-2290"): an address's town line."""
    return state.strip(",") in _US_STATES and re.fullmatch(r"\d{5}(?:-\d{4})?", zip_code) is not None


_US_STATES = frozenset("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
                       "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())


_NUMBER_LABELS = frozenset("mrn acct account id no # icn tcn dcn pcn npi tin ssn chart record case claim clm ref "
                           "member mbr recip policy group grp invoice inv".split())
STREET = re.compile(r"^(?:(?:apt|apartment|suite|ste|unit)\.?\s*#?\w{1,5},?\s+)?(?:\d{1,6}[A-Z]?\s+[A-Za-z]|p\.?\s*o\.?\s+box\b)",
                    re.IGNORECASE)  # (maybe after the flat: "Apt 12B, 3400 Linden Terrace")


def _panel_at(lines: Sequence[TextLine], rows: list[int], x: float, carried: bool = False) -> list[TextLine] | None:
    def crosses(ln: TextLine) -> bool:
        return any(w.x0 < x < w.x1 for w in ln.words)

    def sides(ln: TextLine) -> tuple[list[Word], list[Word]]:
        return [w for w in ln.words if w.x1 <= x], [w for w in ln.words if w.x0 >= x]

    main_left: bool | None = None
    prose = 0
    top_row: int | None = None  # the first row that is a service row on one side of the corridor
    for k in rows:
        ln = lines[k]
        if crosses(ln):
            return None
        left, right = sides(ln)
        here = True if is_service_line(TextLine(ln.page, ln.number, tuple(left))) else \
            False if is_service_line(TextLine(ln.page, ln.number, tuple(right))) else None
        if here is None:
            continue  # service-shaped only as a whole (a heading beside a panel's amounts): no evidence
        top_row = k if top_row is None else top_row
        if main_left is not None and here != main_left:
            return None
        main_left = here
        panel, main = (right, left) if here else (left, right)
        kinds = [token_kind(w.text) for w in panel]
        for j in range(1, len(panel)):
            if kinds[j] == Kind.CODE and after_number_label(panel, j) \
                    and any(token_kind(w.text) == Kind.CODE for w in main):
                kinds[j] = Kind.WORD  # ("Group 00881 Fernhill Schools" beside a row with its own code: the plan's group)
        if any(kd in (Kind.CODE, Kind.ADJ) for kd in kinds) and not (carried and Kind.MONEY not in kinds) \
                or kinds[:1] == [Kind.DATE] and not (main and token_kind(main[0].text) == Kind.DATE):
            # (a panel carried on from the page before may print a code-shaped number beside a row, its group
            # number "MERIDIAN TOOL WORKS 55120", with no amount: still the panel's)
            # (a date after its words, "Statement date 01/31/2026", is a panel's, not a row's; so is a date beside a
            # row that opens with its own, "02/01/26 - 02/28/26 | 02/09/26 97112-GO-59 ...")
            return None
        if any(kd == Kind.WORD and sum(ch.isalpha() for ch in w.text) >= 3 for w, kd in zip(panel, kinds)):
            prose += 1
    if main_left is None:
        return None
    # a panel's lines fall beside some rows and not others; words beside every row are a column of the table
    # (the patient's name first on each row of a Medicaid notice)
    beside = sum(1 for k in rows if sides(lines[k])[1 if main_left else 0])
    if len(rows) >= 3 and beside == len(rows) and not (carried and prose * 2 >= len(rows)):
        # (unless the page before had its panel behind this corridor and words stand beside most rows: the panel
        # runs the page's length)
        return None
    first, last = rows[0], rows[-1]
    # lines a word crosses inside the block (a claim heading printed across the page) stay whole; they must
    # be few, and never service rows
    crossing = [k for k in range(first, last + 1) if crosses(lines[k])]
    if len(crossing) * 3 > last - first + 1:
        return None
    while first > 0 and not crosses(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and not crosses(lines[last + 1]):
        last += 1
    # (counted down to the first row that is a service row on its side: a claim heading beside the panel's
    # "$0.00 of $0.00" is service-shaped only as a whole)
    above = sum(1 for k in range(first, top_row if top_row is not None else rows[0])
                if sides(lines[k])[1 if main_left else 0])
    # prose beside one service row is enough when the panel runs on down the page (lines of its own)
    alone = sum(1 for k in range(first, last + 1) if sides(lines[k])[1 if main_left else 0]
                and not sides(lines[k])[0 if main_left else 1])

    def heads_across() -> bool:
        # the table's heading row names a column on the panel's side (a panel's "Member: Priya Anand-Whitcomb" labels
        # its value, no column)
        return any(_heading_words(sides(lines[k])[0 if main_left else 1]) >= 3
                   and any(match_header(" ".join(w.text for w in ph)) is not None
                           and not any(w.text.endswith(":") for w in ph)
                           for ph in phrases(sides(lines[k])[1 if main_left else 0]))
                   for k in range(first, rows[0]))

    if above < 3 and not carried and not (above == 2 and (prose >= 4 and alone >= 4 or prose >= 5 and not heads_across())):
        # (two panel lines above the table are enough when prose stands beside four of its rows or more and the
        # panel runs on in lines of its own, or beside five rows or more: "ID SCX-5521-0078", "Group 7710-PPO",
        # "Plan year to date", "Deductible $500.00" ...; never when the table's heading row names columns on the
        # panel's side, "OFFICE ACCT  CLIENT ID  CLIENT NAME | SVC DATE ...", "Patient | Acct # ...": the table's own)
        return None
    # a panel's labels over their values ("Statement Date" over "03/02/2026", "Guarantor No." over "GA-3390017")
    # count as its prose (unless the panel's side of a row holds amounts: the table's own columns)
    if not any(looks_like_money(w.text) for k in rows for w in sides(lines[k])[1 if main_left else 0]):
        prose += _label_pairs([sides(lines[k])[1 if main_left else 0] for k in range(first, last + 1)])
    if (prose < 2 and alone < 4 or prose < 1 and alone < 6) and not (carried and above >= 3):
        # (no prose beside any row: only a panel running long on lines of its own; unless the page before had its
        # panel behind the same corridor and this one's runs beside the table's heading, "ID ..." / "Group ...")
        return None
    for k in range(first, last + 1):
        left, right = sides(lines[k])
        main, panel = (left, right) if main_left else (right, left)
        # (a claim's heading of labels and values, "Patient: Wren ... Claim # ...", is no heading row)
        if panel and _heading_words(main) >= 3 and _heading_words(panel, exact=True) >= 1 \
                and not any(w.text.endswith(":") for w in main) and not _panel_label(panel, lines, k, x, main_left) \
                and not _money_heading_without_amounts(panel, [sides(lines[r])[1 if main_left else 0] for r in rows]):
            return None  # the table's heading row goes on past the corridor: a column of the table, not a panel
    page = lines[0].page
    table: list[TextLine] = []
    panel_words: list[Word] = []
    for ln in lines[first:last + 1]:
        if crosses(ln):
            table.append(ln)
            continue
        mine = tuple(w for w in ln.words if (w.x1 <= x) == main_left)
        panel_words.extend(w for w in ln.words if (w.x1 <= x) != main_left)
        if mine:
            table.append(TextLine(ln.page, ln.number, mine))
    notes = group_lines(panel_words, page)
    ordered = list(lines[:first]) + table + notes + list(lines[last + 1:])
    return [TextLine(page, n, ln.words) for n, ln in enumerate(ordered, 1)]
