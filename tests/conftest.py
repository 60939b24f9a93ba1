"""Fixtures shared by every area's tests.

- ``repo_root``: the repository (its events/ and corpus/ are the canonical
  fixture dataset shared by tests, docs and the Datasette demo).
- ``tmp_repo``: a temporary working folder holding copies of events/ and
  corpus/, for tests that build, write or break things.
- ``data_dir``: tests/data.
- ``fixture_timeline``: the export fixture, tests/data/json/events.yaml (every
  precision, mod and status, an agreement lifecycle, an HTML/JS-injection event),
  shared by the tests of every export format and of filters.
- ``load_script``: a script of scripts/ imported as a module (the generators whose
  output tests compare with the committed files).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import settings

from timeline import Agreement, Event, Timeline

#: No property test is timed: Hypothesis's default deadline (200 ms an example) is a timed
#: assertion, which failed on this shared machine under load (speed is measured in bench/).
#: ``--hypothesis-profile=...`` still chooses another profile.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "tests" / "data"


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_fixture_timeline(
    path: Path = ROOT / "tests" / "data" / "json" / "events.yaml",
) -> Timeline:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    timeline = Timeline(
        [Event.model_validate(e) for e in raw["events"]],
        [Agreement.model_validate(a) for a in raw["agreements"]],
    )
    timeline.check()
    return timeline


def repeated_timeline(fixture: Timeline, copies: int) -> Timeline:
    """``fixture``'s events repeated ``copies`` times, each copy with its own ids and links."""
    events = list(fixture.events)
    for n in range(1, copies):
        for e in fixture.events:
            related = [f"{r}-copy{n}" for r in e.related]
            events.append(e.model_copy(update={"id": f"{e.id}-copy{n}", "related": related}))
    return Timeline(events, list(fixture.agreements))


@pytest.fixture(scope="session")
def repeat_timeline() -> Callable[[Timeline, int], Timeline]:
    """:func:`repeated_timeline`: a larger timeline from a fixture's (splice, update, search)."""
    return repeated_timeline


@pytest.fixture(scope="session")
def fixture_timeline() -> Timeline:
    """Every precision, mod and status, an agreement lifecycle, and an HTML/JS-injection event."""
    return load_fixture_timeline()


@pytest.fixture(scope="session")
def load_script() -> Callable[[str], ModuleType]:
    """``load_script("gen_model_docs")``: scripts/gen_model_docs.py as a module."""
    return _load_script


@pytest.fixture
def tmp_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with copies of events/ and corpus/; the test runs inside it."""
    for name in ("events", "corpus"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


CHROMIUM = Path("/usr/bin/chromium")
#: Flags for Debian's Chromium on a machine with no network and as root.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (never Playwright's own browser download).

    Module-scoped: Playwright's sync API keeps an event loop running while it
    is open, which would break the asyncio tests of later modules.

    Skipped when Chromium is missing, unless TIMELINE_REQUIRE_BROWSER is set
    (``make test`` sets it after installing Chromium), where that is a failure.
    """
    if not CHROMIUM.exists():
        if os.environ.get("TIMELINE_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (make browser)")
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
