"""Whether a state or an intergovernmental body acts: the check of the rules whose verbs are
common in business and sport copy too ("the club lifted the ban", "the company cancelled the
agreement"): the clause before the verb names a country, a capital, an organization of the
gazetteer, a person it knows, or a demonym before a side's word ("Azerbaijani forces"), as
:func:`timeline.gazetteer.find_actors` finds them
(docs/history/extraction-log.md, "Twenty-eighth pass: kinds"). :func:`is_a_side` is also
the test of :mod:`.gathering_rules`' discussions.

>>> a_state_acts("Germany on Monday banned the airline.", 18, 24)
True
>>> a_state_acts("The club on Monday banned the player.", 19, 25)
False
"""

from __future__ import annotations

import re

from ..gazetteer import ActorMention, find_actors
from ..gazetteer.references import refers_to_an_organization
from ..temporal.lexicon import MONTHS, WEEKDAYS
from ..temporal.word_lists import word_lists
from .limits import SENTENCE_REACH

__all__ = [
    "SIDE_AFTER_DEMONYM",
    "TRUCE_NOUNS",
    "a_state_acts",
    "a_state_attacks",
    "a_state_ends",
    "a_state_invades",
    "a_state_lifts",
    "a_state_sanctions",
    "acts_for_its_state",
    "clause_start",
    "is_a_side",
    "sentence_bounds",
    "state_act_values",
    "state_act_words",
    "states_agreed",
    "states_negotiated",
]

#: Where the clause before a match starts: a sentence's end, a semicolon, a line.
CLAUSE_STOP = re.compile(r"[.!?;\n](?=\s)|\n")
#: How far back :func:`a_state_acts` reads the acting side.
_REACH = 150
#: A conjunction that makes the act after it one awaited, not done: "reforms are needed
#: before Britain lifts the sanctions", "until the EU eases the embargo".
_AWAITED = re.compile(r"\b(?:before|until|till|unless)\b", re.I)

_WORDS = word_lists(
    "state_act_words.yaml",
    {
        "emergency_verbs": "values",
        **{
            key: "words"
            for key in (
                "imposing_verbs",
                "imposed_measures",
                "legislatures",
                "preparation_verbs",
                "ratified_texts",
                "lifting_verbs",
                "lifted_measures",
                "ending_verbs",
                "ended_agreements",
                "launching_verbs",
                "founded_bodies",
                "offensives",
                "negotiation_nouns",
                "breaking_verbs",
                "closing_verbs",
                "business_talks",
                "state_talks",
                "accession_talks",
                "dated_agreements",
                "dated_truces",
                "side_after_demonym",
                "side_after_demonym_in_talks",
                "non_state_bodies",
                "sport_words",
                "game_fans",
                "fanned_objects",
                "game_halves",
                "game_opponent_nouns",
                "game_opponent_nouns_of_any_news",
                "game_nouns",
                "before_a_game_noun",
                "side_after_possessive",
                "business_agreements",
                "invasion_words",
                "sanctioning_verbs",
                "invasion_modifiers",
                "each_subject_groups",
                "joint_act_words",
                "titled_instruments",
                "named_events",
                "emergency_rules",
                "emergency_not_national",
                "exercise_holding_verbs",
                "exercise_modifiers",
                "non_military_exercises",
                "topic_nouns",
                "named_matters",
                "ties_to_a_principal",
                "met_needs",
                "non_state_counterparts",
            )
        },
    },
)


def state_act_values(key: str) -> dict[str, str]:
    """The mapping ``key`` of ``data/state_act_words.yaml`` (a word to another).

    >>> state_act_values("emergency_verbs")["lifted"]
    'lift'
    """
    return _WORDS.values(key)


