"""Plain sentences for a service line, glossary-based checks, and the ``eobreader explain`` text.

This is where ``97530 GO x4  CO-45 180.00  PR-2 40.00`` becomes words a parent understands. Rules it keeps:

- it only states amounts printed on the line (a value that is ``None`` is never mentioned, and no
  difference or total is invented);
- a CO (contract) amount is always described as not owed by the family; PR amounts are named as
  deductible, copay or coinsurance when the reason code or the line's own columns say so;
- timed codes turn units into time: 15-minute codes by the CMS 8-minute rule (n units = 15n-7 to
  15n+7 minutes), codes with other unit lengths in whole blocks of their own length;
- all wording comes from the glossary (our own words) plus a few fixed sentence frames here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .glossary import Glossary, Procedure, Reason
from .model import Adjustment, Finding, ServiceLine, Severity
from .values import REMARK_RE, ValueParseError, adjustment_code, clean_text, parse_code

__all__ = ["Explained", "code_findings", "describe", "explain_line", "money", "units_as_time"]


@dataclass(frozen=True)
class Explained:
    service: str  # plain name of the service
    explanation: str  # one to three plain sentences


# ------------------------------------------------------------------------------------------- helpers

def money(d: Decimal) -> str:
    """``Decimal('1234.5')`` -> ``$1,234.50``; negatives as ``-$45.00``."""
    sign = "-" if d < 0 else ""
    return f"{sign}${abs(d):,.2f}"


def _duration(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return "1 hour" if hours == 1 else f"{hours} hours"
    if minutes > 60 and minutes % 30 == 0:
        return f"{minutes / 60:g} hours"
    return f"{minutes} minutes"


def _units(units: object) -> int | None:
    """A whole, positive unit count, or None."""
    if units is None:
        return None
    try:
        d = Decimal(str(units))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite() or d <= 0 or d != d.to_integral_value():
        return None
    return int(d)


def _units_word(n: int) -> str:
    return "1 unit" if n == 1 else f"{n} units"


def _first_sentence(text: str) -> str:
    text = clean_text(text)
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    return m.group(1) if m else (text + "." if text and text[-1] not in ".!?" else text)


def _lower_first(text: str) -> str:
    """Lower-case the first letter of a sentence so it can follow a colon (keeps 'FDA', 'I')."""
    word = text.split(" ", 1)[0]
    if not text or not text[0].isupper() or (len(word) > 1 and word.isupper()):
        return text
    return text[0].lower() + text[1:]


def _strip_period(text: str) -> str:
    return text.removesuffix(".")


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _time_phrase(proc: Procedure, n: int) -> str | None:
    """A short phrase for what n units of a timed code mean, or None for untimed codes."""
    m = proc.minutes_per_unit
    if not proc.timed or not m:
        return None
    first_block = proc.max_units_per_visit == 1 and not proc.is_add_on
    if m == 15:
        lo, hi = 15 * n - 7, 15 * n + 7
        if first_block and n == 1:
            return "the first 15 minutes of the day"
        if proc.is_add_on:
            return f"about {lo} to {hi} more minutes by the 8-minute rule"
        return f"about {lo} to {hi} minutes by the 8-minute rule"
    if proc.is_add_on:
        return f"about {_duration(m * n)} more, in blocks of {_duration(m)}"
    if first_block and n == 1:
        return "the first hour" if m == 60 else f"the first {_duration(m)}"
    return f"about {_duration(m * n)}, in blocks of {_duration(m)}"


def units_as_time(proc: Procedure, units: object) -> str | None:
    """What the units of a timed code mean in minutes, as one plain sentence; None when the code
    is untimed or the units are missing, zero, negative or fractional."""
    n = _units(units)
    if proc is None or n is None:
        return None
    phrase = _time_phrase(proc, n)
    if phrase is None:
        return None
    m = proc.minutes_per_unit or 0
    if m == 15 and phrase.endswith("8-minute rule"):
        return (f"{_units_word(n)} means {phrase.replace(' by the 8-minute rule', '')} under the 8-minute rule. "
                "One unit is 8 to 22 minutes, and each extra unit adds 15.")
    if phrase.startswith("the first"):
        return f"{_units_word(n)} covers {phrase}. It usually counts once more than half of that time is done."
    return f"{_units_word(n)} means {phrase}."


_PR_NAMES = {"1": "toward your deductible", "2": "as coinsurance", "3": "as your copay"}
_WHO = {
    "clinic": "The clinic. It is written off, and you do not owe it.",
    "family": "You, the family (or your second insurance, if you have one).",
    "depends": "It depends on the group code and your plan. See the next step.",
    "other insurer": "Another insurer, not this plan.",
    "payer": "The plan.",
}
_ACTION_STEPS = {"fix", "records", "appeal", "auth", "cob", "eligibility"}


def _reason(glossary: Glossary, adj: Adjustment) -> Reason | None:
    return glossary.carc(adj.reason) if adj.reason else None


def _denial_reason(line: ServiceLine, glossary: Glossary) -> Adjustment | None:
    """The adjustment that best explains a zero payment: one whose reason calls for an action."""
    best: Adjustment | None = None
    for adj in line.adjustments:
        r = _reason(glossary, adj)
        actionable = r is not None and r.next_step in _ACTION_STEPS
        unknown = r is None and adj.reason not in _PR_NAMES and adj.reason != "45"
        if not (actionable or unknown):
            continue
        if best is None or (adj.amount or Decimal(0)) > (best.amount or Decimal(0)):
            best = adj
    return best


def _is_denial(line: ServiceLine) -> bool:
    return line.paid is not None and line.paid == 0 and (line.billed is None or line.billed > 0)


# ----------------------------------------------------------------------------------- explain_line

def explain_line(line: ServiceLine, glossary: Glossary) -> Explained:
    """The plain name of the service and up to three plain sentences about what happened to it."""
    proc = glossary.procedure(line.code)
    desc = clean_text(line.description)
    if proc is not None:
        service = proc.short_name
        what = _first_sentence(proc.explanation)
    else:
        fam = glossary.family(line.code)
        service = desc or (f"{fam.family} (code {line.code})" if fam and line.code else
                           f"Code {line.code}" if line.code else "Service")
        if line.code:
            what = f"Code {line.code} is not in our code book" + (f'; the document calls it "{desc}".' if desc else ".")
            if fam:
                what += " " + fam.explanation
        else:
            what = ""

    sentences = [what] if what else []
    n = _units(line.units)
    phrase = _time_phrase(proc, n) if (proc is not None and n is not None) else None
    units_part = ""
    if n is not None and (phrase or n > 1):
        units_part = f"{_units_word(n)}" + (f" ({phrase})" if phrase else "")

    denial = _is_denial(line)
    if denial:
        sentences.extend(_denial_sentences(line, glossary, units_part))
    else:
        money_s = _money_sentence(line, units_part)
        if money_s:
            sentences.append(money_s)
        share = _share_sentence(line, glossary)
        if share:
            sentences.append(share)
    text = " ".join(s for s in sentences if s)
    if not text:
        text = "This line has no code or amounts to explain."
    return Explained(service, text)


def _money_sentence(line: ServiceLine, units_part: str) -> str:
    first = ""
    if line.billed is not None and line.billed < 0:
        first = f"This line reverses an earlier charge of {money(-line.billed)}"
    elif line.billed is not None:
        first = f"The clinic billed {money(line.billed)}" + (f" for {units_part}" if units_part else "")
    elif units_part:
        first = f"The clinic billed {units_part}"
    plan: list[str] = []
    if line.allowed is not None and line.allowed >= 0:
        plan.append(f"allowed {money(line.allowed)}")
    if line.paid is not None:
        if line.paid < 0:
            plan.append(f"took back {money(-line.paid)}")
        else:
            plan.append("paid nothing" if line.paid == 0 else f"paid {money(line.paid)}")
    second = ("the plan " + " and ".join(plan)) if plan else ""
    if first and second:
        return f"{first}; {second}."
    if first:
        return first + "."
    if second:
        return second[0].upper() + second[1:] + "."
    return ""


def _write_off_items(line: ServiceLine, glossary: Glossary) -> list[str]:
    items = []
    for adj in line.adjustments:
        if adj.group in ("CO", "PI") and adj.amount is not None and adj.amount > 0:
            r = _reason(glossary, adj)
            why = f": {_lower_first(r.short_name)}" if r else ""
            items.append(f"{money(adj.amount)} ({adj.code}{why})")
    return items


def _share_items(line: ServiceLine, glossary: Glossary) -> list[str]:
    items: list[str] = []
    for adj in line.adjustments:
        if adj.group != "PR" or adj.amount is None or adj.amount <= 0:
            continue
        if adj.reason in _PR_NAMES:
            items.append(f"{money(adj.amount)} {_PR_NAMES[adj.reason]}")
        else:
            r = _reason(glossary, adj)
            label = _lower_first(r.short_name) if r else "your share"
            items.append(f"{money(adj.amount)} for {label} ({adj.code})")
    if items:
        return items
    for value, label in ((line.deductible, "toward your deductible"), (line.copay, "as your copay"),
                         (line.coinsurance, "as coinsurance")):
        if value is not None and value > 0:
            items.append(f"{money(value)} {label}")
    if line.not_covered is not None and line.not_covered > 0:
        items.append(f"{money(line.not_covered)} the plan does not cover")
    return items


def _share_sentence(line: ServiceLine, glossary: Glossary) -> str:
    parts: list[str] = []
    offs = _write_off_items(line, glossary)
    if offs:
        parts.append(f"The {offs[0]} is written off, so you do not owe it" if len(offs) == 1
                     else f"The {_join(offs)} are written off, so you do not owe them")
    shares = _share_items(line, glossary)
    if shares:
        parts.append(f"you owe {_join(shares)}")
        if line.patient_owes is not None and len(shares) > 1:
            listed = sum((a.amount for a in line.adjustments if a.group == "PR" and a.amount), Decimal(0)) or sum(
                (v for v in (line.deductible, line.copay, line.coinsurance, line.not_covered) if v), Decimal(0))
            if listed == line.patient_owes:
                parts[-1] += f", {money(line.patient_owes)} in all"
            else:
                parts[-1] += f" (the document shows {money(line.patient_owes)} as your total)"
    elif line.patient_owes is not None:
        if line.patient_owes > 0:
            parts.append(f"the document says you owe {money(line.patient_owes)}")
        elif line.patient_owes == 0:
            parts.append("you owe nothing for this line")
    others = [a for a in line.adjustments if a.group in ("OA", "CR") and a.amount]
    if others and len(parts) < 2:
        a = others[0]
        r = _reason(glossary, a)
        why = f": {_lower_first(r.short_name)}" if r else ""
        parts.append(f"{money(a.amount or Decimal(0))} was adjusted for another reason ({a.code}{why})")
    if not parts:
        return ""
    text = "; ".join(parts) if len(parts) < 3 else parts[0] + "; " + ", and ".join(parts[1:])
    text = text[0].upper() + text[1:]
    return text + "."


def _denial_sentences(line: ServiceLine, glossary: Glossary, units_part: str) -> list[str]:
    adj = _denial_reason(line, glossary)
    charge = f" on the {money(line.billed)} charge" if line.billed is not None else ""
    if adj is None:
        # Paid nothing with no action-type reason: usually the deductible, or a bundled or written-off line.
        return [s for s in (_money_sentence(line, units_part), _share_sentence(line, glossary)) if s]
    r = _reason(glossary, adj)
    why = _strip_period(_lower_first(_first_sentence(r.explanation))) if r else "for a reason code we do not know"
    tag = adj.code + "".join(f", remark {rem}" for rem in line.remarks[:2])
    first = f"The plan paid nothing{charge}: {why} ({tag})." if r else f"The plan paid nothing{charge}, {why} ({tag})."
    step = _first_sentence(r.next_step_text) if r and r.next_step_text else "Ask the clinic or the plan what this code means."
    amount = f" the {money(adj.amount)}" if adj.amount else " this"
    if adj.group == "CO":
        who = f"Under the contract you do not owe{amount}"
    elif adj.group == "PI":
        who = f"The plan cut this on its own, so you should not owe{amount}"
    elif adj.group == "PR":
        who = f"The plan lists{amount} as your share, so you may be billed"
    elif adj.group == "OA":
        who = "This is not marked as your share"
    else:
        who = "The document does not say who bears this"
    return [first, f"{who}: {_lower_first(_strip_period(step))}."]


# ---------------------------------------------------------------------------------- code_findings

_THERAPY_MODS = {"GO": "OT", "GP": "PT", "GN": "SLP"}


def code_findings(line: ServiceLine, same_day_codes: frozenset[str], glossary: Glossary) -> list[Finding]:
    """Glossary-based checks of one line. ``same_day_codes`` holds the procedure codes billed for the
    same patient on the same date (it may include the line's own code)."""
    out: list[Finding] = []
    src = line.source

    def add(code: str, message: str, severity: Severity = Severity.WARNING) -> None:
        out.append(Finding(code, message, severity, src))

    code = (line.code or "").upper()
    proc = glossary.procedure(code) if code else None
    mods = tuple(m.upper() for m in line.modifiers)

    if code and proc is None:
        add("unknown-code", f"Code {code} is not in our code book, so it is not explained here.", Severity.INFO)

    if proc is not None:
        n = line.units
        units = abs(n) if n is not None else None
        if units is not None and units > 1 and not proc.timed:
            limit = proc.max_units_per_visit
            if limit is None or limit <= 1:
                add("untimed-units",
                    f"{code} is usually billed once per visit, not by the minute, but this line has "
                    f"{_fmt_units(units)} units. Some Medicaid plans set their own unit rules.")
            elif units > limit:
                add("implausible-units",
                    f"{code} shows {_fmt_units(units)} units; more than {limit} in one visit is unusual.")
        if units is not None and proc.timed and proc.max_units_per_visit is not None and units > proc.max_units_per_visit:
            t = units_as_time(proc, units)
            add("implausible-units",
                f"{code} shows {_fmt_units(units)} units in one visit, more than the {proc.max_units_per_visit} we "
                f"expect." + (f" {t}" if t else ""))

        if proc.is_add_on:
            same_day = {c.upper() for c in same_day_codes}
            if not same_day & set(proc.add_on_to):
                bases = _join(list(proc.add_on_to)) if len(proc.add_on_to) <= 3 else (
                    ", ".join(proc.add_on_to[:3]) + " or a similar main code")
                add("add-on-without-base",
                    f"{code} is an add-on code. It is billed only with {bases} on the same day, and none is here.")

        if proc.deleted and proc.status_year and line.service_date is not None \
                and line.service_date.year >= proc.status_year:
            add("deleted-code",
                f"{code} was retired at the start of {proc.status_year}, but it was used for a "
                f"{line.service_date.year} service. Plans usually deny retired codes.")

        if proc.therapy == "always" and not any(m in _THERAPY_MODS for m in mods):
            add("missing-therapy-modifier",
                f"{code} is a therapy code but has no GO, GP or GN modifier. Medicare and many plans need one. "
                "(Some statements do not print modifiers at all.)")
        disc = proc.discipline.upper()
        given = {_THERAPY_MODS[m] for m in mods if m in _THERAPY_MODS}
        if disc in ("OT", "PT", "SLP") and given and disc not in given:
            wanted = {v: k for k, v in _THERAPY_MODS.items()}[disc]
            add("therapy-modifier-mismatch",
                f"{code} is a {disc} code, but the line has {', '.join(sorted(m for m in mods if m in _THERAPY_MODS))}"
                f" in place of {wanted}.")

    for m in mods:
        if glossary.modifier(m) is None:
            add("unknown-modifier", f"Modifier {m} is not in our code book.", Severity.INFO)
    for adj in line.adjustments:
        known_group = not adj.group or glossary.group(adj.group) is not None
        if glossary.carc(adj.reason) is None or not known_group:
            add("unknown-adjustment", f"Adjustment code {adj.code} is not in our code book.", Severity.INFO)
    for rem in line.remarks:
        r = glossary.rarc(rem)
        if r is None:
            add("unknown-remark", f"Remark code {rem} is not in our code book.", Severity.INFO)
    return out


def _fmt_units(units: Decimal) -> str:
    text = f"{units:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# --------------------------------------------------------------------------------------- describe

_CARC_SHAPE = re.compile(r"[A-Z]\d{1,3}|\d{1,3}")
_NOTE_TAGS = re.compile(r"\s*(?:facts\.md[^.;]*[.;]?|\[[VKU][^\]]*\]|(?:Un)?[Tt]imed, 15-minute units(?:, one-on-one)?\.)")


def _clean_notes(notes: str) -> str:
    text = _NOTE_TAGS.sub("", notes).strip(" .;")
    return (text + ".") if text else ""


def _describe_procedure(proc: Procedure) -> list[str]:
    lines = [f"{proc.code} (procedure code): {proc.short_name}.", f"  {proc.explanation}"]
    if proc.timed and proc.minutes_per_unit:
        if proc.minutes_per_unit == 15 and not (proc.max_units_per_visit == 1 and not proc.is_add_on):
            lines.append("  Timed in 15-minute units. Under the 8-minute rule, 1 unit is 8 to 22 minutes, "
                         "2 units 23 to 37, 3 units 38 to 52, and so on.")
        else:
            lines.append(f"  Timed: each unit is a block of {_duration(proc.minutes_per_unit)}.")
    else:
        lines.append("  Not timed: it is billed by the service, usually once per visit.")
    if proc.is_add_on:
        lines.append(f"  Add-on code: billed only with {_join(list(proc.add_on_to))} on the same day.")
    if proc.deleted:
        lines.append(f"  Retired: no longer valid from {proc.status_year}." if proc.status_year
                     else "  Retired: no longer valid.")
    note = _clean_notes(proc.notes)
    if note:
        lines.append(f"  Note: {note}")
    return lines


def _who_text(who: str) -> str:
    return _WHO.get(who, "Not stated.")


def _describe_adjustment(group: str, reason: str, glossary: Glossary) -> list[str]:
    g = glossary.group(group) if group else None
    r = glossary.carc(reason)
    label = f"{group}-{reason}" if group else reason
    kind = "adjustment" if group else "adjustment reason"
    title = " / ".join(x for x in ((g.short_name if g else ""), (r.short_name if r else "")) if x)
    lines = [f"{label} ({kind}): {title or 'not in our code book'}."]
    if g:
        lines.append(f"  {group}: {g.explanation}")
    elif group:
        lines.append(f"  {group} is not a group code we know.")
    if r:
        lines.append(f"  {reason}: {r.explanation}")
    else:
        lines.append(f"  Reason {reason} is not in our code book. Ask the plan what it means.")
    who = g.who_pays if g and group in ("CO", "PR", "PI") else (r.who_pays if r else (g.who_pays if g else ""))
    if group == "PR" and r and r.next_step not in ("pay", ""):
        who = "family"
    lines.append(f"  Who pays: {_who_text(who)}")
    if not group and r:
        lines.append("  The two letters in front of it (CO, PR, OA or PI) say who bears the amount.")
    if r and r.next_step_text:
        step = r.next_step_text
        if group in ("CO", "PI") and r.next_step == "pay":
            step = "Nothing to pay: it is marked as a contract amount."
        lines.append(f"  Next step: {step}")
    return lines


def _describe_remark(code: str, glossary: Glossary) -> list[str]:
    r = glossary.rarc(code)
    if r is None:
        return [f"{code} (remark code): not in our code book. The statement's own notes may explain it."]
    lines = [f"{code} (remark code): {r.short_name}."]
    if r.explanation:
        lines.append(f"  {r.explanation}")
    if r.document_text:
        lines.append(f"  The document says: {r.document_text}")
    if r.next_step_text:
        lines.append(f"  Next step: {r.next_step_text}")
    return lines


def _describe_modifier(code: str, glossary: Glossary) -> list[str] | None:
    m = glossary.modifier(code)
    if m is None:
        return None
    lines = [f"{code} (modifier): {m.short_name}.", f"  {m.explanation}"]
    note = _clean_notes(m.notes)
    if note:
        lines.append(f"  Note: {note}")
    return lines


def _tokens(raw: list[str]) -> list[str]:
    out: list[str] = []
    for t in raw:
        out.extend(p for p in re.split(r"[\s,;]+", clean_text(t).upper()) if p)
    # join a bare group code with the reason that follows it: "co 45" -> "CO-45"
    joined: list[str] = []
    i = 0
    while i < len(out):
        t = out[i]
        if t in ("CO", "PR", "OA", "PI", "CR") and i + 1 < len(out) and _CARC_SHAPE.fullmatch(out[i + 1]):
            joined.append(f"{t}-{out[i + 1]}")
            i += 2
            continue
        joined.append(t)
        i += 1
    return joined


def _describe_one(tok: str, glossary: Glossary) -> list[str]:
    adj = adjustment_code(tok)
    if adj is not None and adj[0]:
        return _describe_adjustment(adj[0], adj[1], glossary)
    if glossary.rarc(tok) is not None:
        return _describe_remark(tok, glossary)
    try:
        code, mods = parse_code(tok)
    except ValueParseError:
        code, mods = None, ()
    if code:
        proc = glossary.procedure(code)
        fam = glossary.family(code)
        lines = _describe_procedure(proc) if proc else [
            f"{code} (procedure code): not in our code book. It may be a real code we do not cover yet."
            + (f" {fam.explanation}" if fam else "")]
        for m in mods:
            lines.extend(_describe_modifier(m, glossary) or [f"{m} (modifier): not in our code book."])
        return lines
    if REMARK_RE.fullmatch(tok):
        return _describe_remark(tok, glossary)
    meanings: list[list[str]] = []
    mod = _describe_modifier(tok, glossary) if len(tok) == 2 else None
    if mod:
        meanings.append(mod)
    g = glossary.group(tok)
    if g is not None:
        meanings.append([f"{tok} (adjustment group): {g.short_name}.", f"  {g.explanation}",
                         f"  Who pays: {_who_text(g.who_pays)}"])
    if _CARC_SHAPE.fullmatch(tok) and (glossary.carc(tok) is not None or not meanings):
        meanings.append(_describe_adjustment("", tok, glossary))
    if len(meanings) > 1:
        head = [f"{tok} can mean more than one thing. Which one depends on where it is printed:"]
        return head + [ln for m in meanings for ln in m]
    if meanings:
        return meanings[0]
    return [(f"{tok}: not a code we know. We read procedure codes (97530), modifiers (GO), "
            "adjustments (CO-45, PR2) and remark codes (N130).")]


def describe(tokens: list[str], glossary: Glossary) -> str:
    """Plain words for any mix of procedure codes (with glued modifiers), modifiers, adjustment codes
    with or without a group (``CO-45``, ``PR2``, ``co 45``, ``45``) and remark codes (``N130``)."""
    blocks = ["\n".join(_describe_one(t, glossary)) for t in _tokens(tokens)]
    return "\n\n".join(blocks)
