"""What the accuracy benches share: the scored fields, how a truth value and a found value are put in
one comparable form, and the score arithmetic (line F1, per-field and claim-field accuracy).

Used by bench/pdf_accuracy.py and bench/sheet_accuracy.py, so a PDF figure and a spreadsheet figure
mean the same thing."""

from __future__ import annotations

from decimal import Decimal

from eobreader.model import ServiceLine

FIELDS = ("code", "modifiers", "units", "service_date", "billed", "allowed", "paid", "patient_owes",
          "adjustments", "remarks")
CLAIM_FIELDS = ("claim_id", "payer_claim_id", "patient")
MONEY = ("billed", "allowed", "paid", "patient_owes")



def _adj_key(adj: tuple) -> tuple:
    """Order adjustments by group, reason and amount; an adjustment printed without its amount sorts first."""
    g, r, a = adj
    return (g, r, a is not None, a if a is not None else 0)

def dec(v) -> Decimal | None:
    if v is None or v == "":
        return None
    return Decimal(str(v))


def truth_value(t: dict, f: str):
    """A truth file's value of field ``f`` in the form ``found_value`` gives."""
    v = t.get(f)
    if f == "modifiers":
        return tuple(v or ())
    if f == "units":
        d = dec(v)
        return d.normalize() if d is not None else None
    if f in MONEY:
        return dec(v)
    if f == "adjustments":
        return tuple(sorted(((g or "", r or "", dec(a)) for g, r, a in (v or [])), key=_adj_key))
    if f == "remarks":
        return tuple(sorted(v or ()))
    return v or None


def found_value(ln: ServiceLine, f: str):
    """The reader's value of field ``f`` on a line, in the form ``truth_value`` gives."""
    if f == "modifiers":
        return tuple(ln.modifiers)
    if f == "units":
        return ln.units.normalize() if ln.units is not None else None
    if f in MONEY:
        return getattr(ln, f)
    if f == "adjustments":
        return tuple(sorted(((a.group or "", a.reason, a.amount) for a in ln.adjustments), key=_adj_key))
    if f == "remarks":
        return tuple(sorted(ln.remarks))
    if f == "service_date":
        return ln.service_date.isoformat() if ln.service_date else None
    return getattr(ln, f)


class Score:
    """Printed lines (truth), lines read (found), matched lines (tp), and right answers per field."""

    def __init__(self) -> None:
        self.truth = self.found = self.tp = 0
        self.right = dict.fromkeys(FIELDS + CLAIM_FIELDS, 0)

    def add(self, other: Score) -> None:
        self.truth += other.truth
        self.found += other.found
        self.tp += other.tp
        for f in FIELDS + CLAIM_FIELDS:
            self.right[f] += other.right[f]

    def f1(self) -> float:
        p = self.tp / self.found if self.found else 0.0
        r = self.tp / self.truth if self.truth else 0.0
        return 2 * p * r / (p + r) if p + r else (1.0 if not self.truth and not self.found else 0.0)

    def acc(self, f: str) -> float:
        return self.right[f] / self.truth if self.truth else 1.0

    def fields_mean(self) -> float:
        return sum(self.acc(f) for f in FIELDS) / len(FIELDS)

    def claim_mean(self) -> float:
        return sum(self.acc(f) for f in CLAIM_FIELDS) / len(CLAIM_FIELDS)


def row(name: str, s: Score) -> str:
    """One line of the printed table: name, printed, found, line F1, each field, then claim fields."""
    return (f"{name:32s} {s.truth:5d} {s.found:5d} {s.f1():6.1%} " + " ".join(f"{s.acc(f):6.1%}" for f in FIELDS)
            + "  | " + " ".join(f"{s.acc(f):6.1%}" for f in CLAIM_FIELDS))
