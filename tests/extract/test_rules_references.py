"""Events whose organization is named only as "the organization" or "Forum Leaders" (issue #12).

Real sentences of corpus-extra and the dev split that the code before gave
without the organization (docs/history/extraction-log.md, "Fourth pass").
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_the_organization_of_a_handover_is_the_one_named_before(tmp_path: Path) -> None:
    body = (
        "Turkish President Recep Tayyip Erdoğan visited Ashgabat on Nov. 27 to pay an official "
        "visit and attend the 15th Summit of Heads of Member States of the Economic Cooperation "
        "Organization (ECO). During his two-day visit, President Erdoğan is also likely to hold "
        "bilateral meetings with some of the participating heads of the member countries on the "
        "sidelines of the Summit during which he will hand over the term presidency of the "
        "organization to Berdimuhamedov."
    )
    (handover,) = [e for e in events(tmp_path, body, "2021-11-27") if e.kind.value == "other"]
    assert "ECO" in handover.organizations and "TM" in handover.countries


def test_forum_leaders_are_the_forum_named_before(tmp_path: Path) -> None:
    body = (
        "Pacific Islands Forum Leaders have reaffirmed their commitment to collective action for "
        "a strong Blue Pacific region. The 2018 Forum Leaders Communique, released following the "
        "Forum Leaders Retreat in Nauru, commits the Forum to working for sustainable development "
        "in the region."
    )
    found = {e.kind.value: e for e in events(tmp_path, body, "2018-09-20")}
    assert found["statement"].date.value == "2018" and "PIF" in found["statement"].organizations
    assert found["meeting"].date.value == "2018" and "PIF" in found["meeting"].organizations
