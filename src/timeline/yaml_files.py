"""Reading one YAML data file that a stranger may have written: bounded, fast, with lines.

The events/ files are input from anyone who can open a pull request, so
reading one must never crash, hang or run out of memory, and every refusal
names the file and line. :func:`read_yaml_file`:

* reads only a regular file, inside the folder it was found in (a symlink
  pointing outside is refused; a FIFO, device or folder named ``x.yaml`` is
  refused without blocking), of at most :data:`MAX_FILE_BYTES`;
* refuses the characters YAML does not allow (NUL, other control bytes),
  naming their line, before parsing;
* parses once, with libyaml's C parser (PyYAML's ``CSafeLoader``) when PyYAML
  was built with it, and builds the Python values from that node tree, so
  the marks of each node give the line of each field. When the C parser
  rejects a file, the pure-Python parser reads it again for the error, so
  messages are the same with or without libyaml;
* refuses aliases (``*name``), anchors (``&name``, even unused) and merge
  keys (``<<``): they have no use in a data file, and an alias "bomb" of a
  few hundred bytes would otherwise expand into millions of values;
* refuses a key given twice in one mapping (YAML 1.1 lets the last win
  silently), naming both lines, and nesting deeper than :data:`MAX_DEPTH`.

The same reader serves the events/ files and a corpus's ``metadata.yaml``
(:mod:`timeline.corpus.metadata`), which asks for every scalar as the text
written (``title: Yes`` is the title "Yes", not ``True``) and allows a
larger file (one entry per article of a big corpus).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import BaseConstructor, ConstructorError

from .errors import DataError

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "Lines",
    "dotted",
    "parse_yaml",
    "read_data_file",
    "read_yaml_file",
]

#: Largest data file read, in bytes: an event file is a few kB.
MAX_FILE_BYTES = 1_000_000
#: Deepest nesting of mappings and lists accepted (an event nests four levels).
MAX_DEPTH = 20

#: The line (1-based) of each field, by its path: ``("sources", 0, "url") -> 12``.
Lines = dict[tuple[str | int, ...], int]

_MERGE_TAG = "tag:yaml.org,2002:merge"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class _Refused(Exception):
    def __init__(self, message: str, line: int | None, field: str | None = None) -> None:
        super().__init__(message)
        self.message, self.line, self.field = message, line, field


class _AliasFound(_Refused):
    """An alias: its line is looked up in the events, which keep it (the node tree does not)."""


def _alias_line(text: str) -> int | None:
    for event in yaml.parse(text, Loader=_FastBase):
        if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
            return int(event.start_mark.line) + 1
    return None


def _refuse_anchors(text: str) -> None:
    """Refuse an anchor (``&name``) that no alias uses: it is a value's hidden name, no data."""
    if "&" not in text:  # no anchor can be written without one
        return
    for event in yaml.parse(text, Loader=_FastBase):
        anchor = getattr(event, "anchor", None)
        if anchor is not None and not isinstance(event, yaml.AliasEvent):
            line = int(event.start_mark.line) + 1 if event.start_mark is not None else None
            raise _Refused(
                f"defines a YAML anchor (&{anchor}): aliases and anchors are not allowed "
                "in data files, remove it",
                line,
            )


def _construct(loader: BaseConstructor, node: yaml.Node, deep: bool) -> Any:
    """Build one value; a scalar Python cannot hold (2022-02-30) becomes a marked error."""
    try:
        return BaseConstructor.construct_object(loader, node, deep)
    except (ValueError, OverflowError) as exc:
        raise ConstructorError(
            None, None, f"{node.value!r} cannot be read: {exc}", node.start_mark
        ) from None


class _PythonLoader(yaml.SafeLoader):
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        return _construct(self, node, deep)


_FastBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"

#: The implicit resolvers of a plain scalar by its first character ("" for an empty one),
#: those for any character after them: what PyYAML's ``resolve`` looks up for each scalar.
_PLAIN_RESOLVERS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(resolvers) + tuple(_FastBase.yaml_implicit_resolvers.get(None, ()))
    for first, resolvers in _FastBase.yaml_implicit_resolvers.items()
    if first is not None
}
_ANY_FIRST: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    _FastBase.yaml_implicit_resolvers.get(None, ())
)


