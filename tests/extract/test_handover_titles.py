"""A chair handed on is titled by who handed what to whom (issue #12 class 3, the
sixty-sixth pass: :mod:`timeline.extract.handover_titles`), not by the words of its
sentence ("Indonesia, ASEAN and Laos: handed over the presidency of the Association of").
The sentences are real ones of the tuning sets (test-ab, test-n, test-am, test-s, test-at,
test-h), shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "published", "title"),
    [
        (
            "Indonesia on Thursday handed over the presidency of the Association of Southeast "
            "Nations (ASEAN) to Laos, as the 43rd summit of the regional bloc concluded.",
            "2023-09-08",
            "Indonesia hands the ASEAN presidency to Laos",
        ),
        (
            "Denmark took over the Arctic Council's two-year rotating chairmanship from Norway "
            "on Monday.",
            "2025-05-13",
            "Denmark takes over the Arctic Council rotating chairmanship from Norway",
        ),
        (
            "Concluding the forum, Laos handed over the chairmanship of the Association of "
            "Southeast Asian Nations (ASEAN) to the Philippines on Thursday.",
            "2016-09-09",
            "Laos hands the ASEAN chairmanship to the Philippines",
        ),
        (
            "Canada is handing off its two-year chairmanship of the Arctic Council to the "
            "United States during today's meeting in Iqaluit.",
            "2015-04-24",
            "Canada hands the Arctic Council chairmanship to the United States",
        ),
        # a passive: the side before the verb is no giver
        (
            "Russia held the chairmanship in 2021 and, in May 2023, the Council chairmanship "
            "of the Arctic Council was passed to Norway.",
            "2024-02-01",
            "Norway takes over the Arctic Council chairmanship",
        ),
    ],
)
def test_a_chair_handed_on_says_who_handed_what_to_whom(
    tmp_path: Path, body: str, published: str, title: str
) -> None:
    titles = [e.title for e in article_events(tmp_path, body, published) if e.kind.value == "other"]
    assert title in titles


def test_a_chair_handed_to_the_subject_by_another_is_the_subjects_taking(tmp_path: Path) -> None:
    # "was handed over ... by" the Indonesian president: Modi is the receiver (test-ar)
    body = (
        "Prime Minister Narendra Modi was handed over the presidency of G20 by Indonesian "
        "President Joko Widodo at the closing ceremony of the Bali Summit on Wednesday."
    )
    titles = [e.title for e in article_events(tmp_path, body, "2022-11-17")]
    assert "Modi takes over the G20 presidency from Indonesia" in titles
    assert not [t for t in titles if t.startswith("Modi hands")]
