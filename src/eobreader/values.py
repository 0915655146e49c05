"""Turning printed values into typed ones: money, dates, units, procedure codes, adjustment and remark codes.

Every reader (PDF, spreadsheet, 835) goes through these functions, so a value shape learned once is
understood everywhere. Each parser either returns a typed value, returns ``None`` for an empty cell,
or raises ``ValueParseError`` (never another exception, never a guess).
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from .model import Adjustment


class ValueParseError(ValueError):
    """A printed value that does not have the shape its column promises."""


# ---------------------------------------------------------------------------------------------- text

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")


def clean_text(value: object) -> str:
    """Normalise printed text: unicode dashes to '-', soft hyphens and zero-width marks removed,
    odd spaces to plain spaces, runs of white space collapsed."""
    if value is None:
        return ""
    s = str(value)
    s = s.translate(_INVISIBLE).translate(_DASHES).translate(_SPACES)
    s = unicodedata.normalize("NFKC", s)
    return " ".join(s.split())


_EMPTY = {"", "-", "--", "---", "n/a", "na", "none", "null", "nan", "—", "."}


def is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return clean_text(value).lower() in _EMPTY


# --------------------------------------------------------------------------------------------- money

_MONEY_RE = re.compile(
    r"""^(?P<lead>[-+(]?)\s*(?:USD|US\$|\$)?\s*(?P<paren2>\(?)\s*(?P<sign2>-?)\s*
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d*)?|\.\d+)
        \s*(?P<trail>\)|-|CR)?$""",
    re.X | re.I,
)
_EURO_RE = re.compile(r"^-?\d{1,3}(?:\.\d{3})*,\d{2}$")

CENT = Decimal("0.01")
_PLAIN_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def parse_money(value: object) -> Decimal | None:
    """``$1,234.50`` -> Decimal('1234.50'); ``(45.00)``, ``45.00-``, ``-$45`` and ``45.00 CR`` are negative.

    Floats (as spreadsheets store numbers) are read through their shortest repr, so 380.1 stays 380.10.
    """
    if type(value) is str and _PLAIN_NUMBER.fullmatch(value):  # fast path: X12 / machine-written numbers
        d = Decimal(value)
        return _cents(d.copy_abs() if d.is_zero() else d)  # "-0" is 0.00, as on the general path
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise ValueParseError(f"not an amount: {value!r}")
    if isinstance(value, Decimal):
        return _cents(value)
    if isinstance(value, int):
        return _cents(Decimal(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueParseError(f"not an amount: {value!r}")
        return _cents(Decimal(repr(value)))
    s = clean_text(value).replace(" ", "")
    if s[-1:] in (";", ":") or s[-1:] == "," and re.search(r"\.\d{2},$", s):
        s = s[:-1]  # "$188.40;" / "$45.00," ended a phrase: the punctuation is not the amount's
    if _EURO_RE.match(s):
        s = s.replace(".", "").replace(",", ".")
    m = _MONEY_RE.match(s)
    if not m:
        raise ValueParseError(f"not an amount: {clean_text(value)[:40]!r}")
    lead, sign2, num, trail = m.group("lead"), m.group("sign2"), m.group("num"), (m.group("trail") or "")
    if m.group("paren2"):  # "$(80.00)": the currency sign printed before the parenthesised amount
        if lead == "(":
            raise ValueParseError(f"unbalanced parentheses in amount: {clean_text(value)[:40]!r}")
        lead = "("
    if (lead == "(") != (trail == ")"):
        raise ValueParseError(f"unbalanced parentheses in amount: {clean_text(value)[:40]!r}")
    negative = lead in ("-", "(") or sign2 == "-" or trail in (")", "-") or trail.upper() == "CR"
    if lead == "-" and trail == "-":
        raise ValueParseError(f"two minus signs in amount: {clean_text(value)[:40]!r}")
    try:
        d = Decimal(num.replace(",", ""))
    except InvalidOperation as e:  # pragma: no cover - the regex already guarantees digits
        raise ValueParseError(f"not an amount: {value!r}") from e
    return _cents(-d if negative else d)


def _cents(d: Decimal) -> Decimal:
    if not d.is_finite():
        raise ValueParseError(f"not an amount: {d}")
    if abs(d) >= Decimal("1e12"):
        raise ValueParseError(f"amount too large to be real: {d}")
    q = d.quantize(CENT)
    return q if q == d else d  # keep sub-cent precision when the document really has it


def looks_like_money(value: str) -> bool:
    """True for a token that is clearly an amount (has cents, a $ sign or money-style negatives)."""
    s = clean_text(value).replace(" ", "")
    if not s:
        return False
    if not re.search(r"\.\d{2}\)?-?$|^\(?-?\$|CR$", s):
        return False
    try:
        parse_money(s)
    except ValueParseError:
        return False
    return True


# --------------------------------------------------------------------------------------------- dates

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ]
    )
    for m in names
}
# Spanish, for bilingual notices ("5 de enero de 2026", "12 ene 2026")
_MONTHS.update({
    m: i + 1
    for i, names in enumerate(
        [
            ("ene", "enero"), ("febrero",), ("marzo",), ("abr", "abril"), ("mayo",), ("junio",), ("julio",),
            ("ago", "agosto"), ("septiembre", "setiembre"), ("octubre",), ("noviembre",), ("dic", "diciembre"),
        ]
    )
    for m in names
})
_EXCEL_EPOCH = date(1899, 12, 30)


def _year(y: int, pivot: int | None = None) -> int:
    if y >= 100:
        return y
    pivot = pivot if pivot is not None else (date.today().year % 100) + 10
    return 2000 + y if y <= pivot else 1900 + y


def _mk(y: int, m: int, d: int, raw: object) -> date:
    try:
        return date(y, m, d)
    except ValueError as e:
        raise ValueParseError(f"not a real date: {clean_text(raw)[:40]!r}") from e


_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
# the day and the year are apart ("Jan 5, 2026", "Jan 5 2026", "Jan 5,2026"): "February 2026" is a month, no date
_TEXT_DATE_MDY = re.compile(r"^([a-z]{3,10})\.?(?:\s*|[-/])(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+|[-/])(\d{2,4})$", re.I)
_TEXT_DATE_DMY = re.compile(r"^(\d{1,2})(?:\s+de)?[\s\-/]*([a-z]{3,10})\.?(?:\s+de)?[\s\-/,]*(\d{2,4})$", re.I)


def parse_date(value: object, *, excel_serial: bool = True, day_first: bool = False) -> date | None:
    """Dates as EOBs print them: ``01/05/26``, ``01/05/2026``, ``2026-01-05``, ``01052026``, ``010526``,
    ``20260105``, ``Jan 5, 2026``, ``05-Jan-2026``; ``datetime``/``date`` objects; Excel serial numbers.

    Numeric dates are read month first (US documents), day first when ``day_first`` (a document that says it
    writes day/month/year)."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueParseError(f"not a date: {value!r}")
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return None
        n = float(value)
        if not math.isfinite(n):
            raise ValueParseError(f"not a date: {value!r}")
        if excel_serial and 20000 <= n <= 80000 and n == int(n):
            return _EXCEL_EPOCH + timedelta(days=int(n))
        value = str(int(n)) if n == int(n) else str(value)
    s = clean_text(value).strip()
    s = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$", "", s, flags=re.I)  # trailing time of day
    if m := _NUMERIC_DATE.match(s):
        a, b, c = m.groups()
        if len(a) == 4:  # ISO 2026-01-05
            return _mk(int(a), int(b), int(c), value)
        if day_first:
            return _mk(_year(int(c)), int(b), int(a), value)
        return _mk(_year(int(c)), int(a), int(b), value)
    if s.isdigit():
        if len(s) == 8:
            y4 = int(s[:4])
            if 1900 <= y4 <= 2100 and 1 <= int(s[4:6]) <= 12 and 1 <= int(s[6:]) <= 31:
                return _mk(y4, int(s[4:6]), int(s[6:]), value)  # CCYYMMDD (X12 style)
            return _mk(int(s[4:]), int(s[:2]), int(s[2:4]), value)  # MMDDCCYY
        if len(s) == 6:
            return _mk(_year(int(s[4:])), int(s[:2]), int(s[2:4]), value)  # MMDDYY
        raise ValueParseError(f"not a date: {s[:40]!r}")
    if m := _TEXT_DATE_MDY.match(s):
        mon = _MONTHS.get(m.group(1).lower())
        if mon:
            return _mk(_year(int(m.group(3))), mon, int(m.group(2)), value)
    if m := _TEXT_DATE_DMY.match(s):
        mon = _MONTHS.get(m.group(2).lower())
        if mon:
            return _mk(_year(int(m.group(3))), mon, int(m.group(1)), value)
    raise ValueParseError(f"not a date: {s[:40]!r}")


