"""The curated public API: `timeline.__all__` is sorted, complete and importable."""

from __future__ import annotations

import timeline


def _isort_key(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then Classes, then everything else, each alphabetical."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted() -> None:
    assert list(timeline.__all__) == sorted(timeline.__all__, key=_isort_key)
    assert len(set(timeline.__all__)) == len(timeline.__all__)


def test_every_name_in_all_exists_and_is_documented() -> None:
    for name in timeline.__all__:
        obj = getattr(timeline, name)
        if callable(obj):
            assert (obj.__doc__ or "").strip(), f"timeline.{name} has no docstring"


def test_the_main_verbs_are_public() -> None:
    for name in ("load_events", "build", "Timeline", "Event", "TimelineError"):
        assert name in timeline.__all__
