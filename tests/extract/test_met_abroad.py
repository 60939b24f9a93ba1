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


def test_a_third_state_named_beside_the_meeting_leaves_its_visit(tmp_path: Path) -> None:
    # Israel is told, not met: Bahrain's minister went to Ramallah (sixty-ninth pass)
    visits = _visits(
        tmp_path,
        "Bahrain recalls its envoy\ndate 2023-11-02\n\n"
        "Bahrain's Foreign Minister Abdullatif bin Rashid Al Zayani met Palestinian "
        "President Mahmoud Abbas on Monday in Ramallah and condemned Israel's strikes.\n",
    )
    assert visits == [("2023-10-30", ["BH"], ["PS"])]


def test_a_visit_dated_by_its_year_does_not_hide_the_meetings_day(tmp_path: Path) -> None:
    # "in the year when ..." dates the quoted visit by its year alone; the meeting's day is
    # the visit's (sixty-ninth pass)
    visits = _visits(
        tmp_path,
        "Japanese, Mongolian leaders meet\ndate 2022-11-29\n\n"
        "TOKYO (UrduPoint News / Sputnik - 29th November, 2022) Japanese Prime Minister "
        "Fumio Kishida on Tuesday discussed bilateral relations with Mongolian President "
        "Ukhnaagiin Khurelsukh at a meeting in Tokyo.\n\n"
        '"I am pleased to welcome the visit of Khurelsukh to Japan in the year when the two '
        "countries are celebrating the 50th anniversary of the establishment of diplomatic "
        'relations. Our countries share universal values," Kishida said.\n',
    )
    assert visits == [("2022-11-29", ["MN"], ["JP"])]


def test_a_visit_naming_its_host_alone_takes_its_guest_from_the_days_meeting(
    tmp_path: Path,
) -> None:
    # the visitor's state is not told in the visit's sentence; the meeting of that day
    # names it (sixty-ninth pass)
    visits = _visits(
        tmp_path,
        "Minister Fajon in Tokyo\ndate 2025-06-20\n\n"
        "Minister Tanja Fajon is visiting Japan with a strong economic delegation. Japan is "
        "Slovenia's key economic partner. She also met with Minister of Foreign Affairs "
        "Takeshi Iwaya.\n",
    )
    assert visits == [("2025-06-20", ["SI"], ["JP"])]
