"""The trigger lexicon: which words make an event mention, and of which kind.

Extraction is rule-based and explainable: every candidate event starts at a
*trigger* listed here, a regular expression over the sentence with the
:class:`~timeline.model.EventKind` it signals (the kinds and their example
sentences are :data:`timeline.model.KIND_EXAMPLES`). The table is the
documentation: ``docs/extraction.md`` renders it, and a rule that is not here
(or in :mod:`.kind_other_rules`, the rules of the kind ``other``, which
:data:`TRIGGERS` ends with) does not exist. A rule is a
:class:`~timeline.extract.trigger_rule.Trigger`.

Triggers follow the TimeML notion of an EVENT (TimeML 1.2.1, section 2.3):
verbs ("signed", "arrived in"), nominalizations ("the signing of",
"adoption of") and event nouns ("summit", "telephone conversation"). Nouns
that merely name an institution ("the Turkic Council") are not triggers; a
council or commission becomes an event through "meeting of", "session of" or
"was held", or when an ordinal numbers it as one of its sessions ("the 51st Pacific
Islands Forum": :data:`ORGANIZATION_SESSION`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..corpus.sentences import split_block
from ..gazetteer.officials import office_phrases
from ..model import AgreementType, EventKind
from ..temporal.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from ..temporal.word_lists import word_lists
from .cue_search import Cue
from .kind_other_rules import KIND_OTHER_TRIGGERS
from .trigger_rule import AGREEMENT_NOUNS, Trigger, rule

__all__ = [
    "AGREED_AFTER",
    "AIM_BEFORE",
    "ANAPHORIC",
    "CANCELLED_CUES",
    "GATHERING_ACT",
    "GATHERING_DOCUMENT",
    "HEDGE_CUES",
    "HYPOTHETICAL_CUES",
    "INTENDED_BEFORE",
    "MEETING_NOUN_AFTER",
    "NEGATED_BEFORE",
    "ORGANIZATION_SESSION",
    "PLANNED_CUES",
    "POSTPONED_CUES",
    "TRIGGERS",
    "agreement_type",
]


#: presence's verbs after a leader named ("Rama was in"; "are/were" only after "and")
#: and the adverbs it allows before "in" ("is also in"): written once, the rule's regex
#: and its keywords (``_NEEDS["presence"]``: each verb's last word or adverb, then "in"
#: or "since") both built from them (review23 finding 7).
_PRESENCE_VERBS = ("is", "was", "will be", "had been", "has been")
_PRESENCE_VERBS_AFTER_AND = ("are", "were")
_PRESENCE_ADVERBS = ("also", "now", "currently", "already", "still")


def _alternatives(words: tuple[str, ...]) -> str:
    r"""A regex group of ``words``, their spaces any whitespace.

    >>> _alternatives(("is", "will be"))
    '(?:is|will\\s+be)'
    """
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: Keywords of each rule (see :attr:`Trigger.needs`); tests check every match has one.
_NEEDS: dict[str, tuple[str, ...]] = {
    "entry-into-force": ("force", "effect"),
    "ratification": ("ratif",),
    "decree": ("decree",),
    "adoption": ("adopt", "endorsed", "approved"),
    "agreement-reached": ("reached", "struck", "agreed", "clinched", "sealed"),
    "signing": ("sign", "ink"),
    "summit": ("summit", "heads", "assembly"),
    "call": ("phone", "call with"),
    "visit": (
        "visit",
        "arriv",
        "travel",
        "trip",
        "receiv",
        "welcom",
        "host",
        "land",
        "touched",
        "head",
    ),
    "presence": tuple(
        f" {word} {then} "
        for word in (
            *dict.fromkeys(v.split()[-1] for v in _PRESENCE_VERBS),
            *_PRESENCE_VERBS_AFTER_AND,
            *_PRESENCE_ADVERBS,
        )
        for then in ("in", "since")
    ),
    "delegation": ("delegation",),
    "departure": ("leav", "left", "depart", "head "),
    "forum": ("forum",),
    "exercise": ("exercise", "drill", "manoeuvre", "maneuver"),
    "meeting": (
        "meet",
        "met",
        "talks",
        "negotiations",
        "session",
        "council",
        "retreat",
        "gather",
        "dialogue",
        "courtesy",
    ),
    "founding": ("establish", "found", "set", "creat", "form", "institut", "launch"),
    "conflict": ("conflict", "clash", "crisis", "war", "fighting", "hostilities"),
    "statement": ("initiative", "vision", "concept", "program", "doctrine"),
    "statement-issued": ("statement", "communiqu", "declaration"),
    "statement-told": ("statement", "communiqu", "announc"),
    "statement-dated": ("statement", "communiqu", "declaration", "press release"),
    "statement-body-said": ("said", "announced", "stated"),
    "decision-adopted": ("adopt", "approved", "passed", "impos", "voted"),
}


def _t(
    name: str,
    kind: EventKind,
    regex: str,
    *,
    nominal: bool = False,
    needs_date_after: bool = False,
    example: str = "",
    case: bool = False,
    page_day_unless_after: bool = False,
    accept: Callable[[str, int, int], bool] | None = None,
) -> Trigger:
    return rule(
        name,
        kind,
        regex,
        _NEEDS[name],
        nominal=nominal,
        needs_date_after=needs_date_after,
        example=example,
        case=case,
        page_day_unless_after=page_day_unless_after,
        accept=accept,
    )


_DOC = AGREEMENT_NOUNS
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
#: A planned act told: "will" or "shall" ("would" is no plan: "said that it would not
#: comment", "said the ministry would review it" is reported speech; review24 finding 2).
_PLAN = re.compile(r"\b(?:will|shall)\s", re.IGNORECASE)
#: How far from the saying its sentence is searched for the plan, each side.
_PLAN_REACH = 250


def _tells_a_plan(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the saying at ``start:end`` tells a planned act, before it
    ("Yun will visit Tokyo this weekend, the ministry said") or after it ("announced on
    Saturday that Fidan will travel"), within :data:`_PLAN_REACH` characters. The sentence
    is the reader's (:func:`timeline.corpus.sentences.split_block`: "U.S.", "Mr." end none),
    inside the paragraph.

    >>> text = "Blinken will meet U.S. allies in Tokyo, the State Department said Friday."
    >>> _tells_a_plan(text, text.index("said"), text.index("said") + 4)
    True
    >>> text = "Talks will go on. The ministry said Monday that it would not comment."
    >>> _tells_a_plan(text, text.index("said"), text.index("said") + 4)
    False
    """
    lo = max(text.rfind("\n", 0, start) + 1, start - _PLAN_REACH)
    line_end = text.find("\n", end)
    hi = min(len(text) if line_end < 0 else line_end, end + _PLAN_REACH)
    for first, last in split_block(text, lo, hi):
        if first <= start < last:
            return bool(_PLAN.search(text, first, start) or _PLAN.search(text, end, last))
    return False


