"""The truth behind the synthetic 835 samples: outpatient therapy visits, all invented.

Plain data so any sample generator can render the same visits (the 835 files here, and a PDF EOB made
by the PDF team), and a test can check that every reader gives back exactly these lines.
Every name, number, ID and amount is made up. Amounts are strings (exact decimals), dates ISO strings.

Line fields: date, code, modifiers, units, billed, allowed (None = not stated), paid,
adjustments [(group, reason, amount)], remarks [RARC], line_ref.
Claim status is the 835 CLP02 code: "1" processed as primary, "4" denied, "22" reversal of an earlier
payment. A claim's charge / payment / patient share are the sums of its lines.
"""

PAYER = {"name": "BRIGHTWATER MUTUAL HEALTH", "id": "BWM01", "address": ("PO BOX 4400", "LAKEVIEW", "MN", "551000000")}
PAYEE = {"name": "MAPLE LEAF PEDIATRIC THERAPY", "npi": "1000000009", "tax_id": "990000001"}

PAYMENTS = [
    {
        "payment_id": "EFT26011500001",
        "issued": "2026-01-20",
        "produced": "2026-01-18",
        "claims": [
            {
                "claim_id": "MLP-26-0101",
                "payer_claim_id": "BW26010800101",
                "status": "1",
                "patient": {"last": "QUINTERO", "first": "AVA", "member_id": "BWM000123401"},
                "from": "2026-01-06",
                "to": "2026-01-06",
                "lines": [
                    {"date": "2026-01-06", "code": "97165", "modifiers": ["GO"], "units": 1, "billed": "250.00",
                     "allowed": "180.00", "paid": "150.00",
                     "adjustments": [("CO", "45", "70.00"), ("PR", "3", "30.00")], "remarks": [], "line_ref": "1"},
                    {"date": "2026-01-06", "code": "97530", "modifiers": ["GO"], "units": 2, "billed": "180.00",
                     "allowed": "120.00", "paid": "96.00",
                     "adjustments": [("CO", "45", "60.00"), ("PR", "2", "24.00")], "remarks": [], "line_ref": "2"},
                    {"date": "2026-01-06", "code": "97110", "modifiers": ["GO", "59"], "units": 1, "billed": "90.00",
                     "allowed": "60.00", "paid": "48.00",
                     "adjustments": [("CO", "45", "30.00"), ("PR", "2", "12.00")], "remarks": [], "line_ref": "3"},
                ],
            },
            {
                "claim_id": "MLP-26-0102",
                "payer_claim_id": "BW26011500102",
                "status": "1",
                "patient": {"last": "QUINTERO", "first": "AVA", "member_id": "BWM000123401"},
                "from": "2026-01-13",
                "to": "2026-01-13",
                "lines": [
                    {"date": "2026-01-13", "code": "97530", "modifiers": ["GO"], "units": 3, "billed": "270.00",
                     "allowed": "180.00", "paid": "0.00",
                     "adjustments": [("CO", "45", "90.00"), ("PR", "1", "180.00")], "remarks": ["N130"], "line_ref": "1"},
                    {"date": "2026-01-13", "code": "97535", "modifiers": ["GO"], "units": 1, "billed": "95.00",
                     "allowed": "60.00", "paid": "0.00",
                     "adjustments": [("CO", "45", "35.00"), ("PR", "1", "60.00")], "remarks": ["N130"], "line_ref": "2"},
                ],
            },
            {
                "claim_id": "MLP-26-0103",
                "payer_claim_id": "BW26011500103",
                "status": "4",
                "patient": {"last": "LINDQVIST", "first": "THEO", "member_id": "BWM000567802"},
                "from": "2026-01-08",
                "to": "2026-01-08",
                "lines": [
                    {"date": "2026-01-08", "code": "97112", "modifiers": ["GP"], "units": 2, "billed": "170.00",
                     "allowed": None, "paid": "0.00",
                     "adjustments": [("CO", "197", "170.00")], "remarks": ["N54"], "line_ref": "1"},
                    {"date": "2026-01-08", "code": "97140", "modifiers": ["GP", "59"], "units": 1, "billed": "85.00",
                     "allowed": None, "paid": "0.00",
                     "adjustments": [("CO", "197", "85.00")], "remarks": ["N54"], "line_ref": "2"},
                ],
            },
        ],
        "provider_adjustments": [],
    },
    {
        "payment_id": "EFT26012200002",
        "issued": "2026-01-27",
        "produced": "2026-01-25",
        "claims": [
            {   # takes back the December payment, which was made without modifier 59 on 97110
                "claim_id": "MLP-25-0988",
                "payer_claim_id": "BW25121900988",
                "status": "22",
                "patient": {"last": "QUINTERO", "first": "AVA", "member_id": "BWM000123401"},
                "from": "2025-12-16",
                "to": "2025-12-16",
                "lines": [
                    {"date": "2025-12-16", "code": "97530", "modifiers": ["GO"], "units": -2, "billed": "-180.00",
                     "allowed": None, "paid": "-96.00",
                     "adjustments": [("CO", "45", "-60.00"), ("PR", "2", "-24.00")], "remarks": [], "line_ref": "1"},
                ],
            },
            {   # the corrected claim: same visit, now with the 97110 line paid too
                "claim_id": "MLP-25-0988",
                "payer_claim_id": "BW26012200988",
                "status": "1",
                "patient": {"last": "QUINTERO", "first": "AVA", "member_id": "BWM000123401"},
                "from": "2025-12-16",
                "to": "2025-12-16",
                "lines": [
                    {"date": "2025-12-16", "code": "97530", "modifiers": ["GO"], "units": 2, "billed": "180.00",
                     "allowed": "120.00", "paid": "96.00",
                     "adjustments": [("CO", "45", "60.00"), ("PR", "2", "24.00")], "remarks": [], "line_ref": "1"},
                    {"date": "2025-12-16", "code": "97110", "modifiers": ["GO", "59"], "units": 1, "billed": "90.00",
                     "allowed": "60.00", "paid": "48.00",
                     "adjustments": [("CO", "45", "30.00"), ("PR", "2", "12.00")], "remarks": [], "line_ref": "2"},
                ],
            },
            {
                "claim_id": "MLP-26-0110",
                "payer_claim_id": "BW26012200110",
                "status": "1",
                "patient": {"last": "LINDQVIST", "first": "THEO", "member_id": "BWM000567802"},
                "from": "2026-01-15",
                "to": "2026-01-15",
                "lines": [
                    {"date": "2026-01-15", "code": "97110", "modifiers": ["GP"], "units": 3, "billed": "270.00",
                     "allowed": "180.00", "paid": "180.00",
                     "adjustments": [("CO", "45", "90.00")], "remarks": [], "line_ref": "1"},
                ],
            },
        ],
        # provider-level: an earlier overpayment taken back (WO), and prompt-pay interest given (L6, negative)
        "provider_adjustments": [("WO", "RCV-2025-118", "25.00"), ("L6", "INT-2026-01", "-1.50")],
    },
]
