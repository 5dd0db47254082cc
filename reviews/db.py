"""Where review records live: embedded SQLite by default, PostgreSQL for a shared server.

The schema is created and upgraded only by Alembic migrations (`reviews/migrations`), never by
`create_all`, so a partnership's database and a new one are always the same shape.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def data_dir() -> Path:
    """CSPR_DATA_DIR, else `./data` beside where cspr is run."""
    return Path(os.environ.get("CSPR_DATA_DIR", "data")).resolve()


def database_url(directory: Path | None = None) -> str:
    """CSPR_DATABASE_URL (e.g. postgresql+psycopg://user@host/db), else SQLite in the data dir."""
    url = os.environ.get("CSPR_DATABASE_URL")
    if url:
        return url
    folder = directory or data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'cspr.sqlite3'}"


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        # SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked per connection.
        @event.listens_for(engine, "connect")
        def _foreign_keys(connection, _record) -> None:  # type: ignore[no-untyped-def]
            connection.execute("PRAGMA foreign_keys=ON")

    return engine


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to date (safe to run at every start)."""
    command.upgrade(alembic_config(engine), revision)


def open_database(url: str | None = None) -> sessionmaker[Session]:
    """Engine + migrations + a session factory: the one call the CLI and dashboard need."""
    engine = make_engine(url)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
