"""A visit told from the host's side: "<host> met the visiting <guest>". The one named right
after "the visiting" is the guest (``visitor``) and the states named before the trigger are
its hosts; before this rule the guest, named right after the trigger, was read as the
destination and the host as the visitor (thirty-second pass, participants).

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Role

from .conftest import article_events as events


def _roles(tmp_path: Path, body: str) -> dict[str, Role | None]:
    visits = [e for e in events(tmp_path, body) if e.kind.value == "visit"]
    assert len(visits) == 1
    return {p.id: p.role for p in visits[0].participants if p.type.value == "country"}


def test_host_named_before_the_visiting_guest(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path,
        "Indian Prime Minister Manmohan Singh held talks with the visiting Japanese Prime "
        "Minister Yoshihiko Noda in New Delhi on Tuesday.",
    )
    assert roles == {"IN": Role.host, "JP": Role.visitor}


def test_guest_told_by_demonym_and_office_alone(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path, "Chinese President Xi Jinping met the visiting Kazakh President on Monday."
    )
    assert roles == {"CN": Role.host, "KZ": Role.visitor}


def test_visiting_without_the_keeps_the_destination_rule(tmp_path: Path) -> None:
    """No "the" before "visiting": the place after it is the destination, as before."""
    roles = _roles(
        tmp_path, "Turkish Foreign Minister Hakan Fidan, visiting Japan on Monday, met Kishida."
    )
    assert roles.get("JP") is Role.host
    assert roles.get("TR") is Role.visitor


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Nhan Dan, Hanoi, 2023-10-10: was "Vietnam's visit to Japan"
        (
            "Head of the Party Central Committee's Commission for External Relations Le Hoai "
            "Trung on October 10 received visiting Japanese Minister of Foreign Affairs "
            "Kamikawa Yoko in Hanoi.",
            {"VN": Role.host, "JP": Role.visitor},
        ),
        # a verb of reception right before "visiting" (the fifty-nine: Bamako, 2022)
        (
            "Colonel Assimi Goita of Mali welcomed visiting Burkinabe leader Lieutenant "
            "Colonel Paul-Henri Sandaogo Damiba in Bamako on Saturday.",
            {"ML": Role.host, "BF": Role.visitor},
        ),
        # "with visiting" (the fifty-nine: Cairo, Seoul)
        (
            "Egyptian Foreign Minister Sameh Shoukry held talks, Sunday with visiting "
            "Jordanian Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi.",
            {"EG": Role.host, "JO": Role.visitor},
        ),
        (
            "President Yoon Suk Yeol of South Korea on Nov. 17 held talks with visiting Saudi "
            "Arabian Crown Prince Mohammed bin Salman in Seoul.",
            {"KR": Role.host, "SA": Role.visitor},
        ),
        # a verb of meeting right before "visiting"
        (
            "Indian Prime Minister Narendra Modi met visiting Australian Foreign Minister "
            "Penny Wong in New Delhi on Monday.",
            {"IN": Role.host, "AU": Role.visitor},
        ),
    ],
)
def test_visiting_after_a_verb_or_with_names_the_guest(
    tmp_path: Path, body: str, expected: dict[str, Role]
) -> None:
    """ "Visiting" right after a verb of meeting or reception or after "with" is the
    guest's adjective as after "the" (sixty-seventh pass): the host was read as the visitor.
    """
    assert _roles(tmp_path, body) == expected


def test_visiting_after_an_auxiliary_stays_a_verb(tmp_path: Path) -> None:
    roles = _roles(tmp_path, "Kenyan President William Ruto is visiting Ethiopia on Monday.")
    assert roles == {"KE": Role.visitor, "ET": Role.host}
