"""The learned event scorer: which candidates (:mod:`.candidates`) become events.

A logistic regression over the candidates' general features, trained by
``bench/event_scorer.py`` on the project's tuning sets (a candidate is positive
when it matches a gold event under :func:`timeline.extract.evaluate.matches`) and
validated by leaving one split out (docs/extraction.md, "A learned choice among
candidates"). Its weights are a reviewed data file, ``data/event_scorer.json``:
the feature names, one weight each, the intercept, the probability threshold,
the sets and the day it was trained on. Inference is a dot product in plain
Python, so extraction needs no numerical library. Without the file the
pipeline keeps the rules' own choice.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import DataError
from .candidates import feature_names

__all__ = ["SCORER_FILE", "EventScorer", "load_scorer", "shipped_scorer"]

#: The shipped weights, under the package's data folder.
SCORER_FILE = "event_scorer.json"


class EventScorer(BaseModel):
    """A logistic regression over candidate features, and the threshold that keeps one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str
    features: list[str] = Field(min_length=1)
    weights: list[float]
    intercept: float
    threshold: float = Field(gt=0.0, lt=1.0, description="Probability at or above which to keep.")
    trained_on: list[str] = Field(min_length=1)
    trained: date
    examples: int = Field(ge=1)
    regularization: float = Field(gt=0.0, description="scikit-learn's C (inverse strength).")

    @model_validator(mode="after")
    def _consistent(self) -> EventScorer:
        if len(self.weights) != len(self.features):
            raise ValueError(f"{len(self.features)} features but {len(self.weights)} weights")
        if len(set(self.features)) != len(self.features):
            raise ValueError("a feature is named twice")
        unknown = sorted(set(self.features) - set(feature_names()))
        if unknown:
            raise ValueError(f"features the extractor does not compute: {unknown}")
        return self

    def decision(self, features: Mapping[str, float]) -> float:
        """The log-odds that a candidate with these features is a gold event."""
        return self.intercept + sum(
            w * features.get(name, 0.0) for name, w in zip(self.features, self.weights, strict=True)
        )

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a candidate with these features is a gold event."""
        z = self.decision(features)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def keeps(self, features: Mapping[str, float]) -> bool:
        """True when the candidate's probability reaches the threshold."""
        return self.probability(features) >= self.threshold


def load_scorer(path: str | Path) -> EventScorer:
    """Read a scorer file; :class:`DataError` names the file and what is wrong."""
    path = Path(path)
    try:
        return EventScorer.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot be read as JSON: {exc}", path=path) from None
    except ValidationError as exc:
        raise DataError(f"not an event scorer: {exc}", path=path) from None


@cache
def shipped_scorer() -> EventScorer | None:
    """The scorer of the package's data folder, or None when none is shipped."""
    data = resources.files("timeline").joinpath(f"data/{SCORER_FILE}")
    if not data.is_file():
        return None
    with resources.as_file(data) as path:
        return load_scorer(path)
