"""`cspr dashboard`, `cspr serve` and `cspr user`: the main CLI registers them with
`add_dashboard_command` (which adds `serve` beside `dashboard`) and `add_user_command`;
mistakes raise ValueError with one line (exit status 2).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from reviews.db import data_dir as default_data_dir
from reviews.db import open_database

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def add_dashboard_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dashboard",
        help="run the web dashboard (reviews, uploads, chronology, genogram, exports)",
        description="Serve the dashboard on this machine. Everything it needs is served "
        "locally; nothing is sent anywhere. Users are managed with `cspr user`.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="load the fictional demo case into a fresh database and print the demo logins",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    parser.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="data folder (default: CSPR_DATA_DIR or ./data; with --demo a new temporary one)",
    )
    parser.set_defaults(func=run_dashboard)
    add_serve_command(subparsers)
    add_worker_command(subparsers)


def add_worker_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="take the dashboard's long work (upload checks) from Redis (needs CSPR_REDIS_URL)",
        description="A Celery worker for `cspr serve`: with CSPR_REDIS_URL set (e.g. "
        "redis://127.0.0.1:6379/0) on both, upload checks run here instead of in the web "
        "workers. Use the same data folder and CSPR_DATABASE_URL as `cspr serve`; each task "
        "checks the user's role again before it reads a file.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="the data folder `cspr serve` uses (default: CSPR_DATA_DIR or ./data)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=2, help="tasks at once (default 2: one per core)"
    )
    parser.set_defaults(func=run_worker)


def run_worker(args: argparse.Namespace) -> int:
    check_settings()
    from dashboard.tasks import REDIS_ENV, redis_url
    from dashboard.tasks import run_worker as work

    if not redis_url():
        raise ValueError(f"set {REDIS_ENV} (e.g. redis://127.0.0.1:6379/0) to run a worker")
    if args.concurrency < 1:
        raise ValueError("--concurrency must be 1 or more")
    work((args.data_dir or default_data_dir()).resolve(), args.concurrency)
    return 0


def add_serve_command(subparsers: argparse._SubParsersAction) -> None:
    from dashboard.serve import DEFAULT_THREADS, default_workers

    parser = subparsers.add_parser(
        "serve",
        help="run the dashboard on a production server (gunicorn, several worker processes)",
        description="Serve the dashboard with gunicorn: several worker processes, each with a "
        "few threads, any of which can serve any request (logins and caches are kept "
        "consistent through the database). Waitress is used where gunicorn cannot run. "
        "The database is CSPR_DATABASE_URL (e.g. postgresql+psycopg://cspr@localhost/cspr), "
        "else SQLite in the data folder. Put it behind an HTTPS reverse proxy and set "
        "CSPR_SECURE_COOKIE=1 and CSPR_TRUSTED_PROXIES.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="data folder (default: CSPR_DATA_DIR or ./data; with --demo a new temporary one)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help=f"worker processes (default: two per core, here {default_workers()})",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=DEFAULT_THREADS,
        help=f"threads per worker (default {DEFAULT_THREADS})",
    )
    parser.add_argument(
        "--server",
        choices=("auto", "gunicorn", "waitress"),
        default="auto",
        help="WSGI server (default: gunicorn where it runs, else waitress)",
    )
    parser.add_argument(
        "--timeout", type=int, default=120, help="seconds before a stuck worker is restarted"
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        default=0,
        help="restart a worker after this many requests (0: never; frees memory)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="load the fictional demo case into a fresh SQLite database and print the logins",
    )
    parser.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    check_settings()
    from dashboard.serve import ServeOptions, choose_server, default_workers, serve

    url = None
    if args.demo:
        data_dir = prepare_demo(args.data_dir)
        url = f"sqlite:///{data_dir / 'cspr.sqlite3'}"
    else:
        data_dir = (args.data_dir or default_data_dir()).resolve()
    if args.workers < 0 or args.threads < 1:
        raise ValueError("--workers must be 0 or more and --threads 1 or more")
    options = ServeOptions(
        data_dir=data_dir,
        host=args.host,
        port=args.port,
        workers=args.workers,
        threads=args.threads,
        url=url,
        timeout=args.timeout,
        max_requests=args.max_requests,
        server=args.server,
    )
    server = choose_server(args.server)
    if args.host not in LOCAL_HOSTS:
        sys.stderr.write(
            f"warning: listening on {args.host}: other machines can reach this dashboard; "
            "put it behind HTTPS before real case data is loaded\n"
        )
    workers = (args.workers or default_workers()) if server == "gunicorn" else 1
    sys.stdout.write(
        f"cspr serve: http://{_url_host(args.host)}:{args.port}/ with {server}, "
        f"{workers} process(es) x {args.threads} threads (data in {data_dir})\n"
    )
    sys.stdout.flush()
    serve(options)
    return 0


def run_dashboard(args: argparse.Namespace) -> int:
    check_settings()
    from dashboard.app import serve

    url = None
    if args.demo:
        data_dir = prepare_demo(args.data_dir)
        url = f"sqlite:///{data_dir / 'cspr.sqlite3'}"  # the demo's own database, always
    else:
        data_dir = (args.data_dir or default_data_dir()).resolve()
    if args.host not in LOCAL_HOSTS:
        sys.stderr.write(
            f"warning: listening on {args.host}: other machines can reach this dashboard; "
            "put it behind HTTPS before real case data is loaded\n"
        )
    sys.stdout.write(
        f"cspr dashboard: http://{_url_host(args.host)}:{args.port}/ "
        f"(data in {data_dir}; Ctrl+C to stop)\n"
    )
    sys.stdout.flush()
    serve(data_dir, args.host, args.port, url=url)
    return 0


def check_settings() -> None:
    """Settings read on every request are checked once before the server starts, so a wrong
    one stops it with one line instead of failing each login."""
    from dashboard.auth import trusted_proxies

    trusted_proxies()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def prepare_demo(data_dir: Path | None) -> Path:
    """A fresh data folder with the demo loaded; prints the logins."""
    from dashboard.demo import load_demo

    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="cspr-demo-"))
    data_dir = data_dir.resolve()
    if (data_dir / "cspr.sqlite3").exists():
        raise ValueError(f"{data_dir} already holds a database; --demo needs a fresh folder")
    data_dir.mkdir(parents=True, exist_ok=True)
    sessions = open_database(f"sqlite:///{data_dir / 'cspr.sqlite3'}")
    with sessions.begin() as session:
        lines = load_demo(session, data_dir)
    sessions.kw["bind"].dispose()
    sys.stdout.write("Demo case loaded (fictional data). Logins, one per role:\n")
    sys.stdout.write("\n".join(lines) + "\n")
    return data_dir
