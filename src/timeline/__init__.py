"""timeline: dated political and diplomatic events extracted from news, with evidence.

The public API is what ``__all__`` lists; everything else may change. Names are
imported on first use (PEP 562), so ``import timeline`` and the ``timeline``
command start fast and load only what they need.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> the module that defines it (relative to this package).
_WHERE: dict[str, str] = {
    "SCHEMA_VERSION": "model",
    "ActorType": "model",
    "Agreement": "model",
    "AgreementType": "model",
    "BuildReport": "build",
    "CorpusError": "errors",
    "DataError": "errors",
    "DataErrors": "errors",
    "DateMod": "model",
    "Document": "corpus",
    "Event": "model",
    "EventDate": "model",
    "EventKind": "model",
    "ExportError": "errors",
    "ExtractionError": "errors",
    "Filter": "filters",
    "Location": "model",
    "Participant": "model",
    "Precision": "model",
    "ReviewStatus": "model",
    "Role": "model",
    "Source": "model",
    "Status": "model",
    "Timeline": "collection",
    "TimelineError": "errors",
    "Timex": "temporal",
    "TimexError": "errors",
    "UsageError": "errors",
    "build": "build",
    "build_database": "store",
    "calendar_bytes": "ics.calendar",
    "check": "build",
    "extract": "extract",
    "extract_document": "extract",
    "load_events": "curated",
    "load_json": "formats.timeline_json:load",
    "load_timeline": "store",
    "propose": "review",
    "read_corpus": "corpus",
    "read_document": "corpus",
    "stats": "build",
    "tag": "temporal",
    "to_json": "formats.timeline_json",
    "write_event": "event_writer",
}

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

if TYPE_CHECKING:
    from .build import BuildReport, build, check, stats
    from .collection import Timeline
    from .corpus import Document, read_corpus, read_document
    from .curated import load_events
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
    from .event_writer import write_event
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


class _Package(types.ModuleType):
    """The package module: a public function keeps its name when its submodule loads.

    ``timeline.build`` and ``timeline.extract`` are functions, and also the names
    of submodules. Importing a submodule sets it as an attribute of its package,
    which with lazy imports would replace the function by the module; this class
    ignores that one assignment, as the eager imports of old did in effect.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _WHERE.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562) and keep it."""
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    module_name, _, attribute = where.partition(":")
    value = getattr(importlib.import_module(f".{module_name}", __name__), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
