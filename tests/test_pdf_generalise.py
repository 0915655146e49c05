"""General mechanisms of the PDF reader added for layouts it was never shown (second held-out round), each
on synthetic word lists (no PDF): adjustment/remark continuation lines in any spelling, X12 procedure
composites, abbreviated headings confirmed by the values under them, "label: value" service blocks,
tables running onto the next page without their heading, a "$" printed in its own column, baseline
jitter, claim keys by the meaning of their labels, claim status, and header lines split at their labels."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import claims_of, lines_of, read, right, text_at, words_at

from eobreader.model import Adjustment
from eobreader.sources.pdf import adjustment_only
from eobreader.sources.pdf_layout import token_kind
from eobreader.sources.pdf_words import Word
from eobreader.vocab import Field, match_header

# ------------------------------------------------------------------------------ vocabulary

def test_member_statement_words():
    assert match_header("Member rate") is Field.ALLOWED
    assert match_header("Pending or not payable") is Field.NOT_COVERED
    assert match_header("Family cost share") is Field.PATIENT_OWES
    assert match_header("Child") is Field.PATIENT
    assert match_header("PROC/MODS") is Field.CODE
    # a numbered modifier heading stays a modifier column, a rate of coinsurance stays coinsurance
    assert match_header("Procedure Modifier 1") is Field.MODIFIERS
    assert match_header("Coinsurance rate") is Field.COINSURANCE


# ------------------------------------------------------------------------------ continuation lines

def test_adjustment_only_lines_in_any_spelling():
    a = adjustment_only("ADJ: CO 45 88.70   PR 3 3.00   RMK: N20")
    assert a == ([Adjustment("CO", "45", Decimal("88.70")), Adjustment("PR", "3", Decimal("3.00"))], ["N20"])
    assert adjustment_only("Adj CO-45 45.60") == ([Adjustment("CO", "45", Decimal("45.60"))], [])
    assert adjustment_only("ADJ: CO 45 -88.70")[0] == [Adjustment("CO", "45", Decimal("-88.70"))]
    assert adjustment_only("Remarks: N130") == ([], ["N130"])
    assert adjustment_only("RMK: 1 X4") == ([], ["1", "X4"])  # the payer's own codes after a remark label
    # anything else on the line: not a continuation
    for t in ("PT RESP 85.50", "CO CONTRACTUAL OBLIGATION", "ADJ: 45.00", "CO-45 Charge exceeds fee", "N130"):
        assert adjustment_only(t) is None, t


def _simple_table(y0: float = 100.0) -> list[Word]:
    ws = words_at(y0, [(40, "DOS"), (100, "PROC"), (150, "UNITS")]) + right(y0, [(260, "BILLED"), (330, "ALLOWED"), (400, "PAID")])
    return ws


def test_continuation_line_adds_to_the_service_above():
    ws = _simple_table()
    ws += words_at(112, [(40, "01/05/2026"), (100, "92507"), (150, "1.00")]) + right(112, [(260, "160.00"), (330, "71.30"), (400, "71.30")])
    ws += text_at(122, 60, "ADJ: CO 45 88.70 RMK: N20")
    ws += words_at(134, [(40, "01/12/2026"), (100, "97530"), (150, "2.00")]) + right(134, [(260, "190.00"), (330, "140.00"), (400, "140.00")])
    ws += text_at(144, 60, "ADJ: CO-45 50.00")
    ws += text_at(154, 60, "RMK: N130")
    res = read(ws)
    lns = lines_of(res)
    assert [ln.code for ln in lns] == ["92507", "97530"]
    assert lns[0].adjustments == (Adjustment("CO", "45", Decimal("88.70")),) and lns[0].remarks == ("N20",)
    assert lns[1].adjustments == (Adjustment("CO", "45", Decimal("50.00")),) and lns[1].remarks == ("N130",)
    assert res.accounting.balanced()


def test_x12_composite_is_a_code_token():
    assert token_kind("HC:97110:GO:59") == "code"
    assert token_kind("HC>97110>GO") == "code"
    assert token_kind("HC:9711") == "word"
    ws = words_at(100, [(40, "DATE"), (100, "PROC/MODS")]) + right(100, [(260, "CHARGE"), (330, "ALLOWED"), (400, "PROV PD")])
    ws += words_at(112, [(40, "01/05/2026"), (100, "HC:97110:GO:59")]) + right(112, [(260, "80.00"), (330, "60.80"), (400, "48.64")])
    lns = lines_of(read(ws))
    assert [(ln.code, ln.modifiers) for ln in lns] == [("97110", ("GO", "59"))]


# ------------------------------------------------------------------------------ abbreviated headings

def _abbrev_table() -> list[Word]:
    ws = words_at(90, [(33, "DOS"), (79, "SVC"), (150, "UNT"), (199, "CHG"), (243, "ALWD"), (294, "DED"), (437, "PD"),
                       (509, "RMK")])
    ws += words_at(102, [(33, "01/05/26"), (79, "97165GO"), (155, "1.0")]) + \
        right(102, [(222, "210.00"), (270, "168.00"), (312, "100.00"), (455, "54.40")]) + words_at(102, [(510, "PR1")])
    ws += words_at(114, [(33, "01/05/26"), (79, "97530GO"), (155, "2.0")]) + \
        right(114, [(222, "190.00"), (270, "152.00"), (312, "0.00"), (455, "121.60")])
    return ws


def test_abbreviated_headings_read_where_values_confirm_them():
    ws = _abbrev_table()
    ws += text_at(300, 33, "PR1 = AMOUNT APPLIED TO MEMBER DEDUCTIBLE")
    lns = lines_of(read(ws))
    assert [(ln.code, ln.units, ln.billed, ln.allowed, ln.deductible, ln.paid) for ln in lns] == [
        ("97165", Decimal(1), Decimal("210.00"), Decimal("168.00"), Decimal("100.00"), Decimal("54.40")),
        ("97530", Decimal(2), Decimal("190.00"), Decimal("152.00"), Decimal("0.00"), Decimal("121.60")),
    ]
    # "PR1" in the remarks column is explained by the document's legend: it is that document's remark code
    assert lns[0].remarks == ("PR1",) and lns[0].adjustments == ()


def test_abbreviation_not_taken_when_values_do_not_fit():
    from eobreader.sources.pdf_layout import TextLine, confirm_abbreviations

    head = words_at(90, [(40, "CHG")])
    rows = [TextLine(1, 2, tuple(words_at(102, [(40, "Tuesday")]))), TextLine(1, 3, tuple(words_at(114, [(40, "Friday")])))]
    assert confirm_abbreviations([(head, None)], rows) == [(head, None)]
    money_rows = [TextLine(1, 2, tuple(right(102, [(60, "12.00")])))]
    assert confirm_abbreviations([(head, None)], money_rows) == [(head, Field.BILLED)]


def test_table_continues_on_next_page_without_its_heading():
    p1 = _abbrev_table()
    p2 = words_at(40, [(33, "01/27/26"), (79, "97116GP"), (155, "2.0")]) + \
        right(40, [(222, "164.00"), (270, "131.20"), (312, "0.00"), (455, "104.96")])
    lns = lines_of(read(p1, p2))
    assert len(lns) == 3
    last = lns[-1]
    assert (last.source.page, last.code, last.modifiers, last.units, last.billed, last.paid) == (
        2, "97116", ("GP",), Decimal(2), Decimal("164.00"), Decimal("104.96"))


# ------------------------------------------------------------------------------ "$" in its own column

def test_dollar_sign_in_its_own_column_and_adjustment_lists_kept_together():
    ws = words_at(100, [(33, "Svc Date"), (77, "Procedure"), (155, "Qty"), (179, "Charge"), (237, "Allowed"),
                        (295, "Paid"), (351, "Adj Codes"), (470, "Remarks")])
    for y, date_, code, amts, adjs, rem in ((112, "1/5/26", "97110", ("160.00", "128.00", "102.40"),
                                             "CO-45 OA-23 PR-1 PR-2", "M2"),
                                            (124, "12/22/25", "97112", ("(80.00)", "(64.00)", "(51.20)"),
                                             "CO-45 OA-23", "R7")):
        ws += words_at(y, [(33, date_), (77, code), (169, "1")])
        for x, a in zip((179, 237, 295), amts):
            ws += words_at(y, [(x + 3, "$"), (x + 12, a)])  # "$" at the column's left, the number after it
        ws += text_at(y, 351, adjs) + words_at(y, [(470, rem)])
    ws += text_at(300, 30, "Adjustment codes: CO-45 amount above the allowed amount; OA-23 paid by the primary plan.")
    lns = lines_of(read(ws))
    assert [(ln.billed, ln.allowed, ln.paid) for ln in lns] == [
        (Decimal("160.00"), Decimal("128.00"), Decimal("102.40")), (Decimal("-80.00"), Decimal("-64.00"), Decimal("-51.20"))]
    # PR-2 printed one space after PR-1 belongs to the adjustment list, even though it ends nearer Remarks
    assert [a.group + a.reason for a in lns[0].adjustments] == ["CO45", "OA23", "PR1", "PR2"]
    # the explanation far below the table adds nothing to the last line
    assert lns[0].remarks == ("M2",) and lns[1].remarks == ("R7",)


# ------------------------------------------------------------------------------ label: value blocks

def _block(y: float, date_: str, proc: str, billed: str, paid: str, owes: str, adj: str, note: str) -> list[Word]:
    ws = text_at(y, 55, f"Service date: {date_}") + text_at(y, 210, f"Procedure: {proc}") + text_at(y, 330, "Units: 2") \
        + text_at(y, 380, "Therapist: R. Abernathy, OTR/L")
    ws += text_at(y + 11, 55, "Therapeutic activities")
    # tight text: labels told from values by the vocabulary, not by gaps
    ws += text_at(y + 22, 55, f"Billed: {billed} Insurance allowed: $296.40 Insurance paid: {paid} Program paid: $59.28")
    ws += text_at(y + 33, 55, f"Family cost share: {owes}") + text_at(y + 33, 190, f"Adjustments: {adj}") \
        + text_at(y + 33, 390, f"Note: {note}")
    return ws


def test_label_value_blocks_are_service_lines():
    ws = text_at(60, 40, "Child: Juniper Okafor-Lund")
    ws += text_at(75, 40, "EI ID: RC-EI-20417") + text_at(75, 140, "Insurance claim #: HR26-55012")
    ws += _block(100, "January 5, 2026", "97530 GO", "$380.00", "$237.12", "$5.00", "CO-45 $83.60, PR-2 $59.28", "1")
    ws += _block(150, "January 12, 2026", "97530GO", "$380.00", "$237.12", "$0.00", "CO-45 $83.60", "N130")
    ws += text_at(200, 40, "Totals for Juniper: Billed $760.00 Insurance paid $474.24")
    res = read(ws)
    lns = lines_of(res)
    assert [(ln.service_date, ln.code, ln.modifiers, ln.units) for ln in lns] == [
        (date(2026, 1, 5), "97530", ("GO",), Decimal(2)), (date(2026, 1, 12), "97530", ("GO",), Decimal(2))]
    a = lns[0]
    # the first label of a field wins: "Insurance paid" is the paid amount, "Program paid" is not
    assert (a.billed, a.allowed, a.paid, a.patient_owes) == (Decimal("380.00"), Decimal("296.40"), Decimal("237.12"),
                                                            Decimal("5.00"))
    assert a.adjustments == (Adjustment("CO", "45", Decimal("83.60")), Adjustment("PR", "2", Decimal("59.28")))
    assert a.remarks == ("1",) and a.description == "Therapeutic activities"
    assert lns[1].remarks == ("N130",) and lns[1].patient_owes == Decimal("0.00")
    (claim,) = claims_of(res)
    assert claim.patient == "Juniper Okafor-Lund"
    assert res.accounting.balanced()


def test_a_labelled_claim_heading_is_not_a_block():
    # a date label without a code and amounts below it stays a claim heading
    ws = text_at(60, 40, "Patient: Mia Lopez") + text_at(60, 200, "Date of service: 01/05/2026")
    ws += _simple_table(80)
    ws += words_at(92, [(40, "01/05/2026"), (100, "97110"), (150, "1")]) + right(92, [(260, "80.00"), (330, "60.00"), (400, "48.00")])
    res = read(ws)
    (claim,) = claims_of(res)
    assert claim.patient == "Mia Lopez" and [ln.code for ln in claim.lines] == ["97110"]


# ------------------------------------------------------------------------------ OCR-like jitter and skew

def test_rows_with_jittered_baselines_on_a_skewed_page():
    import random

    from eobreader.sources.pdf_layout import group_lines

    rng = random.Random(7)
    head = ["Date", "Procedure", "Charges", "Allowed", "Paid"]
    rows = [["01/05/2026", "97165", "210.00", "170.10", "136.08"], ["01/05/2026", "97760", "240.00", "194.40", "155.52"],
            ["01/12/2026", "97530", "190.00", "153.90", "123.12"]]
    xs = [44, 110, 230, 290, 350]
    ws: list[Word] = []
    for r, texts in enumerate([head] + rows):
        y = 200 + r * 13
        for x, t in zip(xs, texts):
            # up to 0.7pt vertical jitter per word, and a page skewed by 0.22 degrees (0.0038pt per pt)
            top = y + rng.uniform(-0.7, 0.7) - x * 0.0038
            ws.append(Word(t, x, x + len(t) * 4.4, top, top + 8, 8.0))
    lines = group_lines(ws)
    assert [[w.text for w in ln.words] for ln in lines] == [head] + rows
    lns = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.paid) for ln in lns] == [("97165", Decimal("210.00"), Decimal("136.08")),
                                                             ("97760", Decimal("240.00"), Decimal("155.52")),
                                                             ("97530", Decimal("190.00"), Decimal("123.12"))]


def test_skewed_scaled_text_layer_read_by_both_engines(tmp_path):
    """A faxed page's OCR layer: each word placed alone, horizontally scaled, the page rotated a little.
    pdfminer gives the glyphs of such a word slightly different sizes; words must not split on that."""
    import pytest

    rl = pytest.importorskip("reportlab.pdfgen.canvas")
    from eobreader.sources.pdf import PdfReader

    path = tmp_path / "skewed.pdf"
    c = rl.Canvas(str(path), pagesize=(612, 792), invariant=1)
    c.translate(306, 396)
    c.rotate(0.22)
    c.translate(-306, -396)

    def word(x, y, t, scale):
        to = c.beginText()
        to.setFont("Helvetica", 8)
        to.setHorizScale(scale)
        to.setTextOrigin(x, y)
        to.textOut(t)
        c.drawText(to)

    xs = [44, 110, 230, 290, 350]
    rows = [["Date", "Procedure", "Charges", "Allowed", "Paid"],
            ["01/05/2026", "97165", "210.00", "170.10", "136.08"],
            ["01/12/2026", "97530", "190.00", "153.90", "123.12"]]
    for r, texts in enumerate(rows):
        for k, (x, t) in enumerate(zip(xs, texts)):
            word(x, 600 - r * 13, t, 94 + (k * 3 + r) % 10)
    c.showPage()
    c.save()
    for engine in ("pdfium", "pdfplumber"):
        lns = PdfReader(engine).read(path).lines()
        assert [(ln.service_date, ln.code, ln.billed, ln.paid) for ln in lns] == [
            (date(2026, 1, 5), "97165", Decimal("210.00"), Decimal("136.08")),
            (date(2026, 1, 12), "97530", Decimal("190.00"), Decimal("123.12"))], engine


# ------------------------------------------------------------------------------ claim fields

def _tl(words: list[Word]):
    from eobreader.sources.pdf_layout import TextLine

    return TextLine(1, 1, tuple(sorted(words, key=lambda w: w.x0)))


def test_claim_numbers_by_the_meaning_of_their_labels():
    from eobreader.sources.pdf import assign_claim_keys, claim_key, parse_labels

    for lab in ("Patient Account #", "Acct", "Pat Ctl #", "PATIENT CTRL #", "Invoice", "Provider acct", "PCN"):
        assert claim_key(lab) is Field.CLAIM_ID, lab
    for lab in ("Claim #", "Claim Number", "Claim ID", "ICN", "TCN", "DCN", "Payer Claim Ctrl #", "Bill ID", "CLM"):
        assert claim_key(lab) is Field.PAYER_CLAIM_ID, lab
    # two payer-side numbers and no provider number: the claim number is the payer's, the bill id tells bills apart
    assert assign_claim_keys([("BILL ID", "4471920"), ("CLAIM NO", "WC-1")]) == {
        Field.PAYER_CLAIM_ID: "WC-1", Field.CLAIM_ID: "4471920"}
    got = parse_labels(_tl(text_at(50, 30, "Member ID: BWX48-02 Patient Account #: BPT-11872 Received: 01/14/26")))
    assert got == {Field.MEMBER_ID: "BWX48-02", Field.CLAIM_ID: "BPT-11872"}  # never the next label's value
    got = parse_labels(_tl(text_at(50, 30, "PT: FROST, ISIDORE ACCT: GBA-77134 CLM: 260130-00784 MBR: GB1188")))
    assert got[Field.CLAIM_ID] == "GBA-77134" and got[Field.PAYER_CLAIM_ID] == "260130-00784"  # CLM: abbreviated


def test_colon_less_claim_headings_and_names():
    from eobreader.sources.pdf import parse_labels

    got = parse_labels(_tl(text_at(50, 30, "Claim ID EMQ7Z40H01 | Noor Haddad-Whitcombe (daughter) | Received Jan 20, 2026")))
    assert got == {Field.PAYER_CLAIM_ID: "EMQ7Z40H01", Field.PATIENT: "Noor Haddad-Whitcombe"}
    got = parse_labels(_tl(text_at(50, 30, "Claim for Elin Ravensworth (Daughter) Claim number 26A0091738400")))
    assert got == {Field.PATIENT: "Elin Ravensworth", Field.PAYER_CLAIM_ID: "26A0091738400"}
    got = parse_labels(_tl(text_at(50, 30, "Pat Ctl # PC-87002 Payer Clm # MCT25 Member PENHALIGON, ASTRID Member # MC77")))
    assert got[Field.CLAIM_ID] == "PC-87002" and got[Field.PAYER_CLAIM_ID] == "MCT25"
    # named under a member's label, the plan holder: the claim's patient only if no other person is named
    assert got[Field.HOLDER] == "PENHALIGON, ASTRID" and got[Field.MEMBER_ID] == "MC77"
    got = parse_labels(_tl(text_at(50, 30, "Claim 7719-2203-118 Patient: Noah Castellanos Provider: Riverbend Therapy")))
    assert got[Field.PAYER_CLAIM_ID] == "7719-2203-118" and got[Field.PATIENT] == "Noah Castellanos"


def test_names_end_before_the_numbers_that_follow_them():
    from eobreader.sources.pdf import name_value, parse_labels

    assert name_value("Evergreen Mutual Benefit EFT trace 1EMB0883301927 Deposit date 1/30/2026") == \
        "Evergreen Mutual Benefit"
    assert name_value("LITTLE OAKS THERAPY NPI 1999999999") == "LITTLE OAKS THERAPY"
    assert name_value("1730948261") == "1730948261"  # a provider known only by its number
    got = parse_labels(_tl(text_at(50, 30, "Payer: Evergreen Mutual Benefit EFT trace 1EMB0883301927 Run 2/2/2026")))
    assert got == {Field.PAYER: "Evergreen Mutual Benefit"}


def test_claim_status_from_printed_words_and_codes():
    from eobreader.model import ClaimStatus
    from eobreader.sources.pdf import read_status

    assert read_status("4 - DENIED") == (ClaimStatus.DENIED, "4")
    assert read_status("22 REVERSAL OF PREVIOUS PAYMENT") == (ClaimStatus.REVERSED, "22")
    assert read_status("1 PROCESSED AS PRIMARY") == (ClaimStatus.PROCESSED, "1")
    assert read_status("Denied")[0] is ClaimStatus.DENIED
    assert read_status("Paid")[0] is ClaimStatus.PROCESSED
    assert read_status("Reversed")[0] is ClaimStatus.REVERSED
    assert read_status("ADJUSTED - VOID OF TCN 2025350000911")[0] is ClaimStatus.REVERSED
    assert read_status("Pending")[0] is ClaimStatus.PENDING
    assert read_status("blue") == (ClaimStatus.UNKNOWN, None) and read_status(None) == (ClaimStatus.UNKNOWN, None)


def test_claim_heading_with_amounts_and_status_starts_a_claim():
    from eobreader.model import ClaimStatus

    ws = text_at(40, 28, "CLP PATIENT CTRL #: NPR-60114 STATUS: 4 DENIED CHARGE: 180.00 PAID: 0.00 PT RESP: 0.00")
    ws += text_at(50, 49, "PAYER CLAIM CTRL #: 2026012900450 PATIENT: ABERNATHY-CHO, LILA INS ID: XQZ883")
    ws += _simple_table(62)
    ws += words_at(74, [(40, "01/09/2026"), (100, "97129"), (150, "2")]) + right(74, [(260, "180.00"), (330, "0.00"), (400, "0.00")])
    (claim,) = claims_of(read(ws))
    assert (claim.claim_id, claim.payer_claim_id, claim.patient) == ("NPR-60114", "2026012900450", "ABERNATHY-CHO, LILA")
    assert (claim.status, claim.status_code) == (ClaimStatus.DENIED, "4")
    assert (claim.totals.billed, claim.totals.paid, claim.totals.patient_owes) == (
        Decimal("180.00"), Decimal("0.00"), Decimal("0.00"))
    assert [ln.code for ln in claim.lines] == ["97129"]