def state_act_words(key: str) -> str:
    """A group matching any word of the list ``key`` of ``data/state_act_words.yaml``, longest
    first (a space in it: any run of spaces).

    >>> state_act_words("offensives")
    '(?:incursion|offensive|invasion|attack)'
    """
    words = sorted(_WORDS.words(key), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: A word after a demonym that makes it the acting side (``data/state_act_words.yaml``).
SIDE_AFTER_DEMONYM = re.compile(r"\s+" + state_act_words("side_after_demonym") + r"\b", re.I)


#: A body no state after a country, its possessive or up to two words of its name: "'s
#: Supreme Court", "'s football federation", " national team" (``data/state_act_words.yaml``).
_NON_STATE_BODY = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and|or|with|against|the|a|an|on|in|to|of|by|for)\b)[\w-]+){0,2}?"
    r"\s+" + state_act_words("non_state_bodies") + r"\b",
    re.I,
)
#: A game's word in a sentence (``data/state_act_words.yaml``): a sport's word anywhere, a
#: half of a game with no "of" after it (not "the first half of 2023"), "match" only as a
#: game's noun ("the final match", not "did not match the scale"), "fans" only as a noun (not
#: "fans fears": ``fanned_objects``), "the final" and the like only before its opponent
#: ("the final against Argentina", "the tie against Chile": ``game_opponent_nouns`` and
#: ``game_opponent_nouns_of_any_news``), or between the two opponents (the first's name up to
#: three words) right after an article, a possessive or a name ("the final between Brazil and
#: Germany", "Sunday's World Cup final between ...", not "the blame game between Washington
#: and Beijing"); "the game / match / tie between A and B" only with a score in the sentence
#: (``_SCORE``; review31 finding 24), "the match between ..." too ("the final match between
#: ..." is a game's).
_OPPONENTS = r"\s+between\s+(?:[\w.'’-]+\s+){1,3}and\s"
_BEFORE_A_GAME_NOUN = r"(?:\b(?:the|a)|['’]s)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
_SPORT = re.compile(
    r"\b" + state_act_words("sport_words") + r"\b"
    r"|\b"
    + state_act_words("game_fans")
    + r"\b(?!\s+(?:(?:the|new|fresh|further|renewed)\s+)?"
    + state_act_words("fanned_objects")
    + r"\b)"
    r"|\b" + state_act_words("game_halves") + r"\b(?!\s+of\b)"
    r"|\b(?:"
    + state_act_words("game_opponent_nouns")
    + "|"
    + state_act_words("game_opponent_nouns_of_any_news")
    + r")\s+(?:against|versus|vs\.?)\s"
    r"|"
    + _BEFORE_A_GAME_NOUN
    + state_act_words("game_opponent_nouns")
    + _OPPONENTS
    + r"|\b(?!(?:the|a)\s+"
    + state_act_words("game_nouns")
    + r"\s+between\b)"
    + state_act_words("before_a_game_noun")
    + r"\s+"
    + state_act_words("game_nouns")
    + r"\b(?!\s+(?:for|the)\b)",
    re.I,
)
#: "The game / match / tie between A and B" (``game_opponent_nouns_of_any_news``): a game's
#: only with a score in its sentence (:data:`_SCORE`).
_ANY_NEWS_OPPONENTS = re.compile(
    _BEFORE_A_GAME_NOUN + state_act_words("game_opponent_nouns_of_any_news") + _OPPONENTS,
    re.I,
)
#: A game's score: two numbers of one or two digits joined by a hyphen or a dash ("drew 1-1",
#: "won 3–0"), not a vote's count ("a 5-4 vote") nor a part of a longer number or a date.
_SCORE = re.compile(
    r"(?<![\w.,/–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w,/%–-]|\.\d)"
    r"(?!\s+(?:vote|votes|majority|decision|ruling|verdict)\b)",
    re.I,
)
#: A possessive after a country and what makes the country the acting side: a side's word up
#: to two words after it ("Japan's foreign minister", "Russia's defence ministry"), not a
#: company, a court or people of the country ("Japan's Nissan", "Brazil's miners").
_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_SIDE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:"
    + state_act_words("side_after_demonym")
    + "|"
    + state_act_words("side_after_possessive")
    + r")\b",
    re.I,
)
#: A sentence's end.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def clause_start(text: str, start: int, reach: int) -> int:
    """Where the clause before ``text[start:]`` starts: after the last sentence end, semicolon
    or line break at most ``reach`` characters back, else ``reach`` back.

    >>> clause_start("Talks failed; Peru then recalled its envoy.", 19, 150)
    13
    >>> clause_start("Peru then recalled its envoy.", 10, 4)
    6
    """
    lo = max(0, start - reach)
    stops = [m.end() for m in CLAUSE_STOP.finditer(text, lo, start)]
    return stops[-1] if stops else lo