_TEXT_MONTH_DAY = re.compile(r"^([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?$", re.I)
_TEXT_DAY_MONTH = re.compile(r"^(\d{1,2})[\s\-]*([a-z]{3,9})\.?$", re.I)


def parse_month_day(value: object) -> tuple[int, int] | None:
    """A date printed without its year (``Oct 2``, ``Oct. 14``, ``2 Oct``): (month, day), or None when the
    text is not one. The year is the document's to give (``year_for``), never guessed here."""
    s = clean_text(value).strip()
    m = _TEXT_MONTH_DAY.match(s)
    if m:
        mon, day = _MONTHS.get(m.group(1).lower()), int(m.group(2))
    elif m := _TEXT_DAY_MONTH.match(s):
        mon, day = _MONTHS.get(m.group(2).lower()), int(m.group(1))
    else:
        return None
    if not mon or not 1 <= day <= 31:
        return None
    return mon, day


def year_for(month: int, day: int, period: tuple[date, date] | None = None, latest: date | None = None) -> date | None:
    """The date of a month and day printed without a year, from what the document says of its time: the
    one year that puts it inside the statement's period ("October 1 - December 31, 2025"), else the last
    year in which it is not after the document's latest full date (a service comes before its statement).
    A day a few months before the period ("Jan 7" under "claims finished Jan 20 - Feb 10, 2026") is a service
    of the claims processed in it. None when the document gives neither, or the period fits it in no year or
    in two."""
    if period is not None:
        fits = []
        for y in range(period[0].year, period[1].year + 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if period[0] <= d <= period[1]:
                fits.append(d)
        if not fits:
            for y in (period[0].year, period[0].year - 1):
                try:
                    d = date(y, month, day)
                except ValueError:
                    continue
                if timedelta(0) < period[0] - d <= timedelta(days=120):
                    fits.append(d)
        return fits[0] if len(fits) == 1 else None
    if latest is not None:
        for y in (latest.year, latest.year - 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if d <= latest:
                return d
    return None


_RANGE_SPLIT = re.compile(r"\s*(?:\bthru\b|\bthrough\b|\bto\b|\s-\s|–|—|-(?=\s*[a-z]{3}\b)|(?<=\d)-(?=\d{1,2}/))\s*", re.I)


_MMDD_THEN_DATE = re.compile(r"^(\d{4})\s+(\d{6}|\d{8}|\d{1,2}/\d{1,2}/\d{2,4})$")


def parse_date_range(value: object, day_first: bool = False) -> tuple[date | None, date | None]:
    """A single date gives ``(d, d)``; ``01/05/26-01/09/26``, ``01/05/2026 - 01/09/2026``,
    ``010526-010926`` and ``01/05/26 to 01/09/26`` give ``(start, end)``; so does the paper-remit
    ``0105 010926`` (from month and day, then the full to-date)."""
    if is_empty(value):
        return None, None
    if not isinstance(value, str):
        d = parse_date(value, day_first=day_first)
        return d, d
    s = clean_text(value)
    try:
        d = parse_date(s, day_first=day_first)
        return d, d
    except ValueParseError:
        pass
    if m := _MMDD_THEN_DATE.match(s):
        # paper remits: "0105 010526" = from Jan 5 (year not printed) to Jan 5, 2026
        b = parse_date(m.group(2), day_first=day_first)
        if b is not None:
            mm, dd = int(m.group(1)[:2]), int(m.group(1)[2:])
            a = _mk(b.year if (mm, dd) <= (b.month, b.day) else b.year - 1, mm, dd, value)
            return a, b
    parts = [p for p in _RANGE_SPLIT.split(s) if p]
    if len(parts) != 2 and "-" in s:
        # compact forms: 010526-010926, 01/05/26-01/09/26
        halves = s.split("-")
        if len(halves) == 2:
            parts = [h.strip() for h in halves]
    if len(parts) == 2:
        start, end = parse_date(parts[0], day_first=day_first), parse_date(parts[1], day_first=day_first)
        if start and end and end < start:
            raise ValueParseError(f"date range ends before it starts: {s[:40]!r}")
        return start, end
    raise ValueParseError(f"not a date or date range: {s[:40]!r}")


# --------------------------------------------------------------------------------------------- units

def parse_units(value: object) -> Decimal | None:
    """``2.000`` -> 2, ``4`` -> 4, ``1.5`` -> 1.5, ``x2`` -> 2. Negative units are kept (reversals print them)."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise ValueParseError(f"not a unit count: {value!r}")
    if isinstance(value, float):
        value = repr(value)
    s = clean_text(value).replace(",", "")
    s = re.sub(r"(?i)\s*(units?|un|visits?|days?)$", "", s)
    s = re.sub(r"^[x\u00d7]\s?(?=\d)", "", s, flags=re.I)  # "x2", "× 2": a count written as a multiplier
    if s.endswith("-") and s[:-1].replace(".", "", 1).isdigit():
        s = "-" + s[:-1]
    try:
        d = Decimal(s)
    except InvalidOperation as e:
        raise ValueParseError(f"not a unit count: {clean_text(value)[:20]!r}") from e
    if not d.is_finite() or abs(d) > 100000:
        raise ValueParseError(f"not a unit count: {clean_text(value)[:20]!r}")
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


# ----------------------------------------------------------------------------- procedure codes, modifiers

# CPT category I (5 digits), category II (4 digits + F), category III (4 digits + T), HCPCS level II
# (letter + 4 digits). Checked in this order so 0552T is one code and not 0552 + T.
CODE_RE = re.compile(r"(?:\d{4}[FTU]|\d{5}|[A-V]\d{4})")
_CODE_AT_START = re.compile(r"^(?P<code>\d{4}[FTU](?![0-9])|\d{5}|[A-V]\d{4})(?P<rest>.*)$")
MODIFIER_RE = re.compile(r"^[A-Z0-9]{2}$")
CODE_IN_TEXT = re.compile(r"(?<![A-Z0-9.$])(\d{4}[FTU]|\d{5}|[A-V]\d{4})(?![0-9.,])")


def is_procedure_code(s: str) -> bool:
    return bool(CODE_RE.fullmatch(s))


def _number_text(value: int | float) -> str:
    """A spreadsheet number as the text it stood for (97110.0 -> "97110"); not-a-number stays odd text."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return str(int(value)) if float(value) == int(value) else str(value)


def parse_code(value: object) -> tuple[str | None, tuple[str, ...]]:
    """A procedure code with modifiers however they were written: ``97530-GO,59``, ``97110GO``,
    ``97530 GO 59``, ``HC:97110:GO``, ``L3807RT``. Returns ``(code, modifiers)``."""
    if is_empty(value):
        return None, ()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = _number_text(value)
    s = clean_text(value).upper()
    s = re.sub(r"^(?:HC|AD|ER|HP|IV|N4|NU|WK|ZZ)[:>^]", "", s)  # X12 qualifier prefix
    s = re.sub(r"^(?:CPT|HCPCS|PROC(?:EDURE)?|CODE)[\s:#]*", "", s)
    m = _CODE_AT_START.match(s)
    if not m:
        raise ValueParseError(f"not a procedure code: {clean_text(value)[:30]!r}")
    code, rest = m.group("code"), m.group("rest")
    return code, parse_modifiers(rest)


def parse_modifiers(value: object) -> tuple[str, ...]:
    """``GO,59`` / ``GO 59`` / ``-GO-59`` / ``GO59`` / ``:GO:59`` -> ``("GO", "59")``."""
    if is_empty(value):
        return ()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = _number_text(value)
    s = clean_text(value).upper().strip(" -:,;/^>")
    if not s:
        return ()
    mods: list[str] = []
    for tok in re.split(r"[\s\-:,;/^>|+]+", s):
        if not tok:
            continue
        if len(tok) == 1 and tok.isdigit():
            tok = "0" + tok  # a spreadsheet turned modifier 09 into the number 9
        if len(tok) % 2 or not tok.isalnum():
            raise ValueParseError(f"not a modifier: {tok[:10]!r}")
        mods.extend(tok[i : i + 2] for i in range(0, len(tok), 2))
    if len(mods) > 4:
        raise ValueParseError(f"more than four modifiers: {s[:30]!r}")
    return tuple(mods)


def code_in_text(text: str) -> str | None:
    """A procedure code written inside a description: ``Therapeutic exercises (97110)``."""
    found = code_and_modifiers_in_text(text)
    return found[0] if found else None


# (never the tail of a number in parts, "CHP-26-0095562": a digit and a hyphen before it)
_CODE_GLUED_IN_TEXT = re.compile(
    r"(?<![A-Z0-9.$])(?<![0-9]-)(\d{4}[FTU]|\d{5}|[A-V]\d{4})((?:[-:]?[A-Z0-9]{2}(?![A-Z0-9]))(?:[-:,][A-Z0-9]{2}(?![A-Z0-9])){0,3}"
    r"|(?:[A-Z]{2}|[A-Z]\d|\d[A-Z]){1,4})?(?![0-9.,])"
)


_CODE_IN_BRACKETS = re.compile(r"[(\[](?:(?:CPT|HCPCS|CPT/HCPCS|CODE|PROC)[\s:#]*)?(\d{4}[FTU]|\d{5}|[A-V]\d{4})"
                               r"((?:[\s,;/\-:]+[A-Z0-9]{2}(?![0-9.]))*)(?:\s*[,;]\s*(\d{1,3}(?:\.\d{1,2})?)\s*UNITS?)?\s*[)\]]")


# a count written as a multiplier at the end of a code's brackets, in lower case ("(99214 x1)", "(97167-GO ×2)"):
# the count, never the modifier "X1"
_TIMES_IN_BRACKETS = re.compile(r"\s+[x\u00d7]\s?(\d{1,3})(?=\s*[)\]])")


def _times_as_units(text: str) -> str:
    return _TIMES_IN_BRACKETS.sub(r", \1 units", clean_text(text))


def units_in_brackets(text: str) -> Decimal | None:
    """The units printed inside a code's brackets ("(97110-GP, 3 units)", "(99214 x1)"), or None."""
    m = _CODE_IN_BRACKETS.search(_times_as_units(text).upper())
    return Decimal(m.group(3)) if m and m.group(3) else None


def code_and_modifiers_in_text(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``Therapeutic activities 97530GO x3`` -> ``("97530", ("GO",))``; ``(97110)`` -> ``("97110", ())``.
    Only modifiers glued to the code (or joined by - or :) are taken: loose words are not modifiers."""
    up = _times_as_units(text).upper()
    # modifiers inside the code's own brackets are the code's, spaced or not: "(92507 GN)", "(97140-GP, 59)"
    if b := _CODE_IN_BRACKETS.search(up):
        try:
            return b.group(1), parse_modifiers(b.group(2)) if b.group(2).strip(" ,;/-") else ()
        except ValueParseError:
            pass
    m = _CODE_GLUED_IN_TEXT.search(up)
    if not m:
        return None
    mods: tuple[str, ...] = ()
    if m.group(2):
        try:
            mods = parse_modifiers(m.group(2))
        except ValueParseError:
            mods = ()
    return m.group(1), mods


_UNITS_IN_TEXT = re.compile(r"(?:^|\s)(?:[x×]\s?(\d{1,3})|(\d{1,3})\s?(?:units?|un)\b)(?=\s|$|[,;)])", re.I)


def units_in_text(text: str) -> Decimal | None:
    """Units written in a description: ``x3``, ``× 2``, ``4 units``."""
    m = _UNITS_IN_TEXT.search(clean_text(text))
    if not m:
        return None
    return Decimal(m.group(1) or m.group(2))


# ------------------------------------------------------------------------ adjustment and remark codes

GROUPS = ("CO", "PR", "OA", "PI", "CR")
_CARC = r"(?:[A-Z]\d{1,3}|\d{1,3})"
_ADJ_RE = re.compile(
    rf"(?<![A-Z0-9])(?P<group>CO|PR|OA|PI|CR)\s*[-:/ *]?\s*(?P<reason>{_CARC})(?![A-Z0-9])"
    rf"(?:\s*[:=*/]?\s*(?P<amount>\(?-?\$?\d[\d,]*\.\d{{2}}\)?-?))?",
    re.I,
)
REMARK_RE = re.compile(r"(?<![A-Z0-9])(MA\d{2,3}|M\d{1,3}|N\d{1,4})(?![A-Z0-9])")


def _reason(code: str) -> str:
    """A reason code as X12 writes it: fixed-width remits pad numbers ("CO016", "CO045"); CARC has no
    leading zeros."""
    code = code.upper()
    return code.lstrip("0") or code if code.isdigit() else code


def parse_adjustments(value: object) -> tuple[Adjustment, ...]:
    """Adjustment codes with optional amounts as printed: ``CO-45 51.50; PR-2 19.70``, ``CO45``,
    ``PR 1``, ``CO\u201145`` (non-breaking hyphen), ``C\u00adO-45`` (soft hyphen)."""
    if is_empty(value):
        return ()
    s = clean_text(value).upper()
    out: list[Adjustment] = []
    for m in _ADJ_RE.finditer(s):
        amt = parse_money(m.group("amount")) if m.group("amount") else None
        out.append(Adjustment(m.group("group").upper(), _reason(m.group("reason")), amt))
    return tuple(out)


def adjustment_code(value: str) -> tuple[str, str] | None:
    """``CO-45`` / ``CO45`` / ``co 45`` -> ``("CO", "45")``; a bare reason ``45`` -> ``("", "45")``."""
    s = clean_text(value).upper()
    m = re.fullmatch(rf"(CO|PR|OA|PI|CR)\s*[-:/ ]?\s*({_CARC})", s)
    if m:
        return m.group(1), _reason(m.group(2))
    if re.fullmatch(_CARC, s):
        return "", _reason(s)
    return None


def parse_remarks(value: object) -> tuple[str, ...]:
    """Remark codes (RARC) found in a cell or text: ``N130, M15`` -> ``("N130", "M15")``."""
    if is_empty(value):
        return ()
    seen: dict[str, None] = {}
    for code in REMARK_RE.findall(clean_text(value).upper()):
        seen.setdefault(code, None)
    return tuple(seen)
