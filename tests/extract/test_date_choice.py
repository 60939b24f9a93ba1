"""The learned choice of a candidate's date as extraction uses it (timeline.extract.date_choice):
which candidates may move, to which options, and the options offered on demand.

The sentences are those of articles of the tuning sets (tests/data/extraction/dev),
with their publication days.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate
from timeline.extract.date_choice import KEEPS, Decision, may_take, redate, source_of
from timeline.extract.pipeline import ReadDocument, read_document

from .conftest import article_events, hand_made_ranker, write_article

#: A ranker that trusts the story's day: the lede, the sentence before, the publication.
STORY_DAY = {"option:lede": 4.0, "option:before": 2.0, "option:publication": 2.0}

#: A past event dated by its own clause, told after a lede of the day (real sentences).
BACKGROUND = [
    (
        "Timor-Leste became the 11th member of the Association of Southeast Asian Nations "
        "(ASEAN) during the 47th ASEAN Summit in Malaysia's Kuala Lumpur on Sunday. "
        "Brunei Darussalam joined ASEAN in 1984, followed by Vietnam in 1995.",
        "2025-10-26",
        "1984",
    ),
    (
        "The Ministerial Council of the Gulf Cooperation Council (GCC) held its 156th session "
        "on Sunday, June 11, 2023, at the headquarters of the General Secretariat. The "
        "Ministerial Council praised the Kingdom's hosting of the 32nd Arab Summit on May 19, "
        "2023, in Jeddah.",
        "2023-06-11",
        "2023-05-19",
    ),
]


def _read(folder: Path, body: str, published: str, **options: bool) -> ReadDocument:
    doc = read_corpus([write_article(folder, body, published)])[0]
    return read_document(doc, offer_dates=True, **options)


def _dated(read: ReadDocument, value: str) -> list[Candidate]:
    return [c for c in read.candidates if c.base is None and c.draft.date.value == value]


@pytest.mark.parametrize(("body", "published", "background"), BACKGROUND)
def test_a_date_written_beside_the_trigger_stands_against_the_story_s_day(
    tmp_path: Path, body: str, published: str, background: str
) -> None:
    read = _read(tmp_path, body, published)
    past = _dated(read, background)
    assert past and all(c.date_source == "own" for c in past)
    # the story's day is offered to it, and the ranker prefers it ...
    assert all(published in {o.date.value for o in c.options} for c in past)
    read.redate(hand_made_ranker(STORY_DAY))
    # ... but a date its own clause writes is not overridden by another sentence's
    assert _dated(read, background) == past
    assert all(c.original is None for c in past)


def test_a_weakly_dated_candidate_takes_the_story_s_day(tmp_path: Path) -> None:
    # the lede's day, then a signing dated by the publication (real sentences of
    # dev/asean_05): "the Signing of the Declaration ... took place"
    body = (
        "Timor-Leste became the 11th member of ASEAN during the 47th ASEAN Summit in Kuala "
        "Lumpur on 26 October 2025. ASEAN and Timor-Leste have signed the Declaration on "
        "the Admission of Timor-Leste into ASEAN."
    )
    read = _read(tmp_path, body, "2025-10-27")
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    assert signing.date_source != "own"
    read.redate(hand_made_ranker({"option:lede": 6.0}))
    assert signing.draft.date.value == "2025-10-26"


def test_only_the_candidates_in_use_leave_their_date(tmp_path: Path) -> None:
    body, published, _ = BACKGROUND[0]
    read = _read(tmp_path, body, published)
    moving = hand_made_ranker({"option:day before": 6.0})
    everyone = redate(read.candidates, moving)
    assert everyone  # some candidate would move ...
    assert redate(read.candidates, moving, lambda c: False) == {}  # ... none is in use
    kept = redate(read.candidates, moving, lambda c: c.kept)
    assert set(kept) <= {c.draft.id for c in read.candidates if c.kept}
    assert set(kept) <= set(everyone)


@pytest.mark.parametrize(("body", "published", "background"), BACKGROUND)
def test_options_offered_on_demand_choose_as_options_offered_to_all(
    tmp_path: Path, body: str, published: str, background: str
) -> None:
    moving = hand_made_ranker({"option:day before": 6.0, "option:sentence": 3.0})
    every = _read(tmp_path, body, published)
    lazy = _read(tmp_path, body, published, options_on_demand=True)
    assert all(not c.options for c in lazy.candidates)
    in_use = lambda c: c.kept  # noqa: E731
    every.redate(moving, in_use)
    lazy.redate(moving, in_use)
    assert every.reader.redated == lazy.reader.redated
    # only candidates in use were offered dates, and those left out had no option to take
    offered = {c.draft.id for c in lazy.candidates if c.options}
    kept = {c.draft.id for c in lazy.candidates if c.kept}
    assert offered <= kept
    # and only the options they may take: at least one other than their own date
    for c in lazy.candidates:
        if c.options:
            assert len(c.options) >= 2
            source = source_of(c, lazy.reader.story)
            assert all(may_take(o, c.draft.date, source, c.published) for o in c.options)
    for c in every.candidates:
        if c.draft.id in kept - offered and c.base is None:
            others = [o for o in c.options if "current" not in o.sources]
            source = source_of(c, every.reader.story)
            assert not any(may_take(o, c.draft.date, source, c.published) for o in others)


def test_on_demand_only_the_features_the_ranker_crosses_and_the_same_probabilities(
    tmp_path: Path,
) -> None:
    body, published, _ = BACKGROUND[0]  # a lede of the day, then the background
    general = {"option:day before": 6.0, "option:sentence": 3.0, "option:current & rules:own": 1.0}
    with_tense = general | {"option:sentence & tense:past": -2.0}
    for weights, reads_tense in ((general, False), (with_tense, True)):
        ranker = hand_made_ranker(weights)
        every = _read(tmp_path, body, published)
        lazy = _read(tmp_path, body, published, options_on_demand=True)
        in_use = lambda c: c.kept  # noqa: E731
        every.redate(ranker, in_use)
        lazy.redate(ranker, in_use)
        assert every.reader.redated == lazy.reader.redated
        offered = [c for c in lazy.candidates if c.options]
        assert offered
        for c in offered:
            assert bool(c.tense) is reads_tense
            crossed = {n.split(" & ")[1] for f in c.option_features for n in f if " & " in n}
            assert crossed <= ranker.crossed
            # each option weighs as with every feature computed
            twin = next(e for e in every.candidates if e.draft.id == c.draft.id)
            full = {
                (o.date.value, o.sources): f
                for o, f in zip(twin.options, twin.option_features, strict=True)
            }
            for o, features in zip(c.options, c.option_features, strict=True):
                assert ranker.probability_of(features) == ranker.probability_of(
                    full[o.date.value, o.sources]
                )


#: A gathering its own clause dates by the range it was held over (real sentences of
#: dev/african-union_03 and dev/sco-brics_03, their publication days within the range).
RANGES = [
    (
        "African heads of state gathered in Addis Abba for the 32nd Ordinary Session of the "
        "Assembly of the African Union from February 10-11.",
        "2019-02-11",
        "2019-02-10/2019-02-11",
    ),
    (
        "The BRICS summit took place in Johannesburg from 22 to 24 August.",
        "2023-08-24",
        "2023-08-22/2023-08-24",
    ),
]


@pytest.mark.parametrize(("body", "published", "held"), RANGES)
def test_a_range_of_days_is_not_cut_to_one_of_its_days(
    tmp_path: Path, body: str, published: str, held: str
) -> None:
    read = _read(tmp_path, body, published)
    told = _dated(read, held)
    first = held.split("/")[0]
    # its text offers the first day and the publication day inside the range ...
    assert told and all({first, published} <= {o.date.value for o in c.options} for c in told)
    for c in told:
        one_day = [o for o in c.options if o.date.value in (first, published)]
        assert not any(may_take(o, c.draft.date, c.date_source, c.published) for o in one_day)
    # ... and a ranker sure of one of those days (over the threshold) moves none of them
    one_day = hand_made_ranker(
        {"option:first day": 6.0, "option:publication": 6.0, "option:day before": 6.0}
    )
    for c in told:
        p, best = max(
            zip(map(one_day.probability_of, c.option_features), c.options, strict=True),
            key=lambda s: s[0],
        )
        assert p >= one_day.threshold and best.date.value in (first, published)
    assert redate(read.candidates, one_day) == {}
    assert _dated(read, held) == told


#: A past act told again with its own year, the event attached to it ("during") after a
#: lede of the day (real sentences of the seed's article 004 and of test-g/francophonie_02):
#: the attached event is dated by the discourse, with the year its own clause writes.
TOLD_AGAIN = [
    (
        "On March 29-30, the Turkish President R. T. Erdogan made a two-day official visit to "
        "Uzbekistan. The major item on his agenda was his participation in the second meeting "
        "of the high-level Uzbek-Turkish Strategic Cooperation Council. It was established "
        "back in 2018 during Mr. Erdogan's visit to Uzbekistan.",
        "2022-04-01",
        "visit",
        "2018",
    ),
    (
        "Louise Mushikiwabo, has been elected head of La Francophonie this Friday 12th october "
        "2018. Elected Secretary General for a four year term, she replaces Michaëlle Jean who "
        "was elected in 2014 during the 15th Summit of la Francophonie in Dakar.",
        "2018-10-12",
        "summit",
        "2014",
    ),
]


@pytest.mark.parametrize(("body", "published", "kind", "year"), TOLD_AGAIN)
def test_an_event_its_clause_dates_keeps_the_date_against_the_story_s_day(
    tmp_path: Path, body: str, published: str, kind: str, year: str
) -> None:
    read = _read(tmp_path, body, published)
    (told,) = [c for c in _dated(read, year) if c.draft.kind.value == kind]
    assert told.date_source != "own"  # the rules date it by the act it is attached to
    assert source_of(told, read.reader.story) == "own"  # ... with the year of its clause
    # the story's days are offered to it, and the ranker prefers them ...
    others = [o for o in told.options if not o.sources & {"current", "clause", "sentence"}]
    assert others
    assert not any(may_take(o, told.draft.date, "own", told.published) for o in others)
    assert all(may_take(o, told.draft.date, told.date_source, told.published) for o in others)
    read.redate(hand_made_ranker(STORY_DAY))
    # ... but it keeps the year its clause writes, on demand as with every option offered
    assert told.original is None and told.draft.date.value == year
    lazy = _read(tmp_path, body, published, options_on_demand=True)
    lazy.redate(hand_made_ranker(STORY_DAY))
    assert year in {c.draft.date.value for c in lazy.candidates if c.draft.kind.value == kind}
    assert not [k for k, v in lazy.reader.redated.items() if k == told.draft.id]


#: An undated planned summit, and the meeting of its sides the day before that prepared it
#: (the sentences of tests/extract/test_rules_day_before.py).
PREPARED = (
    "The Kenya-Tanzania summit hosted by President William Ruto in Mombasa is expected "
    "to launch a joint plan for the border. On Monday, Kenya's foreign minister met his "
    "Tanzanian counterpart in Nairobi to prepare it."
)


@pytest.mark.parametrize("on_demand", [False, True])
def test_a_planned_act_takes_no_day_before_the_publication(tmp_path: Path, on_demand: bool) -> None:
    read = _read(tmp_path, PREPARED, "2023-06-20", options_on_demand=on_demand)
    (summit,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "summit"]
    assert summit.draft.status.value == "planned" and summit.draft.date.value == "2023-06-20"
    read.redate(hand_made_ranker({"option:day before": 6.0, "option:after": 6.0}))
    assert summit.original is None and summit.draft.date.value == "2023-06-20"
    # the meeting that happened is no planned act: the same ranker moves an undated one
    past = PREPARED.replace("is expected to launch", "launched")
    read = _read(tmp_path, past, "2023-06-20", options_on_demand=on_demand)
    (summit,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "summit"]
    read.redate(hand_made_ranker({"option:day before": 6.0, "option:after": 6.0}))
    assert summit.draft.date.value == "2023-06-19"


#: Two planned days of one tour, then its undated beginning (tests/extract/
#: test_rules_planned_days.py's sentences).
TOUR = (
    "Vice President Kamala Harris will visit Ghana on Saturday, 25 March 2023. She will "
    "visit Ghana again on 2 July 2023. The tour is expected to begin with a visit to "
    "Ghana before she heads to Tanzania and Zambia."
)


@pytest.mark.parametrize("on_demand", [False, True])
def test_two_later_days_offered_leave_a_planned_act_on_the_publication_day(
    tmp_path: Path, on_demand: bool
) -> None:
    later = hand_made_ranker({"option:before": 6.0, "option:lede": 5.0})
    read = _read(tmp_path, TOUR, "2023-03-14", options_on_demand=on_demand)
    tour = [c for c in read.candidates if c.base is None and c.date_source == "publication"]
    assert tour and all(c.draft.status.value == "planned" for c in tour)
    read.redate(later)
    assert all(c.original is None and c.draft.date.value == "2023-03-14" for c in tour)
    # one later day told: the ranker may give it (as coreference.planned_days would)
    one = TOUR.replace("She will visit Ghana again on 2 July 2023. ", "")
    read = _read(tmp_path, one, "2023-03-14", options_on_demand=on_demand)
    tour = [c for c in read.candidates if c.base is None and c.date_source == "publication"]
    read.redate(later)
    assert tour and all(c.draft.date.value == "2023-03-25" for c in tour)


@pytest.mark.parametrize("on_demand", [False, True])
def test_a_later_day_of_another_kind_is_not_a_day_the_planned_act_is_told_on(
    tmp_path: Path, on_demand: bool
) -> None:
    """The later days that leave a planned act on the publication day are those of the
    planned acts of its kind sharing a side (coreference.later_plan_days): a meeting in Ghana
    on 2 July, a later day offered to the undated tour of Ghana, is no second day of the
    tour, so the one visit day told stays the ranker's to give."""
    meeting = TOUR.replace(
        "visit Ghana again on 2 July 2023", "meet Ghana's President Nana Akufo-Addo on 2 July 2023"
    )
    read = _read(tmp_path, meeting, "2023-03-14", options_on_demand=on_demand)
    (told,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "meeting"]
    assert told.draft.status.value == "planned" and "GH" in told.draft.countries
    tour = [c for c in read.candidates if c.base is None and c.date_source == "publication"]
    assert tour and all(c.draft.kind.value == "visit" for c in tour)
    read.redate(hand_made_ranker({"option:lede": 6.0}))
    assert all(c.draft.date.value == "2023-03-25" for c in tour)


