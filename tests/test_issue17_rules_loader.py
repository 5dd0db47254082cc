"""Every rules file shipped in a package is read by the one loader (`rulefiles`), and refuses
an unknown key and a missing required key with a one-line error naming the file and the key.

The files are found on disk and through importlib.resources, so a new rules file is covered
the day it is added: it fails here until a module declares its shape with `@rules_file`.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import rulefiles
from rulefiles import RulesError

ROOT = Path(__file__).resolve().parents[1]
# The modules that declare a rules file's shape (importing them registers it).
LOADER_MODULES = [
    "chronology.agencies",
    "chronology.classify",
    "chronology.colours",
    "chronology.columns",
    "chronology.dedup",
    "chronology.labels",
    "chronology.linkage",
    "genogram.family",
    "genogram.roles",
    "genogram.style",
    "anonymise.rules",
    "reviews.checklists",
    "reviews.document_rules",
    "reviews.timescales",
    "reviews.workingdays",
]
# Files whose every key may be left out (a partnership's own file changes what it needs).
EVERY_KEY_OPTIONAL = {"key_event_tiers.toml"}
UNKNOWN = "zz_not_a_setting"

for _module in LOADER_MODULES:
    importlib.import_module(_module)


def shipped() -> list[tuple[str, str]]:
    """(package, file name) of every rules file in a package folder's rules/."""
    packages = sorted({path.parent.parent.name for path in ROOT.glob("*/rules/*.toml")})
    return [(package, name) for package in packages for name in rulefiles.packaged_files(package)]


FILES = shipped()
IDS = [f"{package}/{name}" for package, name in FILES]


def schema_of(package: str, name: str) -> type[Any]:
    schema = rulefiles.registered().get((package, name))
    assert schema is not None, (
        f"{package}/rules/{name} has no declared shape: decorate its dataclass with "
        f"@rules_file({package!r}, {name!r}) and add the module to LOADER_MODULES"
    )
    return schema


def data_of(package: str, name: str) -> dict[str, Any]:
    text, origin = rulefiles.source(schema_of(package, name))
    return rulefiles.read_toml(text, origin)


def where(path: tuple[str | int, ...]) -> str:
    """The key path as the loader writes it: `[kind 3] `, `[comparison.date.same_day] `."""
    text = ""
    for part in path:
        text += f" {part}" if isinstance(part, int) else (f".{part}" if text else part)
    return f"[{text}] " if text else ""


def tables(
    schema: type[Any], data: dict[str, Any], path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], type[Any], dict[str, Any]]]:
    """Every kind of table of the file that is read into a dataclass (the first of each list or
    table of them): (its path, its class, its dict)."""
    yield path, schema, data
    hints = typing.get_type_hints(schema)
    for key, value in data.items():
        yield from _inside(hints[key], value, (*path, key))


def _inside(
    kind: Any, value: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], type[Any], dict[str, Any]]]:
    args = typing.get_args(kind)
    if dataclasses.is_dataclass(kind):
        yield from tables(typing.cast(type[Any], kind), value, path)
    elif typing.get_origin(kind) is tuple and isinstance(value, list) and value:
        yield from _inside(args[0], value[0], (*path, 1))
    elif typing.get_origin(kind) is dict and isinstance(value, dict) and value:
        first = next(iter(value))
        yield from _inside(args[1], value[first], (*path, first))


def required(schema: type[Any]) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(schema)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]


