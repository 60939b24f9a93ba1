"""timeline: dated political and diplomatic events extracted from news, with evidence.

The public API is what ``__all__`` lists; everything else may change.
"""

from __future__ import annotations

from .collection import Timeline
from .errors import (
    CorpusError,
    DataError,
    DataErrors,
    ExportError,
    ExtractionError,
    TimelineError,
    TimexError,
)
from .export_ics import calendar_bytes
from .export_json import load as load_json
from .export_json import to_json
from .model import (
    SCHEMA_VERSION,
    ActorType,
    Agreement,
    AgreementType,
    DateMod,
    Event,
    EventDate,
    EventKind,
    Location,
    Participant,
    Precision,
    ReviewStatus,
    Role,
    Source,
    Status,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ActorType",
    "Agreement",
    "AgreementType",
    "CorpusError",
    "DataError",
    "DataErrors",
    "DateMod",
    "Event",
    "EventDate",
    "EventKind",
    "ExportError",
    "ExtractionError",
    "Location",
    "Participant",
    "Precision",
    "ReviewStatus",
    "Role",
    "Source",
    "Status",
    "Timeline",
    "TimelineError",
    "TimexError",
    "__version__",
    "calendar_bytes",
    "load_json",
    "to_json",
]
