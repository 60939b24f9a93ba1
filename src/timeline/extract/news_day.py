"""The day of the article's news, and of a saying that writes no day of its own.

The news of the day is the one day the lede writes, else the publication day
(:func:`the_news_day`); a sentence that tells the news again ("The accord came after
talks between ...") dates the gathering it came at with it (:func:`the_news_again`), and
so does a saying told at its occasion ("Xi said during his talks with ...":
:func:`told_as_a_sayings_occasion`), and a sentence that opens on the gathering its acts
were done at, the lede's sides its own ("During their meeting in Tokyo, Abe and his
Estonian counterpart ...": :func:`opens_on_the_news_occasion`). An undated act of the
news is no later than the day its sentence says it was told (:func:`told_before_the_page`).
A state's saying with no day of its own is the page's, or its story's or news's day by its
tense (:func:`undated_saying_date`).
"""

from __future__ import annotations

import re

from ..gazetteer import find_actors
from ..model import EventDate, EventKind, Precision
from ..temporal.lexicon import alternation
from .acting_sides import SIDE_AFTER_DEMONYM, is_a_side
from .counterpart_words import REPORTING_VERBS
from .counterpart_words import WORDS as COUNTERPART_WORDS
from .dated_spans import DatedSpan
from .discourse import PUBLICATION_DAY, Discourse, distance
from .gathering_rules import ANAPHOR_WORDS
from .lexicon import PLANNED_CUES
from .sayings import STATEMENT_WORDS
from .trigger_rule import Trigger
from .usable_dates import usable_timexes

__all__ = [
    "BACKGROUND_AFTER_DAYS",
    "opens_on_the_news_occasion",
    "the_news_again",
    "the_news_counts_from",
    "the_news_day",
    "told_as_a_sayings_occasion",
    "told_before_the_page",
    "undated_saying_date",
]

# A date of a saying's sentence that ended more than this many days before the page's
# day tells background ("In 1998, ..."); a day of the past week is the saying's own.
BACKGROUND_AFTER_DAYS = 7

#: A saying told at its occasion, right before the occasion's noun: a verb of reporting or
#: of reported speech (``reporting_verbs``, ``reported_speech_verbs`` of
#: data/counterpart_words.yaml) or a word of ``occasion_sayings`` (data/statement_words.yaml),
#: then, with no comma between, "during", "at", "while" or "in" and up to two words ("Xi said
#: during his talks with ...", "made the remarks while meeting with his counterpart", "Wang
#: was speaking at a meeting with Lavrov").
_SAYING_WORDS = (
    *REPORTING_VERBS,
    *COUNTERPART_WORDS.words("reported_speech_verbs"),
    *STATEMENT_WORDS.words("occasion_sayings"),
)
_SAID_AT = re.compile(
    rf"\b(?:{alternation(_SAYING_WORDS)})\b"
    r"[^.,;:\"“”]{0,60}?\b(?:during|at|while|in)\s+(?:(?:his|her|their|a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)


def told_as_a_sayings_occasion(text: str, start: int, at: int) -> bool:
    """Whether the gathering or contact whose noun opens at ``at`` is told as the occasion of
    a saying before it in ``text[start:at]`` (:data:`_SAID_AT`), in the saying's clause: not
    after a comma ("said Matsanga, one of the rebels involved in the negotiations": the
    sayer's description, not the saying's occasion).

    >>> text = "Xi said during his talks with the President of the DRC"
    >>> told_as_a_sayings_occasion(text, 0, text.index("talks"))
    True
    >>> text = "said Matsanga, one of the rebels involved in the negotiations"
    >>> told_as_a_sayings_occasion(text, 0, text.index("negotiations"))
    False
    """
    return _SAID_AT.search(text, max(start, at - 90), at) is not None


#: A sentence that tells the news again, from its start to a gathering's trigger: a
#: definite noun for the news and its verb ("The accord came", "The pact was quietly
#: signed"), then the gathering told as the news's occasion right before the trigger
#: ("during a two-day", "after", "on the sidelines of the"). Matched whole, from the
#: sentence's start to the trigger (``fullmatch``), so the verb may take one or two words
#: ("was unveiled", "was formally unveiled"). Not after an offset: neither after a word
#: the verb cannot take ("came three days after") nor after an offset word among the
#: verb's ("was unveiled hours after", "was signed days after": another day).
_OFFSET_WORD = (
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|moments|shortly|soon|long|well|just)\b"
)
_THE_NEWS_AGAIN = re.compile(
    r"(?:the|this|that)\s+(?:[\w-]+\s+)?(?:announcement|deal|agreement|accord|decision|"
    r"declaration|pact|treaty|resolution|ceasefire|truce)s?\s+"
    rf"(?:(?:was|were|has\s+been|had\s+been)\s+(?:(?!{_OFFSET_WORD})\w+\s+){{1,2}}|came\s+|comes\s+)"
    r"(?:during|at|after|following|on\s+the\s+sidelines\s+of)\s+"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[^\s,;]+\s+){0,7}",
    re.I,
)

