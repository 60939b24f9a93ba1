"""Kind `other` told with forms the lexicon lacked (issue #12, the sixty-eighth pass): a
member suspended named after the verb, a consulate or liaison office reopened, an
observer's status granted, a hotline restored or cut, a grouping joined named by a
pronoun, relations downgraded or broken; and people joined read as no grouping joined. The
sentences are real ones of the tuning sets (shortened) that the gold lists as `other` and
that had no rule's candidate; the forms that must stay no event of theirs follow.
"""

from __future__ import annotations

import pytest

from .conftest import other_kind_matches


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
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
        (
            "In 2022, the group's leaders agreed in principle to include Timor-Leste as a "
            "member state, granting it Observer Status in ASEAN meetings.",
            "admission",
        ),
        (
            "the CPLP associate observer status was also approved for countries including "
            "Chile, Serbia, Argentina, Italy, Andorra, France and Luxembourg",
            "admission",
        ),
        (
            "The Democratic People's Republic of Korea (DPRK) reopened a military hotline with "
            "South Korea across the western border Tuesday",
            "hotline",
        ),
        (
            "Seoul responded with an offer of talks and earlier this week the hotline between "
            "them was restored after being suspended for almost two years",
            "hotline",
        ),
        (
            "is seen as a historic moment for Madagascar, which joined the bloc in 2005",
            "accession",
        ),
        (
            "BRICS was founded in 2006 by Brazil, Russia, India, and China, with South Africa "
            "joining it in 2011",
            "accession",
        ),
        (
            "On January 1, 2024, Egypt, Iran, the United Arab Emirates, Saudi Arabia, and "
            "Ethiopia became the group's full members",
            "accession",
        ),
        (
            "Russia's foreign ministry said on Monday it downgraded its diplomatic relations "
            "with Estonia",
            "diplomatic-relations",
        ),
        (
            "The two countries formally resumed their bilateral relations on Monday, August 29",
            "diplomatic-relations",
        ),
        (
            "The raid prompted Mexico's President to announce the breaking of diplomatic "
            "relations with Ecuador Friday evening",
            "diplomatic-relations",
        ),
    ],
)
def test_a_form_of_kind_other_is_read(sentence: str, rule: str) -> None:
    assert rule in {name for name, _ in other_kind_matches(sentence)}


def test_a_hotline_is_read_only_when_restored_or_cut() -> None:
    read = {name for name, _ in other_kind_matches("North Korea severed the hotline in June.")}
    assert "hotline" in read
    for sentence in (
        "The military confirmed the restored hotline at about 2 p.m.",
        "They spoke via the recently reopened hotline across the border.",
    ):
        assert "hotline" not in {name for name, _ in other_kind_matches(sentence)}


def test_a_grouping_joined_is_read_but_not_people_joined() -> None:
    assert "joined" in {name for name, _ in other_kind_matches("Brunei joined ASEAN in 1984.")}
    for sentence in (
        "Bosnia, Kosovo, and Montenegro have not joined the Open Balkan initiative.",
        "President Trump joined Indian Prime Minister Modi at a rally in Houston.",
        "Rodrigo Chaves joined the President of the Republic of Panama.",
        "President Buhari and Deby joined the Muslim faithful for the prayer.",
    ):
        assert "joined" not in {name for name, _ in other_kind_matches(sentence)}
