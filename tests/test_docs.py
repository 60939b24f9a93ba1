"""Every ```python block in README.md and docs/*.md runs, in order, per file.

Blocks of one file share a namespace and run in a temporary folder holding
copies of events/ and corpus/, so examples use the same relative paths a
user would. Mark a block that must not run with ```text or ```console.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


@pytest.mark.parametrize("doc", [d for d in DOCS if d.exists()], ids=lambda p: p.name)
def test_python_examples_run(doc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = BLOCK.findall(doc.read_text(encoding="utf-8"))
    if not blocks:
        pytest.skip(f"{doc.name} has no python examples")
    for name in ("events", "corpus"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{doc.stem}"}
    for i, code in enumerate(blocks, 1):
        try:
            exec(compile(code, f"{doc.name} block {i}", "exec"), namespace)
        except Exception as exc:  # pragma: no cover - the message is the point
            raise AssertionError(f"{doc.name}, python block {i} failed: {exc!r}\n{code}") from exc


def test_every_doc_page_is_linked_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pages = sorted((ROOT / "docs").glob("*.md"))
    missing = [p.name for p in pages if f"docs/{p.name}" not in readme]
    assert not missing, f"README.md does not link these docs pages: {missing}"
