"""Fixtures for extraction tests: hand-made events, the gold list, the seed corpus.

And the one way the rule tests write an article of their own and read its events:
:func:`write_article` and :func:`article_events` (:func:`dated_sides`: its events' dates
and sides), and a date ranker made by hand
(:func:`hand_made_ranker`), and a model's data file (:func:`write_model_file`) (imported:
``from .conftest import ...``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline.corpus import read_corpus
from timeline.extract import extract_document
from timeline.extract.date_choice import DateRanker
from timeline.extract.triggers import find_triggers
from timeline.model import Event

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"


def write_article(folder: Path, body: str, published: str, name: str = "article") -> Path:
    """An article file in ``folder``: a headline, its date line, then ``body``."""
    path = folder / f"{name}.txt"
    path.write_text(f"A headline\ndate {published}\n\n{body}\n", encoding="utf-8")
    return path


def trigger_names(sentence: str) -> set[str]:
    """The names of the lexicon's rules whose trigger :func:`find_triggers` finds in
    ``sentence`` (the rule tests' one reading of a sentence)."""
    return {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}


def other_kind_matches(sentence: str) -> list[tuple[str, str]]:
    """The rules of kind ``other`` that fire in ``sentence``, with the text they match."""
    return [
        (trig.name, sentence[start:end])
        for trig, start, end in find_triggers(sentence, 0, len(sentence))
        if trig.kind.value == "other"
    ]


def article_events(folder: Path, body: str, published: str = "2023-03-20") -> list[Event]:
    """The events :func:`timeline.extract.extract_document` finds in one such article."""
    return extract_document(read_corpus([write_article(folder, body, published)])[0])


def dated_sides(folder: Path, body: str, published: str, kind: str) -> list[tuple[str, set[str]]]:
    """The date value and the states and organizations of each event of ``kind`` that
    :func:`article_events` finds (the rule tests' one reading of "what is dated how")."""
    return [
        (e.date.value, {*e.countries, *e.organizations})
        for e in article_events(folder, body, published)
        if e.kind.value == kind
    ]


def document_events(folder: Path, text: str, name: str = "article") -> list[Event]:
    """The events :func:`timeline.extract.extract_document` finds in a whole article file
    ``text`` (its own headline and date line first), written as ``name``.txt in ``folder``."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(read_corpus([path])[0])


def write_model_file(folder: Path, data: dict[str, Any], name: str = "scorer.json") -> Path:
    """``data`` written as a model's JSON data file ``name`` in ``folder``."""
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def hand_made_ranker(weights: dict[str, float], threshold: float = 0.5) -> DateRanker:
    """A date ranker with these weights (:mod:`timeline.extract.date_choice`), made for a test."""
    return DateRanker(
        description="hand-made for a test",
        features=list(weights),
        weights=list(weights.values()),
        intercept=-2.0,
        threshold=threshold,
        trained_on=["none"],
        trained=date(2026, 11, 30),
        examples=1,
        regularization=1.0,
    )


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return DATA / "gold" / "seed.yaml"


@pytest.fixture(scope="session")
def extraction_sets() -> Path:
    """tests/data/extraction: the dev and test splits, corpus-extra, their gold and sources."""
    return DATA / "extraction"


@pytest.fixture(scope="session")
def extract_data() -> Path:
    return DATA / "extract"


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """Build an Event from a few fields: kind, value, countries, document, start, end."""

    def build(
        kind: str = "visit",
        value: str = "2022-05-10",
        countries: tuple[str, ...] = ("KZ", "TR"),
        document: str = "doc1",
        start: int = 0,
        end: int = 10,
        review: str = "proposed",
        **extra: Any,
    ) -> Event:
        quote = "x" * (end - start)
        data: dict[str, Any] = {
            "kind": kind,
            "title": extra.pop("title", f"{kind} {value}"),
            "date": {"value": value},
            "status": extra.pop("status", "occurred"),
            "participants": [{"id": c, "type": "country"} for c in countries],
            "sources": [{"document": document, "quote": quote, "start": start, "end": end}],
            "review": review,
        }
        data.update(extra)
        return Event.model_validate(data)

    return build
