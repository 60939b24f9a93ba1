"""A visit's sides when a journey has several legs: the place left is no side ("left Tokyo
on Sunday for Washington"), the place of another leg is no side of this one ("Before
heading to Saudi Arabia, he visited Dubai"), and a side the participant chooser adds to a
visit with a host is a visitor (or a host of its country), never a mere participant.

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import Event, Role

from .conftest import article_events as events


def _visits(tmp_path: Path, body: str, published: str = "2024-03-11") -> list[Event]:
    return [e for e in events(tmp_path, body, published) if e.kind.value == "visit"]


def _roles(event: Event) -> dict[str, Role]:
    return {p.id: p.role for p in event.participants if p.type.value == "country"}


def test_departure_host_is_named_after_for(tmp_path: Path) -> None:
    (visit,) = _visits(
        tmp_path,
        "Brazilian President Luiz Inacio Lula da Silva is due to leave Angola on Tuesday "
        "for Mozambique.",
    )
    roles = _roles(visit)
    assert roles["BR"] is Role.visitor and roles["MZ"] is Role.host
    assert roles.get("AO") is not Role.host
    assert visit.title.endswith("visit to Mozambique")


def test_departure_from_a_capital_for_a_capital(tmp_path: Path) -> None:
    (visit,) = _visits(
        tmp_path, "Japanese Prime Minister Fumio Kishida left Manila on Sunday for Jakarta."
    )
    assert _roles(visit) == {"JP": Role.visitor, "ID": Role.host}


def test_leave_for_without_a_place_left_is_unchanged(tmp_path: Path) -> None:
    (visit,) = _visits(
        tmp_path, "Turkish President Recep Tayyip Erdogan will leave for Hungary on Monday."
    )
    assert _roles(visit) == {"TR": Role.visitor, "HU": Role.host}


def test_another_legs_place_is_no_side(tmp_path: Path) -> None:
    visits = _visits(
        tmp_path,
        "Before heading to Kenya, Indian Prime Minister Narendra Modi visited Tanzania on Sunday.",
    )
    tanzania = [e for e in visits if _roles(e).get("TZ") is Role.host]
    assert len(tanzania) == 1
    assert _roles(tanzania[0]) == {"IN": Role.visitor, "TZ": Role.host}


def test_a_later_leg_after_the_destination_is_no_side(tmp_path: Path) -> None:
    visits = _visits(
        tmp_path,
        "Chinese Foreign Minister Wang Yi visited Egypt on Saturday before flying on to Tunisia.",
    )
    egypt = [e for e in visits if _roles(e).get("EG") is Role.host]
    assert len(egypt) == 1
    assert "TN" not in _roles(egypt[0])


def test_visiting_guest_is_still_read(tmp_path: Path) -> None:
    """ "the visiting" before a guest is no other leg: the guest stays the visitor."""
    (visit,) = _visits(
        tmp_path,
        "Chinese President Xi Jinping met the visiting Kazakh President on Monday.",
    )
    assert _roles(visit) == {"CN": Role.host, "KZ": Role.visitor}


def test_a_side_added_to_a_visit_is_a_visitor(tmp_path: Path) -> None:
    (visit,) = _visits(
        tmp_path,
        "U.S. Secretary of State Antony Blinken, who is making his first trip to Vietnam "
        "next week, said the talks would go on.",
    )
    roles = _roles(visit)
    assert roles["VN"] is Role.host
    assert roles["US"] is Role.visitor
    assert visit.title.endswith("visit to Vietnam")
    assert not visit.title.startswith("Vietnam")


# Review33 finding 7: a leg told on its own ("Heading to Kenya, ...", "who visited Mozambique
# last week, arrived in Kenya") is no side of the other leg's visit.


def test_a_leg_opening_the_sentence_is_no_side(tmp_path: Path) -> None:
    for body, host, other in (
        ("Heading to Kenya, Indian Prime Minister Narendra Modi visited Tanzania on Sunday.",
         "TZ", "KE"),
        ("Travelling on to Peru, Chinese President Xi Jinping visited Ecuador on Friday.",
         "EC", "PE"),
    ):  # fmt: skip
        found = _visits(tmp_path, body, "2016-07-11")
        to_host = [v for v in found if _roles(v).get(host) is Role.host]
        assert to_host, body
        assert all(other not in _roles(v) for v in to_host), body


def test_a_leg_told_in_a_relative_clause_is_no_host(tmp_path: Path) -> None:
    body = "Modi, who visited Mozambique last week, arrived in Kenya on Sunday."
    for visit in _visits(tmp_path, body, "2016-07-11"):
        hosts = {c for c, r in _roles(visit).items() if r is Role.host}
        assert len(hosts) == 1, visit.title


def test_place_left_before_a_visit_told_with_its_destination_is_no_side(tmp_path: Path) -> None:
    # a tour's second leg: Tokyo was the first leg's city, not the visitor's country
    (visit,) = _visits(
        tmp_path,
        "Bangladeshi Prime Minister Sheikh Hasina arrived in Tokyo on April 25 on a four-day "
        "official visit to Japan. On April 28, the Prime Minister left Tokyo for Washington "
        "on a six-day official visit to the United States.",
        "2023-05-10",
    )[1:]
    assert _roles(visit) == {"BD": Role.visitor, "US": Role.host}


def test_home_left_for_a_visit_keeps_the_visitor(tmp_path: Path) -> None:
    (visit,) = _visits(
        tmp_path,
        "Philippine President Ferdinand Marcos Jr. left Manila for Jakarta on a three-day "
        "state visit to Indonesia.",
    )
    assert _roles(visit) == {"PH": Role.visitor, "ID": Role.host}


def test_a_stay_wrapped_up_and_the_next_leg_are_two_visits_apart(tmp_path: Path) -> None:
    # test-o, south-korea_09 (Yonhap, 2017-11-10): Vietnam was a side of the visit to
    # Indonesia, and Indonesia of the trip to Vietnam, merged into one visit of three states
    visits = _visits(
        tmp_path,
        "JAKARTA -- South Korean President Moon Jae-in left for Vietnam on Friday, wrapping up "
        "his three-day state visit to Indonesia.",
        "2017-11-10",
    )
    assert sorted(_roles(v).items() for v in visits) == sorted(
        [
            {"KR": Role.visitor, "ID": Role.host}.items(),
            {"KR": Role.visitor, "VN": Role.host}.items(),
        ]
    )
    to_vietnam = next(v for v in visits if "VN" in _roles(v))
    assert to_vietnam.date.value == "2017-11-10"  # the three days are Indonesia's


def test_the_place_gone_to_after_a_stay_wrapped_up_is_no_side_of_it(tmp_path: Path) -> None:
    # a Bangladeshi report of 7 August 2022: "his Dhaka visit" names its host before the noun
    visits = _visits(
        tmp_path,
        "Chinese Foreign Minister Wang Yi wrapped up his Dhaka visit and left for Mongolia on "
        "Sunday (7 August).",
        "2022-08-07",
    )
    assert {frozenset(_roles(v)) for v in visits} == {
        frozenset({"CN", "BD"}),
        frozenset({"CN", "MN"}),
    }


def test_the_leg_before_named_by_its_place_alone_is_no_side(tmp_path: Path) -> None:
    body = (
        "Prime Minister Narendra Modi will pay a state visit to the United States from "
        "June 21 to 23 at the invitation of President Joe Biden.\n\n"
        "After the US, Modi will travel to Egypt on June 24 and 25 at the invitation of "
        "President Abdel Fattah el-Sisi."
    )
    visits = {e.date.value: sorted(e.countries) for e in _visits(tmp_path, body, "2023-06-15")}
    assert visits == {"2023-06-21/2023-06-23": ["IN", "US"], "2023-06-24/2023-06-25": ["EG", "IN"]}