class _FastLoader(_FastBase):  # type: ignore[valid-type,misc]
    """libyaml's loader, resolving tags as PyYAML's resolver does in fewer Python steps.

    libyaml calls back into Python to resolve the tag of every node (65 calls per
    event file); PyYAML's ``resolve`` also consults path resolvers, which a safe
    loader has none of (checked here), so ``descend_resolver``/``ascend_resolver``
    have nothing to do and the implicit resolvers are looked up once per scalar.
    The tags are PyYAML's (tests/foundation/test_event_files_loading.py compares).
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        return _construct(self, node, deep)

    if not _FastBase.yaml_path_resolvers:

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
            if kind is yaml.ScalarNode:
                if implicit[0]:
                    for tag, regexp in _PLAIN_RESOLVERS.get(value[:1], _ANY_FIRST):
                        if regexp.match(value):
                            return tag
                return _STR_TAG
            if kind is yaml.SequenceNode:
                return _SEQ_TAG
            return _MAP_TAG


def _read_up_to(fd: int, size: int) -> bytes:
    """Up to ``size`` bytes of the open file ``fd``, fewer only at its end (``os.read`` may
    give fewer than asked before the end: a regular file on a network file system)."""
    data = os.read(fd, size)
    if len(data) in (0, size):
        return data
    parts = [data]
    left = size - len(data)
    while left > 0:
        more = os.read(fd, left)
        if not more:
            break
        parts.append(more)
        left -= len(more)
    return b"".join(parts)


def _read_bytes(path: str | Path, inside: Path | None, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, found inside ``inside``."""
    real = path
    # one lstat (on the text: no Path made); resolving every path would cost a few per file
    if os.path.islink(path):
        try:
            real = Path(path).resolve()
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
            raise _Refused(f"cannot be read: {exc}", None) from None
        if inside is not None and not real.is_relative_to(inside.resolve()):
            raise _Refused(
                f"is a link to {real}, outside {inside}: copy the file into the folder instead",
                None,
            )
    try:
        fd = os.open(real, _OPEN_FLAGS)  # O_NONBLOCK: opening a FIFO must not wait
    except OSError as exc:
        raise _Refused(f"cannot be read: {exc.strerror}", None) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, FIFO or socket"
            raise _Refused(f"is {what}, not a regular file: only regular files are read", None)
        try:
            # ask for the size the file has (asking for max_bytes would allocate a
            # megabyte for each file of a few kB), then for whatever it grew by; plain
            # reads of the descriptor (a buffered file object cost a third of the read)
            want = min(info.st_size, max_bytes) + 1
            data = _read_up_to(fd, want)
            if len(data) == want:
                data += _read_up_to(fd, max_bytes + 1 - want)
        except OSError as exc:
            raise _Refused(f"cannot be read: {exc.strerror}", None) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _Refused(
            f"is larger than {max_bytes:,} bytes, the most a data file may hold: split it",
            None,
        )
    return data


#: The bytes of UTF-8 text that never begin nor continue a character YAML refuses: tab, line
#: breaks, printable ASCII, and every byte of a multi-byte character (of which only the C1
#: controls, led by 0xC2, and U+FFFE/U+FFFF, by 0xEF 0xBF, are refused).
_ALLOWED_BYTES = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F), *range(0x80, 0x100)])


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _Refused(f"is not UTF-8 text (byte {exc.start}): save it as UTF-8", line) from None
    refused = data.translate(None, _ALLOWED_BYTES) or b"\xc2" in data or b"\xef\xbf" in data
    if not refused:
        return text  # no character refused: passes in C, where the pattern tests each one
    bad = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if bad is not None:
        before = text[: bad.start()]
        column = bad.start() - (before.rfind("\n") + 1) + 1
        raise _Refused(
            f"contains the control character U+{ord(bad.group()):04X} (column {column}), "
            "which YAML does not allow: remove it",
            before.count("\n") + 1,
        )
    return text


def _compose(text: str) -> tuple[yaml.Node | None, BaseConstructor]:
    """The node tree of ``text`` and the loader that will build its values."""
    fast = _FastLoader(text)
    try:
        return fast.get_single_node(), fast
    except yaml.MarkedYAMLError as exc:
        if "maximum nesting depth" in str(exc.problem):  # libyaml stops at 1,000 levels
            line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
            raise _Refused(f"nests deeper than {MAX_DEPTH} levels: flatten it", line) from None
    except yaml.YAMLError:
        pass
    # read again, for the pure-Python parser's message (the same with or without libyaml)
    slow = _PythonLoader(text)
    try:
        return slow.get_single_node(), slow
    except RecursionError:
        raise _Refused(f"nests deeper than {MAX_DEPTH} levels: flatten it", None) from None


