"""An office lost, told in the passive with its own year (issue #12, the seventieth pass):
"he was dismissed from the government in 2006" (rule ``removed-from-office``). The
sentence is a real one of the Wikinews development sets (shortened) that the gold lists
and that had no rule's candidate; the forms that must stay no event of its follow.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "When asked why he was dismissed from the government in 2006, he said nothing.",
        "The minister was removed from office in March 2019.",
        "The general had been ousted from power in 1999.",
    ],
)
def test_an_office_lost_with_its_year_is_read(sentence: str) -> None:
    assert "removed-from-office" in trigger_names(sentence)


def test_an_office_lost_is_read_only_with_its_own_year() -> None:
    assert "removed-from-office" in trigger_names("He was removed from office in 2019.")
    for sentence in (
        # the tagger's week is wider than the days the gold gives it
        "Castillo was impeached and removed from office nearly two weeks ago.",
        # told by others, without a date: the coup's, not an office's act
        "The armed forces declared that the president had been removed from power.",
        "The official was removed from her post by means of the assembly held on July 30.",
        "He was removed from the list in 2006.",
        # an office kept
        "Despite the impeachment, he was not removed from office in 2020.",
    ):
        assert "removed-from-office" not in trigger_names(sentence)


def test_an_office_lost_is_an_act_of_its_year(tmp_path: Path) -> None:
    body = (
        "Georgij Chaindrawa, a former minister of Georgian President Mikheil Saakashvili's "
        "government, who was in charge of dealing with the conflicts with Abkhazia and South "
        "Ossetia until 2006, has accused Saakashvili of undemocratic behaviour. According to "
        "Chaindrawa, Saakashvili's government bears little resemblance to a democracy. When "
        "asked why he was dismissed from the government in 2006, Chaindrawa stated that he "
        "tried to avoid military adventures in the conflict with South Ossetia."
    )
    dated = dated_sides(tmp_path, body, "2008-08-21", "other")
    assert any(d == "2006" and "GE" in sides for d, sides in dated)
