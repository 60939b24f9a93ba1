"""bench/extraction.py --by-document: the documents of a development folder with the most
errors, where the forty-second pass began reading articles beside their gold."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from types import SimpleNamespace as N

import pytest


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("extraction")


def _gold(document: str) -> N:
    return N(documents=(document,))


def _event(document: str) -> N:
    return N(sources=[N(document=document)])


def test_the_documents_with_the_most_errors_come_first(bench: ModuleType) -> None:
    scores = N(
        matched=[(_gold("a"), _event("a")), (_gold("c"), _event("c"))],
        missed=[_gold("b"), _gold("a"), _gold("b")],
        spurious=[_event("b"), _event("c")],
    )
    rows = bench.documents_table(scores, 3).splitlines()[2:]
    # b: 2 missed + 1 spurious; a: 1 missed; c: 1 spurious (a before c: name order)
    assert rows == [
        "| b | 2 | 1 | 0 | 3 |",
        "| a | 2 | 1 | 1 | 1 |",
        "| c | 1 | 2 | 1 | 1 |",
    ]
    assert len(bench.documents_table(scores, 1).splitlines()) == 3


def test_exact_dates_count_the_whole_interval_only(bench: ModuleType) -> None:
    from datetime import date

    def dated(start: int, end: int) -> N:
        return N(date=N(start=date(2024, 3, start), end=date(2024, 3, end)))

    scores = N(
        matched=[
            (dated(4, 6), dated(4, 6)),  # "from Monday to Wednesday", read whole
            (dated(4, 6), dated(6, 6)),  # its last day only: right, not exact
            (dated(1, 31), dated(1, 31)),
        ]
    )
    assert bench.exact_dates(scores) == 2


def test_every_run_names_the_versions_of_the_libraries_that_move_figures(
    bench: ModuleType,
) -> None:
    # forty-eighth session: a rebuilt checkout gave other held-out figures with the same code
    # and texts; the package pins no version, so the benches print them
    from importlib.metadata import version

    line = bench.library_versions()
    assert f"pycountry {version('pycountry')}" in line
    assert f"python-dateutil {version('python-dateutil')}" in line
    assert bench.library_versions(["no-such-library"]) == "no-such-library absent"


def test_the_texts_digest_tells_whether_two_runs_read_the_same_texts(bench: ModuleType) -> None:
    docs = [N(id="a", published="2024-01-01", text="x"), N(id="b", published=None, text="y")]
    assert bench.texts_digest(docs) == bench.texts_digest(list(reversed(docs)))
    assert bench.texts_digest(docs) != bench.texts_digest(
        [docs[0], N(id="b", published=None, text="y ")]
    )
    assert bench.texts_digest(docs) != bench.texts_digest(
        [docs[0], N(id="b", published="2024-01-02", text="y")]
    )
    assert len(bench.texts_digest(docs)) == 12