_STATEMENT_WORDS = word_lists(
    "statement_words.yaml", {"statement_bodies": "words", "statement_adjectives": "words"}
)
#: Words between "a" and "statement" that keep it an official text ("in an emailed
#: statement", "in a separate statement"; ``data/statement_words.yaml``).
_STATEMENT_ADJECTIVES = (
    "(?:" + "|".join(map(re.escape, _STATEMENT_WORDS.words("statement_adjectives"))) + ")"
)
#: The state bodies whose statement is read without its own day (``data/statement_words.yaml``).
_STATEMENT_BODIES = _STATEMENT_WORDS.words("statement_bodies")
#: The same bodies as a speaker's name ends with them: each of those words, and a ministry
#: named by its portfolio ("the Ministry of Foreign Affairs", "Ministry of Defence": each
#: "minister of / for <portfolio>" of the gazetteer's offices, as a ministry).
_BODY_NAME_ENDS = tuple(
    sorted(
        {
            *_STATEMENT_BODIES,
            *(
                "ministry" + office.removeprefix("minister")
                for office in office_phrases()
                if office.startswith(("minister of ", "minister for "))
            ),
        }
    )
)
#: A state body named within a few words ("from the Somali presidency", "by the Ministry of
#: Foreign Affairs and International Cooperation"), for the statement told before it.
_BODY_AHEAD = (
    r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _STATEMENT_BODIES)
    + r")\b"
)


