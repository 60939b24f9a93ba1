"""The learned event scorer: which candidates (:mod:`.candidates`) become events.

A model over the candidates' general features, trained by
``bench/event_scorer.py`` on the project's tuning sets (a candidate is positive
when it matches a gold event under :func:`timeline.extract.evaluate.matches`) and
validated by leaving one split out (docs/history/extraction-log.md, "A learned choice among
candidates"). Either a logistic regression (:class:`EventScorer`: the feature
names, one weight each, the intercept) or gradient-boosted trees
(:class:`BoostedEventScorer`, :mod:`.boosted`: the trees as arrays), kept as a
reviewed data file, ``data/event_scorer.json``, with the probability thresholds
and the sets and the day it was trained on; a file with ``trees`` is the second.
Inference is plain Python, so extraction needs no numerical library. Two
thresholds: one under which a candidate the rules keep is dropped, one from which a
candidate they drop (or a variant with wider participants) is kept. A mention the
rules keep without any participant ("The summit on Tuesday ended with a
declaration") is left to coreference, which gives it the participants of the event
it tells or drops it; an intention the rules drop ("the desire to sign ...") is kept
only when it is planned (a day to come), never as an act that happened. Without the
file the pipeline keeps the rules' own choice.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping
from datetime import date
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import DataError
from .boosted import BoostedTrees
from .candidates import feature_names, is_lexical

#: The features that tell a candidate the rules keep from the others.
KEPT = "fate:kept"
VARIANT = "variant:wider participants"
#: A mention without participants: coreference gives it its event's, or it is dropped.
NOBODY = "participants:0"
#: An intention ("the desire to sign ...") and a planned event: an intention the rules
#: drop may be kept only as what is planned, never as an act told of a day already past.
INTENDED = "cue:intended"
PLANNED = "status:planned"
#: A candidate the learned detector proposed (:mod:`.detector`), or a variant of one.
DETECTED = "fate:detected"

__all__ = [
    "SCORER_FILE",
    "BoostedEventScorer",
    "EventScorer",
    "LogisticModel",
    "Scorer",
    "load_model",
    "load_scorer",
    "shipped_model",
    "shipped_scorer",
]

#: The shipped weights, under the package's data folder.
SCORER_FILE = "event_scorer.json"


class LogisticModel(BaseModel):
    """A logistic regression kept as a reviewed data file: the feature names, one weight
    each, the intercept, and the sets, day and size it was trained on. Inference is a
    dot product in plain Python. Each model names the features its extractor computes
    (:meth:`known_features`); a file naming others is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str
    features: list[str] = Field(min_length=1)
    weights: list[float]
    intercept: float
    trained_on: list[str] = Field(min_length=1)
    trained: date
    examples: int = Field(ge=1)
    regularization: float = Field(gt=0.0, description="scikit-learn's C (inverse strength).")

    @classmethod
    def known_features(cls) -> Collection[str]:
        """The feature names the extractor computes for this model."""
        raise NotImplementedError

    @classmethod
    def unknown_features(cls, names: Collection[str]) -> list[str]:
        """Of these feature names, those the extractor does not compute, sorted."""
        return sorted(set(names) - set(cls.known_features()))

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if len(self.weights) != len(self.features):
            raise ValueError(f"{len(self.features)} features but {len(self.weights)} weights")
        if len(set(self.features)) != len(self.features):
            raise ValueError("a feature is named twice")
        unknown = self.unknown_features(self.features)
        if unknown:
            raise ValueError(f"features the extractor does not compute: {unknown}")
        return self

    @cached_property
    def _by_name(self) -> dict[str, float]:
        """Each feature's weight, by name, made on first use. A cached property, kept in the
        instance's ``__dict__``, is read as a plain attribute; a pydantic private attribute
        is read through ``BaseModel.__getattr__`` (about 7 µs a call, most of
        :meth:`decision`'s time; docs/history/scale-log.md, "Extraction per core, fifteenth
        session")."""
        return dict(zip(self.features, self.weights, strict=True))

    def decision(self, features: Mapping[str, float]) -> float:
        """The log-odds of the positive class for these (sparse) features: the intercept
        plus the dot product of the weights and the features."""
        weight = self._by_name
        return self.intercept + sum(weight.get(name, 0.0) * v for name, v in features.items())

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability of the positive class for these features."""
        z = self.decision(features)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


Model = TypeVar("Model", bound=BaseModel)


def load_model(path: str | Path, model: type[Model], what: str) -> Model:
    """Read a ``model`` file; :class:`DataError` names the file and what is wrong
    (``what`` names the model in the message: "an event scorer")."""
    path = Path(path)
    try:
        return model.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot be read as JSON: {exc}", path=path) from None
    except ValidationError as exc:
        raise DataError(f"not {what}: {exc}", path=path) from None


def shipped_model(file_name: str, model: type[Model], what: str) -> Model | None:
    """The ``model`` file of the package's data folder, or None when none is shipped."""
    data = resources.files("timeline").joinpath(f"data/{file_name}")
    if not data.is_file():
        return None
    with resources.as_file(data) as path:
        return load_model(path, model, what)


