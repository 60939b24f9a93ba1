"""A case-insensitive rule is matched on lower-cased text by its pattern without the flag
(:attr:`timeline.extract.trigger_rule.Trigger.folded`): a capital letter written in it
never matches there. The thirty-ninth session wrote "African\\s+Union" into the summit rule
and the rule silently never fired; this test reads every rule."""

from __future__ import annotations

import re

from timeline.extract.lexicon import TRIGGERS
from timeline.extract.triggers import find_triggers


def test_every_case_insensitive_rule_is_written_in_lower_case() -> None:
    capitals = []
    for trig in TRIGGERS:
        if not trig.pattern.flags & re.IGNORECASE:
            continue
        # escapes (\S, \W, \B) and group names are not letters matched
        letters = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", trig.pattern.pattern)
        if re.search(r"[A-Z]", letters):
            capitals.append(trig.name)
    assert not capitals


def test_the_african_union_assembly_session_is_a_summit() -> None:
    text = "Heads of state opened the 37th ordinary session of the African Union Assembly."
    assert [t.name for t, _, _ in find_triggers(text, 0, len(text))] == ["summit"]


def test_the_assembly_session_without_its_article_is_a_summit() -> None:
    """Ethiopian Monitor, 2023-02-17: "for the 36th ordinary Session of African Union
    Assembly" (no "the" before the body) was read as a meeting of Ethiopia and the AU."""
    text = (
        "African Heads of State and Government have gathered in Addis Ababa for the 36th "
        "ordinary Session of African Union Assembly."
    )
    assert "summit" in [t.name for t, _, _ in find_triggers(text, 0, len(text))]
