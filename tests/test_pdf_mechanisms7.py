"""General mechanisms of the PDF reader added for the eighth held-out round, each on synthetic word lists
(no PDF): a possessive owner word heading a label ("Provider's Patient No.") keeps the number the
provider's; a heading of separated segments opening with a person's name names the claim's patient
(accented names included); a TPA's "Considered" amount is the allowed amount."""

from __future__ import annotations

from pdfwords import text_at

from eobreader.sources.pdf import parse_labels
from eobreader.sources.pdf_layout import TextLine
from eobreader.vocab import Field, match_header


def labels(text: str) -> dict[Field, str]:
    return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))


def test_possessive_owner_word_is_part_of_the_label():
    # two key/value columns: a relationship value, then the provider's patient number
    got = labels("Relationship: Daughter Provider's Patient No.: BPT-7731")
    assert got.get(Field.CLAIM_ID) == "BPT-7731"
    assert Field.PAYER_CLAIM_ID not in got
    # curly apostrophe too
    got = labels("Relationship: Son Provider\u2019s Patient No.: QX-22")
    assert got.get(Field.CLAIM_ID) == "QX-22"


def test_separated_heading_opening_with_a_person_names_the_patient():
    got = labels("Ellie Vandermeer | Tulip Lane Pediatrics | Claim number W2601-55120-9 | Provider account 31007")
    assert got[Field.PATIENT] == "Ellie Vandermeer"
    assert got[Field.PAYER_CLAIM_ID] == "W2601-55120-9"
    assert got[Field.CLAIM_ID] == "31007"
    got = labels("Lucía Ferreira · Harborview Hand Therapy · Claim E7R2KQ0041 · Patient account HPT118204")
    assert got[Field.PATIENT] == "Lucía Ferreira"


def test_separated_heading_with_a_number_before_the_claim_label_names_no_patient():
    # a segment holding a number between the name and the claim label: not a plain provider name, so no guess
    got = labels("Dana Whitlock | Suite 400 | Claim number W2601-55120-9")
    assert Field.PATIENT not in got


def test_considered_is_the_allowed_amount():
    assert match_header("Considered") is Field.ALLOWED
    assert match_header("Considered Amount") is Field.ALLOWED


def test_separated_heading_opening_with_a_practice_names_no_patient():
    # the first segment is a practice (its words are what a practice is called by), and no provider
    # segment sits between it and the claim label: it is not the patient
    got = labels("Chatterbox Speech Studio • Claim JH-26-0443388 • Provider account AS-3091")
    assert Field.PATIENT not in got
    got = labels("Dana Whitlock • Claim JH-26-0443388 • Provider account AS-3091")
    assert Field.PATIENT not in got
