"""Alembic environment: runs against the engine handed over by `reviews.db.upgrade`."""

from __future__ import annotations

from alembic import context

from accounts import models as _accounts  # noqa: F401  (the accounts' tables in the metadata)
from reviews import casefiles  # noqa: F401  (dashboard tables in the metadata)
from reviews.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
