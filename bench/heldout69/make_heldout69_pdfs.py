"""Write the 69th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written by an
author who never looked at the reader.

Run:  python bench/heldout69/make_heldout69_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout69/make_heldout69_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the row); claim_id = the provider's own account /
patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient
exactly as printed (the person who got the service, never the guarantor/subscriber unless the same person).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper module: bench/heldout69/h69kit.py.

Layouts (set 69):
  a1  commercial member EOB, reportlab portrait Liberation Sans: "Claim for / Received / Processed" heads,
      "Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance /
      Plan paid / You owe / Remark", code as "97530-GO", no units, 3 family members, claim rows continue on
      page 2 under a repeated column header with "(continued)", a denied line, remark legend, 2 pages
  a2  commercial member EOB, fpdf2 landscape DejaVu Serif: "Provider charges / Member rate / Plan's share /
      Your share / Qty / Note", service as "Manual therapy (97140 GP)", dates "Jan 5, 2026", visit copay,
      4 family members, a denied group session, claim totals, one page
  b1  Medicare Summary Notice Part B, Spanish-language edition, reportlab portrait DejaVu Sans: "Resumen de
      Medicare", count before wording "3 Actividades terapeuticas (97530-GO)", "Cantidad cobrada / aprobada /
      Medicare pago / Lo maximo que le pueden facturar / Ver notas", lettered notes, a denied line, 2 pages
  b2  Medicare Advantage member EOB, fpdf2 portrait Liberation Serif: monthly "Explanation of Benefits",
      "Provider's charge / Plan's approved amount / Plan paid / You paid or owe" with per-visit copays, a
      summary box then claims by provider with "Claim ... | Your provider's account ...", a denial, one page
  c1  state Medicaid remittance advice, fpdf2 landscape core Courier (fixed width, legacy MMIS print):
      "PAID CLAIMS / DENIED CLAIMS / ADJUSTED CLAIMS" sections, "RECIP NAME / RECIP ID / ICN / PAT ACCT" head
      rows, "FROM-DOS TO-DOS PROC MD1 MD2 UNITS BILLED ALLOWED PAID EOB", a void with trailing-minus amounts,
      EOB code legend, page header repeated, a claim's rows continue on page 2 under "(CONTINUED)"
  c2  state Medicaid remittance advice, reportlab portrait DejaVu Sans Condensed, boxed claim panels:
      "Member / Member ID / TCN / Patient Acct #", "Ln / DOS / Procedure / Mods / Units / Billed / Allowed /
      Paid / CARC / Adj Amt / RARC", units "2.00", a denied claim, one page
  d1  Medicare paper remit from a clearinghouse print (SPR vocabulary), reportlab landscape Liberation Mono:
      "NAME / HIC / ACNT / ICN / ASG / MOA" heads, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT
      COINS GRP/RC-AMT PROV PD", first adjustment on the service row and the others on lines under it,
      "CLAIM TOTALS" rows, sequestration CO-253, a denied line, 2 pages
  d2  practice-management "Remittance Posting" print of a Medicare payment, fpdf2 portrait core Helvetica,
      ruled grid per claim: "Patient / Acct# / Payer Claim # / Status", "DOS / CPT / Mod / Units / Charge /
      Allowed / Deduct / Coins / Adj Codes / Payment", two adjustment pairs per text line (a third and fourth on a
      second text line inside the row), a claim's rows continue on page 2 under a repeated header
  e1  therapy clinic family statement, fpdf2 portrait DejaVu Sans: guarantor + several children, visit heads
      "Patient / Visit # / Ins Claim #", "Date / Code / Description / Units / Charge / Ins Paid / Ins Adj /
      Your Part", a non-covered group session, aging boxes on page 2
  e2  hospital outpatient-rehab family statement, reportlab portrait Liberation Serif: tear-off payment stub,
      accounts per family member ("Account No."), "Date / Rev / CPT-HCPCS / Description / Qty / Charges /
      Insurance Paid / Adjustments / Your Balance", wrapped descriptions, an account continues on page 2

The self-check (--check) tests the factory, not the reader: each truth line's code, modifiers, units and
printed amounts are cells of one and the same text line of its page (pdfplumber), ids, patients and remark
codes are in the text, page counts match, billed - adjustments = paid where every adjustment amount is printed,
and every claim's printed totals equal the sum of its lines (no planted mismatches in this set).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, total, truth_line, units_str, write_truth)
from h69kit import TOTALS, Doc, check_file, wrap  # noqa: E402

D = date
ROW_TOKENS: dict[str, list[list[str]]] = {}
DOC_STRINGS: dict[str, list[str]] = {}


class Claim:
    def __init__(self, patient, claim_id, pcn, provider, svcs, **kw):
        self.patient, self.claim_id, self.pcn, self.provider, self.svcs = patient, claim_id, pcn, provider, svcs
        self.__dict__.update(kw)


def mk(dos, code, units, mods=(), desc="", denied=None):
    return Svc(dos, code, units, tuple(mods), desc=desc, denied=denied)


class Rec:
    def __init__(self):
        self.lines, self.rows, self.claims = [], [], []

    def add(self, page, s, c, printed, toks, units=True, adjs=None, remarks=None, patient=None):
        self.lines.append(truth_line(page, s, claim_id=c.claim_id, payer_claim_id=c.pcn,
                                     patient=patient or c.patient, printed=printed, units=units,
                                     adjustments=adjs, remarks=remarks))
        self.rows.append([t for t in toks if t])

    def claim(self, c, **tot):
        self.claims.append({"claim_id": c.claim_id, "payer_claim_id": c.pcn, "patient": c.patient,
                            "totals": claim_totals(**tot)})


def finish(doc, rec, out, name, layout, desc, legend, extra=()):
    pages = doc.save()
    TOTALS[name] = pages
    write_truth(out / name, layout, doc.producer, pages, desc, rec.lines, rec.claims, legend)
    ROW_TOKENS[name] = rec.rows
    DOC_STRINGS[name] = list(extra)


def modstr(s, sep="-"):
    return sep.join((s.code,) + s.mods)


# ----------------------------------------------------------------------------------------- a1

def layout_a1(out):
    doc = Doc(out / "a1.pdf", "reportlab")
    rec = Rec()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35")})
    prov = "Lakeshore Pediatric Therapy Group"
    claims = []
    kids = [("Imogen Szabo-Reyes", "LPT-558201", "E26011400731", D(2026, 1, 6)),
            ("Tobias Szabo-Reyes", "LPT-558219", "E26011400748", D(2026, 1, 8)),
            ("Marguerite Szabo-Reyes", "OCA-20771", "E26011900112", D(2026, 1, 12))]
    for i, (pt, acct, cn, d0) in enumerate(kids):
        if i == 0:
            sv = [mk(d0, "97166", 1, ("GO",)), mk(d0, "97530", 2, ("GO",)), mk(d0 + D.resolution * 7, "97530", 3, ("GO",)),
                  mk(d0 + D.resolution * 7, "97535", 2, ("GO", "59")), mk(d0 + D.resolution * 14, "97530", 3, ("GO",)),
                  mk(d0 + D.resolution * 14, "97110", 2, ("GO",)), mk(d0 + D.resolution * 21, "97530", 2, ("GO",)),
                  mk(d0 + D.resolution * 21, "0552T", 1, (), denied="PR")]
            for wk in (2, 9, 16):
                sv += [mk(d0 + D.resolution * wk, "97530", 2, ("GO",)), mk(d0 + D.resolution * wk, "97112", 1, ("GO",)),
                       mk(d0 + D.resolution * wk, "97535", 1, ("GO",))]
            sv.sort(key=lambda s: s.dos)
            p = prov
        elif i == 1:
            sv = [mk(d0, "92523", 1, ("GN",)), mk(d0 + D.resolution * 7, "92507", 1, ("GN",)),
                  mk(d0 + D.resolution * 14, "92507", 1, ("GN",))]
            p = prov
        else:
            sv = [mk(d0, "99213", 1, ("25",)), mk(d0, "L3807", 1, ("RT",)), mk(d0, "97760", 1, ("GO",))]
            p = "Orchard Crest Orthopaedic Associates"
        for s in sv:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D1"]
        claims.append(Claim(pt, acct, cn, p, sv))
    claims = claims[1:] + claims[:1]
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    cols = [("Service date", 48, "l"), ("Service", 96, "l"), ("Amount\nbilled", 46, "r"), ("Plan\ndiscount", 42, "r"),
            ("Allowed\namount", 44, "r"), ("Not\ncovered", 38, "r"), ("Deduct-\nible", 40, "r"), ("Copay", 34, "r"),
            ("Co-\ninsurance", 42, "r"), ("Plan\npaid", 44, "r"), ("You\nowe", 42, "r"), ("Re-\nmark", 24, "l")]
    X0 = 36

    def furniture(first):
        doc.font("LibSans-Bold", 15)
        doc.text(X0, 46, "NORTHGATE MUTUAL HEALTH PLAN")
        doc.font("LibSans", 8)
        doc.text(X0, 58, "PO Box 48820  Harlow Bay, MN 55902   |   Member Services 1-800-555-0164 (TTY 711)")
        doc.font("LibSans-Bold", 12)
        doc.text(576, 46, "Explanation of Benefits", "r")
        doc.font("LibSans", 8)
        doc.text(576, 58, "THIS IS NOT A BILL", "r")
        doc.line(X0, 64, 576, 64, 1.2)
        doc.text(576, 770, f"Page {doc.page} of {doc.total}", "r")
        doc.text(X0, 770, "Statement date: 01/30/2026   Subscriber: Lucia Szabo-Reyes   Member ID: NGM-4471-0926-01")
        if first:
            doc.font("LibSans", 9)
            for k, t in enumerate(["Lucia Szabo-Reyes", "1180 Tamarack Lane, Apt 4", "Harlow Bay, MN 55906"]):
                doc.text(X0, 84 + 11 * k, t)
            doc.rect(340, 74, 236, 58)
            doc.font("LibSans-Bold", 9)
            doc.text(348, 88, "Family plan summary - 2026 plan year")
            doc.font("LibSans", 8)
            doc.text(348, 101, "In-network deductible met:  $440.00 of $500.00")
            doc.text(348, 112, "Out-of-pocket maximum met:  $612.40 of $4,000.00")
            doc.text(348, 123, "Group: 771-0442 Tillery Fabrication, Inc.")
            return 150
        return 80

    def header(y):
        doc.rect(X0, y, 540, 22, fill=0.88)
        doc.font("LibSans-Bold", 6.8)
        x = X0 + 2
        for h, w, a in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x + (w - 4 if a == "r" else 0), y + 9 + 8 * k, part, a)
            x += w
        return y + 30

    y = furniture(True)
    for c in claims:
        if y > 640:
            doc.new_page()
            y = furniture(False)
        doc.font("LibSans-Bold", 9)
        doc.text(X0, y, f"Claim for: {c.patient}")
        doc.font("LibSans", 8)
        doc.text(X0, y + 11, f"Provider: {c.provider}  (in network)     Claim number: {c.pcn}     Patient account: {c.claim_id}")
        doc.text(X0, y + 21, "Received 01/20/2026     Processed 01/27/2026     Claim status: Processed")
        y = header(y + 28)
        for s in c.svcs:
            if y > 735:
                doc.new_page()
                y = furniture(False)
                doc.font("LibSans-Bold", 9)
                doc.text(X0, y, f"Claim for: {c.patient} (continued)   Claim number: {c.pcn}")
                y = header(y + 8)
            doc.font("LibSans", 7.6)
            cells = [dfmt(s.dos, "mdy4"), modstr(s)] + [money(getattr(s, a), ",") for a in
                     ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                      "owes")] + [" ".join(s.remarks)]
            x = X0 + 2
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 4 if a == "r" else 0), y, t, a)
                x += w
            doc.font("LibSans", 6.8)
            doc.text(X0 + 50, y + 8, s.desc)
            doc.line(X0, y + 12, X0 + 540, y + 12, 0.3)
            rec.add(doc.page, s, c, printed, cells[1:11] + [cells[0]], units=False, remarks=s.remarks)
            y += 22
        doc.font("LibSans-Bold", 7.6)
        tot = [money(total(c.svcs, a), ",") for a in ("billed", "discount", "allowed", "not_covered", "deductible",
                                                       "copay", "coinsurance", "paid", "owes")]
        doc.text(X0 + 2, y, "Claim total")
        x = X0 + 2 + 144
        for (h, w, a), t in zip(cols[2:11], tot):
            doc.text(x + w - 4, y, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                  patient_owes=total(c.svcs, "owes"))
        y += 26
    legend = [("D1", "Part of this amount counted toward your yearly deductible."),
              ("N7", "This service is not a benefit of your plan; you may be billed for it.")]
    doc.font("LibSans-Bold", 8)
    doc.text(X0, y, "Remark codes")
    doc.font("LibSans", 7.5)
    for k, (a, b) in enumerate(legend):
        doc.text(X0, y + 11 + 10 * k, f"{a}   {b}")
    finish(doc, rec, out, "a1.pdf", "a1_commercial_member_eob", "commercial member EOB, 3 family members", legend)


# ----------------------------------------------------------------------------------------- a2

def layout_a2(out):
    doc = Doc(out / "a2.pdf", "fpdf2", landscape=True)
    rec = Rec()
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("30.00"))
    fam = [("Rafael Quintanilla", "Self"), ("Beatriz Quintanilla", "Spouse"), ("Nico Quintanilla", "Son"),
           ("Ines Quintanilla", "Daughter")]
    plan = [
        [mk(D(2026, 1, 5), "97161", 1, ("GP",)), mk(D(2026, 1, 5), "97110", 2, ("GP",)),
         mk(D(2026, 1, 9), "97140", 2, ("GP",)), mk(D(2026, 1, 9), "97112", 1, ("GP", "CQ"))],
        [mk(D(2026, 1, 7), "97165", 1, ("GO",)), mk(D(2026, 1, 7), "97530", 2, ("GO",))],
        [mk(D(2026, 1, 13), "92507", 1, ("GN",)), mk(D(2026, 1, 20), "92507", 1, ("GN",)),
         mk(D(2026, 1, 27), "92507", 1, ("GN",))],
        [mk(D(2026, 1, 14), "97530", 3, ("GO",)), mk(D(2026, 1, 14), "97112", 2, ("GO", "59")),
         mk(D(2026, 1, 21), "97530", 2, ("GO",)), mk(D(2026, 1, 21), "97150", 1, ("GO",), denied="CO")],
    ]
    claims = []
    for k, ((nm, rel), sv) in enumerate(zip(fam, plan)):
        for s in sv:
            commercial(s, st)
            s.remarks = ["X4"] if s.denied else (["C2"] if s.copay else [])
        claims.append(Claim(nm, f"HR{230415 + 37 * k}", f"2601-{8810442 + 911 * k:08d}",
                            "Fernhollow Rehabilitation Partners" if k != 2 else "Brightwater Speech Studio", sv,
                            rel=rel))
    cols = [("Service date", 80, "l"), ("What was done", 218, "l"), ("Qty", 30, "r"), ("Provider charges", 84, "r"),
            ("Member rate", 66, "r"), ("Plan's share", 66, "r"), ("Your share", 62, "r"), ("Note", 36, "l")]
    printed = ("billed", "allowed", "paid", "patient_owes")

    def furniture():
        doc.font("DejaVuSerif-Bold", 14)
        doc.text(36, 40, "Cardinal Ridge Health")
        doc.font("DejaVuSerif", 8)
        doc.text(36, 52, "Your Benefit Statement for claims processed January 2026 - not a bill")
        doc.text(756, 40, "Account holder: Rafael Quintanilla", "r")
        doc.text(756, 52, "Plan ID CRH-88120-7734   Group 05512", "r")
        doc.line(36, 58, 756, 58, 0.8)
        doc.text(756, 590, f"Page {doc.page} of {doc.total}", "r")
        doc.text(36, 590, "Questions? Call 1-877-555-0199. Cardinal Ridge Health, 900 Wexley Parkway, Dorrance, OH 44017.")
        return 78

    y = furniture()
    for c in claims:
        need = 44 + 14 * len(c.svcs)
        if y + need > 570:
            doc.new_page()
            y = furniture()
        doc.rect(36, y - 10, 720, 15, fill=0.93, stroke=False)
        doc.font("DejaVuSerif-Bold", 8.5)
        doc.text(40, y, f"{c.patient} ({c.rel})")
        doc.font("DejaVuSerif", 8)
        doc.text(260, y, f"Seen by: {c.provider}")
        doc.text(752, y, f"Claim # {c.pcn}   Provider's patient # {c.claim_id}", "r")
        y += 16
        doc.font("DejaVuSerif-Bold", 7.5)
        x = 40
        for h, w, a in cols:
            doc.text(x + (w - 4 if a == "r" else 0), y, h, a)
            x += w
        doc.line(36, y + 3, 756, y + 3, 0.4)
        y += 13
        doc.font("DejaVuSerif", 7.8)
        for s in c.svcs:
            cells = [dfmt(s.dos, "mon"), f"{s.desc} ({' '.join((s.code,) + s.mods)})", units_str(s.units),
                     money(s.billed), money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            x = 40
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 4 if a == "r" else 0), y, t, a)
                x += w
            rec.add(doc.page, s, c, printed, [cells[0], f"({' '.join((s.code,) + s.mods)})"] + cells[2:7],
                    remarks=s.remarks)
            y += 13
        doc.line(310, y - 8, 756, y - 8, 0.3)
        doc.font("DejaVuSerif-Bold", 7.8)
        tots = [money(total(c.svcs, a)) for a in ("billed", "allowed", "paid", "owes")]
        doc.text(40, y + 1, "Totals for this claim")
        x = 40 + 328
        for (h, w, a), t in zip(cols[3:7], tots):
            doc.text(x + w - 4, y + 1, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                  patient_owes=total(c.svcs, "owes"))
        y += 24
    legend = [("C2", "Your office-visit copay for this date was taken from this service."),
              ("X4", "Group sessions are excluded under your plan; the provider may not bill you for this.")]
    doc.font("DejaVuSerif", 7.5)
    for k, (a, b) in enumerate(legend):
        doc.text(40, y + 10 * k, f"{a}  {b}")
    finish(doc, rec, out, "a2.pdf", "a2_commercial_benefit_statement", "commercial member EOB, 4 family members",
           legend)


# ----------------------------------------------------------------------------------------- b1

ES = {"97530": "Actividades terapeuticas", "97110": "Ejercicios terapeuticos", "97112": "Reeducacion neuromuscular",
      "97140": "Terapia manual", "97535": "Entrenamiento en cuidado personal", "97167": "Evaluacion de terapia ocupacional",
      "97168": "Reevaluacion de terapia ocupacional", "G0283": "Estimulacion electrica",
      "99213": "Consulta de paciente establecido", "97760": "Manejo y entrenamiento con ortesis",
      "97116": "Entrenamiento de la marcha"}


def layout_b1(out):
    doc = Doc(out / "b1.pdf", "reportlab")
    rec = Rec()
    st = PlanState(ded_left=Decimal("85.00"))
    pt = "HERMINIA ALCAZAR-VIDAL"
    visits = [
        ("Bayside Terapia Ocupacional LLC", "26-0108-440127-01", D(2026, 1, 8),
         [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
        ("Bayside Terapia Ocupacional LLC", "26-0115-440589-01", D(2026, 1, 15),
         [("97530", 3, ("GO",)), ("97112", 2, ("GO", "KX")), ("G0283", 1, ("GO",))]),
        ("Bayside Terapia Ocupacional LLC", "26-0122-441003-01", D(2026, 1, 22),
         [("97530", 3, ("GO",)), ("97140", 1, ("GO", "59")), ("97535", 2, ("GO",))]),
        ("Clinica Ortopedica Palmetto", "26-0126-118830-02", D(2026, 1, 26),
         [("99213", 1, ()), ("97760", 2, ("GO",))]),
        ("Bayside Terapia Ocupacional LLC", "26-0129-441577-01", D(2026, 1, 29),
         [("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97116", 2, ("GO",), "PR")]),
    ]
    claims = []
    for prov, cn, d0, items in visits:
        sv = []
        for it in items:
            s = mk(d0, it[0], it[1], it[2], desc=ES[it[0]], denied=it[3] if len(it) > 3 else None)
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
            sv.append(s)
        claims.append(Claim(pt, None, cn, prov, sv))
    printed = ("billed", "allowed", "paid", "patient_owes")

    def furniture():
        doc.font("DejaVuSans-Bold", 16)
        doc.text(40, 50, "Resumen de Medicare")
        doc.font("DejaVuSans", 9)
        doc.text(40, 64, "Parte B (Seguro Medico)   Resumen del 1 de noviembre de 2025 al 31 de enero de 2026")
        doc.text(572, 50, f"{pt}", "r")
        doc.text(572, 64, f"Pagina {doc.page} de {doc.total}", "r")
        doc.line(40, 72, 572, 72, 1.5)
        doc.font("DejaVuSans", 7)
        doc.text(40, 772, "Medicare 1-800-555-0133 (TTY 1-877-555-0148).  Este aviso no es una factura.")
        return 92

    y = furniture()
    doc.font("DejaVuSans", 9.5)
    for k, t in enumerate([pt, "422 CALLE TORTUGA APT 7", "PUERTO DEL SOL FL 33920-4417"]):
        doc.text(40, y + 12 * k, t)
    doc.rect(330, y - 10, 242, 96)
    doc.font("DejaVuSans-Bold", 9)
    doc.text(338, y + 4, "Su numero de Medicare: 7HT4-QW2-MN61")
    doc.font("DejaVuSans", 8.2)
    for k, t in enumerate(["Su deducible: usted ha pagado $85.00 de su", "deducible de la Parte B para 2026.",
                           "Reclamaciones de este periodo: 5", "Total que le pueden facturar: ver abajo",
                           "Revise sus reclamaciones y guarde este aviso."]):
        doc.text(338, y + 18 + 12 * k, t)
    y += 112
    doc.font("DejaVuSans-Bold", 12)
    doc.text(40, y, "Sus reclamaciones de la Parte B en detalle")
    y += 18
    cols = [("Servicio prestado y codigo de facturacion", 200, "l"), ("Aprobado?", 46, "l"),
            ("Cantidad cobrada", 64, "r"), ("Cantidad aprobada", 62, "r"), ("Medicare pago", 58, "r"),
            ("Lo maximo que le pueden facturar", 70, "r"), ("Ver notas", 32, "l")]

    def header(y):
        doc.font("DejaVuSans-Bold", 6.8)
        x = 40
        for h, w, a in cols:
            parts = wrap(doc, h, w - 6)
            for k, p in enumerate(parts):
                doc.text(x + (w - 4 if a == "r" else 0), y + 8 * k, p, a)
            x += w
        doc.line(40, y + 20, 572, y + 20, 0.8)
        return y + 31

    for c in claims:
        if y > 630:
            doc.new_page()
            y = furniture()
        doc.font("DejaVuSans-Bold", 9)
        doc.text(40, y, f"{dfmt(c.svcs[0].dos, 'mdy4')}  {c.provider}")
        doc.font("DejaVuSans", 8)
        doc.text(40, y + 11, f"Numero de reclamacion: {c.pcn}     Referido por: Dra. Solange Pitre")
        y = header(y + 22)
        for s in c.svcs:
            if y > 740:
                doc.new_page()
                y = furniture()
                doc.font("DejaVuSans-Bold", 8.5)
                doc.text(40, y, f"{c.provider} (continuacion)  Numero de reclamacion: {c.pcn}")
                y = header(y + 12)
            doc.font("DejaVuSans", 7.8)
            cells = [f"{units_str(s.units)} {s.desc} ({modstr(s)})", "No" if s.denied else "Si", money(s.billed),
                     money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            x = 40
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 4 if a == "r" else 0), y, t, a)
                x += w
            rec.add(doc.page, s, c, printed, [f"{units_str(s.units)} {s.desc}", f"({modstr(s)})"] + cells[2:6],
                    remarks=s.remarks)
            y += 14
        doc.font("DejaVuSans-Bold", 7.8)
        doc.text(40, y, "Total")
        x = 40 + 246
        for (h, w, a), t in zip(cols[2:6], [money(total(c.svcs, a)) for a in ("billed", "allowed", "paid", "owes")]):
            doc.text(x + w - 4, y, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                  patient_owes=total(c.svcs, "owes"))
        y += 28
    legend = [("A", "Esta cantidad se aplico a su deducible."),
              ("C", "Medicare no cubre este servicio tal como se facturo; usted puede ser responsable.")]
    if y > 720:
        doc.new_page()
        y = furniture()
    doc.font("DejaVuSans-Bold", 9)
    doc.text(40, y, "Definiciones de las notas")
    doc.font("DejaVuSans", 8)
    for k, (a, b) in enumerate(legend):
        doc.text(40, y + 12 + 11 * k, f"{a}  {b}")
    finish(doc, rec, out, "b1.pdf", "b1_msn_spanish", "Medicare Summary Notice, Spanish edition", legend)


# ----------------------------------------------------------------------------------------- b2

def layout_b2(out):
    doc = Doc(out / "b2.pdf", "fpdf2")
    rec = Rec()
    pt = "Osgood P. Whitlaw"
    visits = [("Riverbend Outpatient Therapy", "MA26-0105-33871", "RBT00410", D(2026, 1, 5),
               [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
              ("Riverbend Outpatient Therapy", "MA26-0112-34410", "RBT00457", D(2026, 1, 12),
               [("97110", 3, ("GP",)), ("97112", 1, ("GP",)), ("97116", 2, ("GP", "KX"))]),
              ("Riverbend Outpatient Therapy", "MA26-0119-35026", "RBT00502", D(2026, 1, 19),
               [("97110", 2, ("GP", "CQ")), ("97140", 2, ("GP", "CQ")), ("G0283", 1, ("GP",), "CO")]),
              ("Summit Family Medicine", "MA26-0121-35290", "SFM-77120", D(2026, 1, 21), [("99213", 1, ())]),
              ("Riverbend Outpatient Therapy", "MA26-0126-35844", "RBT00549", D(2026, 1, 26),
               [("97110", 2, ("GP",)), ("97530", 2, ("GP",)), ("97112", 1, ("GP",))])]
    claims = []
    for prov, cn, acct, d0, items in visits:
        st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.61"))
        sv = []
        for it in items:
            s = mk(d0, it[0], it[1], it[2], denied=it[3] if len(it) > 3 else None)
            commercial(s, st, deny_reason="50")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
            sv.append(s)
        claims.append(Claim(pt, acct, cn, prov, sv))
    printed = ("billed", "allowed", "paid", "patient_owes")
    cols = [("Date", 58, "l"), ("Service", 196, "l"), ("Provider's\ncharge", 62, "r"), ("Plan's approved\namount", 72, "r"),
            ("Plan paid", 58, "r"), ("You paid\nor owe", 56, "r"), ("Notes", 30, "l")]

    def furniture():
        doc.font("LibSerif-Bold", 15)
        doc.text(44, 46, "HARBORLIGHT SENIOR ADVANTAGE (HMO)")
        doc.font("LibSerif", 8.5)
        doc.text(44, 58, "Medicare Part C  |  Explanation of Benefits for January 2026  |  This is not a bill")
        doc.text(568, 46, f"Member: {pt}", "r")
        doc.text(568, 58, "Member ID HSA-0094417-02", "r")
        doc.line(44, 64, 568, 64, 0.7)
        doc.font("LibSerif", 7.5)
        doc.text(44, 768, "Harborlight Health Plans contracts with Medicare. Member Services 1-866-555-0122, 8 a.m.-8 p.m.")
        doc.text(568, 768, f"Page {doc.page} of {doc.total}", "r")
        return 84

    y = furniture()
    doc.rect(44, y, 524, 70)
    doc.font("LibSerif-Bold", 10)
    doc.text(52, y + 15, "Your medical claims this month at a glance")
    doc.font("LibSerif", 9)
    doc.text(52, y + 30, f"Claims processed: {len(claims)}")
    doc.text(52, y + 43, f"Plan paid this month: {money(sum(total(c.svcs, 'paid') for c in claims))}")
    doc.text(52, y + 56, f"You paid or owe this month: {money(sum(total(c.svcs, 'owes') for c in claims))}")
    doc.text(320, y + 30, "Out-of-pocket maximum (in network): $5,900.00")
    doc.text(320, y + 43, "Year-to-date toward maximum: $125.00")
    y += 96
    doc.font("LibSerif-Bold", 11)
    doc.text(44, y, "Your medical claims in detail")
    y += 18
    for c in claims:
        if y + 40 + 13 * len(c.svcs) > 740:
            doc.new_page()
            y = furniture()
        doc.font("LibSerif-Bold", 9)
        doc.text(44, y, c.provider)
        doc.font("LibSerif", 8.5)
        doc.text(568, y, f"Claim {c.pcn}  |  Your provider's account {c.claim_id}  |  Paid", "r")
        y += 8
        doc.rect(44, y, 524, 20, fill=0.9, stroke=False)
        doc.font("LibSerif-Bold", 7.5)
        x = 48
        for h, w, a in cols:
            for k, p in enumerate(h.split("\n")):
                doc.text(x + (w - 4 if a == "r" else 0), y + 8 + 8 * k, p, a)
            x += w
        y += 31
        doc.font("LibSerif", 8.3)
        for s in c.svcs:
            cells = [dfmt(s.dos, "mdy2"), f"{s.desc} - {modstr(s, ' ')}", money(s.billed), money(s.allowed),
                     money(s.paid), money(s.owes), ",".join(s.remarks)]
            x = 48
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 4 if a == "r" else 0), y, t, a)
                x += w
            rec.add(doc.page, s, c, printed, [cells[0], modstr(s, " ")] + cells[2:6], units=False, remarks=s.remarks)
            y += 13
        doc.line(302, y - 9, 568, y - 9, 0.4)
        doc.font("LibSerif-Bold", 8.3)
        doc.text(48, y, "Claim totals")
        x = 48 + 254
        for (h, w, a), t in zip(cols[2:6], [money(total(c.svcs, a)) for a in ("billed", "allowed", "paid", "owes")]):
            doc.text(x + w - 4, y, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                  patient_owes=total(c.svcs, "owes"))
        y += 26
    legend = [("1", "Your specialist copay for this visit."), ("3", "Not medically necessary as billed; the provider may not charge you.")]
    doc.font("LibSerif", 8)
    for k, (a, b) in enumerate(legend):
        doc.text(44, y + 11 * k, f"Note {a}: {b}")
    finish(doc, rec, out, "b2.pdf", "b2_medicare_advantage_eob", "Medicare Advantage member EOB", legend)


# ----------------------------------------------------------------------------------------- c1

def layout_c1(out):
    doc = Doc(out / "c1.pdf", "fpdf2", landscape=True)
    rec = Rec()
    recips = [("PELLETIER, JUNO", "401877235", "2026013000417", "KT33018"), ("BRAMWELL, OSKAR", "401990462", "2026013000418", "KT33025"),
              ("PELLETIER, AUGUST", "401877243", "2026013000419", "KT33031"), ("NAKASHIMA, REI", "402113570", "2026013000420", "KT33047"),
              ("ODUYA, FOLAKE", "402200918", "2026013000421", "KT33052")]
    plans = [[("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",), 7),
              ("97110", 1, ("GO",), 7), ("97530", 3, ("GO",), 14), ("97112", 2, ("GO",), 14), ("97530", 2, ("GO",), 21)],
             [("92523", 1, ("GN",)), ("92507", 1, ("GN",), 7), ("92507", 1, ("GN",), 14), ("92507", 1, ("GN",), 21)],
             [("97530", 2, ("GO", "U1")), ("97110", 2, ("GO", "U1")), ("97530", 2, ("GO", "U1"), 7),
              ("97110", 2, ("GO", "U1"), 7), ("97530", 2, ("GO", "U1"), 14), ("97535", 1, ("GO", "U1"), 14)],
             [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97140", 2, ("GP", "59")), ("97110", 2, ("GP",), 3),
              ("97140", 2, ("GP",), 3), ("97110", 2, ("GP",), 7), ("97116", 2, ("GP",), 7), ("97110", 3, ("GP",), 10),
              ("97112", 1, ("GP",), 10), ("97110", 2, ("GP",), 14), ("97140", 1, ("GP", "59"), 14),
              ("97110", 2, ("GP",), 17), ("97116", 2, ("GP",), 17), ("97110", 2, ("GP",), 21), ("97140", 1, ("GP",), 21),
              ("97112", 1, ("GP",), 21), ("97110", 3, ("GP",), 24), ("97116", 1, ("GP",), 24),
              ("97140", 2, ("GP", "59"), 24)]]
    claims = []
    for k, items in enumerate(plans):
        d0 = D(2026, 1, 5 + k)
        sv = []
        for it in items:
            s = mk(d0 + D.resolution * (it[3] if len(it) > 3 else 0), it[0], it[1], it[2])
            medicaid(s)
            s.remarks = ["0147"] if s.discount else ["0001"]
            sv.append(s)
        nm, rid, icn, acct = recips[k]
        claims.append(Claim(nm, acct, icn, "", sv, rid=rid, sec="PAID"))
    # denied claim
    nm, rid, icn, acct = recips[4]
    sv = [mk(D(2026, 1, 9), "97530", 4, ("GO",), denied="CO"), mk(D(2026, 1, 9), "97535", 2, ("GO",), denied="CO")]
    for s in sv:
        medicaid(s, deny_reason="197")
        s.remarks = ["0622"]
    claims.append(Claim(nm, acct, icn, "", sv, rid=rid, sec="DENIED"))
    # void of an earlier paid claim, and its replacement
    orig = [mk(D(2025, 12, 15), "97530", 3, ("GO",)), mk(D(2025, 12, 15), "97110", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    vd = [negate(s) for s in orig]
    for s in vd:
        s.remarks = ["0910"]
    claims.append(Claim("BRAMWELL, OSKAR", "KT32876", "2026013000422", "", vd, rid="401990462", sec="ADJUSTED",
                        orig="2025122100388"))
    rep = [mk(D(2025, 12, 15), "97530", 3, ("GO", "59")), mk(D(2025, 12, 15), "97110", 3, ("GO",))]
    for s in rep:
        medicaid(s)
        s.remarks = ["0911"]
    claims.append(Claim("BRAMWELL, OSKAR", "KT32876", "2026013000423", "", rep, rid="401990462", sec="ADJUSTED"))
    printed = ("billed", "allowed", "paid")

    def m(d):
        return money(d, ",", "trail").rjust(11)

    lh = 10.5

    def furniture():
        doc.font("Courier-Bold", 8.5)
        doc.text(30, 34, "STATE OF WESTMARCH  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM")
        doc.font("Courier", 8)
        doc.text(30, 45, "REMITTANCE ADVICE                         RA NUMBER: 0006615207    PAYMENT DATE: 01/30/2026")
        doc.text(30, 56, "PROVIDER: KESTREL PEDIATRIC THERAPY LLC   PROVIDER NUMBER: 0077120453   NPI: 1558012947")
        doc.text(762, 34, f"PAGE {doc.page:>4}", "r")
        doc.text(30, 67, "-" * 120)
        return 82

    def colhead(y):
        doc.font("Courier-Bold", 8)
        doc.text(30, y, "  LN  FROM-DOS  TO-DOS    PROC   MD1 MD2  UNITS       BILLED     ALLOWED        PAID   EOB")
        return y + lh

    y = furniture()
    section = None
    for c in claims:
        if c.sec != section:
            section = c.sec
            if y > 520:
                doc.new_page()
                y = furniture()
            doc.font("Courier-Bold", 8.5)
            doc.text(30, y + 4, f"*** {section} CLAIMS ***")
            y += 2 * lh
        if y > 540:
            doc.new_page()
            y = furniture()
        doc.font("Courier", 8)
        head = f"RECIP NAME: {c.patient:<22} RECIP ID: {c.rid}   ICN: {c.pcn}   PAT ACCT: {c.claim_id}"
        if getattr(c, "orig", None):
            head += f"   ORIG ICN: {c.orig}"
        doc.text(30, y, head)
        y = colhead(y + lh)
        for n, s in enumerate(c.svcs, 1):
            if y > 566:
                doc.new_page()
                y = furniture()
                doc.font("Courier", 8)
                doc.text(30, y, f"RECIP NAME: {c.patient:<22} ICN: {c.pcn}   (CONTINUED)")
                y = colhead(y + lh)
            doc.font("Courier", 8)
            md = list(s.mods) + ["", ""]
            line = (f"  {n:02d}  {dfmt(s.dos, 'mdy2')}  {dfmt(s.dos, 'mdy2')}  {s.code:<6} {md[0]:<3} {md[1]:<3} "
                    f"{units_str(s.units):>6} {m(s.billed)} {m(s.allowed)} {m(s.paid)}   {' '.join(s.remarks)}")
            doc.text(30, y, line)
            rec.add(doc.page, s, c, printed, [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods) if len(s.mods) > 1 else (s.mods[0] if s.mods else ""),
                                              units_str(s.units), m(s.billed).strip(), m(s.allowed).strip(),
                                              m(s.paid).strip()], remarks=s.remarks)
            y += lh
        doc.text(30, y, f"{'CLAIM TOTAL':>49} {m(total(c.svcs, 'billed'))} {m(total(c.svcs, 'allowed'))} {m(total(c.svcs, 'paid'))}")
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"))
        y += 1.6 * lh
    legend = [("0001", "Paid as billed."), ("0147", "Paid at the program's maximum fee for this procedure."),
              ("0622", "Prior authorization on file does not cover these dates of service."),
              ("0910", "Claim voided at provider request; earlier payment recovered."),
              ("0911", "Replacement claim for a voided claim.")]
    if y > 500:
        doc.new_page()
        y = furniture()
    doc.font("Courier-Bold", 8)
    doc.text(30, y, "EOB CODE DESCRIPTIONS")
    doc.font("Courier", 8)
    for k, (a, b) in enumerate(legend):
        doc.text(30, y + lh * (k + 1), f"  {a}  {b}")
    finish(doc, rec, out, "c1.pdf", "c1_medicaid_ra_mmis", "state Medicaid remittance advice, fixed width", legend)


# ----------------------------------------------------------------------------------------- c2

def layout_c2(out):
    doc = Doc(out / "c2.pdf", "reportlab")
    rec = Rec()
    mem = [("Adaeze Korhonen", "MK40018822", "ACC-11902"), ("Silas Korhonen", "MK40018830", "ACC-11915"),
           ("Wendeline Ostrova", "MK40233107", "ACC-11926"), ("Pim van der Aa", "MK40510044", "ACC-11931"),
           ("Talulah Greyeyes", "MK40622958", "ACC-11944")]
    plans = [[("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97112", 1, ("GO",))],
             [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
             [("97530", 3, ("GO",)), ("97535", 2, ("GO",)), ("97140", 1, ("GO", "59")), ("97760", 1, ("GO",))],
             [("97530", 4, ("GO",), "CO"), ("97110", 2, ("GO",), "CO")],
             [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97129", 1, ("GO",))]]
    claims = []
    for k, items in enumerate(plans):
        sv = []
        for it in items:
            s = mk(D(2026, 1, 12 + k), it[0], it[1], it[2], denied=it[3] if len(it) > 3 else None)
            medicaid(s, deny_reason="15")
            s.remarks = ["N54"] if s.denied else []
            sv.append(s)
        nm, mid, acct = mem[k]
        claims.append(Claim(nm, acct, f"{26020000 + 3771 * k:010d}-{k + 1:02d}", "", sv, mid=mid,
                            status="DENIED" if items[0][-1] == "CO" else "PAID"))
    printed = ("billed", "allowed", "paid")
    cols = [("Ln", 18, "l"), ("DOS", 50, "l"), ("Procedure", 46, "l"), ("Mods", 36, "l"), ("Units", 30, "r"),
            ("Billed", 50, "r"), ("Allowed", 50, "r"), ("Paid", 50, "r"), ("CARC", 34, "l"), ("Adj Amt", 50, "r"),
            ("RARC", 30, "l")]

    def furniture():
        doc.font("DejaVuSansCond-Bold", 13)
        doc.text(40, 44, "Prairie Lakes Medicaid  -  Provider Remittance Advice")
        doc.font("DejaVuSansCond", 8)
        doc.text(40, 56, "Billing provider: Juniper Hollow Therapy Services   Provider ID 3300718846   Payee ID 00921")
        doc.text(40, 66, "Warrant/EFT No. 88120344   Issue date 02/02/2026   Cycle 2026-05")
        doc.text(572, 44, f"Page {doc.page} of {doc.total}", "r")
        doc.line(40, 72, 572, 72, 1)
        return 90

    y = furniture()
    for c in claims:
        h = 44 + 13 * len(c.svcs) + 14
        if y + h > 750:
            doc.new_page()
            y = furniture()
        doc.rect(40, y, 532, h)
        doc.rect(40, y, 532, 28, fill=0.92)
        doc.font("DejaVuSansCond-Bold", 8.3)
        doc.text(46, y + 11, f"Member: {c.patient}")
        doc.text(240, y + 11, f"Member ID: {c.mid}")
        doc.text(566, y + 11, f"Claim status: {c.status}", "r")
        doc.font("DejaVuSansCond", 8)
        doc.text(46, y + 23, f"TCN: {c.pcn}")
        doc.text(240, y + 23, f"Patient Acct #: {c.claim_id}")
        doc.text(566, y + 23, "Claim type: Professional", "r")
        yy = y + 40
        doc.font("DejaVuSansCond-Bold", 7.5)
        x = 46
        for hh, w, a in cols:
            doc.text(x + (w - 4 if a == "r" else 0), yy, hh, a)
            x += w
        yy += 13
        doc.font("DejaVuSansCond", 7.8)
        for n, s in enumerate(c.svcs, 1):
            adj = s.adjs[0] if s.adjs else None
            cells = [str(n), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}", money(s.billed, ","),
                     money(s.allowed, ","), money(s.paid, ","), f"{adj[0]}-{adj[1]}" if adj else "",
                     money(adj[2], ",") if adj else "", " ".join(s.remarks)]
            x = 46
            for (hh, w, a), t in zip(cols, cells):
                doc.text(x + (w - 4 if a == "r" else 0), yy, t, a)
                x += w
            rec.add(doc.page, s, c, printed, cells[1:], adjs=s.adjs, remarks=s.remarks)
            yy += 13
        doc.line(46, yy - 9, 566, yy - 9, 0.3)
        doc.font("DejaVuSansCond-Bold", 7.8)
        doc.text(46, yy, "Claim totals")
        x = 46 + 180
        for (hh, w, a), t in zip(cols[5:8], [money(total(c.svcs, a), ",") for a in ("billed", "allowed", "paid")]):
            doc.text(x + w - 4, yy, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"))
        y += h + 14
    legend = [("N54", "Claim information conflicts with the member's enrollment record.")]
    doc.font("DejaVuSansCond", 7.5)
    doc.text(40, y, "RARC N54: Claim information conflicts with the member's enrollment record.  CARC CO-45: above the fee maximum.  CO-15: authorization missing or invalid.")
    finish(doc, rec, out, "c2.pdf", "c2_medicaid_ra_boxed", "state Medicaid remittance advice, boxed panels", legend)


# ----------------------------------------------------------------------------------------- d1

def layout_d1(out):
    doc = Doc(out / "d1.pdf", "reportlab", landscape=True)
    rec = Rec()
    pts = [("DUNWOODY, CLEMENT", "5RF7JH4KD22", "SWT-04471", "0226013104420", D(2026, 1, 5)),
           ("ELLSWORTH, MAVIS", "2QX9TR1WY61", "SWT-04488", "0226013104421", D(2026, 1, 6)),
           ("DUNWOODY, PEARL", "5RF7JH4KD39", "SWT-04493", "0226013104422", D(2026, 1, 7)),
           ("FAIRWEATHER, ROLAND", "8MC2VB6NP17", "SWT-04506", "0226013104423", D(2026, 1, 8)),
           ("GUTIERREZ-HALE, LUZ", "3KL5DA9ZE48", "SWT-04512", "0226013104424", D(2026, 1, 9))]
    plans = [[("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))],
             [("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("G0283", 1, ("GO",))],
             [("97110", 3, ("GP", "KX")), ("97116", 2, ("GP", "KX")), ("97140", 1, ("GP", "59"))],
             [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
             [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97530", 1, ("GP",)), ("0552T", 1, ("GP",), "CO")]]
    claims = []
    for k, items in enumerate(plans):
        st = PlanState(ded_left=Decimal("40.00") if k == 1 else Decimal("0"))
        sv = []
        for it in items:
            s = mk(pts[k][4], it[0], it[1], it[2], denied=it[3] if len(it) > 3 else None)
            medicare(s, st, deny_reason="96")
            s.remarks = ["N425"] if s.denied else []
            sv.append(s)
        nm, hic, acct, icn, _ = pts[k]
        claims.append(Claim(nm, acct, icn, "", sv, hic=hic))
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")

    def furniture():
        doc.font("LibMono-Bold", 9)
        doc.text(30, 34, "MEDICARE PART B REMITTANCE - PRINTED BY CLEARPATH CLAIMS EXCHANGE (ERA TO PAPER)")
        doc.font("LibMono", 7.6)
        doc.text(30, 45, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES   PROVIDER #: 7734120   NPI 1629045512")
        doc.text(30, 55, "PAYEE: SAWTOOTH PHYSICAL & OCCUPATIONAL THERAPY   CHECK/EFT #: 800211447   DATE: 01/31/2026")
        doc.text(762, 34, f"PAGE #: {doc.page} OF {doc.total}", "r")
        doc.text(30, 72, "PERF PROV   SERV DATE   POS NOS PROC  MODS         BILLED   ALLOWED    DEDUCT     COINS  GRP/RC-AMT              PROV PD")
        doc.text(30, 81, "-" * 142)
        return 96

    y = furniture()
    lh = 10
    for c in claims:
        if y + lh * (len(c.svcs) + 4) > 560:
            doc.new_page()
            y = furniture()
        doc.font("LibMono", 7.6)
        doc.text(30, y, f"NAME {c.patient:<24} HIC {c.hic}  ACNT {c.claim_id}  ICN {c.pcn}  ASG Y  MOA MA01")
        y += lh
        for s in c.svcs:
            line = (f"1730944821  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} 11 {units_str(s.units):>3} {s.code:<5} "
                    f"{' '.join(s.mods):<8} {money(s.billed, ''):>9} {money(s.allowed, ''):>9} {money(s.deductible, ''):>9} "
                    f"{money(s.coinsurance, ''):>9}  {s.adjs[0][0]}-{s.adjs[0][1]:<4}{money(s.adjs[0][2], ''):>8}      "
                    f"{money(s.paid, ''):>9}")
            doc.text(30, y, line)
            toks = [dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""),
                    money(s.deductible, ""), money(s.coinsurance, ""), money(s.paid, ""),
                    f"{s.adjs[0][0]}-{s.adjs[0][1]}", f"{units_str(s.units)} {s.code}"]
            y += lh
            for g, r, a in s.adjs[1:]:
                doc.text(30, y, " " * 98 + f"{g}-{r:<4}{money(a, ''):>8}")
                y += lh
            if s.remarks:
                doc.text(30, y, " " * 12 + f"REM: {' '.join(s.remarks)}")
                y += lh
            rec.add(doc.page, s, c, printed, toks, adjs=s.adjs, remarks=s.remarks)
            # the first adjustment shares the service row; further ones print on the lines right under it
            rec.rows[-1] = {"row": toks + [money(s.adjs[0][2], "")],
                            "below": [f"{g}-{r}" for g, r, a in s.adjs[1:]] + [money(a, "") for g, r, a in s.adjs[1:]]}
        doc.text(30, y, f"PT RESP {money(total(c.svcs, 'owes'), ''):>8}   CLAIM TOTALS{'':9}"
                        f"{money(total(c.svcs, 'billed'), ''):>9} {money(total(c.svcs, 'allowed'), ''):>9} "
                        f"{money(total(c.svcs, 'deductible'), ''):>9} {money(total(c.svcs, 'coinsurance'), ''):>9}"
                        f"{'':26}{money(total(c.svcs, 'paid'), ''):>9}")
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"))
        y += 1.8 * lh
    legend = [("N425", "Statutorily excluded service.")]
    doc.text(30, y, "REMARK CODES: N425 - service excluded by statute.   MA01 - appeal rights notice.")
    finish(doc, rec, out, "d1.pdf", "d1_medicare_spr_clearinghouse", "Medicare paper remit, clearinghouse print", legend)


# ----------------------------------------------------------------------------------------- d2

def layout_d2(out):
    doc = Doc(out / "d2.pdf", "fpdf2")
    rec = Rec()
    pts = [("Hollis, Verna J", "4471-01", "22260120558800"), ("Marchetti, Dom", "4498-02", "22260120558801"),
           ("Hollis, Abner T", "4503-01", "22260120558802"), ("Stroud-Ivey, Carmel", "4517-01", "22260120558803")]
    plans = [[(D(2026, 1, 5), "97530", 2, ("GO",)), (D(2026, 1, 5), "97535", 1, ("GO",)),
              (D(2026, 1, 7), "97530", 3, ("GO",)), (D(2026, 1, 7), "97112", 1, ("GO", "59")),
              (D(2026, 1, 12), "97530", 2, ("GO",)), (D(2026, 1, 12), "97110", 2, ("GO",)),
              (D(2026, 1, 14), "97530", 2, ("GO", "CO")), (D(2026, 1, 14), "97535", 2, ("GO", "CO")),
              (D(2026, 1, 19), "97530", 3, ("GO", "KX")), (D(2026, 1, 19), "97140", 1, ("GO",)),
              (D(2026, 1, 21), "97530", 2, ("GO", "KX")), (D(2026, 1, 21), "97168", 1, ("GO",))],
             [(D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)),
              (D(2026, 1, 8), "97110", 3, ("GP",)), (D(2026, 1, 8), "G0283", 1, ("GP",))],
             [(D(2025, 12, 5), "92523", 1, ("GN",))] + [(D(2025, 12, 12) + D.resolution * 7 * k, "92507", 1, ("GN",))
                                                        for k in range(4)] +
             [(D(2026, 1, 9), "92507", 1, ("GN",)), (D(2026, 1, 16), "92507", 1, ("GN",)),
              (D(2026, 1, 23), "92507", 1, ("GN",)), (D(2026, 1, 30), "92507", 1, ("GN",))],
             [(D(2026, 1, 13), "97166", 1, ("GO",)), (D(2026, 1, 13), "97530", 2, ("GO",)),
              (D(2026, 1, 20), "97760", 2, ("GO",)), (D(2026, 1, 20), "L3807", 1, ("RT",))]]
    claims = []
    for k, items in enumerate(plans):
        st = PlanState(ded_left=Decimal("57.50") if k == 2 else Decimal("0"))
        sv = []
        for d0, code, u, mods in items:
            s = mk(d0, code, u, mods)
            medicare(s, st)
            sv.append(s)
        nm, acct, icn = pts[k]
        claims.append(Claim(nm, acct, icn, "", sv))
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    cols = [("DOS", 50, "l"), ("CPT", 36, "l"), ("Mod", 40, "l"), ("Units", 28, "r"), ("Charge", 52, "r"),
            ("Allowed", 50, "r"), ("Deduct", 44, "r"), ("Coins", 42, "r"), ("Adj Codes", 124, "l"), ("Payment", 58, "r")]
    X0 = 36

    def furniture():
        doc.font("Helvetica-Bold", 12)
        doc.text(X0, 40, "TheraTrack PM  -  Remittance Posting Detail")
        doc.font("Helvetica", 8)
        doc.text(X0, 52, "Practice: Willowmere Therapy Collective   Payer: Medicare Part B (J-Region 14)   Deposit 2026-0131-02")
        doc.text(X0, 62, "EFT trace 1RE0091273344   Paid 01/31/2026   Posted by: kbaptiste")
        doc.text(576, 40, f"pg {doc.page}/{doc.total}", "r")
        doc.line(X0, 68, 576, 68, 1)
        doc.text(X0, 772, "Printed 02/01/2026 07:42  TheraTrack PM v9.3")
        return 86

    def header(y):
        doc.rect(X0, y, 540, 14, fill=0.85)
        doc.font("Helvetica-Bold", 7.5)
        x = X0
        for h, w, a in cols:
            doc.text(x + (w - 3 if a == "r" else 3), y + 10, h, a)
            x += w
        return y + 14

    y = furniture()
    for c in claims:
        if y > 680:
            doc.new_page()
            y = furniture()
        doc.font("Helvetica-Bold", 8.5)
        doc.text(X0, y, f"Patient: {c.patient}")
        doc.font("Helvetica", 8)
        doc.text(X0 + 180, y, f"Acct#: {c.claim_id}")
        doc.text(X0 + 270, y, f"Payer Claim #: {c.pcn}")
        doc.text(576, y, "Status: Processed as Primary", "r")
        y = header(y + 5)
        for s in c.svcs:
            if y > 735:
                doc.new_page()
                y = furniture()
                doc.font("Helvetica-Bold", 8.5)
                doc.text(X0, y, f"Patient: {c.patient}  (cont.)  Payer Claim #: {c.pcn}")
                y = header(y + 5)
            doc.font("Helvetica", 7.8)
            pairs = [f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs]
            rh = 14 if len(pairs) <= 2 else 24
            cells = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), money(s.billed, ""),
                     money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""), "  ".join(pairs[:2]),
                     money(s.paid, "")]
            x = X0
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 3 if a == "r" else 3), y + 10, t, a)
                doc.line(x, y, x, y + rh, 0.3)
                x += w
            doc.line(x, y, x, y + rh, 0.3)
            if len(pairs) > 2:
                doc.text(X0 + sum(w for h, w, a in cols[:8]) + 3, y + 20, "  ".join(pairs[2:]))
            doc.line(X0, y + rh, X0 + 540, y + rh, 0.3)
            rec.add(doc.page, s, c, printed, cells[:8] + [cells[9]], adjs=s.adjs)
            rec.rows[-1] = {"row": cells[:8] + [cells[9]] + pairs[:2], "below": pairs[2:]}
            y += rh
        doc.font("Helvetica-Bold", 7.8)
        doc.text(X0 + 3, y + 10, "Claim total")
        x = X0 + 154
        for (h, w, a), t in zip(cols[4:8], [money(total(c.svcs, a), "") for a in ("billed", "allowed", "deductible", "coinsurance")]):
            doc.text(x + w - 3, y + 10, t, "r")
            x += w
        doc.text(X0 + 537, y + 10, money(total(c.svcs, "paid"), ""), "r")
        rec.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"))
        y += 32
    finish(doc, rec, out, "d2.pdf", "d2_pm_remit_posting", "practice-management remittance posting print", [])


# ----------------------------------------------------------------------------------------- e1

def layout_e1(out):
    doc = Doc(out / "e1.pdf", "fpdf2")
    rec = Rec()
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"))
    kids = [("Wren Abernathy-Cole", [("V-230118", "SB2601-77410", D(2026, 1, 6), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
                                     ("V-230164", "SB2601-77902", D(2026, 1, 13), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])]),
            ("Jasper Abernathy-Cole", [("V-230121", "SB2601-77415", D(2026, 1, 7), [("92523", 1, ("GN",))]),
                                       ("V-230170", "SB2601-77944", D(2026, 1, 14), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])]),
            ("Poppy Abernathy-Cole", [("V-230177", "SB2601-78013", D(2026, 1, 15), [("97530", 2, ("GO",)), ("97112", 2, ("GO", "59")),
                                                                                 ("97150", 1, ("GO",), "PR")])])]
    claims = []
    for nm, visits in kids:
        for vis, cn, d0, items in visits:
            sv = []
            for it in items:
                s = mk(d0, it[0], it[1], it[2], denied=it[3] if len(it) > 3 else None)
                commercial(s, st)
                sv.append(s)
            claims.append(Claim(nm, vis, cn, "", sv))
    printed = ("billed", "paid", "discount", "patient_owes")
    cols = [("Date", 52, "l"), ("Code", 62, "l"), ("Description", 170, "l"), ("Units", 30, "r"), ("Charge", 50, "r"),
            ("Ins Paid", 50, "r"), ("Ins Adj", 50, "r"), ("Your Part", 56, "r")]
    X0 = 36

    def furniture():
        doc.font("DejaVuSans-Bold", 14)
        doc.text(X0, 44, "Little Oaks Kids Therapy")
        doc.font("DejaVuSans", 8)
        doc.text(X0, 56, "2250 Sycamore Run, Suite 110  -  Elmsford Falls, CO 80611  -  (970) 555-0148")
        doc.font("DejaVuSans-Bold", 11)
        doc.text(576, 44, "FAMILY STATEMENT", "r")
        doc.font("DejaVuSans", 8)
        doc.text(576, 56, f"Statement date 02/03/2026   Page {doc.page} of {doc.total}", "r")
        doc.line(X0, 62, 576, 62, 0.8)
        return 78

    y = furniture()
    doc.font("DejaVuSans", 9)
    for k, t in enumerate(["Guarantor: Delphine Abernathy-Cole", "78 Quarry Hill Road", "Elmsford Falls, CO 80612"]):
        doc.text(X0, y + 12 * k, t)
    doc.rect(326, y - 10, 250, 44)
    doc.text(334, y + 3, "Family account no.  LOK-30917")
    doc.text(334, y + 15, "Primary insurance: Aspen Crest Health PPO")
    doc.font("DejaVuSans-Bold", 9)
    owes = sum(total(c.svcs, "owes") for c in claims)
    doc.text(334, y + 27, f"Amount due: {money(owes)}   Pay by 02/24/2026")
    y += 56
    cur = None
    for c in claims:
        if y + 30 + 13 * len(c.svcs) > 700:
            doc.new_page()
            y = furniture()
        if c.patient != cur:
            cur = c.patient
            doc.font("DejaVuSans-Bold", 9.5)
            doc.text(X0, y, f"Patient: {c.patient}")
            y += 14
        doc.font("DejaVuSans", 8)
        doc.text(X0 + 8, y, f"Visit # {c.claim_id}   Billed to Aspen Crest Health PPO   Ins Claim # {c.pcn}")
        y += 12
        doc.font("DejaVuSans-Bold", 7.3)
        x = X0 + 8
        for h, w, a in cols:
            doc.text(x + (w - 3 if a == "r" else 0), y, h, a)
            x += w
        doc.line(X0 + 8, y + 3, 576, y + 3, 0.3)
        y += 12
        doc.font("DejaVuSans", 7.6)
        for s in c.svcs:
            cells = [dfmt(s.dos, "mdy2"), modstr(s, " "), s.desc, units_str(s.units), money(s.billed, ","),
                     money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
            x = X0 + 8
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 3 if a == "r" else 0), y, t, a)
                x += w
            rec.add(doc.page, s, c, printed, [cells[0], cells[1]] + cells[3:])
            y += 12
        doc.font("DejaVuSans-Bold", 7.6)
        doc.text(X0 + 8, y, "Visit totals")
        x = X0 + 8 + 314
        for (h, w, a), t in zip(cols[4:], [money(total(c.svcs, a), ",") for a in ("billed", "paid", "discount", "owes")]):
            doc.text(x + w - 3, y, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), paid=total(c.svcs, "paid"), patient_owes=total(c.svcs, "owes"))
        y += 20
    doc.new_page() if y > 660 else None
    y = max(y, 80) if doc.page == 2 and y < 80 else y
    if doc.page == 1:
        doc.new_page()
        y = furniture()
    doc.font("DejaVuSans-Bold", 9)
    doc.text(X0, y + 6, "Account aging")
    doc.font("DejaVuSans", 8)
    for k, (h, v) in enumerate([("Current", owes), ("31-60 days", Decimal("0")), ("61-90 days", Decimal("0")),
                                ("Over 90", Decimal("0"))]):
        doc.rect(X0 + 110 * k, y + 12, 104, 30)
        doc.text(X0 + 110 * k + 6, y + 24, h)
        doc.text(X0 + 110 * k + 6, y + 36, money(v))
    doc.text(X0, y + 62, "Group sessions are not covered by the family's plan; the charge is yours. Thank you for choosing Little Oaks.")
    finish(doc, rec, out, "e1.pdf", "e1_clinic_family_statement", "therapy clinic family statement", [])


# ----------------------------------------------------------------------------------------- e2

REV = {"97530": "0430", "97535": "0430", "97165": "0434", "97168": "0430", "97110": "0420", "97140": "0420",
       "97161": "0424", "92507": "0440", "92523": "0444", "L3807": "0274", "97760": "0430", "97112": "0420"}


def layout_e2(out):
    doc = Doc(out / "e2.pdf", "reportlab")
    rec = Rec()
    fam = [("Cormac Lindqvist", "HA-7730158", "CR26A0092215", [
        (D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)), (D(2026, 1, 8), "97140", 2, ("GP",)),
        (D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 13), "97112", 2, ("GP",)), (D(2026, 1, 13), "97110", 3, ("GP",)),
        (D(2026, 1, 15), "97140", 1, ("GP", "59")), (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 20), "97110", 3, ("GP",)),
        (D(2026, 1, 22), "97112", 1, ("GP",)), (D(2026, 1, 22), "97140", 2, ("GP",))]),
        ("Saoirse Lindqvist", "HA-7730204", "CR26A0092871", [
            (D(2026, 1, 9), "97165", 1, ("GO",)), (D(2026, 1, 9), "97530", 2, ("GO",)), (D(2026, 1, 16), "97760", 1, ("GO",)),
            (D(2026, 1, 16), "L3807", 1, ("LT",)), (D(2026, 1, 23), "97530", 2, ("GO",)),
            (D(2026, 1, 23), "97535", 1, ("GO",)), (D(2026, 1, 27), "97530", 3, ("GO",)), (D(2026, 1, 27), "97140", 1, ("GO",)),
            (D(2026, 1, 30), "97168", 1, ("GO",)), (D(2026, 1, 30), "97530", 2, ("GO",))]),
        ("Anders Lindqvist", "HA-7730219", "CR26A0093004", [
            (D(2026, 1, 12), "92523", 1, ("GN",)), (D(2026, 1, 19), "92507", 1, ("GN",)), (D(2026, 1, 26), "92507", 1, ("GN",))])]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    claims = []
    for nm, acct, cn, items in fam:
        sv = []
        for d0, code, u, mods in items:
            s = mk(d0, code, u, mods, desc=__import__("eobgen").LONG_DESC.get(code, ""))
            commercial(s, st)
            sv.append(s)
        claims.append(Claim(nm, acct, cn, "", sv))
    claims = [claims[0], claims[2], claims[1]]
    printed = ("billed", "paid", "discount", "patient_owes")
    cols = [("Date", 54, "l"), ("Rev", 28, "l"), ("CPT/HCPCS", 58, "l"), ("Description", 150, "l"), ("Qty", 24, "r"),
            ("Charges", 52, "r"), ("Insurance\nPaid", 52, "r"), ("Adjust-\nments", 52, "r"), ("Your\nBalance", 52, "r")]
    X0 = 40

    def furniture(first):
        doc.font("LibSerif-Bold", 14)
        doc.text(X0, 40 if not first else 190, "St. Brendan's Regional Medical Center")
        doc.font("LibSerif", 8.5)
        yb = 52 if not first else 202
        doc.text(X0, yb, "Outpatient Rehabilitation Services  |  Patient Financial Services 1-888-555-0110")
        doc.text(572, yb, f"Page {doc.page} of {doc.total}", "r")
        doc.line(X0, yb + 6, 572, yb + 6, 0.8)
        return yb + 24

    # tear-off stub
    doc.rect(X0, 30, 532, 120)
    doc.font("LibSerif-Bold", 11)
    doc.text(X0 + 8, 48, "St. Brendan's Regional Medical Center - PAYMENT COUPON")
    doc.font("LibSerif", 9)
    owes = sum(total(c.svcs, "owes") for c in claims)
    for k, t in enumerate(["Guarantor: Annika Lindqvist", "Guarantor no. G-55107", "Statement date: 02/04/2026",
                           f"Please pay: {money(owes)} by 03/01/2026"]):
        doc.text(X0 + 8, 66 + 13 * k, t)
    doc.text(X0 + 300, 66, "Amount enclosed: $__________")
    doc.text(X0 + 300, 79, "Make checks payable to St. Brendan's RMC")
    doc.text(X0 + 300, 92, "PO Box 6610, Caddo Springs, TX 75701")
    doc.text(X0 + 8, 142, "- - - - - - - - - - - - - detach and return the top portion with your payment - - - - - - - - - - - - -")
    y = furniture(True)
    for c in claims:
        if y > 660:
            doc.new_page()
            y = furniture(False)
        doc.font("LibSerif-Bold", 9.5)
        doc.text(X0, y, f"Patient: {c.patient}     Account No. {c.claim_id}")
        doc.font("LibSerif", 8.5)
        doc.text(572, y, f"Aspenvale Health Plan claim {c.pcn}", "r")
        y += 8
        doc.font("LibSerif-Bold", 7.5)
        x = X0
        for h, w, a in cols:
            for k, p in enumerate(h.split("\n")):
                doc.text(x + (w - 3 if a == "r" else 0), y + 8 + 8 * k, p, a)
            x += w
        doc.line(X0, y + 20, 572, y + 20, 0.4)
        y += 31
        for s in c.svcs:
            doc.font("LibSerif", 8)
            dl = wrap(doc, s.desc, 146)
            if y + 10 * len(dl) > 760:
                doc.new_page()
                y = furniture(False)
                doc.font("LibSerif-Bold", 9)
                doc.text(X0, y, f"Patient: {c.patient}   Account No. {c.claim_id} (continued)")
                y += 14
                doc.font("LibSerif", 8)
            code = modstr(s, " ")
            cells = [dfmt(s.dos, "mdy4"), REV[s.code], code, dl[0], units_str(s.units), money(s.billed, ","),
                     money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
            x = X0
            for (h, w, a), t in zip(cols, cells):
                doc.text(x + (w - 3 if a == "r" else 0), y, t, a)
                x += w
            for k, p in enumerate(dl[1:], 1):
                doc.text(X0 + 140, y + 9 * k, p)
            rec.add(doc.page, s, c, printed, [cells[0], code, cells[4], cells[5], cells[6], cells[7], cells[8]])
            y += 9 * len(dl) + 4
        doc.font("LibSerif-Bold", 8)
        doc.text(X0, y, "Account totals")
        x = X0 + 314
        for (h, w, a), t in zip(cols[5:], [money(total(c.svcs, "billed"), ","), money(total(c.svcs, "paid"), ","),
                                           money(total(c.svcs, "discount"), ","), money(total(c.svcs, "owes"), ",")]):
            doc.text(x + w - 3, y, t, "r")
            x += w
        rec.claim(c, billed=total(c.svcs, "billed"), paid=total(c.svcs, "paid"), patient_owes=total(c.svcs, "owes"))
        y += 24
    finish(doc, rec, out, "e2.pdf", "e2_hospital_family_statement", "hospital outpatient family statement", [])


LAYOUTS = [layout_a1, layout_a2, layout_b1, layout_b2, layout_c1, layout_c2, layout_d1, layout_d2, layout_e1, layout_e2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout69_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    for f in LAYOUTS:  # second pass: now every "of N" is known
        f(out)
    print(out)
    if "--check" in argv:
        import json
        errs, nl, npg = [], 0, 0
        for name, rows in ROW_TOKENS.items():
            errs += check_file(out / name, rows, DOC_STRINGS[name])
            t = json.loads((out / (name + ".truth.json")).read_text())
            nl += len(t["lines"])
            npg += t["pages"]
            print(f"  {name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
        for e in errs:
            print("FAIL", e)
        print(f"check: {len(ROW_TOKENS)} files, {nl} lines, {npg} pages, {len(errs)} problems")
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
