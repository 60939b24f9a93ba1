"""A date inside a relative clause after a comma is its own verb's, or the noun's it tells
of, not the date of the act of the main clause it interrupts: "The agreement, which builds on
the declaration of principles signed in Washington on April 25, takes immediate effect" is no
entry into force of April 25; "The meeting, which began at ministerial level on Wednesday,
also saw Biya pass on the mandate" is no handover of Wednesday (sixty-fifth pass; sentences
of our own in the manner of the fifty-nine's)."""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events

ENTRY_INTO_FORCE = (
    "The foreign ministers of Ethiopia and Eritrea signed a Saudi-brokered peace agreement "
    "in Jeddah on Friday, June 27.\n\n"
    "The agreement, which was drafted by the two foreign ministries in March, takes "
    "immediate effect, according to a Saudi adviser."
)

HANDOVER = (
    "Heads of state of the Economic Community of West African States met on Friday in Abuja "
    "for a one-day summit.\n\n"
    "The gathering of the bloc, which began at the level of ministers on Wednesday, also saw "
    "Nigerian President Bola Tinubu hand over the chairmanship to Senegalese President Macky "
    "Sall."
)


def test_the_relative_clauses_month_dates_no_entry_into_force(tmp_path: Path) -> None:
    found = article_events(tmp_path, ENTRY_INTO_FORCE, "2025-06-28")
    dated = [(e.kind.value, e.date.value) for e in found]
    assert (EventKind.entry_into_force.value, "2025-03") not in dated, dated


def test_the_relative_clauses_day_dates_no_handover_after_it(tmp_path: Path) -> None:
    found = article_events(tmp_path, HANDOVER, "2023-03-18")
    dated = [(e.kind.value, e.date.value) for e in found]
    assert (EventKind.other.value, "2023-03-15") not in dated, dated
