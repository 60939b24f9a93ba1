"""A document's extraction leaves no reference cycles: what it made is freed as it goes.

:func:`timeline.extract.run._run_encoded` runs each document with the cycle collector
paused on that promise; when a builder kept by the reader held the reader, every object
of every document waited for the collector (docs/history/scale-log.md, "Extraction per
pass, sixty-fourth session").
"""

from __future__ import annotations

import gc
from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract import extract_mentions


def test_extracting_the_seed_corpus_leaves_no_cyclic_garbage(repo_root: Path) -> None:
    documents = list(read_corpus([repo_root / "corpus"]))
    for doc in documents:
        extract_mentions(doc)  # the lazy tables and patterns, built once (some with cycles)
    gc.collect()
    was_enabled, debug = gc.isenabled(), gc.get_debug()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what the collector finds is kept in gc.garbage
    try:
        events = [e for doc in documents for e in extract_mentions(doc)[0]]
        gc.collect()
        garbage = sorted({type(o).__qualname__ for o in gc.garbage})
    finally:
        gc.garbage.clear()
        gc.set_debug(debug)
        if was_enabled:
            gc.enable()
    assert events
    assert garbage == []