def _said_after(words: tuple[str, ...], said: str = r"said\s") -> str:
    r"""A group of fixed-width lookbehinds, one a phrase of ``words``, each then ``said``
    (a pattern of fixed width: "said ", or "" for the phrase alone): the speaker is matched
    before the trigger, outside it. Only the phrase is matched (the end of the speaker's
    name, "the foreign ministry", "the White House"), so "the house" or a person is none.

    >>> re.search(_said_after(("white house",)) + "in", "the white house said in") is not None
    True
    >>> re.search(_said_after(("white house",)) + "in", "the old house said in") is None
    True
    >>> re.search(_said_after(("ministry",), "") + "in", "the ministry in") is not None
    True
    """
    phrases = (r"\s".join(map(re.escape, w.split())) for w in words)
    return "(?:" + "|".join(rf"(?<={p}\s{said})" for p in phrases) + ")"


def _after_a_name(longest: int = 24) -> str:
    r"""A group of fixed-width lookbehinds: a capitalised word of up to ``longest``
    characters, a comma or not, then a space, so the match starts after the name
    (the trigger stays "who is in", outside the leader named).

    >>> re.search(_after_a_name() + "who", "Faye, who is") is not None
    True
    >>> re.search(_after_a_name() + "who", "refugees who are") is None
    True
    """
    return (
        "(?:"
        + "|".join(
            rf"(?<=\b[A-Z][\w’'-]{{{n}}}{comma}\s)"
            for n in range(1, longest)
            for comma in ("", ",")
        )
        + ")"
    )


def _after_and(farthest: int = 60) -> str:
    r"""A group of fixed-width lookbehinds: "and " up to ``farthest`` characters before,
    with no comma or stop between, so "<Name> and <Name> are in" reads several named and
    "Americans are in Kabul" none.

    >>> re.search(_after_and() + "Farmajo", "Abiy and President Farmajo are") is not None
    True
    >>> re.search(_after_and() + "Americans", "Abiy and Farmajo. Americans are") is None
    True
    """
    return "(?:" + "|".join(rf"(?<=\band\s[^.!?;:,\n]{{{k}}})" for k in range(farthest)) + ")"


#: The text a gathering adopts or issues: a declaration, a communiqué, a joint or final
#: statement ("The summit ended with an 18-point Declaration"); the candidates' log reads
#: it as an adoption at the gathering the sentence or the story tells
#: (:meth:`timeline.extract.candidate_log.CandidateLog._adoption_at_gathering`).
GATHERING_DOCUMENT = Cue(
    r"\b(?:declarations?|communiqu[eé]s?|(?:joint|final)\s+(?:summit\s+)?statements?)\b", re.I
)
#: A verb that tells the text was adopted or issued (not only quoted).
GATHERING_ACT = Cue(
    r"\b(?:adopt(?:ed|s|ion)?|issued?|agreed|approved|endorsed|released|produced|"
    r"(?:concluded|ended|closed|resulted)\s+(?:with|in))\b",
    re.I,
)

