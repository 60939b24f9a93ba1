"""A person whose country the text does not tell is neither the guest nor the host of a
visit with a host: "Sirisena's official visit to Pakistan", not "Sirisena and Abbasi's
official visit to Pakistan" for talks between the visitor and a prime minister named
without his country (sixty-fourth session: 7 visit titles of the fifty-nine changed,
"Szijjártó's visit to Ukraine" for "Szijjártó and Yermak's visit to Ukraine" among them).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_a_person_of_no_known_country_is_no_guest(tmp_path: Path) -> None:
    body = (
        "Bilateral discussions between President Maithripala Sirisena, who is on an official "
        "visit to Pakistan, and Prime Minister Shahid Khaqan Abbasi was held last night."
    )
    visits = [e for e in events(tmp_path, body, "2018-03-24") if e.kind.value == "visit"]
    assert [e.title for e in visits] == ["Sirisena's official visit to Pakistan"]
    roles = {p.id: p.role.value for p in visits[0].participants}
    assert roles["shahid-khaqan-abbasi"] == "participant"
    assert roles["PK"] == "host" and roles["maithripala-sirisena"] == "visitor"
