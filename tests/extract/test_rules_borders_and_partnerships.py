"""Kind `other` the lexicon missed on the fifty-nine tuning sets (issue #12 class 3, the
sixty-sixth pass): a border or crossing closed (rule `closure`), one reopened told as its
subject (rule `opening`), a grouping rejoined (rule `joined`), a chair handed on, held,
elected or succeeded to (rules `chairmanship`, `election-to-chair`, `handover`). The
sentences are real ones of the tuning sets whose gold lists them as `other` and where no
rule fired; the forms that must stay no event of theirs follow.
"""

from __future__ import annotations

import pytest

from timeline.extract.lexicon import TRIGGERS

from .conftest import other_kind_matches


@pytest.mark.parametrize(
    ("sentence", "rule", "matched"),
    [
        # test-q, test-ap, test-o, test-u, test-q (caribbean_13, maghreb_32, levant_10,
        # andean_15, west-africa_14)
        (
            "The Dominican Republic will close its air, land and sea borders with neighboring "
            "Haiti on Friday",
            "closure",
            "close its air, land and sea borders",
        ),
        ("the decision to close borders on March 16, 2020", "closure", "close borders"),
        (
            "Jordan closed their side of the crossing after the Free Syrian Army (FSA) gained "
            "control of the crossing in April, 2015",
            "closure",
            "closed their side of the crossing",
        ),
        ("which is why these borders were closed in March 2020", "closure", "borders were closed"),
        (
            "In August 2019, President Muhammadu Buhari unilaterally ordered the closure of "
            "Nigeria's borders",
            "closure",
            "closure of Nigeria's borders",
        ),
        (
            "The move comes 57 days after Amman closed the terminal",
            "closure",
            "closed the terminal",
        ),
        # test-s, test-n, test-aw (south-asia_16, great-lakes_10, latin-america_41)
        (
            "the Torkham crossing will reopen to passengers, transit and trade on February 23",
            "opening",
            "crossing will reopen",
        ),
        ("On March 7, the Gatuna/Katuna border reopened", "opening", "border reopened"),
        (
            "the reopening of the 2,200-kilometer border between the two countries",
            "opening",
            "reopening of the 2,200-kilometer border",
        ),
        # chairs handed on, held or elected: test-aa, test-ai, test-h, test-n, test-g, test-aa,
        # test-s, test-ah (central-africa_19, arctic_22, arctic_04, arctic_09, iberia_01,
        # iberia_15, eu_14, latin-america_31)
        (
            "the passing of the baton from the Angolan presidency to Sao Tome and Príncipe",
            "chairmanship",
            "passing of the baton",
        ),
        ("received the gavel from his Finnish counterpart", "chairmanship", "received the gavel"),
        (
            "With that, the chair of the Arctic Council passed to the U.S.",
            "chairmanship",
            "chair of the Arctic Council passed to",
        ),
        ("Russia held the chairmanship in 2021", "chairmanship", "held the chairmanship"),
        (
            "the Spanish Presidency of the EU Council in the second half of the year",
            "chairmanship",
            "Presidency of the EU Council",
        ),
        (
            "the Presidency of the Council of the European Union, which will begin on July 1",
            "chairmanship",
            "Presidency of the Council of the European Union",
        ),
        (
            "The European Council elected António Costa, formerly Prime Minister of Portugal, "
            "as its President",
            "election-to-chair",
            "elected António Costa, formerly Prime Minister of Portugal, as its President",
        ),
        (
            "Honduras is expected to succeed St. Vincent and the Grenadines as Pro Tempore "
            "President of the Community of Latin American and Caribbean States",
            "handover",
            "succeed St. Vincent and the Grenadines as Pro Tempore President",
        ),
        # test-q (commonwealth_11)
        (
            "The Gambia has rejoined the Commonwealth after almost five years outside the "
            "institution",
            "joined",
            "rejoined the ",
        ),
    ],
)
def test_a_form_the_lexicon_missed_is_read(sentence: str, rule: str, matched: str) -> None:
    assert (rule, matched) in other_kind_matches(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the adjective and the preposition, not a closing
        "The village lies close to the border with Uganda.",
        "They agreed on close border cooperation.",
        "Traders crossed a closed border at night.",
        # a state, not an act; a noun after the verb that is not its object
        "Their shared border has been closed since the 1990s.",
        "Armenia's occupation led to the sealing of the borders with Azerbaijan.",
        "Police shut down operations at the border crossing.",
        # the EU Council's presidency told with no term of its own; a chair held undated
        "The Bulgarian presidency of the Council of the EU called the Balkans a priority.",
        "Laos held the chair with distinction.",
        # a person rejoined, not a grouping
        "Hassan will rejoin President Suluhu on Sunday for a tour of the region.",
    ],
)
def test_what_stays_no_closure_chair_or_membership(sentence: str) -> None:
    rules = {"closure", "joined", "chairmanship"}
    assert rules <= {trigger.name for trigger in TRIGGERS}  # the closure rule is there
    assert not {name for name, _ in other_kind_matches(sentence) if name in rules}
