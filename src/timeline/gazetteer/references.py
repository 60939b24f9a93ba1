"""Organizations named without their name: "the organization", "the bloc", "the Forum".

News names an organization once and then by a common noun ("he will hand over
the term presidency of the organization to Berdimuhamedov") or by the head of
its name ("the Forum", "Forum Leaders" after "the Pacific Islands Forum").
Such a reference is that organization (see :func:`organization_references`).
The phrases are the reviewed ``organization_references`` of ``data/aliases.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from .actors import ActorMention, aliases_data

__all__ = ["organization_references"]


#: A capitalised word right before a head noun makes it part of another name.
_NAME_BEFORE = re.compile(r"(?<!\w)(?!The\s)[A-Z][\w’'-]*\s+$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = aliases_data().get("organization_references", {})

    def words(phrases: Sequence[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    return words(data.get("common", ())), words(data.get("heads", ()))


def organization_references(
    text: str, start: int, end: int, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """Mentions of the organizations that ``text[start:end]`` names without their name.

    ``actors`` are the mentions :func:`~timeline.gazetteer.find_actors` found in
    the same span. A common noun ("the bloc") is the last organization named
    before it. A head noun ("the Council") is the organization of the last name
    before it that holds that word, if that name is an organization's: after
    "the Uzbek-Turkish Strategic Cooperation Council", a body the table does not
    list, "the Council" is no reference. A head noun inside a name ("Pacific
    Islands Forum") or after a capitalised word ("the Ministerial Council") is
    no reference either.
    """
    orgs = sorted((a for a in actors if a.type == "organization"), key=lambda a: a.start)
    if not orgs:
        return []
    common, heads = _patterns()
    # mentions do not overlap, so sorted by start they are sorted by end: bisect, and a
    # text of thousands of names and references stays linear (docs/reliability.md)
    starts = [o.start for o in orgs]
    ends = [o.end for o in orgs]
    found: list[ActorMention] = []
    for m in common.finditer(text, start, end):
        last = bisect_right(ends, m.start()) - 1
        if last >= 0:
            found.append(_reference(m, orgs[last]))
    owner: dict[str, ActorMention | None] = {}
    for m in heads.finditer(text, start, end):
        word = m.group(0)
        at = bisect_right(starts, m.start()) - 1
        inside = orgs[at] if at >= 0 and m.end() <= orgs[at].end else None
        if inside is not None:
            owner[word] = inside
        elif _NAME_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            owner[word] = None  # "the Ministerial Council": another name
        elif (org := owner.get(word)) is not None:
            found.append(_reference(m, org))
    return sorted(found, key=lambda a: a.start)


def _reference(m: re.Match[str], org: ActorMention) -> ActorMention:
    return ActorMention(m.start(), m.end(), m.group(0), org.id, "organization", org.name, "alias")
