"""The trigger lexicon: which words make an event mention, and of which kind.

Extraction is rule-based and explainable: every candidate event starts at a
*trigger* listed here, a regular expression over the sentence with the
:class:`~timeline.model.EventKind` it signals (the kinds and their example
sentences are :data:`timeline.model.KIND_EXAMPLES`). The table is the
documentation: ``docs/extraction.md`` renders it, and a rule that is not here
does not exist.

Triggers follow the TimeML notion of an EVENT (TimeML 1.2.1, section 2.3):
verbs ("signed", "arrived in"), nominalizations ("the signing of",
"adoption of") and event nouns ("summit", "telephone conversation"). Nouns
that merely name an institution ("the Turkic Council") are not triggers; a
council or commission becomes an event through "meeting of", "session of" or
"was held", or when an ordinal numbers it as one of its sessions ("the 51st Pacific
Islands Forum": :data:`ORGANIZATION_SESSION`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import AgreementType, EventKind
from ..temporal.word_lists import word_lists
from .cue_search import Cue

__all__ = [
    "AGREED_AFTER",
    "AGREEMENT_NOUNS",
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
    "Trigger",
    "agreement_type",
]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One rule of the lexicon.

    ``name`` identifies the rule in tests and docs; ``pattern`` is matched
    case-insensitively unless ``case`` is set; ``nominal`` marks event nouns,
    which may refer back to an event already told ("the visit") and then add
    no new event; ``needs_date_after`` demands that a date follow the trigger
    closely ("established in 2009"), for words that are events only then.
    """

    name: str
    kind: EventKind
    pattern: re.Pattern[str]
    nominal: bool = False
    needs_date_after: bool = False
    example: str = ""
    #: Lower-case substrings one of which every match contains: a document
    #: without any of them cannot match, so the rule is not run over it.
    needs: tuple[str, ...] = ()

    @property
    def folded(self) -> re.Pattern[str] | None:
        """The pattern without IGNORECASE, for text already lower-cased; None when case matters.

        Python's ``re`` is about twice as fast case-sensitive, and extraction
        scans every document with every rule: see :func:`fold`.
        """
        if not self.pattern.flags & re.IGNORECASE:
            return None
        return _folded(self.pattern.pattern, self.pattern.flags & ~re.IGNORECASE)


@functools.cache
def _folded(regex: str, flags: int) -> re.Pattern[str]:
    return re.compile(regex, flags)


def fold(text: str) -> str | None:
    """``text`` lower-cased character for character (same offsets), or None if impossible.

    Lower-casing never shortens a character but can lengthen one (Turkish
    ``İ`` becomes ``i̇``); ``İ`` is folded to ``i`` first, and any other
    lengthening makes this return None so callers scan case-insensitively.
    """
    low = text.replace("\u0130", "I").lower()
    return low if len(low) == len(text) else None


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
    "presence": (" is in ", " was in ", " be in ", " been in ", " is since ", " was since "),
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
    ),
    "founding": ("establish", "found", "set", "creat", "form", "institut", "launch"),
    "conflict": ("conflict", "clash", "crisis", "war", "fighting", "hostilities"),
    "statement": ("initiative", "vision", "concept", "program", "doctrine"),
    "statement-issued": ("statement", "communiqu", "declaration"),
    "statement-told": ("statement", "communiqu", "announc"),
    "decision-adopted": ("adopt", "approved", "passed", "impos", "voted"),
    "agreed-to-establish": ("agreed",),
    "election-to-chair": ("elect", "appointed"),
    "election-held": ("election",),
    "elected": ("elect",),
    "chairmanship": ("chair", "presidency", "gavel", "leadership", "baton"),
    "diplomatic-relations": ("ties", "relations"),
    "handover": ("hand", "pass", "over from", "over as", "succeed"),
    "deployment": ("deploy", "mandate"),
    "embassies": ("embass", "ambassador"),
    "suspension": ("suspen", "expelled"),
    "independence": ("independence",),
    "accession": ("acce", "member", "candidate"),
    "joined": ("join",),
    "coup": ("coup", "power", "self-proclaimed"),
    "exchange-of-notes": ("notes",),
    "took-office": (
        "office",
        "sworn",
        "inaugurat",
        "over",
        "charge",
        "proclaimed",
        "power",
        "government",
        "election",
    ),
    "expulsion": ("expel", "persona", "summon", "leave"),
    "admission": ("admi", "member"),
    "opening": ("open", "inaugural"),
    "partnership": ("partnership",),
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
) -> Trigger:
    flags = 0 if case else re.IGNORECASE
    return Trigger(
        name, kind, re.compile(regex, flags), nominal, needs_date_after, example, _NEEDS[name]
    )


