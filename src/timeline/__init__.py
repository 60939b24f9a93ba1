"""timeline: dated political and diplomatic events extracted from news, with evidence.

The public API is what ``__all__`` lists; everything else may change.
"""

from __future__ import annotations

from .build import BuildReport, build, check, stats
from .collection import Timeline
from .corpus import Document, read_corpus, read_document
from .curated import load_events, write_event
from .errors import (
    CorpusError,
    DataError,
    DataErrors,
    ExportError,
    ExtractionError,
    TimelineError,
    TimexError,
    UsageError,
)
from .extract import extract, extract_document
from .filters import Filter
from .formats.timeline_json import load as load_json
from .formats.timeline_json import to_json
from .ics.calendar import calendar_bytes
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
from .review import propose
from .store import build_database, load_timeline
from .temporal import Timex, tag

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ActorType",
    "Agreement",
    "AgreementType",
    "BuildReport",
    "CorpusError",
    "DataError",
    "DataErrors",
    "DateMod",
    "Document",
    "Event",
    "EventDate",
    "EventKind",
    "ExportError",
    "ExtractionError",
    "Filter",
    "Location",
    "Participant",
    "Precision",
    "ReviewStatus",
    "Role",
    "Source",
    "Status",
    "Timeline",
    "TimelineError",
    "Timex",
    "TimexError",
    "UsageError",
    "__version__",
    "build",
    "build_database",
    "calendar_bytes",
    "check",
    "extract",
    "extract_document",
    "load_events",
    "load_json",
    "load_timeline",
    "propose",
    "read_corpus",
    "read_document",
    "stats",
    "tag",
    "to_json",
    "write_event",
]