def is_a_side(text: str, mention: ActorMention, after_demonym: re.Pattern[str]) -> bool:
    """Whether an actor found near a rule's verb is a side: a country, a capital, an
    organization, a person the gazetteer knows (not one taken only for an office before the
    name), a demonym only when ``after_demonym`` matches right after it."""
    if mention.type == "person":
        return mention.form != "office" or mention.country is not None
    return mention.form != "demonym" or after_demonym.match(text, mention.end) is not None


def acts_for_its_state(text: str, mention: ActorMention, bound: int) -> bool:
    """Whether ``mention`` is a side (:func:`is_a_side`) that acts for its state: no body of a
    country right after it before ``bound`` ("Kenya's High Court", "Italy's rugby
    federation"), and a country in the possessive only with a side's word after it.

    >>> text = "Japan's Nissan and Japan's foreign minister"
    >>> [acts_for_its_state(text, m, len(text)) for m in find_actors(text, 0, len(text))]
    [False, True]
    """
    if not is_a_side(text, mention, SIDE_AFTER_DEMONYM):
        return False
    if mention.type == "country" and _POSSESSIVE.match(text, mention.end, bound):
        return _POSSESSIVE_SIDE.match(text, mention.end, bound) is not None
    return _NON_STATE_BODY.match(text, mention.end, bound) is None


def a_state_acts(text: str, start: int, end: int) -> bool:
    """Whether a side (:func:`is_a_side`) is named in the clause before ``text[start:]``, at
    most 150 characters back: the one that imposes, lifts, bans, ends or begins.

    >>> a_state_acts("Norway and Iceland imposed an embargo on the regime.", 19, 26)
    True
    >>> a_state_acts("The Brazilian club lifted the ban on Monday.", 19, 29)
    False
    >>> a_state_acts("Azerbaijani forces mounted a large-scale offensive.", 19, 50)
    True
    >>> a_state_acts("Kenya's High Court imposed a ban on the rally.", 19, 26)
    False
    """
    return _a_side_in(text, clause_start(text, start, _REACH), start, start)


def _a_side_in(text: str, lo: int, hi: int, verb: int) -> bool:
    """Whether a side that acts for its state (:func:`acts_for_its_state`) is named in
    ``text[lo:hi]``, a body after a country read only up to ``verb`` when it comes before."""
    return any(
        acts_for_its_state(text, mention, verb if mention.end <= verb else hi)
        for mention in find_actors(text, lo, hi)
    ) or refers_to_an_organization(text, lo, hi)


#: A legislature or its chamber (``legislatures`` of ``data/state_act_words.yaml``).
_LEGISLATURE = re.compile(r"\b" + state_act_words("legislatures") + r"\b", re.I)


def a_legislature_approves(text: str, start: int, end: int) -> bool:
    """Whether a legislature or its chamber is named in the clause before ``text[start:]``,
    at most 150 characters back: the one whose approval ratifies.

    >>> a_legislature_approves("The Senate approved the agreement on Friday.", 11, 33)
    True
    >>> a_legislature_approves("The ministers approved the agreement on Friday.", 14, 36)
    False
    """
    return _LEGISLATURE.search(text, clause_start(text, start, _REACH), start) is not None


