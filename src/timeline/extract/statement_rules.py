"""The trigger rules of statements: an initiative presented, a statement issued, told by
its saying, dated by its own day or given by a state body, a state body's announcement of
a planned act (docs/extraction.md, "How an event is found"; SOURCES.md, "Gold rule:
statements told by their saying"); all of the kind ``statement``. Their word lists are in
``data/statement_words.yaml``.

In :data:`timeline.extract.lexicon.TRIGGERS` they come after the gatherings and before the
rules of the kind ``other``, in this order (earlier rules win overlaps).

>>> [t.name for t in STATEMENT_TRIGGERS][:3]
['statement', 'statement-issued', 'statement-told']
"""

from __future__ import annotations

import re

from ..model import EventKind
from ..temporal.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINALS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
)
from .sayings import (
    BODY_BEFORE,
    BODY_REACH,
    BODY_SAID_BEFORE,
    STATEMENT_BODIES,
    STATEMENT_WORDS,
    a_known_actors_spokesperson,
    a_known_announcer,
    a_sayer_said_before,
    a_state_says,
    tells_a_plan,
    the_headline_tells_it,
)
from .trigger_rule import Trigger, rules_from

__all__ = ["BESIDE_AN_ACT", "STATEMENT_TEXTS", "STATEMENT_TRIGGERS", "statement_texts"]

#: The texts a statement is issued as (``data/statement_words.yaml``, ``statement_texts``).
STATEMENT_TEXTS = STATEMENT_WORDS.words("statement_texts")


def statement_texts(*, plural: bool = False) -> str:
    """A group matching any text of ``statement_texts`` (only its plurals with ``plural``:
    an entry with its "s" off listed too), longest first, a space any run of spaces.

    >>> re.findall(statement_texts(plural=True), "a statement, then readouts and press  releases")
    ['readouts', 'press  releases']
    """
    texts = [
        t for t in STATEMENT_TEXTS if not plural or (t.endswith("s") and t[:-1] in STATEMENT_TEXTS)
    ]
    texts.sort(key=lambda t: (-len(t), t))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in texts) + ")"


_TEXTS = statement_texts()

#: Keywords of each rule (see :attr:`Trigger.needs`); tests check every match has one.
_NEEDS: dict[str, tuple[str, ...]] = {
    "statement": ("initiative", "vision", "concept", "program", "doctrine"),
    # each text's first word, less those another holds ("statement" holds "statements")
    "statement-issued": tuple(
        dict.fromkeys(
            t.split()[0]
            for t in STATEMENT_TEXTS
            if not any(o != t and o in t for o in STATEMENT_TEXTS)
        )
    ),
    "statement-told": ("statement", "communiqu", "announc"),
    "statement-dated": ("statement", "communiqu", "declaration", "press release"),
    "statement-body-said": ("said", "announced", "stated", "confirmed"),
    "statement-press-conference": ("joint",),
    "statement-press-conference-at": ("joint", "statement", "remarks"),
    "statement-state-said": (
        *dict.fromkeys(
            verb[:5]
            for verb in (
                *STATEMENT_WORDS.words("state_saying_verbs"),
                *STATEMENT_WORDS.words("quoted_saying_verbs"),
            )
        ),
        "expressed",
        "voiced",
        "call",
    ),
}


_t = rules_from(_NEEDS)


#: The day words a statement's own date opens with, from the tagger's reviewed lists
#: (data/temporal_words.yaml): weekdays, month names and their abbreviations.
_STATEMENT_DAYS = "|".join(WEEKDAYS)
_FULL_MONTHS = "|".join(MONTHS)
_STATEMENT_MONTHS = "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
#: A statement's own day right after it: "late on Sunday", "yesterday", "on 5 May", "May 5".
_OWN_DAY = (
    r"(?:(?:late|early)\s+)?(?:on\s+|last\s+|this\s+)?(?:(?:late|early)\s+)?"
    rf"(?:(?:{_STATEMENT_DAYS}|today|yesterday|tonight|dated)\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_STATEMENT_MONTHS})\b"
    rf"|(?:{_FULL_MONTHS})\s+\d)"
)
#: Words between "a" and "statement" that keep it an official text ("in an emailed
#: statement", "in a separate statement"; ``data/statement_words.yaml``).
_STATEMENT_ADJECTIVES = (
    "(?:" + "|".join(map(re.escape, STATEMENT_WORDS.words("statement_adjectives"))) + ")"
)
#: A state body named within a few words ("from the Somali presidency", "by the Ministry of
#: Foreign Affairs and International Cooperation"), for the statement told before it.
_BODY_AHEAD = (
    r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in STATEMENT_BODIES)
    + r")\b"
)


