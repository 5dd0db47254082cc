"""Load test of `cspr serve`: panel members filtering the chronology while lead reviewers upload
and add files, over real HTTP on 127.0.0.1, on SQLite and on PostgreSQL.

    python bench/load.py [--users 20] [--leads 5] [--filters 30] [--db sqlite,postgresql]
                         [--workers 4] [--threads 4] [--think 0.5] [--upload-rows 30]

Each panel member logs in (the login form with its CSRF token, as a browser), opens the
chronology (the page, Dash's layout and dependencies, and the callbacks the page makes on load)
and then applies `--filters` filters, each one the timeline callback and a page of the grid,
through Dash's `/_dash-update-component`; a random pause of up to twice `--think` seconds
comes between filters. Meanwhile each lead reviewer logs in, uploads a chronology through the
upload page's callbacks (the file as the browser sends it, then polling the check), adds it to
the review and opens the chronology. Callback bodies are built from `/_dash-dependencies`, as
the browser builds them. Every request opens a new connection, so requests spread over the
workers. Prints p50/p95/p99 per kind of request and the errors, and writes
bench/results/load.json. The aim in the issue: filter p95 under 1 s and no errors.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import json
import os
import platform
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REVIEW = "CSPR-2021-03"
PASSWORD = "load test password"
WORDS = ("strategy", "school", "visit", "police", "health", "injury", "referral", "child a")
PG_ADMIN = os.environ.get("CSPR_BENCH_POSTGRES", "postgresql://127.0.0.1:5432/test")
TIMEOUT = 120


# ---------------------------------------------------------------------- recording
class Record:
    """Latencies by kind of request, and errors (status or exception, by kind)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)

    def add(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.times[kind].append(seconds)

    def error(self, kind: str, what: str) -> None:
        with self.lock:
            self.errors[kind].append(what[:300])

    def summary(self) -> dict[str, Any]:
        kinds = sorted(set(self.times) | set(self.errors))
        return {
            kind: {
                "count": len(self.times[kind]),
                "errors": len(self.errors[kind]),
                **percentiles(self.times[kind]),
                "error_samples": sorted(set(self.errors[kind]))[:5],
            }
            for kind in kinds
        }


def percentiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "p99": None, "max": None}
    if len(values) == 1:
        return {"p50": values[0], "p95": values[0], "p99": values[0], "max": values[0]}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {
        "p50": round(cuts[49], 4),
        "p95": round(cuts[94], 4),
        "p99": round(cuts[98], 4),
        "max": round(max(values), 4),
    }


