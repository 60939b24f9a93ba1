"""What the tests of the bench scripts share: loading a script of ``bench/`` as a module, and
a detector that fires on every sentence naming an actor and a date.

The bench scripts are not a package: each imports its siblings by name (``from
event_scorer import read_split``), so the folder goes on ``sys.path`` and each script
loaded is registered under its own name, as running it from ``bench/`` would.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from timeline.extract.detector import EventDetector

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def load_bench() -> Callable[[str], ModuleType]:
    """A function loading ``bench/<name>.py`` afresh as the module ``name``."""
    return _load


def detector_firing_everywhere(class_intercepts: list[float]) -> EventDetector:
    """A detector that proposes a candidate in every sentence it may read (intercept 5),
    its class chosen among document, gathering and visit by ``class_intercepts``."""
    return EventDetector.model_validate(
        {
            "description": "fires everywhere",
            "features": ["w:signed"],
            "weights": [1.0],
            "intercept": 5.0,
            "threshold": 0.5,
            "trained_on": ["none"],
            "trained": "2026-12-01",
            "examples": 1,
            "regularization": 1.0,
            "classes": ["document", "gathering", "visit"],
            "class_kinds": ["signing", "meeting", "visit"],
            "class_features": ["w:signed"],
            "class_weights": [[2.0, -0.5, -0.5]],
            "class_intercepts": class_intercepts,
        }
    )


def _git_commit(repository: Path, files: dict[str, bytes]) -> str:
    """A new git repository holding ``files`` in one commit; its hash (the Wikinews
    benches' mirrors)."""
    subprocess.run(["git", "init", "-q", str(repository)], check=True)
    for path, data in files.items():
        (repository / path).parent.mkdir(parents=True, exist_ok=True)
        (repository / path).write_bytes(data)
    git = ["git", "-C", str(repository), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "data"], check=True)
    done = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True)
    return done.stdout.strip()


@pytest.fixture
def git_commit() -> Callable[[Path, dict[str, bytes]], str]:
    """:func:`_git_commit`: a repository of files committed once."""
    return _git_commit