#: An announcement ("Ghani announced on Tuesday he will visit Islamabad", "the President
#: of Mexico announced on Friday that Biden and Trudeau will visit"): a plan announced with
#: its own day is the news, where "said" is mostly a source (twenty-sixth pass), when the
#: announcer is known (:func:`a_known_announcer`: not "Apple", "The Chinese team").
_ANNOUNCED = re.compile(r"announced", re.IGNORECASE)
#: A confirmation with its own day by a known sayer ("Chinese Foreign Ministry Spokesperson
#: Geng Shuang confirmed on Tuesday that ...", "Bolivia's Deputy Communications Minister
#: Gabriela Alcón confirmed Tuesday"): the state's word on the news, a statement whether or
#: not it tells a plan (sixty-ninth pass: on the fifty-nine 4 of the 5 such sentences hold a
#: gold statement, against a dated "said" at 0.24). A state named as the sayer ("The Chilean
#: government confirmed this Wednesday") stays ``statement-state-said``'s, whose trigger holds
#: its sayer.
_CONFIRMED = re.compile(r"confirmed", re.IGNORECASE)
#: ``statement-dated``'s forms that need no body before them: a statement, communiqué,
#: declaration or press release dated by its own day right after it, or a joint one.
_DATED_OR_JOINT = (
    rf"\bin\s+an?\s+(?:{_STATEMENT_ADJECTIVES}\s+)?"
    r"(?:statement|communiqu[eé]|declaration|press\s+release)\b"
    rf"(?=,?\s+(?:(?:issued|released|published|posted|made|sent)\s+)?{_OWN_DAY})"
    r"|\bin\s+a\s+joint\s+(?:statement|communiqu[eé]|declaration|press\s+release)\b"
)
_DATED_OR_JOINT_AT = re.compile(_DATED_OR_JOINT, re.IGNORECASE)
_IN = re.compile(r"in\s", re.IGNORECASE)


def _dated_or_a_bodys(text: str, start: int, end: int) -> bool:
    """Whether a match of ``statement-dated`` at ``start:end`` is one: "in a statement" that
    is neither dated nor joint (:data:`_DATED_OR_JOINT`) only right after a state body's
    name (:data:`BODY_SAID_BEFORE`); the other forms ("a statement from the presidency")
    need nothing before them.

    >>> text = "the Ministry of Defence said in a statement"
    >>> _dated_or_a_bodys(text, text.index("in a"), len(text))
    True
    >>> text = "the minister said in a statement"
    >>> _dated_or_a_bodys(text, text.index("in a"), len(text))
    False
    >>> text = "the minister said in a statement on Sunday"
    >>> _dated_or_a_bodys(text, text.index("in a"), text.index(" on"))
    True
    """
    if _IN.match(text, start) is None or _DATED_OR_JOINT_AT.match(text, start) is not None:
        return True
    return BODY_SAID_BEFORE.search(
        text, max(0, start - BODY_REACH), start
    ) is not None or a_sayer_said_before(text, start)


#: The saying's own day told before it, right before the verb: "Joly, Minister of Foreign
#: Affairs, today announced" (press-release and wire copy put it there as often as after).
#: Only "today": the statement is dated by the page's day (``page_day_unless_after`` reads a
#: day after the trigger, not before it), right for "today" alone; "Baker on Tuesday
#: announced" would be dated by a page of another day (twenty-seventh pass).
_DAYS_BEFORE = r"(?<=\btoday\s)"
#: The same day ending right before the saying: where its sayer ends.
_DAY_BEFORE = re.compile(r"\btoday\s+\Z", re.IGNORECASE)
#: A date soon after the saying ("today announced a visit on June 3", "today announced that
#: he will visit Moscow next week"): the statement, dated by a date right after it
#: (``page_day_unless_after``), would take the act's.
_DATE_SOON_AFTER = re.compile(
    rf"[^.]{{0,30}}?\b(?:{_STATEMENT_DAYS}|{_FULL_MONTHS}|today|tomorrow|tonight|yesterday"
    r"|next|last|this|coming|later|earlier|\d)",
    re.IGNORECASE,
)


