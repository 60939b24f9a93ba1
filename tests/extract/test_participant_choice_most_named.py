"""The participant choice and the document's most named side: left out by the rules and
named only outside the trigger's sentence, it is marked with how many sides the rules gave
the event, the event's class and the other left-out sides of its scope
(:data:`~timeline.extract.participant_choice.MOST_NAMED_OUTSIDE`; docs/extraction.md,
"Twentieth pass: the participant choice")."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from timeline.corpus import read_corpus
from timeline.errors import DataError
from timeline.extract.participant_choice import (
    MOST_NAMED_OUTSIDE,
    ActorOption,
    ParticipantChooser,
    choice_feature_names,
    choosing,
    load_chooser,
)
from timeline.extract.pipeline import read_document

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests/data/extraction/dev"
SEED_CENTRAL_ASIA = ROOT / "corpus/003_b7c0510a1e69fc93.txt"
OPEN_BALKAN = DEV / "balkans_06_albanian-montenegrin-pms-sign-agreements.txt"
ARMENIA_AZERBAIJAN = (
    ROOT / "tests/data/extraction/test-c/caucasus_07_azerbaijani-armenian-fms-washington-peace-"
    "treaty.txt"
)
EU_ASEAN = DEV / "asean_02_eu-asean-ministerial-meeting-brussels.txt"
#: Real sentences of four articles (the seed, dev and test-c): (article, words of the trigger's
#: sentence, kind, the most named side, the features it carries (after the prefix), gold
#: keeps it).
MOST_NAMED = [
    # the seed's "Azerbaijan being invited to the Central Asia summit, which will take place
    # in November in Tashkent": Türkiye, the article's subject, named in the sentence before
    # beside Russia and China; gold: Uzbekistan and Azerbaijan
    (
        SEED_CENTRAL_ASIA,
        "Azerbaijan being invited to the Central Asia summit",
        "summit",
        "TR",
        {"rules sides:2+", "rules sides:2+ x gathering", "others in its scope:2+"},
        False,
    ),
    # "... by the leaders of Azerbaijan and Armenia in their meetings on Oct. 6 in Prague":
    # the United States, host of the article's talks, in the lede; gold: Azerbaijan and
    # Armenia
    (
        ARMENIA_AZERBAIJAN,
        "by the leaders of Azerbaijan and Armenia in their meetings on Oct. 6 in Prague",
        "meeting",
        "US",
        {"rules sides:2+", "rules sides:2+ x gathering", "others in its scope:0"},
        False,
    ),
    # "Following the meeting, Rama and Abazovic addressed the media": a meeting the rules
    # give no side; Albania, in the lede; gold keeps it
    (
        OPEN_BALKAN,
        "Following the meeting, Rama and Abazovic addressed the media",
        "meeting",
        "AL",
        {"rules sides:0", "rules sides:0 x gathering", "others in its scope:1"},
        True,
    ),
    # "According a joint statement released by the delegation, during the meeting, the two
    # organisations ...": ASEAN, most named, in the sentence before; gold keeps it
    (
        EU_ASEAN,
        "According a joint statement released by the delegation",
        "meeting",
        "ASEAN",
        {"rules sides:0", "rules sides:0 x gathering", "others in its scope:2+"},
        True,
    ),
]
#: The feature that weighs the most named side against an event the rules gave two sides.
AGAINST_TWO_SIDES = f"{MOST_NAMED_OUTSIDE} x rules sides:2+"
SHIPPED_SCOPES = [n for n in choice_feature_names() if "elsewhere" not in n]


def _chooser(
    intercept: float, features: list[str], weights: dict[str, float]
) -> ParticipantChooser:
    """A chooser of ``features`` with these ``weights`` (the others 0)."""
    return ParticipantChooser(
        description="test",
        features=features,
        weights=[weights.get(n, 0.0) for n in features],
        intercept=intercept,
        add_threshold=0.5,
        drop_threshold=0.0,
        trained_on=["test"],
        trained="2026-12-01",
        examples=1,
        regularization=1.0,
    )


def _options(article: Path, words: str, kind: str) -> list[list[ActorOption]]:
    """The options of each candidate of ``kind`` in the sentence of ``words``."""
    (doc,) = read_corpus([article])
    with choosing(None, record=True):
        read = read_document(doc)
    recorded = read.reader.participant_options or {}
    found = []
    for c in read.candidates:
        source = c.event.sources[0]
        if (
            c.base is None
            and c.draft.kind.value == kind
            and c.draft.id in recorded
            and words in doc.text[source.start : source.end]
        ):
            found.append(recorded[c.draft.id])
    assert found, f"no {kind} candidate in the sentence of {words!r}"
    return found


def _marks(option: ActorOption) -> set[str]:
    prefix = f"{MOST_NAMED_OUTSIDE} x "
    return {n.removeprefix(prefix) for n in option.features if n.startswith(prefix)}


@pytest.mark.parametrize(("article", "words", "kind", "code", "marks", "kept"), MOST_NAMED)
def test_the_most_named_side_outside_the_sentence_is_marked_alone(
    article: Path, words: str, kind: str, code: str, marks: set[str], kept: bool
) -> None:
    for options in _options(article, words, kind):
        option = next(o for o in options if o.code == code)
        assert not option.chosen and "most named" in option.features
        assert not {"scope:clause", "scope:sentence"} & set(option.features)
        assert _marks(option) == marks
        # no other option of the candidate carries the features: a side the rules chose,
        # one named in the trigger's sentence, one that is not the most named
        assert not any(_marks(o) for o in options if o.code != code)


@pytest.mark.parametrize(("article", "words", "kind", "code", "marks", "kept"), MOST_NAMED)
def test_a_chooser_weighs_the_most_named_side_by_the_rules_sides(
    article: Path, words: str, kind: str, code: str, marks: set[str], kept: bool
) -> None:
    # a chooser that adds every option, one blind to the features, one that knows them and
    # weighs the most named side against an event of two sides or more
    blind = _chooser(9.0, [n for n in SHIPPED_SCOPES if MOST_NAMED_OUTSIDE not in n], {})
    knows = _chooser(9.0, SHIPPED_SCOPES, {AGAINST_TWO_SIDES: -20.0})
    for options in _options(article, words, kind):
        assert code in blind.decide(options)[0]
        add, _ = knows.decide(options)
        assert (code in add) is kept  # as gold: dropped beside two sides, kept beside none
        # the other sides are added alike
        assert [c for c in add if c != code] == [c for c in blind.decide(options)[0] if c != code]


def _bench() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import participant_choice
    finally:
        sys.path.pop(0)
    return participant_choice


def _gold_rows() -> list[tuple[str, str, list[dict[str, float]], list[int]]]:
    """The options of :data:`MOST_NAMED`'s candidates, labelled as gold labels them: the
    rules' sides kept, the most named side as the table says, the others dropped."""
    rows = []
    for article, words, kind, code, _, kept in MOST_NAMED:
        for options in _options(article, words, kind):
            labels = [int(o.chosen or (o.code == code and kept)) for o in options]
            rows.append((article.stem, "", [o.features for o in options], labels))
    return rows


