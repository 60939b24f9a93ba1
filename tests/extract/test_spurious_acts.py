"""Words of the meeting and signing rules that tell no such act between states
(sixty-seventh pass, issue #12's spurious events): "meet" as "satisfy", a leader meeting
people who are no side, a bill signed into law; and a "telephone meeting", a call.

Each sentence is from a tuning article whose gold lists no such act, or lists the call
(docs/extraction.md, rules ``meeting``, ``signing`` and ``call``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.trigger_guards import tells_no_act
from timeline.extract.triggers import find_triggers

from .conftest import article_events, dated_sides


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "The Economic Community of Central African States acquired the status of Commission "
            "in December 2019 in order to meet the hopes of a very young population, Gabon's "
            "President Ali Bongo said.",
            "2020-05-13",
        ),
        (
            "Almagro said his intention is to continue positioning the OAS to meet the "
            "challenges of the 21st century, Uruguay's foreign ministry said on Wednesday.",
            "2015-03-18",
        ),
    ],
)
def test_meeting_a_need_is_no_meeting(tmp_path: Path, body: str, published: str) -> None:
    assert dated_sides(tmp_path, body, published, "meeting") == []


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "Senegalese President Bassirou Diomaye Faye arrived in Accra on Friday for a two-day "
            "visit to Ghana. On Saturday, President Faye is scheduled to meet with Ghanaian "
            "business leaders and tour investment sites.",
            "2024-05-17",
        ),
        (
            "Paraguayan President Santiago Peña will visit Italy this week. On Nov. 28, he will "
            "be in Milan for a meeting with businessmen.",
            "2023-11-25",
        ),
    ],
)
def test_meeting_people_who_are_no_side_is_no_meeting(
    tmp_path: Path, body: str, published: str
) -> None:
    assert dated_sides(tmp_path, body, published, "meeting") == []


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "The Turkish Parliament on Tuesday voted to approve Sweden's NATO accession protocol. "
            "Turkish President Recep Tayyip Erdogan can now sign the protocol into law.",
            "2024-01-24",
        ),
        (
            "Armenian President Vahagn Khachaturyan signed the ratification bill on the border "
            "delimitation with Azerbaijan into law late on Thursday.",
            "2024-10-25",
        ),
    ],
)
def test_a_bill_signed_into_law_is_no_signing(tmp_path: Path, body: str, published: str) -> None:
    assert dated_sides(tmp_path, body, published, "signing") == []


@pytest.mark.parametrize(
    ("body", "published", "sides"),
    [
        (
            "Mr. Iwaya Takeshi, Minister for Foreign Affairs of Japan, on Tuesday held an "
            "approximately 20-minute telephone meeting with Hon. Enrique A. Manalo, Secretary "
            "of Foreign Affairs of the Philippines.",
            "2024-10-23",
            {"JP", "PH"},
        ),
        (
            "Prime Minister Narendra Modi on Friday held a very good and detailed conversation "
            "with Russian President Vladimir Putin over phone during which both leaders held "
            "detailed discussions on Ukraine.",
            "2025-08-08",
            {"IN", "RU"},
        ),
    ],
)
def test_a_telephone_meeting_is_a_call(
    tmp_path: Path, body: str, published: str, sides: set[str]
) -> None:
    calls = dated_sides(tmp_path, body, published, "call")
    assert [s for _, s in calls if sides <= s]


@pytest.mark.parametrize(
    ("habit", "placed", "published"),
    [
        (
            "Lavrov has visited the African continent several times in the past couple of "
            "years as Russia seeks support from many of its 54 countries.",
            "Albanese has already visited Japan twice - in May and in September.",
            "2024-06-04",
        ),
        (
            "Emomali Rahmon and Shavkat Mirziyoyev have met several times since September 2016.",
            "Gaharia visited Yerevan twice: as Minister of Economy of Georgia in June 2017 and "
            "as head of the Ministry of Internal Affairs in February 2018.",
            "2021-05-20",
        ),
    ],
)
def test_a_count_of_visits_is_no_visit_unless_each_is_placed(
    tmp_path: Path, habit: str, placed: str, published: str
) -> None:
    """A count of past acts (habits72, issue #12) is a set of acts, no act of a day; told one
    by one with their own times after the count, each is an act of its time."""
    acts = ("visit", "meeting")
    assert [e for e in article_events(tmp_path, habit, published) if e.kind.value in acts] == []
    assert dated_sides(tmp_path, placed, published, "visit")


def test_a_meeting_told_as_a_habit_is_no_meeting(tmp_path: Path) -> None:
    """ "regularly meet with" tells a habit; "last met with ... in February 2016" the act."""
    habit = (
        "The NATO Secretary General and Deputy Secretary General, as well as other senior "
        "NATO officials, regularly meet with senior Russian officials."
    )
    assert [
        e
        for e in article_events(tmp_path, habit, "2016-04-20")
        if e.kind.value in ("meeting", "forum")
    ] == []
    last = (
        "The NATO Secretary General last met with Foreign Minister Lavrov at the Munich "
        "Security Conference in February 2016."
    )
    assert article_events(tmp_path, last, "2016-04-20")


def test_periodic_meetings_are_no_meeting(tmp_path: Path) -> None:
    """An adjective of frequency before an act's noun in the plural is a mechanism or a
    habit, no act of the story's day (seventy-third pass; "a joint statement of regular high
    level meetings" on Wikinews dev): the summit this sentence announces is its one event."""
    said = (
        "Algerian President Abdelmadjid Tebboune said on Wednesday that a summit with Libya and "
        'Tunisia is "imminent" and will take place as part of the periodic consultative '
        "meetings between the three nations, Anadolu has reported."
    )
    gatherings = ("meeting", "summit", "forum")
    kinds = [e.kind.value for e in article_events(tmp_path, said, "2024-10-17")]
    assert [k for k in kinds if k in gatherings] == ["summit"]


def test_frequent_acts_of_a_year_and_a_regular_gathering_are_kept(tmp_path: Path) -> None:
    """Acts of a year the clause writes are that year's (the gold of the fifty-nine keeps
    "made frequent visits to Egypt" as a visit of 2023), and a singular "regular meeting"
    names one gathering."""
    year = "In 2023, President Isaias made frequent visits to Egypt."
    assert [d for d, _ in dated_sides(tmp_path, year, "2024-09-20", "visit")] == ["2023"]
    one = (
        "Li's visit followed his co-chairing the 29th regular meeting between the Chinese and "
        "Russian heads of government in Moscow and visit to Russia."
    )
    assert dated_sides(tmp_path, one, "2024-08-22", "meeting")


@pytest.mark.parametrize(
    ("sentence", "sitting"),
    [
        # Wikinews dev (seventy-third pass): a chamber's own sitting
        ("The Senate was set to meet on Wednesday.", True),
        # the fifty-nine: a legislature's chairman meets a guest
        (
            "Premier Li Qiang and Chairman of the National People's Congress Standing Committee "
            "Zhao Leji will meet with him respectively.",
            False,
        ),
    ],
)
def test_a_legislature_meeting_is_its_sitting(sentence: str, sitting: bool) -> None:
    """A legislature as the subject of "meet" is its sitting, no meeting of sides; a person
    of it who meets someone is ("legislatures" of data/state_act_words.yaml)."""
    meets = [t for t in find_triggers(sentence, 0, len(sentence)) if t[0].name == "meeting"]
    assert meets
    assert [tells_no_act(sentence, *t) for t in meets] == [sitting] * len(meets)


@pytest.mark.parametrize(
    ("sentence", "no_day"),
    [
        # Wikinews dev (seventy-third pass), the minister's name left out
        (
            "The South African deputy foreign minister confirmed on Thursday that the country "
            "is preparing a meeting with the controversial group.",
            True,
        ),
        # the fifty-nine: a decision's plan, a forum the gold lists
        (
            "The summit decided organizing a forum immediately to guarantee strict commitment "
            "to the peace agreement in South Sudan.",
            False,
        ),
        # a plan with its own date
        ("The ministry is preparing a visit to China in May.", False),
    ],
)
def test_an_event_being_prepared_has_no_day_yet(sentence: str, no_day: bool) -> None:
    """An event being prepared ("is preparing a meeting") with no date of its own is a plan
    of no day, not an event of the saying's day ("preparation_verbs" of
    data/state_act_words.yaml)."""
    acts = [
        t
        for t in find_triggers(sentence, 0, len(sentence))
        if t[0].kind.value in ("meeting", "visit", "forum")
    ]
    assert acts
    assert [tells_no_act(sentence, *t) for t in acts] == [no_day] * len(acts)


def test_a_recalled_act_is_an_act_of_its_own_year_only(tmp_path: Path) -> None:
    """A past act a recall's verb takes is no act of the story's day (habits72): with no year
    of its own it is dropped, with its year it is an act of that year (the gold of the
    fifty-nine keeps "recalled his 2019 visit to India" as a visit of 2019)."""
    recalled = (
        "Thomas Tavares Finson, Presidente of the Senate of Jamaica, recalled with "
        "satisfaction the meeting held with President of Cuba, Raul Castro Ruz, during the VI "
        "Summit Cuba-CARICOM."
    )
    assert dated_sides(tmp_path, recalled, "2015-06-10", "meeting") == []
    dated = "Ishiba also recalled his 2019 visit to India."
    assert [d for d, _ in dated_sides(tmp_path, dated, "2025-08-30", "visit")] == ["2019"]


def test_a_saying_told_as_a_habit_keeps_the_saying_of_its_day(tmp_path: Path) -> None:
    """The habit guard reads no saying (habits72): "has repeatedly called for" is told with
    the saying of its day, the July speech the gold of the fifty-nine lists."""
    said = (
        "Mohammed VI has repeatedly called for reconciliation with Algeria and in a July "
        'speech voiced his desire for a return to "normal ties between brotherly peoples".'
    )
    assert dated_sides(tmp_path, said, "2022-08-30", "statement")