#: A place told right before a name: "in Lima" is where the gathering was, not a side.
_IN_BEFORE = re.compile(r"\bin\s+$")

#: A saying in the simple present, third person ("Japan denies", "Bolivia says", "Peru
#: rejects"): a verb ending in -s, not "has", "was", "is" or "does".
_PRESENT_SAYING = re.compile(r"\s*(?!(?:has|was|is|does)\b)[a-z]+[^s\W]s\b")

#: A saying in the simple past ("objected", "voiced", "said", "criticized"), not the
#: present perfect ("has said") nor the pluperfect ("had said").
_PAST_SAYING = re.compile(r"\s*(?:said|[a-z]+ed)\b")

#: Kinds a sentence telling the news again dates as the news: a gathering or contact.
_NEWS_OCCASIONS = frozenset(
    {EventKind.meeting, EventKind.summit, EventKind.forum, EventKind.visit, EventKind.call}
)


def undated_saying_date(
    discourse: Discourse, trig: Trigger, trigger: tuple[int, int], s_start: int
) -> tuple[EventDate, str, set[str]] | None:
    """The date of a saying that writes no day of its own (a rule's
    ``page_day_unless_after``): the page's day, not the news'; a reaction told in the past
    after the lede takes the day of its paragraph's story when that is background, else the
    one day of the news its lede writes. None without a page's day."""
    text = discourse.text
    ts, te = trigger
    if discourse.dateline is None:
        return None
    # "Japan denies the charges", "Bolivia says ..." after the lede: the present
    # tense tells the saying of the page's day itself, not news of the day before
    # (:func:`.coreference.told_the_day_before` moves only the news of the day);
    # the lede's present is the headline's ("Sri Lanka says it is withdrawing from
    # the truce", the announcement of the day before)
    now = s_start != discourse.lede_start and _PRESENT_SAYING.match(text, ts, te) is not None
    if (
        trig.name == "statement-state-said"
        and s_start != discourse.lede_start
        and _PAST_SAYING.match(text, ts, te) is not None
    ):
        # a reaction in a paragraph whose story is at a day of the past ("On November
        # 30, 2004, Cuba released four dissidents. ... Cuba said ..."): that day
        story = discourse._story_day()
        if (
            story is not None
            and (discourse.dateline.start - story.end).days > BACKGROUND_AFTER_DAYS
        ):
            return story, "", set()
        # "The United States objected ...", "Egypt voiced support ..." after a lede
        # that writes the one day of its news: the reaction told with the news
        day = the_news_day(discourse)
        if (
            day is not None
            and day[1] != PUBLICATION_DAY
            and day[0].end <= discourse.dateline.end  # not a planned act's day
        ):
            return day
    return discourse.dateline, "" if now else PUBLICATION_DAY, set()


def the_news_again(discourse: Discourse, kind: EventKind, s_start: int, ts: int) -> bool:
    """Whether the sentence opens by telling the article's news again ("The accord
    came", "The pact was quietly signed") and the trigger, a gathering or contact, is
    told as its occasion right after ("during a summit", "after talks between"), with
    no offset ("three days after": :data:`_THE_NEWS_AGAIN`), and the lede tells a
    diplomatic act (:func:`_sides_of_the_news`)."""
    if kind not in _NEWS_OCCASIONS or s_start == discourse.lede_start or discourse.lede_start < 0:
        return False
    if _THE_NEWS_AGAIN.fullmatch(discourse.text, s_start, ts) is None:
        return False
    return _sides_of_the_news(discourse.text, (discourse.lede_start, discourse.lede_end))


