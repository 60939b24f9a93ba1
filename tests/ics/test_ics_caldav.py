"""A real CalDAV server (Radicale) accepts the feeds and returns the same events.

Radicale runs as a subprocess on 127.0.0.1 on a free port with a temporary
storage folder and no authentication. The feed is PUT to a calendar
collection, read back with a CalDAV calendar-query REPORT (RFC 4791 §7.8),
and compared event by event. Putting the feed again with one event changed
updates that event in place (same UID, SEQUENCE 1) instead of adding one.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import icalendar
import pytest

from timeline import Timeline
from timeline.formats import write as write_exports

QUERY = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter>
  </C:filter>
</C:calendar-query>"""

NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:caldav"}


@dataclass(frozen=True)
class Server:
    url: str
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Server]:
    pytest.importorskip("radicale", reason="Radicale is in the dev extra: pip install -e '.[dev]'")
    port = _free_port()
    log = tmp_path / "radicale.log"
    cmd = [
        sys.executable,
        "-m",
        "radicale",
        "--config",
        "",
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--storage-filesystem-folder",
        str(tmp_path / "collections"),
        "--auth-type",
        "none",
        "--rights-type",
        "owner_only",
        "--web-type",
        "none",
        "--logging-level",
        "warning",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"Radicale did not start: {log.read_text('utf-8', 'replace')}"
                    ) from None
                time.sleep(0.05)
        yield Server(f"http://127.0.0.1:{port}", log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def events_of(cal: icalendar.Calendar) -> dict[str, tuple[object, ...]]:
    return {
        str(e["UID"]): (
            e.decoded("DTSTART"),
            e.decoded("DTEND"),
            str(e["SUMMARY"]),
            str(e["DESCRIPTION"]),
            int(e["SEQUENCE"]),
            str(e["STATUS"]),
            e.decoded("DTSTAMP"),
        )
        for e in cal.walk("VEVENT")
    }


def query(client: httpx.Client, collection: str) -> dict[str, tuple[object, ...]]:
    response = client.request(
        "REPORT",
        collection,
        content=QUERY,
        headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
    )
    assert response.status_code == 207, response.text
    found: dict[str, tuple[object, ...]] = {}
    for item in ET.fromstring(response.content).findall("D:response", NS):
        data = item.find("D:propstat/D:prop/C:calendar-data", NS)
        assert data is not None and data.text
        one = events_of(icalendar.Calendar.from_ical(data.text))
        assert len(one) == 1
        found.update(one)
    return found


def test_radicale_accepts_feed_and_returns_same_events(
    radicale: Server, tmp_path: Path, ics_timeline: Timeline
) -> None:
    exports = tmp_path / "exports"
    write_exports(ics_timeline, exports, ["ics"], today=date(2026, 11, 23), include_imprecise=True)
    feed = (exports / "timeline.ics").read_bytes()
    expected = events_of(icalendar.Calendar.from_ical(feed))
    assert len(expected) == 13
    with httpx.Client(base_url=radicale.url, auth=("analyst", "x"), timeout=30) as client:
        put = client.put(
            "/analyst/timeline/",
            content=feed,
            headers={"Content-Type": "text/calendar; charset=utf-8"},
        )
        assert put.status_code == 201, put.text
        assert query(client, "/analyst/timeline/") == expected

        whole = client.get("/analyst/timeline/")
        assert whole.status_code == 200
        assert whole.headers["content-type"].startswith("text/calendar")
        assert events_of(icalendar.Calendar.from_ical(whole.content)) == expected

        # The subscriber's view after the event changes: updated in place, not duplicated.
        ics_timeline.event("2022-05-03-call-tj-tr").title = "Erdoğan and Rahmon talk trade"
        write_exports(
            ics_timeline, exports, ["ics"], today=date(2026, 12, 1), include_imprecise=True
        )
        again = client.put(
            "/analyst/timeline/",
            content=(exports / "timeline.ics").read_bytes(),
            headers={"Content-Type": "text/calendar; charset=utf-8"},
        )
        assert again.status_code in (201, 204), again.text
        after = query(client, "/analyst/timeline/")
    uid = "2022-05-03-call-tj-tr@timeline"
    assert sorted(after) == sorted(expected)
    assert after[uid][2] == "Erdoğan and Rahmon talk trade"
    assert after[uid][4] == 1
    assert {k: v for k, v in after.items() if k != uid} == {
        k: v for k, v in expected.items() if k != uid
    }


def test_radicale_accepts_one_event_per_resource(
    radicale: Server, tmp_path: Path, ics_timeline: Timeline
) -> None:
    """Each VEVENT stored as its own resource (how CalDAV clients write) reads back equal."""
    exports = tmp_path / "exports"
    write_exports(ics_timeline, exports, ["ics"], today=date(2026, 11, 23))
    cal = icalendar.Calendar.from_ical((exports / "calendars" / "TR.ics").read_bytes())
    with httpx.Client(base_url=radicale.url, auth=("analyst", "x"), timeout=30) as client:
        made = client.request("MKCALENDAR", "/analyst/tr/")
        assert made.status_code == 201, made.text
        for event in cal.walk("VEVENT"):
            one = icalendar.Calendar()
            for name in ("VERSION", "PRODID", "CALSCALE"):
                one.add(name, cal[name])
            one.add_component(event)
            name = str(event["UID"]).replace("@", "%40")
            put = client.put(
                f"/analyst/tr/{name}.ics",
                content=one.to_ical(),
                headers={"Content-Type": "text/calendar; charset=utf-8"},
            )
            assert put.status_code == 201, put.text
        assert query(client, "/analyst/tr/") == events_of(cal)
