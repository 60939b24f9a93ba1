"""iCalendar (RFC 5545) building blocks for the feeds of :mod:`timeline.formats.ics_feeds`.

Modules are named after the RFC's vocabulary:

* :mod:`~timeline.ics.dates` — how an event date (with its precision) is
  placed as an all-day event;
* :mod:`~timeline.ics.component` — one event as a VEVENT;
* :mod:`~timeline.ics.calendar` — events as one VCALENDAR;
* :mod:`~timeline.ics.ledger` — stable SEQUENCE and DTSTAMP across rebuilds.
"""

from __future__ import annotations

from .calendar import MEDIA_TYPE, calendar_bytes
from .dates import Placement, placement
from .ledger import Ledger, Revision

__all__ = ["MEDIA_TYPE", "Ledger", "Placement", "Revision", "calendar_bytes", "placement"]