def refusal(build: Callable[[], object]) -> str:
    with pytest.raises(RulesError) as caught:
        build()
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_the_files_are_found() -> None:
    packages = {package for package, _ in FILES}
    assert packages == {"chronology", "genogram", "anonymise", "reviews"}
    assert len(FILES) >= 17
    # Every file on disk is package data, found by importlib.resources too.
    assert sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/rules/*.toml")) == sorted(
        f"{package}/rules/{name}" for package, name in FILES
    )


@pytest.mark.parametrize(("package", "name"), FILES, ids=IDS)
def test_every_rules_file_loads(package: str, name: str) -> None:
    schema = schema_of(package, name)
    loaded = rulefiles.load(schema)
    assert isinstance(loaded, schema)
    assert dataclasses.fields(loaded)  # a frozen dataclass
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(loaded, dataclasses.fields(loaded)[0].name, None)


@pytest.mark.parametrize(("package", "name"), FILES, ids=IDS)
def test_an_unknown_key_is_refused_naming_file_and_key(package: str, name: str) -> None:
    schema = schema_of(package, name)
    text, origin = rulefiles.source(schema)
    message = refusal(lambda: rulefiles.parse(schema, f"{UNKNOWN} = 1\n{text}", origin))
    assert message == f"{name}: unknown key '{UNKNOWN}'"
    # ... and in every kind of table below the top, named by its path.
    for path, _, table in list(tables(schema, data_of(package, name)))[1:]:
        data = data_of(package, name)
        inner = data
        for part in path:
            inner = inner[part - 1] if isinstance(part, int) else inner[part]
        assert inner == table
        inner[UNKNOWN] = 1
        message = refusal(lambda data=data: rulefiles.build(schema, data, name))
        assert message == f"{name}: {where(path)}unknown key '{UNKNOWN}'"


@pytest.mark.parametrize(("package", "name"), FILES, ids=IDS)
def test_a_missing_required_key_is_refused_naming_it(package: str, name: str) -> None:
    schema = schema_of(package, name)
    original = data_of(package, name)
    checked = 0
    seen: set[type[Any]] = set()
    for path, table_schema, table in tables(schema, original):
        present = [key for key in required(table_schema) if key in table]
        if table_schema in seen or not present:
            continue
        seen.add(table_schema)
        for key in present:
            data = copy.deepcopy(original)
            inner = data
            for part in path:
                inner = inner[part - 1] if isinstance(part, int) else inner[part]
            del inner[key]
            message = refusal(lambda data=data: rulefiles.build(schema, data, name))
            assert message == f"{name}: {where(path)}missing key '{key}'"
            checked += 1
    if name in EVERY_KEY_OPTIONAL:
        assert checked == 0, f"{name} has required keys now: take it out of EVERY_KEY_OPTIONAL"
    else:
        assert checked, f"{name}: no required key found to leave out"


# ------------------------------------------------------------------ the loader itself


@dataclasses.dataclass(frozen=True)
class _Kind:
    name: str
    patterns: tuple[str, ...] = ()
    one_per_day: bool = False


@dataclasses.dataclass(frozen=True)
class _File:
    thresholds: dict[str, int]
    kind: tuple[_Kind, ...]
    when: str | tuple[str, ...] = ()
    cutoff: float = 87


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thresholds = {}\nkind = [", "x.toml: not valid TOML ("),
        ('thresholds = { same = "high" }\nkind = []',
         "x.toml: [thresholds] 'same' must be a whole number, not 'high'"),
        ("thresholds = 1\nkind = []", "x.toml: 'thresholds' must be a table, not 1"),
        ('thresholds = {}\nkind = [{ name = "a" }, 2]', "x.toml: [kind 2] must be a table, not 2"),
        ('thresholds = {}\nkind = [{ name = "a", one_per_day = "yes" }]',
         "x.toml: [kind 1] 'one_per_day' must be true or false, not 'yes'"),
        ("thresholds = {}\nkind = []\nwhen = [1]",
         "x.toml: 'when' must be text or a list of text, not [1]"),
        ("thresholds = {}\nkind = []\ncutoff = true",
         "x.toml: 'cutoff' must be a number, not True"),
        ("kind = []\nthresholds = {}\nthreshhold = 1\nwhen = 2",
         "x.toml: unknown key 'threshhold'"),
        ("when = 'a'", "x.toml: missing keys 'thresholds', 'kind'"),
    ],
)  # fmt: skip
def test_the_loaders_refusals_word_for_word(text: str, expected: str) -> None:
    message = refusal(lambda: rulefiles.parse(_File, text, "x.toml"))
    if expected.endswith("("):
        assert message.startswith(expected)
    else:
        assert message == expected


def test_defaults_and_values_as_written() -> None:
    loaded = rulefiles.parse(_File, 'thresholds = { a = 1 }\nkind = [{ name = "visit" }]', "x")
    assert loaded == _File({"a": 1}, (_Kind("visit"),))
    assert loaded.cutoff == 87
    # A whole number for a number is kept as written (the files' own values, not 87.0).
    assert (
        type(rulefiles.parse(_File, "thresholds = {}\nkind = []\ncutoff = 90", "x").cutoff) is int
    )


def test_a_partnerships_own_file_is_named_by_its_file_name(tmp_path: Path) -> None:
    from reviews.timescales import TimescalesFile

    own = tmp_path / "our_timescales.toml"
    text, _ = rulefiles.source(TimescalesFile)
    own.write_text(text.replace("[[rule]]\n", "[[rule]]\nnote = 'x'\n", 1), encoding="utf-8")
    message = refusal(lambda: rulefiles.load(TimescalesFile, own))
    assert message == "our_timescales.toml: [rule 1] unknown key 'note'"
    assert issubclass(RulesError, ValueError)  # callers that catch ValueError still do
