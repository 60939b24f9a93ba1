"""Event extraction: from news articles to dated events with evidence.

A rule-based, explainable pipeline (see ``docs/extraction.md``): the trigger
lexicon in :mod:`timeline.extract.lexicon`, a trigger's status in
:mod:`timeline.extract.context`, its sentence's clauses in :mod:`timeline.extract.clauses`,
the dates a sentence offers in :mod:`timeline.extract.usable_dates` (with
:mod:`~timeline.extract.dated_spans`, :mod:`~timeline.extract.word_ranges`,
:mod:`~timeline.extract.named_years`, :mod:`~timeline.extract.series_acts`) and where a
date stands in it in :mod:`timeline.extract.date_positions`, participants and places in
:mod:`timeline.extract.actors` (the mentions in :mod:`~timeline.extract.actor_mentions`,
a clause's background in :mod:`~timeline.extract.background_actors`, a visit's hosts in
:mod:`~timeline.extract.visit_sides`), titles in :mod:`timeline.extract.titles` (the sides'
names in :mod:`~timeline.extract.title_names`, a statement's in
:mod:`~timeline.extract.statement_titles`), agreements in
:mod:`timeline.extract.document_phrases`, the sentence loop in
:mod:`timeline.extract.reader` (what a trigger may not tell in
:mod:`~timeline.extract.trigger_guards`, its discourse state in
:mod:`~timeline.extract.discourse`,
dating in :mod:`~timeline.extract.dating` (an undated act's antecedents in
:mod:`~timeline.extract.antecedents`, the news's day in :mod:`~timeline.extract.news_day`,
acts told by a count of time in :mod:`~timeline.extract.counted_acts`), each mention built in
:mod:`~timeline.extract.mention` (one trigger's event told as several in
:mod:`~timeline.extract.mention_copies`), the candidates' log in
:mod:`~timeline.extract.candidate_log`, the sentence detector's candidates in
:mod:`~timeline.extract.detector_proposals`), a document read and chosen from in
:mod:`timeline.extract.pipeline`; every candidate it considers (kept or dropped
by the rules) in :mod:`timeline.extract.candidates`, and the learned choice among
them in :mod:`timeline.extract.scorer`; mentions are merged by
:mod:`timeline.merge`. Over a corpus, :mod:`timeline.extract.run` uses every
core (or a Dask cluster, :mod:`timeline.extract.cluster`) and the cache of
:mod:`timeline.extract.cache`.
"""

from __future__ import annotations

from .cache import ExtractionCache, extractor_version
from .lexicon import TRIGGERS
from .pipeline import (
    extract_document,
    extract_mentions,
    extract_with_agreements,
    find_triggers,
)
from .run import (
    ExtractionRun,
    MergedCorpus,
    default_jobs,
    extract,
    extract_corpus,
    extract_to_json,
    merged_corpus,
)
from .trigger_rule import Trigger

__all__ = [
    "TRIGGERS",
    "ExtractionCache",
    "ExtractionRun",
    "MergedCorpus",
    "Trigger",
    "default_jobs",
    "extract",
    "extract_corpus",
    "extract_document",
    "extract_mentions",
    "extract_to_json",
    "extract_with_agreements",
    "extractor_version",
    "find_triggers",
    "merged_corpus",
]
