"""Titles of a presentation of credentials (rule ``credentials`` of
:mod:`.gathering_rules`): who received the envoys' letters, and whose envoys they were.

A credentials ceremony is a meeting of the receiving state and the envoys' states (the
gold rule of ``tests/data/extraction/SOURCES.md``), but "Talks between Trong, Panama,
Singapore and Indonesia" hides what happened and who received whom. The title says it:
"Credentials presented to Trong by Panama, Singapore and Indonesia". Which side received
them is read from the verb: the subject of "received" or "accepted", the side after "to"
of "presented" or "submitted".
"""

from __future__ import annotations

import re

from ..model import Participant
from .title_names import names_of, title_name

__all__ = ["credentials_title"]

#: The trigger of rule ``credentials`` whose subject received the credentials.
_RECEIVED = re.compile(r"receiv|accept", re.IGNORECASE)
#: The trigger whose subject presented them; the receiver follows "to".
_PRESENTED = re.compile(r"present(?:ed|s|ing)?\s|submit|hand", re.IGNORECASE)
_CREDENTIALS = re.compile(r"credentials|credence", re.IGNORECASE)


def credentials_title(sides: list[Participant], trig: str, before: str, after: str) -> str | None:
    """The title of a presentation of credentials, or None when ``trig`` tells none.

    >>> vn, pa, sg = (Participant(id=c, type="country", name=n) for c, n in
    ...               [("VN", "Vietnam"), ("PA", "Panama"), ("SG", "Singapore")])
    >>> credentials_title([vn, pa, sg], "received letters of credentials", "Vietnam's president ",
    ...                   " submitted by the Ambassadors of Panama and Singapore")
    'Credentials presented to Vietnam by Panama and Singapore'
    >>> credentials_title([pa, vn], "presented his credentials", "The Ambassador of Panama ",
    ...                   " to the President of Vietnam")
    'Credentials presented to Vietnam by Panama'
    >>> credentials_title([vn, pa], "the presentation of credentials", "At ", " in Hanoi")
    'Presentation of credentials: Vietnam and Panama'
    >>> credentials_title([vn, pa], "met", "", "") is None
    True
    """
    if not _CREDENTIALS.search(trig) or not sides:
        return None
    names = [title_name(side) for side in sides]
    host: int | None = None
    if _RECEIVED.match(trig):
        # the side named last before the verb: its subject ("President Trong received")
        spots = [(before.rfind(name), i) for i, name in enumerate(names) if name in before]
        host = max(spots)[1] if spots else None
    elif _PRESENTED.match(trig):
        to = re.search(r"\bto\b", after)
        if to is not None:
            spots = [
                (after.find(name, to.end()), i)
                for i, name in enumerate(names)
                if name in after[to.end() :]
            ]
            host = min(spots)[1] if spots else None
    if host is None:
        return f"Presentation of credentials: {names_of(sides)}"
    envoys = sides[:host] + sides[host + 1 :]
    received = f"Credentials presented to {names[host]}"
    return f"{received} by {names_of(envoys)}" if envoys else received
