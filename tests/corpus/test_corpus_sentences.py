"""The sentence splitter on the hard cases of scraped news."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.corpus.sentences import split_block, split_sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_block(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cultural heritage.Moreover, there is", ["cultural heritage.", "Moreover, there is"]),
        ("with cooperation.- In the context", ["with cooperation.", "In the context"]),
        ("Russia and China.One of the most", ["Russia and China.", "One of the most"]),
        ("to overcome them?Several challenges", ["to overcome them?", "Several challenges"]),
        ("- In recent years, it grew.", ["In recent years, it grew."]),
        ("Mr. Erdogan met Dr. Smith.", ["Mr. Erdogan met Dr. Smith."]),
        (
            "The Turkish President R. T. Erdogan came.",
            ["The Turkish President R. T. Erdogan came."],
        ),
        ("He came on Nov. 27 to Ashgabat.", ["He came on Nov. 27 to Ashgabat."]),
        ("It was on Dec. 16, 1991. Then", ["It was on Dec. 16, 1991.", "Then"]),
        ("The U.S. officials came.", ["The U.S. officials came."]),
        ("from $3.6 billion in 2021 to $5 billion.", ["from $3.6 billion in 2021 to $5 billion."]),
        ("the view of News.Az. Next", ["the view of News.Az.", "Next"]),
        ("source: inosmi.ru and more", ["source: inosmi.ru and more"]),
        (
            'We agree," he said. "You know." Mr. Erdogan said.',
            ['We agree," he said.', '"You know."', "Mr. Erdogan said."],
        ),
        ("“The elites are wary,” explained Umarov.", ["“The elites are wary,” explained Umarov."]),
        ("growth by 2030.The platform", ["growth by 2030.", "The platform"]),
        ("e.g. the summit", ["e.g. the summit"]),
        ("Wait... what? Yes!", ["Wait... what?", "Yes!"]),
        ("   ", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_blocks_are_never_crossed() -> None:
    text = "A heading\nBody text. More"
    assert [text[s:e] for s, e in split_sentences(text, [(0, 9), (10, len(text))])] == [
        "A heading",
        "Body text.",
        "More",
    ]


@given(st.text(max_size=300))
def test_offsets_property(text: str) -> None:
    spans = list(split_block(text, 0, len(text)))
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e


def test_the_splitter_and_the_tagger_read_one_list_of_abbreviations() -> None:
    """One reviewed list (data/abbreviations.yaml): the splitter matches it as written or
    lower-cased, the tagger's sentence bounds lower-cased (twenty-fifth session)."""
    from timeline.corpus.sentences import ABBREVIATIONS
    from timeline.temporal import sentences as tagger_sentences

    assert {"U.K", "No", "a.m", "Hon"} <= ABBREVIATIONS
    assert {word.lower() for word in ABBREVIATIONS} == tagger_sentences._ABBREVIATIONS


def test_reading_the_abbreviations_does_not_import_the_tagger() -> None:
    """The splitter reads data/abbreviations.yaml through the neutral timeline.word_lists,
    not through the tagger's package (review of the twenty-fifth session, finding 12)."""
    code = (
        "import sys, timeline.corpus.sentences as s; "
        "assert s.ABBREVIATIONS; "
        "print(sorted(m for m in sys.modules if m.startswith('timeline.temporal')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as written: "No." before a number, the weekday "Sat."; lower case ends a sentence
        ("Resolution No. 5 passed.", ["Resolution No. 5 passed."]),
        ("He said no. The talks ended.", ["He said no.", "The talks ended."]),
        ("They sat. Then they left.", ["They sat.", "Then they left."]),
        ("the U.K. Cabinet Office said", ["the U.K. Cabinet Office said"]),
        # "His Excellency" before a name (forty-third pass: it cut 250 tuning sentences)
        (
            "Mr. Kishida held a summit meeting with H.E. Mr. Narendra Modi, Prime Minister of "
            "India. They spoke.",
            [
                "Mr. Kishida held a summit meeting with H.E. Mr. Narendra Modi, Prime Minister "
                "of India.",
                "They spoke.",
            ],
        ),
        ("She was received by H.M. King Harald V.", ["She was received by H.M. King Harald V."]),
        # initials of several letters, of two-letter transliterations, the Right Honourable
        ("after the K.P. Oli government fell.", ["after the K.P. Oli government fell."]),
        ("Minister M.U.M. Ali Sabry came.", ["Minister M.U.M. Ali Sabry came."]),
        (
            "President Sh. Mirziyoyev met Kh. Battulga.",
            ["President Sh. Mirziyoyev met Kh. Battulga."],
        ),
        ("President Kh.Battulga came.", ["President Kh.Battulga came."]),
        ("The Rt. Hon. Winston Peters met them.", ["The Rt. Hon. Winston Peters met them."]),
        # a place's initials may close a sentence
        ("talks in Washington, D.C. They agreed.", ["talks in Washington, D.C.", "They agreed."]),
    ],
)
def test_abbreviations_keep_their_case(text: str, expected: list[str]) -> None:
    assert split(text) == expected