def a_state_attacks(text: str, start: int, end: int) -> bool:
    """:func:`a_state_acts`, and no game's word (an innings, a half, a match) in the sentence:
    an offensive of a war, not of a team named by its country.

    >>> a_state_attacks("Israel began a ground offensive into Lebanon.", 7, 31)
    True
    >>> a_state_attacks("Chile launched an offensive in the second half.", 6, 27)
    False
    """
    if not a_state_acts(text, start, end):
        return False
    return not _a_game_in_its_sentence(text, start, end)


def a_preposed_dated_agreement(text: str, start: int, end: int) -> bool:
    """:func:`a_dated_agreement_of_states` for a match whose date comes before its noun
    ("the 2015 nuclear deal", rule ``agreement-dated-before``): the same checks, read at
    the match's last word, its noun.

    >>> text = "Bolivia lost its coastline to Chile in a 1904 treaty."
    >>> a_preposed_dated_agreement(text, text.index("a 1904"), text.index("."))
    True
    >>> text = "The club broke its 2019 sponsorship agreement with a tyre maker."
    >>> a_preposed_dated_agreement(text, text.index("its"), text.index(" with"))
    False
    >>> text = "Russia defended the 2018 World Cup deal with FIFA."
    >>> a_preposed_dated_agreement(text, text.index("the"), text.index(" with"))
    False
    """
    noun = max(text.rfind(" ", start, end), text.rfind("\n", start, end)) + 1
    if _NAMED_EVENT.search(text, start, noun) or names_a_game(text, start, noun):
        return False  # "the 2018 World Cup deal": the year is the competition's
    return a_dated_agreement_of_states(text, noun, end)


#: An event's or a competition's name between a date and an agreement's noun: "the 2018
#: World Cup deal" (``data/state_act_words.yaml``, ``named_events``).
_NAMED_EVENT = re.compile(r"\b" + state_act_words("named_events") + r"\b", re.I)


#: A business word right before a dated agreement's noun (``data/state_act_words.yaml``).
_BUSINESS_BEFORE = re.compile(r"\b" + state_act_words("business_agreements") + r"\s+$", re.I)


#: Someone's agreement, up to three words before its noun: "its agreement", "their licensing
#: and supply agreement".
_OWNED = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+,?\s+){0,3}$", re.I)
#: A truce's noun opening a dated agreement's match ("armistice of", "truce in").
_TRUCE = re.compile(state_act_words("dated_truces") + r"\b", re.I)
#: A truce as a pattern's group: ``dated_truces`` and the cessation of hostilities. Agreed
#: or reached, it is an agreement of its sides ("Armenia and Azerbaijan agreed to a
#: ceasefire", "the two sides agreed to a cessation of hostilities"; forty-second pass).
TRUCE_NOUNS = rf"(?:{state_act_words('dated_truces')}|cessation\s+of\s+hostilities)"


def a_dated_agreement_of_states(text: str, start: int, end: int) -> bool:
    """Whether the agreement named with its date at ``start:end`` is no business's: no
    business word right before its noun ("the sponsorship agreement of 2019"), no game's
    word in its sentence (review28 finding 11), and, when it is someone's ("its agreement
    of 2019"), a side named in its sentence (:func:`is_a_side`, acting for its state)
    unless it is a truce, which no business makes: not "Siemens ended its agreement of 2019
    with Alstom" (review29's finding; thirtieth pass, kinds), but "the protocol of March
    27, 2017" whoever its sentence names.

    >>> a_dated_agreement_of_states("Both Koreas are bound by the armistice of 1953.", 28, 40)
    True
    >>> text = "The club broke the sponsorship agreement of 2019 with a tyre maker."
    >>> a_dated_agreement_of_states(text, text.index("agreement"), text.index(" 2019"))
    False
    >>> text = "Britain and Albania applied the prisoner transfer agreement of 2021."
    >>> a_dated_agreement_of_states(text, text.index("agreement"), text.index(" 2021"))
    True
    >>> text = "Siemens ended its agreement of 2019 with Alstom."
    >>> a_dated_agreement_of_states(text, text.index("agreement"), text.index(" 2019"))
    False
    """
    if _BUSINESS_BEFORE.search(text, max(0, start - 40), start):
        return False
    if _a_game_in_its_sentence(text, start, end):
        return False
    if _TRUCE.search(text, start, end) or not _OWNED.search(text, max(0, start - 50), start):
        return True
    return _a_side_in(text, *sentence_bounds(text, start, end), start)


