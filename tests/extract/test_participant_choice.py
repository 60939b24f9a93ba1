"""The learned choice of participants: options, the data file, and its decisions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline.corpus import read_corpus
from timeline.errors import DataError
from timeline.extract import extract_document
from timeline.extract.participant_choice import (
    ELSEWHERE_OPTIONS,
    ActorOption,
    ParticipantChooser,
    choice_feature_names,
    choosing,
    load_chooser,
    shipped_chooser,
)
from timeline.extract.pipeline import read_document

ARTICLE = (
    "Tokayev visits Ankara\ndate 2023-03-20\n\n"
    "Kazakh President Kassym-Jomart Tokayev arrived in Ankara on Monday. He held talks with "
    "Turkish President Recep Tayyip Erdoğan on March 20, amid competition from China.\n"
)


def _data(**changes: Any) -> dict[str, Any]:
    names = choice_feature_names()
    data: dict[str, Any] = {
        "description": "test",
        "features": names,
        "weights": [0.0] * len(names),
        "intercept": 0.0,
        "add_threshold": 0.6,
        "drop_threshold": 0.1,
        "trained_on": ["dev"],
        "trained": "2026-11-30",
        "examples": 10,
        "regularization": 1.0,
    }
    data.update(changes)
    return data


def _doc(tmp_path: Path) -> Any:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return read_corpus([path])[0]


def _options(tmp_path: Path) -> dict[str, list[ActorOption]]:
    with choosing(None, record=True):
        read = read_document(_doc(tmp_path))
    assert read.reader.participant_options is not None
    return read.reader.participant_options


def test_every_actor_near_a_candidate_is_an_option(tmp_path: Path) -> None:
    options = _options(tmp_path)
    talks = {o.code: o for o in options["m2-talks"]}
    # the rules take the clause's Türkiye, not China (a phrase of circumstance) nor the
    # visitor of the sentence before
    assert {c for c, o in talks.items() if o.chosen} == {"TR"}
    assert set(talks) == {"TR", "CN", "KZ"}
    assert {"scope:clause", "word before:with", "rules:chosen"} <= set(talks["TR"].features)
    assert {"circumstance", "word before:from"} <= set(talks["CN"].features)
    assert "scope:previous sentence" in talks["KZ"].features
    assert {"also:headline", "type:person"} <= set(talks["KZ"].features)
    visit = {o.code: o for o in options["m1-talks"]}
    assert {"capital as place", "word before:in", "position:after"} <= set(visit["TR"].features)
    assert set(choice_feature_names()) >= {
        f for os in options.values() for o in os for f in o.features
    }


def test_options_are_recorded_only_when_asked(tmp_path: Path) -> None:
    with choosing(None):
        read = read_document(_doc(tmp_path))
    assert read.reader.participant_options is None


def test_a_chooser_adds_and_drops_sides(tmp_path: Path) -> None:
    names = choice_feature_names()
    weights = [{"scope:previous sentence": 5.0, "circumstance": -5.0}.get(n, 0.0) for n in names]
    chooser = ParticipantChooser.model_validate(_data(weights=weights, add_threshold=0.9))
    with choosing(chooser):
        events = extract_document(_doc(tmp_path))
    talks = next(e for e in events if e.kind.value == "meeting")
    # the sentence before names the visitor: the meeting takes it; China stays out
    assert {"TR", "KZ"} <= set(talks.countries) and "CN" not in talks.countries
    with choosing(None):
        events = extract_document(_doc(tmp_path))
    # the rules' meeting has one side, Türkiye: not output (docs/extraction.md)
    assert not any(e.kind.value == "meeting" and "KZ" in e.countries for e in events)
    dropping = ParticipantChooser.model_validate(
        _data(intercept=-5.0, add_threshold=1.0, drop_threshold=0.5)
    )
    add, drop = dropping.decide(_options(tmp_path)["m2-talks"])
    assert add == [] and drop == {"TR"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"weights": [1.0]}, "weights"),
        ({"features": ["scope:clause", "scope:clause"], "weights": [1.0, 1.0]}, "twice"),
        ({"features": ["word:Erdoğan"], "weights": [1.0]}, "does not compute"),
        ({"add_threshold": 1.5}, "add_threshold"),
        ({"trained_on": []}, "trained_on"),
    ],
)
def test_a_bad_chooser_file_is_refused_with_its_name(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    path = tmp_path / "participant_choice.json"
    path.write_text(json.dumps(_data(**changes)), encoding="utf-8")
    with pytest.raises(DataError, match=message) as error:
        load_chooser(path)
    assert "participant_choice.json" in str(error.value)


def test_a_file_that_is_not_json_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{features", encoding="utf-8")
    with pytest.raises(DataError, match="JSON") as error:
        load_chooser(path)
    assert "broken.json" in str(error.value)


DATA = Path(__file__).resolve().parent.parent / "data"
EXTRACTION = DATA / "extraction"
#: The chooser fitted on the sixteen tuning sets (``bench/participant_choice.py train --add
#: 0.5 --output``): shipped in 40d9df7, then taken out for its cost in extraction
#: (docs/history/extraction-log.md, "Fourteenth pass: participants"); the one shipped since the
#: fifteenth pass is fitted on nineteen, since the sixteenth on twenty-three
#: (``data/participant_choice.json``).
FITTED = DATA / "participant_choice" / "fitted.json"
#: Real sentences of the tuning sets whose gold event has a side the rules leave out and
#: the fitted chooser adds, two articles per place the side is named: (set, article,
#: words of the sentence, kind, the side added).
NAMED_ELSEWHERE = [
    # the sentence before ("the delegation", "the West African nation")
    (
        "dev",
        "asean_02_eu-asean-ministerial-meeting-brussels",
        "joint statement released by the delegation",
        "meeting",
        "ASEAN",
    ),
    (
        "dev",
        "african-union_04_au-suspends-guinea-after-coup",
        "decided to suspend the West African nation",
        "other",
        "GN",
    ),
    # the sentence, outside the trigger's clause
    (
        "dev",
        "latin-america_04_venezuela-colombia-resume-full-ties",
        "The restoration of ties came after",
        "other",
        "VE",
    ),
    (
        "dev",
        "asean_05_timor-leste-becomes-11th-asean-member",
        "This was followed by the adoption of the Roadmap",
        "adoption",
        "ASEAN",
    ),
    # the lede ("the GCC crisis", "the Pacific region's annual flagship event"); "The
    # meeting issued the following statement" of gulf_04, a definite noun of the meeting
    # told, is no candidate since the sixty-first pass
    (
        "dev",
        "gulf_01_al-ula-gcc-summit",
        "The announcement came on Tuesday at the Gulf Arab leaders meeting",
        "summit",
        "GCC",
    ),
    (
        "dev",
        "pacific_04_53rd-forum-communique-tonga",
        "This is all wrapped up in the final communique",
        "forum",
        "PIF",
    ),
]


def _chooser(which: str) -> ParticipantChooser:
    if which == "fitted":
        return load_chooser(FITTED)
    shipped = shipped_chooser()
    assert shipped is not None
    return shipped


@pytest.mark.parametrize("which", ["fitted", "shipped"])
@pytest.mark.parametrize(("split", "article", "words", "kind", "side"), NAMED_ELSEWHERE)
def test_the_fitted_chooser_adds_a_side_named_elsewhere(
    split: str, article: str, words: str, kind: str, side: str, which: str
) -> None:
    # the fitted test file (sixteen sets) and the shipped chooser (twenty-three) alike
    chooser = _chooser(which)
    (doc,) = read_corpus([EXTRACTION / split / f"{article}.txt"])
    with choosing(None, record=True):
        read = read_document(doc)
    options = read.reader.participant_options or {}
    found = [
        c
        for c in read.candidates
        if c.base is None
        and c.draft.kind.value == kind
        and c.draft.id in options
        and words in doc.text[c.event.sources[0].start : c.event.sources[0].end]
    ]
    assert found, f"no {kind} candidate in the sentence of {words!r}"
    added = []
    for c in found:
        rules = {p.id for p in c.draft.participants}
        add, _ = chooser.decide(options[c.draft.id])
        assert side in rules | set(add)  # every candidate of the sentence ends with it
        added.append(side not in rules)
    assert any(added)  # and one the rules left without it takes it


def test_the_fitted_chooser_is_fitted_on_the_sixteen_tuning_sets_alone() -> None:
    chooser = load_chooser(FITTED)
    assert len(chooser.trained_on) == 16 and "test-m" in chooser.trained_on
    # the held-out splits are never read to fit it (bench/extraction.py's HELD_OUT)
    assert not {"test-n", "test-o", "test-p"} & set(chooser.trained_on)
    assert chooser.add_threshold == 0.5 and chooser.drop_threshold == 0.0


def test_the_shipped_chooser_is_fitted_on_the_fifty_nine_tuning_sets_alone() -> None:
    # data/participant_choice.json: extraction chooses with it (docs/history/extraction-log.md,
    # "Twenty-fifth pass: participants"; on forty-seven in the twenty-second pass)
    chooser = shipped_chooser()
    assert chooser is not None
    assert len(chooser.trained_on) == 59
    assert {"seed", "test-n", "test-t", "test-ak", "test-ar", "test-bd"} <= set(chooser.trained_on)
    # the held-out splits are never read to fit it (bench/extraction.py's HELD_OUT)
    assert not {"te3-a", "te3-b"} & set(chooser.trained_on)
    # the shipped scopes: the "elsewhere" scope stays inert
    assert not any("elsewhere" in name for name in chooser.features)
    assert chooser.add_threshold == 0.5 and chooser.drop_threshold == 0.0


def test_an_actor_of_a_phrase_of_circumstance_is_never_added(tmp_path: Path) -> None:
    names = choice_feature_names()
    weights = [{"circumstance": 9.0}.get(n, 0.0) for n in names]
    chooser = ParticipantChooser.model_validate(_data(weights=weights, add_threshold=0.9))
    talks = _options(tmp_path)["m2-talks"]
    china = next(o for o in talks if o.code == "CN")
    assert chooser.probability(china.features) > 0.9  # "amid competition from China"
    add, _ = chooser.decide(talks)
    assert "CN" not in add


def test_the_choice_builds_only_the_options_that_can_change_it() -> None:
    # extraction builds the options of the sides the rules left out alone (no drop
    # threshold: a side they chose stays); recording builds them all: the same events
    chooser = load_chooser(FITTED)
    changed = []
    for article in sorted({a for s, a, *_ in NAMED_ELSEWHERE if s == "dev"}):
        (doc,) = read_corpus([EXTRACTION / "dev" / f"{article}.txt"])
        with choosing(chooser):
            lazy = extract_document(doc)
        with choosing(chooser, record=True):
            full = extract_document(doc)
        assert [e.model_dump() for e in lazy] == [e.model_dump() for e in full], article
        with choosing(None):
            rules = extract_document(doc)
        changed.append([e.participants for e in lazy] != [e.participants for e in rules])
    assert any(changed)  # the chooser adds a side in these articles


#: Sides named only in later paragraphs: Azerbaijan at "the talks", then three more.
ELSEWHERE_ARTICLE = (
    "Tokayev visits Ankara\ndate 2023-03-20\n\n"
    "Kazakh President Kassym-Jomart Tokayev arrived in Ankara on Monday.\n\n"
    "He held talks with Turkish President Recep Tayyip Erdoğan on March 20.\n\n"
    "The two leaders discussed trade and energy.\n\n"
    "Azerbaijan sent its foreign minister to the talks.\n\n"
    "Georgia, Armenia and Iran were not invited. Georgia said it would send an envoy.\n"
)


def _elsewhere_doc(tmp_path: Path) -> Any:
    path = tmp_path / "talks.txt"
    path.write_text(ELSEWHERE_ARTICLE, encoding="utf-8")
    return read_corpus([path])[0]


def _features(o: ActorOption) -> set[str]:
    return {f for f in o.features if "elsewhere" in f or f.startswith(("count:", "form:"))}


def test_a_side_named_only_elsewhere_is_an_option_of_the_most_named_three(
    tmp_path: Path,
) -> None:
    with choosing(None, record=True):
        read = read_document(_elsewhere_doc(tmp_path))
    options = read.reader.participant_options or {}
    talks = {o.code: o for o in options["m2-talks"]}
    # the clause's Türkiye and the sentence before's Kazakhstan as before; of the four
    # sides named only further on, the three the document names most (Georgia twice,
    # then the first named of the others): Iran is left out
    assert list(talks) == ["TR", "KZ", "GE", "AZ", "AM"]
    assert "scope:elsewhere" not in talks["KZ"].features
    assert _features(talks["AZ"]) == {
        "scope:elsewhere",
        "scope:elsewhere x gathering",
        "rules sides:1 x scope:elsewhere",
        "elsewhere rank:3+",
        "elsewhere paragraphs:2-3",  # paragraphs 1 and 3
        "elsewhere same noun",  # "to the talks"
        "count:1",
        "form:name",
    }
    assert _features(talks["GE"]) == {
        "scope:elsewhere",
        "scope:elsewhere x gathering",
        "rules sides:1 x scope:elsewhere",
        "elsewhere rank:3+",
        "elsewhere paragraphs:2-3",
        "count:2-3",
        "form:name",
    }
    assert not any(o.chosen for o in talks.values() if "scope:elsewhere" in o.features)
    visit = {o.code: o for o in options["m1-talks"]}
    assert "elsewhere paragraphs:4+" in visit["GE"].features  # paragraphs 0 and 4
    for os in options.values():
        assert sum("scope:elsewhere" in o.features for o in os) <= ELSEWHERE_OPTIONS


def test_only_a_chooser_that_knows_the_scope_takes_a_side_named_elsewhere(
    tmp_path: Path,
) -> None:
    # a chooser that adds every option: one of the shipped file's scopes leaves the
    # "elsewhere" options alone (its file names none of their features)
    names = choice_feature_names()
    other_scopes = [n for n in names if "elsewhere" not in n]
    every = ParticipantChooser.model_validate(
        _data(
            features=other_scopes,
            weights=[0.0] * len(other_scopes),
            intercept=5.0,
            drop_threshold=0.0,
        )
    )
    knowing = ParticipantChooser.model_validate(_data(intercept=5.0, drop_threshold=0.0))
    assert not every.elsewhere and knowing.elsewhere
    with choosing(None, record=True):
        read = read_document(_elsewhere_doc(tmp_path))
    talks = (read.reader.participant_options or {})["m2-talks"]
    assert every.decide(talks) == (["KZ"], set())
    assert knowing.decide(talks) == (["KZ", "GE", "AZ", "AM"], set())
    for chooser in (every, knowing):
        # extraction builds the "elsewhere" options only for a chooser that knows them:
        # the same events as when every option is recorded
        with choosing(chooser):
            lazy = extract_document(_elsewhere_doc(tmp_path))
        with choosing(chooser, record=True):
            full = extract_document(_elsewhere_doc(tmp_path))
        assert [e.model_dump() for e in lazy] == [e.model_dump() for e in full]
        meeting = next(e for e in lazy if e.kind.value == "meeting")
        assert ("GE" in meeting.countries) is chooser.elsewhere


#: A gathering whose sentence names its host (its capital as the place) and a guest; the
#: article's subject, Türkiye, named in the sentence before (the seed's Tashkent summit).
TOLD_SUMMIT = (
    "Turkey courts Central Asia\ndate 2025-06-10\n\n"
    "Turkey has widened its ties with Central Asia this year, Turkish officials said.\n\n"
    "Turkey's diplomats are welcome in the region. Azerbaijan has been invited to the "
    "Central Asia summit, which will take place in November in Tashkent.\n"
)
#: The same sentence without its place: the summit's host is not told there.
UNTOLD_SUMMIT = TOLD_SUMMIT.replace(" in Tashkent.", ".")


def _summit_options(tmp_path: Path, text: str) -> list[ActorOption]:
    path = tmp_path / "summit.txt"
    path.write_text(text, encoding="utf-8")
    with choosing(None, record=True):
        read = read_document(read_corpus([path])[0])
    options = read.reader.participant_options or {}
    return next(os for key, os in options.items() if key.endswith("summit"))


def _previous_sentence_chooser() -> ParticipantChooser:
    """A chooser that takes every side of the sentence before."""
    names = choice_feature_names()
    weights = [{"scope:previous sentence": 9.0}.get(n, 0.0) for n in names]
    return ParticipantChooser.model_validate(
        _data(weights=weights, intercept=-4.0, add_threshold=0.5, drop_threshold=0.0)
    )


def test_a_side_of_the_discourse_never_joins_a_gathering_whose_sentence_tells_its_sides(
    tmp_path: Path,
) -> None:
    chooser = _previous_sentence_chooser()
    told = {o.code: o for o in _summit_options(tmp_path, TOLD_SUMMIT)}
    assert {c for c, o in told.items() if o.chosen} == {"AZ", "UZ"}  # a guest, the host
    assert "scope:previous sentence" in told["TR"].features and told["TR"].beyond_told_sides
    assert chooser.probability(told["TR"].features) > 0.9
    assert "TR" not in chooser.decide(list(told.values()))[0]
    untold = {o.code: o for o in _summit_options(tmp_path, UNTOLD_SUMMIT)}
    assert not untold["TR"].beyond_told_sides  # no host told: the chooser may take it
    assert "TR" in chooser.decide(list(untold.values()))[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a pronoun before the trigger stands for a side of the discourse (test-aq's "he
        # was in Cairo and had a meeting with the President of Egypt")
        ("Azerbaijan has been invited to", "They have invited Azerbaijan to"),
        # a format of three: its third member is the article's ("in the framework of
        # the trilateral meeting")
        ("the Central Asia summit", "the trilateral summit"),
    ],
)
def test_a_gathering_whose_sentence_says_a_side_is_the_discourse_s_takes_it(
    tmp_path: Path, old: str, new: str
) -> None:
    chooser = _previous_sentence_chooser()
    told = {o.code: o for o in _summit_options(tmp_path, TOLD_SUMMIT.replace(old, new))}
    assert {c for c, o in told.items() if o.chosen} == {"AZ", "UZ"}  # a guest, the host
    assert "scope:previous sentence" in told["TR"].features
    assert not told["TR"].beyond_told_sides
    assert "TR" in chooser.decide(list(told.values()))[0]


def test_an_organization_of_the_discourse_may_join_a_gathering_whose_sentence_tells_its_sides(
    tmp_path: Path,
) -> None:
    # the body of the gathering is often named only before it (ECOWAS, La Francophonie):
    # the constraint holds countries of the discourse, not organizations
    chooser = _previous_sentence_chooser()
    text = TOLD_SUMMIT.replace(
        "Turkey's diplomats are welcome in the region.",
        "The Organization of Turkic States welcomed the move.",
    )
    told = {o.code: o for o in _summit_options(tmp_path, text)}
    assert {c for c, o in told.items() if o.chosen} == {"AZ", "UZ"}
    assert "scope:previous sentence" in told["OTS"].features
    assert not told["OTS"].beyond_told_sides
    assert "OTS" in chooser.decide(list(told.values()))[0]
