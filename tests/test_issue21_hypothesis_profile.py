"""Issue 21: Hypothesis draws the same examples on every CI run (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import tests.conftest\n"
    "from hypothesis import given, settings, strategies as st\n"
    "seen = []\n"
    "@given(st.integers())\n"
    "def draw(n):\n"
    "    seen.append(n)\n"
    "draw()\n"
    "print(settings.default.derandomize, settings.default.database, seen)\n"
)


def _probe(ci: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    if ci is not None:
        env["CI"] = ci
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.parametrize("value", ["true", "1", "TRUE"])
def test_ci_runs_are_derandomised_and_repeat_exactly(value: str) -> None:
    first = _probe(value)
    assert first.startswith("True None [")
    assert _probe(value) == first


@pytest.mark.parametrize("value", [None, "", "false", "0"])
def test_local_runs_keep_exploring(value: str | None) -> None:
    assert _probe(value).startswith("False ")