@pytest.mark.parametrize("on_demand", [False, True])
@pytest.mark.parametrize(
    "other_day",
    [
        "She will meet Ghana's President Nana Akufo-Addo on 2 July 2023",
        "Ghana will hold local elections on 2 July 2023",
    ],
)
def test_with_one_plan_day_told_a_planned_act_takes_no_other_later_day(
    tmp_path: Path, on_demand: bool, other_day: str
) -> None:
    """One day of the tour told, the undated tour may take it and no other later day (what
    coreference.planned_days moves to): not the day of a meeting in Ghana, nor that of
    Ghana's elections, though the ranker prefers them (review23, finding 3)."""
    text = TOUR.replace("She will visit Ghana again on 2 July 2023", other_day)
    read = _read(tmp_path, text, "2023-03-14", options_on_demand=on_demand)
    tour = [c for c in read.candidates if c.base is None and c.date_source == "publication"]
    assert tour and all(c.draft.kind.value == "visit" for c in tour)
    read.redate(hand_made_ranker({"option:before": 6.0, "option:lede": 5.0}))
    assert all(c.draft.date.value == "2023-03-25" for c in tour)


def test_redate_records_why_each_candidate_keeps_its_date(tmp_path: Path) -> None:
    """``redate`` decides each candidate in one place and can record it (what
    ``bench/date_misses.py ceiling`` counts): the undated tour with two later plan days keeps
    the publication day, both days barred by the planned days; with one told it moves
    there, unless the ranker's probability is under its threshold (review23, finding 8)."""
    later = {"option:before": 6.0, "option:lede": 5.0}
    read = _read(tmp_path, TOUR, "2023-03-14")
    decisions: dict[str, Decision] = {}
    read.redate(hand_made_ranker(later), None, decisions)
    tour = [c for c in read.candidates if c.base is None and c.date_source == "publication"]
    assert tour
    for c in tour:
        decision = decisions[c.draft.id]
        assert decision.kept_because == KEEPS[3] and decision.best is not None
        bars = {o.date.value: bar for o, bar in zip(c.options, decision.bars, strict=True)}
        assert bars["2023-03-25"] == bars["2023-07-02"] == "planned days"
    one = TOUR.replace("She will visit Ghana again on 2 July 2023. ", "")
    for threshold, kept_because, value in [
        (0.5, "", "2023-03-25"),
        (0.99999, KEEPS[4], "2023-03-14"),
    ]:
        read = _read(tmp_path, one, "2023-03-14")
        decisions = {}
        read.redate(hand_made_ranker(later, threshold), None, decisions)
        tour = [c for c in read.candidates if c.base is None and c.date_source == "publication"]
        assert tour
        for c in tour:
            decision = decisions[c.draft.id]
            assert decision.best is not None and decision.best.date.value == "2023-03-25"
            assert decision.kept_because == kept_because and c.draft.date.value == value


