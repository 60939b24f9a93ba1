"""An arrangement and a pact are documents signed (``AGREEMENT_NOUNS``, thirty-ninth
session): "signed a Security of Supply Arrangement in August" was refused by the signing
rule's guard (no document noun near the verb) and its sentence lost both its signing and the
visit it dated. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import EventKind

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "India and the United States signed a Security of Supply Arrangement in August, "
            "during Defence Minister Rajnath Singh's visit to Washington.",
            {(EventKind.signing, "2024-08"), (EventKind.visit, "2024-08")},
        ),
        (
            "Kenya and Ethiopia signed a defence pact in Addis Ababa on Tuesday.",
            {(EventKind.signing, "2024-09-03")},
        ),
    ],
)
def test_an_arrangement_or_a_pact_is_signed(
    tmp_path: Path, body: str, expected: set[tuple[EventKind, str]]
) -> None:
    found = {(e.kind, e.date.value) for e in article_events(tmp_path, body, "2024-09-06")}
    assert expected <= found, found