#: Probability from which a candidate the rules drop is kept.
AddFrom = Annotated[float, Field(gt=0.0, lt=1.0)]
#: Probability below which a candidate the rules keep is dropped (0: never).
DropBelow = Annotated[float, Field(ge=0.0, lt=1.0)]


class Thresholds:
    """The thresholds that keep a candidate, for a model of its probability (the scorers'
    common part; their fields are declared by each, after the model's own)."""

    if TYPE_CHECKING:  # fields of the subclasses, declared there to keep the files' order
        threshold: float
        kept_threshold: float
        detected_threshold: float | None

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a candidate with these features is an event."""
        raise NotImplementedError

    def keeps(self, features: Mapping[str, float]) -> bool:
        """True when the candidate's probability reaches its threshold: :attr:`kept_threshold`
        for a candidate the rules keep, :attr:`detected_threshold` (when set) for one the
        detector proposed, :attr:`threshold` for the others (dropped, variants)."""
        return self.probability(features) >= self.threshold_for(features)

    def threshold_for(self, features: Mapping[str, float]) -> float:
        """The threshold of a candidate with these features (see :meth:`keeps`)."""
        by_rules = features.get(KEPT) and not features.get(VARIANT)
        if by_rules and features.get(NOBODY):
            return 0.0  # coreference judges it: "The summit on Tuesday ended ..."
        if not by_rules and features.get(INTENDED) and not features.get(PLANNED):
            return math.inf  # "the desire to sign free trade agreements ... on December 6"
        if features.get(DETECTED) and self.detected_threshold is not None:
            return self.detected_threshold
        return self.kept_threshold if by_rules else self.threshold


class EventScorer(LogisticModel, Thresholds):
    """A logistic regression over candidate features, and the thresholds that keep one.

    Beside the general features, it may weigh words of a candidate's lexical context
    (:func:`.candidates.context_words`: "word before:talks", "trigger word:signed"): its
    features name its vocabulary, chosen on the sets it was trained on."""

    threshold: AddFrom
    kept_threshold: DropBelow
    #: From which a candidate the detector proposed is kept (None: :attr:`threshold`).
    detected_threshold: AddFrom | None = None

    @classmethod
    def known_features(cls) -> Collection[str]:
        return feature_names()

    @classmethod
    def unknown_features(cls, names: Collection[str]) -> list[str]:
        known = set(feature_names())
        return sorted(n for n in set(names) - known if not is_lexical(n))

    @cached_property
    def vocabulary(self) -> list[str]:
        """The words of a lexical context it weighs (feature names), in the file's order;
        read once per model (not per document: ``is_lexical`` over every feature name)."""
        return [n for n in self.features if is_lexical(n)]


class BoostedEventScorer(BoostedTrees, Thresholds):
    """Gradient-boosted trees over candidate features, and the thresholds that keep one."""

    threshold: AddFrom
    kept_threshold: DropBelow
    #: From which a candidate the detector proposed is kept (None: :attr:`threshold`).
    detected_threshold: AddFrom | None = None

    @classmethod
    def known_features(cls) -> Collection[str]:
        return feature_names()


#: Either kind of event scorer.
Scorer = EventScorer | BoostedEventScorer


def load_scorer(path: str | Path) -> Scorer:
    """Read a scorer file (trees when it has ``trees``, else a logistic regression);
    :class:`DataError` names the file and what is wrong."""
    return load_model(path, _kind(path), "an event scorer")


def _kind(path: str | Path) -> type[EventScorer] | type[BoostedEventScorer]:
    """The scorer class of a file: boosted trees when it names ``trees``."""
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return EventScorer  # load_model names the fault
    return BoostedEventScorer if isinstance(data, dict) and "trees" in data else EventScorer


@cache
def shipped_scorer() -> Scorer | None:
    """The scorer of the package's data folder, or None when none is shipped."""
    data = resources.files("timeline").joinpath(f"data/{SCORER_FILE}")
    if not data.is_file():
        return None
    with resources.as_file(data) as path:
        return load_scorer(path)
