"""Issue 11: `cspr serve` runs the dashboard under gunicorn with several worker processes (and
under waitress where gunicorn cannot run), and any worker serves any request: a login, the
presentation switch and a newly added file are seen by every worker. Real HTTP on 127.0.0.1;
each request opens a new connection, so requests spread over the workers."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from dashboard.app import secret_for
from dashboard.serve import ServeOptions, choose_server, gunicorn_options

FAMILY_NAMES = ("Chelsea", "Mitchell", "Kayden", "Hughes")
PASSWORDS = {"lead": "demo-lead-pass", "panel": "demo-panel-pass"}
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running(
    data_dir: Path, server: str, workers: int = 2, demo: bool = True
) -> Iterator[tuple[str, int]]:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir.parent / f"serve-{server}.log"
    log = log_path.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cspr.cli",
            "serve",
            *(["--demo"] if demo else []),
            "--data-dir",
            str(data_dir),
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--threads",
            "2",
            "--server",
            server,
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):  # up to about a minute for imports and the demo load
            if process.poll() is not None:
                raise AssertionError(log_path.read_text(errors="replace"))
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{base}/login", timeout=5).status_code == 200:
                    break
            time.sleep(0.25)
        else:
            raise AssertionError("the server did not start")
        yield base, process.pid
    finally:
        with contextlib.suppress(ProcessLookupError):  # a test may have killed it already
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        log.close()


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                status = (entry / "status").read_text()
                if re.search(rf"^PPid:\s+{pid}$", status, re.MULTILINE):
                    found.append(int(entry.name))
    return found


def log_in(base: str, username: str) -> dict[str, str]:
    """A login; returns the session cookie, sent afresh (a new connection) on every call."""
    with requests.Session() as browser:
        page = browser.get(f"{base}/login", timeout=30)
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None
        answer = browser.post(
            f"{base}/login",
            data={"username": username, "password": PASSWORDS[username], "csrf": token.group(1)},
            allow_redirects=False,
            timeout=30,
        )
        assert answer.status_code == 302, answer.text[:300]
        return dict(browser.cookies)


def callback(base: str, cookies: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    answer = requests.post(
        f"{base}/_dash-update-component",
        json=body,
        cookies=cookies,
        headers={"Connection": "close"},
        timeout=120,
    )
    assert answer.status_code == 200, (answer.status_code, answer.text[:300])
    return answer.json()["response"]  # type: ignore[no-any-return]


def chronology_body(review_id: int = 1) -> dict[str, Any]:
    filters = [
        ("chr-agency", "value"),
        ("chr-category", "value"),
        ("chr-key", "value"),
        ("chr-dates", "start_date"),
        ("chr-dates", "end_date"),
        ("chr-person", "value"),
        ("chr-text", "value"),
        ("chr-sector", "value"),
    ]
    inputs = [{"id": i, "property": p, "value": None} for i, p in filters]
    inputs += [
        {"id": "review-id", "property": "data", "value": review_id},
        {"id": "shell-mode", "property": "data", "value": "normal"},
        {"id": "chr-refresh", "property": "n_intervals", "value": None},
        {"id": "chr-zoom", "property": "data", "value": None},
    ]
    outputs = [
        ("chr-timeline", "figure"),
        ("chr-summary", "children"),
        ("chr-query", "data"),
        ("chr-refresh", "disabled"),
        ("chr-build", "data"),
    ]
    return {
        "output": ".." + "...".join(f"{i}.{p}" for i, p in outputs) + "..",
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": inputs,
        "state": [{"id": "chr-build", "property": "data", "value": None}],
        "changedPropIds": ["review-id.data"],
    }


def presentation_body(on: bool) -> dict[str, Any]:
    return {
        "output": "..shell-mode.data...shell.className..",
        "outputs": [
            {"id": "shell-mode", "property": "data"},
            {"id": "shell", "property": "className"},
        ],
        "inputs": [
            {"id": "shell-presentation", "property": "value", "value": ["on"] if on else []}
        ],
        "state": [],
        "changedPropIds": ["shell-presentation.value"],
    }


def shown_events(summary: str) -> int:
    found = re.search(r"([\d,]+) of ([\d,]+) events shown", summary)
    assert found is not None, summary
    return int(found.group(2).replace(",", ""))


@pytest.mark.parametrize("server", ["gunicorn", "waitress"])
def test_cspr_serve_any_worker_serves_any_request(tmp_path: Path, server: str) -> None:
    with running(tmp_path / "data", server) as (base, pid):
        if server == "gunicorn":
            for _ in range(120):  # the second worker may still be forking
                if len(children(pid)) == 2:
                    break
                time.sleep(0.25)
            assert len(children(pid)) == 2  # two worker processes under one master
        panel = log_in(base, "panel")
        lead = log_in(base, "lead")
        counts = set()
        for _ in range(12):
            response = callback(base, panel, chronology_body())
            text = json.dumps(response)
            assert not [n for n in FAMILY_NAMES if n in text], "panel sees names"
            counts.add(shown_events(response["chr-summary"]["children"]))
        assert len(counts) == 1
        # Presentation mode switched on by one request holds for the next, on any worker.
        callback(base, lead, presentation_body(True))
        for _ in range(8):
            text = json.dumps(callback(base, lead, chronology_body()))
            assert not [n for n in FAMILY_NAMES if n in text], "presentation mode lost"
        callback(base, lead, presentation_body(False))
        assert "Kayden" in json.dumps(callback(base, lead, chronology_body()))
        # A file added (committed by another process) is built in the background by each
        # worker; meanwhile the previous build is served, saying so; then every worker has it.
        add_file(tmp_path / "data")
        (before,) = counts
        seen, fresh = [], 0
        for _ in range(240):
            summary = callback(base, panel, chronology_body())["chr-summary"]["children"]
            seen.append(shown_events(summary))
            if seen[-1] == before:
                assert "merged again" in summary
            fresh = fresh + 1 if seen[-1] == before + 2 else 0
            if fresh == 12:
                break
            time.sleep(0.1)
        assert set(seen) <= {before, before + 2} and fresh == 12


def add_file(data_dir: Path) -> None:
    from reviews import service
    from reviews.casefiles import set_file_status, store_file
    from reviews.db import open_database

    sessions = open_database(f"sqlite:///{data_dir / 'cspr.sqlite3'}")
    data = (
        b"Date,Type,Entry\n"
        b'02/06/2020,Home visit,"Home visit by the health visitor."\n'
        b'03/06/2020,Phone call,"Call about attendance at the clinic."\n'
    )
    try:
        with sessions.begin() as session:
            review = service.get_review(session, "CSPR-2021-03")
            entry = store_file(
                session, data_dir, review, "Health_late.csv", data, by="lead", agency="Health"
            )
            set_file_status(session, entry, "confirmed", by="lead")
    finally:
        sessions.kw["bind"].dispose()


def test_server_choice_and_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert choose_server("waitress") == "waitress"
    monkeypatch.setattr(sys, "platform", "win32")
    assert choose_server("auto") == "waitress"  # where gunicorn cannot run
    with pytest.raises(ValueError, match="gunicorn cannot run here"):
        choose_server("gunicorn")
    options = gunicorn_options(ServeOptions(tmp_path, "::1", 9000, workers=3, threads=2))
    assert options["bind"] == "[::1]:9000"
    assert options["workers"] == 3 and options["worker_class"] == "gthread"
    assert options["preload_app"] is True  # migrations and the key made once, before forking


def test_workers_starting_together_share_one_session_key(tmp_path: Path) -> None:
    keys: list[bytes] = []
    lock = threading.Lock()

    def start() -> None:
        key = secret_for(tmp_path)
        with lock:
            keys.append(key)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(keys) == 8 and len(set(keys)) == 1 and len(keys[0]) == 32
    assert [p.name for p in tmp_path.iterdir()] == ["session.key"]
    assert (tmp_path / "session.key").stat().st_mode & 0o777 == 0o600
