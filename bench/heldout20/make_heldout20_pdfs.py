"""Write the TWENTIETH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on everyday document kinds (families, clinics, suppliers, programs) nobody developing
it has seen. (bench/heldout/ .. heldout19/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout20/make_heldout20_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout20/make_heldout20_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (written by samples/pdf/eobgen.py's write_truth; files <name>.pdf.truth.json),
printed values only, null for what a layout does not print (units too: no units printed -> null); description is
null throughout. claim_id = the provider's own account / invoice / visit / hospital-account number printed with the
claim, payer_claim_id = the payer's claim number (see the per-layout decisions below), patient = the person who got
the service exactly as printed (not the parent, guarantor, subscriber or responsible party). Where a layout prints
From and To per line, service_end is the To date (rental ranges included). Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Fonts: Liberation / DejaVu TrueType when installed, else the PDF core fonts.
Drawing helpers (one page API over reportlab and fpdf2), truth collector and the self-check live in h20kit.py.

Layouts (10 files, 222 service lines, 20 pages):
  a01 school-district EXCESS STUDENT ACCIDENT plan "Claim Payment Explanation" to a parent, portrait Liberation
      Serif: letter text, one shaded box per provider bill (Student / Claim No. / Provider acct no. / accident line),
      Date of Service 01/05/2026 / Procedure "97140-GP-59" / Description / Charges / Primary Plan Paid / Primary
      Plan Adjustment / Excluded / Covered Expense / Benefit Paid / Expl. letters, two siblings (soccer knee PT;
      wrist: urgent care 99203 + 73110, OT with L3807, orthopedics 99213-25 + 29125), excluded hot pack and paraffin,
      a per-injury benefit cap, bill totals; truth billed / paid (= Benefit Paid) / not_covered (= Excluded), no
      units (reportlab)
  a02 commercial payer "Notice of Overpayment and Request for Refund" letter to a pediatric therapy clinic,
      portrait Liberation Sans: boxed claim headings (Patient / Patient Account / Claim Number / Member ID / original
      EFT), Ln / Date of Service / Procedure / Mod / Units / Billed / Originally Allowed / Originally Paid /
      Corrected Allowed / Corrected Paid / Overpaid / Reason "CO-151", units cuts, modifier and duplicate errors,
      coverage-ended claims corrected to $0.00, claim totals, total refund box, reason legend (fpdf2)
  a03 medical group (IPA) "CAPITATION ENCOUNTER & CARVE-OUT PAYMENT REPORT" to a contracted therapy group,
      landscape DejaVu Sans Mono 6.6 pt: member "LAST, FIRST" / member ID / claim no. / pt acct on every row, DOS
      01/05/26, CPT / MOD "GP CQ" / QTY / BILLED / TYPE (CAP, FFS, DENY) / ALLOWED / COPAY / NET PAID, GRP-RSN + ADJ
      AMT stacked on sub-rows (PR-3 + CO-24 for capitated encounters paid 0.00, CO-45 for fee-for-service
      carve-outs L3807 / L3908 / 97760 / 97763, CO-197 denials), MSG codes, dashed claim total rows, header repeated
      on page 2 (reportlab)
  a04 employer plan MEMBER notice "Claims We Processed Again", portrait DejaVu Sans Condensed under a dark banner:
      claim bars (Claim for <patient> (son) / New claim number / Replaces claim / provider's account no.), an italic
      "Why we looked again" sentence, Date 1/7/26 / Service (wording, then "97530 GO · 2 units" on a second text
      line) / Billed / Plan allowed / Plan paid before / Plan paid now / You owed before / You owe now / Note,
      deductible correction, corrected claim, denial reversed, out-of-network to in-network, an excluded 0552T at
      $0.00, claim totals, claim continued on page 2 under a repeated header (fpdf2)
  a05 hospital outpatient rehabilitation "Statement of Account - Financial Assistance Adjustment Notice" to a
      guarantor, portrait DejaVu Sans with a shaded left SIDEBAR: hospital-account bands (account, patient,
      insurer claim), Date 01/06/26 / Rev / Code "97140 GO 59" / Description / Qty / Charges / Insurance Paid /
      Insurance Adjust. / Financial Assist. / Your Balance, three patients on five accounts, account totals, amount
      due box, header repeated on page 2 (reportlab)
  a06 pediatric therapy clinic FINAL NOTICE (90 days past due) letter to parents, portrait core Times: letter text,
      visit heading rows ("Visit V-41872 <child> billed to <insurer>, claim no. ..."), Date "Oct. 14, 2025" / Code /
      Mod / Units / Description / Charge / Ins. Paid / Ins. Adj. / Balance Due, a group session the insurer denied
      (member owes), "Visit balance" rows, a payment in parentheses, aging boxes, 2025 dates (fpdf2)
  a07 rental PPO NETWORK "Claim Pricing Detail - Provider Copy" (THIS IS NOT A PAYMENT), landscape Liberation
      Serif, fully ruled grid with shaded headings: boxed claim head (Patient "Last, First" / Patient Acct # /
      Lattice Ref # / Payer / Client Claim #), Ln / From / To (ISO 2026-01-05) / CPT/HCPCS / Mod / Units / Billed
      Charges / Repriced Amount / Network Savings / Pricing Method / Rsn / Service, a code with no network rate,
      claim totals (fpdf2)
  a08 commercial insurer OUT-OF-NETWORK "Explanation of Benefits - Provider Copy" whose benefits were paid to the
      subscriber, landscape core Helvetica: shaded claim bars (PATIENT / SUBSCRIBER / MEMBER ID / CLAIM # / PATIENT
      ACCT # / PAYMENT TO), SERVICE DATE 01/06/26 / PROC / MOD / UNITS / CHARGE / NON-COVERED / ALLOWED AMOUNT /
      DEDUCTIBLE / COINSURANCE / PAID TO SUBSCRIBER / PATIENT RESPONSIBILITY / REMARK / DESCRIPTION, OON deductible,
      a non-covered line the member owes, CLAIM TOTALS; PLANTED claim-total mismatch (PAID TO SUBSCRIBER total of
      claim SCI26012800934 printed 10.00 too high) (reportlab)
  a09 HOME MEDICAL EQUIPMENT supplier patient statement to the responsible party, portrait Liberation Sans Narrow:
      invoice bands (invoice no., patient, insurer claim #), Dates of Service "12/01/2025 - 12/31/2025" for
      monthly rentals (service_end) or one date, HCPCS E2510 "RR KH/KI", E2599, E0935 x 21 days, E0730 NU, A4595,
      L3807, 92607 and 97760 / 97535, Qty, Charge / Insurance Paid / Insurance Adjustment / Your Balance, a denied
      TENS written off, invoice totals, page 2 under a running head (fpdf2)
  a10 children's charitable FOUNDATION "Grant Payment Remittance" to a therapy clinic, portrait DejaVu Serif with a
      two-column head (payment facts | message): child bands (grant, award, payment request, clinic invoice), Date
      "January 6, 2026" / CPT / Mod / Units / Clinic charge / Insurance paid / Insurance adjustment / Grant paid /
      Family balance / Note, a rental the grant does not cover, an insurer-denied group session half paid, request
      totals, total ACH box (reportlab)

Truth decisions worth knowing: a01 has no allowed amount (Covered Expense is what is left after the primary plan,
not an allowed amount) and the accident claim number is the payer_claim_id for every bill of that student; a02's
allowed and paid are the CORRECTED amounts (the reprocessed result) and its reason codes are adjustments without
amounts; a03 capitated encounters have allowed 0.00 and paid 0.00; a04's paid / patient_owes are the NOW columns
and its payer_claim_id the new claim number; a05 / a06 / a09 treat the uncoded insurance adjustment as the truth
discount, and a05's Financial Assist. column is not a truth field; a07 prints no payment (allowed = repriced amount,
discount = network savings, payer_claim_id = the Client Claim #, not the network's own reference); a08's paid is
the plan's payment to the subscriber and patient_owes the printed Patient Responsibility (billed - paid); a10's
paid is the grant payment (Insurance paid belongs to another payer and is not a truth field), discount is the
insurer's adjustment, payer_claim_id the foundation's payment request number, claim_id the clinic invoice.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (several text lines when wording wraps or adjustments stack); the check reads each written PDF's text layer with
pdfplumber and finds every truth code, modifier, units value, date (and end date), amount, adjustment code and
amount and remark INSIDE that band, in the layout's own print format; ids and patients in the document's text; the
page count matches and every printed "Page n of N" agrees with it; the documents' own arithmetic holds (billed -
adjustments = paid where every adjustment is printed with its amount; allowed - deductible - coinsurance = paid,
allowed - paid = patient owes, billed - discount = allowed, billed - paid - discount = patient owes as each layout
prints them; a01 billed - primary paid - primary adjustment - excluded = covered; a05 billed - paid - adjustment -
assistance = balance); claim totals = sum of lines and are printed, unless the mismatch is the planted expected
finding (which must really differ).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h20kit import ZERO, D, Doc, Ln, Truth, check, refuse_samples, tot  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import dfmt, money  # noqa: E402

# Invented charge master for this set (per unit).
FEE = {
    "97161": 232, "97162": 258, "97163": 284, "97165": 226, "97166": 252, "97167": 288, "97168": 142, "97164": 152,
    "97110": 86, "97112": 91, "97140": 81, "97530": 99, "97535": 87, "97533": 94, "97116": 84, "97150": 58,
    "97760": 127, "97763": 119, "97010": 26, "97018": 32, "97035": 41, "92507": 168, "92523": 312,
    "92526": 158, "99203": 218, "99213": 171, "73110": 138, "L3807": 436, "L3908": 74, "G0283": 39,
    "E2510": 742, "E2599": 96, "E0730": 88, "A4595": 42, "E0935": 61, "29125": 146, "0552T": 97,
    "96112": 295, "92607": 245, "97129": 93, "97130": 88, "G0151": 160, "G0152": 150,
}


def mk(dos, code, units=1, mods=(), end=None, desc=""):
    return Ln(dos, code, Decimal(str(units)), tuple(mods), D(Decimal(FEE[code]) * Decimal(str(units))), end,
              desc=desc)


def d(m, dd, y=2026):
    return date(y, m, dd)


def ppo(ln: Ln, rate, st: dict, coins="0.20", copay=ZERO, patient="x"):
    """Network rate, deductible, a per-visit-day copay or coinsurance; adjustments CO-45 / PR-1 / PR-3 / PR-2."""
    ln.allowed = D(ln.billed * Decimal(str(rate)))
    ln.discount = ln.billed - ln.allowed
    rem = ln.allowed
    ln.deductible = min(st.get("ded", ZERO), rem)
    st["ded"] = st.get("ded", ZERO) - ln.deductible
    rem -= ln.deductible
    key = (patient, ln.dos)
    if copay and key not in st.setdefault("copaid", set()):
        st["copaid"].add(key)
        ln.copay = min(D(copay), rem)
        rem -= ln.copay
    elif not copay:
        ln.coinsurance = D(rem * Decimal(coins))
        rem -= ln.coinsurance
    ln.paid = rem
    ln.owes = ln.deductible + ln.copay + ln.coinsurance
    ln.adjs = [("CO", "45", ln.discount)]
    for g, r, a in (("PR", "1", ln.deductible), ("PR", "3", ln.copay), ("PR", "2", ln.coinsurance)):
        if a:
            ln.adjs.append((g, r, a))
    return ln


def deny(ln: Ln, group="CO", reason="197", member_owes=False):
    ln.allowed = ZERO
    ln.not_covered = ln.billed
    ln.paid = ZERO
    ln.owes = ln.billed if member_owes else ZERO
    ln.adjs = [(group, reason, ln.billed)]
    return ln


class Tab:
    """A table: cols = [(key, header, x, w, align)], header lines split on '\\n'."""

    def __init__(self, doc: Doc, cols, size=7.0, lead=None, hsize=None, hstyle="B", hfill=None, grid=False,
                 rules=False, wrap=(), top_margin=40, bottom=None):
        self.doc, self.cols, self.size = doc, cols, size
        self.lead = lead or size * 1.3
        self.hsize = hsize or size
        self.hstyle, self.hfill, self.grid, self.rules, self.wrap = hstyle, hfill, grid, rules, set(wrap)
        self.bottom = bottom or doc.H - 48
        self.on_break = None
        self.x0 = min(c[2] for c in cols)
        self.x1 = max(c[2] + c[3] for c in cols)

    def cx(self, c):
        key, _, x, w, al = c
        return x + 2 if al == "l" else (x + w - 2 if al == "r" else x + w / 2)

    def header(self, y):
        n = max(len(c[1].split("\n")) for c in self.cols)
        h = n * self.hsize * 1.2 + 4
        if self.hfill is not None:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, fill=self.hfill, stroke=self.grid)
        for c in self.cols:
            parts = c[1].split("\n")
            yy = y + 2 + self.hsize + (n - len(parts)) * self.hsize * 1.2
            for p in parts:
                self.doc.text(self.cx(c), yy, p, self.hsize, self.hstyle, c[4])
                yy += self.hsize * 1.2
            if self.grid:
                self.doc.vline(c[2], y, y + h, 0.4)
        if self.grid:
            self.doc.vline(self.x1, y, y + h, 0.4)
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, stroke=True, lw=0.4)
        else:
            self.doc.hline(self.x0, self.x1, y + h, 0.6)
        return y + h + 2

    def lines_of(self, c, v):
        if v is None or v == "":
            return []
        if isinstance(v, (list, tuple)):
            return list(v)
        if c[0] in self.wrap:
            return self.doc.wrap(str(v), c[3] - 4, self.size)
        return [str(v)]

    def height(self, cells):
        n = max([len(self.lines_of(c, cells.get(c[0]))) for c in self.cols] + [1])
        return n * self.lead + 3

    def row(self, y, cells, style="R", fill=None, styles=None):
        """Returns (page, band_top, band_bottom, next_y)."""
        h = self.height(cells)
        if y + h > self.bottom and self.on_break:
            y = self.on_break()
        if fill is not None:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=False)
        n = 0
        for c in self.cols:
            ls = self.lines_of(c, cells.get(c[0]))
            st = (styles or {}).get(c[0], style)
            for i, s in enumerate(ls):
                self.doc.text(self.cx(c), y + self.size + 1 + i * self.lead, s, self.size, st, c[4])
            n = max(n, len(ls))
        if self.grid:
            for c in self.cols:
                self.doc.vline(c[2], y, y + h, 0.4)
            self.doc.vline(self.x1, y, y + h, 0.4)
            self.doc.hline(self.x0, self.x1, y + h, 0.4)
        elif self.rules:
            self.doc.hline(self.x0, self.x1, y + h, 0.3, gray=0.6)
        top = y + 1 - self.size * 0.2
        bottom = y + self.size + 1 + (max(n, 1) - 1) * self.lead + self.size * 0.35
        return self.doc.page, top, bottom, y + h


def M(v, style=",", neg="-"):
    return money(v, style, neg)


# ============================================================================ a01 student accident (excess)

def a01(out: Path):
    name = "a01_student_accident_excess.pdf"
    doc = Doc(out / name, "reportlab", "LiberationSerif")
    fd = lambda x: dfmt(x, "mdy4")  # noqa: E731
    t = Truth(name, "a01", "reportlab", "school-district excess student accident plan claim payment explanation "
              "to a parent, boxed bill panels", lambda v: M(v), fd)
    W = doc.W

    def furniture(first):
        doc.text(40, 44, "BRIGHTWATER", 15, "B")
        doc.text(40, 56, "Student Benefit Administrators", 8.5, "I")
        doc.text(W - 40, 44, "CLAIM PAYMENT EXPLANATION", 11, "B", "r")
        doc.text(W - 40, 56, "Excess Student Accident Plan  -  Harlow Unified School District", 7.5, "R", "r")
        doc.hline(40, W - 40, 64, 1.2)
        doc.text(W / 2, doc.H - 26, f"Brightwater Student Benefit Administrators  ·  PO Box 60417  ·  Dunmore Falls"
                 f"  ·  Page {doc.page} of 2", 6.5, "R", "c", gray=0.35)
        if not first:
            doc.text(40, 78, "Policyholder: Harlow Unified School District   Parent/guardian: Renata Tennyson-Park"
                     "   (continued)", 7.5, "I")
            return 92
        return 0

    furniture(True)
    y = 84
    for s in ("Renata Tennyson-Park", "418 Quillfeather Lane", "Dunmore Falls, OR 97055"):
        doc.text(40, y, s, 9)
        y += 11
    box = [("Date of this notice", "February 17, 2026"), ("Policy no.", "HUSD-ACC-2025/26"),
           ("Coverage", "Full excess, school-sponsored activities"), ("Questions", "1-800-555-0147")]
    by = 84
    for k, v in box:
        doc.text(360, by, k, 7.5, "B")
        doc.text(450, by, v, 7.5)
        by += 10
    y = 134
    y = doc.paragraph(40, y, "We received the itemized bills and your primary health plan's explanation of benefits "
                      "for the injuries below. This plan pays on an excess basis: it considers only what your own "
                      "health plan did not pay, up to the plan limits. Amounts your provider agreed to write off "
                      "under its contract with your health plan are not covered expenses and you do not owe them.",
                      W - 80, 8.5) + 6

    cols = [("dos", "Date of\nService", 40, 52, "l"), ("proc", "Procedure", 92, 52, "l"),
            ("desc", "Description", 144, 118, "l"), ("chg", "Charges", 262, 46, "r"),
            ("ppd", "Primary Plan\nPaid", 308, 48, "r"), ("padj", "Primary Plan\nAdjustment", 356, 52, "r"),
            ("exc", "Excluded", 408, 42, "r"), ("cov", "Covered\nExpense", 450, 44, "r"),
            ("ben", "Benefit\nPaid", 494, 44, "r"), ("ex", "Expl.", 538, 34, "c")]
    tab = Tab(doc, cols, size=7.2, hsize=6.8, wrap={"desc"}, rules=True, bottom=doc.H - 60)

    def brk():
        doc.new_page()
        yy = furniture(False)
        return tab.header(yy)
    tab.on_break = brk

    students = [
        ("Maya Tennyson-Park", "SA26-0417-M", "Jan 3, 2026 - girls' varsity soccer practice (left knee)"),
        ("Jonah Tennyson-Park", "SA26-0452-J", "Jan 9, 2026 - freshman basketball game (right wrist)"),
    ]
    bills = {
        "SA26-0417-M": [("Larkspur Sports Physical Therapy", "LSPT-20931", "Lakeline Health Plan", [
            (mk(d(1, 6), "97162", 1, ["GP"], desc="PT evaluation, moderate"), None),
            (mk(d(1, 6), "97110", 2, ["GP"], desc="Therapeutic exercise"), None),
            (mk(d(1, 8), "97110", 2, ["GP"], desc="Therapeutic exercise"), None),
            (mk(d(1, 8), "97140", 1, ["GP", "59"], desc="Manual therapy"), None),
            (mk(d(1, 8), "97010", 1, ["GP"], desc="Hot or cold packs"), "X"),
            (mk(d(1, 13), "97112", 1, ["GP"], desc="Balance and neuromuscular training"), None),
            (mk(d(1, 13), "97530", 2, ["GP"], desc="Functional activities, sport-specific drills"), None),
            (mk(d(1, 15), "97110", 2, ["GP"], desc="Therapeutic exercise"), None),
            (mk(d(1, 15), "97116", 1, ["GP"], desc="Gait training"), "L"),
        ])],
        "SA26-0452-J": [("Harlow Urgent Care", "HUC-884130", "Lakeline Health Plan", [
            (mk(d(1, 9), "99203", 1, [], desc="New patient visit"), None),
            (mk(d(1, 9), "73110", 1, ["RT"], desc="Wrist x-ray, 3 views"), None),
        ]), ("Quarry Hand & Upper Limb Therapy", "QH-7714-02", "Lakeline Health Plan", [
            (mk(d(1, 12), "97166", 1, ["GO"], desc="OT evaluation, moderate"), None),
            (mk(d(1, 12), "L3807", 1, ["RT"], desc="Custom-fitted wrist-hand orthosis"), None),
            (mk(d(1, 12), "97760", 1, ["GO"], desc="Orthotic fitting and training"), None),
            (mk(d(1, 19), "97140", 2, ["GO"], desc="Manual therapy, soft tissue"), None),
            (mk(d(1, 19), "97110", 1, ["GO"], desc="Therapeutic exercise"), None),
            (mk(d(1, 26), "97530", 2, ["GO"], desc="Therapeutic activities, grip and fine motor"), None),
            (mk(d(1, 26), "97018", 1, ["GO"], desc="Paraffin bath"), "X"),
        ]), ("Cedar Row Orthopedics", "CRO-0061277", "Lakeline Health Plan", [
            (mk(d(1, 28), "99213", 1, ["25"], desc="Follow-up visit, established patient"), None),
            (mk(d(1, 28), "29125", 1, ["RT"], desc="Short arm splint application"), None),
        ])],
    }
    legend = [("A", "Paid the balance left after your primary plan, as a covered expense."),
              ("X", "This item is not a covered expense under the accident policy (comfort or routine care)."),
              ("L", "Physical therapy benefit limited to the per-injury maximum remaining ($10.00)."),
              ("W", "Contract write-off by your primary plan: the provider may not bill you for it.")]
    for patient, pcn, acc in students:
        for prov, acct, prim, lines in bills[pcn]:
            need = 60 + 14 * len(lines)
            if y + min(need, 120) > tab.bottom:
                y = brk() - 30
            doc.rect(40, y, W - 80, 34, fill=0.9, stroke=True)
            doc.text(46, y + 11, f"Student: {patient}", 8.5, "B")
            doc.text(250, y + 11, f"Claim No. {pcn}", 8.5, "B")
            doc.text(400, y + 11, f"Provider acct no. {acct}", 8.5)
            doc.text(46, y + 23, f"Accident: {acc}", 7.5)
            doc.text(46, y + 31, f"Provider: {prov}   ·   Primary plan: {prim}", 7.5, "I")
            y = tab.header(y + 38)
            st = {"ded": D(120) if prov.startswith("Larkspur") else D(0)}
            done = []
            for ln, flag in lines:
                if flag == "X":
                    ln.extra.update(ppd=ZERO, padj=ZERO)
                    ln.not_covered = ln.billed
                    ln.paid = ZERO
                    cov = ZERO
                    ex = ["X"]
                else:
                    ppo(ln, "0.74" if "Urgent" not in prov else "0.68", st, coins="0.25", patient=patient)
                    ln.extra.update(ppd=ln.paid, padj=ln.discount)
                    cov = ln.billed - ln.paid - ln.discount
                    ln.not_covered = ZERO
                    if flag == "L":
                        ln.paid = min(cov, D(10))
                        ex = ["L", "W"]
                    else:
                        ln.paid = cov
                        ex = ["A", "W"]
                t.checks.append((f"a01 {pcn} {ln.code} parts", ln.billed - ln.extra["ppd"] - ln.extra["padj"]
                                 - ln.not_covered, cov))
                cells = {"dos": fd(ln.dos), "proc": "-".join((ln.code,) + ln.mods), "desc": ln.desc,
                         "chg": M(ln.billed), "ppd": M(ln.extra["ppd"]), "padj": M(ln.extra["padj"]),
                         "exc": M(ln.not_covered), "cov": M(cov), "ben": M(ln.paid), "ex": " ".join(ex)}
                pg, top, bot, y = tab.row(y, cells)
                t.line(pg, top, bot, ln, acct, pcn, patient, ("billed", "paid", "not_covered"), units=False,
                       remarks=ex)
                done.append(ln)
            doc.hline(262, 572, y + 1, 0.6)
            doc.text(144 + 2, y + 10, "Bill totals", 7.2, "B")
            for k, v in (("chg", tot(done, "billed")), ("exc", tot(done, "not_covered")), ("ben", tot(done, "paid"))):
                c = next(c for c in cols if c[0] == k)
                doc.text(c[2] + c[3] - 2, y + 10, M(v), 7.2, "B", "r")
            t.claim(acct, pcn, patient, billed=tot(done, "billed"), paid=tot(done, "paid"))
            y += 24
    if y + 80 > doc.H - 60:
        y = brk() - 20
    doc.text(40, y, "Explanation codes", 8.5, "B")
    y += 11
    for k, v in legend:
        doc.text(48, y, k, 7.5, "B")
        doc.text(62, y, v, 7.5)
        y += 10
    t.legend = legend
    doc.text(40, y + 8, "Benefit payments were sent to the providers named above. Keep this notice with your "
             "records.", 7.5, "I")
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a02 overpayment / refund request

def a02(out: Path):
    name = "a02_overpayment_refund_request.pdf"
    doc = Doc(out / name, "fpdf2", "LiberationSans")
    fd = lambda x: dfmt(x, "mdy4")  # noqa: E731
    t = Truth(name, "a02", "fpdf2", "commercial payer overpayment notification and refund request letter to a "
              "therapy clinic; truth allowed/paid = the corrected (reprocessed) amounts", lambda v: M(v, "$"), fd)
    W = doc.W
    NP = 2

    def foot():
        doc.hline(40, W - 40, doc.H - 40, 0.4, gray=0.5)
        doc.text(40, doc.H - 30, "Ridgeline Mutual Health Plans  |  Payment Integrity Unit  |  Ref. OPN-2026-018834",
                 6.5, gray=0.4)
        doc.text(W - 40, doc.H - 30, f"Page {doc.page} of {NP}", 6.5, "R", "r", gray=0.4)

    doc.text(40, 50, "Ridgeline Mutual", 17, "B")
    doc.text(40, 62, "HEALTH PLANS", 7, "B", gray=0.4)
    doc.text(W - 40, 46, "Payment Integrity Unit", 7.5, "R", "r")
    doc.text(W - 40, 56, "PO Box 33019, Tamsworth, WI 53011", 7.5, "R", "r")
    doc.text(W - 40, 66, "Fax 1-866-555-0192", 7.5, "R", "r")
    y = 96
    for ln in ("February 10, 2026", "", "Fennimore Pediatric Therapy Associates", "Attn: Billing Office",
               "77 Orchard Crossing, Suite 204", "Tamsworth, WI 53014"):
        doc.text(40, y, ln, 9)
        y += 11.5
    doc.text(360, 96, "Tax ID: XX-XXX4471", 8)
    doc.text(360, 107, "Provider no.: RMP-0093316", 8)
    doc.text(360, 118, "Notice no.: OPN-2026-018834", 8)
    y += 8
    doc.text(40, y, "RE: Notice of Overpayment and Request for Refund", 10, "B")
    y += 16
    for para in (
        "During a routine post-payment review we found that the claims listed below were paid more than they should "
        "have been. For each service we show what we paid at first and what we should have paid, with the reason.",
        "Please send the total overpayment of the amount shown on the last page within 45 days of the date of this "
        "letter, with a copy of this notice. If we do not receive the refund or a written dispute by then, we will "
        "take the amount from future payments to you (offset). You may dispute this notice in writing; include any "
        "records that support the original payment.",
    ):
        y = doc.paragraph(40, y, para, W - 80, 9, lead=11.5) + 6
    cols = [("ln", "Ln", 40, 16, "l"), ("dos", "Date of\nService", 56, 52, "l"), ("proc", "Procedure", 108, 44, "l"),
            ("mod", "Mod", 152, 32, "l"), ("un", "Units", 184, 26, "r"), ("bill", "Billed", 210, 50, "r"),
            ("oal", "Originally\nAllowed", 260, 50, "r"), ("opd", "Originally\nPaid", 310, 50, "r"),
            ("cal", "Corrected\nAllowed", 360, 50, "r"), ("cpd", "Corrected\nPaid", 410, 50, "r"),
            ("ovp", "Overpaid", 460, 50, "r"), ("rsn", "Reason", 512, 60, "l")]
    tab = Tab(doc, cols, size=7.5, hsize=7, hfill=0.88, rules=True, bottom=doc.H - 60)

    def brk():
        foot()
        doc.new_page()
        doc.text(40, 46, "Ridgeline Mutual Health Plans - Notice of Overpayment OPN-2026-018834 (continued)", 8, "B")
        return tab.header(60)
    tab.on_break = brk

    claims = [
        ("Elodie Barrientos", "FPT-110482", "RM26-0105-33107", "RM 4419 0027 01",
         [(mk(d(1, 5), "97530", 3, ["GO"]), "units", 2), (mk(d(1, 5), "97535", 1, ["GO"]), None, None),
          (mk(d(1, 5), "97140", 1, ["GO", "59"]), "mod", None)]),
        ("Elodie Barrientos", "FPT-110519", "RM26-0112-40255", "RM 4419 0027 01",
         [(mk(d(1, 12), "97530", 2, ["GO"]), None, None), (mk(d(1, 12), "97530", 2, ["GO"]), "dup", None)]),
        ("Callum Osei-Brandt", "FPT-110377", "RM26-0102-29981", "RM 5520 1184 02",
         [(mk(d(1, 2), "92507", 1, ["GN"]), "elig", None), (mk(d(1, 2), "92526", 1, ["GN"]), "elig", None)]),
        ("Callum Osei-Brandt", "FPT-110604", "RM26-0116-51872", "RM 5520 1184 02",
         [(mk(d(1, 16), "92523", 1, ["GN"]), "elig", None)]),
        ("Winnie Osei-Brandt", "FPT-110541", "RM26-0114-47730", "RM 5520 1184 03",
         [(mk(d(1, 14), "97166", 1, ["GO"]), None, None), (mk(d(1, 14), "97110", 2, ["GO"]), "units", 1),
          (mk(d(1, 21), "97110", 2, ["GO"]), None, None), (mk(d(1, 21), "97112", 1, ["GO"]), "mod", None),
          (mk(d(1, 28), "97530", 2, ["GO"]), None, None), (mk(d(1, 28), "97533", 1, ["GO"]), "units", 0)]),
        ("Elodie Barrientos", "FPT-110733", "RM26-0126-60418", "RM 4419 0027 01",
         [(mk(d(1, 26), "97168", 1, ["GO"]), None, None), (mk(d(1, 26), "97530", 2, ["GO"]), None, None)]),
    ]
    reasons = {"units": ("CO-151", "151"), "mod": ("CO-4", "4"), "dup": ("CO-18", "18"), "elig": ("CO-27", "27"),
               None: ("", None)}
    legend = [("CO-151", "Units paid were more than the records support."),
              ("CO-4", "Modifier does not match the service; paid in error as a separate service."),
              ("CO-18", "Same service already paid on another claim."),
              ("CO-27", "Coverage had ended before the date of service.")]
    grand = ZERO
    for patient, acct, pcn, mid, lines in claims:
        if y + 80 > tab.bottom:
            y = brk()
        doc.rect(40, y, W - 80, 24, fill=0.95, stroke=True, lw=0.4)
        doc.text(44, y + 10, f"Patient: {patient}", 8, "B")
        doc.text(200, y + 10, f"Patient Account: {acct}", 8)
        doc.text(380, y + 10, f"Claim Number: {pcn}", 8, "B")
        doc.text(44, y + 20, f"Member ID: {mid}", 7)
        doc.text(200, y + 20, f"Original payment: EFT 0051{pcn[-5:]} on 01/{20 + len(lines):02d}/2026", 7)
        y = tab.header(y + 27)
        done = []
        for i, (ln, why, newunits) in enumerate(lines, 1):
            oal = D(ln.billed * Decimal("0.78"))
            opd = oal
            if why in ("elig", "dup"):
                cal = ZERO
            elif why == "mod":
                cal = ZERO
            elif why == "units":
                cal = D(oal / ln.units * newunits)
            else:
                cal = oal
            ln.allowed, ln.paid = cal, cal
            ovp = opd - cal
            rc, reason = reasons[why]
            adj = [("CO", reason, None)] if reason else []
            cells = {"ln": str(i), "dos": fd(ln.dos), "proc": ln.code, "mod": " ".join(ln.mods),
                     "un": str(ln.units), "bill": M(ln.billed, "$"), "oal": M(oal, "$"), "opd": M(opd, "$"),
                     "cal": M(cal, "$"), "cpd": M(ln.paid, "$"), "ovp": M(ovp, "$"), "rsn": rc}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, acct, pcn, patient, ("billed", "allowed", "paid"), adjs=adj)
            ln.extra["ovp"] = ovp
            done.append(ln)
        ov = sum((x.extra["ovp"] for x in done), ZERO)
        grand += ov
        doc.text(44, y + 9, "Claim totals", 7.5, "B")
        for k, v in (("bill", tot(done, "billed")), ("cpd", tot(done, "paid")), ("ovp", ov)):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9, M(v, "$"), 7.5, "B", "r")
        t.claim(acct, pcn, patient, billed=tot(done, "billed"), paid=tot(done, "paid"))
        y += 22
    if y + 120 > tab.bottom:
        y = brk()
    doc.rect(300, y, W - 340, 30, fill=0.9)
    doc.text(306, y + 12, "TOTAL OVERPAYMENT (refund requested)", 8, "B")
    doc.text(W - 46, y + 24, M(grand, "$"), 10, "B", "r")
    y += 44
    doc.text(40, y, "Reason codes used in this notice", 8.5, "B")
    y += 12
    for k, v in legend:
        doc.text(44, y, k, 7.5, "B")
        doc.text(90, y, v, 7.5)
        y += 10
    t.legend = legend
    y += 8
    y = doc.paragraph(40, y, "Make your refund check payable to Ridgeline Mutual Health Plans and write the notice "
                      "number on it. Do not send refunds for other notices in the same envelope.", W - 80, 8)
    foot()
    pages = doc.save()
    t.checks.append(("a02 pages", pages, NP))
    t.adj_fmt = lambda g, r: f"{g}-{r}"
    t.write(out / name, pages)
    return out / name, t


# ============================================================================ a03 IPA capitation encounter report

def a03(out: Path):
    name = "a03_ipa_capitation_encounters.pdf"
    doc = Doc(out / name, "reportlab", "DejaVuSansMono", landscape=True)
    fd = lambda x: dfmt(x, "mdy2")  # noqa: E731
    t = Truth(name, "a03", "reportlab", "medical group (IPA) capitation encounter and carve-out payment report to a "
              "contracted therapy group, landscape monospaced", lambda v: M(v, ""), fd)
    t.full_adj = True
    t.adj_fmt = lambda g, r: f"{g}-{r}"
    W = doc.W
    cols = [("mem", "MEMBER NAME", 24, 104, "l"), ("mid", "MEMBER ID", 128, 62, "l"),
            ("clm", "CLAIM NO", 190, 70, "l"), ("acct", "PT ACCT", 260, 52, "l"), ("dos", "DOS", 312, 42, "l"),
            ("cpt", "CPT", 354, 32, "l"), ("mod", "MOD", 386, 34, "l"), ("qty", "QTY", 420, 20, "r"),
            ("bill", "BILLED", 440, 44, "r"), ("type", "TYPE", 484, 30, "c"), ("alw", "ALLOWED", 514, 46, "r"),
            ("cop", "COPAY", 560, 36, "r"), ("net", "NET PAID", 596, 46, "r"), ("grp", "GRP-RSN", 644, 44, "l"),
            ("adj", "ADJ AMT", 686, 40, "r"), ("msg", "MSG", 732, 36, "l")]
    tab = Tab(doc, cols, size=6.6, lead=8.4, hsize=6.4, bottom=doc.H - 44)

    def head():
        doc.text(24, 30, "SABLE VALLEY MEDICAL GROUP, IPA", 10, "B")
        doc.text(24, 41, "CAPITATION ENCOUNTER & CARVE-OUT PAYMENT REPORT", 8, "B")
        doc.text(W - 24, 30, f"RUN DATE 02/06/26   PAGE {doc.page}", 7, "R", "r")
        doc.text(W - 24, 41, "PAYEE: KESTREL POINT THERAPY GROUP   VENDOR 00-4471-KPT", 7, "R", "r")
        doc.text(24, 52, "CHECK NO 0008841207   CHECK DATE 02/06/26   CAP MONTH JAN 2026   "
                 "PCP PANEL: NORTHGATE FAMILY MEDICINE", 6.8)
        doc.hline(24, W - 24, 56, 0.8)
        return tab.header(60)

    def brk():
        doc.new_page()
        return head()
    tab.on_break = brk
    y = head()
    fee = {"97760": "88.40", "97763": "79.10", "L3807": "301.75", "E0730": "61.20", "L3908": "49.30"}
    mems = [
        ("OYELARAN, TEMI", "SV0041187-01", "KP-30118", [
            ("2601M0087711", [(d(1, 5), "97165", 1, ["GO"], "CAP"), (d(1, 5), "97530", 2, ["GO"], "CAP"),
                              (d(1, 5), "L3807", 1, ["LT"], "FFS"), (d(1, 5), "97760", 1, ["GO"], "FFS")]),
            ("2601M0114026", [(d(1, 12), "97530", 2, ["GO"], "CAP"), (d(1, 12), "97140", 1, ["GO", "59"], "CAP"),
                              (d(1, 12), "97763", 1, ["GO"], "FFS")])]),
        ("MARCHETTI-HALE, DOV", "SV0052230-03", "KP-30164", [
            ("2601M0090442", [(d(1, 6), "97162", 1, ["GP"], "CAP"), (d(1, 6), "97110", 3, ["GP"], "CAP"),
                              (d(1, 6), "E0730", 1, ["NU"], "DENY"), (d(1, 6), "97112", 1, ["GP"], "CAP")]),
            ("2601M0121904", [(d(1, 13), "97110", 2, ["GP", "CQ"], "CAP"), (d(1, 13), "97116", 1, ["GP", "CQ"], "CAP"),
                              (d(1, 20), "97110", 2, ["GP", "CQ"], "CAP"), (d(1, 20), "97530", 1, ["GP", "CQ"], "CAP")])]),
        ("ABERNATHY, JUNE", "SV0063318-02", "KP-30179", [
            ("2601M0101187", [(d(1, 8), "92523", 1, ["GN"], "CAP"), (d(1, 15), "92507", 1, ["GN"], "CAP"),
                              (d(1, 22), "92507", 1, ["GN"], "CAP"), (d(1, 29), "92507", 1, ["GN"], "CAP")])]),
        ("ABERNATHY, ROSCOE", "SV0063318-01", "KP-30180", [
            ("2601M0101190", [(d(1, 8), "97166", 1, ["GO"], "CAP"), (d(1, 8), "97535", 2, ["GO"], "CAP"),
                              (d(1, 8), "L3908", 1, ["RT"], "FFS"), (d(1, 15), "97535", 2, ["GO"], "CAP"),
                              (d(1, 15), "97533", 1, ["GO"], "CAP"), (d(1, 22), "97129", 1, ["GO"], "DENY")])]),
        ("NAKASHIMA, ELLERY", "SV0070125-04", "KP-30211", [
            ("2601M0131552", [(d(1, 21), "97168", 1, ["GO"], "CAP"), (d(1, 21), "97530", 3, ["GO"], "CAP"),
                              (d(1, 28), "97530", 3, ["GO"], "CAP"), (d(1, 28), "97150", 1, ["GO"], "CAP")])]),
    ]
    legend = [("C1", "ENCOUNTER ACCEPTED - SERVICE INCLUDED IN MONTHLY CAPITATION, NO FEE PAYMENT"),
              ("F1", "CARVE-OUT SERVICE PAID FEE-FOR-SERVICE AT GROUP SCHEDULE"),
              ("D7", "NO REFERRAL/AUTHORIZATION ON FILE FOR THIS ITEM - PROVIDER LIABILITY"),
              ("P3", "MEMBER COPAY ($10.00 PER VISIT DAY) COLLECTED BY PROVIDER")]
    for mem, mid, acct, claims in mems:
        for clm, rows in claims:
            done = []
            copaid = set()
            for dos, code, units, mods, typ in rows:
                ln = mk(dos, code, units, mods)
                cop = ZERO
                if typ != "DENY" and dos not in copaid:
                    copaid.add(dos)
                    cop = D(10)
                ln.copay = cop
                msgs = []
                if typ == "CAP":
                    ln.allowed = ZERO
                    ln.paid = ZERO
                    ln.adjs = ([("PR", "3", cop)] if cop else []) + [("CO", "24", ln.billed - cop)]
                    msgs = ["C1"] + (["P3"] if cop else [])
                elif typ == "FFS":
                    ln.allowed = D(Decimal(fee[code]) * ln.units)
                    ln.paid = ln.allowed - cop
                    ln.adjs = [("CO", "45", ln.billed - ln.allowed)] + ([("PR", "3", cop)] if cop else [])
                    msgs = ["F1"] + (["P3"] if cop else [])
                else:
                    ln.allowed = ZERO
                    ln.paid = ZERO
                    ln.adjs = [("CO", "197", ln.billed)]
                    msgs = ["D7"]
                cells = {"mem": mem, "mid": mid, "clm": clm, "acct": acct, "dos": fd(dos), "cpt": code,
                         "mod": " ".join(mods), "qty": str(units), "bill": M(ln.billed, ""), "type": typ,
                         "alw": M(ln.allowed, ""), "cop": M(cop, ""), "net": M(ln.paid, ""),
                         "grp": [f"{g}-{r}" for g, r, _ in ln.adjs], "adj": [M(a, "") for _, _, a in ln.adjs],
                         "msg": [" ".join(msgs)]}
                pg, top, bot, y = tab.row(y, cells)
                t.line(pg, top, bot, ln, acct, clm, mem, ("billed", "allowed", "paid", "copay"), adjs=ln.adjs,
                       remarks=msgs)
                done.append(ln)
            if y + 12 > tab.bottom:
                y = brk()
            doc.hline(440, 642, y, 0.3, dash=True)
            doc.text(312, y + 8, f"CLAIM {clm} TOTAL", 6.6, "B")
            for k, v in (("bill", tot(done, "billed")), ("alw", tot(done, "allowed")), ("cop", tot(done, "copay")),
                         ("net", tot(done, "paid"))):
                c = next(c for c in cols if c[0] == k)
                doc.text(c[2] + c[3] - 2, y + 8, M(v, ""), 6.6, "B", "r")
            t.claim(acct, clm, mem, billed=tot(done, "billed"), allowed=tot(done, "allowed"), paid=tot(done, "paid"))
            y += 14
    if y + 70 > doc.H - 40:
        y = brk()
    allp = [ln for ln in t.lines]
    net = sum((Decimal(r["paid"]) for r in allp), ZERO)
    doc.hline(24, W - 24, y, 0.8)
    doc.text(24, y + 10, f"REPORT TOTALS   ENCOUNTERS {len(allp)}   NET FEE-FOR-SERVICE PAID {M(net, '')}   "
             "CAPITATION FOR JAN 2026 PAID SEPARATELY (EFT 0008841190)", 6.8, "B")
    y += 24
    doc.text(24, y, "MESSAGE CODES", 7, "B")
    for k, v in legend:
        y += 9
        doc.text(24, y, f"{k}  {v}", 6.6)
    t.legend = legend
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a04 member reprocessing notice

def a04(out: Path):
    name = "a04_member_reprocessed_claims.pdf"
    doc = Doc(out / name, "fpdf2", "DejaVuSansCondensed")
    fd = lambda x: f"{x.month}/{x.day}/{x.year % 100:02d}"  # noqa: E731
    t = Truth(name, "a04", "fpdf2", "employer plan member notice of claims processed again: before / now columns; "
              "truth paid and patient_owes are the NOW amounts, payer_claim_id the new claim number",
              lambda v: M(v, "$"), fd)
    t.parts = ("allowed", ["paid"], "patient_owes")
    W = doc.W

    def furn():
        doc.rect(0, 0, W, 58, fill=0.18, stroke=False)
        doc.text(36, 30, "Alder & Finch Benefit Services", 15, "B", gray=1.0)
        doc.text(36, 45, "Claims administrator for the Corvallis Timber Employees' Health Plan", 8, gray=1.0)
        doc.text(W - 36, 30, "Claims We Processed Again", 11, "B", "r", gray=1.0)
        doc.text(W - 36, 45, "This is not a bill", 8, "R", "r", gray=1.0)
        doc.text(36, doc.H - 24, "Alder & Finch Benefit Services · 1-888-555-0163 · Mon-Fri 7am-7pm", 6.5, gray=0.4)
        doc.text(W - 36, doc.H - 24, f"Page {doc.page} of 2", 6.5, "R", "r", gray=0.4)

    furn()
    y = 80
    for s in ("Greta Lindqvist", "2290 Sawmill Bend Road", "Philomath, OR 97370"):
        doc.text(36, y, s, 9)
        y += 11
    kv = [("Member", "Greta Lindqvist"), ("Member ID", "CTE-118204-00"), ("Group", "CTEHP-0040"),
          ("Notice date", "February 12, 2026")]
    ky = 80
    for k, v in kv:
        doc.text(360, ky, k, 7.5, "B")
        doc.text(440, ky, v, 7.5)
        ky += 10
    y = 128
    y = doc.paragraph(36, y, "We looked again at the claims below. Some were paid differently the first time. The "
                      "\"before\" columns show how we processed each service at first; the \"now\" columns show the "
                      "result that replaces it. If we now pay more, we send the difference to the provider. If you "
                      "paid the provider more than you now owe, ask the provider for a refund.", W - 72, 8.5) + 8
    cols = [("dos", "Date", 36, 36, "l"), ("svc", "Service", 72, 130, "l"), ("bill", "Billed", 202, 48, "r"),
            ("alw", "Plan\nallowed", 250, 48, "r"), ("pb", "Plan paid\nbefore", 298, 48, "r"),
            ("pn", "Plan paid\nnow", 346, 48, "r"), ("ob", "You owed\nbefore", 394, 48, "r"),
            ("on", "You owe\nnow", 442, 48, "r"), ("nt", "Note", 494, 82, "l")]
    tab = Tab(doc, cols, size=7.4, lead=9.2, hsize=7, rules=True, bottom=doc.H - 50)

    def brk():
        doc.new_page()
        furn()
        return tab.header(74)
    tab.on_break = brk
    claims = [
        ("Theo Lindqvist", "son", "WCT-55801", "26A-0447102", "26A-0310985", "Wicklow Children's Therapy",
         "Your deductible had already been met by January 7; we had applied part of it again.",
         [(mk(d(1, 7), "97530", 2, ["GO"], desc="Therapeutic activities"), "ded"),
          (mk(d(1, 7), "97535", 1, ["GO"], desc="Self-care training"), "ded"),
          (mk(d(1, 7), "97112", 1, ["GO"], desc="Neuromuscular re-education"), "ded")]),
        ("Theo Lindqvist", "son", "WCT-55917", "26A-0447113", "26A-0362740", "Wicklow Children's Therapy",
         "The provider sent a corrected claim adding modifier 59; the manual therapy is now paid.",
         [(mk(d(1, 14), "97530", 2, ["GO"], desc="Therapeutic activities"), "same"),
          (mk(d(1, 14), "97140", 1, ["GO", "59"], desc="Manual therapy"), "unbundle")]),
        ("Astrid Lindqvist", "daughter", "CSL-20260119-4", "26A-0447160", "26A-0389011", "Coastline Speech & Language",
         "An approval for speech therapy was on file; the services had been denied in error.",
         [(mk(d(1, 19), "92523", 1, ["GN"], desc="Speech and language evaluation"), "auth"),
          (mk(d(1, 26), "92507", 1, ["GN"], desc="Speech therapy session"), "auth"),
          (mk(d(1, 26), "92526", 1, ["GN"], desc="Feeding therapy"), "auth")]),
        ("Greta Lindqvist", "self", "MRH-0092214", "26A-0447201", "26A-0391576", "Marys River Hand Clinic",
         "We had paid the orthosis at the out-of-network level. The clinic is in network; the in-network rate "
         "applies and the clinic may not bill you above it.",
         [(mk(d(1, 20), "97166", 1, ["GO"], desc="OT evaluation, moderate"), "innet"),
          (mk(d(1, 20), "L3807", 1, ["RT"], desc="Wrist-hand orthosis, custom fitted"), "innet"),
          (mk(d(1, 20), "97760", 1, ["GO"], desc="Orthotic training"), "innet"),
          (mk(d(1, 27), "97110", 2, ["GO"], desc="Therapeutic exercise"), "innet"),
          (mk(d(1, 27), "0552T", 1, [], desc="Low-level laser treatment"), "excl")]),
    ]
    notes = {"ded": "A", "same": "B", "unbundle": "C", "auth": "D", "innet": "E", "excl": "F"}
    legend = [("A", "Deductible corrected"), ("B", "No change to this service"),
              ("C", "Corrected claim received from the provider"), ("D", "Approval found; now covered"),
              ("E", "In-network benefits now applied"),
              ("F", "Not covered by your plan (experimental); the provider may not bill you for it")]
    for patient, rel, acct, pcn, old, prov, why, lines in claims:
        if y + 90 > tab.bottom:
            y = brk()
        doc.rect(36, y, W - 72, 30, fill=0.92, stroke=False)
        doc.text(40, y + 11, f"Claim for {patient} ({rel})", 9, "B")
        doc.text(W - 40, y + 11, f"New claim number {pcn}", 8, "B", "r")
        doc.text(40, y + 23, f"{prov} · Provider's account no. {acct}", 7.4)
        doc.text(W - 40, y + 23, f"Replaces claim {old}", 7.4, "R", "r")
        y += 34
        y = doc.paragraph(40, y + 6, "Why we looked again: " + why, W - 80, 7.6, "I") + 2
        y = tab.header(y)
        done = []
        for ln, how in lines:
            rate = Decimal("0.80")
            if how == "excl":
                ln.allowed, ln.paid, ln.owes = ZERO, ZERO, ZERO
                ln.extra.update(pb=ZERO, ob=ZERO)
            else:
                ln.allowed = D(ln.billed * rate)
                coins = D(ln.allowed * Decimal("0.10"))
                ln.coinsurance = coins
                ln.paid = ln.allowed - coins
                ln.owes = coins
                if how == "ded":
                    ded = D(min(ln.allowed, Decimal("60")))
                    ln.extra.update(pb=ln.allowed - ded - D((ln.allowed - ded) * Decimal("0.10")),
                                    ob=ded + D((ln.allowed - ded) * Decimal("0.10")))
                elif how == "same":
                    ln.extra.update(pb=ln.paid, ob=ln.owes)
                elif how in ("unbundle", "auth"):
                    ln.extra.update(pb=ZERO, ob=ZERO)
                elif how == "innet":
                    oon_alw = D(ln.billed * Decimal("0.60"))
                    ln.extra.update(pb=D(oon_alw * Decimal("0.60")), ob=ln.billed - D(oon_alw * Decimal("0.60")))
            svc = [ln.desc, f"{ln.code}" + (" " + " ".join(ln.mods) if ln.mods else "") + f" · {ln.units} unit"
                   + ("s" if ln.units != 1 else "")]
            cells = {"dos": fd(ln.dos), "svc": svc, "bill": M(ln.billed, "$"), "alw": M(ln.allowed, "$"),
                     "pb": M(ln.extra["pb"], "$"), "pn": M(ln.paid, "$"), "ob": M(ln.extra["ob"], "$"),
                     "on": M(ln.owes, "$"), "nt": notes[how]}
            pg, top, bot, y = tab.row(y, cells, styles={"pn": "B", "on": "B"})
            t.line(pg, top, bot, ln, acct, pcn, patient, ("billed", "allowed", "paid", "patient_owes"),
                   remarks=[notes[how]])
            done.append(ln)
        doc.text(72 + 2, y + 9, "Claim total", 7.4, "B")
        for k, v in (("bill", tot(done, "billed")), ("alw", tot(done, "allowed")),
                     ("pb", sum((x.extra["pb"] for x in done), ZERO)), ("pn", tot(done, "paid")),
                     ("ob", sum((x.extra["ob"] for x in done), ZERO)), ("on", tot(done, "owes"))):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9, M(v, "$"), 7.4, "B", "r")
        t.claim(acct, pcn, patient, billed=tot(done, "billed"), allowed=tot(done, "allowed"), paid=tot(done, "paid"),
                owes=tot(done, "owes"))
        y += 22
    if y + 80 > tab.bottom:
        y = brk()
    doc.text(36, y, "Notes", 9, "B")
    for k, v in legend:
        y += 11
        doc.text(40, y, k, 7.6, "B")
        doc.text(54, y, v, 7.6)
    t.legend = legend
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a05 hospital financial assistance

def a05(out: Path):
    name = "a05_hospital_financial_assistance.pdf"
    doc = Doc(out / name, "reportlab", "DejaVuSans")
    fd = lambda x: dfmt(x, "mdy2")  # noqa: E731
    t = Truth(name, "a05", "reportlab", "hospital outpatient rehabilitation patient statement after a financial-"
              "assistance (charity care) approval, shaded left sidebar; insurance adjustments are the uncoded "
              "discount, financial assistance is not a truth field", lambda v: M(v, "$"), fd)
    W = doc.W
    X0 = 176
    cols = [("dos", "Date", X0, 34, "l"), ("rev", "Rev", X0 + 34, 20, "l"), ("code", "Code", X0 + 54, 50, "l"),
            ("desc", "Description", X0 + 104, 74, "l"), ("qty", "Qty", X0 + 178, 16, "r"),
            ("chg", "Charges", X0 + 194, 44, "r"), ("ip", "Insurance\nPaid", X0 + 238, 40, "r"),
            ("ia", "Insurance\nAdjust.", X0 + 278, 40, "r"), ("fa", "Financial\nAssist.", X0 + 318, 40, "r"),
            ("bal", "Your\nBalance", X0 + 358, 40, "r")]
    tab = Tab(doc, cols, size=6.6, lead=8.0, hsize=6.3, wrap={"desc"}, rules=True, bottom=doc.H - 50)

    def side():
        doc.rect(24, 24, 140, doc.H - 60, fill=0.9, stroke=False)
        yy = 44
        doc.text(32, yy, "ST. BRENDAN'S", 11, "B")
        doc.text(32, yy + 11, "Regional Medical Center", 7.5)
        doc.text(32, yy + 20, "Outpatient Rehabilitation", 7.5)
        yy += 44
        for k, v in (("Guarantor", "Lucía Ferreira-Hollis"), ("Guarantor no.", "G-00418825"),
                     ("Statement date", "02/09/26"), ("Assistance level", "75% of remaining balance"),
                     ("Approved through", "12/31/26")):
            doc.text(32, yy, k, 6.5, "B")
            doc.text(32, yy + 9, v, 7.2)
            yy += 24
        yy += 6
        doc.text(32, yy, "Questions?", 7.5, "B")
        yy = doc.paragraph(32, yy + 10, "Patient Financial Services 1-877-555-0128. Financial counselors can set "
                           "up a payment plan with no interest.", 124, 6.8)
        return yy

    def brk():
        doc.text(W - 40, doc.H - 30, f"Page {doc.page} of 2", 6.5, "R", "r", gray=0.4)
        doc.new_page()
        side()
        doc.text(X0, 44, "Statement of Account - continued", 10, "B")
        return tab.header(56)
    tab.on_break = brk
    side()
    doc.text(X0, 44, "Statement of Account", 14, "B")
    doc.text(X0, 58, "Financial Assistance Adjustment Notice", 9, "I")
    y = doc.paragraph(X0, 76, "Good news: your application for financial assistance was approved. We have reduced "
                      "the amount you owe on the hospital accounts below. The reduction is shown in the Financial "
                      "Assist. column. Your insurance has finished processing these accounts.", W - 40 - X0, 8) + 8
    accts = [
        ("40021877", "Lucía Ferreira-Hollis", "Prairie Crest Health", "2601-88-44107",
         [("0430", mk(d(1, 6), "97166", 1, ["GO"], desc="OT evaluation")),
          ("0430", mk(d(1, 6), "97530", 2, ["GO"], desc="Therapeutic activities")),
          ("0430", mk(d(1, 9), "97530", 2, ["GO"], desc="Therapeutic activities")),
          ("0430", mk(d(1, 9), "97535", 1, ["GO"], desc="Self-care / home management")),
          ("0270", mk(d(1, 9), "L3908", 1, ["LT"], desc="Wrist splint, prefabricated")),
          ("0430", mk(d(1, 13), "97140", 2, ["GO"], desc="Manual therapy")),
          ("0430", mk(d(1, 13), "97018", 1, ["GO"], desc="Paraffin bath"))]),
        ("40022310", "Mateo Ferreira-Hollis", "Prairie Crest Health", "2601-88-51922",
         [("0440", mk(d(1, 8), "92523", 1, ["GN"], desc="Speech sound and language evaluation")),
          ("0440", mk(d(1, 15), "92507", 1, ["GN"], desc="Speech therapy, individual")),
          ("0440", mk(d(1, 22), "92507", 1, ["GN"], desc="Speech therapy, individual")),
          ("0440", mk(d(1, 29), "92507", 1, ["GN"], desc="Speech therapy, individual"))]),
        ("40022695", "Mateo Ferreira-Hollis", "Prairie Crest Health", "2601-88-60373",
         [("0420", mk(d(1, 20), "97161", 1, ["GP"], desc="PT evaluation, low complexity")),
          ("0420", mk(d(1, 20), "97110", 2, ["GP"], desc="Therapeutic exercise")),
          ("0420", mk(d(1, 27), "97116", 1, ["GP"], desc="Gait training")),
          ("0420", mk(d(1, 27), "97110", 2, ["GP"], desc="Therapeutic exercise")),
          ("0420", mk(d(1, 27), "G0283", 1, ["GP"], desc="Electrical stimulation, unattended"))]),
        ("40023118", "Lucía Ferreira-Hollis", "Prairie Crest Health", "2601-88-70046",
         [("0430", mk(d(1, 16), "97168", 1, ["GO"], desc="OT re-evaluation")),
          ("0430", mk(d(1, 16), "97140", 1, ["GO", "59"], desc="Manual therapy")),
          ("0430", mk(d(1, 16), "97110", 2, ["GO"], desc="Therapeutic exercise")),
          ("0430", mk(d(1, 23), "97530", 2, ["GO"], desc="Therapeutic activities")),
          ("0430", mk(d(1, 23), "97760", 1, ["GO"], desc="Orthotic management and training")),
          ("0430", mk(d(1, 23), "97035", 1, ["GO"], desc="Ultrasound"))]),
        ("40023544", "Rosalind Hollis", "Prairie Crest Health", "2601-88-77519",
         [("0420", mk(d(1, 21), "97163", 1, ["GP"], desc="PT evaluation, high complexity")),
          ("0420", mk(d(1, 21), "97116", 2, ["GP"], desc="Gait training")),
          ("0420", mk(d(1, 28), "97112", 2, ["GP"], desc="Balance and neuromuscular re-education")),
          ("0420", mk(d(1, 28), "97530", 1, ["GP"], desc="Therapeutic activities")),
          ("0420", mk(d(1, 30), "97110", 3, ["GP"], desc="Therapeutic exercise")),
          ("0420", mk(d(1, 30), "97150", 1, ["GP"], desc="Group therapy"))]),
    ]
    st = {"ded": D(250)}
    for har, patient, ins, clm, lines in accts:
        if y + 60 > tab.bottom:
            y = brk()
        doc.rect(X0, y, W - 40 - X0, 22, fill=0.8, stroke=False)
        doc.text(X0 + 4, y + 9, f"Hospital Account {har}   Patient: {patient}", 7.6, "B")
        doc.text(X0 + 4, y + 19, f"Insurance: {ins}, claim {clm}", 6.8)
        y = tab.header(y + 25)
        done = []
        for rev, ln in lines:
            if ln.code == "97018":
                ln.allowed, ln.paid, ln.discount = ZERO, ZERO, ZERO
                ln.owes = D(ln.billed * Decimal("0.25"))
                fa = ln.billed - ln.owes
            else:
                ppo(ln, "0.62", st, coins="0.20", patient=patient)
                share = ln.owes
                fa = D(share * Decimal("0.75"))
                ln.owes = share - fa
            ln.extra["fa"] = fa
            t.checks.append((f"a05 {har} {ln.code}", ln.billed - ln.paid - ln.discount - fa, ln.owes))
            cells = {"dos": fd(ln.dos), "rev": rev, "code": " ".join((ln.code,) + ln.mods), "desc": ln.desc,
                     "qty": str(ln.units), "chg": M(ln.billed, "$"), "ip": M(ln.paid, "$"),
                     "ia": M(ln.discount, "$"), "fa": M(fa, "$"), "bal": M(ln.owes, "$")}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, har, clm, patient, ("billed", "paid", "discount", "patient_owes"))
            done.append(ln)
        doc.text(X0 + 98, y + 9, f"Account {har} totals", 6.6, "B")
        for k, v in (("chg", tot(done, "billed")), ("ip", tot(done, "paid")), ("ia", tot(done, "discount")),
                     ("fa", sum((x.extra["fa"] for x in done), ZERO)), ("bal", tot(done, "owes"))):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9, M(v, "$"), 6.6, "B", "r")
        t.claim(har, clm, patient, billed=tot(done, "billed"), paid=tot(done, "paid"), owes=tot(done, "owes"))
        y += 22
    due = sum((Decimal(r["patient_owes"]) for r in t.lines), ZERO)
    if y + 50 > tab.bottom:
        y = brk()
    doc.rect(W - 220, y, 180, 30, fill=None, stroke=True, lw=1)
    doc.text(W - 214, y + 12, "Amount due after assistance", 7.5, "B")
    doc.text(W - 46, y + 25, M(due, "$"), 10, "B", "r")
    doc.text(W - 40, doc.H - 30, f"Page {doc.page} of 2", 6.5, "R", "r", gray=0.4)
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a06 clinic final notice

def a06(out: Path):
    name = "a06_clinic_final_notice.pdf"
    doc = Doc(out / name, "fpdf2", "Times")
    fd = lambda x: f"{x:%b}. {x.day}, {x.year}"  # noqa: E731
    t = Truth(name, "a06", "fpdf2", "pediatric therapy clinic FINAL NOTICE past-due letter to a guarantor with "
              "open visits after insurance", lambda v: M(v, "$"), fd)
    t.parts = ("billed", ["paid", "discount"], "patient_owes")
    W = doc.W
    cols = [("dos", "Date", 48, 58, "l"), ("code", "Code", 106, 36, "l"), ("mod", "Mod", 142, 32, "l"),
            ("un", "Units", 174, 26, "c"), ("desc", "Description", 200, 130, "l"), ("chg", "Charge", 330, 50, "r"),
            ("ip", "Ins. Paid", 380, 50, "r"), ("ia", "Ins. Adj.", 430, 50, "r"), ("due", "Balance Due", 480, 84, "r")]
    tab = Tab(doc, cols, size=8.6, lead=10.4, hsize=8.4, wrap={"desc"}, bottom=doc.H - 64)

    def foot():
        doc.hline(48, W - 48, doc.H - 46, 0.4)
        doc.text(W / 2, doc.H - 34, f"Tidewater Kids Therapy, LLC  -  Account G-20418  -  page {doc.page} of 2", 7.5,
                 "I", "c")

    def brk():
        foot()
        doc.new_page()
        doc.text(48, 54, "Account G-20418  -  Alder-Mbeki household  -  open visits (continued)", 9, "B")
        return tab.header(64)
    tab.on_break = brk
    doc.text(48, 56, "TIDEWATER KIDS THERAPY, LLC", 14, "B")
    doc.text(48, 69, "Occupational, Physical and Speech Therapy for Children", 9, "I")
    doc.text(48, 80, "1200 Harbor Light Road, Suite 3  -  Norfolk Pines, VA 23517  -  (757) 555-0186", 8.5)
    doc.hline(48, W - 48, 86, 1.5)
    doc.text(W - 48, 112, "FINAL NOTICE", 16, "B", "r")
    doc.text(W - 48, 126, "Please respond within 15 days", 9, "I", "r")
    y = 108
    for s_ in ("Kwame and Ines Alder-Mbeki", "56 Saltmeadow Court", "Norfolk Pines, VA 23518"):
        doc.text(48, y, s_, 10)
        y += 12
    doc.text(48, y + 6, "Account no. G-20418          Notice date: February 13, 2026", 9, "B")
    y += 28
    for para in (
        "Dear Mr. and Mrs. Alder-Mbeki:",
        "Our records show that the balance below has been past due for more than 90 days. Your insurance has "
        "already paid its share of each visit listed, so the remaining amounts are your responsibility. We sent "
        "statements on November 20, December 22 and January 21 and have not received payment or a call.",
        "If you cannot pay the full amount, please call our billing office to set up a monthly payment plan. If we "
        "do not hear from you within 15 days, we may refer the account to an outside collection agency.",
    ):
        y = doc.paragraph(48, y, para, W - 96, 10, lead=12.5) + 5
    y += 4
    y = tab.header(y)
    visits = [
        ("V-41872", "Ava Alder-Mbeki", "Keystone Health Alliance", "KHA2510140931",
         [mk(d(10, 14, 2025), "97530", 3, ["GO"], desc="Therapeutic activities"),
          mk(d(10, 14, 2025), "97533", 1, ["GO"], desc="Sensory integration")]),
        ("V-42055", "Ava Alder-Mbeki", "Keystone Health Alliance", "KHA2510281277",
         [mk(d(10, 28, 2025), "97530", 2, ["GO"], desc="Therapeutic activities"),
          mk(d(10, 28, 2025), "97535", 1, ["GO"], desc="Self-care / feeding skills"),
          mk(d(10, 28, 2025), "97112", 1, ["GO"], desc="Neuromuscular re-education")]),
        ("V-42291", "Kofi Alder-Mbeki", "Keystone Health Alliance", "KHA2511040418",
         [mk(d(11, 4, 2025), "92523", 1, ["GN"], desc="Speech and language evaluation"),
          mk(d(11, 4, 2025), "96112", 1, [], desc="Developmental testing, first hour")]),
        ("V-42530", "Kofi Alder-Mbeki", "Keystone Health Alliance", "KHA2511181902",
         [mk(d(11, 18, 2025), "92507", 1, ["GN"], desc="Speech therapy session")]),
        ("V-42688", "Ava Alder-Mbeki", "Keystone Health Alliance", "KHA2511250077",
         [mk(d(11, 25, 2025), "97530", 3, ["GO"], desc="Therapeutic activities"),
          mk(d(11, 25, 2025), "97150", 1, ["GO"], desc="Group session, social play skills")]),
        ("V-42914", "Kofi Alder-Mbeki", "Keystone Health Alliance", "KHA2512020655",
         [mk(d(12, 2, 2025), "92507", 1, ["GN"], desc="Speech therapy session"),
          mk(d(12, 2, 2025), "92526", 1, ["GN"], desc="Feeding therapy")]),
        ("V-43107", "Ava Alder-Mbeki", "Keystone Health Alliance", "KHA2512090314",
         [mk(d(12, 9, 2025), "97168", 1, ["GO"], desc="OT re-evaluation"),
          mk(d(12, 9, 2025), "97530", 2, ["GO"], desc="Therapeutic activities")]),
    ]
    st = {"ded": D(300)}
    for vno, patient, ins, clm, lines in visits:
        need = 18 + len(lines) * 14
        if y + need > tab.bottom:
            y = brk()
        doc.rect(48, y, W - 96, 14, fill=0.9, stroke=False)
        doc.text(52, y + 10, f"Visit {vno}   {patient}   billed to {ins}, claim no. {clm}", 8.6, "B")
        y += 16
        done = []
        for ln in lines:
            if ln.code == "97150":
                deny(ln, "PR", "204", member_owes=True)
                ln.discount = ZERO
            else:
                ppo(ln, "0.70", st, coins="0.30", patient=patient)
            cells = {"dos": fd(ln.dos), "code": ln.code, "mod": " ".join(ln.mods), "un": str(ln.units),
                     "desc": ln.desc, "chg": M(ln.billed, "$"), "ip": M(ln.paid, "$"), "ia": M(ln.discount, "$"),
                     "due": M(ln.owes, "$")}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, vno, clm, patient, ("billed", "paid", "discount", "patient_owes"))
            done.append(ln)
        doc.text(330 - 2, y + 9, "Visit balance", 8.4, "I", "r")
        doc.text(564 - 2, y + 9, M(tot(done, "owes"), "$"), 8.6, "B", "r")
        t.claim(vno, clm, patient, owes=tot(done, "owes"))
        y += 16
    due = sum((Decimal(r["patient_owes"]) for r in t.lines), ZERO)
    pay = D(75)
    if y + 110 > tab.bottom:
        y = brk()
    doc.hline(330, W - 48, y, 0.8)
    doc.text(480 - 4, y + 12, "Visit balances", 9, "R", "r")
    doc.text(W - 50, y + 12, M(due, "$"), 9, "R", "r")
    doc.text(480 - 4, y + 24, "Payment received 12/30/25 - thank you", 9, "R", "r")
    doc.text(W - 50, y + 24, M(-pay, "$", "()"), 9, "R", "r")
    doc.text(480 - 4, y + 38, "AMOUNT NOW DUE", 10, "B", "r")
    doc.text(W - 50, y + 38, M(due - pay, "$"), 10, "B", "r")
    y += 56
    heads = ["Current", "31-60 days", "61-90 days", "Over 90 days"]
    vals = [ZERO, ZERO, ZERO, due - pay]
    for i, (h, v) in enumerate(zip(heads, vals)):
        x = 48 + i * 90
        doc.rect(x, y, 90, 28, stroke=True)
        doc.text(x + 45, y + 10, h, 8, "B", "c")
        doc.text(x + 45, y + 22, M(v, "$"), 9, "R", "c")
    y += 44
    doc.paragraph(48, y, "Sincerely, Billing Office, Tidewater Kids Therapy. Pay online at the patient portal, by "
                  "phone, or mail a check payable to Tidewater Kids Therapy with your account number on it.",
                  W - 96, 9)
    foot()
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a07 PPO network repricing

def a07(out: Path):
    name = "a07_ppo_network_repricing.pdf"
    doc = Doc(out / name, "fpdf2", "LiberationSerif", landscape=True)
    fd = lambda x: x.isoformat()  # noqa: E731
    t = Truth(name, "a07", "fpdf2", "rental PPO network claim pricing explanation to a provider (no payment), "
              "fully ruled grid; allowed = repriced amount, discount = network savings; payer_claim_id = the "
              "client (payer) claim number", lambda v: M(v), fd)
    t.parts = ("billed", ["discount"], "allowed")
    W = doc.W
    cols = [("ln", "Ln", 30, 18, "c"), ("fr", "From", 48, 54, "c"), ("to", "To", 102, 54, "c"),
            ("cpt", "CPT/\nHCPCS", 156, 40, "c"), ("mod", "Mod", 196, 40, "c"), ("un", "Units", 236, 28, "c"),
            ("bill", "Billed\nCharges", 264, 60, "r"), ("rep", "Repriced\nAmount", 324, 60, "r"),
            ("sav", "Network\nSavings", 384, 60, "r"), ("meth", "Pricing Method", 444, 150, "l"),
            ("rsn", "Rsn", 594, 30, "c"), ("desc", "Service", 624, 138, "l")]
    tab = Tab(doc, cols, size=7.6, lead=9.4, hsize=7.4, hfill=0.85, grid=True, wrap={"desc", "meth"},
              bottom=doc.H - 46)

    def head():
        doc.text(30, 40, "LATTICE PREFERRED NETWORK", 14, "B")
        doc.text(30, 52, "Claim Pricing Detail - Provider Copy", 9, "I")
        doc.text(W - 30, 38, "THIS IS NOT A PAYMENT. The repriced claims have been returned to the payer shown.",
                 8, "B", "r")
        doc.text(W - 30, 50, "Provider: Juniper Bay Rehabilitation & Hand Therapy   TIN XX-XXX2268   "
                 "Network ID LPN-774019", 8, "R", "r")
        doc.text(W - 30, 60, f"Report date 2026-02-04   Page {doc.page} of 2", 8, "R", "r")
        doc.hline(30, W - 30, 66, 1)
        return 74

    def brk():
        doc.new_page()
        yy = head()
        doc.text(30, yy + 8, "(continued)", 8, "I")
        return tab.header(yy + 12)
    tab.on_break = brk
    y = head()
    claims = [
        ("Peregrine, Lottie", "JBR-60117", "Harborview Benefit Administrators", "HBA-2601-004472", "LPN26A0019914",
         [(mk(d(1, 5), "97165", 1, ["GO"], desc="OT evaluation, low complexity"), "fs"),
          (mk(d(1, 5), "97530", 2, ["GO"], desc="Therapeutic activities"), "fs"),
          (mk(d(1, 5), "L3807", 1, ["LT"], desc="Wrist-hand-finger orthosis, custom fitted"), "pct"),
          (mk(d(1, 5), "97760", 1, ["GO"], desc="Orthotic management and training"), "fs")]),
        ("Peregrine, Lottie", "JBR-60244", "Harborview Benefit Administrators", "HBA-2601-005108", "LPN26A0021377",
         [(mk(d(1, 12), "97140", 2, ["GO"], desc="Manual therapy"), "fs"),
          (mk(d(1, 12), "97110", 1, ["GO"], desc="Therapeutic exercise"), "fs"),
          (mk(d(1, 12), "0552T", 1, [], desc="Low-level laser therapy"), "none"),
          (mk(d(1, 19), "97140", 2, ["GO"], desc="Manual therapy"), "fs"),
          (mk(d(1, 19), "97018", 1, ["GO"], desc="Paraffin bath"), "fs")]),
        ("Sorensen-Achebe, Milo", "JBR-60390", "Cobalt Trust Health Plan", "CTH 26 0109 3321", "LPN26A0023862",
         [(mk(d(1, 9), "97162", 1, ["GP"], desc="PT evaluation, moderate complexity"), "fs"),
          (mk(d(1, 9), "97110", 2, ["GP"], desc="Therapeutic exercise"), "fs"),
          (mk(d(1, 9), "97112", 1, ["GP", "59"], desc="Neuromuscular re-education"), "fs"),
          (mk(d(1, 9), "G0283", 1, ["GP"], desc="Electrical stimulation, unattended"), "fs"),
          (mk(d(1, 16), "E0730", 1, ["NU"], desc="TENS unit, four lead"), "pct")]),
        ("Sorensen-Achebe, Milo", "JBR-60517", "Cobalt Trust Health Plan", "CTH 26 0123 4108", "LPN26A0027745",
         [(mk(d(1, 16), "97110", 2, ["GP"], desc="Therapeutic exercise"), "fs"),
          (mk(d(1, 16), "97116", 1, ["GP"], desc="Gait training"), "fs"),
          (mk(d(1, 23), "97110", 2, ["GP"], desc="Therapeutic exercise"), "fs"),
          (mk(d(1, 23), "97530", 1, ["GP"], desc="Therapeutic activities"), "fs"),
          (mk(d(1, 30), "97164", 1, ["GP"], desc="PT re-evaluation"), "fs")]),
        ("Vance, Odalys", "JBR-60602", "Harborview Benefit Administrators", "HBA-2601-006933", "LPN26A0030016",
         [(mk(d(1, 26), "97166", 1, ["GO"], desc="OT evaluation, moderate complexity"), "fs"),
          (mk(d(1, 26), "97535", 2, ["GO"], desc="Self-care / home management training"), "fs"),
          (mk(d(1, 26), "97763", 1, ["GO"], desc="Orthotic / prosthetic management, later visit"), "fs")]),
    ]
    legend = [("P1", "Priced under the provider agreement, percent of the Medicare fee schedule."),
              ("P4", "Priced at a percent of billed charges for supplies and orthoses."),
              ("N2", "No network rate applies to this code; passed to the payer at billed charges.")]
    for patient, acct, payer, pcn, ref, lines in claims:
        if y + 70 > tab.bottom:
            y = brk()
        doc.rect(30, y, W - 60, 26, fill=None, stroke=True, lw=0.8)
        doc.text(34, y + 10, f"Patient: {patient}", 8.6, "B")
        doc.text(230, y + 10, f"Patient Acct #: {acct}", 8.6)
        doc.text(430, y + 10, f"Lattice Ref #: {ref}", 8.6)
        doc.text(34, y + 21, f"Payer: {payer}", 8)
        doc.text(430, y + 21, f"Client Claim #: {pcn}", 8, "B")
        y = tab.header(y + 28)
        done = []
        for i, (ln, how) in enumerate(lines, 1):
            if how == "fs":
                ln.allowed = D(ln.billed * Decimal("0.58"))
                meth, rsn = "Medicare fee schedule x 135%", "P1"
            elif how == "pct":
                ln.allowed = D(ln.billed * Decimal("0.80"))
                meth, rsn = "80% of billed charges", "P4"
            else:
                ln.allowed = ln.billed
                meth, rsn = "Not priced (no network rate)", "N2"
            ln.discount = ln.billed - ln.allowed
            cells = {"ln": str(i), "fr": fd(ln.dos), "to": fd(ln.dos), "cpt": ln.code, "mod": " ".join(ln.mods),
                     "un": str(ln.units), "bill": M(ln.billed), "rep": M(ln.allowed), "sav": M(ln.discount),
                     "meth": meth, "rsn": rsn, "desc": ln.desc}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, acct, pcn, patient, ("billed", "allowed", "discount"), remarks=[rsn],
                   end=ln.dos)
            done.append(ln)
        doc.rect(30, y, W - 60, 13, fill=0.93, stroke=True, lw=0.4)
        doc.text(156 + 2, y + 9.5, "Claim totals", 7.6, "B")
        for k, v in (("bill", tot(done, "billed")), ("rep", tot(done, "allowed")), ("sav", tot(done, "discount"))):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9.5, M(v), 7.6, "B", "r")
        t.claim(acct, pcn, patient, billed=tot(done, "billed"), allowed=tot(done, "allowed"))
        y += 22
    if y + 50 > tab.bottom:
        y = brk()
    doc.text(30, y + 4, "Reason codes", 8.6, "B")
    for k, v in legend:
        y += 11
        doc.text(34, y + 4, f"{k}   {v}", 8)
    t.legend = legend
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a08 out-of-network provider copy

def a08(out: Path):
    name = "a08_oon_provider_copy_paid_to_subscriber.pdf"
    doc = Doc(out / name, "reportlab", "Helvetica", landscape=True)
    fd = lambda x: dfmt(x, "mdy2")  # noqa: E731
    t = Truth(name, "a08", "reportlab", "commercial plan out-of-network PROVIDER COPY of an EOB whose payment went "
              "to the subscriber, landscape; PLANTED claim-total mismatch", lambda v: M(v), fd)
    t.parts = ("allowed", ["deductible", "coinsurance"], "paid")
    W = doc.W
    cols = [("dos", "SERVICE\nDATE", 28, 44, "l"), ("proc", "PROC", 72, 36, "l"), ("mod", "MOD", 108, 36, "l"),
            ("un", "UNITS", 144, 28, "r"), ("chg", "CHARGE", 172, 52, "r"), ("nc", "NON-\nCOVERED", 224, 50, "r"),
            ("alw", "ALLOWED\nAMOUNT", 274, 52, "r"), ("ded", "DEDUCTIBLE", 326, 52, "r"),
            ("coi", "COINSURANCE", 378, 56, "r"), ("pd", "PAID TO\nSUBSCRIBER", 434, 58, "r"),
            ("pr", "PATIENT\nRESPONSIBILITY", 492, 70, "r"), ("rmk", "REMARK", 566, 40, "l"),
            ("desc", "DESCRIPTION", 606, 158, "l")]
    tab = Tab(doc, cols, size=7, lead=8.6, hsize=6.6, wrap={"desc"}, bottom=doc.H - 44)

    def head():
        doc.text(28, 34, "SUMMIT CREST INSURANCE COMPANY", 12, "B")
        doc.text(28, 46, "EXPLANATION OF BENEFITS - PROVIDER COPY", 9, "B")
        doc.text(28, 57, "Out-of-network services. Benefits for these claims were paid to the subscriber.", 7.5)
        doc.text(W - 28, 34, "PROVIDER: WILLOWMERE PEDIATRIC THERAPY CENTER", 7.5, "B", "r")
        doc.text(W - 28, 44, "NPI 1932XXXX71   PROVIDER NO. NOT ON FILE (NON-PARTICIPATING)", 7.5, "R", "r")
        doc.text(W - 28, 54, f"DATE ISSUED 02/11/26     PAGE {doc.page} OF 2", 7.5, "R", "r")
        doc.hline(28, W - 28, 62, 1)
        return tab.header(66)

    def brk():
        doc.new_page()
        return head()
    tab.on_break = brk
    y = head()
    claims = [
        ("RAINES, CORDELIA", "RAINES, MARCUS", "SCI26011400721", "WPT-88120",
         [mk(d(1, 6), "97165", 1, ["GO"], desc="Occupational therapy evaluation"),
          mk(d(1, 6), "97530", 2, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 13), "97530", 3, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 13), "97533", 1, ["GO"], desc="Sensory integrative techniques")]),
        ("RAINES, CORDELIA", "RAINES, MARCUS", "SCI26012800934", "WPT-88264",
         [mk(d(1, 20), "97530", 3, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 20), "97535", 1, ["GO"], desc="Self-care and home routines training"),
          mk(d(1, 27), "97530", 2, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 27), "97112", 1, ["GO", "59"], desc="Neuromuscular re-education")]),
        ("RAINES, AUGUST", "RAINES, MARCUS", "SCI26011600588", "WPT-88131",
         [mk(d(1, 8), "92523", 1, ["GN"], desc="Speech sound and language evaluation"),
          mk(d(1, 15), "92507", 1, ["GN"], desc="Speech-language treatment"),
          mk(d(1, 15), "97129", 1, ["GN"], desc="Cognitive function intervention"),
          mk(d(1, 22), "92507", 1, ["GN"], desc="Speech-language treatment"),
          mk(d(1, 29), "92507", 1, ["GN"], desc="Speech-language treatment")]),
        ("RAINES, MARCUS", "RAINES, MARCUS", "SCI26012200417", "WPT-88202",
         [mk(d(1, 19), "97161", 1, ["GP"], desc="Physical therapy evaluation"),
          mk(d(1, 19), "97110", 2, ["GP"], desc="Therapeutic exercise"),
          mk(d(1, 19), "97140", 1, ["GP"], desc="Manual therapy"),
          mk(d(1, 26), "97110", 2, ["GP"], desc="Therapeutic exercise"),
          mk(d(1, 26), "97035", 1, ["GP"], desc="Ultrasound therapy")]),
        ("HOLLOWAY, REMY", "HOLLOWAY, ANNA", "SCI26012000266", "WPT-88177",
         [mk(d(1, 9), "97166", 1, ["GO"], desc="Occupational therapy evaluation"),
          mk(d(1, 9), "97530", 2, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 16), "97530", 2, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 16), "97535", 2, ["GO"], desc="Self-care and home routines training"),
          mk(d(1, 23), "97530", 2, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 23), "97150", 1, ["GO"], desc="Group therapy session")]),
        ("HOLLOWAY, REMY", "HOLLOWAY, ANNA", "SCI26020300119", "WPT-88310",
         [mk(d(1, 30), "97530", 3, ["GO"], desc="Therapeutic activities"),
          mk(d(1, 30), "97112", 1, ["GO"], desc="Neuromuscular re-education"),
          mk(d(1, 30), "97760", 1, ["GO"], desc="Orthotic management and training, initial"),
          mk(d(1, 30), "L3908", 1, ["RT"], desc="Wrist-hand orthosis, prefabricated")]),
    ]
    legend = [("N1", "PAYMENT FOR THIS SERVICE WAS SENT TO THE SUBSCRIBER."),
              ("N2", "ALLOWED AMOUNT IS THE PLAN'S OUT-OF-NETWORK MAXIMUM; THE PATIENT MAY OWE THE DIFFERENCE."),
              ("N5", "APPLIED TO THE OUT-OF-NETWORK DEDUCTIBLE."),
              ("X3", "SERVICE NOT COVERED UNDER THE MEMBER'S PLAN (COGNITIVE OR LEARNING SERVICE).")]
    st = {"ded": D(400)}
    planted = "SCI26012800934"
    for patient, sub, clm, acct, lines in claims:
        if y + 50 > tab.bottom:
            y = brk()
        mid = "SCX40217756" if sub.startswith("RAINES") else "SCX51180342"
        if sub.startswith("HOLLOWAY") and st.get("fam") != "H":
            st.update(ded=D(250), fam="H")
        doc.rect(28, y, W - 56, 13, fill=0.85, stroke=False)
        doc.text(32, y + 9.5, f"PATIENT: {patient}    SUBSCRIBER: {sub}    MEMBER ID: {mid}    "
                 f"CLAIM #: {clm}    PATIENT ACCT #: {acct}    PAYMENT TO: SUBSCRIBER", 7.2, "B")
        y += 16
        done = []
        for ln in lines:
            if ln.code == "97129":
                deny(ln, "PR", "96", member_owes=True)
                rm = ["X3"]
            else:
                ln.allowed = D(ln.billed * Decimal("0.55"))
                ln.deductible = min(st["ded"], ln.allowed)
                st["ded"] -= ln.deductible
                ln.coinsurance = D((ln.allowed - ln.deductible) * Decimal("0.40"))
                ln.paid = ln.allowed - ln.deductible - ln.coinsurance
                ln.owes = ln.billed - ln.paid
                rm = ["N1", "N2"] + (["N5"] if ln.deductible else [])
            cells = {"dos": fd(ln.dos), "proc": ln.code, "mod": " ".join(ln.mods), "un": str(ln.units),
                     "chg": M(ln.billed), "nc": M(ln.not_covered), "alw": M(ln.allowed), "ded": M(ln.deductible),
                     "coi": M(ln.coinsurance), "pd": M(ln.paid), "pr": M(ln.owes), "rmk": " ".join(rm),
                     "desc": ln.desc}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, acct, clm, patient,
                   ("billed", "not_covered", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                   remarks=rm)
            done.append(ln)
        pd_tot = tot(done, "paid")
        shown = pd_tot + (D(10) if clm == planted else ZERO)
        if clm == planted:
            t.findings.append(f"claim-total-mismatch claim {clm}: printed PAID TO SUBSCRIBER total {M(shown)} "
                              f"but the lines add up to {M(pd_tot)}")
        doc.hline(172, 562, y, 0.5)
        doc.text(72, y + 9, "CLAIM TOTALS", 7, "B")
        for k, v in (("chg", tot(done, "billed")), ("nc", tot(done, "not_covered")), ("alw", tot(done, "allowed")),
                     ("ded", tot(done, "deductible")), ("coi", tot(done, "coinsurance")), ("pd", shown),
                     ("pr", tot(done, "owes"))):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9, M(v), 7, "B", "r")
        t.claim(acct, clm, patient, billed=tot(done, "billed"), allowed=tot(done, "allowed"), paid=shown,
                owes=tot(done, "owes"))
        y += 20
    if y + 60 > tab.bottom:
        y = brk()
    doc.text(28, y + 4, "REMARK CODES", 7.5, "B")
    for k, v in legend:
        y += 10
        doc.text(28, y + 4, f"{k}  {v}", 7)
    y += 18
    doc.paragraph(28, y, "A CHECK FOR THE BENEFITS ABOVE WAS MAILED TO THE SUBSCRIBER. PLEASE BILL THE PATIENT OR "
                  "SUBSCRIBER DIRECTLY. TO BECOME A PARTICIPATING PROVIDER CALL NETWORK SERVICES 1-800-555-0170.",
                  W - 56, 7)
    t.legend = legend
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a09 DME supplier statement

def a09(out: Path):
    name = "a09_dme_supplier_family_statement.pdf"
    doc = Doc(out / name, "fpdf2", "LiberationSansNarrow")
    fd = lambda x: dfmt(x, "mdy4")  # noqa: E731
    t = Truth(name, "a09", "fpdf2", "home medical equipment supplier family statement: monthly rentals as date "
              "ranges, purchases and supplies, insurance activity per invoice", lambda v: M(v, "$"), fd)
    t.parts = ("billed", ["paid", "discount"], "patient_owes")
    W = doc.W
    cols = [("dos", "Dates of Service", 36, 98, "l"), ("hc", "HCPCS", 134, 34, "l"), ("mod", "Modifiers", 168, 42, "l"),
            ("qty", "Qty", 210, 22, "r"), ("desc", "Description", 236, 128, "l"), ("chg", "Charge", 364, 50, "r"),
            ("ip", "Insurance\nPaid", 414, 50, "r"), ("ia", "Insurance\nAdjustment", 464, 54, "r"),
            ("bal", "Your\nBalance", 518, 58, "r")]
    tab = Tab(doc, cols, size=8, lead=9.6, hsize=7.6, wrap={"desc"}, rules=True, bottom=doc.H - 56)

    def furn():
        doc.text(36, 44, "MERIDIAN HOME MEDICAL SUPPLY", 13, "B")
        doc.text(36, 56, "Rentals · Communication devices · Orthotics · Supplies", 8.5)
        doc.text(W - 36, 44, "PATIENT STATEMENT", 12, "B", "r")
        doc.text(W - 36, 56, f"Page {doc.page} of 2", 8.5, "R", "r")
        doc.hline(36, W - 36, 62, 1)
        doc.text(36, doc.H - 30, "Meridian Home Medical Supply · 405 Foundry Street · Lowell Heights, MA 01853 · "
                 "Billing questions 978-555-0119", 7, gray=0.4)

    def brk():
        doc.new_page()
        furn()
        doc.text(36, 78, "Responsible party: Adaeze Odukoya    Account 0099-31562    (continued)", 8.5, "B")
        return tab.header(86)
    tab.on_break = brk
    furn()
    y = 80
    for s_ in ("Adaeze Odukoya", "19 Kestrel Way, Apt 2", "Lowell Heights, MA 01854"):
        doc.text(36, y, s_, 9.5)
        y += 11.5
    kv = [("Account", "0099-31562"), ("Statement date", "02/05/2026"), ("Payment due", "03/01/2026")]
    ky = 80
    for k, v in kv:
        doc.text(380, ky, k, 8.5, "B")
        doc.text(470, ky, v, 8.5)
        ky += 11
    y += 10
    y = doc.paragraph(36, y, "Rental items are billed once a month for the dates shown. Your health plan pays its "
                      "share first; the balance after insurance is shown in the last column.", W - 72, 8.5) + 8
    y = tab.header(y)

    def rng(m, a, b):
        yr = 2025 if m > 6 else 2026
        return (d(m, a, yr), d(m, b, yr))
    invs = [
        ("INV 30-44206", "Silas Odukoya", "Bridgeport Community Health Plan", "BCH-2512-003318-00", [
            (rng(11, 1, 30), "E2510", 1, ["RR", "KH"], "Speech generating device, rental month 1"),
            (rng(11, 1, 30), "E2599", 1, ["RR"], "Device accessory, mounting system rental"),
            ((d(11, 3, 2025), None), "92607", 1, [], "Device evaluation visit, first hour")]),
        ("INV 30-44817", "Silas Odukoya", "Bridgeport Community Health Plan", "BCH-2601-000731-00", [
            (rng(12, 1, 31), "E2510", 1, ["RR", "KI"], "Speech generating device, rental month 2"),
            (rng(12, 1, 31), "E2599", 1, ["RR"], "Device accessory, mounting system rental"),
            ((d(12, 18, 2025), None), "97535", 1, ["GO"], "Device set-up and home training visit")]),
        ("INV 30-45290", "Silas Odukoya", "Bridgeport Community Health Plan", "BCH-2601-004458-00", [
            (rng(1, 1, 31), "E2510", 1, ["RR", "KI"], "Speech generating device, rental month 3"),
            (rng(1, 1, 31), "E2599", 1, ["RR"], "Device accessory, mounting system rental"),
            ((d(1, 14), None), "L3807", 1, ["RT", "NU"], "Wrist-hand orthosis, custom fitted")]),
        ("INV 30-45302", "Ngozi Odukoya", "Bridgeport Community Health Plan", "BCH-2601-004502-00", [
            (rng(1, 6, 26), "E0935", 21, ["RR"], "Continuous passive motion device, per day"),
            ((d(1, 6), None), "E0730", 1, ["NU"], "TENS unit, four lead"),
            ((d(1, 6), None), "A4595", 1, [], "TENS supplies, monthly allowance")]),
        ("INV 30-45977", "Ngozi Odukoya", "Bridgeport Community Health Plan", "BCH-2602-001127-00", [
            ((d(1, 27), None), "A4595", 1, [], "TENS supplies, monthly allowance"),
            (rng(1, 27, 31), "E0935", 5, ["RR"], "Continuous passive motion device, per day"),
            ((d(1, 27), None), "97760", 1, ["GO"], "Orthotic fitting and training visit")]),
        ("INV 30-45640", "Ngozi Odukoya", "Bridgeport Community Health Plan", "BCH-2601-006620-00", [
            ((d(1, 20), None), "97535", 1, ["GO"], "Home equipment training visit"),
            ((d(1, 20), None), "E0935", 1, ["RR"], "Continuous passive motion device, per day"),
            ((d(1, 20), None), "L3908", 1, ["RT"], "Wrist splint, prefabricated")]),
        ("INV 30-46015", "Adaeze Odukoya", "Bridgeport Community Health Plan", "BCH-2602-001311-00", [
            ((d(1, 29), None), "L3908", 1, ["LT"], "Wrist splint, prefabricated"),
            ((d(1, 29), None), "E0730", 1, ["NU"], "TENS unit, four lead")]),
    ]
    st = {"ded": D(0)}
    for inv, patient, ins, clm, rows in invs:
        if y + 60 > tab.bottom:
            y = brk()
        doc.rect(36, y, W - 72, 24, fill=0.92, stroke=False)
        doc.text(40, y + 10, f"{inv}    Patient: {patient}", 8.6, "B")
        doc.text(40, y + 20, f"Billed to {ins} · Claim # {clm}", 7.8)
        y += 27
        done = []
        for (a, b), code, qty, mods, desc in rows:
            ln = mk(a, code, qty, mods, end=b, desc=desc)
            if code == "E0730" and patient == "Adaeze Odukoya":
                deny(ln, "CO", "50")
                ln.discount = ln.billed
                ln.not_covered = ZERO
                ln.allowed = None
            else:
                ppo(ln, "0.66", st, coins="0.20", patient=patient)
            when = fd(a) + (f" - {fd(b)}" if b else "")
            cells = {"dos": when, "hc": code, "mod": " ".join(mods), "qty": str(qty), "desc": desc,
                     "chg": M(ln.billed, "$"), "ip": M(ln.paid, "$"), "ia": M(ln.discount, "$"),
                     "bal": M(ln.owes, "$")}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, inv.replace("INV ", ""), clm, patient,
                   ("billed", "paid", "discount", "patient_owes"), end=b)
            done.append(ln)
        doc.text(364 - 4, y + 9, f"Invoice {inv[4:]} total", 8, "B", "r")
        for k, v in (("chg", tot(done, "billed")), ("ip", tot(done, "paid")), ("ia", tot(done, "discount")),
                     ("bal", tot(done, "owes"))):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9, M(v, "$"), 8, "B", "r")
        t.claim(inv.replace("INV ", ""), clm, patient, billed=tot(done, "billed"), paid=tot(done, "paid"),
                owes=tot(done, "owes"))
        y += 20
    due = sum((Decimal(r["patient_owes"]) for r in t.lines), ZERO)
    if y + 60 > tab.bottom:
        y = brk()
    doc.rect(W - 236, y, 200, 40, stroke=True, lw=1)
    doc.text(W - 228, y + 13, "Total balance after insurance", 8.6, "B")
    doc.text(W - 44, y + 32, M(due, "$"), 12, "B", "r")
    doc.paragraph(36, y + 8, "The TENS unit dispensed 01/29/2026 was denied by your plan as not medically "
                  "necessary; we have written it off and you do not owe it.", 300, 8, "I")
    t.write(out / name, doc.save())
    return out / name, t


# ============================================================================ a10 foundation grant remittance

def a10(out: Path):
    name = "a10_foundation_grant_remittance.pdf"
    doc = Doc(out / name, "reportlab", "DejaVuSerif")
    fd = lambda x: dfmt(x, "month")  # noqa: E731
    t = Truth(name, "a10", "reportlab", "children's charitable foundation therapy-grant payment remittance to a "
              "clinic, two-column first page; paid = grant paid, patient_owes = family balance, discount = the "
              "insurer's contract adjustment; payer_claim_id = the foundation's payment request number",
              lambda v: M(v, "$"), fd)
    W = doc.W
    cols = [("dos", "Date of service", 36, 84, "l"), ("cpt", "CPT", 120, 34, "l"), ("mod", "Mod", 154, 34, "l"),
            ("un", "Units", 188, 28, "r"), ("chg", "Clinic\ncharge", 216, 56, "r"),
            ("ip", "Insurance\npaid", 272, 56, "r"), ("ia", "Insurance\nadjustment", 328, 62, "r"),
            ("gp", "Grant\npaid", 390, 56, "r"), ("fb", "Family\nbalance", 446, 56, "r"), ("nt", "Note", 506, 70, "l")]
    tab = Tab(doc, cols, size=7.3, lead=9, hsize=7, hfill=0.9, rules=True, bottom=doc.H - 56)

    def foot():
        doc.text(W / 2, doc.H - 28, f"The Wren & Willow Children's Therapy Fund is a nonprofit charity. Grant "
                 f"payments are not insurance.   Page {doc.page} of 2", 6.5, "I", "c", gray=0.35)

    def brk():
        foot()
        doc.new_page()
        doc.text(36, 44, "Grant Payment Remittance GP-2026-0211 (continued)", 9, "B")
        return tab.header(54)
    tab.on_break = brk
    doc.text(36, 48, "The Wren & Willow", 18, "B")
    doc.text(36, 64, "Children's Therapy Fund", 11, "I")
    doc.hline(36, W - 36, 74, 1.2)
    # two columns: left payment facts, right message
    ly = 94
    doc.text(36, ly, "Grant Payment Remittance", 11, "B")
    for k, v in (("Remittance no.", "GP-2026-0211"), ("Payment date", "February 11, 2026"),
                 ("Payee", "Harbor Glen Therapy Collective"), ("Payee vendor no.", "WW-V-00317"),
                 ("Payment method", "ACH, trace 091000017744120")):
        ly += 13
        doc.text(36, ly, k, 7.5, "B")
        doc.text(126, ly, v, 7.5)
    doc.vline(310, 84, 172, 0.5, gray=0.5)
    doc.text(322, 94, "About this payment", 9, "B")
    doc.paragraph(322, 108, "Each family below holds a therapy grant from the Fund. We pay the part of each visit "
                  "left after the family's health plan has paid, up to the grant amount. Please do not bill the "
                  "family for amounts the Fund paid. Send the next request with the insurer's EOB attached.",
                  W - 36 - 322, 7.5)
    y = 186
    y = tab.header(y)
    kids = [
        ("Hazel Quintero-Adeyemi", "WW-24-1187", "PR-558204", "HGT-2210", "$3,000.00", [
            mk(d(1, 6), "97530", 2, ["GO"]), mk(d(1, 6), "97533", 1, ["GO"]), mk(d(1, 13), "97530", 2, ["GO"]),
            mk(d(1, 13), "97112", 1, ["GO"]), mk(d(1, 20), "97530", 3, ["GO"])]),
        ("Hazel Quintero-Adeyemi", "WW-24-1187", "PR-558391", "HGT-2291", "$3,000.00", [
            mk(d(1, 27), "97530", 2, ["GO"]), mk(d(1, 27), "97535", 1, ["GO"])]),
        ("Rafferty Lomasney", "WW-25-0342", "PR-558266", "HGT-2244", "$2,500.00", [
            mk(d(1, 7), "92523", 1, ["GN"]), mk(d(1, 14), "92507", 1, ["GN"]), mk(d(1, 21), "92507", 1, ["GN"]),
            mk(d(1, 21), "92526", 1, ["GN"]), mk(d(1, 28), "92507", 1, ["GN"])]),
        ("Imani Lomasney", "WW-25-0343", "PR-558267", "HGT-2245", "$2,500.00", [
            mk(d(1, 7), "97163", 1, ["GP"]), mk(d(1, 7), "97110", 2, ["GP"]), mk(d(1, 14), "97116", 1, ["GP"]),
            mk(d(1, 14), "97110", 2, ["GP", "KX"]), mk(d(1, 21), "97112", 2, ["GP"]),
            mk(d(1, 21), "E0935", 3, ["RR"])]),
        ("Tobiah Granger-Sato", "WW-25-0519", "PR-558402", "HGT-2302", "$1,800.00", [
            mk(d(1, 16), "97165", 1, ["GO"]), mk(d(1, 16), "97530", 2, ["GO"]), mk(d(1, 23), "97530", 2, ["GO"]),
            mk(d(1, 23), "97150", 1, ["GO"]), mk(d(1, 30), "97530", 2, ["GO"])]),
        ("Perpetua Vance-Oduya", "WW-25-0601", "PR-558417", "HGT-2317", "$2,000.00", [
            mk(d(1, 8), "92523", 1, ["GN"]), mk(d(1, 15), "92507", 1, ["GN"]), mk(d(1, 22), "92507", 1, ["GN"]),
            mk(d(1, 29), "92507", 1, ["GN"]), mk(d(1, 29), "97129", 1, ["GN"])]),
        ("Tobiah Granger-Sato", "WW-25-0519", "PR-558455", "HGT-2336", "$1,800.00", [
            mk(d(2, 3), "97530", 2, ["GO"]), mk(d(2, 3), "97535", 1, ["GO"]), mk(d(2, 5), "97168", 1, ["GO"]),
            mk(d(2, 5), "97530", 2, ["GO"])]),
    ]
    legend = [("G1", "Paid the family's share after insurance."),
              ("G2", "Grant does not cover equipment rental; family balance remains."),
              ("G3", "Insurance denied the service; the Fund paid half of the clinic charge.")]
    states = {}
    for patient, grant, req, invoice, award, lines in kids:
        if y + 50 > tab.bottom:
            y = brk()
        doc.rect(36, y, W - 72, 13, fill=0.8, stroke=False)
        doc.text(40, y + 9.5, f"{patient}   Grant {grant} (award {award})   Payment request {req}   "
                 f"Clinic invoice {invoice}", 7.3, "B")
        y += 15
        done = []
        st = states.setdefault(patient, {"ded": D(50)})
        for ln in lines:
            if ln.code == "E0935":
                ppo(ln, "0.70", st, coins="0.20", patient=patient)
                ln.extra["ip"] = ln.paid
                ln.paid = ZERO
                nt = "G2"
            elif ln.code == "97150":
                ln.extra["ip"] = ZERO
                ln.discount = ZERO
                ln.paid = D(ln.billed / 2)
                ln.owes = ln.billed - ln.paid
                nt = "G3"
            else:
                ppo(ln, "0.72", st, coins="0.25", patient=patient)
                ln.extra["ip"] = ln.paid
                ln.paid = ln.owes
                ln.owes = ZERO
                nt = "G1"
            ln.owes = ln.billed - ln.extra["ip"] - ln.discount - ln.paid
            cells = {"dos": fd(ln.dos), "cpt": ln.code, "mod": " ".join(ln.mods), "un": str(ln.units),
                     "chg": M(ln.billed, "$"), "ip": M(ln.extra["ip"], "$"), "ia": M(ln.discount, "$"),
                     "gp": M(ln.paid, "$"), "fb": M(ln.owes, "$"), "nt": nt}
            pg, top, bot, y = tab.row(y, cells)
            t.line(pg, top, bot, ln, invoice, req, patient, ("billed", "discount", "paid", "patient_owes"),
                   remarks=[nt])
            done.append(ln)
        doc.text(188 - 2, y + 9, "Request total", 7.3, "B", "r")
        for k, v in (("chg", tot(done, "billed")), ("ip", sum((x.extra["ip"] for x in done), ZERO)),
                     ("ia", tot(done, "discount")), ("gp", tot(done, "paid")), ("fb", tot(done, "owes"))):
            c = next(c for c in cols if c[0] == k)
            doc.text(c[2] + c[3] - 2, y + 9, M(v, "$"), 7.3, "B", "r")
        t.claim(invoice, req, patient, billed=tot(done, "billed"), paid=tot(done, "paid"), owes=tot(done, "owes"))
        y += 20
    total = sum((Decimal(r["paid"]) for r in t.lines), ZERO)
    if y + 70 > tab.bottom:
        y = brk()
    doc.text(36, y + 6, "Notes", 8.5, "B")
    for k, v in legend:
        y += 11
        doc.text(40, y + 6, f"{k}  {v}", 7.3)
    doc.rect(W - 216, y - 30, 180, 32, stroke=True, lw=1)
    doc.text(W - 210, y - 17, "Total paid by ACH", 8, "B")
    doc.text(W - 42, y - 2, M(total, "$"), 11, "B", "r")
    t.legend = legend
    foot()
    t.write(out / name, doc.save())
    return out / name, t


LAYOUTS = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout20_"))
    refuse_samples(out)
    out.mkdir(parents=True, exist_ok=True)
    results = [fn(out) for fn in LAYOUTS]
    nlines = sum(len(t.lines) for _, t in results)
    npages = sum(t.pages for _, t in results)
    print(f"wrote {len(results)} PDFs, {nlines} service lines, {npages} pages to {out}")
    if "--check" in argv:
        bad = 0
        for pdf, t in results:
            errs = check(pdf, t)
            bad += len(errs)
            for e in errs[:12]:
                print(f"  {pdf.name}: {e}")
            print(f"{pdf.name}: {len(t.lines)} lines, {t.pages} pages, {'OK' if not errs else f'{len(errs)} problems'}")
        print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad} problems)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