#: The lexicon, in matching order. Overlapping matches are resolved by
#: :func:`timeline.extract.triggers.find_triggers`: the earlier rule wins.
TRIGGERS: tuple[Trigger, ...] = (
    # --- agreements and their lifecycle -----------------------------------
    _t(
        "entry-into-force",
        EventKind.entry_into_force,
        r"\b(?:came|come|comes|coming|entered|enter|enters|entering|went|go|goes|took|take|"
        r"takes)\s+(?:into\s+(?:force|effect)|effect)\b|\bentry\s+into\s+force\b",
        example="The Agreement ... came into effect on November 29, 2024.",
    ),
    _t(
        "ratification",
        EventKind.ratification,
        r"\bratif(?:ied|ies|y|ying|ication)\b",
        example="Uzbekistan ratified the Preferential Trade Agreement on February 22, 2023.",
    ),
    _t(
        "decree",
        EventKind.decree,
        r"\b(?:signed|issued|signs|issues|sign|issue)\s+(?:a|an|the)\s+(?:presidential\s+)?"
        r"decree\b|\bdecree\s+(?:was|were)\s+(?:signed|issued)\b",
        example="In October of this year, Erdoğan signed a decree allowing ...",
    ),
    _t(
        "adoption",
        EventKind.adoption,
        rf"\badoption\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w\"“”'-]+\s+){{0,3}}?{_DOC}\b"
        rf"|\b(?:adopted|endorsed|approved)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\"“”'-]+\s+){{0,3}}?"
        rf"{_DOC}\b|\b{_DOC}\s+(?:was|were|has been|have been)\s+(?:adopted|endorsed|approved)\b",
        example="the adoption of the Regulation on ... on November 20, 2024, in Istanbul",
    ),
    _t(
        "agreement-reached",
        EventKind.adoption,
        r"\b(?:reached|struck|clinched|sealed)\s+(?:an\s+|a\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord)\b"
        rf"|\bagreed\s+(?:today\s+)?(?:on|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,4}}?{_DOC}\b",
        example="Kosovo and Serbia reached an agreement late Saturday on implementing an "
        "EU-backed deal",
    ),
    # A body adopting a text or measures that is no agreement: a resolution, decisions,
    # a plan, a package of sanctions ("The Council adopted the 15th package of restrictive
    # measures", "the EU imposed sanctions on ...", "the Assembly voted to condemn").
    _t(
        "decision-adopted",
        EventKind.adoption,
        r"\b(?:adopted|approved|passed)\s+(?:on\s+\w+\s+)?(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:resolutions?|decisions?|(?:action\s+)?plans?|packages?|"
        r"(?:restrictive\s+)?measures|sanctions|listings|bills?|strateg(?:y|ies))\b"
        r"|\b(?:resolutions?|decisions?|bills?)\s+(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:adopted|approved|passed)\b"
        r"|\bimpos(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|restrictive\s+measures)\b"
        r"|\bvoted\s+(?:[\w-]+\s+){0,2}?(?:to\s+(?:condemn|adopt|approve|demand|suspend)|"
        r"in\s+favou?r\s+of)\b",
        example="The Council then adopted the 15th package of restrictive measures",
    ),
    _t(
        "signing",
        EventKind.signing,
        r"\b(?:signed|inked|signs|inks|sign|ink|signing|co-signed)\b",
        example="Following the negotiations, Tokayev and Erdogan signed a joint statement.",
    ),
    # --- meetings at the top -------------------------------------------------
    _t(
        "summit",
        EventKind.summit,
        r"\bsummits?\b|\b(?:meeting|session)s?\s+of\s+the\s+(?:council\s+of\s+(?:the\s+)?)?"
        r"heads\s+of\s+(?:state|government)\b"
        r"|\b(?:ordinary|extraordinary)\s+sessions?\s+of\s+the\s+assembly\b",
        nominal=True,
        example="the 10th summit of the heads of state of the Organization of Turkic States",
    ),
    _t(
        "call",
        EventKind.call,
        r"\b(?:tele)?phone\s+(?:call|conversation|talks?|conference)s?\b"
        r"|\b(?:by|on)\s+(?:the\s+)?(?:tele)?phone\b|\bover\s+the\s+(?:tele)?phone\b|\bphoned\b"
        r"|\b(?:a|the|their|his|her)\s+(?:phone\s+|video\s+)?call\s+with\b",
        nominal=True,
        example="the presidents of Turkey and Tajikistan held a telephone conversation",
    ),
    _t(
        "visit",
        EventKind.visit,
        r"\bvisit(?:s|ed|ing)?\b"
        r"|\b(?:arrived|arrives|arrive|arriving|arrival)\s+(?:in|to|at)\b"
        r"|\b(?:travel|travels|travelled|traveled|travelling|traveling)\s+to\b"
        r"|\btrip\s+to\b|\b(?:landed|lands|landing|touched\s+down)\s+in\b"
        r"|\b(?:heads|headed|heading)\s+(?:to|for)\b"
        r"|\b(?:received|receives|welcomed|welcomes|hosted|hosts)\s+(?:his|her|their|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:counterpart|president|prime\s+minister|king|emir|crown\s+prince)s?\b",
        nominal=True,
        example="On March 29-30, the Turkish President made a two-day official visit to "
        "Uzbekistan.",
    ),
    # A leader or minister told to be in a country: "Rama was in Montenegro on Monday",
    # "Rabuka is in Vanuatu to attend the summit" (a name before the verb, a place after);
    # several named ("Abiy Ahmed and Farmajo are in Eritrea for talks": "are/were" only
    # after "and"), a relative clause on the leader just named ("Faye, who is in Beijing
    # for the summit": "who" only after a name; review23 finding 1), an adverb ("is
    # also in", "is now in Fiji") and the capital named after its country ("is in the
    # Finnish capital, Helsinki", "is also in the capital Windhoek").
    _t(
        "presence",
        EventKind.visit,
        r"(?:\b(?!(?:It|This|That|There|What|Which|Who|The|He|She|They)\b)[A-Z][\w’'-]+\s+"
        rf"{_alternatives(_PRESENCE_VERBS)}"
        rf"|{_after_a_name()}who\s+{_alternatives(_PRESENCE_VERBS)}"
        rf"|{_after_and()}(?:{_after_a_name()}who|[A-Z][\w’'-]+)\s+"
        rf"{_alternatives(_PRESENCE_VERBS_AFTER_AND)})\s+"
        rf"(?:{_alternatives(_PRESENCE_ADVERBS)}\s+)?(?:since\s+\w+\s+(?:\w+\s+)?)?in\s+"
        r"(?:the\s+(?:[A-Z][\w’'-]+\s+)?capital,?\s+)?(?=[A-Z])",
        example="Albanian Prime Minister Edi Rama was in Montenegro on Monday",
        case=True,
    ),
    # A delegation led abroad: "Mottley has led a delegation from Barbados".
    _t(
        "delegation",
        EventKind.visit,
        r"\b(?:led|leads|leading|lead)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b"
        r"|\bdelegation\s+(?:of\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:was\s+|will\s+be\s+)?led\s+by\b",
        example="Prime Minister Mia Amor Mottley has led a delegation from Barbados.",
    ),
    # A departure for a country or city named with a capital: "the Prime Minister will leave
    # for Turkey", "will leave the country on Saturday December 9 for Djibouti", "they will
    # head to Dar es Salaam". Between the verb and "for" only a place or a time, so that
    # "left the door open for Russia" and "nothing left for Kyiv" are no visits; the
    # trigger is the verb alone (a date between it and "for" stays a date).
    _t(
        "departure",
        EventKind.visit,
        r"(?<!nothing\s)(?<!little\s)(?<!time\s)(?<!much\s)"
        r"\b(?:leaves?|left|leaving|depart(?:s|ed|ing)?)(?=\s+"
        r"(?:(?:the\s+country|home|on|this|next|early|late|today|tomorrow|tonight|morning|"
        r"evening|afternoon|[A-Z][\w’'.-]*|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,6}?for\s+[A-Z])"
        r"|\bhead(?=\s+(?:to|for)\s+[A-Z])",
        example="From Yerevan, the Prime Minister will leave for Tbilisi.",
        case=True,
    ),
    _t(
        "forum",
        EventKind.forum,
        r"\bforums?\b",
        nominal=True,
        example="attending the International Economic Forum in St. Petersburg",
    ),
    _t(
        "exercise",
        EventKind.exercise,
        r"\b(?:military\s+|joint\s+|special[- ]forces?\s+|naval\s+|command[- ]staff\s+)+"
        r"(?:exercises?|drills?|manoeuvres|maneuvers)\b|\bdrills?\b|\bexercises\b",
        nominal=True,
        example="A Turkish Armed Forces joint military exercise with Uzbek troops started on "
        "March 22.",
    ),
    _t(
        "meeting",
        EventKind.meeting,
        r"\b(?:meetings?|met|meets|meet|talks|negotiations|sessions?\s+of)\b"
        r"|\bleaders[’']?\s+retreat\b|\b(?:gathered|gather|gathers)\s+(?:in|at|for)\b"
        r"|\b(?:strategic|ministerial|high[- ]level|2\s?\+\s?2|security|political)\s+dialogue\b"
        r"|\b(?:high|higher)[- ](?:level\s+)?council\b"
        # a leader's or envoy's call on a host: "paid a courtesy call on President Solih"
        r"|\bcourtesy\s+calls?\b",
        nominal=True,
        example="the second meeting of the high-level Uzbek-Turkish Strategic Cooperation Council",
    ),
    _t(
        "founding",
        EventKind.founding,
        r"\b(?:established|founded|set\s+up|created|formed|instituted|launched)(?:\s+back)?\s+"
        r"(?:in|on)\b|\b(?:established|founded|created|launched)\s+(?:at|by|during)\s+"
        r"(?:[\w-]+\s+){1,5}?in(?=\s+(?:1[89]|20)\d\d\b)",
        needs_date_after=True,
        example="the Organization of Turkic States (OTS), established in 2009",
    ),
    _t(
        "conflict",
        EventKind.conflict,
        r"\b(?:conflict|clashes|crisis|war|fighting|hostilities|border\s+clash)\b",
        nominal=True,
        example="In September 2022, ... the conflict between two member states on the "
        "Kyrgyz-Tajik border",
    ),
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
        r"\b(?:released|issued|published)\s+(?:a\s+|an\s+|the\s+|their\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:statements?|communiqu[eé]s?|declarations?)\b"
        r"|\b(?:statements?|communiqu[eé]s?),?\s+(?:was\s+|were\s+)?(?:released|issued)\b"
        r"|\b(?:release|issuance|publication)\s+of\s+(?:the\s+|a\s+|its\s+|their\s+)?"
        r"(?:[\w’'-]+\s+){0,3}?(?:statements?|communiqu[eé]s?|declarations?)\b",
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
    # (twenty-second pass, docs/extraction.md); a person's saying without its own day ("the
    # minister said in a statement") names the source of news and is not read. The day
    # and the speaker are matched around the trigger, outside it. A statement is dated by
    # its own day right after the trigger, else by the page's day, never by the day of
    # what it reports ("said in a joint statement that their presidents met on Monday").
    # A press release is such a text too (the gold rule names it): "in a press release on
    # Wednesday", "in a joint press release", "the foreign ministry said in a press release".
    _t(
        "statement-dated",
        EventKind.statement,
        rf"\bin\s+an?\s+(?:{_STATEMENT_ADJECTIVES}\s+)?"
        r"(?:statement|communiqu[eé]|declaration|press\s+release)\b"
        rf"(?=,?\s+(?:(?:issued|released|published|posted|made|sent)\s+)?{_OWN_DAY})"
        r"|\bin\s+a\s+joint\s+(?:statement|communiqu[eé]|declaration|press\s+release)\b"
        # A state body's, told in any order: "the Ministry of Defence said in a statement",
        # "the Ministry of External Affairs in a statement said", "said the Turkish presidency
        # in an emailed statement", "a statement issued by the Foreign Ministry said"
        # (twenty-fourth pass); not one cited as the source of other news ("according to a
        # statement from the Egyptian Presidency", "citing", "quoting": review24 finding 9).
        rf"|(?=in\s)(?:{_said_after(_BODY_NAME_ENDS)}|{_said_after(_BODY_NAME_ENDS, '')})"
        rf"in\s+an?\s+(?:{_STATEMENT_ADJECTIVES}\s+)?(?:statement|press\s+release)\b"
        r"|(?<!according\sto\s)(?<!citing\s)(?<!quoting\s)"
        rf"\b(?:a|an|the)\s+(?:{_STATEMENT_ADJECTIVES}\s+)?statement\b(?=\s+"
        rf"(?:(?:issued|released|posted|published|sent)\s+)?(?:from|by|of)\s+{_BODY_AHEAD})",
        example="the Argentine presidency said in a statement released on Sunday night",
        page_day_unless_after=True,
    ),
    # A state body's announcement of a planned act, dated by its own day: "Yun will visit
    # Tokyo this weekend, the Foreign Ministry said Wednesday", "The Turkish Foreign Ministry
    # announced on Saturday that Fidan will travel to Tehran" (SOURCES.md: a state body that
    # "said" gives a statement as one that "said in a statement" does; a press release or a
    # spokesperson announcing a trip is a statement). Dated by that day; the plan ("will",
    # "shall" in the saying's sentence) is checked by `_tells_a_plan`. A body's saying
    # about an act done sources the news of that act ("pilots conducted a joint air patrol,
    # the Defence Ministry said on Thursday"), and one without its day is a source: not read.
    _t(
        "statement-body-said",
        EventKind.statement,
        rf"(?=said|announced|stated)(?:{_said_after(_BODY_NAME_ENDS, '')})"
        rf"(?:said|announced|stated)\b(?=,?\s+(?:earlier\s+)?{_OWN_DAY})",
        example="Foreign Minister Yun Byung-se will visit Tokyo this coming weekend, the "
        "Foreign Ministry said Wednesday.",
        page_day_unless_after=True,
        accept=_tells_a_plan,
    ),
    # --- the kind other: offices, memberships, relations between states ... ------
    *KIND_OTHER_TRIGGERS,
)

