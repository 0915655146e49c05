"""Units of timed codes worked out from treatment minutes, by the two rules payers use.

- CMS 8-minute rule (Medicare and many other plans): add up the minutes of every 15-minute timed code a
  patient had that day; the total gives the day's units (n units for 15n-7 to 15n+7 minutes). Each code
  first gets one unit per full 15 minutes; units left over go to the codes with the most minutes left over.
- Per-code midpoint rule (CPT's "rule of eights"): each code on its own gets one unit per full block and
  one more once more than half a block is done (8 minutes of a 15-minute code).

Example (facts.md 2a): 33 minutes of 97530 and 7 of 97110 are 40 minutes: 3 units, 97530 x2 and 97110 x1.
Example (2b): 10 minutes each of 97110 and 97116 are 1 unit under CMS but 2 units per code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TimedItem:
    key: int  # the caller's id for the line (a charges row)
    code: str
    minutes: int
    block: int = 15  # minutes per unit


@dataclass(frozen=True, slots=True)
class TimedUnits:
    key: int
    cms: int | None  # units by the CMS 8-minute rule (None: the code is not a 15-minute code)
    midpoint: int
    day_minutes: int  # total 15-minute timed minutes that day (CMS)
    day_units: int  # total units that day by CMS
    tie_broken: bool = False  # a leftover unit went to one of codes with equal leftover minutes


def cms_day_units(total_minutes: int) -> int:
    """Units for a day's total timed minutes: 0-7 -> 0, 8-22 -> 1, 23-37 -> 2 ..."""
    if total_minutes < 8:
        return 0
    return (total_minutes + 7) // 15


def midpoint_units(minutes: int, block: int = 15) -> int:
    """Units of one code by the midpoint rule: full blocks, plus one once more than half a block is done."""
    if minutes <= 0 or block <= 0:
        return 0
    full, rest = divmod(minutes, block)
    return full + (1 if rest >= block // 2 + 1 else 0)


def assign(items: list[TimedItem]) -> dict[int, TimedUnits]:
    """Units per line for one patient's day. Lines of 15-minute codes share the CMS total; codes with
    other block lengths are judged by the midpoint rule alone."""
    out: dict[int, TimedUnits] = {}
    fifteen = [i for i in items if i.block == 15 and i.minutes >= 0]
    total = sum(i.minutes for i in fifteen)
    day_units = cms_day_units(total)
    base = {i.key: i.minutes // 15 for i in fifteen}
    left = day_units - sum(base.values())
    ranked = sorted(fifteen, key=lambda i: (-(i.minutes % 15), -i.minutes))
    tie = set()
    k = 0
    while left > 0 and ranked:
        item = ranked[k % len(ranked)]
        base[item.key] += 1
        if k + 1 < len(ranked) and ranked[k + 1].minutes % 15 == item.minutes % 15 and ranked[k + 1].minutes == item.minutes:
            tie.add(item.key)
        left -= 1
        k += 1
    for i in items:
        mid = midpoint_units(i.minutes, i.block)
        if i.block == 15:
            out[i.key] = TimedUnits(i.key, base[i.key], mid, total, day_units, i.key in tie)
        else:
            out[i.key] = TimedUnits(i.key, None, mid, total, day_units)
    return out
