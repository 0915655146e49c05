"""Write the FIFTEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on FAMILIAR document kinds printed in UNFAMILIAR GEOMETRY AND TYPOGRAPHY (tiny dense
fonts, two-up tables, a rotated table, transposed tables, tiles, right-aligned text columns, white-on-dark bars,
captions below the values, currency codes and space thousands separators, whole dollars without cents).
(bench/heldout/ .. heldout13/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout15/make_heldout15_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout15/make_heldout15_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null); description is null throughout.
claim_id = the provider's own account / invoice / bill number printed with the claim, payer_claim_id = the payer's
claim number / ICN / claim reference / bill control number, patient = the person who got the service, exactly as
printed (not the subscriber, participant or payee). Where From and To are printed per line, service_end is the To
date. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: DejaVu / Liberation
TrueType when installed, else the PDF core fonts. Drawing wrapper (reportlab and fpdf2 behind one top-left
interface, with a 90-degree rotated frame), truth collector and self-check live in bench/heldout15/h15kit.py.

Layouts (10 files, 277 service lines, 21 pages):
  y01 commercial PPO PROVIDER REMITTANCE in 6 pt DejaVu Sans Condensed on a portrait page, 15 tight columns
      (LN / SERV DATE 01/05/26 / PROC / MODS "GO 59" / UNITS "3.0" / BILLED / ALLOWED / DEDUCT / COINS / COPAY /
      GRP-RSN / ADJ AMT with several adjustments side by side in one cell "CO-45 43.20  PR-2 26.24" / PROV PD /
      PT RESP / RMK / RENDERING NPI), bold claim heading rows "NAME LAST, FIRST M  MEMBER ID  ACNT  ICN  CLAIM
      STATUS", CO-197 denials, CLAIM TOTALS rows, code legend, header and "Page n of N" repeated (reportlab)
  y02 international expatriate plan CLAIM STATEMENT on A4, Liberation Serif: money "USD 1 234.50" (currency code,
      SPACES as thousands separators), CENTRED DASHED GROUP HEADINGS ("---- Assessment ----", "---- Your share
      ----", "---- Settlement ----") over Amount claimed / Not covered / Eligible / Excess / Co-insurance / Paid by
      us + Payable by you (stacked in one cell), ISO dates, "[97140 GO 59]" at the end of wrapped wording,
      reasonable-and-customary cuts, an excluded line, claim totals, 2 pages (fpdf2)
  y03 state Medicaid REMITTANCE ADVICE printed TWO-UP: two narrow monospaced tables side by side on each landscape
      page (left column, then right column, then the next page), each with its own column header, 6.2 pt DejaVu
      Sans Mono, RECIP / ICN / PAT ACCT heading lines, SVC-DATE MMDDYY, MD1/MD2, UNITS "1.00", 4-digit EOB codes,
      no-authorization denials at 0.00, CLAIM TOT rows, "PAGE n" (fpdf2)
  y04 Medicare Advantage PROVIDER EXPLANATION OF PAYMENT, landscape Liberation Sans: title, claim headings and column
      headings in WHITE on dark navy / charcoal BARS, alternating shaded rows, a rendering-NPI column (a number that
      is not units), Grp-Rsn + Adj Amount STACKED on sub-rows inside the shaded row (CO-45, PR-1, PR-2, CO-253),
      "$" money, a CO-50 denial, claim totals, 3 pages (reportlab)
  y05 union (Taft-Hartley) health fund member EOB: portrait page 1 with letter text and a claim SUMMARY (claim
      totals: Charges / Fund Paid / You Owe), then the service detail as a landscape table ROTATED 90 degrees on a
      portrait page (text runs bottom-to-top): Patient / Claim No. / Prov. Acct on every row, From / To (a 7-day
      E0935 rental), Proc / Mod / Qty / Charges / Not Covered / PPO Disc. / Allowed / Deductible / Copay / Coins. /
      Fund Paid / You Owe / Rsn, a not-covered line the member owes (reportlab, core Helvetica)
  y06 crime-victim compensation program EXPLANATION OF PAYMENT TO PROVIDER printed like a government FORM: every
      value sits ABOVE a rule and its caption is printed small BELOW the rule (no column header row at all), bill
      heading in the same style (victim, program claim no., bill control no., provider account no.), other-source
      insurance offsets, a denied group-therapy line, bill totals, a bill continued on page 2 (fpdf2, Liberation
      Serif)
  y07 TPA PROVIDER PAYMENT DETAIL, landscape Liberation Sans Narrow, where the report writer RIGHT-ALIGNS EVERY
      column, text included (patient name, account, claim #, DOS 1/5/2026, CPT, Mod "GO,59"), centred dashed group
      headings ("---- Member cost share ----"), Units "2.000", adjustment codes glued and without amounts ("CO45
      PR2"), shaded alternate rows, Claim Total rows, header repeated on page 2 (fpdf2)
  y08 regional plan member EOB on HALF-LETTER stock (5.5 x 8.5 in), Liberation Sans 7 pt: WHOLE DOLLARS printed
      without cents ("$95", "$30") beside "$76.40", "Therapy activities 97530 GO" in one cell, no units, Billed /
      Discount / Plan paid / You owe / Note, year-to-date box, a not-covered line, lettered notes, 2 pages
      (reportlab)
  y09 Medicare supplement (Plan G) member EOB for a couple, DejaVu Serif: a TRANSPOSED table, each service a COLUMN
      ("Line 1", "Line 2" ...) under the field names down a shaded left column (date, procedure, modifiers, units,
      charged, Medicare approved, Medicare paid, Part B deductible, Medicare coinsurance, Paid by this plan, Your
      balance, message codes); claims of more than four lines continue in a second block; a Medicare-denied 0552T;
      a "Claim totals:" line (reportlab)
  y10 employer PPO member-website "Claim details" print, landscape DejaVu Sans Condensed: each service a bordered
      TILE in a THREE-ACROSS GRID (title "Therapeutic activities · 97530", "Jan 5, 2026 · Modifiers GO, 59 · Units
      3", then nine label / amount pairs in two columns), shaded claim bands, claim totals line, a not-covered line,
      2 pages (fpdf2)

Truth decisions worth knowing: y02's allowed is the "Eligible" amount, deductible the "Excess", patient_owes the
"Payable by you" (it includes the not-covered part); y03's 4-digit EOB codes are remarks (no CARC printed), its
patient the RECIP name in capitals; y05's claim totals are the page-1 summary row (billed, paid, owes; allowed is not
totalled); y06's payer_claim_id is the BILL CONTROL NUMBER (the program claim number identifies the victim's
application, not this bill), "Paid by other source" is not a truth field; y07's adjustments are codes without
amounts; y08 prints no allowed amount and no units (null); y09's allowed is the Medicare-approved amount, paid is the
plan's own payment, patient_owes "Your balance" (Medicare paid is not a truth field), the patient is each member.

The self-check (--check) tests the factory, not the reader: the generator keeps the page RECTANGLE of each service
(its row band, its column in y09, its tile in y10, its half-page row in y03, mapped through the rotation in y05); the
check reads the text layer back with pdfplumber, rebuilds the text inside that rectangle (upright or rotated chars)
and finds every truth code, modifier, units value, date, amount, adjustment code and amount and remark there in the
layout's own formats; ids and patients in the document's text; each printed claim total inside its totals row;
page counts and every "Page n of N"; the documents' own arithmetic where the layout prints the parts (billed -
adjustments = paid where every adjustment is printed with its amount; billed - discount - not covered = allowed;
allowed - deductible - copay - coinsurance (- sequestration) = paid; patient owes = its parts; allowed - other source
= paid; billed - discount - paid - you owe = 0; Medicare approved - deductible - coinsurance = Medicare paid); claim
totals equal the sum of their lines.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "samples" / "pdf"))

import eobgen  # noqa: E402
import h15kit as K  # noqa: E402
from eobgen import PlanState, commercial, dfmt, medicaid, medicare  # noqa: E402
from h15kit import Collector, Fmt, Svc, claim_totals, q  # noqa: E402

# Extra invented charges for codes outside the sample charge master.
for _c, _f, _s, _d in (("73221", "1450.00", "231.40", "MRI joint of upper limb"),
                       ("L3766", "1180.00", "742.10", "Elbow-wrist-hand orthosis, custom"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97533", "90.00", "31.02", "Sensory integration techniques"),
                       ("G0151", "120.00", "48.60", "PT home health visit, 15 min"),
                       ("97113", "95.00", "37.74", "Aquatic therapy"),
                       ("29125", "145.00", "61.20", "Forearm splint application"),
                       ("97542", "85.00", "30.40", "Wheelchair management training"),
                       ("E0935", "65.00", "40.02", "Passive motion exercise device, daily"),
                       ("92610", "195.00", "80.55", "Swallowing function evaluation")):
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)

DESC = eobgen.DESC
D = lambda m, d, y=2026: date(y, m, d)  # noqa: E731
LETTER, LAND = (612, 792), (792, 612)
A4 = (595.28, 841.89)
HALF = (396, 612)
GREY, LIGHT, NAVY, DARK = (0.55, 0.55, 0.55), (0.93, 0.93, 0.93), (0.08, 0.16, 0.36), (0.25, 0.25, 0.25)
WHITE = (1, 1, 1)
ZERO = K.ZERO


def units1(u: Decimal) -> str:
    return f"{u:.1f}"


def units0(u: Decimal) -> str:
    return eobgen.units_str(u)


def adj_dash(g, r):
    return f"{g}-{r}"


def adj_glued(g, r):
    return f"{g}{r}"


def mods_sp(s: Svc) -> str:
    return " ".join(s.mods)


def svc_total(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), K.ZERO)


# ================================================================================================ y01
def y01(out: Path) -> Collector:
    """Dense 6 pt commercial provider remittance, portrait."""
    names = ["OKAFOR-LINDQVIST, TAMSIN R", "BRZEZINSKI, ODILE", "HAUPTMANN, CORMAC J", "ESPINAL, MIREYA",
             "VAUTRIN, ELLIOT", "NAKAGAWA-PRICE, IVO", "DELACROIX, WREN A", "MBEKI, SOLENNE", "ARRIAGA, PAXTON L",
             "QUILLFELDT, RUNA", "TESHOME, ABEBA", "CALLOWAY, JUDD M", "FERREIRA-HOLT, NOOR", "YAMAMURA, KEIJI",
             "OSTROWSKA, LENA", "BAPTISTE, CALIX", "HOLLENBECK, MAREN", "IWU, CHIDERA P", "SANTILLANA, BRUNO",
             "VOSKUIJLEN, AMARA", "LEDOUX-FINCH, PERRIN", "ABERNATHY, CLEO", "MUNTEANU, DORIAN", "TAVARES, ILKA"]
    patterns = [[("97530", 3, ("GO",)), ("97110", 2, ("GO", "59")), ("97140", 1, ("GO",))],
                [("97166", 1, ("GO",)), ("97535", 2, ("GO",))],
                [("97110", 3, ("GP",)), ("97112", 2, ("GP", "59")), ("97140", 2, ("GP", "59")), ("97116", 1, ("GP",))],
                [("92507", 1, ("GN",)), ("92523", 1, ("GN",))],
                [("97530", 4, ("GO",)), ("97533", 2, ("GO", "59")), ("97535", 1, ("GO",))],
                [("97161", 1, ("GP",)), ("97110", 2, ("GP", "KX")), ("G0283", 1, ("GP",))],
                [("97168", 1, ("GO",)), ("97760", 2, ("GO",)), ("L3807", 1, ("RT",))],
                [("97112", 3, ("GP", "CQ")), ("97110", 1, ("GP", "CQ"))]]
    claims = []
    for i, nm in enumerate(names):
        st = PlanState(ded_left=Decimal("150.00") if i % 3 == 0 else ZERO,
                       copay_codes={"97166": Decimal("40.00"), "97161": Decimal("40.00")} if i % 4 == 1 else {})
        dos = D(1, 5 + (i % 9))
        svcs = []
        for j, (c, u, m) in enumerate(patterns[i % len(patterns)]):
            s = Svc(dos, c, u, m, denied="CO" if (i, j) in ((4, 1), (11, 2)) else None)
            commercial(s, st, deny_reason="197")
            if s.denied:
                s.remarks = ["N54"]
            elif s.deductible:
                s.remarks = ["N130"] if False else []
            svcs.append(s)
        claims.append({"acct": f"PT{48210 + i * 37}", "icn": f"2601{5 + i % 9:02d}0{7731 + i * 113:05d}",
                       "patient": nm, "svcs": svcs, "member": f"CSH{90418273 + i * 7109}"})
    fmt = Fmt(money=K.m_plain, date=lambda d: dfmt(d, "mdy2"), units=units1, adj=adj_dash, page_of=True)
    cols = [("LN", 26, "l"), ("SERV DATE", 38, "l"), ("PROC", 72, "l"), ("MODS", 94, "l"), ("UNITS", 130, "r"),
            ("BILLED", 166, "r"), ("ALLOWED", 200, "r"), ("DEDUCT", 230, "r"), ("COINS", 258, "r"),
            ("COPAY", 284, "r"), ("GRP-RSN / ADJ AMT", 292, "l"), ("PROV PD", 452, "r"), ("PT RESP", 486, "r"),
            ("RMK", 494, "l"), ("RENDERING NPI", 520, "l")]
    F, FB, SZ, RH = "DVC", "DVC-B", 6.0, 7.4

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header():
            doc.text(24, 30, "CASCADIA SUMMIT HEALTH PLAN", FB, 9)
            doc.text(24, 39, "PO BOX 77120  BEND OR 97708-7120   PROVIDER SERVICES 1-888-555-0147", F, SZ)
            doc.text(588, 30, "PROVIDER REMITTANCE ADVICE", FB, 8, "r")
            doc.text(588, 39, f"Page {doc.page} of {npages or 0}", F, SZ, "r")
            doc.text(24, 52, "PAYEE: RIVERBEND PEDIATRIC & ADULT THERAPY LLC   PAYEE NPI 1639204857   TIN XX-XXX4471", F, SZ)
            doc.text(24, 59, "CHECK/EFT # 0081442915   ISSUE DATE 02/06/26   PAYMENT AMOUNT SEE PAGE TOTAL", F, SZ)
            doc.line(24, 63, 588, 63, 0.6)
            for h, x, a in cols:
                doc.text(x, 70, h, FB, 5.6, a)
            doc.line(24, 72.5, 588, 72.5, 0.3)
            return 80

        y = header()
        for cl in claims:
            need = RH * (len(cl["svcs"]) + 3)
            if y + need > 760:
                doc.text(306, 776, "CONTINUED ON NEXT PAGE", F, SZ, "c")
                doc.new_page()
                y = header()
            svcs = cl["svcs"]
            doc.text(26, y, f"NAME {cl['patient']}", FB, SZ)
            doc.text(168, y, f"MEMBER ID {cl['member']}", F, SZ)
            doc.text(244, y, f"ACNT {cl['acct']}", F, SZ)
            doc.text(300, y, f"ICN {cl['icn']}", F, SZ)
            status = "1 PROCESSED AS PRIMARY"
            doc.text(370, y, f"CLAIM STATUS {status}", F, SZ)
            y += RH
            for n, s in enumerate(svcs, 1):
                adjtxt = "  ".join(f"{g}-{r} {K.m_plain(a)}" for g, r, a in s.adjs)
                vals = [f"{n:02d}", dfmt(s.dos, "mdy2"), s.code, mods_sp(s), units1(s.units), K.m_plain(s.billed),
                        K.m_plain(s.allowed), K.m_plain(s.deductible), K.m_plain(s.coinsurance), K.m_plain(s.copay),
                        adjtxt, K.m_plain(s.paid), K.m_plain(s.owes), " ".join(s.remarks), "1790346628"]
                for (h, x, a), v in zip(cols, vals):
                    doc.text(x, y, v, F, SZ, a)
                col.line(doc, s, cl, ("billed", "allowed", "paid", "patient_owes", "deductible", "coinsurance",
                                      "copay"), [(24, y - 5.5, 588, y + 1.5)],
                         adjustments=s.adjs, remarks=s.remarks, rules=("adj", "share", "owes"))
                y += RH
            tots = {k: svc_total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"),
                                                         ("paid", "paid"), ("owes", "owes"))}
            doc.line(150, y - 5.8, 588, y - 5.8, 0.25, GREY)
            doc.text(90, y, "CLAIM TOTALS", FB, SZ)
            for k, x in (("billed", 166), ("allowed", 200), ("paid", 452), ("owes", 486)):
                doc.text(x, y, K.m_plain(tots[k]), FB, SZ, "r")
            for a, x in (("deductible", 230), ("coinsurance", 258), ("copay", 284)):
                doc.text(x, y, K.m_plain(svc_total(svcs, a)), FB, SZ, "r")
            i = col.claim(cl, claim_totals(tots["billed"], tots["allowed"], tots["paid"], tots["owes"]))
            col.totals_row(doc, i, (24, y - 5.5, 588, y + 1.5))
            y += RH * 1.5
        allp = [s for cl in claims for s in cl["svcs"]]
        doc.line(24, y - 4, 588, y - 4, 0.6)
        doc.text(90, y + 4, "PAGE/PAYMENT TOTALS", FB, SZ)
        doc.text(166, y + 4, K.m_plain(svc_total(allp, "billed")), FB, SZ, "r")
        doc.text(452, y + 4, K.m_plain(svc_total(allp, "paid")), FB, SZ, "r")
        y += 16
        for code, txt in (("N54", "Claim lacked the prior approval this service needs."),
                          ("CO-197", "Write-off: authorization or notification was absent."),
                          ("CO-45", "Charge above the contracted fee; provider may not bill the member."),
                          ("PR-1 / PR-2 / PR-3", "Member deductible / coinsurance / copayment.")):
            doc.text(26, y, code, FB, SZ)
            doc.text(90, y, txt, F, SZ)
            y += RH
        return col

    path = out / "y01_dense_commercial_remit.pdf"
    col = K.render(path, "reportlab", LETTER, "Provider remittance advice", build)
    K.save_truth(path, "y01_dense_commercial_remit", "reportlab", col,
                 "Commercial PPO provider remittance printed in 6 pt DejaVu Sans Condensed on a portrait page: 15 "
                 "tight columns, claim heading rows, several adjustments side by side in one cell, claim totals, "
                 "header repeated, Page n of N.",
                 [("N54", "Claim lacked the prior approval this service needs.")])
    return col



# ================================================================================================ y02
def intl_assess(s: Svc, ded_state: dict, rc_cap: Decimal | None = None, coins=Decimal("0.10")):
    """International plan: reasonable & customary cut is 'not covered', then excess (deductible), co-insurance."""
    if s.denied:
        s.not_covered = s.billed
        s.allowed = ZERO
        s.owes = s.billed
        return s
    s.not_covered = q(s.billed - rc_cap) if rc_cap is not None and s.billed > rc_cap else ZERO
    s.allowed = s.billed - s.not_covered
    s.deductible = min(ded_state["left"], s.allowed)
    ded_state["left"] -= s.deductible
    s.coinsurance = q((s.allowed - s.deductible) * coins)
    s.paid = s.allowed - s.deductible - s.coinsurance
    s.owes = s.not_covered + s.deductible + s.coinsurance
    return s


def y02(out: Path) -> Collector:
    """International expatriate plan claim statement, USD with space thousands separators, spanning groups."""
    M = K.m_usd_space
    fam = {"left": Decimal("250.00")}
    claims = [
        {"acct": "HL-INV-20931", "icn": "C26-0041187", "patient": "Ilse Kotowicz",
         "prov": "Harbourlight Hand & Upper Limb Clinic, Boston MA",
         "svcs": [Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 5), "L3766", 1, ("RT",)),
                  Svc(D(1, 5), "97760", 2, ("GO",)), Svc(D(1, 12), "97140", 2, ("GO", "59")),
                  Svc(D(1, 12), "97530", 3, ("GO",))],
         "caps": {"L3766": Decimal("960.00")}},
        {"acct": "NPI-7730-A118", "icn": "C26-0041263", "patient": "Ilse Kotowicz",
         "prov": "North Pier Imaging Associates, Boston MA",
         "svcs": [Svc(D(1, 8), "73221", 1, ("RT",))], "caps": {"73221": Decimal("1100.00")}},
        {"acct": "0092215", "icn": "C26-0042610", "patient": "Tobiasz Kotowicz",
         "prov": "Little Lighthouse Speech & Feeding, Cambridge MA",
         "svcs": [Svc(D(1, 6), "92610", 1, ()), Svc(D(1, 6), "92523", 1, ("GN",)),
                  Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)),
                  Svc(D(1, 27), "92526", 1, ("GN",)), Svc(D(1, 27), "97533", 2, ("GO",), denied="PR")],
         "caps": {}},
        {"acct": "HL-INV-21477", "icn": "C26-0043025", "patient": "Ilse Kotowicz",
         "prov": "Harbourlight Hand & Upper Limb Clinic, Boston MA",
         "svcs": [Svc(D(1, 19), "97140", 2, ("GO", "59")), Svc(D(1, 19), "97110", 2, ("GO",)),
                  Svc(D(1, 26), "97530", 2, ("GO",)), Svc(D(1, 26), "29125", 1, ("RT",))],
         "caps": {}},
    ]
    words = {"97166": "Occupational therapy assessment, moderate", "L3766": "Custom elbow-wrist-hand orthosis, "
             "moulded and fitted", "97760": "Orthosis fitting and training", "97140": "Hands-on joint and soft "
             "tissue therapy", "97530": "Functional activity therapy", "73221": "Magnetic resonance scan of the "
             "wrist, without contrast", "92610": "Assessment of swallowing and feeding", "92523": "Speech, sound "
             "and language assessment", "92507": "Speech therapy session", "92526": "Feeding therapy session",
             "97533": "Sensory processing therapy", "97110": "Strengthening exercise programme",
             "29125": "Forearm splint, static, applied"}
    for cl in claims:
        for s in cl["svcs"]:
            intl_assess(s, fam, cl["caps"].get(s.code))
            if s.not_covered and not s.denied:
                s.remarks = ["R&C"]
            if s.denied:
                s.remarks = ["EX4"]
    fmt = Fmt(money=M, date=lambda d: d.isoformat(), units=units0)
    F, FB, FI = "LSer", "LSer-B", "LSer-I"
    # x positions (right edges for amounts)
    X = {"date": 34, "treat": 86, "qty": 246, "claimed": 300, "nc": 352, "elig": 404, "ded": 452, "coins": 500,
         "paid": 552, "you": 565}

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header(first):
            doc.rect(34, 28, 26, 26, fill=(0.12, 0.35, 0.45))
            doc.text(47, 46, "MC", "LSer-B", 12, "c", WHITE)
            doc.text(66, 39, "Meridian Crossway International Health", FB, 12)
            doc.text(66, 50, "Global medical cover for people living abroad", FI, 8)
            doc.text(561, 39, "CLAIM STATEMENT", FB, 10, "r")
            doc.text(561, 50, f"Page {doc.page} of {npages or 0}", F, 8, "r")
            y = 72
            if first:
                for k, v in (("Policyholder", "Mr Anselm Kotowicz"), ("Policy number", "MCI-PL-5560213"),
                             ("Statement date", "2026-02-09"), ("Currency of cover", "USD (United States dollar)"),
                             ("Area of cover", "Worldwide including USA")):
                    doc.text(34, y, k, F, 8)
                    doc.text(130, y, v, FB, 8)
                    y += 10
                y += 2
                for ln in doc.fit("We have assessed the treatment invoices below under your plan. Where we paid a "
                                  "provider directly, any amount shown under Payable by you is what the provider may "
                                  "ask you to pay. Amounts are in US dollars.", F, 8, 527):
                    doc.text(34, y, ln, F, 8)
                    y += 10
            return y + 6

        def col_heads(y):
            doc.line(34, y, 561, y, 0.8)
            # spanning group headings, centred, with dashes
            for label, x0, x1 in (("---- Assessment ----", 306, 408), ("---- Your share ----", 410, 504),
                                  ("---- Settlement ----", 506, 561)):
                doc.text((x0 + x1) / 2, y + 8, label, FI, 7.5, "c")
            y += 27
            for lab, x, a in (("Date", X["date"], "l"), ("Treatment", X["treat"], "l"), ("Qty", X["qty"], "r"),
                              ("Amount claimed", X["claimed"], "r"), ("Not covered", X["nc"], "r"),
                              ("Eligible", X["elig"], "r"), ("Excess", X["ded"], "r"),
                              ("Co-insurance", X["coins"], "r")):
                doc.text(x, y, lab, FB, 7.3, a)
            doc.text(X["paid"] + 9, y - 8, "Paid by us", FB, 7.3, "r")
            doc.text(X["paid"] + 9, y, "Payable by you", FB, 7.3, "r")
            doc.line(34, y + 3, 561, y + 3, 0.4)
            return y + 13

        y = header(True)
        for ci, cl in enumerate(claims):
            if y > 660:
                doc.text(297, 812, "continued overleaf", FI, 7.5, "c")
                doc.new_page()
                y = header(False)
            doc.rect(34, y - 9, 527, 24, fill=(0.9, 0.94, 0.95))
            doc.text(38, y, f"Claim reference {cl['icn']}", FB, 8.5)
            doc.text(210, y, f"Insured person: {cl['patient']}", F, 8.5)
            doc.text(38, y + 11, f"Provider: {cl['prov']}", F, 8)
            doc.text(557, y + 11, f"Invoice no. {cl['acct']}", F, 8, "r")
            y = col_heads(y + 22)
            for s in cl["svcs"]:
                wl = doc.fit(f"{words[s.code]} [{s.code}{' ' + mods_sp(s) if s.mods else ''}]", F, 7.8, 130)
                top = y - 8
                doc.text(X["date"], y, s.dos.isoformat(), F, 7.8)
                for k, ln in enumerate(wl):
                    doc.text(X["treat"], y + 9 * k, ln, F, 7.8)
                doc.text(X["qty"], y, units0(s.units), F, 7.8, "r")
                for key, v in (("claimed", s.billed), ("nc", s.not_covered), ("elig", s.allowed), ("ded", s.deductible),
                               ("coins", s.coinsurance)):
                    doc.text(X[key], y, M(v), F, 7.3, "r")
                doc.text(X["paid"] + 9, y, M(s.paid), FB, 7.3, "r")
                doc.text(X["paid"] + 9, y + 9, M(s.owes), F, 7.3, "r")
                if s.remarks:
                    doc.text(X["qty"] + 8, y + 9, "note " + s.remarks[0], FI, 6.5)
                h = max(2, len(wl)) * 9
                col.line(doc, s, cl, ("billed", "not_covered", "allowed", "deductible", "coinsurance", "paid",
                                      "patient_owes"), [(34, top, 561, top + h + 1)], remarks=s.remarks,
                         custom=lambda s: s.billed - s.not_covered == s.allowed and
                         s.allowed - s.deductible - s.coinsurance == s.paid and
                         s.owes == s.not_covered + s.deductible + s.coinsurance)
                y += h + 3
                doc.line(86, y - 8, 561, y - 8, 0.2, GREY, dash=(1, 1.5))
            sv = cl["svcs"]
            tb, tn, te, tp, to = (svc_total(sv, a) for a in ("billed", "not_covered", "allowed", "paid", "owes"))
            doc.text(X["treat"], y, "Claim total", FB, 7.8)
            doc.text(X["claimed"], y, M(tb), FB, 7.3, "r")
            doc.text(X["elig"], y, M(te), FB, 7.3, "r")
            doc.text(X["paid"] + 9, y, M(tp), FB, 7.3, "r")
            doc.text(X["paid"] + 9, y + 9, M(to), FB, 7.3, "r")
            i = col.claim(cl, claim_totals(tb, te, tp, to))
            col.totals_row(doc, i, (34, y - 8, 561, y + 11))
            doc.line(34, y + 13, 561, y + 13, 0.8)
            y += 34
        y += 4
        doc.text(34, y, "Notes", FB, 8.5)
        for code, txt in (("R&C", "The charge is above the reasonable and customary level for the area; the "
                                  "difference is not covered."),
                          ("EX4", "Sensory therapy for this diagnosis is excluded under section 7.3 of your plan "
                                  "rules.")):
            y += 11
            doc.text(34, y, code, FB, 7.8)
            doc.text(70, y, txt, F, 7.8)
        return col

    path = out / "y02_intl_usd_space_statement.pdf"
    col = K.render(path, "fpdf2", A4, "Claim statement", build)
    K.save_truth(path, "y02_intl_usd_space_statement", "fpdf2", col,
                 "International expatriate plan claim statement on A4 in Liberation Serif: money as 'USD 1 234.50' "
                 "with spaces as thousands separators, centred dashed group headings over column groups, ISO dates, "
                 "code in brackets at the end of wrapped wording, Paid by us and Payable by you stacked in one cell.",
                 [("R&C", "Above the reasonable and customary level."), ("EX4", "Excluded under section 7.3.")])
    return col


# ================================================================================================ y03
def y03(out: Path) -> Collector:
    """State Medicaid RA printed two-up (two narrow tables side by side) on landscape pages, monospaced."""
    kids = ["PELLETIER, JOVAN", "AMADI, CHISOM", "KRAUSOVA, NELA", "BOUCHARD, REMY", "TALIAFERRO, JUNE",
            "OYELOWO, DAMI", "SZABO, MILAN", "ESCALANTE, LUZ", "WIREMU, KAHU", "DRUMMOND, ISLA", "PHAM, KHOI",
            "ACHTERBERG, SEM", "MORALES-TIBBS, ZURI", "LINDGREN, ASTRID", "CORCORAN, FINN", "NWACHUKWU, ADA",
            "HALVORSEN, EIRA", "BENAVIDEZ, TEO", "GALLAGHER, ROISIN", "SUZUKI, HARU", "ABARA, KENECHI",
            "VERHOEVEN, LOTTE", "MCALLISTER, BRODY", "RAHMANI, PARISA"]
    pats = [[("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
            [("97530", 3, ("GO",)), ("97110", 2, ("GO",)), ("97535", 1, ("GO",))],
            [("92523", 1, ("GN",))],
            [("97112", 2, ("GP",)), ("97110", 2, ("GP", "59")), ("97530", 1, ("GP",))],
            [("97165", 1, ("GO",)), ("97533", 2, ("GO", "59"))],
            [("92507", 1, ("GN", "U1")), ("92507", 1, ("GN", "U1"))]]
    claims = []
    for i, nm in enumerate(kids):
        dos = D(1, 5 + (i * 3) % 23)
        svcs = []
        for j, (c, u, m) in enumerate(pats[i % len(pats)]):
            d2 = dos if not (i % len(pats) == 5 and j == 1) else D(1, min(31, dos.day + 2))
            s = Svc(d2, c, u, m, denied="CO" if (i, j) in ((4, 1), (10, 0), (19, 2)) else None)
            medicaid(s, "197")
            s.remarks = ["1205"] if s.denied else ["0045"]
            svcs.append(s)
        claims.append({"acct": f"BH{31070 + i * 29}", "icn": f"26260{(6 + i) % 10}{4411 + i * 263:06d}",
                       "patient": nm, "rid": f"8004{12557 + i * 3109:05d}", "svcs": svcs})
    F, FB, SZ, RH = "DVM", "DVM-B", 6.2, 7.6
    fmt = Fmt(money=K.m_nocomma, date=lambda d: dfmt(d, "mdy6"), units=lambda u: f"{u:.2f}", adj=adj_dash)
    COLS = (22, 404)
    CW = 366

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def page_head():
            doc.text(22, 26, "STATE OF NEW CASCADIA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", FB, 7.5)
            doc.text(770, 26, f"PAGE {doc.page:>4}", FB, 7.5, "r")
            doc.text(22, 35, "REMITTANCE ADVICE - PAID AND DENIED CLAIMS  (2-UP PRINT)", F, 7)
            doc.text(22, 44, "PROVIDER: BRIGHT HARBOR CHILDREN'S THERAPY   PROV ID 0048817   RA NO 2026-0206-0041   "
                             "RA DATE 02/06/26   WARRANT/EFT 0006620718", F, SZ)
            doc.line(22, 48, 770, 48, 0.5)
            doc.line(396, 52, 396, 588, 0.4, GREY)
            for x in COLS:
                doc.text(x, 58, f"{'SVC-DATE':<8} {'PROC':<5} {'MD1':<3} {'MD2':<3}{'UNITS':>6} {'BILLED':>9} "
                               f"{'ALLOWED':>9} {'PAID':>9}  EOB", FB, SZ)
                doc.line(x, 60.5, x + CW, 60.5, 0.3)
            doc.text(396, 600, "EOB 0045 PAID PER FEE SCHEDULE   EOB 1205 PRIOR AUTHORIZATION NOT ON FILE FOR THESE "
                               "DATES", F, SZ, "c")

        page_head()
        y = 68
        c = 0  # column index
        for cl in claims:
            need = RH * (len(cl["svcs"]) + 4)
            if y + need > 588:
                c += 1
                y = 68
                if c == 2:
                    doc.new_page()
                    page_head()
                    c = 0
            x = COLS[c]
            doc.text(x, y, f"RECIP: {cl['patient']:<24} RECIP ID {cl['rid']}", FB, SZ)
            y += RH
            doc.text(x, y, f"ICN {cl['icn']}   PAT ACCT {cl['acct']:<10} CLAIM STATUS PD", F, SZ)
            y += RH
            for s in cl["svcs"]:
                m1 = s.mods[0] if s.mods else ""
                m2 = s.mods[1] if len(s.mods) > 1 else ""
                row = (f"{dfmt(s.dos, 'mdy6'):<8} {s.code:<5} {m1:<3} {m2:<3}{s.units:>6.2f} {K.m_nocomma(s.billed):>9}"
                       f" {K.m_nocomma(s.allowed):>9} {K.m_nocomma(s.paid):>9}  {s.remarks[0]}")
                doc.text(x, y, row, F, SZ)
                col.line(doc, s, cl, ("billed", "allowed", "paid"), [(x, y - 5.5, x + CW, y + 1.5)],
                         remarks=s.remarks, custom=lambda s: s.allowed == s.paid)
                y += RH
            sv = cl["svcs"]
            tb, ta, tp = svc_total(sv, "billed"), svc_total(sv, "allowed"), svc_total(sv, "paid")
            doc.text(x, y, f"{'':<8} {'CLAIM TOT':<18}{'':>1} {K.m_nocomma(tb):>9} {K.m_nocomma(ta):>9} "
                           f"{K.m_nocomma(tp):>9}", FB, SZ)
            i = col.claim(cl, claim_totals(tb, ta, tp, None))
            col.totals_row(doc, i, (x, y - 5.5, x + CW, y + 1.5))
            y += RH * 1.6
        allp = [s for cl in claims for s in cl["svcs"]]
        x = COLS[c]
        doc.text(x, y + 4, f"RA TOTAL  CLAIMS {len(claims):>3}  BILLED {K.m_nocomma(svc_total(allp, 'billed'))}  "
                           f"PAID {K.m_nocomma(svc_total(allp, 'paid'))}", FB, SZ)
        return col

    path = out / "y03_medicaid_ra_two_up.pdf"
    col = K.render(path, "fpdf2", LAND, "Remittance advice", build)
    K.save_truth(path, "y03_medicaid_ra_two_up", "fpdf2", col,
                 "State Medicaid remittance advice printed TWO-UP: two narrow monospaced tables side by side on each "
                 "landscape page (left column, then right, then next page), each with its own column header; "
                 "6.2 pt DejaVu Sans Mono, MMDDYY dates, MD1/MD2 modifier columns, units 1.00, 4-digit EOB codes.",
                 [("0045", "Paid per fee schedule"), ("1205", "Prior authorization not on file for these dates")])
    return col


# ================================================================================================ y04
def y04(out: Path) -> Collector:
    """Medicare Advantage provider EOP: white-on-dark heading bars, zebra rows, stacked adjustment sub-rows."""
    pts = [("Gutierrez-Abara, Marisol", "SPA-77120"), ("Whitfield, Osgood", "SPA-77164"),
           ("Lindqvist, Beatrix", "SPA-77203"), ("Okonkwo, Reginald", "SPA-77251"),
           ("Pardo-Steiner, Consuelo", "SPA-77290"), ("Hamby, Lucius", "SPA-77318"),
           ("Vogelsang, Ottilie", "SPA-77342")]
    pats = [[("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))],
            [("97163", 1, ("GP",)), ("97110", 1, ("GP", "KX"))],
            [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97168", 1, ("GO",))],
            [("97116", 2, ("GP", "CQ")), ("97110", 2, ("GP", "CQ")), ("G0283", 1, ("GP",))],
            [("92507", 1, ("GN",)), ("92610", 1, ("GN",))],
            [("97113", 2, ("GP",)), ("97542", 1, ("GP",)), ("97110", 1, ("GP",))],
            [("97165", 1, ("GO",)), ("97760", 2, ("GO",)), ("L3807", 1, ("RT",))]]
    claims = []
    for i, (nm, acct) in enumerate(pts):
        st = PlanState(ded_left=Decimal("120.00") if i in (1, 4) else ZERO)
        svcs = []
        for j, (c, u, m) in enumerate(pats[i]):
            s = Svc(D(1, 6 + i * 3), c, u, m, denied="CO" if (i, j) == (5, 1) else None)
            medicare(s, st, sequestration=True, deny_reason="50")
            s.remarks = ["N115"] if s.denied else (["N130"] if s.code == "97110" and "KX" in s.mods else [])
            svcs.append(s)
        claims.append({"acct": acct, "icn": f"SPA26{i * 4 + 11:03d}{880412 + i * 1571:07d}", "patient": nm,
                       "mbr": f"H{40218866 + i * 9173}", "svcs": svcs})
    fmt = Fmt(money=K.m_dollar, date=lambda d: dfmt(d, "mdy4"), units=units0, adj=adj_dash, page_of=True)
    F, FB, SZ = "LS", "LS-B", 7.4
    C = [("Ln", 30, "l"), ("Svc Date", 46, "l"), ("Rendering NPI", 96, "l"), ("Proc", 150, "l"), ("Mod", 178, "l"),
         ("Units", 226, "r"), ("Billed", 274, "r"), ("Allowed", 322, "r"), ("Deductible", 372, "r"),
         ("Coinsurance", 424, "r"), ("Grp-Rsn", 436, "l"), ("Adj Amount", 518, "r"), ("Paid", 570, "r"),
         ("Member Resp", 626, "r"), ("Remarks", 636, "l")]

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header():
            doc.rect(24, 20, 744, 34, fill=NAVY)
            doc.text(34, 36, "SUNWARD PRIME ADVANTAGE (HMO)", "LS-B", 13, "l", WHITE)
            doc.text(34, 48, "Provider Explanation of Payment  ·  Medicare Advantage", F, 8, "l", WHITE)
            doc.text(758, 36, f"Page {doc.page} of {npages or 0}", FB, 8, "r", WHITE)
            doc.text(758, 48, "Payment date 02/04/2026  ·  EFT trace 1UV0044912837", F, 8, "r", WHITE)
            doc.text(30, 68, "Payee: Juniper Ridge Rehabilitation Partners  ·  NPI 1528817740  ·  Tax ID ***-**6612", F, 7.6)
            doc.text(758, 68, "Provider services 1-877-555-0192", F, 7.6, "r")
            return 80

        def colbar(y):
            doc.rect(24, y, 744, 12, fill=DARK)
            for h, x, a in C:
                doc.text(x, y + 8.6, h, FB, 6.8, a, WHITE)
            return y + 12

        y = header()
        for ci, cl in enumerate(claims):
            need = 14 + 12 + sum(10 * max(1, len(s.adjs)) for s in cl["svcs"]) + 24
            if y + need > 580:
                doc.text(396, 596, "Continued on next page", "LS-I", 7, "c")
                doc.new_page()
                y = header()
            doc.rect(24, y, 744, 14, fill=NAVY)
            doc.text(30, y + 10, f"Patient: {cl['patient']}", FB, 7.8, "l", WHITE)
            doc.text(200, y + 10, f"Member ID {cl['mbr']}", F, 7.8, "l", WHITE)
            doc.text(318, y + 10, f"Patient Acct {cl['acct']}", F, 7.8, "l", WHITE)
            doc.text(448, y + 10, f"Claim # {cl['icn']}", F, 7.8, "l", WHITE)
            doc.text(762, y + 10, "Status: Processed", F, 7.8, "r", WHITE)
            y = colbar(y + 14)
            for n, s in enumerate(cl["svcs"], 1):
                h = 10 * max(1, len(s.adjs))
                if n % 2 == 0:
                    doc.rect(24, y, 744, h, fill=LIGHT)
                b = y + 7.3
                vals = [str(n), dfmt(s.dos, "mdy4"), "1902277314", s.code, mods_sp(s), units0(s.units),
                        K.m_dollar(s.billed), K.m_dollar(s.allowed), K.m_dollar(s.deductible),
                        K.m_dollar(s.coinsurance)]
                for (hd, x, a), v in zip(C, vals):
                    doc.text(x, b, v, F, SZ, a)
                for k, (g, r, a) in enumerate(s.adjs):
                    doc.text(436, b + 10 * k, f"{g}-{r}", F, SZ)
                    doc.text(518, b + 10 * k, K.m_dollar(a), F, SZ, "r")
                doc.text(570, b, K.m_dollar(s.paid), FB, SZ, "r")
                doc.text(626, b, K.m_dollar(s.owes), F, SZ, "r")
                doc.text(636, b, " ".join(s.remarks), F, SZ)
                col.line(doc, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                         [(24, y, 768, y + h)], adjustments=s.adjs, remarks=s.remarks, rules=("adj", "share", "owes"))
                y += h
            sv = cl["svcs"]
            tb, ta, tp, to = (svc_total(sv, a) for a in ("billed", "allowed", "paid", "owes"))
            doc.line(24, y, 768, y, 0.6, NAVY)
            doc.text(150, y + 9, "Claim totals", FB, SZ)
            doc.text(274, y + 9, K.m_dollar(tb), FB, SZ, "r")
            doc.text(322, y + 9, K.m_dollar(ta), FB, SZ, "r")
            doc.text(570, y + 9, K.m_dollar(tp), FB, SZ, "r")
            doc.text(626, y + 9, K.m_dollar(to), FB, SZ, "r")
            i = col.claim(cl, claim_totals(tb, ta, tp, to))
            col.totals_row(doc, i, (24, y + 1, 768, y + 12))
            y += 22
        y += 4
        doc.rect(24, y, 744, 12, fill=DARK)
        doc.text(30, y + 8.6, "Remark and adjustment codes on this payment", FB, 7, "l", WHITE)
        y += 22
        for cd, tx in (("CO-45", "Fee above the amount our contract allows; do not bill the member."),
                       ("CO-253", "Federal payment reduction (sequestration) applied."),
                       ("CO-50", "Not medically necessary per plan review; the member may not be billed."),
                       ("PR-1 / PR-2", "Member deductible / member coinsurance."),
                       ("N115", "Decision based on a local coverage policy."),
                       ("N130", "Review the plan's therapy threshold rules for this member.")):
            doc.text(30, y, cd, FB, 7)
            doc.text(96, y, tx, F, 7)
            y += 9.5
        return col

    path = out / "y04_ma_eop_dark_bars.pdf"
    col = K.render(path, "reportlab", LAND, "Provider explanation of payment", build)
    K.save_truth(path, "y04_ma_eop_dark_bars", "reportlab", col,
                 "Medicare Advantage provider explanation of payment, landscape Liberation Sans: title, claim and "
                 "column headings in WHITE on dark navy/charcoal bars, alternating shaded rows, a rendering NPI "
                 "column, adjustments stacked on sub-rows inside a shaded row, sequestration, a CO-50 denial.",
                 [("N115", "Decision based on a local coverage policy."),
                  ("N130", "Review the plan's therapy threshold rules.")])
    return col


# ================================================================================================ y05
def y05(out: Path) -> Collector:
    """Union health fund EOB: portrait summary page, then the service table ROTATED 90 degrees on portrait pages."""
    fam = ["Rafferty Vance", "Colette Vance", "Bram Vance", "Ione Vance"]
    provs = ["Millrace Physical Therapy", "Sprout & Stem Pediatric OT", "Valley Speech Associates",
             "Hillcrest Orthopedic Group", "Millrace Physical Therapy", "Sprout & Stem Pediatric OT",
             "Valley Speech Associates", "Northgate Home Medical", "Millrace Physical Therapy"]
    who = [0, 2, 3, 1, 0, 2, 3, 1, 1]
    pats = [[("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))],
            [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97533", 2, ("GO",))],
            [("92523", 1, ("GN",))],
            [("99213", 1, ("25",)), ("29125", 1, ("LT",)), ("L3807", 1, ("LT",))],
            [("97110", 3, ("GP",)), ("97112", 2, ("GP",)), ("97116", 1, ("GP", "KX"))],
            [("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97533", 1, ("GO", "59"))],
            [("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",))],
            [("E0935", 7, ("RR",))],
            [("97162", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 2, ("GP", "59")), ("G0283", 1, ("GP",))]]
    states = [PlanState(ded_left=Decimal("300.00"), copay_codes={"97161": Decimal("25.00"), "97165": Decimal("25.00"),
                                                                  "99213": Decimal("25.00"),
                                                                  "97162": Decimal("25.00")}) for _ in fam]
    claims = []
    for i, p in enumerate(pats):
        base = D(1, 5 + i * 2)
        svcs = []
        for j, (c, u, m) in enumerate(p):
            dos = base if i != 6 else D(1, 5 + i * 2 + j * 7)
            s = Svc(dos, c, u, m, denied="PR" if c == "97533" else None)
            if c == "E0935":
                s.end = D(1, base.day + 6)
            commercial(s, states[who[i]], deny_reason="96")
            s.remarks = ["X7"] if s.denied else (["D1"] if s.deductible else [])
            svcs.append(s)
        claims.append({"acct": f"{['MPT', 'SSO', 'VSA', 'HOG', 'MPT', 'SSO', 'VSA', 'NHM', 'MPT'][i]}-{5501 + i * 77}",
                       "icn": f"26-{i + 3:02d}-{41180 + i * 311:06d}", "patient": fam[who[i]], "prov": provs[i],
                       "svcs": svcs})
    fmt = Fmt(money=K.m_plain, date=lambda d: dfmt(d, "mdy2"), units=units0, adj=adj_dash, page_of=True)
    F, FB = "Helvetica", "Helvetica-Bold"
    C = [("Patient", 24, "l"), ("Claim No.", 88, "l"), ("Prov. Acct", 138, "l"), ("From", 184, "l"),
         ("To", 218, "l"), ("Proc", 252, "l"), ("Mod", 278, "l"), ("Qty", 310, "r"), ("Description", 316, "l"),
         ("Charges", 452, "r"), ("Not Covered", 494, "r"), ("PPO Disc.", 532, "r"), ("Allowed", 568, "r"),
         ("Deductible", 608, "r"), ("Copay", 638, "r"), ("Coins.", 670, "r"), ("Fund Paid", 708, "r"),
         ("You Owe", 744, "r"), ("Rsn", 752, "l")]

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def foot():
            doc.text(306, 776, f"Page {doc.page} of {npages or 0}", F, 7.5, "c")

        # ---- page 1: portrait cover with the claim summary (claim totals)
        doc.text(40, 50, "TRI-COUNTY CARPENTERS & MILLWRIGHTS HEALTH FUND", FB, 12)
        doc.text(40, 62, "Administered by Keystone Benefit Administrators  ·  2210 Foundry Row, Scranton PA 18503",
                 F, 8)
        doc.text(572, 50, "EXPLANATION OF BENEFITS", FB, 10, "r")
        doc.text(572, 62, "Statement date: 02/10/26", F, 8, "r")
        for k, ln in enumerate(["RAFFERTY VANCE", "418 SLATE RIDGE RD", "OLD FORGE PA 18518"]):
            doc.text(40, 100 + 11 * k, ln, F, 9)
        doc.text(360, 100, "Participant ID  TCF-0077412", F, 8.5)
        doc.text(360, 111, "Group  Local 1188 Active Plan", F, 8.5)
        y = 160
        for ln in doc.fit("This statement explains how the Fund processed the claims listed below. The detail of "
                          "every service is printed sideways on the following pages: turn the page a quarter-turn "
                          "clockwise to read it. This is not a bill. If you owe an amount, your provider will bill "
                          "you directly.", F, 8.5, 530):
            doc.text(40, y, ln, F, 8.5)
            y += 11
        y += 14
        doc.text(40, y, "Summary of claims", FB, 10)
        y += 14
        hs = [("Patient", 40, "l"), ("Claim No.", 126, "l"), ("Provider", 196, "l"), ("Service dates", 336, "l"),
              ("Charges", 456, "r"), ("Fund Paid", 512, "r"), ("You Owe", 568, "r")]
        doc.rect(40, y - 9, 532, 12, fill=LIGHT)
        for h, x, a in hs:
            doc.text(x, y, h, FB, 8, a)
        y += 14
        for cl in claims:
            sv = cl["svcs"]
            tb, tp, to = svc_total(sv, "billed"), svc_total(sv, "paid"), svc_total(sv, "owes")
            d0 = min(s.dos for s in sv)
            d1 = max(s.end or s.dos for s in sv)
            for (h, x, a), v in zip(hs, [cl["patient"], cl["icn"], cl["prov"],
                                         f"{dfmt(d0, 'mdy2')} - {dfmt(d1, 'mdy2')}", K.m_plain(tb), K.m_plain(tp),
                                         K.m_plain(to)]):
                doc.text(x, y, v, F, 8, a)
            i = col.claim(cl, claim_totals(tb, None, tp, to))
            col.totals_row(doc, i, (40, y - 8, 572, y + 2))
            doc.line(40, y + 3.5, 572, y + 3.5, 0.2, GREY)
            y += 13
        allp = [s for cl in claims for s in cl["svcs"]]
        doc.text(196, y + 2, "Totals this statement", FB, 8)
        for v, x in ((svc_total(allp, "billed"), 456), (svc_total(allp, "paid"), 512), (svc_total(allp, "owes"), 568)):
            doc.text(x, y + 2, K.m_plain(v), FB, 8, "r")
        foot()
        # ---- detail pages: landscape table rotated onto portrait pages
        doc.new_page()
        doc.begin_rotated()

        def rhead():
            doc.text(24, 30, "TRI-COUNTY CARPENTERS & MILLWRIGHTS HEALTH FUND  -  SERVICE DETAIL", FB, 9)
            doc.text(768, 30, "Participant RAFFERTY VANCE  ·  TCF-0077412", F, 7.5, "r")
            doc.line(24, 36, 768, 36, 0.8)
            for h, x, a in C:
                doc.text(x, 46, h, FB, 6.6, a)
            doc.line(24, 49, 768, 49, 0.4)
            return 59

        y = rhead()
        for cl in claims:
            if y + 10 * (len(cl["svcs"]) + 2) > 580:
                doc.text(768, 600, f"Page {doc.page} of {npages or 0}", F, 7, "r")
                doc.end_rotated()
                doc.new_page()
                doc.begin_rotated()
                y = rhead()
            for s in cl["svcs"]:
                vals = [cl["patient"], cl["icn"], cl["acct"], dfmt(s.dos, "mdy2"), dfmt(s.end or s.dos, "mdy2"),
                        s.code, mods_sp(s), units0(s.units), doc.fit(DESC[s.code], F, 6.8, 108)[0], K.m_plain(s.billed),
                        K.m_plain(s.not_covered), K.m_plain(s.discount), K.m_plain(s.allowed),
                        K.m_plain(s.deductible), K.m_plain(s.copay), K.m_plain(s.coinsurance), K.m_plain(s.paid),
                        K.m_plain(s.owes), " ".join(s.remarks)]
                for (h, x, a), v in zip(C, vals):
                    doc.text(x, y, v, FB if h == "Fund Paid" else F, 6.8, a)
                col.line(doc, s, cl, ("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                      "coinsurance", "paid", "patient_owes"), [(24, y - 7, 768, y + 2)],
                         remarks=s.remarks, rules=("disc", "share", "owes"), service_end=s.end or s.dos)
                y += 10
            sv = cl["svcs"]
            doc.text(316, y, "Claim total", FB, 6.8)
            for v, x in ((svc_total(sv, "billed"), 452), (svc_total(sv, "paid"), 708), (svc_total(sv, "owes"), 744)):
                doc.text(x, y, K.m_plain(v), FB, 6.8, "r")
            doc.line(24, y + 3, 768, y + 3, 0.2, GREY)
            y += 14
        y += 4
        for cd, tx in (("D1", "Applied to the calendar-year deductible ($300 per person)."),
                       ("X7", "Sensory integration therapy is not a covered benefit of this Fund; you may be billed.")):
            doc.text(24, y, cd, FB, 6.8)
            doc.text(44, y, tx, F, 6.8)
            y += 9
        doc.text(768, 600, f"Page {doc.page} of {npages or 0}", F, 7, "r")
        doc.end_rotated()
        return col

    path = out / "y05_union_fund_rotated_table.pdf"
    col = K.render(path, "reportlab", LETTER, "Explanation of benefits", build)
    K.save_truth(path, "y05_union_fund_rotated_table", "reportlab", col,
                 "Union (Taft-Hartley) health fund member EOB: portrait page 1 with letter text and a claim summary "
                 "(totals); the service detail is a landscape table ROTATED 90 degrees on portrait pages 2-3 (text "
                 "runs bottom-to-top), patient and claim no. on every row, From/To, a 7-day rental, a not-covered "
                 "line the member owes (Helvetica).",
                 [("D1", "Applied to the calendar-year deductible."), ("X7", "Not a covered benefit; you may be billed.")])
    return col


# ================================================================================================ y06
def y06(out: Path) -> Collector:
    """Crime victim compensation program payment explanation, form style: values ABOVE a rule, captions BELOW."""
    bills = [
        {"patient": "Marguerite Ashdown-Pryce", "prog": "VC-25-118204", "icn": "2026-0031-7719",
         "acct": "RV-30418", "recv": D(1, 21), "ins": Decimal("0.60"),
         "svcs": [(D(1, 5), "97166", 1, ("GO",)), (D(1, 5), "L3807", 1, ("LT",)), (D(1, 7), "97140", 2, ("GO",)),
                  (D(1, 7), "97110", 2, ("GO", "59")), (D(1, 12), "97530", 3, ("GO",)),
                  (D(1, 14), "97760", 1, ("GO",))]},
        {"patient": "Desmond Achterberg", "prog": "VC-25-120977", "icn": "2026-0031-7788",
         "acct": "RV-30562", "recv": D(1, 23), "ins": ZERO,
         "svcs": [(D(1, 6), "92523", 1, ("GN",)), (D(1, 6), "97129", 1, ("GO",)), (D(1, 8), "92507", 1, ("GN",)),
                  (D(1, 8), "97129", 1, ("GO",)), (D(1, 13), "97112", 2, ("GP",)), (D(1, 13), "97116", 2, ("GP",)),
                  (D(1, 15), "97150", 1, ("GP",))]},
        {"patient": "Nia Ferreira-Cobb", "prog": "VC-26-000318", "icn": "2026-0032-0041",
         "acct": "RV-30601", "recv": D(1, 27), "ins": Decimal("0.50"),
         "svcs": [(D(1, 9), "97165", 1, ("GO",)), (D(1, 16), "97530", 2, ("GO",)), (D(1, 16), "97533", 2, ("GO",)),
                  (D(1, 23), "97530", 2, ("GO",))]},
        {"patient": "Tomasz Wrzesniewski", "prog": "VC-25-119630", "icn": "2026-0032-0187",
         "acct": "RV-30644", "recv": D(1, 29), "ins": Decimal("0.80"),
         "svcs": [(D(1, 12), "97163", 1, ("GP",)), (D(1, 14), "97112", 3, ("GP",)), (D(1, 14), "97116", 1, ("GP",)),
                  (D(1, 19), "97112", 2, ("GP", "59")), (D(1, 19), "97530", 2, ("GP",)),
                  (D(1, 21), "97542", 1, ("GP",)), (D(1, 26), "97110", 3, ("GP",))]},
    ]
    claims = []
    for b in bills:
        svcs = []
        for dos, c, u, m in b["svcs"]:
            s = Svc(dos, c, u, m, denied="CO" if c == "97150" else None)
            if s.denied:
                s.allowed, s.other, s.paid, s.remarks = ZERO, ZERO, ZERO, ["R17"]
            else:
                s.allowed = min(s.billed, q(Decimal(eobgen.SCHED[c]) * Decimal(u) * Decimal("1.60")))
                s.other = q(s.allowed * b["ins"])
                s.paid = s.allowed - s.other
                s.remarks = (["R01"] if s.allowed < s.billed else []) + (["R22"] if s.other else [])
            svcs.append(s)
        b["svcs"] = svcs
        claims.append(b)
    fmt = Fmt(money=K.m_plain, date=lambda d: dfmt(d, "mdy4"), units=units0, adj=adj_dash, page_of=True)
    F, FB, FI = "LSer", "LSer-B", "LSer-I"
    cap_c = (0.35, 0.35, 0.35)
    LX = [(48, 96, "Date of service"), (100, 150, "Procedure"), (154, 200, "Modifier"), (204, 236, "Units"),
          (240, 300, "Amount billed"), (304, 364, "Allowable"), (368, 436, "Paid by other source"),
          (440, 500, "Amount paid"), (504, 564, "Reason")]

    def field_row(y, vals, fields, font=F, size=8.6):
        for (x0, x1, cap), v in zip(fields, vals):
            right = cap.startswith(("Amount", "Allowable", "Paid", "Units", "Total"))
            doc_.text(x1 - 4 if right else x0, y, v, font, size, "r" if right else "l")
            doc_.line(x0, y + 3, x1, y + 3, 0.5)
            doc_.text(x0, y + 9.5, cap, F, 5.8, "l", cap_c)

    doc_ = None

    def build(doc: K.Doc, npages):
        nonlocal doc_
        doc_ = doc
        col = Collector(fmt)

        def header(first):
            doc.text(48, 46, "OFFICE FOR VICTIMS OF VIOLENT CRIME", FB, 12)
            doc.text(48, 58, "Compensation Program  ·  Medical Payment Unit  ·  PO Box 4410, Capitol City 50219", F, 8)
            doc.text(564, 46, "EXPLANATION OF PAYMENT TO PROVIDER", FB, 9, "r")
            doc.text(564, 58, f"Page {doc.page} of {npages or 0}", F, 8, "r")
            doc.line(48, 64, 564, 64, 1.2)
            y = 82
            if first:
                field_row(y, ["Keelside Neuro & Hand Rehabilitation", "1366402918", "02/05/2026", "EFT 77104522"],
                          [(48, 250, "Payee (provider) name"), (254, 340, "Provider NPI"),
                           (344, 420, "Date issued"), (424, 564, "Payment reference")], FB, 8.6)
                y += 22
                for ln in doc.fit("The program is the payer of last resort. Amounts paid by another source (health "
                                  "insurance, auto insurance) are subtracted from the program allowable. Providers "
                                  "may not bill the victim for any balance on a service the program paid.", FI, 8, 516):
                    doc.text(48, y, ln, FI, 8)
                    y += 10
                y += 8
            return y

        y = header(True)
        for cl in claims:
            if y + 40 > 720:
                doc.new_page()
                y = header(False)
            doc.rect(48, y - 10, 516, 24, fill=(0.94, 0.94, 0.9))
            field_row(y, [cl["patient"], cl["prog"], cl["icn"], cl["acct"], dfmt(cl["recv"], "mdy4")],
                      [(52, 200, "Victim / patient name"), (204, 290, "Program claim number"),
                       (294, 400, "Bill control number"), (404, 480, "Provider account number"),
                       (484, 560, "Date bill received")], FB, 8.8)
            y += 30
            for s in cl["svcs"]:
                if y + 24 > 730:
                    doc.text(306, 750, "Bill continues on the next page", FI, 7.5, "c")
                    doc.new_page()
                    y = header(False)
                    doc.text(48, y - 6, f"{cl['patient']}  ·  {cl['icn']} (continued)", FI, 8)
                    y += 10
                field_row(y, [dfmt(s.dos, "mdy4"), s.code, mods_sp(s), units0(s.units), K.m_plain(s.billed),
                              K.m_plain(s.allowed), K.m_plain(s.other), K.m_plain(s.paid), " ".join(s.remarks)], LX)
                col.line(doc, s, cl, ("billed", "allowed", "paid"), [(48, y - 8, 564, y + 11)], remarks=s.remarks,
                         custom=lambda s: s.allowed - s.other == s.paid)
                y += 24
            sv = cl["svcs"]
            tb, ta, to_, tp = (svc_total(sv, a) for a in ("billed", "allowed", "other", "paid"))
            field_row(y, [K.m_plain(tb), K.m_plain(ta), K.m_plain(to_), K.m_plain(tp)],
                      [(240, 300, "Total billed"), (304, 364, "Total allowable"), (368, 436, "Total other source"),
                       (440, 500, "Total paid this bill")], FB, 8.6)
            i = col.claim(cl, claim_totals(tb, ta, tp, None))
            col.totals_row(doc, i, (236, y - 8, 564, y + 4))
            y += 34
        if y + 50 > 740:
            doc.new_page()
            y = header(False)
        doc.text(48, y, "Reason codes", FB, 8.5)
        for cd, tx in (("R01", "Reduced to the program's medical fee schedule."),
                       ("R22", "Reduced by the amount another source paid for this service."),
                       ("R17", "Not payable: group therapy is not an eligible expense for this claim.")):
            y += 11
            doc.text(48, y, cd, FB, 8)
            doc.text(80, y, tx, F, 8)
        return col

    path = out / "y06_victim_comp_captions_below.pdf"
    col = K.render(path, "fpdf2", LETTER, "Explanation of payment to provider", build)
    K.save_truth(path, "y06_victim_comp_captions_below", "fpdf2", col,
                 "Crime victim compensation program explanation of payment to a provider, printed like a government "
                 "FORM: every value sits above a rule and its caption is printed small BELOW the rule (no column "
                 "header row); bill heading in the same style, other-source (insurance) offsets, a denied group "
                 "therapy line, bill totals, a bill continued on page 2 (Liberation Serif).",
                 [("R01", "Reduced to the program fee schedule."), ("R22", "Reduced by another source's payment."),
                  ("R17", "Not payable for this claim.")])
    return col


# ================================================================================================ y07
def y07(out: Path) -> Collector:
    """TPA provider payment detail whose report writer RIGHT-ALIGNS every column, text included."""
    pts = ["Abernathy-Sloane, Greer", "Kowalczyk, Teodor", "Ruiz Batista, Amaya", "Fairweather, Linus",
           "Obuya, Wanjiru", "Castellanos, Benicio", "Thorsdottir, Hekla", "Marchetti, Aurelio", "Ng, Bethany"]
    pats = [[("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97140", 1, ("GO", "59"))],
            [("97162", 1, ("GP",)), ("97110", 2, ("GP",))],
            [("92507", 1, ("GN",))],
            [("97110", 3, ("GP",)), ("97112", 1, ("GP", "59")), ("97140", 2, ("GP", "59")), ("G0283", 1, ("GP",))],
            [("97167", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))],
            [("97113", 2, ("GP",)), ("97116", 1, ("GP",))],
            [("92523", 1, ("GN",)), ("92507", 1, ("GN",))],
            [("97530", 3, ("GO",)), ("97533", 1, ("GO",)), ("97110", 1, ("GO",))],
            [("97161", 1, ("GP",)), ("97110", 1, ("GP",)), ("97530", 2, ("GP",))]]
    claims = []
    for i, nm in enumerate(pts):
        st = PlanState(ded_left=Decimal("75.00") if i % 4 == 2 else ZERO, coins_rate=Decimal("0.10"),
                       copay_codes={"97162": Decimal("35.00"), "97167": Decimal("35.00"), "97161": Decimal("35.00")})
        svcs = []
        for j, (c, u, m) in enumerate(pats[i]):
            s = Svc(D(1, 5 + i * 2 + (j // 3)), c, u, m, denied="CO" if c == "97533" else None)
            commercial(s, st, deny_reason="96")
            s.remarks = ["N20"] if s.denied else []
            svcs.append(s)
        claims.append({"acct": f"{2204118 + i * 1307}", "icn": f"TPX{6018823 + i * 4421}", "patient": nm,
                       "svcs": svcs})
    fmt = Fmt(money=K.m_plain, date=lambda d: dfmt(d, "mdyn"), units=lambda u: f"{u:.3f}", adj=adj_glued,
              page_of=True)
    F, FB, SZ = "LSN", "LSN-B", 7.2
    C = [("Patient Name", 122), ("Patient Acct #", 178), ("Claim #", 236), ("DOS", 280), ("CPT", 308),
         ("Mod", 340), ("Units", 370), ("Charge", 412), ("Allowed", 454), ("Copay", 490), ("Coins", 524),
         ("Deductible", 564), ("Paid", 606), ("Pt Resp", 648), ("Adj Codes", 714), ("Remark", 760)]

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header():
            doc.text(768, 34, "CORNERSTONE BENEFIT SERVICES, INC.", FB, 11, "r")
            doc.text(768, 45, "Third Party Administrator for the Halvorsen Logistics Employee Health Plan", F, 8, "r")
            doc.text(768, 56, "PROVIDER PAYMENT DETAIL", FB, 9, "r")
            doc.text(24, 34, "Payee:", F, 8)
            doc.text(24, 45, "Lakeshore Motion & Hand Therapy", FB, 8)
            doc.text(24, 56, "Check 0000482217   02/03/2026", F, 8)
            doc.line(24, 62, 768, 62, 0.8)
            # spanning, centred group headings
            for lab, x0, x1 in (("---- Claim ----", 40, 240), ("---- Service ----", 244, 374),
                                ("---- Member cost share ----", 460, 568)):
                doc.text((x0 + x1) / 2, 72, lab, F, 6.8, "c")
            for h, x in C:
                doc.text(x, 82, h, FB, 6.9, "r")
            doc.line(24, 85, 768, 85, 0.4)
            return 95

        y = header()
        for cl in claims:
            if y + 12.5 * (len(cl["svcs"]) + 1) > 540:
                doc.text(768, 588, f"Page {doc.page} of {npages or 0}", F, 7, "r")
                doc.new_page()
                y = header()
            for k, s in enumerate(cl["svcs"]):
                if k % 2:
                    doc.rect(24, y - 7.5, 744, 10.5, fill=(0.95, 0.95, 0.95))
                vals = [cl["patient"], cl["acct"], cl["icn"], dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods),
                        f"{s.units:.3f}", K.m_plain(s.billed), K.m_plain(s.allowed), K.m_plain(s.copay),
                        K.m_plain(s.coinsurance), K.m_plain(s.deductible), K.m_plain(s.paid), K.m_plain(s.owes),
                        " ".join(f"{g}{r}" for g, r, _ in s.adjs), " ".join(s.remarks)]
                for (h, x), v in zip(C, vals):
                    doc.text(x, y, v, F, SZ, "r")
                col.line(doc, s, cl, ("billed", "allowed", "copay", "coinsurance", "deductible", "paid",
                                      "patient_owes"), [(24, y - 7.5, 768, y + 3)],
                         adjustments=[(g, r, None) for g, r, _ in s.adjs], remarks=s.remarks,
                         rules=("share", "owes"))
                y += 12.5
            sv = cl["svcs"]
            tb, ta, tp, to = (svc_total(sv, a) for a in ("billed", "allowed", "paid", "owes"))
            doc.line(380, y - 7.5, 768, y - 7.5, 0.3)
            doc.text(370, y, "Claim Total", FB, SZ, "r")
            for v, x in ((tb, 412), (ta, 454), (tp, 606), (to, 648)):
                doc.text(x, y, K.m_plain(v), FB, SZ, "r")
            i = col.claim(cl, claim_totals(tb, ta, tp, to))
            col.totals_row(doc, i, (300, y - 7, 768, y + 3))
            y += 21
        allp = [s for cl in claims for s in cl["svcs"]]
        doc.text(370, y, "Check Total", FB, SZ, "r")
        doc.text(606, y, K.m_plain(svc_total(allp, "paid")), FB, SZ, "r")
        y += 16
        for cd, tx in (("CO45", "Charge exceeds the plan's contracted rate."), ("PR2 / PR1 / PR3",
                       "Member coinsurance / deductible / copay."),
                       ("CO96", "Service not covered under the plan (N20: not paid separately).")):
            doc.text(200, y, cd, FB, 7, "r")
            doc.text(206, y, tx, F, 7)
            y += 9
        doc.text(768, 588, f"Page {doc.page} of {npages or 0}", F, 7, "r")
        return col

    path = out / "y07_tpa_right_aligned_detail.pdf"
    col = K.render(path, "fpdf2", LAND, "Provider payment detail", build)
    K.save_truth(path, "y07_tpa_right_aligned_detail", "fpdf2", col,
                 "TPA provider payment detail, landscape Liberation Sans Narrow: EVERY column right-aligned, text "
                 "included (patient name, account, claim #, CPT, modifiers 'GO,59'), centred dashed group headings "
                 "('---- Member cost share ----'), units 2.000, dates 1/5/2026, adjustment codes glued without amounts "
                 "('CO45 PR2'), shaded alternate rows, claim totals, header repeated on page 2.",
                 [("N20", "Not paid separately.")])
    return col


# ================================================================================================ y08
def y08(out: Path) -> Collector:
    """Half-letter member EOB with whole-dollar amounts printed without cents ($95, $76.40)."""
    M = K.m_whole
    fam = ["Dana Whitcombe-Ruiz", "Theo Whitcombe-Ruiz", "Pilar Whitcombe-Ruiz"]
    st = {n: PlanState(ded_left=Decimal("100.00") if n == fam[2] else ZERO, allowed_rate=Decimal("0.80"),
                       copay_codes={c: Decimal("30.00") for c in ("97165", "97166", "92523", "97161", "99213")})
          for n in fam}
    spec = [
        (1, "Lakeshore Kids Therapy", "LKT-20931", [(D(1, 5), "97165", 1, ("GO",)), (D(1, 5), "97530", 2, ("GO",)),
                                                    (D(1, 12), "97530", 2, ("GO",)), (D(1, 12), "97533", 1, ("GO",))]),
        (2, "Chatterbox Speech Studio", "CSS-1187", [(D(1, 6), "92523", 1, ("GN",)), (D(1, 13), "92507", 1, ("GN",)),
                                                     (D(1, 20), "92507", 1, ("GN",))]),
        (0, "Fernbrook Physical Therapy", "40177", [(D(1, 8), "97161", 1, ("GP",)), (D(1, 8), "97110", 2, ("GP",)),
                                                    (D(1, 15), "97110", 2, ("GP",)), (D(1, 15), "97140", 1, ("GP", "59")),
                                                    (D(1, 22), "97112", 2, ("GP",))]),
        (1, "Lakeshore Kids Therapy", "LKT-21406", [(D(1, 19), "97530", 3, ("GO",)), (D(1, 26), "97530", 2, ("GO",)),
                                                    (D(1, 26), "97535", 1, ("GO",))]),
        (2, "Maple Street Pediatrics", "MSP-88104", [(D(1, 27), "99213", 1, ()), (D(1, 27), "92610", 1, ())]),
        (1, "Lakeshore Kids Therapy", "LKT-21733", [(D(1, 29), "97530", 2, ("GO",)), (D(1, 29), "97535", 1, ("GO",)),
                                                    (D(1, 30), "97530", 2, ("GO",)), (D(1, 30), "97140", 1, ("GO",))]),
    ]
    claims = []
    for k, (who, prov, acct, rows) in enumerate(spec):
        svcs = []
        for dos, c, u, m in rows:
            s = Svc(dos, c, u, m, denied="PR" if c == "97533" else None)
            commercial(s, st[fam[who]], deny_reason="96")
            s.remarks = ["C"] if s.denied else (["A"] if s.copay else []) + (["B"] if s.deductible else [])
            svcs.append(s)
        claims.append({"acct": acct, "icn": f"26{k + 1:02d}-{551870 + k * 6043}", "patient": fam[who], "prov": prov,
                       "svcs": svcs})
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy2"), units=units0, adj=adj_dash, page_of=True)
    F, FB, FI = "LS", "LS-B", "LS-I"
    C = [("Date", 22, "l"), ("Service", 58, "l"), ("Billed", 196, "r"), ("Discount", 236, "r"),
         ("Plan paid", 278, "r"), ("You owe", 318, "r"), ("Note", 326, "l")]
    words = {"97165": "OT evaluation", "97530": "Therapy activities", "97533": "Sensory therapy",
             "92523": "Speech evaluation", "92507": "Speech therapy", "97161": "PT evaluation",
             "97110": "Exercise therapy", "97140": "Manual therapy", "97112": "Balance retraining",
             "97535": "Self-care training", "99213": "Office visit", "92610": "Swallow evaluation"}

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header(first):
            doc.text(22, 30, "Larkspur", FB, 14, "l", (0.35, 0.2, 0.5))
            doc.text(22, 40, "Family Health Plan", F, 7.5, "l", (0.35, 0.2, 0.5))
            doc.text(374, 30, "Explanation of Benefits", FB, 9, "r")
            doc.text(374, 40, f"Page {doc.page} of {npages or 0}", F, 7, "r")
            y = 52
            if first:
                doc.rect(22, y, 352, 40, fill=(0.95, 0.93, 0.97))
                doc.text(28, y + 11, "THIS IS NOT A BILL", FB, 8)
                doc.text(28, y + 21, "Subscriber: Dana Whitcombe-Ruiz   ID LFH-3340921-01", F, 7)
                doc.text(28, y + 30, "Claims processed 01/15/26 - 02/05/26   Mailed 02/09/26", F, 7)
                y += 50
                doc.text(22, y + 4, "Your 2026 plan year so far", FB, 7.5)
                for k, (a, b) in enumerate((("Family deductible met", "$100 of $1,500"),
                                            ("Family out-of-pocket met", "$742.72 of $6,000"),
                                            ("Visits used: therapy (OT/PT/ST combined)", "17 of 60"))):
                    doc.text(28, y + 15 + 9 * k, a, F, 6.8)
                    doc.text(374, y + 15 + 9 * k, b, F, 6.8, "r")
                y += 46
            return y + 6

        def heads(y):
            for h, x, a in C:
                doc.text(x, y, h, FB, 6.8, a)
            doc.line(22, y + 3, 374, y + 3, 0.5)
            return y + 12

        y = header(True)
        for cl in claims:
            if y + 40 > 560:
                doc.text(198, 596, "Continued on next page", FI, 6.5, "c")
                doc.new_page()
                y = header(False)
            doc.line(22, y - 8, 374, y - 8, 1.2, (0.35, 0.2, 0.5))
            doc.text(22, y, f"{cl['patient']}  ·  {cl['prov']}", FB, 7.6)
            doc.text(22, y + 9, f"Claim {cl['icn']}  ·  Patient account {cl['acct']}", F, 6.8)
            y = heads(y + 21)
            for s in cl["svcs"]:
                if y + 12 > 570:
                    doc.text(198, 596, "Continued on next page", FI, 6.5, "c")
                    doc.new_page()
                    y = header(False)
                    doc.text(22, y, f"{cl['patient']}  ·  Claim {cl['icn']} (continued)", FI, 7)
                    y = heads(y + 12)
                vals = [dfmt(s.dos, "mdy2"), f"{words[s.code]} {s.code}{' ' + mods_sp(s) if s.mods else ''}",
                        M(s.billed), M(s.discount), M(s.paid), M(s.owes), " ".join(s.remarks)]
                for (h, x, a), v in zip(C, vals):
                    doc.text(x, y, v, FB if h == "You owe" else F, 7, a)
                col.line(doc, s, cl, ("billed", "discount", "paid", "patient_owes"), [(22, y - 7, 374, y + 2.5)],
                         remarks=s.remarks, units=False, custom=lambda s: s.billed - s.discount - s.paid - s.owes == 0)
                y += 13
            sv = cl["svcs"]
            tb, td, tp, to = (svc_total(sv, a) for a in ("billed", "discount", "paid", "owes"))
            doc.line(150, y - 7.5, 374, y - 7.5, 0.3)
            doc.text(58, y, "Claim total", FB, 7)
            for v, x in ((tb, 196), (td, 236), (tp, 278), (to, 318)):
                doc.text(x, y, M(v), FB, 7, "r")
            i = col.claim(cl, claim_totals(tb, None, tp, to))
            col.totals_row(doc, i, (22, y - 7, 374, y + 2.5))
            y += 30
        if y + 50 > 590:
            doc.new_page()
            y = header(False)
        doc.text(22, y, "Notes", FB, 7.5)
        for cd, tx in (("A", "Your plan's copay for this kind of visit."),
                       ("B", "Counted toward your deductible."),
                       ("C", "Not covered by your plan. You are responsible for this amount.")):
            y += 10
            doc.text(22, y, cd, FB, 7)
            doc.text(34, y, tx, F, 7)
        return col

    path = out / "y08_half_letter_whole_dollars.pdf"
    col = K.render(path, "reportlab", HALF, "Explanation of benefits", build)
    K.save_truth(path, "y08_half_letter_whole_dollars", "reportlab", col,
                 "Regional plan member EOB on HALF-LETTER stock (5.5 x 8.5 in), Liberation Sans 7 pt: whole-dollar "
                 "amounts printed without cents ('$95', '$30') beside '$76.40', the service as 'Therapy activities "
                 "97530 GO' in one cell, no units, Billed / Discount / Plan paid / You owe / Note, a year-to-date box, "
                 "lettered notes, a PR not-covered line, 'Continued on next page', 2 pages.",
                 [("A", "Copay."), ("B", "Deductible."), ("C", "Not covered; you are responsible.")])
    return col


# ================================================================================================ y09
def y09(out: Path) -> Collector:
    """Medicare supplement EOB with a TRANSPOSED table: one column per service, field names down the left."""
    members = [("Harriet Oyelaran-Quist", "MS-G 5521870-01"), ("Bartholomew Quist", "MS-G 5521870-02")]
    spec = [
        (0, "Wellspring Outpatient Rehab", "WOR-118204", "1026005118840", [
            (D(1, 6), "97163", 1, ("GP",)), (D(1, 6), "97110", 2, ("GP",)), (D(1, 6), "97140", 1, ("GP", "59")),
            (D(1, 8), "97110", 2, ("GP", "KX")), (D(1, 8), "97112", 2, ("GP", "KX")), (D(1, 8), "97116", 1, ("GP",))]),
        (1, "Tidewater Hand Center", "22871", "1026009204417", [
            (D(1, 9), "97165", 1, ("GO",)), (D(1, 9), "97760", 2, ("GO",)), (D(1, 9), "L3807", 1, ("RT",))]),
        (0, "Wellspring Outpatient Rehab", "WOR-118392", "1026016301152", [
            (D(1, 13), "97110", 3, ("GP", "KX")), (D(1, 13), "97530", 1, ("GP", "KX")), (D(1, 15), "97110", 2, ("GP",)),
            (D(1, 15), "G0283", 1, ("GP",)), (D(1, 15), "0552T", 1, ("GP",))]),
        (1, "Coastal Voice & Swallow Clinic", "CVS-4410", "1026020118723", [
            (D(1, 21), "92610", 1, ("GN",)), (D(1, 21), "92526", 1, ("GN",))]),
    ]
    st = [PlanState(ded_left=Decimal("257.00")), PlanState(ded_left=ZERO)]
    claims = []
    for k, (who, prov, acct, mcn, rows) in enumerate(spec):
        svcs = []
        for dos, c, u, m in rows:
            s = Svc(dos, c, u, m, denied="PR" if c == "0552T" else None)
            medicare(s, st[who], sequestration=False, deny_reason="96")
            s.mcpaid = s.paid
            if s.denied:
                s.paid, s.owes, s.remarks = ZERO, s.billed, ["MD3"]
            else:
                s.paid = s.coinsurance   # plan G: pays Medicare coinsurance, not the Part B deductible
                s.owes = s.deductible
                s.remarks = (["MD1"] if s.coinsurance else []) + (["MD2"] if s.deductible else [])
            svcs.append(s)
        claims.append({"acct": acct, "icn": f"SUP-{260114 + k * 73}-{k + 1:02d}", "patient": members[who][0],
                       "mid": members[who][1], "mcn": mcn, "prov": prov, "svcs": svcs})
    fmt = Fmt(money=K.m_plain, date=lambda d: dfmt(d, "mdy4"), units=units0, adj=adj_dash, page_of=True)
    F, FB, FI = "DVSer", "DVSer-B", "DVSer-I"
    SZ = 7.2
    rows_lbl = ["Date of service", "Procedure code", "Modifier(s)", "Units", "Amount charged", "Medicare approved",
                "Medicare paid", "Part B deductible", "Medicare coinsurance", "Paid by this plan", "Your balance",
                "Message codes"]
    LW, X0, CWD, RH = 118, 40, 106, 10.5

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header(first):
            doc.text(40, 44, "HERITAGE MUTUAL SENIOR SUPPLEMENT", FB, 11)
            doc.text(40, 55, "Medicare Supplement Insurance  ·  Plan G", FI, 8)
            doc.text(572, 44, "Explanation of Benefits", FB, 10, "r")
            doc.text(572, 55, f"Page {doc.page} of {npages or 0}", F, 7.5, "r")
            doc.line(40, 61, 572, 61, 1)
            y = 78
            if first:
                for k, ln in enumerate(["HARRIET OYELARAN-QUIST", "BARTHOLOMEW QUIST", "77 GULL POINT LANE",
                                        "NEWPORT NEWS VA 23606"]):
                    doc.text(40, y + 10 * k, ln, F, 8)
                doc.text(340, y, "Date of notice: February 11, 2026", F, 8)
                doc.text(340, y + 10, "Questions? 1-800-555-0163 (TTY 711)", F, 8)
                y += 54
                for ln in doc.fit("Medicare processed these claims first and sent them to us automatically. Each "
                                  "column below is one service. Your plan pays the Medicare coinsurance; it does not "
                                  "pay the Part B deductible.", F, 8, 532):
                    doc.text(40, y, ln, F, 8)
                    y += 10
                y += 10
            return y

        def block(y, cl, svcs, part):
            ncol = len(svcs)
            top = y - 9
            h = RH * len(rows_lbl) + 4
            doc.rect(X0, top, LW, h + 12, fill=LIGHT)
            doc.text(X0 + 4, y, "Service", FB, SZ)
            for n in range(ncol):
                x = X0 + LW + n * CWD
                doc.text(x + CWD - 6, y, f"Line {part + n + 1}", FB, SZ, "r")
                doc.line(x, top, x, top + h + 12, 0.3, GREY)
            doc.line(X0, y + 3, X0 + LW + ncol * CWD, y + 3, 0.6)
            for r, lab in enumerate(rows_lbl):
                yy = y + 12 + r * RH
                doc.text(X0 + 4, yy, lab, FB if lab == "Paid by this plan" else F, SZ)
                for n, s in enumerate(svcs):
                    x = X0 + LW + n * CWD + CWD - 6
                    v = [dfmt(s.dos, "mdy4"), s.code, mods_sp(s) or "-", units0(s.units), K.m_plain(s.billed),
                         K.m_plain(s.allowed), K.m_plain(s.mcpaid), K.m_plain(s.deductible),
                         K.m_plain(s.coinsurance), K.m_plain(s.paid), K.m_plain(s.owes), " ".join(s.remarks)][r]
                    doc.text(x, yy, v, FB if lab == "Paid by this plan" else F, SZ, "r")
            doc.line(X0, top + h + 12, X0 + LW + ncol * CWD, top + h + 12, 0.6)
            for n, s in enumerate(svcs):
                x = X0 + LW + n * CWD
                col.line(doc, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                         [(x + 1, top, x + CWD - 1, top + h + 12)], remarks=s.remarks,
                         custom=lambda s: (s.allowed - s.deductible - s.coinsurance == s.mcpaid
                                           and (s.denied or (s.paid == s.coinsurance and s.owes == s.deductible))))
            return top + h + 29

        y = header(True)
        for cl in claims:
            sv = cl["svcs"]
            chunks = [sv[i:i + 4] for i in range(0, len(sv), 4)]
            need = 36 + len(chunks) * (RH * len(rows_lbl) + 26) + 20
            if y + need > 760:
                doc.new_page()
                y = header(False)
            doc.rect(40, y - 9, 532, 24, stroke=(0, 0, 0), lw=0.6)
            doc.text(44, y, f"Patient: {cl['patient']}", FB, 8)
            doc.text(230, y, f"Member ID: {cl['mid']}", F, 7.5)
            doc.text(568, y, f"Claim number: {cl['icn']}", F, 7.5, "r")
            doc.text(44, y + 10, f"Provider: {cl['prov']}", F, 7.5)
            doc.text(300, y + 10, f"Provider account: {cl['acct']}", F, 7.5)
            doc.text(568, y + 10, f"Medicare claim no. {cl['mcn']}", F, 7.5, "r")
            y += 34
            for n, ch in enumerate(chunks):
                y = block(y, cl, ch, n * 4)
            tb, tp, to = svc_total(sv, "billed"), svc_total(sv, "paid"), svc_total(sv, "owes")
            doc.text(44, y - 4, "Claim totals:", FB, 7.5)
            doc.text(130, y - 4, f"Amount charged {K.m_plain(tb)}", F, 7.5)
            doc.text(280, y - 4, f"Paid by this plan {K.m_plain(tp)}", FB, 7.5)
            doc.text(430, y - 4, f"Your balance {K.m_plain(to)}", F, 7.5)
            i = col.claim(cl, claim_totals(tb, None, tp, to))
            col.totals_row(doc, i, (40, y - 12, 572, y - 1))
            y += 18
        if y + 40 > 770:
            doc.new_page()
            y = header(False)
        doc.text(40, y, "Message codes", FB, 8)
        for cd, tx in (("MD1", "We paid the Medicare coinsurance for this service."),
                       ("MD2", "Medicare applied this amount to the Part B deductible; Plan G does not pay it."),
                       ("MD3", "Medicare did not cover this service, so this plan cannot pay it.")):
            y += 10
            doc.text(40, y, cd, FB, 7.5)
            doc.text(70, y, tx, F, 7.5)
        return col

    path = out / "y09_medsupp_transposed_columns.pdf"
    col = K.render(path, "reportlab", LETTER, "Explanation of benefits", build)
    K.save_truth(path, "y09_medsupp_transposed_columns", "reportlab", col,
                 "Medicare supplement (Plan G) member EOB for a couple, DejaVu Serif: a TRANSPOSED table, each "
                 "service a COLUMN ('Line 1', 'Line 2' ...) with the field names down a shaded left column (date, "
                 "procedure, modifiers, units, charged, Medicare approved, Medicare paid, deductible, coinsurance, "
                 "paid by this plan, your balance, message codes); claims of more than four lines wrap into a second "
                 "block; a Medicare-denied 0552T; claim totals line; 2 pages.",
                 [("MD1", "We paid the Medicare coinsurance."), ("MD2", "Part B deductible; not paid by Plan G."),
                  ("MD3", "Medicare did not cover this service.")])
    return col


# ================================================================================================ y10
def y10(out: Path) -> Collector:
    """Member portal 'claim details' print: services as TILES in a three-across grid on landscape pages."""
    fam = ["Rosalind Achebe-Marsh", "Kofi Achebe-Marsh", "Imogen Achebe-Marsh"]
    st = {n: PlanState(ded_left=Decimal("200.00") if n == fam[0] else ZERO, coins_rate=Decimal("0.25"),
                       copay_codes={"97166": Decimal("45.00"), "92523": Decimal("45.00")}) for n in fam}
    spec = [
        (1, "Brightline Pediatric Therapy", "BPT-44102", [(D(1, 5), "97166", 1, ("GO",)), (D(1, 5), "97530", 3, ("GO", "59")),
                                                          (D(1, 12), "97530", 2, ("GO",)), (D(1, 12), "97533", 2, ("GO",)),
                                                          (D(1, 12), "97535", 1, ("GO",))]),
        (0, "Summit Ridge Physical Therapy", "SRPT-7781", [(D(1, 7), "97162", 1, ("GP",)), (D(1, 7), "97110", 3, ("GP",)),
                                                           (D(1, 14), "97140", 2, ("GP", "59")),
                                                           (D(1, 14), "97112", 2, ("GP",))]),
        (2, "Wordsmith Speech Therapy", "WST-20190", [(D(1, 9), "92523", 1, ("GN",)), (D(1, 16), "92507", 1, ("GN",)),
                                                      (D(1, 23), "92507", 1, ("GN",))]),
        (1, "Brightline Pediatric Therapy", "BPT-44388", [(D(1, 19), "97530", 2, ("GO",)), (D(1, 19), "97110", 1, ("GO",)),
                                                          (D(1, 26), "97530", 2, ("GO",)),
                                                          (D(1, 26), "97112", 1, ("GO", "59"))]),
    ]
    claims = []
    for k, (who, prov, acct, rows) in enumerate(spec):
        svcs = []
        for dos, c, u, m in rows:
            s = Svc(dos, c, u, m, denied="PR" if c == "97533" else None)
            commercial(s, st[fam[who]], deny_reason="204")
            s.remarks = ["NC7"] if s.denied else (["DD1"] if s.deductible else [])
            svcs.append(s)
        claims.append({"acct": acct, "icn": f"88-2026-{114772 + k * 5519:07d}", "patient": fam[who], "prov": prov,
                       "svcs": svcs})
    fmt = Fmt(money=K.m_dollar, date=lambda d: dfmt(d, "mon"), units=units0, adj=adj_dash, page_of=True)
    F, FB = "DVC", "DVC-B"
    TW, TH, GAP = 240, 98, 12
    words = {"97166": "OT evaluation", "97530": "Therapeutic activities", "97533": "Sensory integration",
             "97535": "Self-care training", "97162": "PT evaluation", "97110": "Therapeutic exercise",
             "97140": "Manual therapy", "97112": "Neuromuscular re-education", "92523": "Speech-language evaluation",
             "92507": "Speech therapy"}
    ACC = (0.0, 0.42, 0.38)

    def build(doc: K.Doc, npages):
        col = Collector(fmt)

        def header():
            doc.text(30, 34, "Evergreen Peak Health", FB, 13, "l", ACC)
            doc.text(30, 45, "Employee PPO  ·  Member: Rosalind Achebe-Marsh  ·  ID EPH 6672-0914-00", F, 7.5)
            doc.text(762, 34, "Claim details", FB, 11, "r")
            doc.text(762, 45, "Claims processed in January 2026", F, 7.5, "r")
            doc.line(30, 51, 762, 51, 0.8, ACC)
            doc.text(30, 596, f"Printed from the member website on 02/12/2026  ·  Page {doc.page} of {npages or 0}", F,
                     6.5, "l", GREY)
            return 66

        y = header()
        for cl in claims:
            sv = cl["svcs"]
            nrow = (len(sv) + 2) // 3
            if y + 26 + TH + 20 > 585:
                doc.new_page()
                y = header()
            doc.rect(30, y - 9, 732, 22, fill=(0.9, 0.96, 0.95))
            doc.text(36, y, f"Claim {cl['icn']}", FB, 8.5)
            doc.text(170, y, f"Patient: {cl['patient']}", FB, 8.5)
            doc.text(370, y, f"Provider: {cl['prov']}", F, 8)
            doc.text(756, y, f"Provider account # {cl['acct']}", F, 8, "r")
            doc.text(36, y + 9, "Status: Processed  ·  In-network", F, 7, "l", DARK)
            y += 22
            for r in range(nrow):
                if y + TH > 585:
                    doc.new_page()
                    y = header()
                    doc.text(36, y, f"Claim {cl['icn']} · {cl['patient']} (continued)", FB, 8)
                    y += 10
                for cix, s in enumerate(sv[r * 3:r * 3 + 3]):
                    x = 30 + cix * (TW + GAP)
                    doc.rect(x, y, TW, TH, stroke=(0.6, 0.6, 0.6), lw=0.6)
                    doc.rect(x, y, TW, 4, fill=ACC)
                    doc.text(x + 8, y + 16, f"{words[s.code]}  ·  {s.code}", FB, 8.2)
                    doc.text(x + 8, y + 26, f"{dfmt(s.dos, 'mon')}  ·  Modifiers {', '.join(s.mods)}  ·  "
                                            f"Units {units0(s.units)}", F, 7.2, "l", DARK)
                    kv = [("Billed", s.billed), ("Plan discount", s.discount), ("Not covered", s.not_covered),
                          ("Allowed amount", s.allowed), ("Deductible", s.deductible), ("Copay", s.copay),
                          ("Coinsurance", s.coinsurance), ("Plan paid", s.paid), ("You owe", s.owes)]
                    for n, (lab, v) in enumerate(kv):
                        cx = x + 8 + (n % 2) * 118
                        yy = y + 40 + (n // 2) * 12
                        bold = lab in ("Plan paid", "You owe")
                        doc.text(cx, yy, lab, FB if bold else F, 7)
                        doc.text(cx + 108, yy, K.m_dollar(v), FB if bold else F, 7, "r")
                    if s.remarks:
                        doc.text(x + 126, y + 40 + 4 * 12, f"Note {' '.join(s.remarks)}", F, 7, "l", DARK)
                    col.line(doc, s, cl, ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                          "coinsurance", "paid", "patient_owes"), [(x, y, x + TW, y + TH)],
                             remarks=s.remarks, rules=("disc", "share", "owes"))
                y += TH + 8
            tb, tp, to = svc_total(sv, "billed"), svc_total(sv, "paid"), svc_total(sv, "owes")
            doc.text(36, y + 2, "Claim totals", FB, 8)
            doc.text(120, y + 2, f"Billed {K.m_dollar(tb)}", F, 8)
            doc.text(240, y + 2, f"Plan paid {K.m_dollar(tp)}", F, 8)
            doc.text(360, y + 2, f"You owe {K.m_dollar(to)}", FB, 8)
            i = col.claim(cl, claim_totals(tb, None, tp, to))
            col.totals_row(doc, i, (30, y - 6, 762, y + 4))
            y += 30
        if y + 30 > 585:
            doc.new_page()
            y = header()
        for cd, tx in (("DD1", "This amount counts toward your deductible."),
                       ("NC7", "Your plan does not cover this service. The provider may bill you for it.")):
            doc.text(36, y, cd, FB, 7.5)
            doc.text(66, y, tx, F, 7.5)
            y += 10
        return col

    path = out / "y10_portal_service_tiles.pdf"
    col = K.render(path, "fpdf2", LAND, "Claim details", build)
    K.save_truth(path, "y10_portal_service_tiles", "fpdf2", col,
                 "Employer PPO member-website 'Claim details' print, landscape DejaVu Sans Condensed: each service is "
                 "a bordered TILE in a THREE-ACROSS grid (title 'Therapeutic activities · 97530', 'Jan 5, 2026 · "
                 "Modifiers GO, 59 · Units 3', then nine label/amount pairs in two columns), shaded claim bands, "
                 "claim totals line, a not-covered sensory line, 2 pages.",
                 [("DD1", "Counts toward your deductible."), ("NC7", "Not covered; the provider may bill you.")])
    return col


LAYOUTS = [y01, y02, y03, y04, y05, y06, y07, y08, y09, y10]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout15_"))
    root = Path(__file__).resolve().parent.parent.parent
    if (root / "samples") in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nl = npg = 0
    for fn in LAYOUTS:
        col = fn(out)
        nl += len(col.lines)
        npg += col.pages
        if a.check:
            pdf = next(out.glob(fn.__name__ + "_*.pdf"))
            errs = K.check(pdf, col)
            print(f"{pdf.name}: {len(col.lines)} lines, {col.pages} pages, {'OK' if not errs else 'FAIL'}")
            for e in errs[:15]:
                print("   ", e)
            bad += bool(errs)
    print(f"{len(LAYOUTS)} files, {nl} service lines, {npg} pages -> {out}")
    if a.check:
        print("check:", "PASSED" if not bad else f"FAILED ({bad} files)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