#: A gathering the saying is told at or after, soon after its verb and day ("said on Friday
#: after talks with", "said during a meeting with", "said at the summit"): its remarks.
_AT_A_GATHERING_AFTER = re.compile(
    r"[^.;]{0,25}?\b(?:after|during|following|at)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit|conference|negotiations)\b",
    re.IGNORECASE,
)


def _a_body_tells_a_plan(text: str, start: int, end: int) -> bool:
    """Whether the saying at ``start:end`` tells a planned act (:func:`tells_a_plan`) and
    is a state body's saying, its name right before it (:data:`BODY_BEFORE`), a known
    actor's announcement (an actor's name right before "announced") or the saying of
    a state body's or known actor's spokesperson (:func:`a_known_actors_spokesperson`).
    The sayer is read before the saying's own day when the day stands before the verb
    (:data:`_DAY_BEFORE`: "Joly ... today announced"), and then no date may follow
    soon after it (:data:`_DATE_SOON_AFTER`). Or a saying ("said", "stated" with its own
    day after it) that tells no plan is the news the headline carries
    (:func:`.sayings.the_headline_tells_it`: "Boric says ..." over "Chilean President
    Gabriel Boric said on Monday that ..."; twenty-ninth pass).

    >>> text = "Yun will visit Tokyo, the Foreign Ministry said Wednesday."
    >>> _a_body_tells_a_plan(text, text.index("said"), text.index("said") + 4)
    True
    >>> text = "Yun will visit Tokyo, Foreign Ministry spokesman Lim Soo-suk said Wednesday."
    >>> _a_body_tells_a_plan(text, text.index("said"), text.index("said") + 4)
    True
    >>> text = "Yun will visit Tokyo, the minister said Wednesday."
    >>> _a_body_tells_a_plan(text, text.index("said"), text.index("said") + 4)
    False
    >>> text = "Ghani announced on Tuesday he will visit Islamabad on June 27."
    >>> _a_body_tells_a_plan(text, text.index("announced"), text.index(" on"))
    True
    >>> text = "Apple announced on Tuesday it will open a store in India."
    >>> _a_body_tells_a_plan(text, text.index("announced"), text.index(" on"))
    False
    >>> text = "Ghani today announced that he would visit Islamabad."
    >>> _a_body_tells_a_plan(text, text.index("announced"), text.index(" that"))
    True
    """
    announced = _ANNOUNCED.fullmatch(text, start, end) is not None
    confirmed = _CONFIRMED.fullmatch(text, start, end) is not None
    day = _DAY_BEFORE.search(text, max(0, start - 20), start)
    sayer = start
    if day is not None:
        if _DATE_SOON_AFTER.match(text, end) is not None:
            return False
        sayer = day.start()
    told = (
        BODY_BEFORE.search(text, max(0, sayer - BODY_REACH), sayer) is not None
        or ((announced or confirmed) and a_known_announcer(text, sayer))
        or a_known_actors_spokesperson(text, sayer)
    )
    if confirmed:  # a state named as the sayer is `statement-state-said`'s
        return told and not a_state_says(text, start - 1, end)
    plan = tells_a_plan(text, start, end, announced=announced)
    # the headline's saying may refuse an act ("will not recognize Israel"): a stance, no
    # plan, where a plan told is the news of that act; not one told at or after a gathering,
    # whose remarks it is ("said on Friday after talks with ...": the talks are the event;
    # seventy-third pass)
    return (told and plan) or (
        not (announced or day)
        and not (plan and tells_a_plan(text, start, end, refusals=False))
        and _AT_A_GATHERING_AFTER.match(text, end) is None
        and the_headline_tells_it(text, start)
    )


#: The words after "called X a/an" that name a time, not what the act is called: the
#: tagger's time units and their plurals, ordinals and vague quantities ("a week after", "a
#: day before", "a second time", "a third time", "a few days"), and "time" itself; not
#: "final" or "last", which name acts ("called the deal a final offer").
_NOT_A_NAME = (
    r"(?i:"
    + "|".join(
        map(
            re.escape,
            sorted(
                {*UNITS, *UNIT_PLURALS, *VAGUE_QUANTITIES, "time"}
                | {o for o in ORDINALS if o not in ("final", "last")}
            ),
        )
    )
    + r")"
)


