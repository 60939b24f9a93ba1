"""docs/model.md is generated from the model: it must match a fresh generation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from timeline import EventKind, Precision
from timeline.formats.timeline_json import document_schema


@pytest.fixture(scope="module")
def generator(load_script: Callable[[str], ModuleType]) -> ModuleType:
    return load_script("gen_model_docs")


def test_model_md_is_up_to_date(generator: ModuleType, repo_root: Path) -> None:
    committed = (repo_root / "docs" / "model.md").read_text(encoding="utf-8")
    assert committed == generator.render(), (
        "docs/model.md is out of date: run .venv/bin/python scripts/gen_model_docs.py"
    )


def test_check_mode(generator: ModuleType) -> None:
    assert generator.main(["--check"]) == 0


def test_every_field_and_value_is_documented(generator: ModuleType) -> None:
    text = generator.render()
    for name, schema in document_schema()["$defs"].items():
        assert f"\n## {name}\n" in text
        for field in schema.get("properties", {}):
            assert f"| `{field}` |" in text
    for kind in EventKind:
        assert f"| `{kind.value}` |" in text
    for precision in Precision:
        assert f"`{precision.value}`" in text


def test_a_new_definition_must_be_placed(
    generator: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator, "OBJECTS", [n for n in generator.OBJECTS if n != "Location"])
    with pytest.raises(SystemExit, match=r"add \['Location'\] to OBJECTS or ENUMS"):
        generator.render()
