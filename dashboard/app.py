"""Building the Dash app: one per process (see `dashboard.access`), every page behind the login.

    configure(Context(...)); app = get_app(); app.run(...)

`serve(data_dir, host, port)` does all of it for `cspr dashboard`.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from pathlib import Path

import dash
from dash import Dash

from dashboard import auth, learn_apart
from dashboard.access import Context, configure, context, new_secret
from reviews.db import database_url, open_database, private_data_dir

# Dash's page with the language said (screen readers pick their voice from it) and no
# Internet Explorer script.
INDEX = """<!DOCTYPE html>
<html lang="en-GB">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <footer>
            {%config%}
            {%scripts%}
            {%renderer%}
        </footer>
    </body>
</html>"""
PAGES = (
    "reviews",
    "review",
    "chronology",
    "upload",
    "actions",
    "duplicates",
    "genogram",
    "export",
    "admin",
)
_app: Dash | None = None
_lock = threading.Lock()


def secret_for(data_dir: Path) -> bytes:
    """The session-signing key, kept in the data folder (mode 600) so restarts keep sessions."""
    path = data_dir / "session.key"
    if path.exists():
        return path.read_bytes()
    data_dir.mkdir(parents=True, exist_ok=True)
    # Written whole under a private name, then linked into place: processes starting together
    # (server workers) all end up with the one key, never a half-written or second one.
    spare = data_dir / f".session.key.{os.getpid()}.{threading.get_ident()}"
    descriptor = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(new_secret())
    try:
        os.link(spare, path)
    except FileExistsError:
        pass  # another process was first: use its key
    finally:
        spare.unlink()
    return path.read_bytes()


def make_context(
    data_dir: Path, url: str | None = None, max_upload_mb: int | None = None
) -> Context:
    """The dashboard's context; the upload limit is CSPR_MAX_UPLOAD_MB (default 20), the same
    for `cspr dashboard`, `cspr serve` and `cspr worker`."""
    if max_upload_mb is None:
        from chronology.filesafety import env_int

        max_upload_mb = env_int("CSPR_MAX_UPLOAD_MB", 20)
    data_dir = data_dir.resolve()
    private_data_dir(data_dir)
    sessions = open_database(url or database_url(data_dir))
    private_data_dir(data_dir)  # the database file just made
    return Context(data_dir, sessions, max_upload_mb, secret_for(data_dir))


def get_app() -> Dash:
    """The app (created on first call; `configure` must have run)."""
    global _app
    with _lock:
        if _app is None:
            _app = _create()
        auth.install_secret(_app.server, context().secret_key)
        return _app


def _create() -> Dash:
    # The helper that learns large cases beside this process (a fresh interpreter importing the
    # anonymiser for about a second on the other core), started now so no case waits for it.
    learn_apart.start()
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="",  # pages are imported below, by their full module names
        title="cspr",
        # Dash documents None (the tab title never says "Updating...") but types the option str
        update_title=None,  # type: ignore[arg-type]
        suppress_callback_exceptions=True,
        serve_locally=True,
        compress=False,
    )
    app.index_string = INDEX
    auth.install(app.server, context().secret_key)
    for name in PAGES:
        importlib.import_module(f"dashboard.pages.{name}")
    from dashboard.shell import shell

    app.layout = shell(dash.page_container)
    return app


def serve(
    data_dir: Path, host: str = "127.0.0.1", port: int = 8050, url: str | None = None
) -> None:
    """Run the dashboard with Flask's threaded server: one person on this machine, or the
    demo. A partnership's server runs `cspr serve` (gunicorn; see `dashboard.serve`)."""
    configure(make_context(data_dir, url))
    app = get_app()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    warm_in_background()
    app.run(host=host, port=port, debug=False)


def warm_in_background() -> threading.Thread:
    """Build the latest reviews' cases (and learn or load their anonymisers) while the server
    starts, as `cspr serve` does before it forks: the first visit after a start is then served
    from the cache. A request arriving meanwhile waits for the same build (one per case)."""
    from dashboard.serve import warm_cases

    thread = threading.Thread(target=warm_cases, name="cspr-warm", daemon=True)
    thread.start()
    return thread


def callback_permission(output_key: str) -> str | None:
    """The permission the callback with these outputs declares (None: Dash's own, or unknown;
    the login gate still applies)."""
    if _app is None:
        return None
    spec = _app.callback_map.get(output_key)
    function = spec.get("callback") if spec else None
    return getattr(function, "permission", None)