#: Documents that are signed, adopted, ratified or come into force.
AGREEMENT_NOUNS = (
    r"(?:agreements?|memorand(?:um|a)(?: of understanding)?|mou|protocols?|joint statements?|"
    r"joint declarations?|declarations?|treat(?:y|ies)|accords?|deals?|documents?|"
    r"roadmaps?|road maps?|regulations?|conventions?|charters?|contracts?|papers)"
)

_DOC = AGREEMENT_NOUNS

#: The reviewed word lists of the kind-other rules (``data/kind_other_words.yaml``).
_KIND_OTHER_WORDS = word_lists(
    "kind_other_words.yaml",
    {"opened_structures": "words", "not_before_the_object": "words", "readmitted_people": "words"},
)


def _alternation(key: str) -> str:
    """A group matching any word of the list ``key`` (a space in it: any run of spaces)."""
    words = _KIND_OTHER_WORDS.words(key)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: A word that may stand between a verb and its object: none of the words that show the
#: noun after them is not the object ("opened fire across the border", "raised concerns
#: about the partnership").
_BEFORE_OBJECT = rf"(?!{_alternation('not_before_the_object')}\b)[\w’'-]+\s+"

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
    # "Rabuka is in Vanuatu to attend the summit" (a name before the verb, a place after).
    _t(
        "presence",
        EventKind.visit,
        r"\b(?!(?:It|This|That|There|What|Which|Who|The|He|She|They)\b)[A-Z][\w’'-]+\s+"
        r"(?:is|was|will\s+be|had\s+been|has\s+been)\s+(?:since\s+\w+\s+(?:\w+\s+)?)?in\s+(?=[A-Z])",
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
        r"|\b(?:high|higher)[- ](?:level\s+)?council\b",
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
    # a statement" names the source of news, not an act: not read).
    _t(
        "statement-told",
        EventKind.statement,
        r"\bjoint\s+statements?\s+(?:by|of|from)\b"
        r"|\breads?\s+(?:the|a)\s+(?:joint\s+)?statement\s+(?:of|by)\b"
        r"|\bannounc(?:ed|es|ing)\s+(?:on\s+\w+\s+)?(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
        r"(?:[\w\"“”-]+\s+){0,3}?(?:plans?|transition|decision|roadmap)\b"
        r"|\bannounced\s+in\s+an?\s+(?:joint\s+)?(?:statement|communiqu[eé])\b",
        example="Joint Statement by the Foreign Ministers of Estonia, Latvia, Lithuania and "
        "Germany",
    ),
    _t(
        "agreed-to-establish",
        EventKind.other,
        r"\bagreed\s+to\s+(?:establish|create|set\s+up|launch|form)\b",
        example="Azerbaijan, Kazakhstan and Georgia agreed to establish a joint venture",
    ),
    # --- offices, relations between states, changes of power --------------------
    _t(
        "election-to-chair",
        EventKind.other,
        r"\b(?:(?:re-?)?elect(?:ed|s|ing)?|elections?\s+of)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+|first\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:chair(?:person|man|woman)?|president|secretary[- ]general|"
        r"head|speaker)\b"
        r"|\belect(?:ed|s)\s+(?:[\w’'-]+,?\s+){1,8}?as\s+(?:an?\s+)?(?:(?:non-)?permanent\s+)?"
        r"members?\b"
        r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\belected\s+on\b"
        # "the reelection of Louise Mushikiwabo ... as secretary general", "elected Peru to
        # preside over", "has been appointed the chair of", "Summit elected His Excellency
        # ..., President of the Republic of Zimbabwe, the Chairperson of SADC".
        r"|\bre-?elections?\s+of\b|\belect(?:ed|s)\s+(?:[\w’'.-]+\s+){1,3}?to\s+preside\b"
        r"|\bappointed\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?chair(?:man|woman|person)?\s+of\b"
        r"|\belect(?:ed|s)\s+(?:[\w’'.-]+,?\s+){1,14}?(?:as\s+)?the\s+(?:new\s+)?"
        r"chair(?:man|woman|person)?\b",
        example="Alpha Conde has been elected the new chairperson of the African Union",
    ),
    _t(
        "elected",
        EventKind.other,
        r"\b(?:was|were|has\s+been|have\s+been)\s+elected\b",
        example="his successor, Egypt's Abdel Fattah el-Sisi, was elected during the summit",
    ),
    # Elections held in a country: "the April general election", "elections on May 28".
    _t(
        "election-held",
        EventKind.other,
        r"\b(?:general|presidential|parliamentary|legislative|regional|municipal|local|snap|"
        r"early|national|federal|runoff|run-off)\s+(?:and\s+[\w-]+\s+)?elections?\b"
        r"|\belections?,?\s+(?:was\s+|were\s+)?held\b|\belections?\s+(?:in|on)\b",
        example="regional and municipal elections on May 28",
    ),
    _t(
        "chairmanship",
        EventKind.other,
        r"\b(?:assum(?:ed|es|e|ing)|t(?:ook|akes?|aking)\s+over|hand(?:ed|s|ing)?\s+(?:over|off)|"
        r"turn(?:ed|s|ing)?\s+over|receiv(?:ed|es|e|ing)|pass(?:ed|es|ing)?(?:\s+on)?|"
        r"transferr(?:ed|ing)|(?:transfer|handover|hand-over|transition)\s+of|"
        r"(?<!other\s)hand|ced(?:ed|es|e|ing)|"
        r"transfers?(?:\s+(?:this|next|on)\s+\w+)?)\s+(?:the\s+|its\s+)?"
        r"(?:[\w’'()-]+\s+){0,4}?(?:co-)?(?:chairmanship|chairship|chair|presidency)\b"
        # A chair's term begun or ended: "the conclusion of the Russian Chairmanship", "the
        # end of the Estonian presidency of the Baltic cooperation"; a presidency only of a
        # body ("of the ...") or rotating, not a state's ("the end of the Trump presidency").
        r"|\b(?:beginning|start|conclusion|end)\s+of\s+(?:the\s+|its\s+)?"
        r"(?:[\w’'()-]+\s+){0,4}?(?:(?:co-)?(?:chairmanship|chairship|chair)\b|"
        r"(?:rotating|pro[\s-]+tempore)\s+presidency\b|presidency(?=\s+of\s+the\b))"
        r"|\bt(?:ook|akes?|aking)\s+over\s+as\s+(?:the\s+)?(?:new\s+)?chair(?:man|woman|person)?\b"
        # "took over the rotating leadership of ECCAS", "assuming political leadership of
        # the Arctic Council", "hand the gavel over to Russia", "whose presidency will be
        # taken over by Czechia", "the incoming Chairperson".
        r"|\b(?:assum(?:ed|es|e|ing)|t(?:ook|akes?|aking)\s+over)\s+(?:the\s+)?"
        r"(?:rotating|political)\s+leadership\s+of\b"
        r"|\bhand(?:ed|s|ing)?\s+(?:over\s+)?the\s+gavel\b"
        r"|\b(?:chairmanship|presidency|chair)\s+(?:will\s+be|was|is|has\s+been)\s+taken\s+over\b"
        r"|\bincoming\s+chair(?:man|woman|person|-in-office)?\b"
        # "the new Commonwealth Chair-in-Office", "Outgoing Pacific Islands Forum Chair",
        # "the Hungarian V4 presidency, which began on July 1", "the presidency will be
        # transferred from Uzbekistan to Kazakhstan", "pass the baton to his counterpart".
        r"|\bchair-in-office\b|\boutgoing\s+(?:[\w’'()-]+\s+){0,4}?chair(?:man|woman|person)?\b"
        r"|\b(?:presidency|chairmanship),?\s+which\s+(?:will\s+)?beg(?:an|ins?)\b"
        r"|\b(?:chairmanship|presidency|chair)\s+(?:will\s+be|was|is|has\s+been)\s+"
        r"(?:transferred|handed\s+over|passed)\b|\bpass(?:ed|es|ing)?\s+the\s+baton\b",
        example="upon receiving the CELAC pro tempore presidency",
    ),
    _t(
        "diplomatic-relations",
        EventKind.other,
        r"\b(?:restor(?:e|ed|es|ing)|resum(?:e|ed|es|ing)|re-?establish(?:ed|es|ing)?|"
        r"establish(?:ed|es|ing)?|normali[sz](?:e|ed|es|ing)|sever(?:ed|s|ing)?|cut|"
        r"br(?:oke|eak|eaking)\s+off)\s+(?:full\s+|all\s+|formal\s+|their\s+)?"
        r"(?:diplomatic\s+)?(?:ties|relations)\b"
        r"|\b(?=[nrs])(?<!\banniversary\sof\sthe\s)(?<!\bpath\sof\s)(?<!\bprocess\sof\s)"
        r"(?:restoration|renewal|resumption|re-?establishment|normali[sz]ation|severance|"
        r"severing|rupture)\s+of\s+(?:full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b"
        r"|\b(?:ties|relations)\s+(?:were\s+|was\s+)?(?:normali[sz]ed|restored|resumed|severed)\b"
        # "since the establishment of diplomatic ties in 1990" (an anniversary's stays out,
        # above), "since diplomatic ties were established in 1961", "forged diplomatic
        # relations in 1961".
        r"|(?<!\banniversary\sof\sthe\s)(?<!\banniversary\sof\s)\bestablishment\s+of\s+"
        r"diplomatic\s+(?:ties|relations)\b(?=\s+(?:in|on)\s+\d)"
        r"|\bdiplomatic\s+(?:ties|relations)\s+(?:were|was)\s+established\b"
        r"|\bforg(?:ed|e|es|ing)\s+diplomatic\s+(?:ties|relations)\b",
        example="Bahrain announced in April that it would restore diplomatic ties with Qatar",
    ),
    _t(
        "embassies",
        EventKind.other,
        r"\b(?:re-?open(?:ed|s|ing)?|resum(?:e|ed|es|ing)\s+work\s+at)\s+(?:their\s+|its\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?embass(?:y|ies)\b|\breappoint(?:ed|s|ing)?\s+ambassadors?\b",
        example="the two embassies reopened",
    ),
    _t(
        "suspension",
        EventKind.other,
        r"\bsuspend(?:ed|s|ing)?\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?(?:membership|from)\b"
        # "decided to suspend, with immediate effect, the participation of the Republic of
        # Sudan", "suspend cooperation with Russia", "whose AL membership was suspended in
        # 2011", "uphold the suspension of the Republic of Guinea", "Syria was expelled from
        # the 22-member Arab League".
        r"|\bsuspend(?:ed|s|ing)?,?\s+(?:[\w’'-]+,?\s+){0,5}?(?:participation|cooperation)\b"
        r"|\bmembership\s+(?:was|were|has\s+been|had\s+been)\s+suspended\b"
        r"|\bsuspension\s+of\s+(?:the\s+)?(?:republic|membership|participation)\b"
        r"|\b(?:was|were|been)\s+expelled\s+from\b",
        example="ECOWAS on Thursday suspended Guinea's membership of the West African bloc",
    ),
    _t(
        "independence",
        EventKind.other,
        r"\bdeclar(?:ed|es|ing)\s+(?:its\s+|their\s+)?independence\b",
        example="since Kosovo declared independence in 2008",
    ),
    _t(
        "accession",
        EventKind.other,
        r"\baccession\s+of\b|\bacceded\s+to\b"
        r"|\bbec(?:ame|omes|oming)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:full\s+)?member\s+"
        r"(?:state\s+)?of\b|\bappl(?:ied|ies|y)\s+for\s+(?:[\w-]+\s+)?membership\b"
        # "Belize became a full member in 2000", "granted candidate status to Georgia",
        # "officially became candidates for European Union membership", "decided to open
        # accession negotiations with Ukraine".
        r"|\bbec(?:ame|omes|oming)\s+(?:a\s+)?full\s+member\b(?=\s+in\s+\d)"
        r"|\bcandidate\s+status\b|\bcandidates?\s+for\s+(?:[\w-]+\s+){0,3}?membership\b"
        r"|\b(?:open(?:ed|s|ing)?|start(?:ed|s|ing)?|launch(?:ed|es|ing)?)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+)?accession(?=\s+(?:negotiations|talks)\b)",
        example="Timor-Leste became the 11th member of the Association of Southeast Asian Nations",
    ),
    _t(
        "joined",
        EventKind.other,
        r"\b(?:joined|joins)\s+(?:the\s+)?(?=[A-Z][A-Za-z]*\b)"
        r"(?![A-Za-z]+\s+(?:leaders|delegations?|officials|ministers|talks|summit|meetings?|"
        r"forces|troops|heads)\b)",
        example="Brunei Darussalam joined ASEAN in 1984",
        case=True,
    ),
    _t(
        "coup",
        EventKind.other,
        r"\b(?:seiz(?:ed|es|e|ing)|t(?:ook|ake|akes|aking)|grabbed)\s+power\b|\bcoup\b"
        r"|\bself-proclaimed\s+(?:[\w-]+\s+){0,2}?(?:president|leader|head)\b",
        example="the military seized power in Niger on July 26, 2023",
    ),
    _t(
        "exchange-of-notes",
        EventKind.other,
        r"\bexchang(?:ed|e|es|ing)\s+(?:of\s+)?(?:diplomatic\s+)?notes\b|\bnotes?\s+verbales?\b",
        example="the agreement entered into force after the exchange of notes",
    ),
    # A head of state or government taking office: "since X took office", "was sworn in".
    _t(
        "took-office",
        EventKind.other,
        r"\b(?:t(?:ook|akes?|aking)|assum(?:ed|es|e|ing)|enter(?:ed|s|ing)?)\s+office\b"
        r"|\bsworn\s+in\b|\binaugurated\s+as\b"
        r"|\bt(?:ook|akes?|aking)\s+(?:over|charge)\s+as\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:president|prime\s+minister|premier|chancellor|secretary[- ]general|king|emir)\b"
        r"|\bproclaimed\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:president|head\s+of\s+state)\b"
        # "After coming to power in June last year", "since assuming power on June 30", "in
        # power since July"; an inauguration ("the inauguration of President Ali", "his
        # inauguration on January 7", "the inauguration ceremony for a new five-year term").
        r"|\bc(?:ame|ome|omes|oming)\s+to\s+power\b|\bassum(?:ed|es|e|ing)\s+power\b"
        r"|\bin\s+power\s+since\b"
        r"|\binauguration\s+(?:ceremony\s+)?(?:of|for)\s+(?:the\s+)?(?:new\s+)?"
        r"(?:president|prime\s+minister|(?:[\w-]+\s+){1,2}?administration|a\s+new\s+(?:[\w-]+\s+)?term)"
        r"|\b(?:his|her|the\s+president['’]s)\s+inauguration\b(?!\s+speech)"
        # "since his election as Head of State in June 2020", "following his election last
        # month"; "the formation of Lebanon's new government in February", "since a
        # government was formed in Beirut in February".
        r"|\b(?:his|her)\s+(?:re-?)?election\b(?=\s+(?:as|in\s+\d|last|on)\b)"
        r"|\bformation\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:new\s+)?government\b"
        r"|\bgovernment\s+(?:was|were|has\s+been)\s+formed\b",
        example="Chile's new president was sworn in at the Congress in Valparaiso",
    ),
    # Diplomats sent away or called in: an act between two states.
    _t(
        "expulsion",
        EventKind.other,
        r"\bexpel(?:led|s|ling)?\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?:diplomats?|ambassadors?|envoys?|staff|employees|attach[eé]s?)\b"
        r"|\bpersona\s+non\s+grata\b"
        r"|\bsummon(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:ambassador|envoy|charg[eé]|diplomat)"
        r"|\basked\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:diplomat|ambassador|envoy)\s+to\s+leave\b",
        example="Lithuania expelled two diplomats of the Belarusian embassy in Vilnius",
    ),
    # A post handed on: "handed over the CFM's presidency to Niger", "took over from his
    # predecessor", "responsibility will pass to Luxembourg from 1 January".
    _t(
        "handover",
        EventKind.other,
        r"\b(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?)\s+(?:over|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:co-)?(?:chairmanship|chair|presidency|mandate|leadership)\b|\bhand(?:ed|s|ing)?\s+over\s+to\b"
        r"|\b(?:handing[- ]over|handover)\s+ceremony\b|\bt(?:ook|akes?|aking)\s+over\s+from\b"
        r"|\bsucceed(?:ed|s|ing)\b(?!\s+(?:in|to)\b)"
        r"|\b(?:presidency|chairmanship|chair|responsibility|leadership)\s+(?:will\s+)?"
        r"pass(?:es|ed)?\s+to\b|\bt(?:ook|akes?|aking|ake)\s+over\s+as\s+(?:the\s+)?"
        r"(?:next\s+|new\s+)?head\s+of\b",
        example="Al Hashemy handed over the CFM's presidency to Niger",
    ),
    # Forces sent or kept abroad: "approved the deployment of standby forces", "extended
    # the mandate of a troop deployment" (a withdrawal demanded is no act: not read).
    _t(
        "deployment",
        EventKind.other,
        r"\bdeploy(?:ed|s|ing|ment)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:mission|forces?|troops|contingent|peacekeepers)\b"
        r"|\b(?:mission|forces?|troops)\s+(?:that\s+)?(?:was|were|has\s+been|had\s+been)\s+"
        r"deployed\b|\bexten(?:d|ded|ds|ding|sion\s+of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
        r"mandate\b|\bmandate\s+(?:was|were|has\s+been)\s+extended\b",
        example="heads of state on Wednesday approved the deployment of standby forces",
    ),
    # A grouping taking in new members ("accession" is the member's own act).
    _t(
        "admission",
        EventKind.other,
        r"\badmission\s+of\b"
        r"|\b(?:welcom|admitt?|accept|invit)\w*\s+(?:[\w’'-]+,?\s+){0,12}?as\s+(?:the\s+|an?\s+)?"
        r"(?:new|full)\s+(?:[\w-]+\s+)?members?\b"
        r"|\bgrant(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,5}?(?:full\s+)?membership\b"
        # "The Democratic Republic of Congo was officially admitted to the EAC", "was
        # admitted as a member of the organisation in 2014".
        r"|\b(?:was|were|been|be|being)\s+(?:officially\s+|formally\s+)?admitted\s+"
        r"(?:to|into|as\s+(?:a\s+|an\s+)?(?:full\s+)?member)\b"
        # "a decision to readmit Syria to the Arab League", "to restore Syria's membership";
        # not people sent back ("signed a readmission agreement", "the return and readmission
        # of illegal migrants", "readmitted 500 asylum seekers").
        r"|(?<!\breturn\s)(?<!\breturns\s)(?<!\breturn\sand\s)(?<!\breturns\sand\s)"
        r"\bre-?admi(?:t|ts|tted|tting|ssion)\b"
        rf"(?!\s+(?:and\s+return\b|{_DOC}\b|(?:of\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?"
        rf"{_alternation('readmitted_people')}\b))"
        r"|\brestor(?:e|ed|es|ing)\s+(?:[\w’'-]+\s+){0,2}?membership\b",
        example="the leaders admitted Bolivia as a full member of the customs union",
    ),
    # A border, crossing or building opened by the two sides: "during the ceremony to reopen
    # the land borders", "opened the new Georgian Embassy building in Yerevan", "the
    # opening of the Al-Duqm Refinery", "co-chaired the inaugural ceremony of Vientiane
    # Station".
    _t(
        "opening",
        EventKind.other,
        r"\b(?:re-?)?open(?:ed|s|ing)?\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|a\s+)?"
        rf"(?:{_BEFORE_OBJECT}){{0,4}}?{_alternation('opened_structures')}\b"
        r"(?!\s+(?:policy|policies)\b)"
        r"|\binaugural\s+ceremony\s+of\b",
        example="during the ceremony to reopen the land borders of the two countries",
    ),
    # A partnership raised between two states: "the establishment of cooperative strategic
    # partnership in 2009", "elevated to a full dialogue partnership in December 1995".
    _t(
        "partnership",
        EventKind.other,
        r"\b(?:establish(?:ed|ing)|establishment\s+of|elevat(?:ed|ing|ion)|upgrad(?:ed|ing|e))\s+"
        r"(?:to\s+|of\s+|into\s+)?(?:a\s+|an\s+|the\s+|their\s+|relations\s+to\s+a\s+)?"
        rf"(?:(?!{_alternation('not_before_the_object')}\b)[\w-]+\s+){{0,3}}?partnerships?\b"
        r"|\bpartnerships?\s+(?:was\s+|were\s+)?(?:established|agreed)\s+(?:between|in|on)\b",
        example="especially after the establishment of cooperative strategic partnership in 2009",
    ),
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