#: A state's saying of its own position (``state_saying_verbs``), or its concern, support,
#: regret ... "expressed" or "voiced" (``state_saying_objects``), after "has / have" and an
#: adverb or two (``saying_adverbs``: "also strongly condemned") or not. The match opens
#: with the space before (" has said", " criticized"), so that the trigger lies in its
#: sayer's clause (a verb of saying opens a clause break: :func:`.clauses.clause_bounds`)
#: and the sayer takes part.
#: The saying's own day written between the state and its verb, as wire copy writes it
#: ("Japan on Monday criticized ...", "Iran on Tuesday condemned ...", "Peru late Sunday
#: rejected ..."): inside the trigger, so that the state stays the subject right before it
#: (:func:`.sayings.a_state_says`) and the day dates the saying (thirty-second pass).
_DAY_BEFORE_SAYING = rf"(?:\s+{_OWN_DAY}\d*(?=\s))?"
_STATE_SAYING = (
    r"\s(?:(?:has|have)\s+)?(?:(?:"
    + "|".join(map(re.escape, STATEMENT_WORDS.words("saying_adverbs")))
    + r")\s+){0,2}(?:"
    + "|".join(map(re.escape, STATEMENT_WORDS.words("state_saying_verbs")))
    + r"|(?:expressed|voiced)\s+(?:(?:its|their|deep|grave|serious|strong|full)\s+){0,2}(?:"
    + "|".join(map(re.escape, STATEMENT_WORDS.words("state_saying_objects")))
    + r")"
    # what a state "called" an act of another, the act named and then what it is called (a
    # noun or a quote): "Peru called the expulsion a violation", 'calls the vote "a farce"';
    # not "called for talks", "called on Iran", "called off the visit", nor a time after
    # "a" (:data:`_NOT_A_NAME`): "called the meeting a week after", "called the ambassador
    # a second time" convene or summon
    + r"|call(?:ed|s)(?=\s+(?:the|its|their|this|that|these|those)\s+(?:[\w’'-]+\s+){0,3}?"
    + r"[\w’'-]+\s+(?:an?\s+(?!"
    + _NOT_A_NAME
    + r"\b)|[\"“]))"
    # a verb that tells a position only with the state's own words quoted after it, before
    # its sentence ends (``quoted_saying_verbs``: 'the German government described the
    # exercise as "regrettable"'); bounded, the quote within 80 characters, and not a
    # name quoted after an article ('claimed that the leaders would sign a "100-year
    # partnership" agreement')
    + r"|(?:"
    + "|".join(map(re.escape, STATEMENT_WORDS.words("quoted_saying_verbs")))
    + r")(?=\b[^.!?\n\"“]{0,80}(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)[\"“])"
    + r")\b"
)


#: The rules whose statement tells a state's position beside the act its sentence may tell
#: ("Niger and Mali announced their withdrawal from the bloc"), or the sides' remarks at a
#: joint press conference beside their talks ("At a joint news conference on Saturday,
#: Rouhani hailed ..."): a sentence with no other rule's candidate stays the event
#: detector's to read (:meth:`.detector_proposals.DetectorProposals._detected`).
BESIDE_AN_ACT = frozenset({"statement-state-said", "statement-press-conference-at"})