# ---------------------------------------------------------------------- a browser
class Browser:
    """One user's cookies and Dash's callback specs; a new connection per request."""

    def __init__(self, base: str, record: Record) -> None:
        self.base = base
        self.record = record
        self.cookies: dict[str, str] = {}
        self.specs: list[dict[str, Any]] = []

    def _send(self, kind: str, method: str, path: str, **kwargs: Any) -> requests.Response | None:
        start = time.perf_counter()
        try:
            response = requests.request(
                method,
                self.base + path,
                cookies=self.cookies,
                headers={"Connection": "close"},
                timeout=TIMEOUT,
                allow_redirects=False,
                **kwargs,
            )
        except requests.RequestException as error:
            self.record.error(kind, f"{type(error).__name__}: {error}")
            return None
        self.record.add(kind, time.perf_counter() - start)
        self.cookies.update(response.cookies.get_dict())
        if response.status_code >= 400:
            self.record.error(kind, f"HTTP {response.status_code}: {response.text[:120]}")
            return None
        return response

    def login(self, username: str) -> bool:
        page = self._send("login", "GET", "/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text) if page else None
        if token is None:
            self.record.error("login", "no login form")
            return False
        form = {"username": username, "password": PASSWORD, "csrf": token.group(1)}
        answer = self._send("login", "POST", "/login", data=form)
        if answer is None or answer.status_code != 302:
            self.record.error("login", f"not logged in ({answer and answer.status_code})")
            return False
        return True

    def open_page(self, path: str) -> bool:
        """The page as a browser loads it: the HTML, Dash's layout and its dependencies."""
        ok = self._send("page", "GET", path) is not None
        ok = self._send("page", "GET", "/_dash-layout") is not None and ok
        found = self._send("page", "GET", "/_dash-dependencies")
        if found is None:
            return False
        self.specs = [s for s in found.json() if not s.get("clientside_function")]
        return ok

    def callback(
        self, kind: str, needle: str, values: dict[str, Any], changed: str | None = None
    ) -> dict[str, Any] | None:
        """Call the callback whose outputs include `needle`; `values` by `id.property`."""
        spec = next((s for s in self.specs if needle in s["output"]), None)
        if spec is None:
            self.record.error(kind, f"no callback with output {needle}")
            return None
        parts = []
        for part in spec["output"].strip(".").split("..."):
            ident, _, prop = part.rpartition(".")
            parts.append({"id": ident.strip("."), "property": prop.split("@")[0]})

        def items(kind_: str) -> list[dict[str, Any]]:
            return [
                {**item, "value": values.get(f"{item['id']}.{item['property']}")}
                for item in spec[kind_]
            ]

        inputs = items("inputs")
        body = {
            "output": spec["output"],
            "outputs": parts if len(parts) > 1 else parts[0],
            "inputs": inputs,
            "state": items("state"),
            "changedPropIds": [changed or f"{inputs[0]['id']}.{inputs[0]['property']}"],
        }
        answer = self._send(kind, "POST", "/_dash-update-component", json=body)
        if answer is None:
            return None
        if answer.status_code == 204:
            return {}
        return answer.json().get("response", {})  # type: ignore[no-any-return]


# ---------------------------------------------------------------------- users
def panel_member(
    base: str, username: str, review_id: int, args: argparse.Namespace, record: Record, seed: int
) -> None:
    rng = random.Random(seed)
    browser = Browser(base, record)
    if not browser.login(username):
        return
    browser.open_page("/chronology")
    base_values = {"review-id.data": review_id, "shell-mode.data": "normal"}
    browser.callback("open", "shell-nav.children", {"shell-url.pathname": "/chronology"})
    options = browser.callback("open", "chr-agency.options", base_values) or {}
    agencies = [o["value"] for o in options.get("chr-agency", {}).get("options", [])]
    categories = [o["value"] for o in options.get("chr-category", {}).get("options", [])]
    people = [o["value"] for o in options.get("chr-person", {}).get("options", [])]
    browser.callback("open", "chr-timeline.figure", base_values)
    grid = {"chr-grid.getRowsRequest": {"startRow": 0, "endRow": 100}}
    browser.callback("open", "chr-grid.getRowsResponse", {**base_values, **grid})
    for _ in range(args.filters):
        time.sleep(rng.uniform(0, 2 * args.think))
        filters = random_filters(rng, agencies, categories, people)
        values = {**base_values, **filters}
        browser.callback("filter", "chr-timeline.figure", values)
        start = rng.choice((0, 0, 100))
        request: dict[str, Any] = {"startRow": start, "endRow": start + 100}
        if rng.random() < 0.3:
            request["sortModel"] = [{"colId": rng.choice(("date", "text")), "sort": "desc"}]
        browser.callback(
            "grid", "chr-grid.getRowsResponse", {**values, "chr-grid.getRowsRequest": request}
        )


def random_filters(
    rng: random.Random, agencies: list[str], categories: list[str], people: list[str]
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    choice = rng.randrange(6)
    if choice == 0 and agencies:
        found["chr-agency.value"] = rng.sample(agencies, min(len(agencies), rng.randint(1, 2)))
    elif choice == 1 and categories:
        found["chr-category.value"] = [rng.choice(categories)]
    elif choice == 2:
        found["chr-key.value"] = ["key"]
    elif choice == 3:
        year = rng.randint(2015, 2021)
        found["chr-dates.start_date"] = f"{year}-01-01"
        found["chr-dates.end_date"] = f"{year}-12-31"
    elif choice == 4 and people:
        found["chr-person.value"] = rng.choice(people)
    else:
        found["chr-text.value"] = rng.choice(WORDS)
    return found


def chronology_csv(number: int, rows: int = 30) -> bytes:
    """A small agency chronology; the practitioner's name is one the register must learn."""
    lines = ["Date,Time,Type,Entry,Practitioner"]
    start = dt.date(2019, 1, 7) + dt.timedelta(days=17 * number)
    for row in range(rows):
        day = start + dt.timedelta(days=3 * row)
        lines.append(
            f"{day:%d/%m/%Y},10:{row % 60:02d},Home visit,"
            f'"Home visit {row} by family support worker Rowan Tillbrook{number}; '
            f'Child seen and spoken to alone.",R. Tillbrook{number}'
        )
    return ("\n".join(lines) + "\n").encode()


def lead_reviewer(
    base: str,
    username: str,
    review_id: int,
    number: int,
    args: argparse.Namespace,
    record: Record,
    seed: int,
) -> None:
    rng = random.Random(seed)
    browser = Browser(base, record)
    if not browser.login(username):
        return
    time.sleep(rng.uniform(1, 1 + args.lead_delay))  # while the panel is filtering
    browser.open_page("/upload")
    base_values = {"review-id.data": review_id, "upl-version.data": 0}
    for upload in range(args.files_per_lead):
        name = f"Family_support_{number}_{upload}.csv"
        data = chronology_csv(number * 10 + upload, args.upload_rows)
        content = "data:text/csv;base64," + base64.b64encode(data).decode()
        started = time.perf_counter()
        job = browser.callback(
            "upload",
            "upl-job.data",
            {
                **base_values,
                "upl-drop.contents": [content],
                "upl-drop.filename": [name],
                "upl-kind.value": "chronology",
                "upl-agency.value": None,
            },
        )
        job_id = (job or {}).get("upl-job", {}).get("data")
        if not job_id:
            record.error("upload", "no job started")
            continue
        file_id = poll(browser, job_id, base_values, record)
        if file_id is None:
            # The check ran on another worker: the file is stored all the same; find it as
            # the page's file list does (from the database).
            file_id = pending_file(browser, name, base_values)
        if file_id is None:
            record.error("upload", f"{name}: not found after the check")
            continue
        record.add("upload_checked", time.perf_counter() - started)
        answer = browser.callback(
            "confirm",
            "upl-file.value@",
            {**base_values, "upl-file.value": file_id, "upl-confirm.n_clicks": 1},
            changed="upl-confirm.n_clicks",
        )
        message = json.dumps(answer)
        if answer is None or "added" not in message:
            record.error("confirm", f"{name}: {message[:150]}")
            continue
        record.add("file_added", time.perf_counter() - started)
        browser.open_page("/chronology")
        browser.callback("lead_chronology", "chr-timeline.figure", {"review-id.data": review_id})


def poll(browser: Browser, job_id: str, values: dict[str, Any], record: Record) -> int | None:
    for tick in range(1, 400):
        time.sleep(0.3)
        answer = browser.callback(
            "upload_poll",
            "upl-progress.value",
            {**values, "upl-poll.n_intervals": tick, "upl-job.data": job_id},
        )
        if answer is None:
            continue
        if answer.get("upl-poll", {}).get("disabled") is True:
            found = answer.get("upl-file", {}).get("value")
            if found is None:
                record.error("upload_poll", "job not found on the worker that answered")
            return int(found) if found is not None else None
    record.error("upload_poll", "check never finished")
    return None


def pending_file(browser: Browser, name: str, values: dict[str, Any]) -> int | None:
    """The stored file in the page's list of files waiting (the check may still be running
    on the worker that started it: look again, as a person would, a bounded number of times)."""
    for _ in range(40):
        answer = browser.callback("upload_list", "upl-preview.children", values) or {}
        for option in answer.get("upl-file", {}).get("options", []):
            if option.get("label", "").startswith(name):
                return int(option["value"])
        time.sleep(0.5)
    return None


# ---------------------------------------------------------------------- set-up
def prepare(kind: str, folder: Path, users: int, leads: int) -> tuple[str | None, int]:
    """The demo case in a new database (SQLite in the folder, or a new PostgreSQL database),
    with `users` panel members and `leads` lead reviewers assigned to it."""
    from accounts import add_user, assign
    from dashboard.demo import load_demo
    from reviews import service
    from reviews.db import open_database

    url = None
    if kind == "postgresql":
        url = create_pg_database()
    sessions = open_database(url or f"sqlite:///{folder / 'cspr.sqlite3'}")
    try:
        with sessions.begin() as session:
            load_demo(session, folder)
            for number in range(users):
                add_user(session, f"panel{number:02d}", PASSWORD, "panel_member", by="bench")
                assign(session, f"panel{number:02d}", REVIEW, by="bench")
            for number in range(leads):
                add_user(session, f"lead{number:02d}", PASSWORD, "lead_reviewer", by="bench")
                assign(session, f"lead{number:02d}", REVIEW, by="bench")
            review_id = service.get_review(session, REVIEW).id
    finally:
        sessions.kw["bind"].dispose()
    return url, review_id


def create_pg_database() -> str:
    import psycopg

    name = f"cspr_load_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    host = PG_ADMIN.rsplit("/", 1)[0].removeprefix("postgresql://")
    return f"postgresql+psycopg://{host}/{name}"


def drop_pg_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def server(folder: Path, url: str | None, args: argparse.Namespace) -> Any:
    port = free_port()
    env = dict(os.environ)
    env.pop("CSPR_DATABASE_URL", None)
    if url:
        env["CSPR_DATABASE_URL"] = url
    command = [
        sys.executable,
        "-m",
        "cspr.cli",
        "serve",
        "--data-dir",
        str(folder),
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--threads",
        str(args.threads),
    ]
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            if process.poll() is not None:
                raise RuntimeError((folder / "server.log").read_text(errors="replace")[-2000:])
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{base}/login", timeout=5).status_code == 200:
                    break
            time.sleep(0.25)
        else:
            raise RuntimeError("the server did not start")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        log.close()


def run_one(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix=f"cspr-load-{kind}-"))
    url, review_id = prepare(kind, folder, args.users, args.leads)
    record = Record()
    started = time.perf_counter()
    try:
        with server(folder, url, args) as base:
            threads = [
                threading.Thread(
                    target=panel_member,
                    args=(base, f"panel{n:02d}", review_id, args, record, args.seed + n),
                )
                for n in range(args.users)
            ]
            threads += [
                threading.Thread(
                    target=lead_reviewer,
                    args=(base, f"lead{n:02d}", review_id, n, args, record, args.seed + 100 + n),
                )
                for n in range(args.leads)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.perf_counter() - started
            added = count_added(folder, url, review_id)
    finally:
        if url:
            drop_pg_database(url)
    summary = record.summary()
    errors = sum(v["errors"] for v in summary.values())
    requests_made = sum(v["count"] for v in summary.values())
    return {
        "database": kind,
        "seconds": round(seconds, 1),
        "requests": requests_made,
        "errors": errors,
        "files_added": added,
        "files_expected": args.leads * args.files_per_lead,
        "kinds": summary,
    }


def count_added(folder: Path, url: str | None, review_id: int) -> int:
    from reviews.casefiles import case_files
    from reviews.db import open_database

    sessions = open_database(url or f"sqlite:///{folder / 'cspr.sqlite3'}")
    try:
        with sessions.begin() as session:
            files = case_files(session, review_id, status="confirmed")
            return sum(f.filename.startswith("Family_support_") for f in files)
    finally:
        sessions.kw["bind"].dispose()


def show(result: dict[str, Any]) -> None:
    print(
        f"\n{result['database']}: {result['requests']} requests in {result['seconds']} s, "
        f"{result['errors']} errors, files added {result['files_added']} of "
        f"{result['files_expected']}"
    )
    print(
        f"  {'kind':<16}{'count':>7}{'errors':>7}{'p50 s':>9}{'p95 s':>9}{'p99 s':>9}{'max s':>9}"
    )
    for kind, row in result["kinds"].items():
        cells = ["-" if row[k] is None else f"{row[k]:.3f}" for k in ("p50", "p95", "p99", "max")]
        print(
            f"  {kind:<16}{row['count']:>7}{row['errors']:>7}" + "".join(f"{c:>9}" for c in cells)
        )
        for sample in row["error_samples"]:
            print(f"      error: {sample}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20, help="panel members (default 20)")
    parser.add_argument("--leads", type=int, default=5, help="lead reviewers (default 5)")
    parser.add_argument("--filters", type=int, default=30, help="filters per panel member")
    parser.add_argument("--files-per-lead", type=int, default=1)
    parser.add_argument("--db", default="sqlite,postgresql", help="sqlite, postgresql or both")
    parser.add_argument("--workers", type=int, default=4, help="cspr serve worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker")
    parser.add_argument("--think", type=float, default=0.5, help="mean pause between filters")
    parser.add_argument(
        "--lead-delay", type=float, default=10.0, help="leads start within this many seconds"
    )
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--upload-rows", type=int, default=30, help="rows of each uploaded file (20000: 2.6 MB)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "load.json")
    args = parser.parse_args()
    results = []
    for kind in [k.strip() for k in args.db.split(",") if k.strip()]:
        if kind not in ("sqlite", "postgresql"):
            parser.error(f"--db: unknown '{kind}'")
        result = run_one(kind, args)
        show(result)
        results.append(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "command": "python bench/load.py " + " ".join(sys.argv[1:]),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "settings": {k: str(v) for k, v in vars(args).items()},
        "results": results,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
