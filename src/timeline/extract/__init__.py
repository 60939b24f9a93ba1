"""Event extraction: from news articles to dated events with evidence.

A rule-based, explainable pipeline (see ``docs/extraction.md``): the trigger
lexicon in :mod:`timeline.extract.lexicon`, dating and status in
:mod:`timeline.extract.context`, participants and places in
:mod:`timeline.extract.actors`, titles and agreements in
:mod:`timeline.extract.titles`, the sentence loop in
:mod:`timeline.extract.pipeline`; mentions are merged by
:mod:`timeline.merge`.
"""

from __future__ import annotations

from .lexicon import TRIGGERS, Trigger
from .pipeline import (
    extract,
    extract_document,
    extract_mentions,
    extract_with_agreements,
    find_triggers,
)

__all__ = [
    "TRIGGERS",
    "Trigger",
    "extract",
    "extract_document",
    "extract_mentions",
    "extract_with_agreements",
    "find_triggers",
]