#: The rules of statements, in matching order.
STATEMENT_TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "statement",
        EventKind.statement,
        r"\b(?:presented|unveiled|launched|put\s+forward)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
        r"[\"“]?[\w\"“”' -]{0,60}?\b(?:initiative|vision|concept|programme|program|doctrine)\b",
        example='In December 2023, Erdoğan presented the "Vision of the Turkic World" initiative',
    ),
    _t(
        "statement-issued",
        EventKind.statement,
        r"\b(?:released|issued|published|made)\s+(?:a\s+|an\s+|the\s+|their\s+|its\s+)?"
        rf"(?:[\w-]+\s+){{0,4}}?{_TEXTS}\b"
        rf"|\b{_TEXTS},?\s+(?:was\s+|were\s+)?(?:released|issued)\b"
        r"|\b(?:release|issuance|publication)\s+of\s+(?:the\s+|a\s+|its\s+|their\s+)?"
        rf"(?:[\w’'-]+\s+){{0,3}}?{_TEXTS}\b",
        example="According to a joint statement released by the delegation",
    ),
    # A statement told by its saying: "Joint Statement by the Foreign Ministers of ...",
    # "reads the statement of", "announced plans on August 11 to end hostilities" ("said in
    # a statement" names the source of news, not an act: not read). Not "announced its
    # decision to ..." (the act decided is the event) nor "the Joint Statement of ..." (a
    # document's title, signed or adopted): on the fifty-one sets they made only false
    # statements (twenty-third pass).
    _t(
        "statement-told",
        EventKind.statement,
        r"\bjoint\s+statements?\s+by\b"
        r"|\breads?\s+(?:the|a)\s+(?:joint\s+)?statement\s+(?:of|by)\b"
        r"|\bannounc(?:ed|es|ing)\s+(?:on\s+\w+\s+)?(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
        r"(?:[\w\"“”-]+\s+){0,3}?(?:plans?|transition|roadmap)\b"
        r"|\bannounced\s+in\s+an?\s+(?:joint\s+)?(?:statement|communiqu[eé])\b",
        example="Joint Statement by the Foreign Ministers of Estonia, Latvia, Lithuania and "
        "Germany",
    ),
    # A statement the text dates, that several sides give or that a state body issues:
    # "said in a statement on Sunday", "in a statement issued late Wednesday", "In a
    # statement yesterday", "In a joint statement, the seven condemned", "the foreign
    # ministry said in a statement". The gold lists such statements more often than not
    # (twenty-second pass, docs/history/extraction-log.md); a person's saying without its own day
    # ("the
    # minister said in a statement") names the source of news and is not read. The day
    # and the speaker are matched around the trigger, outside it. A statement is dated by
    # its own day right after the trigger, else by the page's day, never by the day of
    # what it reports ("said in a joint statement that their presidents met on Monday").
    # A press release is such a text too (the gold rule names it): "in a press release on
    # Wednesday", "in a joint press release", "the foreign ministry said in a press release".
    _t(
        "statement-dated",
        EventKind.statement,
        rf"{_DATED_OR_JOINT}"
        # A state body's, told in any order: "the Ministry of Defence said in a statement",
        # "the Ministry of External Affairs in a statement said", "said the Turkish presidency
        # in an emailed statement", "a statement issued by the Foreign Ministry said"
        # (twenty-fourth pass); not one cited as the source of other news ("according to a
        # statement from the Egyptian Presidency", "citing", "quoting": review24 finding 9).
        # The body before "in" is :func:`_dated_or_a_bodys`'s to find.
        rf"|\bin\s+an?\s+(?:{_STATEMENT_ADJECTIVES}\s+)?(?:statement|press\s+release)\b"
        r"|\b(?=[at])(?<!according\sto\s)(?<!citing\s)(?<!quoting\s)"
        rf"(?:a|an|the)\s+(?:{_STATEMENT_ADJECTIVES}\s+)?statement\b(?=\s+"
        rf"(?:(?:issued|released|posted|published|sent)\s+)?(?:from|by|of)\s+{_BODY_AHEAD})",
        example="the Argentine presidency said in a statement released on Sunday night",
        page_day_unless_after=True,
        accept=_dated_or_a_bodys,
    ),
    # A state body's announcement of a planned act, dated by its own day: "Yun will visit
    # Tokyo this weekend, the Foreign Ministry said Wednesday", "The Turkish Foreign Ministry
    # announced on Saturday that Fidan will travel to Tehran" (SOURCES.md: a state body that
    # "said" gives a statement as one that "said in a statement" does; a press release or a
    # spokesperson announcing a trip is a statement: "Foreign Ministry spokesperson Lu Kang
    # announced Thursday", twenty-sixth pass). Dated by that day; the plan ("will",
    # "shall" in the saying's sentence) and the body, a known actor's announcement or the
    # spokesperson of either before the saying are checked by `_a_body_tells_a_plan` (a
    # company's, club's, party's, police or rebels' are not: review26 finding 1). A known
    # sayer's dated saying that tells no plan is read when the headline carries it ("Boric
    # says ..." over "Chilean President Gabriel Boric said on Monday that ..."; SOURCES.md: a
    # saying the text dates that is the headline's news; twenty-ninth pass). A body's saying
    # about an act done sources the news of that act ("pilots conducted a joint air patrol,
    # the Defence Ministry said on Thursday"), and one without its day is a source: not read.
    _t(
        "statement-body-said",
        EventKind.statement,
        rf"(?:said|announced|stated|confirmed)\b(?=,?\s+(?:earlier\s+)?{_OWN_DAY})"
        rf"|(?=[sac]){_DAYS_BEFORE}(?:said|announced|stated|confirmed)\b",
        example="Foreign Minister Yun Byung-se will visit Tokyo this coming weekend, the "
        "Foreign Ministry said Wednesday.",
        page_day_unless_after=True,
        accept=_a_body_tells_a_plan,
    ),
    # A joint press conference the sides hold, give or address: "the two Ministers held a
    # joint press conference", "The three leaders will hold a joint news conference",
    # "Addressing a joint press conference, Sharif and Mirziyoyev reaffirmed". The gold
    # lists it as the sides' statement 16 times of 24 from test-l on (twenty-seventh pass);
    # remarks made "at" or "during" one are not read (the press conference is then the
    # setting of a quote: 26 of 81). Dated as an act is, by its sentence or its story.
    _t(
        "statement-press-conference",
        EventKind.statement,
        r"\b(?:held|hold|holds|holding|gave|give|gives|giving|address(?:ed|es|ing)?)\s+"
        r"(?:a\s+|the\s+)?joint\s+(?:press|news)\s+(?:conference|statement|briefing)s?\b",
        example="Following the meeting, the two Ministers held a joint press conference.",
    ),
    # Remarks made at, during or in a joint press or news conference or briefing: the
    # sides' statement (SOURCES.md lists them from test-l on: "At a joint news conference on
    # Saturday, Rouhani hailed ...", "Maduro said at a joint press conference following the
    # talks"; sixty-seventh pass, against the twenty-seventh's reading of them as a quote's
    # setting). Beside an act (:data:`BESIDE_AN_ACT`): the sentence's meeting stays the
    # detector's to read. Dated as an act is, by its sentence or its story.
    _t(
        "statement-press-conference-at",
        EventKind.statement,
        r"\b(?:at|during|in)\s+(?:a|the)\s+joint\s+(?:press|news)\s+(?:conference|briefing|statement)\b"
        r"|\b(?:at|during|in)\s+(?:a|the|their)\s+(?:joint\s+)?(?:statements?|remarks)\s+(?:to|for)\s+"
        r"(?:the\s+)?(?:press|media|journalists|reporters)\b"
        # statements with no article, dated by their own day right after them ("In
        # statements to the press on November 14, the president of Brazil ...";
        # seventy-third pass): not "In statements to the media Varela said: ..."
        r"|\b(?:at|during|in)\s+statements\s+(?:to|for)\s+(?:the\s+)?"
        rf"(?:press|media|journalists|reporters)\b(?=,?\s+{_OWN_DAY})"
        r"|\b(?:made|make|makes|making|gave|give|gives|giving)\s+(?:(?:a|their|joint|brief)\s+){0,2}"
        r"statements?\s+(?:to|for)\s+(?:the\s+)?(?:press|media|journalists|reporters)\b",
        example="At a joint news conference on Saturday, Rouhani hailed the two states' stance.",
    ),
    # A state's own position told by its saying, the state named as the sayer: "Israel
    # criticized the invitation", "The United States has said that ...", "the Argentine
    # government highlighted ...", "Russian authorities have threatened ...", "Egypt voiced
    # support for the ban" (SOURCES.md, "Gold rule: statements told by their saying": a state
    # named as the sayer gives a state body's statement, dated by its own day else the
    # page's; twenty-eighth pass). The sayer and the saying's place in its sentence are
    # :func:`a_state_says`'s to check.
    _t(
        "statement-state-said",
        EventKind.statement,
        _DAY_BEFORE_SAYING + _STATE_SAYING,
        example="Israel criticized the invitation extended to the delegation.",
        page_day_unless_after=True,
        accept=a_state_says,
    ),
)
