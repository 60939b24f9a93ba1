"""An armed side's attack and a soldier's death in combat are the fighting of their day
(the rule ``armed-attack``, seventy-third pass: ``armed_sides``, ``attack_verbs`` and
``deaths_in_combat`` of ``data/fighting_words.yaml``), dated by a date right after them,
else by the page's day. Real sentences of English news.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def test_rebels_ambushing_soldiers_is_a_conflict_of_the_day(tmp_path: Path) -> None:
    body = (
        "Suspected Tamil Tiger rebels have ambushed and killed three soldiers in Sri Lanka's "
        "volatile eastern region, as a Norwegian peace broker flew in to the country in a "
        "last-ditch peace bid."
    )
    found = dated_sides(tmp_path, body, "2006-01-23", "conflict")
    assert [date for date, _ in found] == ["2006-01-23"]
    assert "LK" in found[0][1]


def test_a_soldier_killed_in_action_is_a_conflict_of_the_day(tmp_path: Path) -> None:
    body = (
        '"It is with regret that we can confirm that a member of the UK Armed Forces has been '
        "killed in action this afternoon during ongoing operations against insurgent positions "
        'in Helmand Province, Southern Afghanistan," said an MOD statement.'
    )
    assert dated_sides(tmp_path, body, "2006-08-06", "conflict") == [("2006-08-06", {"AF", "GB"})]


def test_a_bombing_told_of_a_flight_is_no_armed_attack(tmp_path: Path) -> None:
    body = (
        "Moscow halted civilian air traffic to Egypt in 2015 after militants bombed a Russian "
        "Metrojet flight leaving from the tourist resort of Sharm el Sheikh."
    )
    assert dated_sides(tmp_path, body, "2017-12-11", "conflict") == []
