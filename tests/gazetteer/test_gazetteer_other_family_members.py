"""A family name the table lists alone, at the end of someone else's name: two words of a
name or more right before it, none of them a word of the table person's names however
spelled, make it another person (``gazetteer.actors._another_persons_name``). One word
before is a middle name or another spelling of the person's own, and stays the person's.
Sentences from the tuning sets' and fresh reports' news."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def person_ids(text: str) -> list[str]:
    return [m.id for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Nepal's new Foreign Minister, Arzu Rana Deuba, to embark on a five-day official "
            "visit to India starting today.",
            "sher-bahadur-deuba",
        ),
        (
            "The African Union Commission (AUC) Chairperson, Dr. Nkosazana Dlamini Zuma has "
            "met with the newly appointed Minister of Foreign Affairs.",
            "jacob-zuma",
        ),
        ("President Ruto was received by U.S. First Lady Jill Biden at Joint Base.", "joe-biden"),
        ("The delegation met with Mullah Abdul Ghani Baradar in Kabul.", "ashraf-ghani"),
        (
            "The President and his wife, Ana Dias Lourenço, arrived in Brasilia.",
            "joao-lourenco",
        ),
    ],
)
def test_another_persons_family_name_is_not_the_table_person(text: str, absent: str) -> None:
    assert absent not in person_ids(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("President Yoweri Kaguta Museveni received the envoy.", "yoweri-museveni"),
        ("Secretary of State Anthony Blinken arrived in Luanda.", "antony-blinken"),
        ("Prime Minister Deuba left for Delhi.", "sher-bahadur-deuba"),
        ("the Honourable Dato’ Sri Mohd Najib Tun Abdul Razak met the President", "najib-razak"),
        ("President of El Salvador Neb Bukele.", "nayib-bukele"),
        ("Greek Prime Minister Kyriacos Mitsotakis visits Cyprus.", "kyriakos-mitsotakis"),
    ],
)
def test_a_middle_name_or_another_spelling_stays_the_person(text: str, present: str) -> None:
    assert present in person_ids(text)
