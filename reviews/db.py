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
from sqlalchemy.exc import ArgumentError
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
    private_data_dir(folder)
    return f"sqlite:///{folder / 'cspr.sqlite3'}"


def private_data_dir(folder: Path) -> None:
    """The data folder and its database for this account only, whatever the umask and however
    the folder was made before (the command line and the dashboard both call this)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    database = folder / "cspr.sqlite3"
    if database.exists():
        os.chmod(database, 0o600)


BUSY_TIMEOUT_MS = 15_000


def make_engine(url: str | None = None) -> Engine:
    """An engine whose every SQLite connection is set up for several threads and processes.

    WAL lets readers go on while one writer commits (in rollback-journal mode a commit locks
    out everyone, which turned logins into HTTP 500 during a large upload); the busy timeout
    makes a second writer wait its turn instead of failing at once with "database is locked".
    """
    url = url or database_url()
    is_sqlite = url.startswith("sqlite")
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000} if is_sqlite else {}
    try:
        engine = create_engine(url, future=True, connect_args=connect_args)
    except ArgumentError as error:  # never echo the address: it may hold a password
        raise ValueError(
            "the database address (CSPR_DATABASE_URL) is not one this tool can use, e.g. "
            f"postgresql+psycopg://user@host/database ({type(error).__name__})"
        ) from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_setup(connection, _record) -> None:
            # SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked per connection.
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if engine.url.database not in (None, "", ":memory:"):
                connection.execute("PRAGMA journal_mode=WAL")
                # Safe with WAL (a power cut may lose the last commit, never corrupt the file).
                connection.execute("PRAGMA synchronous=NORMAL")

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