#: Words that, in the clause before a trigger, make it hypothetical, not an event.
HYPOTHETICAL_CUES = Cue(
    r"\b(?:could|would|might|should|possibility|possible|potential(?:ly)?|hypothetical|"
    r"consider(?:ing|s)?|proposes?|proposed\s+(?:to|that)|suggest(?:ed|s|ing)?|"
    r"if|unless|whether|idea\s+of)\b|\bmay\s+(?!\d)",
)

#: A negation right before the trigger: "did not sign", "failed to meet".
NEGATED_BEFORE = Cue(r"\b(?:did\s+not|didn['’]t|never|no\s+longer|failed\s+to)\s+\w*\s*$", re.I)
#: An intention right before the trigger: "discussed plans to sign a peace treaty",
#: "the desire to sign free trade agreements": what is wanted, not (yet) an act.
INTENDED_BEFORE = Cue(
    r"\b(?:plans?|desire|wish|intention|intends?|readiness|willingness|ready|willing|"
    r"hopes?|aims?|seeks?|wants?)\s+to\s+$",
    re.I,
)
#: The aim of another act, not an act: "an EU-backed deal to normalize relations" (relations
#: are then no event of their own, and, like an intention, never one the scorer keeps).
AIM_BEFORE = Cue(
    r"\b(?:deals?|agreements?|accords?|plan|path|way|efforts?|bid|steps?|moves?|push)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+$",
    re.I,
)
#: An event noun agreed on or proposed, right after it: "A similar meeting was agreed during
#: a telephone conversation ... on May 3", "no meeting had been agreed": an arrangement for
#: a meeting, not a meeting held (TimeML 1.2.1, section 2.3: a modal or intensional
#: context); the date beside it is the agreement's. Matched at the trigger's end.
AGREED_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|already\s+)?"
    r"(?:agreed|proposed)\b",
    re.I,
)
#: Hedges in a sentence: the act is told at second hand ("reportedly met", "according to").
HEDGE_CUES = Cue(
    r"\b(?:reportedly|allegedly|according\s+to|is\s+said\s+to|are\s+said\s+to|rumou?red|"
    r"unconfirmed|sources\s+(?:said|say))\b",
    re.IGNORECASE,
)

