"""One Filter everywhere: the canned queries and Datasette URLs select what the API selects."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from timeline.collection import Timeline

pytestmark = pytest.mark.asyncio

#: Ways to write the countries of the fixture events.
COUNTRY_SPELLINGS = [
    "TR", "tr", "TUR", "Turkey", "Türkiye", "Turkiye", "türkiye", "TURKEY",
    "KZ", "kz", "KAZ", "Kazakhstan", "kazakhstan",
    "UZ", "uz", "Uzbekistan", "UZB", "TJ", "Tajikistan", "KG", "Kyrgyzstan",
]  # fmt: skip


@pytest.mark.parametrize("spelling", COUNTRY_SPELLINGS)
async def test_canned_query_selects_what_the_api_selects(
    ds: Any, timeline_fixture: Timeline, spelling: str
) -> None:
    expected = [e.id for e in timeline_fixture.filter(country=spelling)]
    assert expected
    response = await ds.client.get(
        f"/timeline/events_involving_country.json?country={quote(spelling)}&_shape=array"
    )
    assert response.status_code == 200
    assert [r["event_id"] for r in response.json()] == expected