#: A visit, then an act told of it and a background month in the next sentence (the seed's
#: 004_4637c54c35dd4532, shortened: the defense ministers' signing is of late May 2022).
DURING_THE_VISIT = (
    "In the end of May, the Kazakh President Kassym-Jomart Tokayev made his first ever state "
    "visit to Turkey. During Mr. Tokayev’s visit, the defense ministers of Kazakhstan and "
    "Turkey signed an agreement on military cooperation. The January events in Kazakhstan "
    "demonstrated the vulnerability of Kazakhstan's armed forces."
)


@pytest.mark.parametrize("on_demand", [False, True])
def test_an_act_told_of_a_visit_keeps_the_visit_s_date(tmp_path: Path, on_demand: bool) -> None:
    later = hand_made_ranker({"option:after": 6.0})
    read = _read(tmp_path, DURING_THE_VISIT, "2022-06-20", options_on_demand=on_demand)
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    assert signing.date_source == "inferred" and signing.draft.date.value == "2022-05"
    read.redate(later)
    assert signing.original is None and signing.draft.date.value == "2022-05"
    # told without the visit, the same act dated by the discourse may take the next date
    alone = DURING_THE_VISIT.replace("During Mr. Tokayev’s visit, the", "The")
    read = _read(tmp_path, alone, "2022-06-20", options_on_demand=on_demand)
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    assert signing.date_source == "inferred" and signing.draft.date.value == "2022-05"
    read.redate(later)
    assert signing.draft.date.value == "2022-01"


@pytest.mark.parametrize(
    "body",
    [
        "Canada and the United States on Monday ratified amendments to the Treaty of 1918.",
        "On Monday Peru and Chile ratified changes to the protocol of March 27, 2017.",
    ],
)
def test_a_date_that_names_the_act_stays_its_date(tmp_path: Path, body: str) -> None:
    """A treaty named by its date ("the Treaty of 1918") is signed then, whatever other day
    the sentence tells: the learned date choice had moved that signing to Monday, the
    ratification's day."""
    found = article_events(tmp_path, body, "2024-05-14")
    signings = [e.date.value for e in found if e.kind.value == "signing"]
    assert signings and all(not value.startswith("2024") for value in signings), signings
