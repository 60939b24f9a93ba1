"""An act told in a temporal clause that opens right before it ("when the two meet with
Fox on March 23") is presupposed, whatever modal the main clause has ("would likely
talk", "could be targeted"): the modal is the main clause's, the clause's act is its
time (:func:`timeline.extract.context.hypothetical`; forty-sixth pass). Sentences of our
own, in the manner of Wikinews copy of 2005 and of an EU Council's release. And a
condition that opens its sentence with a capital ("If ...", "Should ...") is one as its
lower-case form is."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.context import hypothetical

from .conftest import article_events as events


@pytest.mark.parametrize(
    "before",
    [
        "Bush would likely talk with Martin on the issue when the two ",
        "More names could be targeted with sanctions when the Foreign Affairs Council ",
        "The issue may come up when President Lula ",
    ],
)
def test_a_when_clause_opening_right_before_the_trigger_is_not_hypothetical(
    before: str,
) -> None:
    assert not hypothetical(before)


@pytest.mark.parametrize(
    "before",
    [
        "The two leaders could ",
        # the modal inside the clause is the clause's own
        "Bush said he would talk with Martin when they could ",
        # a clause that opened more than four words before the trigger is not read alone
        "When the talks in Ottawa end next week, the three leaders might ",
        "They said that if the two ",
    ],
)
def test_a_modal_of_the_triggers_own_clause_still_makes_it_hypothetical(before: str) -> None:
    assert hypothetical(before)


def test_the_meeting_of_a_when_clause_is_a_planned_meeting(tmp_path: Path) -> None:
    body = (
        "The White House stated that Bush would likely talk with Martin on the issue when the "
        "two meet with Mexican President Vicente Fox on March 23 to discuss the future of NAFTA."
    )
    found = [
        (e.kind.value, e.date.value, e.status.value, set(e.countries))
        for e in events(tmp_path, body, "2005-03-03")
    ]
    assert any(
        kind == "meeting" and day == "2005-03-23" and status == "planned" and {"MX", "US"} <= sides
        for kind, day, status, sides in found
    ), found


# A condition opening its sentence with a capital (forty-sixth pass, Wikinews 2006: "If the
# Council members fail to uphold high standards of human rights, they can be suspended from
# the Council by a two-thirds majority of Assembly members" made a planned meeting and a
# suspension); "May" the month stays no cue.
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("If the Council members ", True),
        ("Should the talks fail, the two leaders ", True),
        ("Unless the two ", True),
        ("Whether the ministers ", True),
        ("In May the two leaders ", False),
        ("Possible Futures, a think tank, said the ministers ", False),
    ],
)
def test_a_capitalised_condition_opening_the_sentence_is_hypothetical(
    before: str, expected: bool
) -> None:
    assert hypothetical(before) is expected
