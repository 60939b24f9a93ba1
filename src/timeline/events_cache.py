"""Validated event and agreement files, cached in SQLite by content and model version.

``timeline build`` reads every file of events/. With this cache, a file whose
bytes are those of a file an earlier build validated is not parsed as YAML
again, nor validated: its record is rebuilt from the JSON that build stored,
as a trusted value (:meth:`EventFileCache.record`: one JSON decode and the
models built field by field, without running their validators, which that
build ran on the same bytes with the same code). The key of an entry is the
SHA-256 of :func:`validator_version` (a hash of the model, the code and data it
validates with, and the versions of pydantic, PyYAML and the code lists), of
the kind of record (event or agreement) and of the file's bytes; so changing
the model or a code list ignores every entry, and an edited file is read
again. Files that did not validate are not stored: their errors are found
again, with their lines. An entry is JSON, never code: one that does not
have the shape of a record (damaged, or written by hand) is read as missing,
and the file is validated again.

The cache is the table ``event_files(key, file, result)`` of a SQLite file
(``.timeline-cache.db`` beside the database by default; the design of
:mod:`timeline.keyed_cache`). Deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel

from .errors import DataError
from .keyed_cache import KeyedCache, code_version

__all__ = ["EventFileCache", "share_fields_sets", "validator_version"]

#: What validating an event file runs on: these modules and folders of timeline, these libraries.
_CODE = (
    "model.py",
    "timex.py",
    "urls.py",
    "gazetteer",
    "data",
    "curated.py",
    "yaml_files.py",
    "events_cache.py",
)
_LIBRARIES = ("timeline", "pydantic", "pydantic-core", "PyYAML", "pycountry")

M = TypeVar("M", bound=BaseModel)
_Convert = Callable[[Any], Any]


@cache
def validator_version() -> str:
    """A hash of the code, data and library versions validating an event file depends on."""
    return code_version(_CODE, _LIBRARIES)


@cache
def _every_field(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def share_fields_sets(record: BaseModel) -> None:
    """Make ``record`` and the models in its fields share one "fields set" per model.

    Pydantic keeps with every model the set of the fields it was given (what
    ``model_dump(exclude_unset=True)`` leaves out, which timeline never asks
    for): about half of the memory of a loaded timeline (6.8 -> 3.6 KB per event,
    measured with tracemalloc on 10,000 events). Every record loaded is given one
    set of all its model's fields instead, shared by every record of that model;
    pydantic only ever adds to it (when a field is assigned), which leaves it as
    it is.
    """
    shared = _every_field(type(record))
    if record.__pydantic_fields_set__ is shared:
        return  # rebuilt from the cache: shared already, and so are its parts
    object.__setattr__(record, "__pydantic_fields_set__", shared)
    for name in _fields_of_models(type(record)):
        value = record.__dict__[name]
        if isinstance(value, list):
            for item in value:
                share_fields_sets(item)
        elif value is not None:
            share_fields_sets(value)


@cache
def _fields_of_models(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` holding a model, an optional one or a list of them."""
    return tuple(name for name, info in model.model_fields.items() if _holds_model(info.annotation))


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


class EventFileCache(KeyedCache):
    """Validated records by the bytes of their file, in a SQLite file.

    >>> from timeline.curated import load_events
    >>> cache = EventFileCache(".timeline-cache.db")           # doctest: +SKIP
    >>> load_events("events", cache=cache)                     # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "event_files", "file", DataError)

    @staticmethod
    def key(model: type[BaseModel], data: bytes) -> str:
        """The key of a file of ``data`` holding a ``model`` (Event or Agreement)."""
        digest = hashlib.sha256(f"{validator_version()}\0{model.__name__}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    @staticmethod
    def text(record: BaseModel) -> str:
        """The JSON stored for a validated record; :meth:`record` reads it back."""
        return record.model_dump_json(exclude_computed_fields=True)

    @staticmethod
    def record(model: type[M], text: str) -> M | None:
        """The record :meth:`text` stored, rebuilt without validating it again; ``None`` when
        ``text`` does not have the shape of such a record (a damaged or planted entry: JSON
        only, so it can never run code; an entry of the right shape is trusted, as the
        code beside the cache file is).

        Equal to ``model.model_validate_json(text)`` for every text :meth:`text`
        wrote (``tests/foundation/test_event_files_loading.py`` checks it on
        every curated file) at about half its cost (0.3 against 0.63 CPU s for
        10,000 events, 2026-11-29): the validators the model
        runs (dates against their TIMEX3 value, codes against the gazetteer,
        quote lengths) ran when the entry was stored, on the same bytes.
        """
        try:
            built = _model_builder(model)(orjson.loads(text))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
            return None
        return built if isinstance(built, model) else None


@cache
def _builder(annotation: Any) -> _Convert | None:
    """A function making a value of type ``annotation`` from its JSON form, trusting it, or
    ``None`` when the JSON value is the value (text, whole numbers, booleans, lists of them).

    Covers what the model's fields use (models, lists, optional values, enums,
    dates, str, int, float, bool); any other type raises ``TypeError`` when the
    builder is made, so a new kind of field cannot be rebuilt wrongly.
    """
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_builder(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        if len(others) != 1:
            raise TypeError(f"no trusted rebuild for {annotation!r}")
        inner = _builder(others[0])
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = _builder(args[0])
        if item is None:
            return list
        return lambda value: [item(v) for v in value]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return {member.value: member for member in annotation}.__getitem__
    if annotation is date:
        return date.fromisoformat
    if annotation is float:
        return float
    if annotation in (str, int, bool):
        return None
    raise TypeError(f"no trusted rebuild for {annotation!r}")


@cache
def _model_builder(model: type[BaseModel]) -> _Convert:
    names = model.model_fields.keys()
    converted = [
        (name, make)
        for name, info in model.model_fields.items()
        if (make := _builder(typing.cast(Any, info.annotation))) is not None
    ]
    shared = _every_field(model)

    def build(value: dict[str, Any]) -> BaseModel:  # see share_fields_sets for the shared set
        if value.keys() != names:
            raise KeyError("not the fields of the model")
        for name, make in converted:
            value[name] = make(value[name])
        record = model.__new__(model)
        # what BaseModel.model_construct sets, without its handling of defaults and extras
        object.__setattr__(record, "__dict__", value)
        object.__setattr__(record, "__pydantic_fields_set__", shared)
        object.__setattr__(record, "__pydantic_extra__", None)
        object.__setattr__(record, "__pydantic_private__", None)
        return record

    return build
