"""A visit told as a reception names its host and its guest (thirty-eighth session): "Kuwait's
emir received the Omani foreign minister" is Oman's visit to Kuwait, not "Kuwait and Oman's
visit"; "Sandu was welcomed by President Iohannis" is Moldova's visit to Romania. The sides
named before the verb host, the one named right after it is the guest; in the passive the
other way round (:func:`timeline.extract.visit_sides._received_guest`). A place visited that
names the host already keeps its roles. The sentences are the project's own, of the forms
wire copy and official releases take."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import EventKind, Role

from .conftest import article_events


@pytest.mark.parametrize(
    ("sentence", "visitor", "host", "title"),
    [
        (
            "Kuwait's emir received the Omani foreign minister on Sunday.",
            "OM",
            "KW",
            "Oman's visit to Kuwait",
        ),
        (
            "Erdogan hosted his Azerbaijani counterpart Ilham Aliyev on Sunday.",
            "AZ",
            "TR",
            "Aliyev's visit to Türkiye",
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman received the Iranian president on Sunday.",
            "IR",
            "SA",
            "Iran's visit to Saudi Arabia",
        ),
        (
            "Moldovan President Maia Sandu was welcomed on Thursday by Romanian President "
            "Klaus Iohannis.",
            "MD",
            "RO",
            "Sandu's visit to Romania",
        ),
        (
            # the guest right after "welcomed" is no place visited: Santiago is (our own)
            "Chile's President Gabriel Boric welcomed Argentine President Javier Milei to "
            "Santiago on Monday.",
            "AR",
            "CL",
            "Milei's visit to Chile",
        ),
    ],
)
def test_a_reception_names_its_host_and_guest(
    tmp_path: Path, sentence: str, visitor: str, host: str, title: str
) -> None:
    (visit,) = [
        e for e in article_events(tmp_path, sentence, "2024-05-08") if e.kind is EventKind.visit
    ]
    roles = {p.id: p.role for p in visit.participants if p.id in (visitor, host)}
    assert roles == {visitor: Role.visitor, host: Role.host}
    assert visit.title == title


def test_what_is_received_is_no_guest(tmp_path: Path) -> None:
    """A welcome received is no guest: the place the visitor touched down in is the host's."""
    sentence = (
        "Australian Prime Minister Anthony Albanese received a ceremonial welcome as he "
        "touched down in Port Moresby on Wednesday."
    )
    visits = [
        e for e in article_events(tmp_path, sentence, "2024-05-08") if e.kind is EventKind.visit
    ]
    for visit in visits:
        hosts = {p.id for p in visit.participants if p.role is Role.host}
        assert "AU" not in hosts
