"""`cspr serve`: the dashboard under a production WSGI server, for a partnership's server.

    cspr serve --data-dir /srv/cspr --workers 4 --threads 4      # gunicorn (Linux, macOS)
    gunicorn 'dashboard.serve:wsgi()' ...                       # the same app, your own flags

Gunicorn runs several worker processes, each with a few threads; where gunicorn cannot run
(Windows) waitress serves the app from one process with threads. Any worker can serve any
request: logins, presentation mode and the login rate limit live in the database
(`dashboard.access`, `dashboard.auth`), and each process's case cache is keyed by the
database's state (`dashboard.case.case_key`), so a change committed by one worker is seen by
every other on its next request. Each process builds a changed case once (single flight).

The app is created once in the master before the workers are forked (`preload_app`), so the
database is migrated and the session key written once; each worker then opens its own
database connections (a connection must never be shared across a fork).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import flask

DEFAULT_THREADS = 4


def default_workers() -> int:
    """Two per core, at least two, at most eight: requests are CPU-bound Python, so more
    processes than that only hold more copies of the case cache."""
    return max(2, min(8, 2 * (os.cpu_count() or 1)))


@dataclass(frozen=True)
class ServeOptions:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8050
    workers: int = 0  # 0: default_workers()
    threads: int = DEFAULT_THREADS
    url: str | None = None
    timeout: int = 120
    max_requests: int = 0
    server: str = "auto"  # auto | gunicorn | waitress


def wsgi(data_dir: str | Path | None = None, url: str | None = None) -> flask.Flask:
    """The dashboard's WSGI application (configured for `data_dir`, default CSPR_DATA_DIR)."""
    from dashboard.access import configure
    from dashboard.app import get_app, make_context
    from reviews.db import data_dir as default_data_dir

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    configure(make_context(folder, url))
    app = get_app()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    return app.server


def gunicorn_available() -> bool:
    if sys.platform == "win32":
        return False
    try:
        import gunicorn.app.base  # noqa: F401
    except ImportError:
        return False
    return True


def choose_server(requested: str) -> str:
    if requested == "gunicorn" and not gunicorn_available():
        raise ValueError(
            "gunicorn cannot run here (it needs Linux or macOS); use --server waitress"
        )
    if requested in ("gunicorn", "waitress"):
        return requested
    return "gunicorn" if gunicorn_available() else "waitress"


def after_fork(_server: Any, _worker: Any) -> None:
    """In each new worker: drop the database connections inherited from the master (they
    belong to the master's process); the pool opens fresh ones on first use."""
    from dashboard.access import context

    context().sessions.kw["bind"].dispose(close=False)


def gunicorn_options(options: ServeOptions) -> dict[str, Any]:
    return {
        "bind": f"[{options.host}]:{options.port}"
        if ":" in options.host
        else (f"{options.host}:{options.port}"),
        "workers": options.workers or default_workers(),
        "threads": max(1, options.threads),
        "worker_class": "gthread",
        "preload_app": True,
        "timeout": options.timeout,
        "graceful_timeout": 30,
        "keepalive": 5,
        "max_requests": options.max_requests,
        "max_requests_jitter": options.max_requests // 10 if options.max_requests else 0,
        "post_fork": after_fork,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "cspr",
        # Uploads arrive as one JSON body (base64): no header-size surprises, but long bodies.
        "limit_request_line": 8190,
    }


def run_gunicorn(app: flask.Flask, options: ServeOptions) -> None:
    from gunicorn.app.base import BaseApplication

    class Application(BaseApplication):
        def load_config(self) -> None:
            for key, value in gunicorn_options(options).items():
                self.cfg.set(key, value)

        def load(self) -> flask.Flask:
            return app

    Application().run()


def run_waitress(app: flask.Flask, options: ServeOptions) -> None:
    import waitress

    # One process: threads only (waitress has no worker processes).
    threads = max(options.threads, options.workers or 0, DEFAULT_THREADS)
    waitress.serve(app, host=options.host, port=options.port, threads=threads, ident="cspr")


def warm_cases() -> int:
    """Build the latest reviews' cases before the workers are forked: every worker starts
    with them (copy-on-write) instead of each building them on its first requests. Returns
    how many were built; a case that cannot be built is left to the first request."""
    from sqlalchemy import select

    from dashboard import case
    from dashboard.access import context, db
    from reviews.models import Review

    built = 0
    with db() as session:
        query = select(Review.id).order_by(Review.id.desc()).limit(case.CACHE_SIZE)
        for review_id in list(session.scalars(query)):
            try:
                case.load_case(session, context().data_dir, review_id).prepare_anonymised()
                built += 1
            except Exception:  # reported, and tried again by the first request
                logging.getLogger(__name__).exception("review %s: not built ahead", review_id)
    return built


def serve(options: ServeOptions) -> None:
    """Prepare the data folder and database once, then hand over to the WSGI server."""
    from dashboard import case, learn_apart

    server = choose_server(options.server)
    app = wsgi(options.data_dir, options.url)
    warm_cases()
    case.background_builds = True  # nobody waits for a file added: see dashboard.case
    if server == "gunicorn":
        from dashboard.access import context

        # The master's own connections (migrations) are closed before the workers fork, and
        # its learning helper stopped: each worker starts its own when a case needs it.
        context().sessions.kw["bind"].dispose()
        learn_apart.stop()
        run_gunicorn(app, options)
    else:
        run_waitress(app, options)
