"""Kind `other` told with forms the lexicon lacked (issue #12, the sixty-eighth pass): a
partnership raised told by the relations raised before it, a member suspended named after
the verb, a consulate or liaison office reopened. The sentences are real ones of the
tuning sets (shortened) that the gold lists as `other` and that had no rule's candidate;
the forms that must stay no event of theirs follow.
"""

from __future__ import annotations

import pytest

from .conftest import other_kind_matches


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            'The two sides upgraded their bilateral relations to a "strategic partnership" '
            "last year.",
            "partnership",
        ),
        (
            "The two leaders decided on Wednesday to lift the bilateral relationship to a "
            "comprehensive strategic partnership of coordination for new era",
            "partnership",
        ),
        (
            "Last year, we elevated the bilateral relationship to a Comprehensive Strategic "
            "Partnership",
            "partnership",
        ),
        (
            "established diplomatic ties in 1992 and upgraded them to a strategic partnership "
            "in 2008",
            "partnership",
        ),
        (
            "The Economic Community of West Africa States (ECOWAS) has announced the "
            "suspension of Burkina Faso from its membership.",
            "suspension",
        ),
        (
            "The Peace and Security Council of the African Union (AU) has ruled to suspend "
            "Niger's activity in the organization",
            "suspension",
        ),
        ("The African Union (AU) suspended last Wednesday the Republic of Mali", "suspension"),
        ("The US has officially reopened its consulate in Greenland after 67 years.", "embassies"),
    ],
)
def test_a_form_of_kind_other_is_read(sentence: str, rule: str) -> None:
    assert rule in {name for name, _ in other_kind_matches(sentence)}


def test_the_relations_raised_are_read_only_to_a_partnership() -> None:
    read = {
        name
        for name, _ in other_kind_matches("They upgraded their ties to a strategic partnership.")
    }
    assert "partnership" in read
    for sentence in (
        "helping to lift bilateral relations to a new height",
        "the right time to raise bilateral ties to a new level",
    ):
        assert "partnership" not in {name for name, _ in other_kind_matches(sentence)}
