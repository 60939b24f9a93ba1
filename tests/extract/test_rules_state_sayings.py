"""A state's own position told by its saying, the state named as the sayer (issue #12;
docs/history/extraction-log.md, "Twenty-eighth pass: statements"): "Chile condemned the raid", "The
United States has said that ...", "the Peruvian government praised ...". SOURCES.md,
"Gold rule: statements told by their saying": a state named as the sayer gives a state
body's statement, dated by its own day else the page's. Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers
from timeline.gazetteer import ActorMention

from .conftest import article_events as events


def _state_said(text: str) -> bool:
    # the article's first line is its headline: the sentences stand on the second
    text = "Headline\n" + text
    return any(t.name == "statement-state-said" for t, _, _ in find_triggers(text, 0, len(text)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile condemned the raid on the embassy in its capital.",
        "Norway denies the charges and accuses Moscow of stirring up the dispute.",
        "The United States has said that the embargo on Cuba stays in place for now.",
        "Mexico and Canada have announced their intention to review the trade pact.",
        "After the vote, the Peruvian government praised the speed of the decision.",
        "In a move seen as a warning to its neighbour, Greek authorities have threatened to "
        "close the border crossing.",
        "Ghana, the largest producer of cocoa in the region, voiced support for the ban.",
        "The government of Nepal says it will quit the ceasefire with the insurgents.",
        "Japan expressed deep concern about the missile launch.",
        # urged, objected, and what a state called another's act (twenty-ninth pass)
        "Today, Chile also urged Bolivia to return to the talks on the border.",
        "Norway urges both sides to respect the truce agreed in Oslo.",
        # two adverbs before the verb (review31 F-g)
        "Kenya also strongly condemned the raid on the border post on Monday.",
        "Peru has also firmly rejected the claim to the islands.",
        "The United States objected that the text did not go far enough.",
        "Peru called the expulsion of its envoy a breach of the Vienna Convention.",
        'Ghana calls the raid "an act of aggression" and recalls its ambassador.',
        # what is called may open with a word that could start a time (review29 finding 6)
        "Japan called the vote a step back for democracy in Myanmar on Thursday.",
        "Chile called the closure of the border a daylong humiliation for its truckers.",
        "Kenya called the deal a final offer to the rebels in the north.",
        # at an international court a state speaks as a state (review29 finding 4)
        "South Africa urged the International Court of Justice to order a halt to the offensive.",
        "Ukraine denied before the European Court of Human Rights that its forces had "
        "tortured the men.",
        # what a state confirms it tells (forty-third pass)
        "Pakistan on Monday confirmed that the Secretary-General will arrive on Sunday.",
        "The Chilean government confirmed this Wednesday that its president will attend.",
    ],
)
def test_a_state_named_as_the_sayer(sentence: str) -> None:
    assert _state_said(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a saying that ends its sentence sources what the sentence told
        "The ministers met in Lima to discuss trade, Peru said.",
        # a background saying
        "Chile had condemned the raid on the embassy before the vote.",
        # no state: a person, an ambassador, a state of the United States, a company
        "Lavrov criticized the decision of the alliance to expand.",
        "The Dominican ambassador demanded an apology for the incident.",
        "Senator Smith of Georgia said the inquiry would go on for months.",
        "Toyota announced a new plant in the north of the country.",
        # the object is no position
        "Kazakhstan expressed interest in buying goats from Mongolia.",
        # a team named by its country (review28 finding 12)
        "Uruguay criticized the referee for the penalty awarded late in the match.",
        "Ghana protested the umpires' decision to stop the game in the final set.",
        # a state as a litigant in a court of law (review29 finding 4: the reviewer's
        # sentence, then ours)
        "The United States denied the allegations in court on Thursday, saying the contract "
        "had been lawful.",
        "Argentina denied before a federal court in New York that the debt ruling was just.",
        "Mexico rejected the claims of the company in a Texas court on Monday.",
        # a call on or off is no saying of what an act is (a call for one is a stance:
        # seventy-third pass, test_a_stance_past_an_adverb_or_an_abbreviation)
        "Chile called on Bolivia to return to the talks on the border.",
        "Chile called off the visit of its foreign minister to Lima.",
        # "called X a week / a day / a second time" convenes, calls up or summons
        # (review29 finding 6: the reviewer's sentences, then ours)
        "Russia called the meeting a week after the attack on its embassy in Damascus, "
        "officials said on Thursday.",
        "Poland called the reservists a day before the exercise with Lithuania began on Thursday.",
        "France called the ambassador a second time on Thursday over the arrests of French "
        "citizens in Algeria.",
        "Peru called the envoy of Chile a third time in a month over the fishing dispute.",
        "Ghana called its ministers an hour after the coup in Niger was announced.",
        "Egypt called the talks a few days before the deadline set by Ethiopia.",
        # urged by a person, not a state
        "Lavrov urged the alliance to stop its expansion to the east.",
    ],
)
def test_not_a_states_own_saying(sentence: str) -> None:
    assert not _state_said(sentence), sentence


def test_the_headline_is_told_again_by_the_article() -> None:
    text = "Chile condemns the raid on its embassy\nThe ministers met on Monday."
    assert not any(t.name == "statement-state-said" for t, _, _ in find_triggers(text, 0, 60))


def test_dated_by_the_page_and_given_to_its_sayer(tmp_path: Path) -> None:
    body = "The United States has said that the talks with Cuba will go on for months."
    (statement,) = [e for e in events(tmp_path, body, "2009-03-21") if e.kind.value == "statement"]
    assert statement.date.value == "2009-03-21" and "US" in statement.countries


def test_dated_by_its_own_day(tmp_path: Path) -> None:
    body = "Chile said on Monday that it would recall its ambassador from Lima."
    (statement,) = [e for e in events(tmp_path, body, "2023-03-22") if e.kind.value == "statement"]
    assert statement.date.value == "2023-03-20" and "CL" in statement.countries


def _detected_beside(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    """(kind, fate) of each candidate of the one-sentence article ``body`` read with a
    detector that fires on every sentence (its first class a visit's), without
    ``beside_rules``."""
    from timeline.corpus import read_corpus
    from timeline.extract.detector import EventDetector
    from timeline.extract.pipeline import read_document

    from .conftest import write_article
    from .test_detector import _data

    detector = EventDetector.model_validate(
        _data(
            features=["w:exit", "b:on TIMEX-DAY", "n:countries 2", "t:none", "pos:lede"],
            class_features=["w:exit", "w:visited"],
            class_weights=[[-0.5, -0.5, 2.0], [-1.0, -0.5, 2.5]],
            intercept=5.0,
            class_intercepts=[-0.5, -0.5, 0.0],
        )
    )
    doc = read_corpus([write_article(tmp_path, body, "2024-03-04")])[0]
    return [
        (c.draft.kind.value, c.fate)
        for c in read_document(doc, detector=detector).candidates
        if c.base is None
    ]


def test_the_act_a_states_saying_tells_stays_the_detectors(tmp_path: Path) -> None:
    # "Niger and Mali announced their withdrawal": the act is the event the gold lists, the
    # saying beside it; a sentence whose only rule candidate is such a saying is read by
    # the detector as one without any (twenty-eighth pass)
    # (the test detector's word is "exit", its first class a visit's)
    body = "Niger and Mali announced on Monday their exit from the bloc."
    found = _detected_beside(tmp_path, body)
    assert ("statement", "kept") in found and ("visit", "detected") in found
    # another rule's candidate keeps the sentence the rules' alone
    body = "Niger and Mali announced on Monday their exit from the bloc at a summit."
    found = _detected_beside(tmp_path, body)
    assert ("summit", "kept") in found and not any(fate == "detected" for _, fate in found)


# Thirtieth pass: an organization of states named as the sayer, the sayer a quote's
# attribution names after "said", and a saying told after a past day of its own.


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO urged Moscow to pull its troops back from the border with Finland.",
        "The African Union has strongly condemned the coup in Niamey.",
        "The Arab League and Egypt condemned the strike on the port.",
        "The European Council criticised the arrest of the opposition leader in Minsk.",
    ],
)
def test_an_organization_of_states_named_as_the_sayer(sentence: str) -> None:
    assert _state_said(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain saying sources the news it tells; "ASEAN states" are its members
        "The EU said the vote in Minsk was neither free nor fair.",
        "Chad closed the border on Monday, the African Union announced, adding that trade "
        "would stop.",
        "ASEAN states that border the sea will meet in Manila next month.",
        # its officer is a person, not the body; a body of another kind is unknown
        "The EU foreign policy chief urged Minsk to free the opposition leader.",
        "Amnesty International condemned the arrest of the opposition leader.",
    ],
)
def test_not_an_organizations_saying(sentence: str) -> None:
    assert not _state_said(sentence), sentence


def _dated_rules(text: str) -> list[str]:
    text = "Headline\n" + text
    return [t.name for t, _, _ in find_triggers(text, 0, len(text)) if t.name == "statement-dated"]


def test_a_quotes_attribution_names_the_sayer_after_said() -> None:
    assert _dated_rules('"The monitors may not enter the site," said the EU in a statement online.')
    assert _dated_rules('"We will not leave the talks," said Peru in a statement on its website.')
    assert not _dated_rules('"We will not leave the talks," said the minister in a statement.')


@pytest.mark.parametrize(
    "sentence",
    [
        # a team named by its country, a litigant: not a state's saying (review30 finding 5)
        '"The score stands," said Uruguay in a statement after the match against Chile.',
        '"The claim has no merit," said Peru in a statement to the district court.',
        # "the final" is a game's only with its opponent after it (game_opponent_nouns)
        '"The goal was offside," said Ecuador in a statement after the final against Chile.',
        '"We played well," said Uruguay in a statement after a friendly versus Japan.',
    ],
)
def test_a_quotes_attribution_by_a_team_or_a_litigant_is_no_states(sentence: str) -> None:
    assert not _dated_rules(sentence)


def test_a_final_that_is_no_game_keeps_the_states_saying() -> None:
    # "final" before no opponent is no game's word (game_opponent_nouns)
    assert _dated_rules('"We accept the final ruling," said Peru in a statement on Monday.')


@pytest.mark.parametrize(
    "body",
    [
        # a date of an earlier month or year before the saying: background, not the page's
        # statement (a day of the past week is the saying's own: review30 finding 2)
        "In 1998, after Chile closed its ports to the fleet, Peru announced that it was "
        "recalling its ambassador.",
        "In January, Peru announced a complete halt of its imports from Chile.",
    ],
)
def test_a_saying_after_a_past_day_of_its_own_is_no_statement_of_the_page(
    tmp_path: Path, body: str
) -> None:
    found = events(tmp_path, body, "2023-03-21")  # a Tuesday
    assert not [e for e in found if e.kind.value == "statement" and e.date.value == "2023-03-21"]


def test_a_saying_after_a_day_to_come_is_still_the_pages(tmp_path: Path) -> None:
    body = (
        "Ahead of the talks set for next week, Peru has threatened to close its border with Chile."
    )
    found = events(tmp_path, body, "2023-03-21")
    assert [e for e in found if e.kind.value == "statement" and e.date.value == "2023-03-21"]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # a day of the past week opening the sentence dates the saying itself (review30
        # finding 2: refusing every past day of the sentence lost this commonest shape)
        ("On Monday, Japan urged China to release the detained fishermen.", "2024-05-13"),
        (
            "After the talks on Monday, Brazil criticized the tariffs imposed by Argentina.",
            "2024-05-13",
        ),
        # after the lede too, the day opening its sentence, as a saying's own day after the
        # verb would ("Russia said on Monday that ...": dating._saying_day)
        (
            "Japan recalled its envoy. On Monday, Russia said that the decision was wrong.",
            "2024-05-13",
        ),
        (
            "Japan recalled its envoy. On Thursday, Russia said that it would respond.",
            "2024-05-09",
        ),
    ],
)
def test_a_saying_after_a_day_of_the_past_week_is_a_statement_of_that_day(
    tmp_path: Path, body: str, day: str
) -> None:
    found = events(tmp_path, body, "2024-05-14")  # a Tuesday
    assert [e for e in found if e.kind.value == "statement" and e.date.value == day]


def test_both_states_joined_say_each_a_statement(tmp_path: Path) -> None:
    # "Both" before the states is read as their saying too (review30 finding 4)
    body = "Both Chile and Peru rejected the ruling of the tribunal on the fishing zone."
    found = [e for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "statement"]
    assert found and {"CL", "PE"} <= {c for e in found for c in e.countries}


@pytest.mark.parametrize(
    ("body", "value", "title"),
    [
        (
            "Japan on Monday criticized China's military drills near the island.",
            "2024-05-13",
            "Japan criticizes China's military drills near the island",
        ),
        (
            "Peru late Sunday rejected the decision of the court in The Hague.",
            "2024-05-12",
            "Peru rejects the decision of the court in The Hague",
        ),
        (
            "Chile on May 10 condemned the raid on its embassy in the capital.",
            "2024-05-10",
            "Chile condemns the raid on its embassy in the capital",
        ),
    ],
)
def test_the_sayings_day_between_the_state_and_its_verb(
    tmp_path: Path, body: str, value: str, title: str
) -> None:
    """Wire copy writes the day between the state and its verb ("Iran on Tuesday
    condemned ..."): the state is still the sayer right before the saying, and that day
    dates it (review31: "Japan on Monday criticized" was no statement; thirty-second pass)."""
    found = [e for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "statement"]
    assert [(e.date.value, e.title) for e in found] == [(value, title)]


# A state's saying without a day of its own, in a paragraph whose story is at a day of the
# past, is told at that day (forty-fifth pass: the reference time a narrative keeps until it
# sets another); a day of the past week or no day at all leaves the page's.


def _chiles_statement_days(tmp_path: Path, story: str) -> list[str]:
    """The days of Chile's statements in an article whose second paragraph opens with
    ``story`` (its own line breaks kept)."""
    body = (
        "Cuba and the European Union resumed their official contacts this week.\n"
        + story
        + "Chile praised the decision of the Cuban government as a step forward."
    )
    found = events(tmp_path, body, "2005-02-04")
    return [e.date.value for e in found if e.kind.value == "statement" and "CL" in e.countries]


def test_a_saying_in_a_paragraph_told_at_a_past_day_is_of_that_day(tmp_path: Path) -> None:
    story = (
        "On November 30, 2004, Cuba released four political prisoners. The decision came "
        "after months of talks. "
    )
    days = _chiles_statement_days(tmp_path, story)
    assert days and set(days) == {"2004-11-30"}


def test_a_new_paragraph_ends_the_storys_day(tmp_path: Path) -> None:
    story = "On November 30, 2004, Cuba released four political prisoners.\n"
    days = _chiles_statement_days(tmp_path, story)
    assert days and set(days) == {"2005-02-04"}


def test_a_storys_day_of_the_past_week_leaves_the_saying_the_pages(tmp_path: Path) -> None:
    story = (
        "On Monday, Cuba released four political prisoners. The decision came after months "
        "of talks. "
    )
    days = _chiles_statement_days(tmp_path, story)
    assert days and "2005-01-31" not in days


# Seventy-third pass: a stance told by what a state calls for, and a sayer
# told with a sentence adverb or a body's abbreviation before its verb. Wikinews' and the
# fifty-nine's sentences, then ours.


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia, however called for diplomacy, stating that they believe Iran to be "
        '"ready for negotiations".',
        "The United Kingdom (MoD) announced on Thursday that it has agreed to pay compensation "
        "to victims of abuse in Iraq.",
        "Chile called for talks with Bolivia on the border next month.",
        'Japan, for its part, urged the two sides to "return to the table".',
    ],
)
def test_a_stance_past_an_adverb_or_an_abbreviation(sentence: str) -> None:
    assert _state_said(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a claim is no stance the gold lists, a description of a call its readout
        "China claims nearly all of the disputed South China Sea.",
        "The British government claimed that the two leaders would sign a partnership.",
        "Russia described the conversation as frank and businesslike.",
        # a state's own short name in parentheses is read as before
        "Qatar and the United Arab Emirates (UAE) have announced that they are restoring "
        "diplomatic ties.",
        # no state before the comma: "analysts" is no adverb
        "Russia, analysts said, will not accept the offer.",
        # a parenthesis that is no abbreviation
        "The United Kingdom (and its allies) announced on Thursday that talks will go on.",
    ],
)
def test_no_stance_past_other_words(sentence: str) -> None:
    assert not _state_said(sentence), sentence


# Seventy-third pass: a state body named as the sayer of a stance (not of a plain saying,
# which sources the news told). Wikinews' sentences, then ours.


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Defence has confirmed that a British soldier has been killed in "
        "southern Afghanistan.",
        "The Finnish Ministry for Foreign Affairs has made it clear that Finland will not "
        "technically be a party to the meeting.",
        "The Dutch Presidency of the European Union praised the Cuban decision.",
        "In a related press release issued the following day, the Turkish Ministry of Foreign "
        "Affairs denounced the conclusions of the summit.",
        # a body named with "and" in its portfolio, its abbreviation in parentheses (the
        # fifty-nine's test-al)
        "The Ministry of International Relations and Cooperation (MIRCO) has confirmed that "
        "the Vice President of Angola will pay an official visit from 15 to 18 June.",
        "The Chinese Foreign Ministry strongly condemned the raid on the embassy.",
        "The Kremlin rejected the claims as baseless.",
    ],
)
def test_a_state_body_named_as_the_sayer_of_a_stance(sentence: str) -> None:
    assert _state_said(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain saying of a body sources the news it tells
        "The Ministry of Foreign Affairs said the talks would go on next week.",
        "The Chinese Foreign Ministry announced the visit of the Kenyan president.",
        # no state's body: a company's, a lower-case body no state names, a bare "Ministry"
        "The Toyota office in Nagoya denied the reports of a recall.",
        "The police department confirmed that two men were arrested.",
        "The company's office in Lima rejected the offer of the union.",
        "The Ministry urges the Secretariat to coordinate with member states.",
    ],
)
def test_not_a_state_bodys_stance(sentence: str) -> None:
    assert not _state_said(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "searches", "said"),
    [
        # a person, an office or a plural noun as the subject: no name to search for
        ("The minister criticized the invitation extended to the delegation.", 0, False),
        ("Officials in the region condemned the raid on the embassy.", 0, False),
        # a state named: its one mention is searched for, as before
        ("Chile condemned the raid on the embassy in its capital.", 1, True),
    ],
)
def test_a_sayer_that_is_no_name_of_the_table_is_not_searched(
    monkeypatch: pytest.MonkeyPatch, sentence: str, searches: int, said: bool
) -> None:
    """Every saying of a page asks whether its subject is exactly a state's name; the subject
    is seldom a name of the gazetteer's table at all, and then no mention of the gazetteer's
    can span it: it is not searched (issue #15, the seventy-third pass: 223 of the 6,579
    subjects of a pass over the fifty-nine tuning sets are names), the same answers."""
    from timeline.extract import sayings

    calls: list[tuple[int, int]] = []
    search = sayings.find_actors

    def counted(
        text: str, start: int = 0, end: int | None = None, year: int | None = None
    ) -> list[ActorMention]:
        calls.append((start, end or len(text)))
        return search(text, start, end, year)

    monkeypatch.setattr(sayings, "find_actors", counted)
    text = "Headline\n" + sentence
    verb = next(m for m in (" criticized", " condemned") if m in text)
    start = text.index(verb)
    assert sayings.a_state_says(text, start, start + len(verb)) is said
    assert len(calls) == searches


# Seventy-third pass (sides73b): a verb that tells a state's position only with its own
# words quoted after it (statement_words.yaml, quoted_saying_verbs). Wikinews' sentence,
# then ours.


@pytest.mark.parametrize(
    "sentence",
    [
        'The United States government claims that the test was "evidence that the missile '
        'threat is not an imaginary one".',
        'The German government described the exercise as "regrettable".',
        'Peru suggested that "the talks have reached their limit" and left the table.',
    ],
)
def test_a_stance_told_by_a_quote_after_its_verb(sentence: str) -> None:
    assert _state_said(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # no quote: a claim, a hypothetical, a readout
        "China claims nearly all of the disputed South China Sea.",
        "Chile suggested that the talks could resume in the spring next year.",
        "Russia described the conversation as frank and businesslike.",
        # the quote only in the next sentence
        'Peru suggested a new round of talks. "We are ready," the minister told reporters.',
        # a name quoted after its article (the fifty-nine's sentence)
        'The British government claimed that Starmer and Zelenskyy would sign a "100-year '
        'partnership" agreement in Kyiv.',
        # the quote too far after the verb
        "Chile suggested that the long border dispute with its northern neighbour should be "
        'settled by the court, as "a matter of law".',
    ],
)
def test_no_stance_from_those_verbs_without_their_quote(sentence: str) -> None:
    assert not _state_said(sentence), sentence