def test_the_fit_with_the_features_is_deterministic_and_weighs_them(tmp_path: Path) -> None:
    bench = _bench()
    rows = _gold_rows()
    dumps = [bench.dump(bench.fit_chooser(rows, (0.5, 0.0), ["dev"], False)) for _ in range(2)]
    assert dumps[0] == dumps[1]
    path = tmp_path / "participant_choice.json"
    path.write_text(dumps[0], encoding="utf-8")
    chooser = load_chooser(path)
    weight = dict(zip(chooser.features, chooser.weights, strict=True))
    # the most named side is dropped beside two sides, kept beside none
    assert weight[AGAINST_TWO_SIDES] < 0.0 < weight[f"{MOST_NAMED_OUTSIDE} x rules sides:0"]
    # fitted as an older file was, on its features alone: it knows none of them
    older = [n for n in SHIPPED_SCOPES if MOST_NAMED_OUTSIDE not in n]
    blind = bench.fit_chooser(rows, (0.5, 0.0), ["dev"], False, older)
    assert blind.features == older and blind.examples == chooser.examples


@pytest.mark.parametrize(
    "name",
    [
        f"{MOST_NAMED_OUTSIDE} x rules sides:3",
        f"{MOST_NAMED_OUTSIDE} x rules sides:2+ x conflict",
        f"{MOST_NAMED_OUTSIDE} x others in its scope:4+",
    ],
)
def test_a_chooser_file_naming_a_feature_the_code_does_not_set_is_refused_with_its_name(
    tmp_path: Path, name: str
) -> None:
    names = [*SHIPPED_SCOPES, name]
    data = _chooser(0.0, SHIPPED_SCOPES, {}).model_dump(mode="json")
    data.update(features=names, weights=[0.0] * len(names))
    path = tmp_path / "participant_choice.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match="does not compute") as error:
        load_chooser(path)
    assert "participant_choice.json" in str(error.value)
    assert name in str(error.value)
