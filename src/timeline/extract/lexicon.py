"""The trigger lexicon: which words make an event mention, and of which kind.

Extraction is rule-based and explainable: every candidate event starts at a
*trigger*, a regular expression over the sentence with the
:class:`~timeline.model.EventKind` it signals (the kinds and their example
sentences are :data:`timeline.model.KIND_EXAMPLES`). :data:`TRIGGERS` is the
lexicon in matching order, gathered from one module per group of kinds:
:mod:`.agreement_rules` (agreements and their lifecycle), :mod:`.gathering_rules`
(summits, calls, meetings, forums, exercises; foundings, conflicts),
:mod:`.visit_rules` (visits), :mod:`.statement_rules` (statements) and
:mod:`.kind_other_rules` (the kind ``other``, last). The table is the
documentation: ``docs/extraction.md`` renders it, and a rule that is not in
:data:`TRIGGERS` does not exist. A rule is a
:class:`~timeline.extract.trigger_rule.Trigger`. Here too are the cues the reader
asks around a trigger (planned, hypothetical, negated, hedged ...).

Triggers follow the TimeML notion of an EVENT (TimeML 1.2.1, section 2.3):
verbs ("signed", "arrived in"), nominalizations ("the signing of",
"adoption of") and event nouns ("summit", "telephone conversation"). Nouns
that merely name an institution ("the Turkic Council") are not triggers; a
council or commission becomes an event through "meeting of", "session of" or
"was held", or when an ordinal numbers it as one of its sessions ("the 51st Pacific
Islands Forum": :data:`ORGANIZATION_SESSION`).

>>> [t.name for t in TRIGGERS][:2], TRIGGERS[-1].name
(['entry-into-force', 'provisional-application'], 'agreement-dated-before')
"""

from __future__ import annotations

import re

from .agreement_rules import AGREEMENT_TRIGGERS, NAMED_AGREEMENT_TRIGGERS, agreement_type
from .cue_search import Cue
from .gathering_rules import (
    ANAPHORIC,
    GATHERING_ACT,
    GATHERING_DOCUMENT,
    GATHERING_TRIGGERS,
    MEETING_NOUN_AFTER,
    ORGANIZATION_SESSION,
    TOP_MEETING_TRIGGERS,
)
from .kind_other_rules import KIND_OTHER_TRIGGERS
from .plan_words import PLANNED_ACTS, being_to
from .statement_rules import STATEMENT_TRIGGERS
from .trigger_rule import Trigger
from .visit_rules import VISIT_TRIGGERS

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


#: The lexicon, in matching order. Overlapping matches are resolved by
#: :func:`timeline.extract.triggers.find_triggers`: the earlier rule wins.
TRIGGERS: tuple[Trigger, ...] = (
    *AGREEMENT_TRIGGERS,  # agreements and their lifecycle
    *TOP_MEETING_TRIGGERS,  # meetings at the top: summits, calls
    *VISIT_TRIGGERS,
    *GATHERING_TRIGGERS,  # forums, exercises, meetings; foundings, conflicts
    *STATEMENT_TRIGGERS,
    *KIND_OTHER_TRIGGERS,  # offices, memberships, relations between states ...
    *NAMED_AGREEMENT_TRIGGERS,  # "the 2015 nuclear deal": last, any other match wins
)

#: Words that, in the clause before a trigger, make it hypothetical, not an event.
HYPOTHETICAL_CUES = Cue(
    r"\b(?:could|would|might|should|possibility|possible|potential(?:ly)?|hypothetical|"
    r"consider(?:ing|s)?|proposes?|proposed\s+(?:to|that)|suggest(?:ed|s|ing)?|"
    r"if|unless|whether|idea\s+of)\b|\bmay\s+(?!\d)"
    # a condition opening its sentence, capitalised ("If the Council members fail to ...",
    # "Should the talks fail, ..."): the cues above are lower case, so that "May" the
    # month and "Possible" in a name are not read
    r"|\b(?:If|Unless|Whether|Should)\b",
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
#: a telephone conversation ... on May 3", "no meeting had been agreed", "the meeting
#: proposed by the Russian side" (sixty-fifth pass): an arrangement for
#: a meeting, not a meeting held (TimeML 1.2.1, section 2.3: a modal or intensional
#: context); the date beside it is the agreement's. Matched at the trigger's end.
AGREED_AFTER = re.compile(
    r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|already\s+)?"
    r"(?:agreed|proposed)\b|proposed\s+by\b)",
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
#: "Being scheduled to" and the acts after "to" are :mod:`.plan_words`' (one piece, also read
#: by :func:`.sayings.tells_a_plan`).
PLANNED_CUES = Cue(
    r"\b(?:will|shall|is\s+to|are\s+to|were\s+to|was\s+to|to\s+be\s+(?:held|signed|adopted)|"
    + being_to(
        ("is", "are", "was", "were"),
        ("set", "scheduled", "due", "planned", "slated", "expected", "going"),
    )
    + r"|expected|upcoming|forthcoming|scheduled|planned|plans?\s+to|intends?\s+to|"
    rf"next|to\s+{PLANNED_ACTS}|"
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
