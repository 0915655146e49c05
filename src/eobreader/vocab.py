"""The vocabulary of column headers: which printed heading means which field.

Readers never hard-code a payer's column names. They ask ``match_header`` what a heading means, so a
spreadsheet export or PDF table with headings nobody here has seen is still understood as long as its
words are the words of the trade. Matching is by exact synonym first, then by word rules in priority
order (so "Amount Not Covered" is not read as "covered", and "Patient Balance" is not the patient's name).
"""

from __future__ import annotations

import enum
import re
import unicodedata

from .values import clean_text


class Field(enum.Enum):
    SERVICE_DATE = "service_date"
    SERVICE_END = "service_end"
    CODE = "code"
    MODIFIERS = "modifiers"
    UNITS = "units"
    BILLED = "billed"
    DISCOUNT = "discount"
    ALLOWED = "allowed"
    NOT_COVERED = "not_covered"
    DEDUCTIBLE = "deductible"
    COPAY = "copay"
    COINSURANCE = "coinsurance"
    OTHER_INSURANCE = "other_insurance"
    PAID = "paid"
    PATIENT_OWES = "patient_owes"
    ADJUSTMENT = "adjustment"  # an adjustment amount (with or without its code)
    ADJUSTMENT_CODE = "adjustment_code"  # group/reason codes (CO-45 ...), maybe with amounts
    ADJUSTMENT_GROUP = "adjustment_group"  # a column holding only the group (CO, PR, OA, PI, CR)
    REMARKS = "remarks"
    CLAIM_ID = "claim_id"
    PAYER_CLAIM_ID = "payer_claim_id"
    PATIENT = "patient"
    MEMBER_ID = "member_id"
    PROVIDER = "provider"
    PAYER = "payer"
    DESCRIPTION = "description"
    STATUS = "status"
    APPROVED = "approved"  # MSN "Service Approved?" yes/no
    LINE_NUMBER = "line_number"  # a printed line/sequence number column (LN, Line #): not a value of the line
    PERCENT = "percent"  # a percentage column (% Pd, Coins %): a rate, never an amount
    RATE = "rate"  # a price per unit (Unit Rate, Rate/Unit): never an amount of the line
    REMAINING = "remaining"  # units or visits left on an authorization or a benefit: never the line's units
    OTHER_DATE = "other_date"  # a date that is not the service's: injury, received, processed, paid, birth
    PAID_UNITS = "paid_units"  # the units the payer paid, printed beside the billed units
    WORKFLOW = "workflow"  # a work queue's own columns (owner, age, next step): nothing of the service
    PRIOR = "prior"  # a value as first processed ("Originally Allowed", "Plan paid before"): replaced by its corrected column
    HOLDER = "holder"  # the plan holder named under a holder's label (Subscriber:, Member:): the patient only if no other is named
    MINUTES = "minutes"  # treatment minutes on a clinic's charges export (timed-code checks)
    SECONDARY_PAYER = "secondary_payer"  # the patient's second insurance on a clinic's charges export


MONEY_FIELDS = frozenset(
    {
        Field.BILLED, Field.DISCOUNT, Field.ALLOWED, Field.NOT_COVERED, Field.DEDUCTIBLE, Field.COPAY,
        Field.COINSURANCE, Field.OTHER_INSURANCE, Field.PAID, Field.PATIENT_OWES, Field.ADJUSTMENT,
    }
)


