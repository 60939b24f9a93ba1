"""bench/guards.py: a guard switched off lets its rule match on the pattern alone, and only
while switched off. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from timeline.extract.triggers import find_triggers

#: A league is no state: the sanctions rule's guard (`a_state_sanctions`) refuses it.
REFUSED = "The league sanctioned Brazil on Tuesday."


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("guards")


def _names(text: str) -> list[str]:
    return [t.name for t, _, _ in find_triggers(text, 0, len(text))]


def test_every_guard_is_listed_once(bench: ModuleType) -> None:
    names = bench.guard_names()
    assert names == sorted(set(names))
    assert {"a_state_sanctions", "a_state_says", "states_agreed"} <= set(names)


def test_a_guard_off_lets_its_rule_match_and_is_restored(bench: ModuleType) -> None:
    assert "sanctioned" not in _names(REFUSED)
    with bench.guards_off(["a_state_sanctions"]):
        assert "sanctioned" in _names(REFUSED)
    assert "sanctioned" not in _names(REFUSED)


def test_another_guard_off_leaves_the_refusal(bench: ModuleType) -> None:
    with bench.guards_off(["a_state_says"]):
        assert "sanctioned" not in _names(REFUSED)


def test_f1(bench: ModuleType) -> None:
    assert bench.f1(1, 1, 1) == 1.0 and bench.f1(0, 0, 0) == 0.0
