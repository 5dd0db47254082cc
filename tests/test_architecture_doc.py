"""ARCHITECTURE.md stays true: every path it names exists, every name it sends a newcomer to is
defined where it says, and the contracts it describes are the ones import-linter checks."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "ARCHITECTURE.md"
# A backticked path with a slash in it (placeholders in capitals and outputs in out/ left out)
PATH = re.compile(r"`((?:\.ci|[a-z_]+)/[A-Za-z0-9_./*-]*)`")

# (module, name) for every function, table or constant the how-to sections name
NAMED = [
    ("chronology.classify", "LABELS"),
    ("chronology.ingest", "read_chronology"),
    ("chronology.integrate", "integrate"),
    ("dashboard.app", "PAGES"),
    ("dashboard.shell", "NAV"),
    ("dashboard.shell", "page_user"),
    ("dashboard.shell", "not_permitted"),
    ("dashboard.access", "PERMISSIONS"),
    ("dashboard.access", "guarded"),
    ("dashboard.access", "audit_view"),
    ("dashboard.access", "anonymised_view"),
    ("dashboard.case", "load_case"),
    ("reviews.status", "DONE_BY"),
    ("reviews.timescales", "SOURCES"),
    ("reviews.timescales", "deadlines_for"),
    ("reviews.models", "Review"),
]


def named_paths() -> list[str]:
    found = PATH.findall(DOC.read_text(encoding="utf-8"))
    return sorted({p for p in found if "NAME" not in p and not p.startswith("out/")})


def test_the_doc_names_paths() -> None:
    assert len(named_paths()) >= 30


@pytest.mark.parametrize("path", named_paths())
def test_every_path_named_exists(path: str) -> None:
    assert list(ROOT.glob(path.rstrip("/"))), f"ARCHITECTURE.md names {path}, which is not there"


@pytest.mark.parametrize(("module", "name"), NAMED, ids=[f"{m}.{n}" for m, n in NAMED])
def test_every_name_is_where_the_doc_says(module: str, name: str) -> None:
    assert name in DOC.read_text(encoding="utf-8")
    assert hasattr(importlib.import_module(module), name)


def contracts() -> list[dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["importlinter"]["contracts"])


def test_every_cli_module_is_in_the_cli_contract() -> None:
    """import-linter matches whole module names only, so `*_cli` modules are listed by hand."""
    (cli,) = [c for c in contracts() if "*.cli" in c["forbidden_modules"]]
    listed = set(cli["forbidden_modules"])
    found = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for package in ("chronology", "genogram", "anonymise", "reviews", "dashboard")
        for path in (ROOT / package).rglob("*_cli.py")
    }
    assert found <= listed, f"add {sorted(found - listed)} to forbidden_modules in pyproject.toml"


def test_the_contracts_described_are_configured() -> None:
    forbidden = {(tuple(c["source_modules"]), tuple(c["forbidden_modules"])) for c in contracts()}
    assert (("chronology", "genogram", "anonymise", "reviews"), ("dashboard", "cspr")) in forbidden
    assert (("dashboard",), ("cspr",)) in forbidden
    assert (("genogram",), ("anonymise",)) in forbidden
    assert any("*.cli" in c["forbidden_modules"] for c in contracts())