#: Cues that the event lies ahead of the publication date (TimeML's future tense and
#: modality, as in "will take place", "is expected", "upcoming", "scheduled").
PLANNED_CUES = Cue(
    r"\b(?:will|shall|is\s+to|are\s+to|were\s+to|was\s+to|to\s+be\s+(?:held|signed|adopted)|"
    r"(?:is|are|was|were)\s+(?:set|scheduled|due|planned|slated|expected|going)\s+to|"
    r"expected|upcoming|forthcoming|scheduled|planned|plans?\s+to|intends?\s+to|"
    r"next|to\s+(?:hold|take\s+place|attend|participate|visit|sign|meet|travel)|"
    r"accepted\s+(?:an|the)\s+invitation|agreed\s+to\s+hold|agreement\s+to\s+hold|invited\s+to|"
    r"likely)\b",
    re.IGNORECASE,
)

#: Cues that the event was put off.
POSTPONED_CUES = Cue(
    r"\b(?:postponed|postpone|delayed|put\s+off|rescheduled|deferred)\b", re.IGNORECASE
)

#: Cues that the event was called off.
CANCELLED_CUES = Cue(r"\b(?:cancell?ed|called\s+off|scrapped)\b", re.IGNORECASE)

#: An organization's session named by the organization with an ordinal: "The Fifty-First
#: (51st) Pacific Islands Forum was held in Suva", "the 75th UN General Assembly, which
#: opens in September". Its pattern is matched right before an organization's name (the
#: gazetteer finds the name); the name is then the trigger, dated only by its own words.
ORGANIZATION_SESSION = Trigger(
    "organization-session",
    EventKind.meeting,
    re.compile(
        r"\b(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth|eleventh|twelfth))\)?\s+$",
        re.IGNORECASE,
    ),
    nominal=True,
    example="The Fifty-First (51st) Pacific Islands Forum was held in Suva, Fiji from 11 – 14 "
    "July 2022",
)
#: A meeting noun right after an organization's name names the session itself, which the
#: noun's own rule finds: "the 50th Pacific Islands Forum Leaders Meeting".
MEETING_NOUN_AFTER = re.compile(
    r"\s+(?:\([^()]{1,12}\)\s+)?(?:leaders[’']?\s+|foreign\s+ministers[’']?\s+)?"
    r"(?:summits?|meetings?|sessions?|retreat|conference)\b",
    re.IGNORECASE,
)

