"""A state's own act told with a subject of sides each acting alone is one act of each:
"Both <A> and <B> imposed a ban on <C>" tells two sanctions, "both nations issued
statements" two statements (:meth:`timeline.extract.mention_copies.MentionCopies._each_subject`;
docs/history/extraction-log.md, "Thirtieth pass: attach"). A joint act stays one. The sentences are
written for these tests in the shape of the development sets' (a travel ban of a bloc and a
state in one sentence; two governments' statements after their leaders' call).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


def _sides(found: list, kind: str) -> list[set[str]]:
    return [set(e.countries) | set(e.organizations) for e in found if e.kind.value == kind]


def _one_act_of_each(sides: list[set[str]], first: str, second: str, about: set[str]) -> None:
    """Each subject has an act of its own (with what the act is about), without the other."""
    assert any(s >= {first, *about} and second not in s for s in sides), sides
    assert any(s >= {second, *about} and first not in s for s in sides), sides


def test_both_a_and_b_imposed_is_two_sanctions(tmp_path: Path) -> None:
    body = (
        "Canada said the government of Eritrea had far to go.\n\n"
        "Both the African Union and Canada imposed a travel ban and an asset freeze on "
        "Eritrea in 2011, citing abuses."
    )
    sides = _sides(article_events(tmp_path, body, "2013-05-02"), "adoption")
    _one_act_of_each(sides, "AFU", "CA", {"ER"})


def test_both_nations_issued_statements_is_two_statements(tmp_path: Path) -> None:
    body = (
        "On March 3, Indian Prime Minister Narendra Modi and Pakistani Prime Minister "
        "Shehbaz Sharif talked by telephone. Afterwards both nations released statements "
        "warning of an imminent offensive in eastern Afghanistan, and the Indian statement "
        "named Pakistan as host of the next round."
    )
    sides = _sides(article_events(tmp_path, body, "2023-03-04"), "statement")
    _one_act_of_each(sides, "IN", "PK", {"AF"})


def test_a_joint_statement_stays_one(tmp_path: Path) -> None:
    body = (
        "On March 3, Indian Prime Minister Narendra Modi and Pakistani Prime Minister "
        "Shehbaz Sharif met in Dubai.\n\n"
        "Both India and Pakistan issued a joint statement on the Indus waters on March 3."
    )
    sides = _sides(article_events(tmp_path, body, "2023-03-04"), "statement")
    assert any(s >= {"IN", "PK"} for s in sides)
    assert not any("IN" in s and "PK" not in s for s in sides)
    assert not any("PK" in s and "IN" not in s for s in sides)


def test_the_subjects_are_the_both_phrase_s_not_a_third_side(tmp_path: Path) -> None:
    # review30 finding 3: a side named before "both" (the host of the talks) is no subject
    body = (
        "Britain and France met Syria's neighbours in Geneva on Monday.\n\n"
        "In Geneva, where Iran hosted the talks, both Britain and France imposed new "
        "sanctions on Syria on Monday."
    )
    sides = _sides(article_events(tmp_path, body, "2024-05-14"), "adoption")
    _one_act_of_each(sides, "GB", "FR", {"SY"})
    assert not any("IR" in s and "GB" not in s and "FR" not in s for s in sides)
    # nor a participant of either copy: the host is no side of the sanctions
    assert not any("IR" in s for s in sides), sides


@pytest.mark.parametrize(
    "body",
    [
        # a place named after the object, its capital or its name (review31 F-b)
        "Both Britain and France imposed sanctions on Syria at a meeting in Cairo on Monday.",
        "Both Britain and France imposed sanctions on Syria during a summit in Egypt on Monday.",
    ],
)
def test_a_place_after_the_object_is_no_side_of_either_copy(tmp_path: Path, body: str) -> None:
    sides = _sides(article_events(tmp_path, body, "2024-05-14"), "adoption")
    _one_act_of_each(sides, "GB", "FR", {"SY"})
    assert not any("EG" in s for s in sides), sides


def test_both_a_and_b_saying_is_one_statement_of_the_two(tmp_path: Path) -> None:
    # a verb of saying with "both A and B" as its subject: one statement, as without "both"
    # (review30 finding 4); the plural "statements" tells one of each (above)
    for body in (
        "Both Chile and Peru rejected the court's ruling on the border on Monday.",
        "Both Ghana and Togo have condemned the attack on the convoy on Monday.",
        "Both Ghana and Togo issued a statement on Monday condemning the attack.",
    ):
        sides = _sides(article_events(tmp_path, body, "2024-05-14"), "statement")
        assert len(sides) == 1 and len(sides[0]) == 2, (body, sides)


@pytest.mark.parametrize(
    "body",
    [
        # the lead's own distributive word tells one of each, as the plural does (review31 F-a)
        "Both Ghana and Togo each issued a statement on Monday welcoming the truce.",
        "Both Ghana and Togo separately issued a statement on Monday welcoming the truce.",
        "Both Ghana and Togo issued separate statements on Monday welcoming the truce.",
        # every plural of statement_texts (review31 F-e)
        "Both Ghana and Togo issued press releases on Monday welcoming the truce.",
        "Both Ghana and Togo released readouts of the call on Monday.",
    ],
)
def test_each_or_separately_is_one_statement_of_each(tmp_path: Path, body: str) -> None:
    sides = _sides(article_events(tmp_path, body, "2024-05-14"), "statement")
    _one_act_of_each(sides, "GH", "TG", set())
