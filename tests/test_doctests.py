"""Every ``>>>`` example in the package runs, module by module.

The examples use the paths a user would (``events``, ``corpus``); they run in a
temporary folder holding copies of both, so one that writes (``build``) writes
there, never into the repository.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import shutil
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> list[str]:
    names = [timeline.__name__]
    for info in pkgutil.walk_packages(timeline.__path__, prefix=f"{timeline.__name__}."):
        if not info.name.endswith(".__main__"):  # running it would run the command
            names.append(info.name)
    return sorted(names)


def _examples(module_name: str) -> list[doctest.DocTest]:
    module = importlib.import_module(module_name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    return [t for t in finder.find(module) if t.examples]


MODULES = [name for name in _modules() if _examples(name)]


def test_the_package_has_examples() -> None:
    assert len(MODULES) >= 10, MODULES


@pytest.mark.parametrize("module_name", MODULES)
def test_docstring_examples_run(
    module_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("events", "corpus"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in _examples(module_name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"
