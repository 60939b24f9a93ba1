"""The visit a meeting held in one side's country tells (:mod:`timeline.extract.met_abroad`;
sixty-eighth pass: "Prime Minister Nikol Pashinyan on Thursday met with President Emmanuel
Macron of France in Paris" is also Pashinyan's visit to France). Articles of our own, in
the manner of the tuning sets' pages."""

from __future__ import annotations

from pathlib import Path

from timeline.model import ActorType, Event, Role

from .conftest import document_events


def _states(e: Event, role: Role) -> list[str]:
    return sorted(p.id for p in e.participants if p.role is role and p.type is ActorType.country)


def _visits(folder: Path, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.date.value, _states(e, Role.visitor), _states(e, Role.host))
        for e in document_events(folder, text)
        if e.kind.value == "visit"
    ]


def test_a_meeting_in_the_hosts_capital_is_the_guests_visit(tmp_path: Path) -> None:
    visits = _visits(
        tmp_path,
        "Armenian and French leaders discuss regional security\ndate 2023-11-10\n\n"
        "Prime Minister Nikol Pashinyan on Thursday met with President Emmanuel Macron "
        "of France in Paris. The two leaders discussed the situation in the South "
        "Caucasus and defence cooperation.\n",
    )
    assert visits == [("2023-11-09", ["AM"], ["FR"])]


def test_one_visit_for_two_meetings_and_none_for_a_bodys_session(tmp_path: Path) -> None:
    visits = _visits(
        tmp_path,
        "Kazakh premier in Kyrgyzstan\ndate 2022-04-30\n\n"
        "Kazakh Prime Minister Alikhan Smailov met with Kyrgyz President Sadyr Japarov in "
        "Bishkek on Friday. Smailov also met Kyrgyz Prime Minister Akylbek Japarov in "
        "Bishkek on Friday. Last year, the 9th meeting of the Kazakh-Kyrgyz "
        "Intergovernmental Council was held in Astana on December 3.\n",
    )
    assert visits == [("2022-04-29", ["KZ"], ["KG"])]
