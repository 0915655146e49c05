"""Self-check of the sample factory (not of the reader): each truth file against its PDF's text layer
(every printed amount and code of a truth line is on that page), and the documents' own arithmetic
(claim totals = sum of lines; billed - discount - not covered = allowed; allowed - patient share = paid;
billed - adjustments = paid). Planted inconsistencies are printed as TOTAL MISMATCH and must match
the truth's expected_findings.

Run: python samples/pdf/check_samples.py samples/pdf   (or a held-out folder)
"""
import json, sys, glob, re
from decimal import Decimal
import pdfplumber
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from eobreader.values import clean_text
def forms(a):
    d = Decimal(a); x = abs(d)
    s = {f"{x:,.2f}", f"{x:.2f}"}
    return s
bad = 0
for tp in sorted(glob.glob(sys.argv[1] + '/*.truth.json')):
    t = json.load(open(tp)); pdf = pdfplumber.open(tp[:-11])
    assert len(pdf.pages) == t['pages'], (tp, len(pdf.pages), t['pages'])
    texts = [clean_text(p.extract_text()) for p in pdf.pages]
    n = 0
    for ln in t['lines']:
        txt = texts[ln['page'] - 1]
        for k in ('billed','allowed','paid','patient_owes','deductible','copay','coinsurance','not_covered','discount'):
            if ln[k] is not None:
                if not any(f in txt for f in forms(ln[k])):
                    print(tp, 'missing', k, ln[k], ln['code']); bad += 1
        if ln['code'] and ln['code'] not in txt:
            print(tp, 'missing code', ln['code']); bad += 1
        for g, r, a in ln['adjustments']:
            if a is not None and not any(f in txt for f in forms(a)):
                print(tp, 'missing adj', g, r, a); bad += 1
        n += 1
    # arithmetic: claim totals vs lines
    for c in t['claims']:
        ls = [l for l in t['lines'] if l['payer_claim_id'] == c['payer_claim_id'] and l['claim_id'] == c['claim_id']]
        for k, v in c['totals'].items():
            if v is None: continue
            vals = [l[k] for l in ls]
            if any(x is None for x in vals): continue
            sm = sum(Decimal(x) for x in vals)
            if sm != Decimal(v):
                print(tp, 'TOTAL MISMATCH', c['payer_claim_id'] or c['claim_id'], k, v, sm)
    print(tp.split('/')[-1], 'lines', n, 'claims', len(t['claims']), 'legend', len(t['legend']), 'findings', t['expected_findings'])
print('problems', bad)
# per-line arithmetic where the fields are printed
from decimal import Decimal as Dd
for tp in sorted(glob.glob(sys.argv[1] + '/*.truth.json')):
    t = json.load(open(tp))
    for ln in t['lines']:
        g = lambda k: Dd(ln[k]) if ln[k] is not None else None
        b, dsc, nc, al, de, cp, co, pd, ow = (g(k) for k in ('billed','discount','not_covered','allowed','deductible','copay','coinsurance','paid','patient_owes'))
        if b is not None and dsc is not None and al is not None and b - dsc - (nc or 0) != al:
            print(tp, 'billed-discount-nc != allowed', ln['code'], b, dsc, nc, al)
        if al is not None and pd is not None and de is not None and co is not None:
            if al - de - (cp or 0) - co - pd not in (0,) and 'remit' not in tp:
                print(tp, 'allowed-share != paid', ln['code'], al, de, cp, co, pd)
        if ln['adjustments'] and b is not None and pd is not None and all(a[2] is not None for a in ln['adjustments']):
            if b - sum(Dd(a[2]) for a in ln['adjustments']) != pd:
                print(tp, 'billed-adj != paid', ln['code'], b, pd, ln['adjustments'])
print('arith done')