#: A sentence that opens on a gathering, up to the comma that closes the phrase: "During
#: their meeting in Tokyo, ...", "At a meeting in the Oval Office, ...", "In a meeting held
#: at the South Korean presidential office, ...", "During bilateral talks followed by
#: expanded ones at Basman Palace, ...". A preposition of the occasion, an article or a
#: possessive or none (not "the": "During the meeting, ..." tells again a gathering the
#: article told, which the antecedents read), up to three lower-case words, then a noun of
#: ``anaphor_kinds`` (data/anaphor_words.yaml); none of ``other_time_modifiers`` before it
#: ("At their last meeting, ...": another time than the story's), nor a preposition ("In his
#: speech after meeting with Widodo": a speech's occasion). Not a quote ("“During our
#: bilateral meeting, we discussed ...": the speaker's words, of the speaker's day).
_NOT_A_MODIFIER = alternation(
    (
        *ANAPHOR_WORDS.words("other_time_modifiers"),
        *("the", "this", "that", "these", "those", "our", "my", "your"),
        *("after", "before", "with", "of", "to", "for", "on", "at", "in", "by", "from"),
    )
)
_OPENS_ON_A_GATHERING = re.compile(
    r"\s*(?:during|at|in|following|after)\s+(?:(?:their|his|her|a|an)\s+)?"
    rf"(?-i:(?!(?:{_NOT_A_MODIFIER})\b)(?:[a-z0-9][\w-]*\s+(?!(?:{_NOT_A_MODIFIER})\b)){{0,3}}?)"
    r"(?P<noun>" + "|".join(map(re.escape, ANAPHOR_WORDS.values("anaphor_kinds"))) + r")\b"
    r"[^,;.:()\"“”]{0,100},",
    re.IGNORECASE,
)


#: How far after the opening phrase its main clause's verb is looked for a plan: the
#: subject and the verb ("Prime Minister Shinzo Abe and his Estonian counterpart Juri Ratas
#: also stressed").
_MAIN_VERB_REACH = 80


def opens_on_the_news_occasion(
    discourse: Discourse, kind: EventKind, sentence: tuple[int, int], trigger: tuple[int, int]
) -> bool:
    """Whether the trigger, a gathering's noun, opens a sentence after the lede as the
    occasion of its acts (:data:`_OPENS_ON_A_GATHERING`: "During their meeting in Tokyo,
    Prime Minister Shinzo Abe and his Estonian counterpart Juri Ratas also stressed ...",
    "At a meeting in the Oval Office, Biden and Lula expressed solidarity"), in a sentence
    that plans nothing (:data:`.lexicon.PLANNED_CUES`), and the sides the sentence names
    are the lede's, which tells a diplomatic act of two sides at least
    (:func:`_sides_of_the_news`): the body goes on telling the lede's news at its occasion,
    whose day is the news's (:func:`the_news_day`; seventy-fourth pass). The caller reads
    it for an undated sentence whose gathering no antecedent, anaphor or frame dated.

    >>> from types import SimpleNamespace
    >>> lede = "Japan and Estonia agreed Monday to deepen cooperation."
    >>> body = " During their meeting in Tokyo, Abe and his Estonian counterpart also spoke."
    >>> text = lede + body
    >>> def read(text: str) -> SimpleNamespace:
    ...     return SimpleNamespace(
    ...         text=text, lede_start=0, lede_end=len(lede), timexes_in=lambda span: []
    ...     )
    >>> def opens(text: str) -> bool:
    ...     at = text.index("meeting")
    ...     return opens_on_the_news_occasion(
    ...         read(text), EventKind.meeting, (len(lede), len(text)), (at, at + 7)
    ...     )
    >>> opens(text)
    True
    >>> text = lede + " At their last meeting, the two sides agreed on visas."
    >>> opens(text)
    False
    """
    s_start, s_end = sentence
    if kind not in _NEWS_OCCASIONS or discourse.lede_start < 0 or s_start < discourse.lede_end:
        return False
    text = discourse.text
    opening = _OPENS_ON_A_GATHERING.match(text, s_start, s_end)
    if opening is None or not opening.start("noun") <= trigger[0] < opening.end("noun"):
        return False
    phrase = (s_start, opening.end())
    if usable_timexes(text, discourse.timexes_in(phrase), *phrase):
        return False  # "During a summit between Sisi and the Omani Sultan on Sunday, ..."
    # a plan in the phrase or in the main clause's first words ("At the meeting, the two
    # leaders will sign ..."), not in a clause it reports ("confirmed that Japan will ...")
    main = text.find(" that ", opening.end(), s_end)
    reach = min(s_end, opening.end() + _MAIN_VERB_REACH, main if main >= 0 else s_end)
    if PLANNED_CUES.search(text, s_start, reach) is not None:
        return False
    lede = _sides_in(text, discourse.lede_start, discourse.lede_end)
    return len(lede) >= 2 and _sides_in(text, s_start, s_end) <= lede


