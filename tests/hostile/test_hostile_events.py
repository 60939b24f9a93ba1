"""Hostile events/ files (issue #16, classes 1, 2, 3, 8, 9): a clear file:line error, never more.

Each test keeps a reproduction from the issue: a file that once crashed,
hung, exhausted memory, injected script into a page or was silently
accepted. Loading it must raise :class:`~timeline.DataErrors` naming the
file, the line and what to do, and nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline import DataError
from timeline.curated import load_events
from timeline.yaml_files import MAX_DEPTH, MAX_FILE_BYTES

LoadErrors = Callable[[str], list[str]]
WHERE = "events/2022/x.yaml"


# --- class 1: only absolute http(s) URLs -----------------------------------------------------


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        ("JaVaScRiPt:alert(document.cookie)", "javascript"),
        ("data:text/html,<script>alert(1)</script>", "data"),
        ("vbscript:msgbox(1)", "vbscript"),
        ("ftp://example.org/file", "ftp"),
        ("//example.org/no-scheme", None),
        ("example.org/news", None),
        ("  javascript:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),
    ],
)
def test_source_url_must_be_http(
    load_errors: LoadErrors, event_text: str, url: str, scheme: str | None
) -> None:
    errors = load_errors(event_text.replace("https://example.org/news/1", f"'{url}'"))
    said = f" (its scheme is {scheme}:)" if scheme else ""
    assert errors == [
        f"{WHERE}:20: sources[0].url {url!r} is not an absolute http(s) URL{said}: "
        "only links such as https://example.org/page are published"
    ]


@pytest.mark.parametrize(
    ("url", "char"),
    [
        ("https://example.org/a\u00a0b", "U+00A0"),
        ("https://example.org/a b", "U+0020"),
        ("https://example.org/\u2028x", "U+2028"),
        ("https://example.org/a\tb", "U+0009"),
        ('https://example.org/"><script>alert(1)</script>', "U+0022"),
        ("https://example.org/<script>", "U+003C"),
    ],
)
def test_source_url_without_spaces_or_controls(
    load_errors: LoadErrors, event_text: str, url: str, char: str
) -> None:
    quoted = url.replace('"', '\\"').replace("\t", "\\t").replace("\u2028", "\\L")
    errors = load_errors(event_text.replace("https://example.org/news/1", f'"{quoted}"'))
    assert len(errors) == 1
    assert errors[0].startswith(f"{WHERE}:20: sources[0].url {url!r} contains the character {char}")


def test_source_url_needs_a_host(load_errors: LoadErrors, event_text: str) -> None:
    errors = load_errors(event_text.replace("https://example.org/news/1", "'https:///path'"))
    assert errors == [
        f"{WHERE}:20: sources[0].url 'https:///path' has no host name: "
        "write a link such as https://example.org/page"
    ]


@pytest.mark.parametrize("url", ["https://example.org/a?b=c#d", "HTTP://EXAMPLE.ORG/A"])
def test_http_urls_load_as_written(load_errors: LoadErrors, event_text: str, url: str) -> None:
    assert load_errors(event_text.replace("https://example.org/news/1", url)) == []


# --- class 2: dates every exporter can represent ---------------------------------------------


@pytest.mark.parametrize(
    ("date_block", "message"),
    [
        ("  value: '9999'", "'9999' ends on 9999-12-31, after 9998-12-31"),
        ("  value: 9999-12", "'9999-12' ends on 9999-12-31, after 9998-12-31"),
        ("  value: 9998-WI", "'9998-WI' ends on 9999-02-28, after 9998-12-31"),
        ("  value: 9999-W52", "'9999-W52' lies outside dates lie between"),
        ("  value: 9999-12-31", "'9999-12-31' ends on 9999-12-31, after 9998-12-31"),
    ],
)
def test_dates_past_9998_are_refused(
    load_errors: LoadErrors, event_text: str, date_block: str, message: str
) -> None:
    errors = load_errors(event_text.replace("  value: 2022-05-10", date_block))
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{WHERE}:5: date TIMEX3 value {message}"), errors


def test_an_interval_past_9998_is_refused(load_errors: LoadErrors, event_text: str) -> None:
    block = "  start: 9999-12-31\n  end: 9999-12-31\n  precision: day"
    errors = load_errors(event_text.replace("  value: 2022-05-10", block))
    assert len(errors) == 1
    assert "9999-12-31" in errors[0] and "after 9998-12-31" in errors[0]


def test_publication_date_past_9998_is_refused(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace("  quote: abc\n", "  quote: abc\n  published: 9999-12-31\n")
    assert load_errors(text) == [
        f"{WHERE}:18: sources[0].published 9999-12-31 is after 9998-12-31, the last date supported"
    ]


@pytest.mark.parametrize(
    "value", ["2022-05-10T99:99", "2022-05-10T25:00", "2022-05-10T10:60", "2022-05-10T24:30"]
)
def test_impossible_clock_times_are_refused(
    load_errors: LoadErrors, event_text: str, value: str
) -> None:
    errors = load_errors(event_text.replace("  value: 2022-05-10", f"  value: '{value}'"))
    assert len(errors) == 1
    assert errors[0].startswith(f"{WHERE}:5: date TIMEX3 value {value!r} is not a date value")


@pytest.mark.parametrize(
    "value",
    ["\u0662\u0660\u0662\u0662-\u0660\u0665-\u0661\u0660", "２０２２", "2022-\u0966\u096b"],
)
def test_non_ascii_digits_are_refused(load_errors: LoadErrors, event_text: str, value: str) -> None:
    errors = load_errors(event_text.replace("  value: 2022-05-10", f"  value: '{value}'"))
    assert len(errors) == 1
    assert errors[0].startswith(f"{WHERE}:5: date TIMEX3 value {value!r} is not a date value")


def test_non_ascii_digits_in_a_publication_date_are_refused(
    load_errors: LoadErrors, event_text: str
) -> None:
    digits = "\u0662\u0660\u0662\u0662-\u0660\u0665-\u0661\u0660"
    text = event_text.replace("  quote: abc\n", f"  quote: abc\n  published: '{digits}'\n")
    errors = load_errors(text)
    assert len(errors) == 1 and errors[0].startswith(f"{WHERE}:18: sources[0].published")


# --- class 3: aliases and merge keys ---------------------------------------------------------


def _copy_as_event(source: Path, tmp_path: Path) -> Path:
    root = tmp_path / "events"
    (root / "2022").mkdir(parents=True)
    (root / "2022" / "x.yaml").write_bytes(source.read_bytes())
    return root


def test_alias_bomb_is_refused(
    hostile_dir: Path, tmp_path: Path, errors_of: Callable[[Path], list[str]]
) -> None:
    bomb = hostile_dir / "alias-bomb.yaml"
    assert bomb.stat().st_size < 700  # six levels of ten aliases: a million strings
    assert errors_of(_copy_as_event(bomb, tmp_path)) == [
        f"{WHERE}:10: tags[1][0] uses a YAML alias (*name): aliases and anchors are not "
        "allowed in data files, write the value out"
    ]


def test_nine_level_alias_bomb_is_refused(load_errors: LoadErrors, event_text: str) -> None:
    levels = ["- &l0 [" + ", ".join(["lol"] * 10) + "]"]
    levels += [f"- &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 10)]
    text = event_text.replace("tags: [visit]\n", "tags:\n" + "\n".join(levels) + "\n")
    errors = load_errors(text)
    assert len(errors) == 1 and "uses a YAML alias" in errors[0]


def test_an_alias_of_a_scalar_is_refused(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace("title: Tokayev", "title: &t Tokayev") + "summary: *t\n"
    assert load_errors(text) == [
        f"{WHERE}:22: summary uses a YAML alias (*name): aliases and anchors are not allowed "
        "in data files, write the value out"
    ]


def test_an_unused_anchor_is_refused(load_errors: LoadErrors, event_text: str) -> None:
    """An anchor names a value for aliases, which are refused: alone it is a hidden name."""
    text = event_text.replace("title: Tokayev", "title: &t Tokayev")
    line = text.splitlines().index(next(x for x in text.splitlines() if "&t" in x)) + 1
    assert load_errors(text) == [
        f"{WHERE}:{line}: defines a YAML anchor (&t): aliases and anchors are not allowed "
        "in data files, remove it"
    ]


def test_merge_keys_are_refused(
    hostile_dir: Path, tmp_path: Path, errors_of: Callable[[Path], list[str]]
) -> None:
    assert errors_of(_copy_as_event(hostile_dir / "merge-keys.yaml", tmp_path)) == [
        f"{WHERE}:8: location uses a YAML merge key (<<): write the fields out"
    ]


# --- class 8: file:line errors instead of tracebacks -----------------------------------------


@pytest.mark.parametrize(
    ("char", "code"),
    [
        ("\x00", "U+0000"),
        ("\x0c", "U+000C"),
        ("\x1b", "U+001B"),
        ("\x7f", "U+007F"),
        # past ASCII: the C1 controls (UTF-8 0xC2 0x80-0x9F) and the two non-characters
        # U+FFFE, U+FFFF (0xEF 0xBF ...), which the bytes' quick test sends to the pattern
        ("\x86", "U+0086"),
        ("\x9f", "U+009F"),
        ("\ufffe", "U+FFFE"),
        ("\uffff", "U+FFFF"),
    ],
)
@pytest.mark.parametrize("country", ["Türkiye", "Turkiye"])  # a UTF-8 file, an ASCII one
def test_control_characters_name_their_line(
    load_errors: LoadErrors, event_text: str, char: str, code: str, country: str
) -> None:
    text = event_text.replace(
        "title: Tokayev visits Türkiye", f"title: Tok{char}ayev visits {country}"
    )
    assert load_errors(text) == [
        f"{WHERE}:4: contains the control character {code} (column 11), which YAML does not "
        "allow: remove it"
    ]


@pytest.mark.parametrize("char", ["\xa0", "\xbf", "\u00e9", "\uffc0", "\ufffd", "\U0001f600"])
def test_characters_yaml_allows_past_ascii_are_read(
    load_errors: LoadErrors, event_text: str, char: str
) -> None:
    """What the bytes' quick test sends to the pattern is refused only when the pattern
    refuses it: a no-break space and an inverted question mark (led by 0xC2 as the C1
    controls are), a letter, a character led by the same bytes as U+FFFE, the replacement
    character, an emoji."""
    assert load_errors(event_text.replace("title: Tokayev", f"title: Tok{char}ayev")) == []


def test_tags_nested_a_thousand_deep(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace("tags: [visit]", "tags: " + "[" * 1000 + "]" * 1000)
    assert load_errors(text) == [f"{WHERE}:21: nests deeper than {MAX_DEPTH} levels: flatten it"]


def test_block_nesting_deeper_than_the_bound(load_errors: LoadErrors, event_text: str) -> None:
    deep = "".join(f"\n{'  ' * (i + 1)}k:" for i in range(MAX_DEPTH + 5)) + " x"
    errors = load_errors(event_text.replace("tags: [visit]", "tags:" + deep))
    assert errors == [
        f"{WHERE}:{22 + MAX_DEPTH - 1}: nests deeper than {MAX_DEPTH} levels: flatten it"
    ]


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        (
            "  geonames_id: 323786",
            "  geonames_id: 1180591620717411303424",
            "14: location.geonames_id",
        ),
        ("  geonames_id: 323786", "  geonames_id: -5", "14: location.geonames_id"),
        ("  start: 0\n  end: 3", f"  start: {2**70}\n  end: {2**70 + 3}", "18: sources[0].start"),
    ],
)
def test_integers_stay_within_sqlite(
    load_errors: LoadErrors, event_text: str, old: str, new: str, where: str
) -> None:
    errors = load_errors(event_text.replace(old, new))
    assert errors and errors[0].startswith(f"{WHERE}:{where}"), errors


def test_an_integer_too_long_to_read(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace("  geonames_id: 323786", "  geonames_id: " + "9" * 5000)
    errors = load_errors(text)
    assert len(errors) == 1 and errors[0].startswith(f"{WHERE}:14: is not valid YAML: "), errors


def test_an_impossible_yaml_date(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace("  quote: abc\n", "  quote: abc\n  published: 2022-02-30\n")
    assert load_errors(text) == [
        f"{WHERE}:18: is not valid YAML: '2022-02-30' cannot be read: day is out of range for month"
    ]


def _events_folder(tmp_path: Path, event_text: str) -> Path:
    root = tmp_path / "events"
    (root / "2022").mkdir(parents=True)
    (root / "2022" / "good.yaml").write_text(event_text, encoding="utf-8")
    return root


def test_a_link_to_dev_zero_is_refused(
    tmp_path: Path, event_text: str, errors_of: Callable[[Path], list[str]]
) -> None:
    root = _events_folder(tmp_path, event_text)
    (root / "2022" / "x.yaml").symlink_to("/dev/zero")
    assert errors_of(root) == [
        f"{WHERE}: is a link to /dev/zero, outside {root}: copy the file into the folder instead"
    ]


def test_a_link_outside_the_folder_is_refused(
    tmp_path: Path, event_text: str, errors_of: Callable[[Path], list[str]]
) -> None:
    root = _events_folder(tmp_path, event_text)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(event_text.replace("id: 2022-05-10-visit-kz-tr", "id: other"))
    (root / "2022" / "x.yaml").symlink_to(outside)
    assert errors_of(root) == [
        f"{WHERE}: is a link to {outside.resolve()}, outside {root}: "
        "copy the file into the folder instead"
    ]


def test_a_link_inside_the_folder_is_read(
    tmp_path: Path, event_text: str, errors_of: Callable[[Path], list[str]]
) -> None:
    root = _events_folder(tmp_path, event_text)
    (root / "other.txt").write_text(event_text.replace("id: 2022-05-10-visit-kz-tr", "id: other"))
    (root / "2022" / "x.yaml").symlink_to(root / "other.txt")
    assert errors_of(root) == []
    assert len(load_events(root)) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting(
    tmp_path: Path, event_text: str, errors_of: Callable[[Path], list[str]]
) -> None:
    root = _events_folder(tmp_path, event_text)
    os.mkfifo(root / "2022" / "x.yaml")
    assert errors_of(root) == [
        f"{WHERE}: is a device, FIFO or socket, not a regular file: only regular files are read"
    ]


def test_a_folder_named_like_a_file_is_refused(
    tmp_path: Path, event_text: str, errors_of: Callable[[Path], list[str]]
) -> None:
    root = _events_folder(tmp_path, event_text)
    (root / "2022" / "x.yaml").mkdir()
    assert errors_of(root) == [
        f"{WHERE}: is a folder, not a regular file: only regular files are read"
    ]


def test_a_file_over_the_size_bound_is_refused(load_errors: LoadErrors, event_text: str) -> None:
    padding = "# " + "x" * 1000 + "\n"
    text = event_text + padding * (MAX_FILE_BYTES // len(padding) + 1)
    assert load_errors(text) == [
        f"{WHERE}: is larger than {MAX_FILE_BYTES:,} bytes, the most a data file may hold: split it"
    ]


# --- class 9: nothing silently accepted ------------------------------------------------------


def test_a_key_given_twice_names_both_lines(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace("status: occurred\n", "status: occurred\ntitle: Another title\n")
    assert load_errors(text) == [f"{WHERE}:8: title is given twice, on lines 4 and 8: keep one"]


def test_a_nested_key_given_twice_on_one_line(load_errors: LoadErrors, event_text: str) -> None:
    text = event_text.replace(
        "- {id: KZ, type: country, role: visitor}", "- {id: KZ, type: country, id: TR}"
    )
    assert load_errors(text) == [
        f"{WHERE}:9: participants[0].id is given twice, on line 9: keep one"
    ]


@pytest.mark.parametrize("root", ["", "  "])
def test_an_empty_folder_name_is_refused(
    root: str, tmp_path: Path, event_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "x.yaml").write_text(event_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the current folder holds an event: it must still not be read
    with pytest.raises(DataError, match="no events folder given: pass its path"):
        load_events(root)


# --- class 2, end to end: validate and build agree, and the edges of the range build ---------


def _redate(path: Path, value: str) -> None:
    """Give the event file ``path`` the date ``value`` (its other fields unchanged)."""
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("date:\n", 1)
    tail = rest[rest.index("status:") :]
    path.write_text(f"{head}date:\n  value: '{value}'\n{tail}", encoding="utf-8")


def _digest(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _cli(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from timeline.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("value", ["9999", "9999-W52"])
def test_validate_and_build_refuse_alike_and_write_nothing(tmp_repo: Path, value: str) -> None:
    assert _cli("build", "-q")[0] == 0
    before = _digest(tmp_repo / "exports"), (tmp_repo / "timeline.db").read_bytes()
    _redate(tmp_repo / "events" / "2022" / "2022-03-29-visit-tr-uz.yaml", value)
    validated, built = _cli("validate"), _cli("build", "-q")
    assert validated[0] == built[0] == 1
    message = f"events/2022/2022-03-29-visit-tr-uz.yaml:6: date TIMEX3 value {value!r}"
    assert message in validated[1] and message in built[1]
    assert "Traceback" not in validated[1] + built[1]
    assert (_digest(tmp_repo / "exports"), (tmp_repo / "timeline.db").read_bytes()) == before


def test_the_first_and_last_supported_days_build(tmp_repo: Path) -> None:
    _redate(tmp_repo / "events" / "2022" / "2022-03-29-visit-tr-uz.yaml", "9998-12-31")
    _redate(tmp_repo / "events" / "2022" / "2022-03-29-signing-tr-uz.yaml", "0001-01-01")
    code, output = _cli("build", "-q")
    assert code == 0, output
    ics = (tmp_repo / "exports" / "timeline.ics").read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:99981231" in ics and "DTEND;VALUE=DATE:99990101" in ics
    assert "DTSTART;VALUE=DATE:00010101" in ics
