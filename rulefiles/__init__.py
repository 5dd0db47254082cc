"""One way to read a rules file: TOML text into frozen dataclasses, every mistake one line.

Each domain package keeps its words and numbers in `<package>/rules/*.toml`. A module that reads
one declares the file's shape as frozen dataclasses (the file's tables and keys, their types,
and the defaults of the keys that may be left out), registers it with `@rules_file`, and reads
it with `load`. The loader refuses what the shape does not allow, naming the file and the key:

    dedup.toml: [thresholds] unknown key 'same_txet'
    dedup.toml: [kind 3] missing key 'name'
    pseudonyms.toml: [fallback] 'adult_age' must be a whole number, not 'eighteen'

All of these are `RulesError`, a `ValueError`. What only the domain knows (a label that is not a
key-event label, a date that does not exist) the module checks after loading, naming the file too.

Types a field may have: str, int, float (a whole number is accepted and kept as written), bool,
datetime.date, a Literal, a nested rules dataclass (a table), tuple[T, ...] (an array), dict[str, T]
(a table whose keys are data, not names), a union of these, and Any (accepted as written: for a
section the code reads on purpose without a fixed shape, which says so where it is declared).
A field without a default is required; a default is the one place that default is written.

This package imports nothing from the project, so every package may use it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
import types
import typing
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "RulesError",
    "build",
    "load",
    "packaged_files",
    "parse",
    "read_toml",
    "registered",
    "rules_file",
    "source",
]

T = TypeVar("T")
Where = tuple[str | int, ...]  # keys and 1-based array positions from the top of the file


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the key."""


# (package, file name) -> the dataclass that file is read into
_REGISTRY: dict[tuple[str, str], type[Any]] = {}
_FILES: dict[type[Any], tuple[str, str]] = {}


def rules_file(package: str, name: str) -> Callable[[type[T]], type[T]]:
    """Class decorator: `schema` is the shape of `<package>/rules/<name>`."""

    def register(schema: type[T]) -> type[T]:
        if not dataclasses.is_dataclass(schema):
            raise TypeError(f"{schema.__name__} must be a dataclass")
        _REGISTRY[(package, name)] = schema
        _FILES[schema] = (package, name)
        return schema

    return register


def registered() -> dict[tuple[str, str], type[Any]]:
    """Every rules file a loaded module has declared: (package, name) -> its dataclass."""
    return dict(_REGISTRY)


def packaged_files(package: str) -> list[str]:
    """The names of the rules files shipped in `package` (its `rules/*.toml`)."""
    folder = resources.files(package).joinpath("rules")
    if not folder.is_dir():
        return []
    return sorted(f.name for f in folder.iterdir() if f.name.endswith(".toml"))


def read_toml(text: str, origin: str) -> dict[str, Any]:
    """The TOML text as a dict; a syntax error is a RulesError naming the file."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RulesError(f"{origin}: not valid TOML ({error})") from None


def source(schema: type[Any], path: str | Path | None = None) -> tuple[str, str]:
    """(text, origin) of the packaged file `schema` was registered for, or of the file at
    `path` (its name is the origin errors give): for a module whose parser takes text."""
    if path is None:
        package, name = _FILES[schema]
        return resources.files(package).joinpath("rules", name).read_text("utf-8"), name
    path = Path(path)
    return path.read_text(encoding="utf-8"), path.name


def load(schema: type[T], path: str | Path | None = None) -> T:
    """The packaged file `schema` was registered for, or the file at `path`, read and checked."""
    return parse(schema, *source(schema, path))


def parse(schema: type[T], text: str, origin: str | None = None) -> T:
    """TOML text read into `schema` (`origin`: the file name errors give; default: its own)."""
    origin = origin or _FILES.get(schema, ("", "rules file"))[1]
    return build(schema, read_toml(text, origin), origin)


def build(schema: type[T], data: Mapping[str, Any], origin: str) -> T:
    """Already-parsed TOML data read into `schema`."""
    return typing.cast(T, _table(schema, data, (), origin))


# ------------------------------------------------------------------ converting


def _error(origin: str, where: Where, message: str) -> RulesError:
    if not where:
        return RulesError(f"{origin}: {message}")
    text = ""
    for part in where:
        text += f" {part}" if isinstance(part, int) else (f".{part}" if text else part)
    return RulesError(f"{origin}: [{text}] {message}")


def _names(keys: list[str]) -> str:
    return ", ".join(f"'{key}'" for key in keys)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(schema: type[Any]) -> dict[str, Any]:
    if schema not in _HINTS:
        _HINTS[schema] = typing.get_type_hints(schema)
    return _HINTS[schema]


def _table(schema: type[Any], value: object, where: Where, origin: str) -> object:
    if not isinstance(value, dict):
        raise _wrong(origin, where, "a table", value)
    fields = {f.name: f for f in dataclasses.fields(schema) if f.init}
    if unknown := [key for key in value if key not in fields]:
        plural = "s" if len(unknown) > 1 else ""
        raise _error(origin, where, f"unknown key{plural} {_names(unknown)}")
    required = [
        name
        for name, f in fields.items()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    if missing := [name for name in required if name not in value]:
        plural = "s" if len(missing) > 1 else ""
        raise _error(origin, where, f"missing key{plural} {_names(missing)}")
    hints = _hints(schema)
    given = {key: _value(hints[key], item, (*where, key), origin) for key, item in value.items()}
    return schema(**given)


_WORDS = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}


def _describe(kind: Any) -> str:
    origin = typing.get_origin(kind)
    if kind in _WORDS:
        return _WORDS[kind]
    if kind is dt.date:
        return "a date such as 2025-12-24"
    if origin is tuple:
        return f"a list of {_describe(typing.get_args(kind)[0])}"
    if origin is dict or dataclasses.is_dataclass(kind):
        return "a table"
    if origin is typing.Literal:
        return f"one of {_names(list(typing.get_args(kind)))}"
    if origin in (types.UnionType, typing.Union):
        return " or ".join(_describe(arg) for arg in typing.get_args(kind))
    return str(kind)


def _value(kind: Any, value: object, where: Where, origin: str) -> object:
    """`value` checked against `kind`, arrays as tuples and tables as dataclasses."""
    shape = typing.get_origin(kind)
    if kind is Any:
        return value
    if dataclasses.is_dataclass(kind):
        return _table(typing.cast(type[Any], kind), value, where, origin)
    if shape in (types.UnionType, typing.Union):
        for choice in typing.get_args(kind):
            if choice is type(None):
                continue
            try:
                return _value(choice, value, where, origin)
            except RulesError:
                pass
    elif shape is tuple and isinstance(value, list):
        (item,) = {arg for arg in typing.get_args(kind) if arg is not Ellipsis}
        return tuple(_value(item, v, (*where, n), origin) for n, v in enumerate(value, start=1))
    elif shape is dict and isinstance(value, dict):
        item = typing.get_args(kind)[1]
        return {key: _value(item, v, (*where, key), origin) for key, v in value.items()}
    elif _is(kind, value):
        return value
    raise _wrong(origin, where, _describe(kind), value)


def _wrong(origin: str, where: Where, what: str, value: object) -> RulesError:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    if isinstance(where[-1], int):  # an array's item: "[kind 3] must be a table, not 'x'"
        return _error(origin, where, f"must be {what}, not {shown}")
    return _error(origin, where[:-1], f"'{where[-1]}' must be {what}, not {shown}")


def _is(kind: Any, value: object) -> bool:
    if typing.get_origin(kind) is typing.Literal:
        return value in typing.get_args(kind)
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is str:
        return isinstance(value, str)
    if kind is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    return False
