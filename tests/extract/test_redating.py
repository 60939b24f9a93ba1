"""Re-dating a candidate (timeline.extract.redating, date_choice): the dates its story offers, the
cues the ranker reads, and a ranker's choice carried to the event.

The sentences are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline.corpus import read_corpus
from timeline.errors import DataError
from timeline.extract.date_choice import load_ranker, redate, shipped_ranker
from timeline.extract.pipeline import ReadDocument, read_document
from timeline.extract.redating import clause_tense, day_cues, ranker_feature_names
from timeline.model import EventKind

from .conftest import hand_made_ranker, write_article

#: A lede the publication day dates ("have signed", no date of its own), and its day told
#: in the sentence after.
STORY = (
    "Kenya and Tanzania have signed a trade agreement. The deal was reached at talks in "
    "Arusha on 14 March, officials said."
)


def _read(folder: Path, body: str = STORY) -> ReadDocument:
    doc = read_corpus([write_article(folder, body, "2023-03-20")])[0]
    return read_document(doc, offer_dates=True)


def _signing(read: ReadDocument) -> str:
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    return signing.draft.date.value


@pytest.mark.parametrize(
    ("sentence", "trigger", "tense"),
    [
        ("Kenya has signed the accord.", "signed", "perfect"),
        ("Kenya and Uganda have also held talks.", "talks", "perfect"),
        ("Ruto will visit Dodoma.", "visit", "future"),
        ("The summit is scheduled in Accra.", "summit", "future"),
        ("Kenya signed the accord.", "signed", "past"),
        ("The visit of the Kenyan president.", "visit", "untensed"),
    ],
)
def test_the_tense_of_a_trigger_s_clause(sentence: str, trigger: str, tense: str) -> None:
    at = sentence.index(trigger)
    span = (at, at + len(trigger))
    assert clause_tense(sentence, (0, len(sentence)), span) == tense


def test_the_day_cues_of_a_sentence() -> None:
    assert day_cues("The ministers met on Tuesday and again today.") == ["weekday", "today"]
    assert day_cues("Talks ended yesterday.") == ["yesterday"]
    assert day_cues("The talks ended in March.") == []


def test_a_weak_candidate_is_offered_its_story_s_dates(tmp_path: Path) -> None:
    read = _read(tmp_path)
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    assert signing.date_source == "inferred" and signing.tense == "perfect"
    offered = {o.date.value: o.sources for o in signing.options}
    assert offered == {
        "2023-03-20": {"current", "publication"},
        "2023-03-14": {"after"},
        "2023-03-19": {"day before"},
    }
    assert all(set(f) <= set(ranker_feature_names()) for f in signing.option_features)
    # a candidate dated by its own clause is offered its text's dates too (the thirteenth
    # pass chooses every candidate's date; the tenth offered only the weakly dated ones)
    (talks,) = [c for c in read.candidates if c.base is None and c.date_source == "own"]
    offered = {o.date.value: o.sources for o in talks.options}
    assert offered["2023-03-14"] == {"current", "clause"}
    assert {"2023-03-20", "2023-03-19"} <= set(offered)


def test_no_date_after_the_publication_is_offered(tmp_path: Path) -> None:
    body = "Kenya and Tanzania have signed a trade agreement. Talks resume on 30 March."
    read = _read(tmp_path, body)
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    assert "2023-03-30" not in {o.date.value for o in signing.options}


def test_a_confident_ranker_re_dates_the_event(tmp_path: Path) -> None:
    read = _read(tmp_path)
    # (the day before, offered to the undated lede; the mechanism: a move carried to the event)
    moving = {"option:day before": 5.0, "option:day before & tense:perfect": 1.0}
    read.redate(hand_made_ranker(moving))
    assert _signing(read) == "2023-03-19"
    events = read.mentions()[0]
    assert [e.date.value for e in events if e.kind is EventKind.signing] == ["2023-03-19"]
    assert any(c.features.get("date:re-dated") for c in read.candidates)
    read.redate(None)  # undone: the rules' date, and no feature of it
    assert _signing(read) == "2023-03-20"
    assert [e.date.value for e in read.mentions()[0] if e.kind is EventKind.signing] == [
        "2023-03-20"
    ]
    assert not any(c.features.get("date:re-dated") for c in read.candidates)


def test_an_unsure_ranker_or_one_for_the_own_date_keeps_it(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert redate(read.candidates, hand_made_ranker({"option:after": 5.0}, threshold=0.99)) == {}
    assert (
        redate(read.candidates, hand_made_ranker({"option:current": 5.0, "option:after": 4.0}))
        == {}
    )
    assert _signing(read) == "2023-03-20"


def test_without_offered_dates_nothing_is_recorded(tmp_path: Path) -> None:
    doc = read_corpus([write_article(tmp_path, STORY, "2023-03-20")])[0]
    read = read_document(doc)
    assert read.reader.story is None
    assert all(not c.options and not c.tense for c in read.candidates)


def test_the_shipped_ranker_if_any_validates() -> None:
    ranker = shipped_ranker()
    assert ranker is None or set(ranker.features) <= set(ranker_feature_names())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"weights": [1.0, 2.0]}, "weights"),
        ({"features": ["outlet:reuters"]}, "does not compute"),
        ({"threshold": 1.5}, "threshold"),
    ],
)
def test_a_bad_ranker_file_names_the_file_and_the_fault(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    data = hand_made_ranker({"option:after": 1.0}).model_dump(mode="json") | changes
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        load_ranker(path)
    assert str(path) in str(err.value)
