"""The signature of a text is its signing (rule ``signing``, sixty-ninth pass): "with the
signature of five Memorandum of Understandings", "we welcome today's signature of the
Agreement on Geographical Indications"; and a signing's text is titled without the "of"
its act leaves before it. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, dated_sides, trigger_names


@pytest.mark.parametrize(
    ("signed", "no_signing"),
    [
        (
            "The meeting ended with the signature of five memoranda of understanding.",
            "The meeting ended with the signature dish of the island.",
        ),
        (
            "We welcome today's signature of the Agreement on Geographical Indications.",
            "The petition gathered a signature from every member of the club.",
        ),
    ],
)
def test_the_signature_of_a_text(signed: str, no_signing: str) -> None:
    assert "signing" in trigger_names(signed), signed
    assert "signing" not in trigger_names(no_signing), no_signing


def test_the_signature_of_a_text_is_a_signing_of_its_sides(tmp_path: Path) -> None:
    body = (
        "The 12th session of the Mauritius-Seychelles Joint Commission opened in Port Louis "
        "on Monday. It ended on Tuesday with the signature of five memoranda of understanding "
        "between Mauritius and Seychelles."
    )
    assert ("2017-10-24", {"MU", "SC"}) in dated_sides(tmp_path, body, "2017-10-24", "signing")


def test_no_of_opens_the_signed_texts_title(tmp_path: Path) -> None:
    body = (
        "Seychelles President Danny Faure arrived in Mauritius on Thursday for a state visit. "
        "On Friday, the two presidents attended the signature of memoranda of understanding "
        "between Mauritius and Seychelles."
    )
    titles = [
        e.title for e in article_events(tmp_path, body, "2017-10-26") if e.kind.value == "signing"
    ]
    assert titles, titles
    assert not any(t.lower().startswith("of ") for t in titles), titles
