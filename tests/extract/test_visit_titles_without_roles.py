"""A visit whose text tells neither a guest nor a place visited names its sides without a
possessive: "Visit involving Armenia and Azerbaijan", not "Armenia and Azerbaijan's visit",
which read as if every side travelled (323 titles of the fifty-nine, fifty-seventh session,
2026-12-06). A visit with its guest or its place keeps the possessive title.
"""

from __future__ import annotations

from timeline.extract.titles import title_for
from timeline.model import EventKind, Location, Participant, Role


def _title(participants: list[Participant], location: Location | None = None) -> str:
    text = "They exchanged visits."
    at = text.index("visits")
    trigger = (at, at + len("visits"))
    return title_for(
        EventKind.visit, text, trigger, (0, len(text)), participants, location, None, False
    )


def _country(code: str, name: str, role: Role = Role.participant) -> Participant:
    return Participant(id=code, type="country", name=name, role=role)


def test_sides_with_no_guest_and_no_place_are_named_without_a_possessive() -> None:
    sides = [_country("AM", "Armenia"), _country("AZ", "Azerbaijan")]
    assert _title(sides) == "Visit involving Armenia and Azerbaijan"


def test_a_person_and_another_state() -> None:
    marcos = Participant(
        id="ferdinand-marcos-jr", type="person", name="Ferdinand Marcos Jr.", country="PH"
    )
    assert _title([marcos, _country("ID", "Indonesia")]) == "Visit involving Marcos and Indonesia"


def test_one_traveller_keeps_the_possessive() -> None:
    marcos = Participant(
        id="ferdinand-marcos-jr", type="person", name="Ferdinand Marcos Jr.", country="PH"
    )
    assert _title([marcos, _country("PH", "Philippines")]) == "Marcos's visit"


def test_a_guest_or_a_place_keeps_the_possessive() -> None:
    guest = [
        _country("PT", "Portugal", Role.visitor),
        _country("ES", "Spain", Role.host),
    ]
    assert _title(guest) == "Portugal's visit to Spain"
    sides = [_country("AM", "Armenia"), _country("AZ", "Azerbaijan")]
    assert _title(sides, Location(name="Baku", country="AZ")) == (
        "Armenia and Azerbaijan's visit to Baku"
    )


def test_every_state_visited_is_named() -> None:
    """A visit of several states names each of them once (sixty-fourth pass: "Tillerson's
    visit to Ethiopia, Djibouti, Kenya and Chad", was "Tillerson's visit to Ethiopia")."""
    guest = _country("KR", "South Korea", Role.visitor)
    hosts = [_country("ET", "Ethiopia", Role.host), _country("GH", "Ghana", Role.host)]
    assert _title([guest, *hosts, hosts[0]]) == "South Korea's visit to Ethiopia and Ghana"
