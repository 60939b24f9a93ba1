"""The words of a plan told as scheduled, one piece read twice (review27 finding 4): by
:data:`timeline.extract.lexicon.PLANNED_CUES` (whether an act lies ahead) and by
:func:`timeline.extract.sayings.tells_a_plan` (whether a saying tells a planned act). Kept
apart from both because ``lexicon`` imports the statement rules, which import ``sayings``.

>>> import re
>>> bool(re.search(SCHEDULED_TO, "Araghchi is scheduled to hold meetings", re.I))
True
>>> bool(re.search(SCHEDULED_TO, "The delay is due to bad weather", re.I))
False
>>> bool(re.search(SCHEDULED_TO, "The ministers are due to meet in May", re.I))
True
"""

from __future__ import annotations

__all__ = ["PLANNED_ACTS", "SCHEDULED_TO", "being_to"]

#: The acts a plan names after "to": "to hold", "to take place", "to visit".
PLANNED_ACTS = r"(?:hold|take\s+place|attend|participate|visit|sign|meet|travel)"


def being_to(tenses: tuple[str, ...], words: tuple[str, ...]) -> str:
    """The pattern "<tense of be> <word> to": ``being_to(("is",), ("set",))`` reads "is set
    to" (whitespace runs between, no word boundary of its own).

    >>> being_to(("is", "are"), ("set", "scheduled"))
    '(?:is|are)\\\\s+(?:set|scheduled)\\\\s+to'
    """
    return rf"(?:{'|'.join(tenses)})\s+(?:{'|'.join(words)})\s+to"


#: A plan told as scheduled, in the present ("is scheduled to", "are set to"), and "due to"
#: only before an act's verb: "is due to" + a noun is the causal ("the postponement is due to
#: scheduling problems", review27 finding 2). The narrower subset of
#: :data:`~timeline.extract.lexicon.PLANNED_CUES` ("was / were", "expected", "going",
#: "planned", "slated" are not read after a saying).
SCHEDULED_TO = (
    rf"\b(?:{being_to(('is', 'are'), ('scheduled', 'set'))}\s"
    rf"|{being_to(('is', 'are'), ('due',))}\s+{PLANNED_ACTS}\b)"
)
