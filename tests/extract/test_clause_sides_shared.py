"""A clause's sides are read once per trigger and clause
(:func:`timeline.extract.actors._clause_sides`): the triggers of a sentence ask for them
when they are dated from the discourse, when their mention is built and for their
candidates' variants; every answer is the one :func:`without_background` gives, and a
clause of another text or another set of names is read again."""

from __future__ import annotations

from timeline.extract import actors
from timeline.extract.actor_mentions import find_mentions
from timeline.extract.actors import _clause_sides, participants_for
from timeline.extract.background_actors import without_background
from timeline.model import EventKind

_SENTENCES = [
    (
        "Kenyan President William Ruto held talks with his Ethiopian counterpart Abiy Ahmed "
        "in Addis Ababa on Saturday to discuss the conflicts in Sudan and Somalia.",
        "talks",
        EventKind.meeting,
    ),
    (
        "Ali Larijani, an adviser to Iran's Supreme Leader Ayatollah Ali Khamenei, arrived "
        "in Moscow on Tuesday for talks with Russian officials.",
        "arrived",
        EventKind.visit,
    ),
    (
        "Japan and India signed a defence pact in Tokyo on Monday amid competition from "
        "China and Russia.",
        "signed",
        EventKind.signing,
    ),
]


def _read(text: str, word: str) -> tuple[tuple[int, int], tuple[int, int]]:
    at = text.index(word)
    return (at, at + len(word)), (0, len(text))


def test_the_sides_are_without_backgrounds_each_time() -> None:
    for text, word, kind in _SENTENCES:
        trigger, clause = _read(text, word)
        mentions = find_mentions(text, 0, len(text))
        in_clause = [m for m in mentions.actors if clause[0] <= m.start and m.end <= clause[1]]
        expected = without_background(text, kind, trigger, clause, in_clause)
        first = _clause_sides(text, kind, trigger, clause, mentions)
        again = _clause_sides(text, kind, trigger, clause, mentions)
        assert first == again == expected
        assert first is not again  # each caller has its own list to change


def test_a_kept_reading_serves_only_its_own_text_and_names() -> None:
    text, word, kind = _SENTENCES[0]
    trigger, clause = _read(text, word)
    mentions = find_mentions(text, 0, len(text))
    _clause_sides(text, kind, trigger, clause, mentions)
    fewer = type(mentions)(mentions.actors[:1], mentions.places)
    assert _clause_sides(text, kind, trigger, clause, fewer) == without_background(
        text, kind, trigger, clause, list(fewer.actors)
    )
    other = text.replace("Ethiopian", "Somali")  # the same offsets, another text
    named = find_mentions(other, 0, len(other))
    assert _clause_sides(other, kind, trigger, clause, named) == without_background(
        other, kind, trigger, clause, list(named.actors)
    )


def test_the_kept_readings_are_bounded() -> None:
    text, word, kind = _SENTENCES[2]
    trigger, _ = _read(text, word)
    mentions = find_mentions(text, 0, len(text))
    for end in range(trigger[1], trigger[1] + 2 * actors._CLAUSE_SIDES_KEPT):
        _clause_sides(text, kind, trigger, (0, min(end, len(text))), mentions)
    assert len(actors._CLAUSE_SIDES) <= actors._CLAUSE_SIDES_KEPT


def test_participants_are_the_same_read_first_or_again() -> None:
    for text, word, kind in _SENTENCES:
        trigger, clause = _read(text, word)
        mentions = find_mentions(text, 0, len(text))
        actors._CLAUSE_SIDES.clear()
        fresh = participants_for(text, kind, trigger, clause, mentions)
        assert participants_for(text, kind, trigger, clause, mentions) == fresh
        assert participants_for(text, kind, trigger, clause, mentions, ("KE", "ET")) == (
            participants_for(text, kind, trigger, clause, mentions, ("KE", "ET"))
        )
