"""Every pointer into the docs from code, tests and docs leads to its text.

Docstrings, comments and docs cite a section as ``docs/extraction.md, "Sixth pass"``
or ``docs/history/scale-log.md, "Extraction per core, eighth session"``. When a section
moves (the session logs moved to docs/history/ on 2026-12-02), the path must follow it:
this test fails on a pointer whose file does not exist, or whose quoted words are
neither the start of one of that file's headings nor words of its text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {".py", ".md", ".yaml", ".yml", ".json", ".txt", ".toml", ".cfg"}
POINTER = re.compile(r"docs/((?:history/)?[a-z0-9_-]+\.md)")
#: the words right after a pointer that name its section: `, "Sixth pass"`,
#: `("Development set")`, `, section "Held out ..."`
QUOTE = re.compile(
    r'^(?:\s*(?:[,;:(]|\'s)\s*|\s+)(?:the\s+)?(?:sections?\s+|in\s+)?"([^"]{3,300})"'
)
#: a line break inside a comment or docstring, with what starts the next line
BREAK = re.compile(r"\n[ \t]*(?:#:?|//|\*)?[ \t]*")


def normal(text: str) -> str:
    """Quotes, backticks and spacing as one form, lower case.

    >>> normal("The “build”  at `scale`")
    'the "build" at scale'
    """
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("`", "")
    return re.sub(r"\s+", " ", text).strip().lower()


@cache
def page(relative: str) -> tuple[tuple[str, ...], str] | None:
    """A docs page's headings and text, normalized; None when it does not exist."""
    path = ROOT / "docs" / relative
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    headings = tuple(normal(h) for h in re.findall(r"^#{1,6}\s+(.+?)\s*$", text, re.M))
    return headings, normal(text)


def sources() -> list[Path]:
    found = [ROOT / "README.md"]
    for folder in ("src", "bench", "tests", "docs"):
        found += [
            p
            for p in sorted((ROOT / folder).rglob("*"))
            if p.suffix in SUFFIXES and p.is_file() and "egg-info" not in str(p)
        ]
    return [p for p in found if p != Path(__file__).resolve()]


def broken_pointers(text: str) -> list[str]:
    """The pointers of ``text`` that lead nowhere, as ``path: "quote"``."""
    broken = []
    for match in POINTER.finditer(text):
        target = page(match.group(1))
        if target is None:
            broken.append(f"{match.group(0)}: no such file")
            continue
        after = BREAK.sub(" ", text[match.end() : match.end() + 400])
        quoted = QUOTE.match(after.replace("“", '"').replace("”", '"'))
        if not quoted:
            continue
        words = normal(quoted.group(1)).rstrip(" ,.;:").replace("...", "").replace("…", "")
        words = words.strip()
        headings, body = target
        if not any(h.startswith(words) for h in headings) and words not in body:
            broken.append(f'{match.group(0)}: "{words}"')
    return broken


def test_every_pointer_leads_to_its_text() -> None:
    broken = []
    for path in sources():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        broken += [f"{path.relative_to(ROOT)}: {b}" for b in broken_pointers(text)]
    assert not broken, "pointers that lead nowhere:\n" + "\n".join(broken)


def test_a_moved_section_is_caught() -> None:
    assert broken_pointers('see docs/extraction.md, "Sixth pass: candidates"') == [
        'docs/extraction.md: "sixth pass: candidates"'
    ]
    assert broken_pointers('see docs/history/extraction-log.md, "Sixth pass: candidates"') == []
    assert broken_pointers("see docs/no-such-page.md") == ["docs/no-such-page.md: no such file"]