#: A business word right before the noun that ends an agreement-ended match ("its merger
#: agreement", "the licensing agreements").
_BUSINESS_ENDED = re.compile(
    r"\b"
    + state_act_words("business_agreements")
    + r"\s+"
    + state_act_words("ended_agreements")
    + r"$",
    re.I,
)


def a_state_ends(text: str, start: int, end: int) -> bool:
    """:func:`a_state_acts`, and no business word right before the agreement's noun: a
    company's merger agreement cancelled is no state's act, wherever the city or country
    of its sentence stands (review29's finding; thirtieth pass, kinds).

    >>> text = "Moscow on Monday withdrew from the arms control treaty."
    >>> a_state_ends(text, text.index("withdrew"), len(text) - 1)
    True
    >>> text = "In Tokyo, the carmaker cancelled its merger agreement with a rival."
    >>> a_state_ends(text, text.index("cancelled"), text.index(" with"))
    False
    """
    if _BUSINESS_ENDED.search(text, start, end):
        return False
    return a_state_acts(text, start, end)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` starts and ends (after its stop).

    >>> sentence_bounds("Talks failed. Peru left. Chile stayed.", 14, 18)
    (13, 24)
    """
    lo = max(0, start - SENTENCE_REACH)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    hi = min(len(text), end + SENTENCE_REACH)
    after = _SENTENCE_END.search(text, end, hi)
    return (stops[-1] if stops else lo, after.end() if after else hi)


def _a_game_in_its_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` has a game's word."""
    return names_a_game(text, *sentence_bounds(text, start, end))


