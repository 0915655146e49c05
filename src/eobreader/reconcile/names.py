"""Patient names as a biller compares them: order, case, middle initials, hyphens and small misspellings.

``LOPEZ, MIA R`` and ``Mia Lopez`` are the same name; ``Mia Lopes`` is close (one letter); ``M LOPEZ`` is
close when the initial fits; ``Mio Lopez`` is close, ``Noah Lopez`` is not (a sibling, not a typo).
Names are reduced once per distinct spelling (cached), so comparing many lines stays cheap.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV", "V"})
_SPLIT = re.compile(r"[\s,.;/]+")


class NameMatch(enum.IntEnum):
    NONE = 0
    PARTIAL = 1  # the surname (or one name) agrees, nothing contradicts it
    CLOSE = 2  # the same person written differently (a typo, a nickname, an extra or missing middle name)
    SAME = 3  # the same words in any order, initials aside


@dataclass(frozen=True, slots=True)
class NameKey:
    full: tuple[str, ...]  # words of two or more letters, in the order written ("LAST, FIRST" turned round)
    initials: tuple[str, ...]  # single letters
    aliases: frozenset[str]  # hyphenated words joined ("ISMAILFERRARO"), so both spellings meet

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.full)

    def bucket_keys(self) -> tuple[str, ...]:
        """Keys under which a name is indexed: each whole word, and each hyphenated word joined. Two
        spellings of one person meet when one word agrees (a misspelled surname meets on the first name);
        whole words keep buckets small however many patients a clinic has."""
        return tuple(sorted(set(self.full) | self.aliases))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def name_key(name: str | None) -> NameKey:
    if not name:
        return NameKey((), (), frozenset())
    s = _ascii(str(name)).upper().replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^A-Z,\s.;/-]", " ", s)
    if "," in s:  # "LAST, FIRST MIDDLE" -> "FIRST MIDDLE LAST"
        last, _, rest = s.partition(",")
        s = rest + " " + last
    aliases = set()
    words: list[str] = []
    for chunk in _SPLIT.split(s):
        if not chunk:
            continue
        parts = [p for p in chunk.split("-") if p]
        if len(parts) > 1:
            aliases.add("".join(parts))
        words.extend(parts)
    words = [w for w in words if w not in _SUFFIXES]
    full = tuple(w for w in words if len(w) > 1)
    initials = tuple(w for w in words if len(w) == 1)
    return NameKey(full, initials, frozenset(aliases))


def display(name: str | None) -> str:
    """``QUINTERO, AVA`` -> ``Ava Quintero``; ``Delgado-Brandt, Ines`` -> ``Ines Delgado-Brandt``."""
    text = " ".join(str(name or "").split())
    if "," in text:
        last, _, rest = text.partition(",")
        text = f"{rest.strip()} {last.strip()}".strip()
    return text.title() if text.isupper() else text


def family_key(name: str | None) -> tuple[str, ...]:
    """A stable grouping key for one person: sorted full words."""
    return tuple(sorted(name_key(name).full))


def _edits(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance, stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _typo(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 3 or max(len(a), len(b)) < 4:  # ANA/ANNA is a slip; LEE/LEA may be two people
        return False
    return _edits(a, b, 2 if min(len(a), len(b)) >= 8 else 1) <= (2 if min(len(a), len(b)) >= 8 else 1)


def _short_form(a: str, b: str) -> bool:
    """A nickname written as the start of the full name: SAM / SAMANTHA, ALEX / ALEXANDER."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short)


@dataclass(frozen=True, slots=True)
class NameResult:
    level: NameMatch
    note: str = ""


@lru_cache(maxsize=262144)
def compare(a: str | None, b: str | None) -> NameResult:
    """How well two written names agree, with a short note when they are not written the same."""
    ka, kb = name_key(a), name_key(b)
    if not ka.full or not kb.full:
        return NameResult(NameMatch.NONE, "no name")
    wa, wb = set(ka.full), set(kb.full)
    # a hyphenated surname written as one word on the other side
    for alias in ka.aliases:
        if alias in wb:
            wb = (wb - {alias}) | set(w for w in ka.full if w in alias)
    for alias in kb.aliases:
        if alias in wa:
            wa = (wa - {alias}) | set(w for w in kb.full if w in alias)
    if wa == wb:
        ia, ib = set(ka.initials), set(kb.initials)
        if ia and ib and not (ia & ib):
            return NameResult(NameMatch.CLOSE, "middle initials differ")
        written_same = " ".join(ka.full) == " ".join(kb.full) or sorted(ka.full) == sorted(kb.full)
        return NameResult(NameMatch.SAME, "" if written_same else "hyphen written differently")
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    small_initials = set(ka.initials if small is wa else kb.initials)
    unpaired_large = set(large)
    exact = fuzzy = 0
    notes: list[str] = []
    unpaired_small: list[str] = []
    for w in sorted(small):
        if w in unpaired_large:
            unpaired_large.discard(w)
            exact += 1
            continue
        partner = next((x for x in sorted(unpaired_large) if _typo(w, x) or _short_form(w, x)), None)
        if partner is None:
            unpaired_small.append(w)
            continue
        unpaired_large.discard(partner)
        fuzzy += 1
        notes.append(f"{w.capitalize()}/{partner.capitalize()}")
    if unpaired_small:
        return NameResult(NameMatch.NONE, "different names")
    if unpaired_large:
        # the other side has more words: fine when an initial stands for them, or when two words already agree
        initials_fit = small_initials and all(any(x.startswith(i) for i in small_initials) for x in unpaired_large)
        initials_clash = small_initials and not initials_fit
        if initials_clash:
            return NameResult(NameMatch.NONE, "initial does not fit")
        if initials_fit or exact + fuzzy >= 2:
            what = "initial for a first name" if initials_fit else "extra name part"
            return NameResult(NameMatch.CLOSE, "; ".join(notes + [what]))
        return NameResult(NameMatch.PARTIAL, "only " + ", ".join(w.capitalize() for w in sorted(small)) + " agrees")
    if exact >= 1:
        return NameResult(NameMatch.CLOSE, "spelled differently: " + ", ".join(notes))
    return NameResult(NameMatch.PARTIAL, "every word spelled differently: " + ", ".join(notes))
