"""A trigger's status and modality, from the words around it.

The rules here read the words around a trigger the way TimeML reads tense,
aspect and modality (TimeML 1.2.1, section 2.3, EVENT attributes ``tense``,
``modality`` and ``polarity``): future and expectation make a *planned*
event, "postponed" a *postponed* one, and a modal ("could", "would") or a
"possibility" makes a hypothetical that is no event at all.

The rest of a trigger's sentence context lives beside it: its clauses
(:mod:`.clauses`), the dates it can be given (:mod:`.usable_dates`, with
:mod:`.dated_spans`, :mod:`.word_ranges`, :mod:`.named_years`, :mod:`.series_acts`) and
where a date stands in its sentence (:mod:`.date_positions`).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import EventDate, Status
from .lexicon import CANCELLED_CUES, HYPOTHETICAL_CUES, PLANNED_CUES, POSTPONED_CUES

__all__ = [
    "hypothetical",
    "status_for",
]


#: A temporal clause that opens at most four words before the trigger ("when the two meet",
#: "when the Foreign Affairs Council meets"): its act is presupposed, as the clause's time,
#: whatever the main clause's modal ("Bush would likely talk with Martin when the two meet
#: with Fox on March 23": TimeML links a "when" clause's event to the main clause's by a
#: TLINK whose SIGNAL is "when", not by a modal SLINK, so the main clause's modality does not
#: reach it).
_WHEN_CLAUSE = re.compile(r"\bwhen\s+(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)


def hypothetical(window: str) -> bool:
    """True when the words before a trigger make it hypothetical ("could hold"); the words
    of a temporal clause the trigger opens are read alone (:data:`_WHEN_CLAUSE`).

    >>> hypothetical("They could ")
    True
    >>> hypothetical("Bush would likely talk with Martin when the two ")
    False
    >>> hypothetical("They would talk when they could ")
    True
    """
    if "hen" in window:  # "when", "When": the cheap test before the search
        when = _WHEN_CLAUSE.search(window, max(0, len(window) - 80))
        if when is not None:
            window = window[when.start() :]
    return HYPOTHETICAL_CUES.search(window) is not None


#: A trigger that is itself a verb in the past tense: "arrived", "signed", "met", "held".
_PAST_VERB = re.compile(r"(?:[a-z]+ed|met|held|came|went|took|made|began|inked)", re.I)


def status_for(
    window: str,
    event_date: EventDate,
    published: date | None,
    *,
    before: str = "",
    trigger: str = "",
) -> Status:
    """The status of an event from the words around its trigger and its date.

    Postponed and cancelled cues win; a date after the publication date is
    planned whatever the tense; a trigger that is itself a past-tense verb
    ("arrived in Ankara on July 28 for a visit to meet ...") occurred unless
    the words ``before`` it in its clause are future ("is expected to have
    arrived"), because what follows it is its purpose, not its status; else a
    future cue ("will", "is expected to", "upcoming", "scheduled") makes it
    planned unless its date lies wholly before the publication date; everything
    else occurred.
    """
    if POSTPONED_CUES.search(window):
        return Status.postponed
    if CANCELLED_CUES.search(window):
        return Status.cancelled
    if published is not None and event_date.start > published:
        return Status.planned
    if _PAST_VERB.fullmatch(trigger.split()[0] if trigger.split() else "") and not (
        PLANNED_CUES.search(before)
    ):
        return Status.occurred
    if PLANNED_CUES.search(window) and (published is None or event_date.end >= published):
        return Status.planned
    return Status.occurred