def names_a_game(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a game's word (``sport_words``): a team named by its
    country plays there, it does not act for its state.

    >>> names_a_game("Brazil criticized the referee after the match.", 0, 47)
    True
    >>> names_a_game("Brazil criticized the sanctions on Venezuela.", 0, 45)
    False
    """
    if _SPORT.search(text, start, end) is not None:
        return True
    return (
        _ANY_NEWS_OPPONENTS.search(text, start, end) is not None
        and _SCORE.search(text, start, end) is not None
    )


#: What a measure lifted is on, right after its noun: "sanctions on Mali", "the sanctions
#: imposed on Guinea", "the embargo against Cuba".
_ON_WHOM = re.compile(r"\s+(?:(?:it\s+had\s+|it\s+has\s+)?imposed\s+)?(?:on|against|of)\s+", re.I)


def a_state_lifts(text: str, start: int, end: int) -> bool:
    """:func:`a_state_acts`, the measure on a state (a country, capital or organization right
    after "on" / "against": not "sanctions on Australian wine", a trade's), and no "before",
    "until" or "unless" in the clause before the verb (an act awaited, not done).

    >>> a_state_lifts("ECOWAS lifted the sanctions on Guinea on Sunday.", 7, 27)
    True
    >>> a_state_lifts("It has a way to go before the US lifts its sanctions on Cuba.", 33, 52)
    False
    >>> a_state_lifts("China lifted its sanctions on Australian wine in March.", 6, 26)
    False
    """
    if not a_state_acts(text, start, end):
        return False
    if _AWAITED.search(text, clause_start(text, start, _REACH), start) is not None:
        return False
    on = _ON_WHOM.match(text, end)
    if on is None:
        return False
    named = find_actors(text, on.end(), min(len(text), on.end() + 60))
    return bool(named) and named[0].start == on.end() and named[0].form != "demonym"


#: A business's, a union's or a club's negotiations: its word right before the noun, up to
#: two words before it ("merger talks", "contract negotiations", "wage and pay talks").
_BUSINESS_TALKS = re.compile(
    r"\b"
    + state_act_words("business_talks")
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + state_act_words("negotiation_nouns")
    + r"\b",
    re.I,
)
#: A state's negotiations by their word right before the noun ("peace talks").
_STATE_TALKS = re.compile(
    r"\b" + state_act_words("state_talks") + r"\s+" + state_act_words("negotiation_nouns") + r"\b",
    re.I,
)
#: A day after a closing verb: "the talks concluded on Thursday" (a meeting's last day).
_A_DAY_AFTER = re.compile(
    r"\s+(?:on\b|(?:late\s+|early\s+)?(?:" + "|".join(WEEKDAYS) + r")\b|"
    r"(?:today|yesterday|tonight)\b)",
    re.I,
)
_CLOSING = re.compile(r"\b" + state_act_words("closing_verbs") + r"\b", re.I)
#: A date right after negotiations ended, their own: "in April 2003", "since 2023", "last
#: month", "earlier this year". Without one the match is no event, and it must not take the
#: word "talks" from the meeting rules ("after closed door talks with his counterpart").
_A_DATE_AFTER = re.compile(
    r"\s+(?:(?:in|since|on|by|during|until)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:" + "|".join(MONTHS) + r")\b|(?:1[89]|20)\d\d\b|(?:last|this|earlier|later)\s+\w)",
    re.I,
)


def states_negotiated(text: str, start: int, end: int) -> bool:
    """Whether the negotiations ended at ``start:end`` are states', told with their date right
    after (a month, a year, "last month", "earlier this year"): no business word right
    before the noun ("merger talks collapsed"), no game's word in the sentence, and a side
    named in the sentence (:func:`is_a_side`, no court, club or company of a country) or a
    state's word before the noun ("peace talks"); closed, concluded or completed only with no
    day after (not "the talks concluded on Thursday": a meeting's last day).

    >>> states_negotiated("Talks between Peru and Chile broke down in May 2019.", 29, 39)
    True
    >>> states_negotiated("Merger talks between the two carmakers collapsed in 2019.", 0, 48)
    False
    >>> states_negotiated("The talks with Japan concluded on Thursday in Tokyo.", 4, 30)
    False
    """
    s_start, s_end = sentence_bounds(text, start, end)
    if not _A_DATE_AFTER.match(text, end):
        return False
    if _BUSINESS_TALKS.search(text, s_start, end) or names_a_game(text, s_start, s_end):
        return False
    if _CLOSING.search(text, start, end) and _A_DAY_AFTER.match(text, end):
        return False
    if _STATE_TALKS.search(text, max(s_start, start - 30), end):
        return True
    return _a_side_in(text, s_start, s_end, start)


#: What may stand between the invader and the invasion: "'s", "-led", the modifiers
#: (``invasion_modifiers``), up to three words ("Russia's full-scale invasion", "the US-led
#: invasion", "the Iraqi military invasion").
_INVADER_BEFORE = re.compile(
    r"(?:['’]s|-led)?\s+(?:(?:the\s+)?" + state_act_words("invasion_modifiers") + r"\s+){0,3}",
    re.I,
)
#: What may stand between the invasion and the invaded country: "of", "in", "into", "the".
_INVADED_AFTER = re.compile(r"\s+(?:(?:of|in|into)\s+)?(?:the\s+)?", re.I)
#: The invader told after the invaded country: "by" and perhaps "the".
_INVADER_AFTER = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
#: A name's possessive right before the invasion, perhaps with modifiers between
#: ("Napoleon's invasion", "Hitler's failed invasion"): its invader, a state's only when
#: the name is a side's.
_NAMED_POSSESSOR = re.compile(
    r"\b[A-Z][\w.-]*['’]s\s+(?:(?:the\s+)?" + state_act_words("invasion_modifiers") + r"\s+){0,3}$"
)


#: A word of an invasion (``invasion_words``).
_INVASION_WORD = re.compile(state_act_words("invasion_words"), re.I)


def invader_before(text: str, end: int, trigger: tuple[int, int]) -> bool:
    """Whether the actor ending at ``end`` is the invader named right before the invasion at
    ``trigger`` ("Iran's intervention in Syria", "the Indian intervention in Sri Lanka"): a
    participant even where the words after the trigger name the war's place (review30
    finding 8).

    >>> invader_before("Iran's intervention in Syria in 2015.", 4, (7, 19))
    True
    >>> invader_before("Iran said the intervention in Syria ended.", 4, (14, 26))
    False
    """
    return (
        _INVASION_WORD.fullmatch(text, *trigger) is not None
        and _INVADER_BEFORE.fullmatch(text, end, trigger[0]) is not None
    )


def _no_state_invader(text: str, start: int, after: int) -> bool:
    """Whether the invasion at ``start`` whose invaded country ends at ``after`` is told as
    no state's: "by" after the country and no actor there ("the invasion of Australia by
    cane toads"), or a name's possessive before it that is no actor ("Napoleon's invasion
    of Russia", a historical aside; review30 finding 7)."""
    by = _INVADER_AFTER.match(text, after)
    if by is not None:
        named = find_actors(text, by.end(), min(len(text), by.end() + 60))
        if not named or named[0].start != by.end():
            return True
    lo = max(0, start - 80)
    own = _NAMED_POSSESSOR.search(text[lo:start])
    if own is None:
        return False
    before = find_actors(text, lo + own.start(), start)
    return not any(m.start == lo + own.start() for m in before)


def a_state_invades(text: str, start: int, end: int) -> bool:
    """Whether the invasion at ``start:end`` is a state's war on another: a country named
    right after it ("invasion of Ukraine", "invaded Kuwait", "intervention in Somalia") or
    a side right before it ("Russia's full-scale invasion", "the US-led invasion", "the
    Russian invasion"; "intervention" only with "in" and the country after it), the verb
    ("invaded Kuwait") only with a side as its subject (not "rabbits invaded Australia";
    review30 finding 7), and no game's word in its sentence (thirtieth pass, kinds: not "a
    pitch invasion").

    >>> text = "Russia's invasion of Ukraine in February 2022 changed Europe."
    >>> a_state_invades(text, 9, 17)
    True
    >>> text = "Since the US-led invasion in 2003, the country has voted four times."
    >>> a_state_invades(text, 17, 25)
    True
    >>> text = "Fans staged a pitch invasion after the final in Madrid."
    >>> a_state_invades(text, 20, 28)
    False
    >>> text = "Indonesia, which invaded the former colony in 1975, left in 1999."
    >>> a_state_invades(text, 17, 24)
    True
    >>> text = "The minister's intervention in the debate was brief."
    >>> a_state_invades(text, 15, 27)
    False
    >>> text = "Botanists said the invasion of Chile by a water weed began in 1990."
    >>> a_state_invades(text, 19, 27)
    False
    >>> text = "Hannibal's invasion of Italy in 218 BC was the lecture's theme."
    >>> a_state_invades(text, 11, 19)
    False
    >>> text = "The invasion of Iraq by the United States in March 2003 toppled its ruler."
    >>> a_state_invades(text, 4, 12)
    True
    >>> text = "Rabbits invaded Australia in the 1850s, ecologists said."
    >>> a_state_invades(text, 8, 15)
    False
    >>> text = "Iraq invaded Kuwait in August 1990."
    >>> a_state_invades(text, 5, 12)
    True
    """
    if _a_game_in_its_sentence(text, start, end):
        return False
    after = _INVADED_AFTER.match(text, end)
    word = text[start:end].lower()
    if after is not None and (word != "intervention" or " in " in after.group().lower()):
        named = find_actors(text, after.end(), min(len(text), after.end() + 60))
        if (
            named
            and named[0].start == after.end()
            and named[0].type == "country"
            and named[0].form != "demonym"
            and not _POSSESSIVE.match(text, named[0].end)
        ):
            if word.startswith("invad") and not a_state_acts(text, start, end):
                return False  # the verb's subject no side: "cane toads invaded Australia"
            return not _no_state_invader(text, start, named[0].end)
    if word == "intervention":
        return False
    if word.startswith("invad"):
        return a_state_acts(text, start, end)
    lo = clause_start(text, start, 60)
    before = [m for m in find_actors(text, lo, start) if m.end <= start]
    if not before:
        return False
    last = before[-1]
    if _INVADER_BEFORE.fullmatch(text, last.end, start) is None:
        return False
    if last.form == "demonym":
        return last.type == "country"
    return is_a_side(text, last, SIDE_AFTER_DEMONYM) or last.type == "country"


#: A body that is no state anywhere in a sentence ("the company", "the club", "the league").
_NON_STATE_WORD = re.compile(r"\b" + state_act_words("non_state_bodies") + r"\b", re.I)
#: A business's word right before an agreement's noun: "a merger deal", "a wage agreement".
_BUSINESS_DEAL = re.compile(
    r"\b(?:"
    + state_act_words("business_agreements")
    + "|"
    + state_act_words("business_talks")
    + r")\s+(?:agreement|deal|accord)",
    re.I,
)


def states_agreed(text: str, start: int, end: int) -> bool:
    """Whether the agreement told reached in the passive at ``start:end`` ("an agreement was
    reached", "the deal reached in July") is no business's or game's: no business word
    right before its noun ("a wage deal was reached"), and no game's word and no body that
    is no state (a company, a club, a league: ``non_state_bodies``) in its sentence
    (thirtieth pass, kinds).

    >>> text = "By March, an agreement was reached on funding the new clinics."
    >>> states_agreed(text, 13, 35)
    True
    >>> text = "A deal was reached with the club on Friday for the striker."
    >>> states_agreed(text, 2, 18)
    False
    >>> text = "A wage deal was reached on Monday after the strike."
    >>> states_agreed(text, 7, 23)
    False
    """
    s_start, s_end = sentence_bounds(text, start, end)
    if _BUSINESS_DEAL.search(text, max(s_start, start - 30), end):
        return False
    if _NON_STATE_WORD.search(text, s_start, s_end):
        return False
    return not names_a_game(text, s_start, s_end)


#: What may stand between a sanctioning verb and the state sanctioned: "the" only
#: ("sanctioned the Philippines").
_SANCTIONED_AFTER = re.compile(r"\s+(?:the\s+)?", re.I)


def a_state_sanctions(text: str, start: int, end: int) -> bool:
    """:func:`a_state_acts`, and the state sanctioned named right after the verb (a country,
    not an organization and not a demonym: "Canada sanctioned Belarus", not "sanctioned
    Iranian officials", a person's sanctions, nor "sanctioned NATO").

    >>> a_state_sanctions("The EU sanctioned Iran on Tuesday.", 7, 17)
    True
    >>> a_state_sanctions("The EU sanctioned Iranian officials on Tuesday.", 7, 17)
    False
    >>> a_state_sanctions("The league sanctioned Brazil on Tuesday.", 11, 21)
    False
    >>> a_state_sanctions("The EU sanctioned the Philippines on Tuesday.", 7, 17)
    True
    >>> a_state_sanctions("Russia sanctioned NATO on Tuesday.", 7, 17)
    False
    """
    if not a_state_acts(text, start, end):
        return False
    after = _SANCTIONED_AFTER.match(text, end)
    at = after.end() if after is not None else end
    named = find_actors(text, at, min(len(text), at + 60))
    return (
        bool(named)
        and named[0].start == at
        and named[0].type == "country"
        and named[0].form != "demonym"
        and not _POSSESSIVE.match(text, named[0].end)
    )
