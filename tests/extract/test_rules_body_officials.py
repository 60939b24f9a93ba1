"""An officer of an international body stands for the body: a person the text introduces
with an office of an organization and no country ("UN Secretary-General Kofi Annan",
"the Secretary General of NATO", "<name>, the UN Secretary-General") brings that
organization to every act they are named in, their surname alone later in the article
too, as a minister brings their state (:func:`timeline.gazetteer.officials.find_officials`,
``body``; :func:`timeline.extract.actor_mentions.find_mentions`;
docs/history/extraction-log.md, "Thirtieth pass: attach"). The sentences are written for
these tests in the shape of the development and tuning sets' (a term that ends, a tour
stop of the UN's chief, a NATO chief's talks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.actor_mentions import find_mentions
from timeline.gazetteer import find_actors

from .conftest import article_events


def _bodies(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.body) for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN Secretary-General Maria Ostrova flew home. Ostrova rested.",
            [("Maria Ostrova", "UN"), ("Ostrova", "UN")],
        ),
        (
            "The Secretary General of NATO Lars Hovden spoke. Hovden left.",
            [("Lars Hovden", "NATO"), ("Hovden", "NATO")],
        ),
        (
            "Lars Hovden, the NATO Secretary General, spoke. Hovden left.",
            [("Lars Hovden", "NATO"), ("Hovden", "NATO")],
        ),
        # a state's office is the state's, whatever body is named nearby
        ("Kenyan President William Ruto addressed the UN.", [("William Ruto", None)]),
        # an office of no body and no country: nobody's yet
        ("Foreign Minister Penny Wong met them.", [("Penny Wong", None)]),
    ],
)
def test_an_office_of_a_body_gives_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Former UN Secretary-General Maria Ostrova, now head of a chess club, opened a "
        "tournament in Busan on Friday. Ostrova left.",
        "Ex-NATO Secretary General Lars Hovden opened a ski race in Oslo. Hovden left.",
        "In 2009, then-UN Secretary-General Maria Ostrova toured Chad. Ostrova left.",
    ],
)
def test_a_past_officer_brings_no_body(text: str) -> None:
    # review30 finding 9: an ex-officer keeps no body, as a minister keeps a nationality
    assert _bodies(text) and all(body is None for _, body in _bodies(text))


def test_the_body_is_a_mention_on_the_name() -> None:
    text = "UN Secretary-General Maria Ostrova left. Ostrova met Ghana's president."
    found = [(m.text, m.id) for m in find_mentions(text, 0, len(text)).actors]
    assert ("Ostrova", "UN") in found
    assert ("Ostrova", "maria-ostrova") in found


def test_the_surname_alone_brings_the_body(tmp_path: Path) -> None:
    # wn-c's shape: the office in the lede, the term's end told by the surname alone
    body = (
        "Former diplomat Jae-won Han became the favourite on Monday to replace United "
        "Nations Secretary-General Maria Ostrova.\n\n"
        "Ostrova's term ends on December 31, 2011."
    )
    found = article_events(tmp_path, body, "2011-10-04")
    sides = [set(e.organizations) for e in found if e.date.value == "2011-12-31"]
    assert any("UN" in s for s in sides)


def test_the_chief_on_tour_brings_the_body(tmp_path: Path) -> None:
    # test-g's shape: the UN's chief named by office in the lede, by surname at the stop
    body = (
        "UN Secretary-General Maria Ostrova began a tour of the Gulf on Friday.\n\n"
        "Ostrova will meet on Sunday with Oman's Sultan Haitham bin Tariq in Muscat."
    )
    found = article_events(tmp_path, body, "2023-02-10")
    assert any(
        {"UN", "OM"} <= set(e.countries) | set(e.organizations)
        for e in found
        if e.date.value == "2023-02-12"
    )


def test_the_officers_surname_is_no_countryless_state_official() -> None:
    # review30 finding 10: a body's officer named by surname alone, beside a state's
    # official, is the body's; without the guard the story's other country would be
    # given to them as a countryless state official's home
    from collections import Counter

    from timeline.extract.participant_choice import DocumentActors, countryless_official_home

    text = (
        "Greece sent no envoy. The President of the European Commission Elena Varga landed "
        "in Valletta. Varga met Maltese Prime Minister Robert Abela on Wednesday."
    )
    actors = find_actors(text)
    start = text.index("Varga met")
    sentence = [a for a in actors if a.start >= start]
    document = DocumentActors((), (), Counter({"GR": 2, "EU": 2, "MT": 1}), actors)
    assert ("Varga", "EU") in [(a.text, getattr(a, "body", None)) for a in sentence]
    assert countryless_official_home(text, (start, len(text)), sentence, document, {"MT"}) is None