#: A definite event noun that refers back to an event already told, and the kinds
#: it may refer to: "During the visit", "Following the negotiations", "the two-day
#: visit", "on the sidelines of the summit", "Within the scope of the commission meeting".
ANAPHORIC = Cue(
    r"\b(?:the|this|that|his|her|their|its|(?:Mr\.?|Mrs\.?|Ms\.?|President)\s+[\w’'-]+[’']s)"
    r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>visit|trip|summit|talks|negotiations|meetings?|"
    r"conversation|call|session|forum)\b",
    re.IGNORECASE,
)

_AGREEMENT_TYPES: tuple[tuple[re.Pattern[str], AgreementType], ...] = (
    (re.compile(r"memorand|\bmou\b", re.IGNORECASE), AgreementType.memorandum),
    (re.compile(r"protocol", re.IGNORECASE), AgreementType.protocol),
    (re.compile(r"joint statement", re.IGNORECASE), AgreementType.joint_statement),
    (re.compile(r"declaration", re.IGNORECASE), AgreementType.declaration),
    (re.compile(r"regulation", re.IGNORECASE), AgreementType.regulation),
    (re.compile(r"treaty|convention|charter", re.IGNORECASE), AgreementType.treaty),
    (re.compile(r"agreement|accord|deal|contract", re.IGNORECASE), AgreementType.agreement),
)


def agreement_type(noun: str) -> AgreementType | None:
    """The :class:`AgreementType` a document noun names, or ``None`` ("documents")."""
    for pattern, kind in _AGREEMENT_TYPES:
        if pattern.search(noun):
            return kind
    return None
