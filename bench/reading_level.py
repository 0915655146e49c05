"""Reading level of the glossary and of the sentences explain_line writes (Flesch-Kincaid grade).

    python bench/reading_level.py

textstat is a dev/test tool (the ``test`` extra), never a runtime dependency. textstat 0.7.13 counts
syllables with the CMU pronouncing dictionary, which nltk downloads on first use; this workplace is
offline, so when the dictionary is not installed we make textstat use its own fallback (pyphen
hyphenation) for every word, and say so in the output. Nothing is fetched.
"""

from __future__ import annotations

import re
import statistics
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eobreader import glossary
from eobreader.explain import explain_line
from eobreader.model import Adjustment, ServiceLine, SourceRef

SYLLABLES = "cmudict"


def _offline_textstat():
    """textstat, set up so it never tries to download anything."""
    global SYLLABLES
    import nltk
    import textstat
    from textstat.backend.counts import _count_syllables

    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        _count_syllables.get_cmudict = lambda lang: None  # textstat then counts every word with pyphen
        SYLLABLES = "pyphen (CMU dictionary not installed)"
    return textstat


_MONEY = re.compile(r"-?\$([\d,]+)\.\d{2}")


def for_scoring(text: str) -> str:
    """Money such as $1,234.50 read as '1,234 dollars': textstat would take each '.' in an amount for the
    end of a sentence, which makes money-heavy sentences look far easier than they are."""
    return _MONEY.sub(lambda m: f"{m.group(1)} dollars", text)


def fk_grade(text: str) -> float:
    return float(_offline_textstat().flesch_kincaid_grade(for_scoring(text)))


def glossary_texts(g: glossary.Glossary) -> list[tuple[str, str]]:
    """(label, text) for every explanation in the code book."""
    out: list[tuple[str, str]] = []
    for kind, table in (("procedure", g.procedures), ("modifier", g.modifiers), ("group", g.groups),
                        ("carc", g.carcs), ("rarc", g.rarcs)):
        for code, entry in table.items():
            out.append((f"{kind} {code}", entry.explanation))
    return out


def typical_lines(g: glossary.Glossary) -> list[ServiceLine]:
    """Invented but typical therapy and office lines: paid, deductible, copay, and common denials."""
    src = SourceRef("bench", row=1)
    d = Decimal
    lines: list[ServiceLine] = []
    visit = [("97530", ("GO",), 4, "380.00", "200.00"), ("97110", ("GP",), 2, "180.00", "95.00"),
             ("97140", ("GP",), 1, "95.00", "48.00"), ("97533", ("GO",), 3, "300.00", "150.00"),
             ("97535", ("GO",), 2, "190.00", "96.00"), ("92507", ("GN",), 1, "175.00", "110.00"),
             ("92526", ("GN",), 1, "190.00", "120.00"), ("97165", ("GO",), 1, "260.00", "140.00"),
             ("97166", ("GO",), 1, "300.00", "160.00"), ("97161", ("GP",), 1, "250.00", "130.00"),
             ("97112", ("GP",), 2, "180.00", "96.00"), ("97129", ("GO",), 1, "90.00", "50.00"),
             ("97130", ("GO",), 3, "240.00", "120.00"), ("96112", (), 1, "420.00", "230.00"),
             ("99213", (), 1, "180.00", "110.00"), ("90837", (), 1, "220.00", "150.00")]
    for code, mods, units, billed, allowed in visit:
        b, a = d(billed), d(allowed)
        co = b - a
        coins = (a * d("0.20")).quantize(d("0.01"))
        # paid with coinsurance
        lines.append(ServiceLine(src, code=code, modifiers=mods, units=d(units), billed=b, allowed=a,
                                 paid=a - coins, patient_owes=coins,
                                 adjustments=(Adjustment("CO", "45", co), Adjustment("PR", "2", coins))))
        # all to the deductible
        lines.append(ServiceLine(src, code=code, modifiers=mods, units=d(units), billed=b, allowed=a,
                                 paid=d("0.00"), patient_owes=a,
                                 adjustments=(Adjustment("CO", "45", co), Adjustment("PR", "1", a))))
        # copay from the line's own column
        lines.append(ServiceLine(src, code=code, modifiers=mods, units=d(units), billed=b, allowed=a,
                                 paid=a - d("30.00"), copay=d("30.00")))
    for group, reason, remark in (("CO", "197", ""), ("CO", "16", "M51"), ("CO", "50", ""),
                                  ("PR", "96", "N130"), ("PR", "204", ""), ("CO", "97", "M15"),
                                  ("CO", "151", "N362"), ("OA", "22", ""), ("CO", "4", "N822"),
                                  ("CO", "181", ""), ("PR", "119", "N130"), ("CO", "29", ""),
                                  ("CO", "B15", "N122"), ("CO", "27", ""), ("CO", "242", "")):
        lines.append(ServiceLine(src, code="97530", modifiers=("GO",), units=d(4), billed=d("380.00"),
                                 paid=d("0.00"), adjustments=(Adjustment(group, reason, d("380.00")),),
                                 remarks=(remark,) if remark else ()))
    lines.append(ServiceLine(src, code="12345", description="Custom hand program", units=d(1),
                             billed=d("80.00"), paid=d("64.00")))
    return lines


def cl_grade(text: str) -> float:
    """Coleman-Liau index: letters and sentences only, so it needs no syllable dictionary (a cross-check)."""
    return float(_offline_textstat().coleman_liau_index(for_scoring(text)))


def summary(label: str, scored: list[tuple[float, str, str]]) -> None:
    grades = [s for s, _, _ in scored]
    cl = [cl_grade(t) for _, _, t in scored]
    print(f"{label}: n={len(grades)}  mean FK grade {statistics.mean(grades):.2f}  "
          f"median {statistics.median(grades):.2f}  share <= 8: {sum(x <= 8 for x in grades) / len(grades):.0%}  "
          f"(cross-check: mean Coleman-Liau {statistics.mean(cl):.2f})")
    print("  worst 10:")
    for s, where, text in sorted(scored, reverse=True)[:10]:
        print(f"    {s:5.1f}  {where}: {text[:110]}")


def main() -> None:
    g = glossary.load()
    _offline_textstat()
    scored = [(fk_grade(t), where, t) for where, t in glossary_texts(g)]
    lines = typical_lines(g)
    made = [(fk_grade(e.explanation), f"{ln.code} {e.service}", e.explanation)
            for ln in lines for e in [explain_line(ln, g)]]
    print(f"glossary version {g.version}; measured {date.today().isoformat()}; "
          f"Flesch-Kincaid grade (textstat), syllables by {SYLLABLES}")
    summary("glossary explanations", scored)
    summary("explain_line sentences on typical lines", made)


if __name__ == "__main__":
    main()