def normalise_header(text: object) -> str:
    s = clean_text(text).lower()
    # accents fold to their letters ("Código" -> "codigo", "Número" -> "numero"): many EOBs are bilingual
    if not s.isascii():
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    # a word broken at the line's end by a hyphen ("Su respon- sabilidad", "Respon- sibility") is one word
    s = re.sub(r"([a-z]{2,})- ([a-z]{2,})", r"\1\2", s)
    s = s.replace("&", " and ").replace("#", " no ").replace("%", " pct ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


# Exact headings (after normalise_header). Short forms that word rules could not safely catch.
_EXACT: dict[str, Field] = {}


def _exact(field: Field, *names: str) -> None:
    for n in names:
        _EXACT[normalise_header(n)] = field


_exact(Field.SERVICE_DATE, "DOS", "Date of Service", "Dates of Service", "Date(s) of Service", "Svc Date", "Service Date",
       "From", "From Date", "DOS From", "Svc Dt", "Serv Date", "Date", "Service Dt", "Service From", "Begin Date",
       "Start Date", "Srvc Date", "Visit Date", "Date Svc", "Serv Dt", "Service Date & Type", "DOS Start", "From DOS",
       "Date(s)", "Dates", "Service Dates", "Date of Svc", "Svc From")
_exact(Field.SERVICE_DATE, "FDOS", "F DOS", "Frm DOS", "FR DOS")
_exact(Field.SERVICE_END, "TDOS", "T DOS", "Thru DOS", "To", "To Date", "DOS To", "Thru", "Through", "Service To", "End Date", "Thru Date",
       "Svc To", "To DOS", "DOS End", "Service End")
_exact(Field.CODE, "CPT", "CPT/HCPCS", "HCPCS", "CPT Code", "Proc Code", "Proc", "Procedure", "Procedure Code",
       "Service Code", "Code", "Billing Code", "Proc Cd", "CPT/HCPC", "HCPCS/CPT", "Svc Code", "Procedure/Modifier",
       "Proc/Mod", "CPT/Mod", "Billed Code", "Service Provided & Billing Code", "Service Provided and Billing Code",
       "PROC", "CPT4", "Rev/Proc", "Procedure Cd", "HCPCS Code", "CPT Cd", "Proc Code/Mod", "Code/Mod")
_exact(Field.MODIFIERS, "Mod", "Mods", "Modifier", "Modifiers", "Modifier(s)", "Mod1", "Mod 1", "Mod2", "Mod 2",
       "Mod3", "Mod 3", "Mod4", "Mod 4", "Modifier 1", "Modifier 2", "Modifier 3", "Modifier 4", "MOD CODES",
       "Mod Code", "Modifier Codes")
_exact(Field.UNITS, "Svc Cnt", "Service Count", "Svc Count", "Serv Cnt", "Allowed Qty", "Allowed Quantity", "Alwd Qty", "Approved Qty", "Paid Qty", "No. Svcs", "No Svcs", "No. of Svcs", "Number of Svcs", "Num Svcs", "# Svcs", "# of Services",
       "Svc Count", "Service Count", "No. Services", "No Services", "Svcs")
_exact(Field.UNITS, "Units", "Unit", "Qty", "Quantity", "Units/Days", "Days/Units", "NOS", "No of Services",
       "Number of Services", "Units/Days/Visits", "Svc Units", "Service Units", "Days or Units", "Billed Units",
       "Count", "Visits", "Units Billed", "Unit Count", "UOS", "Units of Service", "# Units", "No. Units", "Srv Units",
       "U", "Un", "UNT", "UNTS", "Unt", "Times", "No. of Times", "# of Times", "Number of Times", "Times Done")
_exact(Field.BILLED, "Charge", "Charges", "Billed", "Amount Billed", "Billed Amount", "Total Charges", "Total Charge",
       "Billed Charges", "Amount Charged", "Charged", "Provider Charges", "Amount Claimed", "Amount Provider Charged",
       "Billed Amt", "Charge Amt", "Charge Amount", "Submitted", "Submitted Charges", "Submitted Amount",
       "Billed Charge", "Gross Charges", "Fee", "Amt Billed", "Line Charge", "Claimed", "Your Provider Charged",
       "Provider Billed", "Amount Provider Billed", "Billed Amt.", "Tot Chg", "Charge Amount Billed", "Provider Charged",
       "Provider Charges", "Provider Charge")
_exact(Field.DISCOUNT, "Contr Disc", "Contract Disc", "Contract Discount", "Contractual Discount", "Contr Discount",
       "Contr Adj", "Seq Red", "Seq. Red.", "Seq Reduc", "Sequestration", "Seq Reduction")
# what the charge ran over the plan's rate (the provider writes it off)
_exact(Field.DISCOUNT, "Above Allowed", "Amount Above Allowed", "Over Allowed", "Exceeds Allowed", "Above Allowable",
       "Amount Over Allowed", "Over Allowable", "Excess Charge", "Excess Charges")
_exact(Field.DISCOUNT, "Discount", "Plan Discount", "Plan Discounts", "Network Discount", "Network Savings",
       "Savings", "Discounts", "Provider Discount", "Plan Savings", "Contractual Discount", "Network Disc")
_exact(Field.ALLOWED, "Allowed", "Allowed Amount", "Amount Allowed", "Allowed Amt", "Approved", "Approved Amount",
       "Covered Amount", "Total Covered", "Medicare-Approved Amount", "Medicare Approved Amount", "Medicare Approved",
       "Eligible Amount", "Negotiated Amount", "Eligible", "Allowable", "Allowed Charges", "Contracted Amount",
       "Plan Allowed", "Allowed Amt.", "Amount Approved", "Covered Charges", "Eligible Expense", "Allow", "Allowed Amt Total",
       "Plan Allowance", "Max Allowable", "Maximum Allowable", "Negotiated Rate", "Repriced Amount", "ALLOWED AMT",
       "Max Fee", "Maximum Fee", "Fee Max", "Max Fee Amt", "Maximum Allowable Fee", "Program Max Fee")
_exact(Field.NOT_COVERED, "Not Covered", "Amount Not Covered", "Ineligible", "Non-Covered", "Non Covered",
       "Non-Covered Charges", "Not Allowed", "Ineligible Amount", "Excluded", "Noncovered", "Disallowed")
_exact(Field.DEDUCTIBLE, "Deductible", "Deduct", "Ded", "Applied to Deductible", "Policy Deductible", "Deductible Amount",
       "Deductible Amt", "Ded Amt", "Amount Applied to Deductible", "Deductible Applied")
_exact(Field.COPAY, "Copay", "Co-pay", "Copayment", "Co-payment", "Copay Amount", "Copay Amt", "Co Pay")
_exact(Field.COINSURANCE, "Coinsurance", "Co-insurance", "Coins", "Coinsurance Amount", "Coins Amt", "Coinsurance Amt",
       "Co-Ins", "Coinsur")
_exact(Field.OTHER_INSURANCE, "Other Insurance", "Other Insurance Paid", "COB", "Other Ins Paid", "Prior Payer Paid",
       "Primary Paid", "COB Amount", "Insurance Offset", "Ins Offset", "Offset", "TPL Offset", "TPL", "OHI",
       "Third Party Liability", "TPL Amount")
_exact(Field.PAID, "Paid", "Ins Paid", "Insurance Paid", "Plan Paid", "Payment", "Paid Amount", "Amount Paid",
       "What Your Plan Paid", "What My Plan Paid", "Your Plan Paid", "Amount Paid by Health Plan", "Total Benefits",
       "Amount Medicare Paid", "Medicare Paid Provider", "Medicare Paid", "Prov Pd", "Prov Paid", "Provider Paid",
       "Net Paid", "Payment Amount", "Paid Amt", "Benefit", "Benefits", "Plan Payment", "Insurance Payment", "Paid to Provider",
       "Amt Paid", "Net Payment", "Benefit Amount", "Amount We Paid", "Health Plan Paid", "Plan Pays", "Net Pay", "PROV PD",
       "Paid Amt.", "Ins Pmt", "Ins Payment", "Payer Paid", "Allowed Paid")
_exact(Field.PATIENT_OWES, "Xfer to Pt", "Xfer to Patient", "Transfer to Pt", "Transfer to Patient", "Xfer Pt Resp")
_exact(Field.PATIENT_OWES, "Pt Resp", "Patient Resp", "Patient Responsibility", "Patient Balance", "You Owe", "What You Owe",
       "What I Owe", "Your Responsibility", "Your Share", "Member Responsibility", "Maximum You May Be Billed",
       "You May Be Billed", "Patient Owes", "Pt Balance", "Amount You Owe", "Your Cost", "Patient Portion", "Pt Portion",
       "Member Owes", "Pt Responsibility", "Patient Amount", "Patient Amt", "Your Total Responsibility", "Member Resp",
       "Patient Share", "Member Share", "PT RESP", "Patient Liability", "Member Liability", "Balance Due", "Pat Resp",
       "Total Patient Responsibility", "Amount You May Owe", "You Pay", "Your Total Cost", "Patient Resp Amt")
_exact(Field.ADJUSTMENT, "Adjustment detail", "Adjustment details", "Adj detail", "Adjustment Detail (Grp-Rsn:Amt)", "Adj", "Adjustment", "Adjustments", "Adj Amt", "Adjustment Amount", "Adj Amount",
       "Contractual Adjustment", "Write Off", "Write-Off", "Writeoff", "Contractual", "Total Adjustment", "Adjustment Amt",
       "Contract Adj", "Provider Adjustment", "Contr.", "Contr Adj", "Contractual Adj", "Contract Adjustment")
_exact(Field.ADJUSTMENT_CODE, "Adjustment Reason", "Adj Reason", "Adj Code", "Adjustment Code", "Reason Code",
       "Reason Codes", "CARC", "Group/Reason", "GRP/RC-AMT", "GRP/RC AMT", "RC-AMT", "RC AMT", "ADJ RC-AMT", "ADJ RC AMT", "Group Code", "Adj Reason Code",
       "Adjustment Reason Code", "Claim Adjustment", "Adjustment Codes", "Denial Code", "Denial Reason", "Adj Codes",
       "Group/Reason Code", "GRP RC", "CAS", "Reason", "Reason/Explanation Code")
_exact(Field.REMARKS, "Why", "Why?", "See Why")
# why part of a charge was excluded ("Excl Code" beside "Excluded Amt")
_exact(Field.REMARKS, "Excl Code", "Excl. Code", "Exclusion Code", "Excl Cd", "Exclusion", "Excl Reason", "Exclusion Reason")
_exact(Field.REMARKS, "Remark", "Remarks", "Remark Code", "Remark Codes", "RARC", "Rem", "Remark Cd", "See Notes",
       "Notes", "Note", "Messages", "Message Codes", "Explanation Code", "Explanation Codes", "Rmk", "Rmk Code",
       "Rem Code", "See Notes (Below)", "Note Codes", "Message", "Comments", "Comment Code", "Remark/Reason")
_exact(Field.CLAIM_ID, "Claim", "Claim #", "Claim No", "Claim Number", "Claim ID", "Patient Account", "Patient Account Number",
       "Acct", "Acct #", "Account", "Account Number", "Pt Acct", "Patient Acct", "Claim Ref", "Patient Control Number",
       "PCN", "Clm No", "Clm #", "Invoice", "Invoice #", "Encounter", "Encounter #", "Visit #", "Claim Num", "ACNT", "Clm", "Acc")
# the provider's own number as the payer prints it ("Provider Ref #: BPDV-1180")
_exact(Field.CLAIM_ID, "Visit group", "Visit Group #", "Visit grp", "Provider Ref", "Provider Ref #", "Provider Ref No", "Provider Reference", "Provider Reference #",
       "Provider Reference Number", "Your Ref", "Your Reference", "Provider Claim #", "Provider Claim No")
_exact(Field.PAYER_CLAIM_ID, "Reference #", "Reference No", "Reference Number", "Claim Reference", "Claim Ref #",
       "Claim Reference #", "Claim Reference Number")
_exact(Field.PAYER_CLAIM_ID, "ICN", "Payer Claim #", "Payer Claim Number", "Payer Claim ID", "Claim Control Number",
       "Internal Control Number", "DCN", "TCN", "CCN", "Payer Claim No", "ICN/DCN", "Payer Ref")
_exact(Field.PATIENT, "Patient", "Patient Name", "Member", "Member Name", "Name", "Pt Name", "Patient Full Name",
       "Client", "Client Name", "Beneficiary", "Beneficiary Name", "Subscriber", "Dependent", "Patient Last, First",
       "Insured Name", "Pt", "For", "Family Member", "Recipient", "Recipient Name", "Patient/Member")
_exact(Field.MEMBER_ID, "Member ID", "Member #", "Member No", "Member Number", "Subscriber ID", "ID", "Insured ID",
       "Policy #", "Policy Number", "HIC", "HICN", "MBI", "Medicaid ID", "MA ID", "Recipient ID", "ID #", "Subscriber #",
       "Member Id Number", "Patient ID", "Pt ID", "Health Plan ID", "Insurance ID", "Recip ID", "Recip No", "Recip #",
       "Bene ID", "Beneficiary ID")
_exact(Field.PROVIDER, "Provider", "Provider Name", "Rendering Provider", "Billing Provider", "Rendering", "Doctor",
       "Physician", "Therapist", "Clinician", "Provider/Facility", "Servicing Provider", "Rendering NPI", "NPI",
       "Rend Prov", "Facility", "Practice", "Treating Provider", "Service Provider")
_exact(Field.PAYER, "Payer", "Payer Name", "Insurance", "Insurance Company", "Plan", "Health Plan", "Carrier",
       "Insurer", "Plan Name", "Primary Insurance", "Ins Co", "Payor", "Payor Name")
_exact(Field.DESCRIPTION, "Description", "Service", "Service Description", "Desc", "Services", "Service Provided",
       "Procedure Description", "Svc Description", "Type of Service", "Service Type", "Description of Service",
       "Treatment", "Service Detail", "What Was Done", "Proc Description", "Item", "Service/Description")
_exact(Field.ADJUSTMENT_GROUP, "Group", "Adj Group", "Adjustment Group", "Grp", "Group Cd", "CAS Group", "Adj Grp")
_exact(Field.STATUS, "Status", "Claim Status", "Line Status", "Payment Status", "Processed As", "Disposition",
       "Decision", "Determination", "Outcome", "Claim Decision", "Our Decision", "Review Decision", "Result")
_exact(Field.APPROVED, "Service Approved?", "Service Approved", "Services Approved", "Did Medicare Approve the Service?",
       "Was the Service Approved?", "Did Medicare Approve?")
_exact(Field.MINUTES, "Minutes", "Mins", "Min", "Treatment Minutes", "Time (min)", "Time (mins)", "Time (minutes)",
       "Timed Minutes", "Total Minutes", "Total Timed Minutes", "Tx Minutes", "Tx Min", "Treatment Time", "Duration",
       "Duration (min)", "Minutes of Service", "Direct Minutes", "One-on-One Minutes")
_exact(Field.SECONDARY_PAYER, "Secondary Insurance", "Secondary Payer", "Secondary Payor", "Secondary Plan",
       "Secondary Ins", "Secondary", "Secondary Carrier", "2nd Insurance", "Ins 2", "Insurance 2")
# A bare plural "Codes" column on an EOB holds explanation/remark codes (a procedure code column is
# "Code", "Proc Code", "CPT"...).
_exact(Field.REMARKS, "Codes", "Code(s)", "EOB Code", "EOB Codes", "Msg", "Msg Codes", "Message Code", "Reason/Remark")
# Words of the trade met on member statements, remits and workers' comp reviews (issue 4): line-number
# and percentage columns (read so their numbers are never taken for units or amounts), reductions,
# two-line headings read as one ("Your / Balance", "Plan / Payment"), from-to ranges in one column.
_exact(Field.LINE_NUMBER, "LN", "Ln", "Line", "Line #", "Line No", "Line Number", "Ln #", "Ln No", "Seq", "Seq #",
       "Seq No", "Line Seq", "Svc Line", "Svc Ln", "Item #", "Item No")
_exact(Field.PERCENT, "%", "Pct", "Percent", "% Pd", "% Paid", "Pct Paid", "Paid %", "Percent Paid", "Benefit %",
       "Benefit Pct", "Coins %", "Coinsurance %", "% Covered", "Pct Covered", "Pay %", "Payment %")
_exact(Field.DISCOUNT, "Reduction", "Reductions", "Reduced", "Fee Schedule Reduction", "Fee Sched Reduction",
       "Network Reduction", "PPO Reduction", "Repricing Reduction", "Reduction Amount", "Reduction Amt", "Red Amt",
       "Plan Reduction", "Savings/Reduction", "Provider Savings")
_exact(Field.PATIENT_OWES, "Your Balance", "Your Bal", "Patient Pays", "Member Pays", "You Pay", "Pt Pays",
       "Patient Pay", "Pt Liab", "Pat Liab", "Mbr Resp", "Member Resp.", "Pt Resp.", "Your Part", "Your Portion",
       "Member Balance", "Mbr Liab", "Patient Bal", "Pat Resp Amt", "Amount You Pay", "What You Pay")
_exact(Field.PAID, "Plan Benefit", "Plan Benefits", "Plan Pd", "Ins Pd", "Amt Pd", "Benefit Paid", "Benefits Paid",
       "Amount Payable", "Payable", "Net Payable", "Plan Pmt", "Pmt Amt", "Plan Paid Amount", "Paid By Plan",
       "Plan Share", "Payer Pd", "Pd Amt", "Pd")
_exact(Field.SERVICE_DATE, "From - To", "From-To", "From To", "From/To", "Dates From - To", "Service From - To",
       "DOS From - To", "DOS From-To", "Service Period", "Dates of Svc", "Svc Dates", "Date(s) of Svc", "Svc Dt")
_exact(Field.CODE, "Svc Cd", "Procedure/Mod", "HCPCS/Mod", "CPT/HCPCS/Mod", "Proc/Modifier", "Code/Modifier",
       "Svc Code/Mod", "Procedure Code/Modifier", "Proc Cd/Mod")
_exact(Field.ADJUSTMENT_CODE, "RSN", "Rsn", "Rsn Cd", "Rsn Code", "Reason Cd", "Adj Rsn", "Grp/Rsn", "Adj Grp/Rsn",
       "Grp Rsn", "Group/Rsn", "Grp/Rsn Cd", "Adj Grp/Rsn Cd", "Adj RC")
_exact(Field.PATIENT, "Claimant", "Claimant Name", "Injured Worker", "Injured Employee", "Employee Name",
       "Patient/Claimant")
_exact(Field.CLAIM_ID, "Bill ID", "Bill No", "Bill #", "Bill Number", "Provider Bill No", "Patient Ctl #", "Pat Ctl #",
       "Pat Ctl No", "Patient Control No", "Pt Ctl #", "Pt Control #")
_exact(Field.REMARKS, "Msg Cd", "Message Cd", "Rmk Cd", "Rmk Codes", "Msg Code", "Note Cd", "Notes Cd", "Expl Cd",
       "Expl Code", "Explanation", "Expl", "Expl Codes", "Exp Cd", "Explan")
# Member statements and family statements (issue 4, second held-out round): a plan's rate for members is
# the allowed amount; "Pending or not payable" is the not-covered part; a family's cost share is what the
# family owes; a child is the patient.
_exact(Field.ALLOWED, "Amount Plan Covers", "Plan Covers", "Amount Your Plan Covers", "Member Rate", "Network Rate", "Contract Rate", "Contracted Rate", "Plan Rate", "Fee Schedule",
       "Fee Schedule Amount", "Plan Allowed Amount", "Insurance Allowed")
_exact(Field.NOT_COVERED, "Not Payable", "Pending or Not Payable", "Amount Not Payable", "Not Paid", "Non-Payable")
_exact(Field.PATIENT_OWES, "Cost Share", "Family Cost Share", "Member Cost Share", "Your Cost Share", "Patient Cost Share")
_exact(Field.CLAIM_ID, "Patient Ctrl #", "Patient Ctrl No", "Pat Ctrl #", "Pt Ctrl #", "Patient Control #",
       "Patient Ctrl Number", "Patient Cntl #", "Pat Cntl #", "Pat Cntl", "Pat Ctrl", "Patient Cntl", "Patient Ctrl")
# the provider's number for the patient's account ("Your Patient #", "Patient No."): an identifier, not a name
_exact(Field.CLAIM_ID, "Provider's Patient No", "Provider's Patient #", "Provider's Patient Number", "Provider Patient No",
       "Provider Patient #")
_exact(Field.CLAIM_ID, "Patient #", "Your Patient #", "Patient No", "Your Patient No", "Patient Number", "Pt #", "Pt No",
       "Your Patient Number", "Your Account #", "Your Account No")
# on a statement of benefits a bare "Responsibility" column is the patient's part
_exact(Field.PATIENT_OWES, "Responsibility", "Responsibility Amount", "Resp", "Resp.")
# the first and last dates of a service printed in two columns ("First DOS" | "Last DOS")
_exact(Field.SERVICE_DATE, "First DOS", "Begin DOS", "Start DOS", "From DOS", "First Date of Service", "Begin Date")
_exact(Field.SERVICE_END, "Last DOS", "End DOS", "Thru DOS", "Through DOS", "To DOS", "Last Date of Service", "End Date")
# a clinic's own number for a visit's charges ("Ticket", "Enc. no.", "Encounter #"): the provider's number for the claim
_exact(Field.CLAIM_ID, "Ticket", "Ticket #", "Ticket No", "Ticket Number", "Enc No", "Enc #",
       "Encounter No", "Encounter Number", "Charge Ticket", "Superbill", "Superbill #", "Pat Acct", "Pat Acct #",
       "Pat Acct No", "Patient Acct", "Patient Acct #")
# the person a statement is addressed to ("Prepared for:") is the plan holder, not necessarily the patient
_exact(Field.HOLDER, "Prepared for", "Statement prepared for", "Prepared especially for", "Statement for")
# a state program's number for its client (Medicaid "Client No") is the member's id
_exact(Field.MEMBER_ID, "Client No", "Client Number", "Client ID", "Client #", "Client Nbr")
# numbered modifier columns of remits ("M1", "M2", "Mod1")
_exact(Field.MODIFIERS, "M1", "M2", "M3", "M4", "Mod1", "Mod2", "Mod3", "Mod4", "Mod 1", "Mod 2", "Mod 3", "Mod 4",
       "MD1", "MD2", "MD3", "MD4", "MD 1", "MD 2", "MD 3", "MD 4", "Mdfr", "Mdfr 1", "Mdfr 2")
# a TPA's "Considered" amount is the part of the charge the plan considered for payment: the allowed amount
_exact(Field.ALLOWED, "Considered", "Considered Amount", "Amount Considered", "Considered Charges", "Considered Amt")
# the rate agreed in the network contract is the allowed amount
_exact(Field.ALLOWED, "Contracted", "Contracted Rate", "Contract Rate", "Contract Amount", "Contracted Amt")
_exact(Field.MEMBER_ID, "Medicare Number", "Medicare #", "Medicare No", "Medicare ID", "Medicare ID Number",
       "Medicaid Number", "Medicaid #", "Medicaid No", "Beneficiary ID", "MBI Number", "Member Number")
_exact(Field.PAYER_CLAIM_ID, "Document Control No", "Document Control Number", "Document Control #", "Doc Control No",
       "Doc Control #", "Document No", "Transaction Control No", "Transaction Control Number")
_exact(Field.PAYER_CLAIM_ID, "Payer Claim Ctrl #", "Payer Claim Control #", "Payer Claim Control Number", "Claim Ctrl #")
_exact(Field.PATIENT, "Child", "Child Name", "Child's Name", "Dependent Name", "Claim For", "Claims For", "Services For",
       "Service For", "Visit For", "Care For")

# vocational-rehabilitation and program remits: the amount the authorization allows is the allowed amount;
# the person served is the "consumer"; a date-range heading "Service Date(s)" is the service date
_exact(Field.ALLOWED, "Authorized", "Amount Authorized", "Authorized Amount", "Auth Amount", "Auth Amt",
       "Authorized Amt")
_exact(Field.PATIENT, "Consumer", "Consumer Name", "Individual", "Participant", "Participant Name")
_exact(Field.PATIENT, "Person who got the service", "Who got the service", "Person Who Received Service",
       "Person who got care", "Who got care", "Person Served By This Claim")
_exact(Field.PATIENT, "Covered Person", "Covered Individual", "Covered Member", "Person Covered", "Person Treated",
       "Person Served", "Person Receiving Care", "Who Got Care", "Who Received Care", "Care Received By",
       "Services Received By")
_exact(Field.SERVICE_DATE, "Service Date(s)", "Svc Date(s)", "Service Date (s)")
_exact(Field.RATE, "Unit Rate", "Rate/Unit", "Rate per Unit", "Unit Price", "Unit Cost", "Price per Unit", "Per Unit")

# the amount a denial took off the line: an adjustment amount, paired with its group-reason code
_exact(Field.ADJUSTMENT, "Denied", "Denied Amount", "Denied Amt", "Amount Denied", "Denial Amount", "Denial Amt")

# a private practice's statement calls the patient its client: what the client owes
_exact(Field.PATIENT_OWES, "Client Resp", "Client Resp.", "Client Responsibility", "Client Owes", "Client Balance",
       "Client Share", "Client Portion", "Client Pays", "Client Due")

# telehealth platforms bill by session: its date, its fee, its number (the platform's own for the claim)
_exact(Field.SERVICE_DATE, "Session date", "Session Dt", "Date of session", "Visit date")
_exact(Field.BILLED, "Session fee", "Session charge", "Visit fee", "Fee charged")
_exact(Field.CLAIM_ID, "Session no.", "Session no", "Session #", "Session ID", "Session number", "Visit no.", "Visit ID")

# a plain-language description heading ("What it was for")
_exact(Field.DESCRIPTION, "Procedure and Explanation", "Service and Explanation", "What it was for", "What this was for", "What was it for", "What the service was",
       "What you got", "Service you got", "Care you got", "What was done for you",
       "Service you received", "Services you received", "Service received", "Services received", "Care you received",
       "What you received", "Care received", "Treatment you received")

# a remit's detail line number, its explanation codes, its adjustment reason codes ("ARC / AMT")
_exact(Field.LINE_NUMBER, "DTL", "Dtl #", "Detail", "Detail #", "Det", "Line Item", "Svc #", "LI", "LI #", "Ln Itm",
       "Line Itm", "Item #")
_exact(Field.REMARKS, "EOB", "EOB Cd", "EOB Rsn", "EOB Reason", "RA-EOB", "RA EOB", "RA EOB Code", "EOBs", "EOBS",
       # a state remittance's "RAD" codes (Remittance Advice Details): its explanation codes
       "RAD", "RAD Code", "RAD Codes", "RAD Cd")
_exact(Field.ADJUSTMENT_CODE, "ARC", "ARC / AMT", "ARC/AMT", "ARC Amt", "ARC Code", "Adj Rsn / Amt", "Adj Rsn/Amt",
       "CARC / AMT", "CARC/AMT", "Adj Reason / Amt")

# a billing office's work-queue columns: who works the line, how old it is, what to do next
_exact(Field.WORKFLOW, "Next Step", "Next Steps", "Next Action", "Action", "Action Needed", "Follow-up", "Follow Up",
       "Owner", "Assigned To", "Assignee", "Worked By", "Age", "Age (days)", "Days Old", "Days in A/R", "Priority",
       "Queue", "Work Status",
       # where a payment was posted (an account or visit, by name): nothing of the service either
       "Posted To", "Applied To", "Posted To Acct", "Posted To Account", "Applied To Acct")

# dates that are not the date of service: of the injury (workers' comp), of receipt, of processing, of payment
_exact(Field.OTHER_DATE, "Inj Date", "Injury Date", "Date of Injury", "DOI", "Received", "Date Received", "Recd",
       "Rec'd", "Received Date", "Recd Date", "Processed", "Processed Date", "Date Processed", "Paid Date", "Date Paid",
       "Check Date", "Payment Date", "Issue Date", "Date Issued", "DOB", "Birth Date", "Date of Birth", "Adj Date",
       "Adjudication Date", "Entry Date", "Post Date", "Posted", "Posting Date",
       # the document's own dates: of the notice, the statement, the print run
       "Notice Date", "Date of Notice", "Statement Date", "Run Date", "Print Date", "Printed Date", "Date Printed",
       "Report Date", "Letter Date", "Mail Date", "Mailing Date", "Bill Date", "Billing Date", "Fecha del aviso")
_exact(Field.PATIENT, "Worker Name", "Worker", "Injured Worker Name")
_exact(Field.PATIENT, "Recip", "Recip Name", "Recip.", "Bene", "Bene Name", "Benef", "Mbr Name", "Pat Name", "Pat")

# international health insurance: the excess is the deductible, the amount settled is what the plan paid,
# the insured person is the one treated, the treatment date is the date of service
_exact(Field.DEDUCTIBLE, "Excess", "Excess Applied", "Policy Excess", "Excess Amount")
_exact(Field.PAID, "Ins Pymt", "Insurance Pmt", "Insurance Pymt", "Plan Pmt", "Plan Pymt", "Payer Pymt")
_exact(Field.PAID, "Amount Settled", "Settled", "Settled Amount", "Amount Reimbursed", "Reimbursed", "Benefit Settled", "Reimb", "Reimb Amt", "Reimbursement", "Reimb Amount")
_exact(Field.PATIENT, "Insured Person", "Insured Person Name", "Patient / Insured Person")
_exact(Field.SERVICE_DATE, "Treatment Date", "Date of Treatment", "Treatment Dates", "Dates of Treatment", "Tx Date")
_exact(Field.DESCRIPTION, "Treatment / Procedure", "Treatment/Procedure", "Procedure / Treatment")

# Medicaid spend-down notices: the part of a bill applied to the household's spend-down is theirs to pay
_exact(Field.PATIENT_OWES, "Applied to SD", "Applied to Spenddown", "Applied to Spend-down", "Applied to Spend Down",
       "Spenddown Applied", "Spend-down Applied", "Applied to Share of Cost", "Share of Cost", "SOC Applied",
       "Patient Liability Applied", "Spenddown", "Spend-down", "Spend Down", "SPDN", "SPD DN", "Spdn Amt")

# fixed-indemnity (limited benefit) plans pay a scheduled amount per service, whatever was charged: the
# schedule's amount is a rate, not an allowed amount; the benefit's type names the service
_exact(Field.RATE, "Schedule Benefit", "Scheduled Benefit", "Schedule Amount", "Scheduled Amount", "Benefit Schedule",
       "Schedule Benefit Amount", "Fixed Benefit", "Benefit Amount Scheduled")
_exact(Field.DESCRIPTION, "Benefit Type", "Type of Benefit", "Benefit Category", "Benefit Description")

# health-care sharing ministries: a claim is a "need", the ministry's part is what is "shared", and the
# household's part is its "personal responsibility"
_exact(Field.PAYER_CLAIM_ID, "Network Ref #", "Network Ref", "Network Reference", "Network Claim #", "Network Claim No")
_exact(Field.PAYER_CLAIM_ID, "Need #", "Need No", "Need Number", "Need ID", "Need Ref", "Need Reference")
_exact(Field.PAID, "Shared", "Amount Shared", "Shared Amount", "Total Shared", "Shared Amt", "Sharing")
_exact(Field.PATIENT_OWES, "Personal Responsibility", "Personal Resp", "Personal Responsibility Amount",
       "Unshared Amount", "Unshared", "Member Portion")

# Spanish, the words of the trade on bilingual US EOBs ("Explicación de Beneficios"): accents fold away
# in normalise_header, so "Código" is "codigo".
_exact(Field.SERVICE_DATE, "Fecha de servicio", "Fecha del servicio", "Fechas de servicio", "Fecha", "Fecha de serv")
_exact(Field.SERVICE_END, "Hasta", "Fecha final")
_exact(Field.CODE, "Código", "Codigo de servicio", "Código de procedimiento", "Código del servicio", "Procedimiento")
_exact(Field.MODIFIERS, "Modif", "Modificador", "Modificadores", "Mod.")
_exact(Field.UNITS, "Unidades", "Cantidad de unidades", "Cant.")
_exact(Field.BILLED, "Cantidad facturada", "Monto facturado", "Cargo", "Cargos", "Cantidad cobrada", "Importe facturado",
       "Facturado", "Cargo del proveedor")
_exact(Field.DISCOUNT, "Descuento", "Descuentos", "Descuento del plan", "Ahorros")
_exact(Field.ALLOWED, "Cantidad permitida", "Monto permitido", "Permitido", "Cantidad aprobada", "Monto aprobado",
       "Importe permitido")
_exact(Field.NOT_COVERED, "No cubierto", "Cantidad no cubierta", "Monto no cubierto", "No cubiertos")
_exact(Field.DEDUCTIBLE, "Deducible")
_exact(Field.COPAY, "Copago", "Copagos")
_exact(Field.COINSURANCE, "Coaseguro")
_exact(Field.PAID, "Pagado por el plan", "Pago del plan", "El plan pagó", "Pagado", "Monto pagado", "Cantidad pagada",
       "Lo que pagó su plan")
_exact(Field.PATIENT_OWES, "Su responsabilidad", "Responsabilidad del paciente", "Usted debe", "Lo que usted debe",
       "Su parte", "Responsabilidad")
_exact(Field.REMARKS, "Notas", "Nota", "Comentarios", "Códigos de nota")
_exact(Field.DESCRIPTION, "Descripción", "Servicio", "Descripción del servicio", "Tipo de servicio")
_exact(Field.CLAIM_ID, "Número de reclamación", "Núm. de reclamación", "Reclamación", "Número de reclamo", "Reclamo",
       "Núm. de cuenta del proveedor", "Número de cuenta del proveedor", "Número de cuenta")
_exact(Field.PATIENT, "Paciente", "Nombre del paciente", "Suscriptor", "Asegurado")
_exact(Field.MEMBER_ID, "Número de socio", "Núm. de socio", "Número de miembro", "Identificación del miembro",
       "ID de miembro")
_exact(Field.PROVIDER, "Proveedor", "Nombre del proveedor")
# the Spanish Medicare Summary Notice ("Resumen de Medicare")
_exact(Field.CODE, "Servicio proporcionado y código de facturación", "Servicio y código de facturación",
       "Código de facturación", "Servicio prestado y código de facturación", "Servicio recibido y código de facturación")
_exact(Field.APPROVED, "¿Se aprobó el servicio?", "¿Aprobó Medicare el servicio?", "Servicio aprobado")
_exact(Field.BILLED, "Cantidad que cobró el proveedor", "Cantidad cobrada por el proveedor", "Lo que cobró el proveedor")
_exact(Field.ALLOWED, "Cantidad aprobada por Medicare", "Cantidad aprobada por el plan", "Cantidad que aprobó Medicare")
_exact(Field.PAID, "Cantidad que pagó Medicare", "Lo que pagó Medicare", "Cantidad pagada por Medicare",
       "Cantidad que pagó el plan", "Cantidad pagada por el plan", "Medicare pagó", "El plan pagó", "Pagó Medicare")
_exact(Field.PATIENT_OWES, "Cantidad máxima que se le puede facturar", "Máximo que se le puede facturar",
       "Cantidad que se le puede facturar", "Lo máximo que se le puede facturar", "Lo máximo que le pueden facturar",
       "Lo que le pueden facturar", "Máximo que le pueden facturar", "Cantidad máxima que le pueden facturar")
_exact(Field.REMARKS, "Vea las notas", "Vea las notas abajo", "Ver notas", "Vea la nota")
# a group/reason column beside the amount column of its codes ("Grp/CARC" | "CARC Amt")
_exact(Field.ADJUSTMENT_CODE, "Grp/CARC", "Group/CARC", "Grp CARC", "CAS Grp/Rsn", "Grp/Reason")
_exact(Field.ADJUSTMENT, "CARC Amt", "CARC Amount", "CAS Amt", "CAS Amount", "Reason Amt", "Rsn Amt")
# school-based Medicaid remits name the child as the student
_exact(Field.PATIENT, "Student", "Student Name", "Student Last, First", "Student/Patient")
# the person treated, as veterans' community care and auto-injury (PIP) payers name them
_exact(Field.PATIENT, "Veteran", "Veteran Name", "Injured Person", "Injured Party", "Injured Person Name")
# the payer's voucher for a claim (early-intervention and county programs pay by voucher)
_exact(Field.PAYER_CLAIM_ID, "Voucher", "Voucher #", "Voucher No", "Voucher Number", "Voucher ID")
# an agency's or provider's invoice number ("AGENCY INV: BST-3391") is the provider's number for the claim
_exact(Field.CLAIM_ID, "Inv", "Inv #", "Inv No", "Invoice No", "Invoice Number", "Agency Inv", "Agency Invoice",
       "Agency Inv #", "Provider Inv", "Provider Invoice")
# stacked headings of member EOBs ("Amount / not / covered", "What / your plan / paid", "What I / owe")
_exact(Field.PAID, "What your plan paid", "What the plan paid", "What our plan paid", "What we paid")
_exact(Field.REMARKS, "See notes", "See note", "See remarks")
# a payer's claim edits and error codes (what its claim system checked) explain a line as remark codes do
_exact(Field.REMARKS, "Errors", "Error", "Error Codes", "Error Code", "Err", "Err Cd", "Errs", "Exception Codes")
_exact(Field.REMARKS, "Edit", "Edits", "Edit Code", "Edit Codes", "Edit Cd", "Claim Edit", "Claim Edits")

# words before "paid" / "pays" naming someone other than the plan as the one paying ("Patient paid", "You pay")
_NOT_THE_PLAN = ("patient", "you", "member", "other", "prior", "primary")

# Word rules, tried in order when no exact heading matches: (field, words that must all appear as
# word prefixes, words that must not appear).
_RULES: list[tuple[Field, tuple[str, ...], tuple[str, ...]]] = [
    (Field.MINUTES, ("minute",), ("unit", "charge", "fee", "paid", "allow")),
    # the second insurance's name; "Secondary Paid" / "Secondary Payment" stay money columns
    (Field.SECONDARY_PAYER, ("secondary", "ins"), ("paid", "payment", "amount", "amt", "resp")),
    (Field.SECONDARY_PAYER, ("secondary", "payer"), ("paid", "payment", "amount", "amt", "resp")),
    (Field.SECONDARY_PAYER, ("secondary", "payor"), ("paid", "payment", "amount", "amt", "resp")),
    # what is left of an authorization or a benefit ("Auth Units Left", "Visits Remaining"): before the units rule
    (Field.REMAINING, ("unit", "left"), ()),
    (Field.REMAINING, ("unit", "remain"), ()),
    (Field.REMAINING, ("visit", "left"), ()),
    (Field.REMAINING, ("visit", "remain"), ()),
    (Field.REMAINING, ("auth", "left"), ()),
    (Field.REMAINING, ("auth", "remain"), ()),
    (Field.REMAINING, ("remaining",), ("amount", "amt", "balance", "deductible", "due", "owe", "resp")),
    # a value as it stood before a claim was processed again ("Originally Allowed", "Plan paid before",
    # "You owed before", "Previously Paid"): the corrected column beside it is the line's value
    (Field.PRIOR, ("before",), ()),
    (Field.PRIOR, ("original",), ("charge", "bill", "claim", "date", "submitted", "code", "proc")),
    (Field.PRIOR, ("previous",), ("balance", "claim", "date", "code", "proc")),
    # a price per unit ("Unit Rate", "Rate per Unit", "Unit Price"): before the units rule
    (Field.RATE, ("unit", "rate"), ()),
    (Field.RATE, ("unit", "price"), ()),
    (Field.RATE, ("unit", "cost"), ()),
    (Field.RATE, ("per", "unit"), ()),
    (Field.UNITS, ("unit",), ()),  # before money rules: "Allowed Units" / "Billed Units" are counts
    # one column holding a from-to date range ("From - Thru", "Dates From/To")
    (Field.SERVICE_DATE, ("from", "thru"), ("paid", "account")),
    (Field.SERVICE_DATE, ("from", "through"), ("paid", "account")),
    (Field.SERVICE_DATE, ("from", "to"), ("paid", "account")),
    # the provider's own number for the claim, named as a reference ("Your provider's reference")
    (Field.CLAIM_ID, ("provider", "reference"), ()),
    (Field.CLAIM_ID, ("your", "reference"), ()),
    # the price the plan agreed with the provider ("Your plan's price", "Network price") is the allowed amount
    (Field.ALLOWED, ("plan", "price"), ()),
    (Field.ALLOWED, ("network", "price"), ()),
    # "Not Eligible" is the part the plan does not cover (before the "eligible" = allowed rule)
    (Field.NOT_COVERED, ("not", "eligible"), ()),
    # what a payer before this one paid ("Primary Plan Paid", "Prior Carrier Paid"): not this plan's payment
    (Field.OTHER_INSURANCE, ("primary", "paid"), ()),
    (Field.OTHER_INSURANCE, ("prior", "paid"), ()),
    (Field.OTHER_INSURANCE, ("primary", "payment"), ()),
    (Field.ADJUSTMENT_CODE, ("group", "reason"), ()),  # "Adjustments (Group-Reason Amount)": the codes, not the group
    (Field.ADJUSTMENT_GROUP, ("adj", "group"), ()),
    (Field.ADJUSTMENT_GROUP, ("group",), ("code", "reason", "no", "name", "id", "number")),
    (Field.REMARKS, ("rem", "code"), ()),
    (Field.PERCENT, ("pct",), ()),  # "%" normalises to "pct": "Coins %", "% of Allowed" are rates
    (Field.PERCENT, ("percent",), ()),
    (Field.LINE_NUMBER, ("line", "no"), ("charge", "amount", "paid", "bill", "code", "status")),
    (Field.ADJUSTMENT_CODE, ("rsn",), ()),
    (Field.DISCOUNT, ("reduc",), ()),
    (Field.PATIENT_OWES, ("liab",), ("other", "prior", "primary")),
    (Field.PATIENT_OWES, ("your", "bal"), ()),
    # "To Deductible" / "Toward Coinsurance" say where an amount went, never an end date; nor is a statement's
    # "Ways to pay" / "How to pay"
    (Field.SERVICE_END, ("to",), ("total", "paid", "owe", "bill", "applied", "amount", "amt", "credited", "charged",
                                  "deduct", "coins", "copay", "oop", "out", "pay", "way", "how")),
    (Field.SERVICE_END, ("thru",), ()),
    (Field.NOT_COVERED, ("not", "cover"), ()),
    (Field.NOT_COVERED, ("non", "cover"), ()),
    (Field.NOT_COVERED, ("inelig",), ()),
    (Field.NOT_COVERED, ("not", "payable"), ()),
    (Field.PATIENT_OWES, ("cost", "share"), ()),
    # "Member rate savings": what the network price saved, not the rate
    (Field.DISCOUNT, ("saving",), ()),
    (Field.ALLOWED, ("rate",), ("pct", "percent", "coins", "interest", "tax", "exchange", "unit", "hour")),
    (Field.DEDUCTIBLE, ("deduct",), ()),
    (Field.COINSURANCE, ("coins",), ()),
    (Field.COINSURANCE, ("co", "ins"), ()),
    (Field.COPAY, ("copay",), ()),
    (Field.COPAY, ("co", "pay"), ()),
    (Field.OTHER_INSURANCE, ("other", "ins"), ()),
    (Field.PATIENT_OWES, ("you", "owe"), ()),
    (Field.PATIENT_OWES, ("may", "billed"), ()),
    # the plan's (or the insurer's) responsibility is what it pays, never the patient's
    (Field.PAID, ("plan", "resp"), ()),
    (Field.PAID, ("insurance", "resp"), ()),
    (Field.PAID, ("payer", "resp"), ()),
    (Field.PATIENT_OWES, ("patient", "resp"), ()),
    (Field.PATIENT_OWES, ("pt", "resp"), ()),
    (Field.PATIENT_OWES, ("member", "resp"), ()),
    (Field.PATIENT_OWES, ("your", "resp"), ()),
    (Field.PATIENT_OWES, ("personal", "resp"), ()),
    # the family's part on children's-program and family statements ("Family Share", "Family Pays")
    (Field.PATIENT_OWES, ("family", "share"), ()),
    (Field.PATIENT_OWES, ("family", "pay"), ()),
    (Field.PATIENT_OWES, ("family", "portion"), ()),
    (Field.PATIENT_OWES, ("family", "resp"), ()),
    (Field.PATIENT_OWES, ("household", "share"), ()),
    (Field.PATIENT_OWES, ("parent", "share"), ()),
    (Field.PATIENT_OWES, ("patient", "bal"), ()),
    (Field.PATIENT_OWES, ("your", "share"), ()),
    (Field.PATIENT_OWES, ("your", "cost"), ()),
    (Field.PATIENT_OWES, ("i", "owe"), ()),
    (Field.PATIENT_OWES, ("owe",), ()),
    # what is still due from the family ("Patient Due", "Amount Due", "Due From Patient"); never a due date
    (Field.PATIENT_OWES, ("due",), ("date", "by", "on", "insurance", "ins", "plan", "payer", "provider")),
    (Field.DISCOUNT, ("discount",), ()),
    # "Amount Saved", "You Saved": the network price cut
    (Field.DISCOUNT, ("saved",), ()),
    (Field.ADJUSTMENT_CODE, ("adj", "reason"), ()),
    (Field.ADJUSTMENT_CODE, ("adj", "code"), ()),
    (Field.ADJUSTMENT_CODE, ("reason", "code"), ()),
    (Field.ADJUSTMENT_CODE, ("group", "code"), ()),
    (Field.ADJUSTMENT_CODE, ("denial",), ()),
    (Field.REMARKS, ("remark",), ()),
    (Field.REMARKS, ("eob", "code"), ()),
    (Field.REMARKS, ("explanation",), ()),
    (Field.REMARKS, ("msg",), ()),
    (Field.REMARKS, ("rarc",), ()),
    (Field.REMARKS, ("note",), ()),
    # money paid out of the member's own health account (HSA/FSA/HRA auto-pay): neither the plan's payment
    # nor what is still owed, so it is read as another source's money
    (Field.OTHER_INSURANCE, ("paid", "account"), ()),
    (Field.OTHER_INSURANCE, ("from", "account"), ()),
    (Field.OTHER_INSURANCE, ("hsa",), ()),
    (Field.OTHER_INSURANCE, ("fsa",), ()),
    (Field.OTHER_INSURANCE, ("hra",), ()),
    # what the family itself already paid ("You paid", "Patient paid", "Patient payments") is, like an HSA's
    # payment, money from another source than the plan: never the plan's payment
    (Field.OTHER_INSURANCE, ("you", "paid"), ("your",)),
    (Field.OTHER_INSURANCE, ("patient", "paid"), ()),
    (Field.OTHER_INSURANCE, ("patient", "payment"), ()),
    (Field.OTHER_INSURANCE, ("pt", "paid"), ()),
    (Field.PAID, ("paid",), _NOT_THE_PLAN + ("date",)),
    # "Fund Pays", "Trust Pays", "Insurer Pays": what the payer pays ("Patient Pays" is the family's share)
    (Field.PAID, ("pays",), _NOT_THE_PLAN + ("insured", "subscriber", "guarantor", "pt", "employee", "participant")),
    (Field.PAID, ("payment",), ("patient", "date", "status", "number", "no", "id")),
    (Field.PAID, ("benefit",), ()),
    (Field.ALLOWED, ("allow",), ()),
    (Field.ALLOWED, ("approved",), ()),
    (Field.ALLOWED, ("eligible",), ()),
    (Field.ALLOWED, ("covered",), ()),
    (Field.ALLOWED, ("negotiated",), ()),
    (Field.ADJUSTMENT, ("adj",), ()),
    (Field.ADJUSTMENT, ("write",), ()),
    (Field.ADJUSTMENT, ("contractual",), ()),
    (Field.BILLED, ("charge",), ()),
    (Field.BILLED, ("billed",), ("units", "code", "qty", "quantity")),
    (Field.BILLED, ("submitted",), ()),
    (Field.SERVICE_DATE, ("date", "service"), ()),
    (Field.SERVICE_DATE, ("dos",), ()),
    (Field.SERVICE_DATE, ("svc", "date"), ()),
    (Field.SERVICE_DATE, ("service", "dt"), ()),
    (Field.SERVICE_DATE, ("from",), ("paid", "pay", "account", "acct", "ins")),
    # a code column that also carries modifiers ("PROC/MODS", "CPT / Modifiers") is the code column
    # a service column that names its code and modifier ("Service provided (code and modifier)")
    (Field.CODE, ("code", "mod"), ("1", "2", "3", "4")),
    (Field.CODE, ("proc", "mod"), ("desc", "1", "2", "3", "4")),
    (Field.CODE, ("cpt", "mod"), ("1", "2", "3", "4")),
    (Field.CODE, ("hcpc", "mod"), ("1", "2", "3", "4")),
    (Field.MODIFIERS, ("mod",), ()),
    (Field.CODE, ("cpt",), ()),
    (Field.CODE, ("hcpc",), ()),
    (Field.CODE, ("proc",), ("desc", "processed", "processing")),
    (Field.CODE, ("code",), ("desc",)),
    (Field.UNITS, ("qty",), ()),
    (Field.UNITS, ("quantity",), ()),
    (Field.PAYER_CLAIM_ID, ("icn",), ()),
    (Field.PAYER_CLAIM_ID, ("payer", "claim"), ()),
    # ("Claim frequency: 1 - original", "Claim type": what kind of claim, never its number)
    (Field.CLAIM_ID, ("claim",), ("status", "date", "total", "received", "processed", "filed", "frequency", "freq",
                                  "type")),
    (Field.CLAIM_ID, ("acct",), ()),
    (Field.CLAIM_ID, ("account",), ("holder", "owner", "type", "balance")),
    (Field.MEMBER_ID, ("member", "id"), ()),
    (Field.MEMBER_ID, ("subscriber", "id"), ()),
    (Field.MEMBER_ID, ("member", "no"), ()),
    (Field.MEMBER_ID, ("recipient", "id"), ()),
    (Field.MEMBER_ID, ("recip", "no"), ()),
    (Field.PATIENT, ("patient",), ()),
    (Field.PATIENT, ("recipient",), ()),
    (Field.PATIENT, ("member",), ()),
    (Field.PATIENT, ("beneficiary",), ()),
    # what the provider asked to be paid ("Provider asked for", "Amount asked")
    (Field.BILLED, ("asked",), ()),
    (Field.PROVIDER, ("provider",), ()),
    (Field.PROVIDER, ("rendering",), ()),
    (Field.PAYER, ("payer",), ()),
    (Field.PAYER, ("payor",), ()),
    (Field.DESCRIPTION, ("desc",), ()),
    (Field.DESCRIPTION, ("service",), ()),
    (Field.STATUS, ("status",), ()),
]


_COLUMN_LETTER = re.compile(r"^\([A-Z]\)\s*")
_LETTER_FORMULA = re.compile(r"\s+[A-Z](?:\s*[-+x]\s*[A-Z])+\s*$")


def match_header(text: object, abbreviations: bool = False) -> Field | None:
    """The field a printed column heading stands for, or ``None`` when it is not one we know.

    ``abbreviations=True`` also reads unknown short headings as abbreviations of the trade's words
    (``ALWD``, ``CHG``, ``UNT``); use it where the values under the heading confirm the reading, since
    ordinary words ("BILL" in "BILL TOTALS") can look like abbreviations too."""
    raw = clean_text(text)
    if re.search(r"approv\w*\?", raw, re.IGNORECASE):
        # "Approved?", "Was it approved?", "Approved? See" (its notes' heading split under it): a yes/no
        # question, never the approved amount
        return Field.APPROVED
    # lettered columns ("(C) Allowed A - B", "(G) Paid C - D - E - F"): the letter and the formula are no words
    raw = _LETTER_FORMULA.sub("", _COLUMN_LETTER.sub("", raw))
    norm = normalise_header(raw)
    if not norm or len(norm) > 60:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    if re.search(r"[A-Za-z]- [a-z]", raw) and (f := match_header(re.sub(r"(?<=[A-Za-z])- (?=[a-z])", "-", raw),
                                                             abbreviations)) is not None:
        return f  # "Plan-" over "approved": a compound's hyphen at the line's end, not a word broken in two
    # numbered headings ("CARC 1", "Adj Amt 2", "Remark 3") mean what the un-numbered one means
    unnumbered = " ".join(w for w in norm.split() if not w.isdigit())
    if unnumbered != norm and unnumbered in _EXACT:
        # the number counts the word right before it: "Procedure Modifier 1" is the first modifier
        ws = norm.split()
        before = ws[-2] if len(ws) > 2 and ws[-1].isdigit() and not ws[-2].isdigit() else None
        if before is not None and before in _EXACT and _EXACT[before] is not _EXACT[unnumbered]:
            return _EXACT[before]
        return _EXACT[unnumbered]
    # "Amount Billed ($)" / "Billed Amount USD": drop unit noise and try again
    stripped = " ".join(w for w in norm.split() if w not in {"usd", "amount", "amt", "total", "line", "the", "of", "s"})
    if stripped and stripped in _EXACT:
        return _EXACT[stripped]
    words = norm.split()
    if len(words) > 8:
        return None
    rated = re.sub(r"\b\d+(?: \d+)? pct\b", " ", norm).split()
    if rated != words and rated:
        # a heading that states the rate it applies ("Co-ins. (10%)", "Coinsurance 20%") holds amounts
        found = match_header(" ".join(rated))
        if found is not None:
            return found
    for field, need, avoid in _RULES:
        if all(any(w.startswith(n) for w in words) for n in need) and not any(
            any(w.startswith(a) for w in words) for a in avoid
        ):
            # a single-letter word rule (e.g. "i owe") must match exactly, not as a prefix
            # very short rule words ("i owe", "to", "co ins", "pt resp") must match whole words, not prefixes
            if any(len(n) <= 2 and n not in words for n in need):
                continue
            return field
    return abbreviation_field(norm) if abbreviations else None


# Words a heading abbreviates, and the field each means. An unknown short heading ("ALWD", "CHG",
# "UNT", "DED", "COIN", "PD") is read as the word it abbreviates when exactly one word fits best.
_ABBREVIATED: dict[str, Field] = {
    "charge": Field.BILLED, "charges": Field.BILLED, "billed": Field.BILLED, "submitted": Field.BILLED,
    "allowed": Field.ALLOWED, "allowable": Field.ALLOWED, "approved": Field.ALLOWED, "eligible": Field.ALLOWED,
    "units": Field.UNITS, "quantity": Field.UNITS,
    "paid": Field.PAID, "payment": Field.PAID, "benefit": Field.PAID,
    "deductible": Field.DEDUCTIBLE, "coinsurance": Field.COINSURANCE, "copayment": Field.COPAY,
    "remarks": Field.REMARKS, "modifier": Field.MODIFIERS, "procedure": Field.CODE,
    "adjustment": Field.ADJUSTMENT, "discount": Field.DISCOUNT, "patient": Field.PATIENT,
    "claim": Field.CLAIM_ID, "reason": Field.ADJUSTMENT_CODE, "description": Field.DESCRIPTION,
    "responsibility": Field.PATIENT_OWES, "provider": Field.PROVIDER,
}


# generic words of headings that abbreviate nothing by themselves
_GENERIC = frozenset({"amt", "amnt", "tot", "totl", "num", "nbr", "no", "id", "cd", "dt", "ind", "typ", "type", "st",
                      "sts", "stat", "desc", "ref", "seq", "grp", "cat", "misc", "other", "oth", "net", "sub"})


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def abbreviation_field(norm: str) -> Field | None:
    """A one-word heading of 2-6 letters that abbreviates a word of the trade by dropping letters
    (``alwd`` -> allowed, ``chg`` -> charge, ``unt`` -> units, ``pd`` -> paid). It must keep the word's
    first letter, and the best fit (the share of the word's letters kept) must be clearly better than
    the next word's fit for another field; otherwise the heading stays unknown."""
    if " " in norm or not (2 <= len(norm) <= 6) or not norm.isalpha() or norm in _GENERIC:
        return None
    scored = sorted(
        ((len(norm) / len(word), field) for word, field in _ABBREVIATED.items()
         if word[0] == norm[0] and _is_subsequence(norm, word)),
        key=lambda t: -t[0],
    )
    if not scored:
        return None
    best, field = scored[0]
    rival = next((sc for sc, f in scored[1:] if f is not field), 0.0)
    if best < 0.25 or best < rival * 1.5:
        return None
    return field


def is_known_heading(text: object) -> bool:
    return match_header(text) is not None


_HEADING_WORDS: frozenset[str] | None = None


def heading_word(text: object) -> bool:
    """A word of three letters or more that some exact heading is made of ("Maximum", "Amount")."""
    global _HEADING_WORDS
    if _HEADING_WORDS is None:
        _HEADING_WORDS = frozenset(w for k in _EXACT for w in k.split() if len(w) >= 3 and w.isalpha())
    return normalise_header(text) in _HEADING_WORDS


def exact_header(text: object) -> Field | None:
    """The field of a heading only when it is one of the exact synonyms (no word rules). The PDF reader
    uses it to tell one heading from several headings printed one space apart."""
    norm = normalise_header(text)
    return _EXACT.get(norm) if norm else None