def dotted(path: Sequence[str | int]) -> str:
    """A field path as people write it: ``sources[0].url``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _walk(
    node: yaml.Node, path: tuple[str | int, ...], lines: Lines, seen: set[int], where: int
) -> None:
    """Record the line of every field; refuse aliases, merge keys, duplicates, deep nesting."""
    if id(node) in seen:
        raise _AliasFound(
            "uses a YAML alias (*name): aliases and anchors are not allowed in data files, "
            "write the value out",
            where,
            dotted(path) or None,
        )
    seen.add(id(node))
    if len(path) > MAX_DEPTH:
        raise _Refused(f"nests deeper than {MAX_DEPTH} levels: flatten it", where)
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        keys: dict[tuple[str, str], int] = {}  # (tag, text) of each scalar key -> line
        for key, value in node.value:
            line = key.start_mark.line + 1
            if key.tag == _MERGE_TAG:
                raise _Refused(
                    "uses a YAML merge key (<<): write the fields out", line, dotted(path) or None
                )
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key.value)
            sub = (*path, name)
            if isinstance(key, yaml.ScalarNode):
                first = keys.get((key.tag, name))
                if first is not None:
                    lines_said = (
                        f"on line {line}" if first == line else f"on lines {first} and {line}"
                    )
                    raise _Refused(f"is given twice, {lines_said}: keep one", line, dotted(sub))
                keys[(key.tag, name)] = line
            lines[sub] = line
            _walk(value, sub, lines, seen, line)
            lines[sub] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, seen, item.start_mark.line + 1)


def _as_text(node: yaml.Node) -> Any:
    """The value of a checked node tree (no aliases) with every scalar as the text written."""
    if isinstance(node, yaml.MappingNode):
        return {str(key.value): _as_text(value) for key, value in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_as_text(item) for item in node.value]
    return str(node.value)


class _Unusual(Exception):
    """Something :func:`_value` leaves to the full reader: a refusal (its message needs the
    line map), a tagged collection, a complex or repeated key."""


def _value(node: yaml.Node, loader: BaseConstructor, depth: int, seen: set[int]) -> Any:
    """The value of ``node`` in one pass, without a line map, for a file with nothing unusual.

    Replaces :func:`_walk` and PyYAML's constructor, about half the reading time
    of an event file: plain mappings, lists and strings are built here, any other
    scalar (a number, date, boolean, null) by the loader. Whatever :func:`_walk`
    refuses, or PyYAML would build differently, raises :class:`_Unusual`, and
    the file is read again by the full reader, for the same value or message.
    """
    if id(node) in seen or depth > MAX_DEPTH:  # an alias, or too deep
        raise _Unusual
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR_TAG else _construct(loader, node, False)
    if isinstance(node, yaml.MappingNode) and node.tag == _MAP_TAG:
        out: dict[Any, Any] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE_TAG:
                raise _Unusual
            name = key.value if key.tag == _STR_TAG else _construct(loader, key, False)
            if name in out:
                raise _Unusual
            out[name] = _value(value, loader, depth + 1, seen)
        return out
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ_TAG:
        return [_value(item, loader, depth + 1, seen) for item in node.value]
    raise _Unusual


#: What a file :func:`timeline.event_writer.dump_event` writes never holds (tabs, carriage
#: returns, a byte-order mark, YAML 1.1's other line breaks, a blank line, a space at the end
#: of a line): any of them sends the file to PyYAML.
_NOT_DUMPED_TEXT = ("\t", "\r", "\ufeff", "\x85", "\u2028", "\u2029", " \n", "\n\n")
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,127}):(?: (.+))?\Z")
#: Characters a plain scalar of the subset does not start with (YAML's indicators, a space).
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
#: A number as PyYAML's emitter writes an ``int`` or a ``float`` of a few digits (longer ones
#: go to PyYAML, which refuses an integer of more than 4,300 digits with its message).
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,30})(\.[0-9]{1,30})?\Z")
#: The characters :data:`_NUMBER` can start with (a scalar starting otherwise is no number).
_NUMBER_START = frozenset("-0123456789")
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
#: Deepest nesting the subset reader follows (an event nests four levels).
_SUBSET_DEPTH = 8


class _NotDumped(Exception):
    """The text is not in the subset :class:`_DumpedReader` reads: PyYAML reads it."""


class _DumpedReader:
    """The value of a file in the subset of YAML that :func:`timeline.event_writer.dump_event`
    writes (PyYAML's emitter in block style), read line by line without PyYAML.

    libyaml is fast, but PyYAML makes a Python node, a tag look-up and several calls
    for each of the 65 or so nodes of an event file, most of the time it takes to read
    one. This reader takes only what that emitter writes: a mapping of keys that are
    plain words; under a key, a mapping indented two more spaces, a list of ``- ``
    items at the key's indentation or two more, or a scalar that is plain or
    single-quoted, on one line or folded onto lines indented two more; a plain scalar
    that resolves to a string, or a number written as ``-12`` or ``39.91987``.
    Anything else (a comment, a flow collection, a double-quoted or block scalar, a
    tag, anchor or alias, a key given twice, a scalar PyYAML would make a date,
    boolean or null, a number written another way, an unexpected indentation) raises
    :class:`_NotDumped`, and the file is read by PyYAML as before, so its value and
    every message are PyYAML's (tests/foundation/test_event_files_loading.py compares
    the two on generated and hand-written files).
    """

    def __init__(self, text: str) -> None:
        if not text.endswith("\n") or any(bad in text for bad in _NOT_DUMPED_TEXT):
            raise _NotDumped
        self.lines = text.split("\n")
        self.lines.pop()  # after the last line break
        self.indents = [len(line) - len(line.lstrip(" ")) for line in self.lines]

    def document(self) -> dict[str, Any]:
        value, at = self._mapping(0, 0, 1)
        if at != len(self.lines) or not value:
            raise _NotDumped
        return value

    def _mapping(self, at: int, column: int, depth: int) -> tuple[dict[str, Any], int]:
        lines, indents, out = self.lines, self.indents, {}
        while at < len(lines) and indents[at] == column:
            found = _KEY_LINE.match(lines[at], column)
            if found is None:
                raise _NotDumped
            key, rest = found.groups()
            if key in out or (key not in _STR_KEYS and not _a_str_key(key)):
                raise _NotDumped
            if rest is not None:
                out[key], at = self._scalar(rest, at + 1, column + 2)
                continue
            at += 1
            if at == len(lines) or depth >= _SUBSET_DEPTH:  # a null, or too deep
                raise _NotDumped
            inner = indents[at]
            if lines[at].startswith("- ", inner) and inner in (column, column + 2):
                out[key], at = self._sequence(at, inner, depth + 1)
            elif inner == column + 2:
                out[key], at = self._mapping(at, inner, depth + 1)
            else:
                raise _NotDumped
        return out, at

    def _sequence(self, at: int, column: int, depth: int) -> tuple[list[Any], int]:
        lines, indents, out = self.lines, self.indents, []
        while at < len(lines) and indents[at] == column:
            line = lines[at]
            if not line.startswith("- ", column):
                break  # the next key of the mapping this list is the value of
            if _KEY_LINE.match(line, column + 2):  # a mapping: its first key on this line
                if depth >= _SUBSET_DEPTH:
                    raise _NotDumped
                lines[at] = " " * (column + 2) + line[column + 2 :]
                indents[at] = column + 2
                item, at = self._mapping(at, column + 2, depth + 1)
            else:
                item, at = self._scalar(line[column + 2 :], at + 1, column + 2)
            out.append(item)
        return out, at

    def _scalar(self, first: str, at: int, column: int) -> tuple[Any, int]:
        """A scalar starting with ``first``, folded onto the next lines indented ``column``."""
        parts = [first]
        lines, indents = self.lines, self.indents
        while at < len(lines) and indents[at] == column:
            parts.append(lines[at][column:])
            at += 1
        if first[0] == "'":
            text = " ".join(parts)
            inner = text[1:-1]
            if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
                raise _NotDumped
            return inner.replace("''", "'"), at
        number = _NUMBER.match(first) if len(parts) == 1 and first[0] in _NUMBER_START else None
        if number is not None:  # as PyYAML builds them: int(), float() of the text
            tag = _plain_tag(first)
            if tag == _INT_TAG and number.group(1) is None:
                return int(first), at
            if tag == _FLOAT_TAG and number.group(1) is not None:
                return float(first), at
            raise _NotDumped
        for part in parts:
            if part[0] in _NOT_PLAIN_START or ": " in part or " #" in part or part[-1] == ":":
                raise _NotDumped
        value = " ".join(parts)
        if _plain_tag(value) != _STR_TAG:  # a date, boolean, null, number of another form
            raise _NotDumped
        return value, at


#: Keys whose plain scalar resolves to a string, as found (an event file's thirty-odd keys
#: are the same few dozen names in every file: each resolved once, not once a file).
_STR_KEYS: set[str] = set()
#: The most keys :data:`_STR_KEYS` keeps (a file of made-up keys does not grow it further).
_STR_KEYS_MAX = 4096


def _a_str_key(key: str) -> bool:
    """Whether the plain scalar ``key`` resolves to a string, remembered in
    :data:`_STR_KEYS` when it does."""
    if _plain_tag(key) != _STR_TAG:
        return False
    if len(_STR_KEYS) < _STR_KEYS_MAX:
        _STR_KEYS.add(key)
    return True


def _plain_tag(value: str) -> str:
    """The tag PyYAML's safe loader gives a plain scalar (as :meth:`_FastLoader.resolve`)."""
    for tag, regexp in _PLAIN_RESOLVERS.get(value[:1], _ANY_FIRST):
        if regexp.match(value):
            return tag
    return _STR_TAG


