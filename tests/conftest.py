"""Shared test configuration: Hypothesis is derandomised on CI; `db_url` and `session` give
a test a fresh database on SQLite and on PostgreSQL.

With CI set (GitHub Actions and most CI services set CI=true), property tests draw the same
examples on every run, so a red build is reproducible and never a lucky or unlucky draw; no
example database is kept, and no test fails for being slow (a loaded runner is not a bug).
Locally the default profile keeps exploring new examples. `HYPOTHESIS_PROFILE=ci` selects the
CI profile anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy.orm import Session, sessionmaker

from reviews.db import make_engine, upgrade
from tests.databases import fresh_database

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _ci() else "default"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test that asks for it runs on SQLite and on PostgreSQL (see tests/databases.py)."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    """A session on a migrated, empty database."""
    engine = make_engine(db_url)
    upgrade(engine)
    with sessionmaker(engine, expire_on_commit=False)() as db:
        yield db
    engine.dispose()
