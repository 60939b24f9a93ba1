"""docs/cli.md is generated from --help, and every command is in it."""

from __future__ import annotations

import re
from pathlib import Path

from timeline.docs_cli import commands, reference


def test_reference_is_up_to_date(repo_root: Path) -> None:
    page = (repo_root / "docs" / "cli.md").read_text(encoding="utf-8")
    generated = re.search(r"\]\]\] -->\n(.*)<!-- \[\[\[end\]\]\] -->", page, re.S)
    assert generated is not None
    assert generated.group(1) == reference(), "docs/cli.md is stale: run `make docs`"


def test_every_command_is_documented_and_helpful(repo_root: Path) -> None:
    page = (repo_root / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in commands():
        assert f"## `{name}`" in page, name
        assert (command.help or "").strip(), f"{name} has no help text"