def read_data_file(
    path: str | Path, shown: str, inside: Path | None = None, *, max_bytes: int = MAX_FILE_BYTES
) -> bytes:
    """The bytes of the data file ``path``, refused as this module's docstring says.

    What :func:`read_yaml_file` reads; :func:`parse_yaml` parses them. ``shown``,
    ``inside`` and ``max_bytes`` are those of :func:`read_yaml_file`.
    """
    try:
        return _read_bytes(path, inside, max_bytes)
    except _Refused as exc:
        raise DataError(exc.message, path=shown, line=exc.line, field=exc.field) from None


def read_yaml_file(
    path: Path,
    shown: str,
    inside: Path | None = None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    scalars_as_text: bool = False,
    with_lines: bool = True,
) -> tuple[Any, Lines]:
    """The value of the YAML file ``path`` and the line of each field in it.

    ``shown`` is how messages name the file; ``inside`` the folder a symlink
    must not lead out of; ``max_bytes`` the largest file read. With
    ``scalars_as_text`` every scalar is the string written (an empty value
    is ``""``), not a number, date, boolean or ``None``. With ``with_lines``
    false the lines are not collected (the map is empty; reading is faster):
    for many files that are probably valid, read again with lines only for
    the messages of one that is not. Raises :class:`~timeline.errors.DataError`
    naming the file and line for every refusal described in this module's
    docstring.
    """
    data = read_data_file(path, shown, inside, max_bytes=max_bytes)
    return parse_yaml(data, shown, scalars_as_text=scalars_as_text, with_lines=with_lines)