#: A sentence that opens by telling the news again and counts the time since an earlier act,
#: from its start to the count: a subject of one to five words and "comes" or "came",
#: perhaps an adverb, then the count's words ("The meeting comes just a week after",
#: "The move came three days after", "It comes only three days after"). Matched whole, from
#: the sentence's start to the phrase after "after" or "before" (``fullmatch``).
_THE_NEWS_COUNTS = re.compile(
    r"(?:[\w’'-]+\s+){1,5}?(?:comes|came)\s+"
    r"(?:(?:just|only|barely|nearly|almost|exactly|some|about|less\s+than|more\s+than)\s+)?"
    r"(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?)\s+(?:after|before)\s+",
    re.I,
)


def the_news_counts_from(discourse: Discourse, s_start: int, phrase_start: int, ts: int) -> bool:
    """Whether the sentence opens by telling the news again and counting the time since or
    until the act its phrase at ``phrase_start`` tells with its trigger at ``ts``
    (:data:`_THE_NEWS_COUNTS`: "The meeting comes just a week after the Bulgarian prime
    minister visited Skopje"): that act is counted from the news's day
    (:func:`the_news_day`), not dated by the page. Not an act an anniversary counts ("three
    days before the three-year anniversary of the coup": the coup is years older).

    >>> from types import SimpleNamespace
    >>> text = "The meeting comes just a week after the Bulgarian prime minister visited Skopje."
    >>> read = SimpleNamespace(text=text, lede_start=0)
    >>> the_news_counts_from(read, 0, text.index("the Bulgarian"), text.index("visited"))
    True
    >>> text = "Putin, who arrived three days after the summit, met Xi."
    >>> read = SimpleNamespace(text=text, lede_start=0)
    >>> the_news_counts_from(read, 0, text.index("the summit"), text.index("summit"))
    False
    """
    if discourse.lede_start < 0 or "anniversar" in discourse.text[phrase_start:ts].lower():
        return False
    return _THE_NEWS_COUNTS.fullmatch(discourse.text, s_start, phrase_start) is not None


def the_news_day(discourse: Discourse) -> tuple[EventDate, str, set[str]] | None:
    """The day of the article's news: the one day its lede writes, else, for an undated
    lede, the publication day (:data:`.discourse.PUBLICATION_DAY`)."""
    if discourse.dateline is None or discourse.lede_start < 0:
        return None
    lede = (discourse.lede_start, discourse.lede_end)
    dated = usable_timexes(discourse.text, discourse.timexes_in(lede), *lede)
    if not dated:
        return discourse.dateline, PUBLICATION_DAY, set()
    days = {d.date.value: d for d in dated}
    if len(days) != 1:
        return None
    (day,) = days.values()
    if day.date.precision is not Precision.day:
        return None
    return day.date, discourse.text[day.start : day.end], set()


def told_before_the_page(discourse: Discourse, trigger: tuple[int, int]) -> DatedSpan | None:
    """The sentence's day of the telling nearest the trigger ("said on Wednesday",
    "announced Tuesday": :func:`.usable_dates.report_days`) when it falls before the
    publication day: an undated act of the news is no later than its telling."""
    if discourse.dateline is None:
        return None
    earlier = [r for r in discourse._reported if r.date.end < discourse.dateline.start]
    if not earlier:
        return None
    return min(earlier, key=lambda r: distance(r, trigger))


def _sides_of_the_news(text: str, lede: tuple[int, int]) -> bool:
    """Whether the lede tells a diplomatic act: it names two states or organizations as
    sides (:func:`.acting_sides.is_a_side`: a country, an organization, a person who acts
    for a state, a demonym only before a side's word; not a city after "in"). A club's or
    a company's deal names no two states as sides in its lede ("Inter Milan signed an
    Argentine winger"), an organization's act on a state does ("ECOWAS lifted its
    sanctions on Guinea").

    >>> def told(lede: str) -> bool:
    ...     return _sides_of_the_news(lede, (0, len(lede)))
    >>> told("Peru and Chile agreed to open a border post.")
    True
    >>> told("The African Union lifted its sanctions on Gabon.")
    True
    >>> told("Inter Milan signed an Argentine winger in Rome.")
    False
    >>> told("Siemens and Alstom agreed to merge their train businesses.")
    False
    """
    return len(_sides_in(text, *lede)) >= 2


def _sides_in(text: str, start: int, end: int) -> set[str]:
    """The states and organizations named as sides in ``text[start:end]``: the country a
    person acts for, a country or organization named, not a city after "in"."""
    sides: set[str] = set()
    for m in find_actors(text, start, end):
        if not is_a_side(text, m, SIDE_AFTER_DEMONYM) or (
            m.form == "capital" and _IN_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            continue
        side = m.country if m.type == "person" else m.id
        if side:
            sides.add(side)
    return sides
