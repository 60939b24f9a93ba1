"""Kind `other` acts of office and of relations that news tells and the lexicon lacked
(issue #12, the seventy-third pass): official contacts between governments restored, an
office given by a vote, a state's diplomat seized or held, a state's nuclear work halted or
resumed, a ruler dismissing the government, a referendum or a ballot told with its day;
and an agreement told as beginning on its date, which Wikinews dev's detector had read as
a spurious `other`. The sentences are real ones of Wikinews (shortened) that the gold
lists so and that had no rule's candidate; the forms that must stay no event of theirs
follow, and whole articles show each act dated and its sides named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, other_kind_matches, trigger_names


def rules_read(sentence: str) -> set[str]:
    """The names of the kind-other rules that fire in ``sentence``."""
    return {name for name, _ in other_kind_matches(sentence)}


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "We can say that from this moment onward Cuba has re-established government-level "
            "official contacts with all European Union countries.",
            "diplomatic-relations",
        ),
        (
            "On November 25, 2004, the Cuban Chancellor announced the re-establishment of "
            "official contacts with the government of Spain.",
            "diplomatic-relations",
        ),
        (
            "Vice-President Alfredo Palacio was voted in unanimously by deputies to replace "
            "Mr Gutierrez who is accused of abandoning his post.",
            "voted-into-office",
        ),
        (
            "Nancy Pelosi yesterday resumed the office of Speaker of the House, being voted "
            "into the position by the incoming 116th United States Congress.",
            "voted-into-office",
        ),
        (
            "An Iranian diplomat has been kidnapped by men wearing Iraqi army uniforms.",
            "envoy-detained",
        ),
        (
            "Iranian diplomat Faridoun Jihani was 2004 detained south of Baghdad by a Sunni group.",
            "envoy-detained",
        ),
        (
            "The parliament moved immediately to ratify the changes just days before the "
            "nationwide constitutional referendum on October 15th.",
            "election-held",
        ),
        (
            "A formal ballot to choose the next Secretary-General has been scheduled for "
            "October 9.",
            "election-held",
        ),
        (
            "The resolution calls for elections for the new body on May 9, 2006 and an "
            "inaugural meeting on June 19.",
            "election-held",
        ),
        (
            "Nepal has witnessed growing protests against King Gyanendra's decision last year "
            "to dismiss the government and assume direct rule.",
            "coup",
        ),
        ("Iran resumed full atomic fuel research today.", "nuclear-work"),
        (
            "North Korea's ambassador claims his government has shut down its infamous "
            "reactor located in Yongbyon.",
            "nuclear-work",
        ),
        (
            "N. Korea restarted its nuclear program when the U.S. failed to follow through.",
            "nuclear-work",
        ),
    ],
)
def test_an_act_of_office_or_relations_is_read(sentence: str, rule: str) -> None:
    assert rule in rules_read(sentence)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        # contacts that are no relations between governments
        ("The company re-established contacts with its former clients.", "diplomatic-relations"),
        # a vote cast, or one not held, is no office given
        ("The motion was voted in favour by 40 deputies.", "voted-into-office"),
        ("The bill was voted in the Senate on Tuesday.", "voted-into-office"),
        # a text voted on, not a person voted into office
        ("The bill was voted in by parliament on Tuesday.", "voted-into-office"),
        # people seized who are no state's envoy
        ("Three journalists have been kidnapped near the border.", "envoy-detained"),
        # a referendum on a question, not on a day
        ("The party demanded a referendum on independence.", "election-held"),
        # a ballot not told as set for a day
        ("The ballot papers were printed in Geneva.", "election-held"),
        # elections to a body with no day of theirs
        ("He won elections to the council in a landslide.", "election-held"),
        # a parliament dissolved, as often a step of the constitution's as a seizure
        ("a president who dissolved the Tunisian Parliament", "coup"),
        # nuclear work halted by no state
        ("The utility shut down its reactor for maintenance.", "nuclear-work"),
    ],
)
def test_a_like_form_that_is_no_such_act_is_not_read(sentence: str, rule: str) -> None:
    assert rule not in rules_read(sentence)


def test_a_diplomat_kidnapped_is_dated_by_the_story_with_both_states(tmp_path: Path) -> None:
    body = (
        "An Iranian diplomat has been kidnapped by men wearing Iraqi army uniforms who also "
        "had official Iraqi defense ministry ID badges."
    )
    assert ("2007-02-06", {"IR", "IQ"}) in dated_sides(tmp_path, body, "2007-02-06", "other")


def test_nuclear_work_resumed_is_dated_by_its_day(tmp_path: Path) -> None:
    body = (
        "Iran resumed full atomic fuel research today, the International Atomic Energy Agency "
        "announced."
    )
    found = dated_sides(tmp_path, body, "2006-01-10", "other")
    assert any(day == "2006-01-10" and "IR" in sides for day, sides in found)


def test_official_contacts_restored_are_dated_by_their_sentence(tmp_path: Path) -> None:
    body = (
        'Finally, on January 10, 2005, the Cuban Foreign Minister told journalists: "We can '
        "say that from this moment onward Cuba has re-established government-level official "
        'contacts with all European Union countries."'
    )
    found = dated_sides(tmp_path, body, "2005-02-04", "other")
    assert ("2005-01-10", {"CU", "EU"}) in found


def test_an_agreement_that_began_on_its_date_enters_into_force() -> None:
    sentence = (
        "Australia and the US entered into a free trade agreement which began in January, 2005."
    )
    assert "entry-into-force" in trigger_names(sentence)
    assert "entry-into-force" not in trigger_names("The talks which began in May, 2005 failed.")
