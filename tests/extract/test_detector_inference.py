"""The detector's inference internals give what the plain formulas give, exactly: the class
scores summed feature by feature (with the shortcut for features of value 1), and the
named features read from the private attributes."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.detector import EventDetector, Token, named_features

_NAMES = ["w:signed", "w:visited", "b:<s> lula", "n:countries 2", "t:day", "pos:lede"]
_WEIGHT = st.floats(min_value=-50, max_value=50, allow_nan=False, allow_subnormal=False)


def _detector(rows: list[list[float]], intercepts: list[float]) -> EventDetector:
    n = len(intercepts)
    return EventDetector.model_validate(
        {
            "description": "test",
            "features": ["w:signed"],
            "weights": [1.0],
            "intercept": 0.0,
            "threshold": 0.5,
            "trained_on": ["dev"],
            "trained": "2026-11-30",
            "examples": 10,
            "regularization": 0.5,
            "classes": [f"c{i}" for i in range(n)],
            "class_kinds": ["meeting"] * n,
            "class_features": _NAMES[: len(rows)],
            "class_weights": rows,
            "class_intercepts": intercepts,
        }
    )


def _plain_scores(d: EventDetector, features: dict[str, float]) -> list[float]:
    """The softmax of the class scores, every weight times its value, feature by feature."""
    rows = dict(zip(d.class_features, d.class_weights, strict=True))
    z = list(d.class_intercepts)
    for name, v in features.items():
        if name in rows:
            z = [a + w * v for a, w in zip(z, rows[name], strict=True)]
    top = max(z)
    e = [math.exp(a - top) for a in z]
    return [a / sum(e) for a in e]


@st.composite
def _cases(draw: Any) -> tuple[EventDetector, dict[str, float]]:
    n = draw(st.integers(1, 5))
    k = draw(st.integers(0, len(_NAMES)))
    rows = [draw(st.lists(_WEIGHT, min_size=n, max_size=n)) for _ in range(k)]
    intercepts = draw(st.lists(_WEIGHT, min_size=n, max_size=n))
    names = draw(st.lists(st.sampled_from([*_NAMES, "w:other"]), unique=True))
    values = st.one_of(st.just(1.0), st.just(1.0), st.just(0.0), st.just(-1.0), _WEIGHT)
    return _detector(rows, intercepts), {name: draw(values) for name in names}


@given(_cases())
def test_class_scores_are_the_plain_sums_exactly(
    case: tuple[EventDetector, dict[str, float]],
) -> None:
    detector, features = case
    assert detector.class_scores(features) == _plain_scores(detector, features)


def test_features_of_reads_the_models_own_names() -> None:
    detector = _detector([[1.0, 0.0]] * 4, [0.0, 0.0])  # w:signed, w:visited, b:<s> lula, n:...
    tokens = [Token(0, 4, "lula", False), Token(5, 12, "visited", False)]
    expected = named_features(
        tokens, [], 0, True, detector._words, detector._pairs, detector._others
    )
    assert expected == {"w:visited": 1.0, "b:<s> lula": 1.0}
    assert detector.features_of(tokens, [], 0, True) == expected