def parse_yaml(
    data: bytes, shown: str, *, scalars_as_text: bool = False, with_lines: bool = True
) -> tuple[Any, Lines]:
    """The value of a YAML file's bytes and the line of each field: :func:`read_yaml_file`
    for bytes already read (by :func:`read_data_file`)."""
    try:
        text = _decode(data)
        if not with_lines and not scalars_as_text:
            try:
                return _DumpedReader(text).document(), {}
            except _NotDumped:
                pass  # PyYAML reads it, for its value or its message
        node, loader = _compose(text)
        lines: Lines = {}
        if node is None:
            return None, lines
        if not with_lines and not scalars_as_text:
            try:
                value = _value(node, loader, 0, set())
            except (_Unusual, yaml.YAMLError):
                # the full reader below refuses it, in its order, or builds it as PyYAML does
                loader.constructed_objects, loader.recursive_objects = {}, {}
            else:
                _refuse_anchors(text)
                return value, lines
        try:
            _walk(node, (), lines, set(), node.start_mark.line + 1)
        except _AliasFound as exc:
            exc.line = _alias_line(text) or exc.line
            raise
        _refuse_anchors(text)
        if scalars_as_text:
            return _as_text(node), lines
        return loader.construct_document(node), lines
    except _Refused as exc:
        raise DataError(exc.message, path=shown, line=exc.line, field=exc.field) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise DataError(
            f"is not valid YAML: {exc.problem or exc.context}",
            path=shown,
            line=mark.line + 1 if mark is not None else None,
        ) from None
    except yaml.YAMLError as exc:
        raise DataError(f"is not valid YAML: {exc}", path=shown) from None
