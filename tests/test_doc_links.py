"""Every relative link of README.md and docs/ leads somewhere, and every page is reachable.

A link ``[text](page.md#anchor)`` must name a file that exists (relative to the page
that holds it) and, when it has an anchor, a heading of that file whose GitHub anchor
is the one written (lower case, punctuation dropped, spaces as hyphens, ``-1``, ``-2``
... after a repeated heading). Every page under docs/ must be linked from README.md or
from another page under docs/, so a reader can reach it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading.

    >>> anchor("The build at scale (`timeline build`)")
    'the-build-at-scale-timeline-build'
    >>> anchor("Held out, at the end of the twenty-fifth pass: te3-a and te3-b")
    'held-out-at-the-end-of-the-twenty-fifth-pass-te3-a-and-te3-b'
    """
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


@cache
def anchors(page: Path) -> set[str]:
    """Every anchor of a page's headings, repeated headings numbered as GitHub does."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for heading in HEADING.findall(FENCE.sub("", page.read_text(encoding="utf-8"))):
        base = anchor(heading)
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def links(page: Path) -> list[str]:
    """The relative link targets of a page, code blocks and spans left out."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    targets = [a or b for a, b in LINK.findall(text)]
    return [t for t in targets if not re.match(r"[a-z][a-z0-9+.-]*:", t)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_lead_somewhere(page: Path) -> None:
    broken = []
    for target in links(page):
        path, _, fragment = target.partition("#")
        goal = (page.parent / path).resolve() if path else page
        if not goal.exists():
            broken.append(f"{target}: no such file")
        elif fragment and goal.suffix == ".md" and fragment not in anchors(goal):
            broken.append(f"{target}: no such heading")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_every_docs_page_is_linked() -> None:
    linked: set[Path] = set()
    for page in PAGES:
        for target in links(page):
            path = target.partition("#")[0]
            if path:
                linked.add((page.parent / path).resolve())
    orphans = [str(p.relative_to(ROOT)) for p in PAGES[1:] if p.resolve() not in linked]
    assert not orphans, f"no page links these: {orphans}"


def test_the_anchor_rule_fails_on_a_missing_heading(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# A page\n\n## Twice\n\n## Twice\n\n```\n## not a heading\n```\n")
    assert anchors(page) == {"a-page", "twice", "twice-1"}
