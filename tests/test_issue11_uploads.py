"""Issue 11 (uploads, views, the CLI's file modes) and issue 10 #7 (the Upload page says why a
file is refused and what to do).

- readings of files being checked are not kept in memory (five 19 MB uploads never added held
  800 MB);
- a crash mid-upload leaves no file the next upload reuses; leftovers are cleaned at start-up;
- refused files are deleted; long names keep their extension;
- a refused type gets an immediate message; a file with no table is refused, never "0 rows";
- views of case data through the upload preview, the duplicates page and the audit log are
  audited;
- `cspr` writes files 0600 and folders 0700.
"""

from __future__ import annotations

import base64
import gc
import io
import json
import os
import threading
import weakref
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from cspr.cli import main
from dashboard import access, jobs
from dashboard.demo import DEMO_DIR
from reviews import casefiles
from reviews.casefiles import CaseFile, clean_orphans, safe_filename
from reviews.models import AuditEntry
from tests.test_dashboard_support import Demo, as_user, dash_request, demo_fixture, login

GP_CSV = (DEMO_DIR / "GP_chronology.csv").read_bytes()
LETTER = b"Dear colleague,\nplease find our chronology attached.\nKind regards, Jo\n"


demo = demo_fixture("issue11-uploads")


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    from dashboard import auth
    from dashboard.auth import limiter

    access.configure(demo.context)
    auth.install_secret(demo.app.server, demo.context.secret_key)
    limiter.reset()
    access.forget_views()


def _data_url(data: bytes) -> str:
    return "data:application/octet-stream;base64," + base64.b64encode(data).decode()


def _receive(demo: Demo, name: str, data: bytes, user: str = "lead") -> tuple[list[str], Any]:
    from dashboard.pages import upload

    with as_user(demo, user) as who:
        return upload.receive_files(who, 1, [_data_url(data)], [name], "chronology", None)


def _uploads(demo: Demo) -> set[Path]:
    """Every file under DATA/uploads."""
    return {p for p in (demo.data_dir / "uploads").rglob("*") if p.is_file()}


def _rows(demo: Demo, **where: Any) -> list[CaseFile]:
    with demo.context.sessions.begin() as session:
        query = select(CaseFile)
        for name, value in where.items():
            query = query.where(getattr(CaseFile, name) == value)
        return list(session.scalars(query))


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------- memory


def test_readings_of_files_being_checked_are_not_kept(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every reading made while checking and previewing a file that is never added is freed
    (the issue: five 19 MB CSVs never added left 800 MB held by the reading cache)."""
    from chronology import ingest
    from dashboard import case
    from dashboard.pages import upload

    readings: list[weakref.ref[Any]] = []
    real = ingest.read_chronology

    def tracked(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        readings.append(weakref.ref(result))
        return result

    monkeypatch.setattr(case, "read_chronology", tracked)
    monkeypatch.setattr(upload, "read_chronology", tracked, raising=False)
    ids = []
    for number in range(3):
        messages, file_id = _receive(demo, f"GP_copy_{number}.csv", GP_CSV)
        assert file_id is not None, messages
        ids.append(file_id)
    with as_user(demo, "lead"):
        for file_id in ids:  # the preview of each, as the page shows it
            shown = upload.show_upload(file_id, 1, 1)
            assert shown[2], "the preview shows the column mapping"
    assert readings, "the files were read"
    gc.collect()
    held = [ref() for ref in readings if ref() is not None]
    assert not held, f"{len(held)} readings of unconfirmed files still in memory"


def test_the_reading_cache_keeps_only_files_added_to_the_review(demo: Demo) -> None:
    """Whoever calls it, `read_case_file` caches a file only once it is added (confirmed), and
    a rebuild drops the readings of the review's files that are no longer added."""
    from dashboard import case

    messages, file_id = _receive(demo, "GP_cache_probe.csv", GP_CSV)
    assert file_id is not None, messages
    (entry,) = _rows(demo, id=file_id)
    assert entry.status == "pending"
    case.read_case_file(demo.data_dir, entry)
    assert not any(key[0] == file_id for key in case._reads)
    entry.status = "confirmed"
    case.read_case_file(demo.data_dir, entry)
    assert any(key[0] == file_id for key in case._reads)
    case._forget_reads_except(entry.review_id, keep=set())  # as a rebuild without it does
    assert not any(key[0] == file_id for key in case._reads)


# --------------------------------------------------------------------------- crash safety


def test_a_failed_write_leaves_no_file_and_no_row(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_files, before_rows = _uploads(demo), len(_rows(demo))

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(casefiles.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        _receive(demo, "GP_disk_full.csv", GP_CSV)
    monkeypatch.undo()
    assert _uploads(demo) == before_files
    assert len(_rows(demo)) == before_rows


def test_a_rolled_back_upload_leaves_no_file(demo: Demo, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is moved into place inside the transaction; if the transaction fails (here
    its audit row), the file goes with it: row, audit row and file, or none of them."""
    before_files, before_rows = _uploads(demo), len(_rows(demo))

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("audit table unavailable")

    monkeypatch.setattr(casefiles, "audit", broken)
    with pytest.raises(RuntimeError, match="audit table"):
        _receive(demo, "GP_rolled_back.csv", GP_CSV)
    monkeypatch.undo()
    assert _uploads(demo) == before_files
    assert len(_rows(demo)) == before_rows


def test_a_leftover_of_a_crash_is_never_reused(demo: Demo) -> None:
    """A crash after the file was moved into place but before the commit leaves a folder
    named by an id the database never kept; SQLite gives that id to the next upload."""
    with demo.context.sessions.begin() as session:
        next_id = (session.scalar(select(func.max(CaseFile.id))) or 0) + 1
    leftover = demo.data_dir / "uploads" / "1" / str(next_id)
    leftover.mkdir(parents=True)
    (leftover / "Stale_half_written.csv").write_bytes(b"Date,Entry\n01/01/2020,half")
    messages, file_id = _receive(demo, "GP_after_crash.csv", GP_CSV)
    assert file_id == next_id, messages
    assert sorted(p.name for p in leftover.iterdir()) == ["GP_after_crash.csv"]
    assert (leftover / "GP_after_crash.csv").read_bytes() == GP_CSV


def test_leftovers_are_cleaned_at_start_up(demo: Demo) -> None:
    uploads = demo.data_dir / "uploads"
    orphan = uploads / "1" / "9999"
    orphan.mkdir(parents=True)
    (orphan / "Orphan.csv").write_bytes(b"x")
    staging = uploads / casefiles.INCOMING / "0123abcd"
    staging.mkdir(parents=True)
    (staging / "Half.csv").write_bytes(b"half")
    recent = uploads / "1" / "9998"  # maybe another worker's upload in flight: left alone
    recent.mkdir()
    an_hour_ago = (os.path.getmtime(orphan) - 3600,) * 2
    for path in (orphan, staging):
        os.utime(path, an_hour_ago)
    kept = {p for p in _uploads(demo) if "9999" not in str(p) and "0123abcd" not in str(p)}
    access.configure(demo.context)  # what the server does at start-up
    assert not orphan.exists() and not staging.exists()
    assert recent.exists()
    assert _uploads(demo) == kept  # every file a row names is still there
    with demo.context.sessions.begin() as session:
        assert recent in clean_orphans(session, demo.data_dir, older_than=0)


# --------------------------------------------------------------------------- refusals


def test_a_refused_hostile_file_is_deleted(demo: Demo) -> None:
    before = _uploads(demo)
    messages, file_id = _receive(demo, "Hostile.xlsx", b"PK\x03\x04 not really a zip at all")
    assert file_id is None and "refused" in messages[0]
    assert _uploads(demo) == before
    (row,) = _rows(demo, filename="Hostile.xlsx")
    assert (row.status, row.stored_path) == ("withdrawn", "")
    with demo.context.sessions.begin() as session:
        reasons = list(
            session.scalars(
                select(AuditEntry.new_value).where(
                    AuditEntry.entity == "CaseFile",
                    AuditEntry.entity_id == row.id,
                    AuditEntry.field == "refused",
                )
            )
        )
    assert reasons and "zip" in reasons[0]


def test_a_discarded_file_is_deleted(demo: Demo) -> None:
    messages, file_id = _receive(demo, "GP_discard_me.csv", GP_CSV)
    assert file_id is not None, messages
    (row,) = _rows(demo, id=file_id)
    stored = demo.data_dir / row.stored_path
    assert stored.exists()
    client = demo.app.server.test_client()
    assert login(client, "lead").status_code == 302
    response = _call(
        demo,
        client,
        "confirm_or_discard",
        {"upl-file.value": file_id, "review-id.data": 1, "upl-version.data": 0},
        changed="upl-discard.n_clicks",
    )
    assert "discarded" in json.dumps(response)
    assert not stored.exists() and not stored.parent.exists()


def test_long_file_names_keep_their_extension(demo: Demo) -> None:
    long_name = "Northshire_" + "Community_Health_Services_" * 12 + "chronology.csv"
    assert len(long_name) > 200
    safe = safe_filename(long_name)
    assert len(safe) <= 200 and safe.endswith("_chronology.csv"[-4:])
    assert safe_filename("x" * 300 + ".xlsx").endswith(".xlsx")
    messages, file_id = _receive(demo, long_name, GP_CSV)
    assert file_id is not None, messages
    assert "accepted" in messages[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Police return.xls", "Excel 97-2003"),
        ("Health.txt", "plain text"),
        ("Education.doc", "Word 97-2003"),
        ("Housing.pdf", "PDF"),
        ("Notes", "'none'"),
    ],
)
def test_a_refused_type_says_what_to_do(name: str, expected: str, demo: Demo) -> None:
    from dashboard.pages import upload

    before = _uploads(demo)
    messages, file_id = _receive(demo, name, b"anything")
    assert file_id is None
    assert expected in messages[0]
    assert "Save it as .xlsx" in messages[0] and ".csv" in messages[0]
    assert _uploads(demo) == before  # never stored
    assert upload.refused_type("Return.XLSX") is None


def test_a_refused_type_gets_an_immediate_message(demo: Demo) -> None:
    """In the browser: the callback answers at once, no background job, no polling; a
    readable file dropped with it is still checked."""
    client = demo.app.server.test_client()
    assert login(client, "lead").status_code == 302
    values = {
        "upl-drop.contents": [_data_url(b"x")],
        "upl-drop.filename": ["Police.xls"],
        "upl-kind.value": "chronology",
        "review-id.data": 1,
    }
    response = _call(demo, client, "upload_files", values)
    assert "upl-job" not in response  # no job started
    assert response["upl-poll"]["disabled"] is True
    text = json.dumps(response["upl-message"])
    assert "Police.xls" in text and "Save it as .xlsx" in text
    values["upl-drop.contents"].append(_data_url(GP_CSV))
    values["upl-drop.filename"].append("GP_mixed.csv")
    both = _call(demo, client, "upload_files", values)
    assert both["upl-job"]["data"] and "Save it as" in json.dumps(both["upl-message"])
    with as_user(demo, "lead") as lead:
        job = jobs.wait(both["upl-job"]["data"], lead.id, timeout=60)
    assert job is not None and job.finished and not job.error
    messages, file_id = job.result
    assert file_id is not None and any("Police.xls" in m for m in messages)


def test_the_page_takes_its_readable_types_from_the_reader(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the reader learns .docx (`SUPPORTED_SUFFIXES`), the page accepts it too, and
    the drop zone never filters files in the browser (that refused them in silence)."""
    from chronology import filesafety
    from dashboard.pages import upload

    assert (
        upload.refused_type("Return.docx") is not None or ".docx" in filesafety.SUPPORTED_SUFFIXES
    )
    monkeypatch.setattr(filesafety, "SUPPORTED_SUFFIXES", filesafety.SUPPORTED_SUFFIXES | {".docx"})
    assert upload.refused_type("Return.docx") is None
    assert ".docx" in upload.refused_type("Return.doc") or ""
    with as_user(demo, "lead"):
        layout = upload.layout()
    drop = _find(layout, "upl-drop")
    assert getattr(drop, "accept", None) in (None, "")
    assert ".docx" in json.dumps(drop.to_plotly_json(), default=str)


def test_a_text_file_renamed_csv_is_refused_with_the_reason(demo: Demo) -> None:
    before = _uploads(demo)
    messages, file_id = _receive(demo, "Chronology.csv", LETTER)
    assert file_id is None
    assert "no chronology table was found" in messages[0]
    assert "0 rows" not in messages[0] and "0 rejected" not in messages[0]
    assert _uploads(demo) == before
    assert [r.status for r in _rows(demo, filename="Chronology.csv")] == ["withdrawn"]


def test_a_workbook_without_a_table_is_refused(demo: Demo) -> None:
    notes = _workbook([["Chronology to follow"], ["Sent by the duty team"], [None], ["Regards"]])
    messages, file_id = _receive(demo, "Youth_Justice.xlsx", notes)
    assert file_id is None
    assert "no chronology table was found" in messages[0] and "Sheet" in messages[0]


def test_a_table_with_no_row_accepted_cannot_be_added(demo: Demo) -> None:
    """A table whose every row is rejected stays to be corrected, but is never added as 0."""
    data = b"Date,Entry\n32/13/2020,Home visit\nnot a date,Phone call\n"
    messages, file_id = _receive(demo, "Bad_dates.csv", data)
    assert file_id is not None and "no row accepted, 2 rejected" in messages[0]
    client = demo.app.server.test_client()
    assert login(client, "lead").status_code == 302
    response = _call(
        demo,
        client,
        "confirm_or_discard",
        {"upl-file.value": file_id, "review-id.data": 1, "upl-version.data": 0},
        changed="upl-confirm.n_clicks",
    )
    assert "was not added" in json.dumps(response)
    assert [r.status for r in _rows(demo, id=file_id)] == ["pending"]


# --------------------------------------------------------------------------- audit of views


def _views(demo: Demo, user: str) -> list[tuple[str, str, str]]:
    with demo.context.sessions.begin() as session:
        rows = session.execute(
            select(AuditEntry.field, AuditEntry.review_reference, AuditEntry.new_value).where(
                AuditEntry.action == "view", AuditEntry.user == user
            )
        )
        return [(f, r, v) for f, r, v in rows]


def test_views_of_case_data_are_audited(demo: Demo) -> None:
    from dashboard.case import load_case
    from dashboard.pages import duplicates

    messages, file_id = _receive(demo, "GP_viewed.csv", GP_CSV)
    assert file_id is not None, messages
    lead = demo.app.server.test_client()
    assert login(lead, "lead").status_code == 302
    _call(demo, lead, "show_upload", {"upl-file.value": file_id, "review-id.data": 1})
    _call(demo, lead, "list_pairs", {"review-id.data": 1, "dup-version.data": 0})
    with demo.context.sessions.begin() as session:
        pair = load_case(session, demo.data_dir, 1).run.integration.possible[0]
    _call(
        demo,
        lead,
        "show_pair",
        {"dup-grid.selectedRows": [{"id": duplicates.pair_id(pair)}], "review-id.data": 1},
    )
    seen = _views(demo, "lead")
    assert ("upload preview", "CSPR-2021-03", "GP_viewed.csv") in seen
    assert any(f == "duplicates" and v.startswith("list") for f, _, v in seen)
    assert any(f == "duplicates" and pair.first in v for f, _, v in seen)
    admin = demo.app.server.test_client()
    assert login(admin, "admin").status_code == 302
    _call(demo, admin, "show_audit", {"shell-url.pathname": "/admin"})
    assert [f for f, _, _ in _views(demo, "admin")] == ["audit log"]


def test_a_repeated_view_is_recorded_once(demo: Demo) -> None:
    lead = demo.app.server.test_client()
    assert login(lead, "lead").status_code == 302
    before = len(_views(demo, "lead"))
    for _ in range(3):
        _call(demo, lead, "list_pairs", {"review-id.data": 1, "dup-version.data": 0})
    assert len(_views(demo, "lead")) == before + 1


# --------------------------------------------------------------------------- jobs


def test_upload_progress_is_kept_in_the_database(demo: Demo) -> None:
    """Any worker process can answer the poll: the job's state is a database row, not this
    process's memory; a job whose process died is reported as interrupted."""
    import datetime as dt

    from sqlalchemy import update

    from reviews.casefiles import BackgroundJob

    release = threading.Event()

    def work(progress: jobs.Progress) -> list[str]:
        progress(1, "half way")
        release.wait(60)
        return ["done"]

    job_id = jobs.start(7, 2, work)
    with demo.context.sessions.begin() as session:
        row = session.get(BackgroundJob, job_id)
        assert row is not None and row.owner == 7 and not row.finished
    release.set()
    finished = jobs.wait(job_id, 7, timeout=60)
    assert finished is not None and finished.result == ["done"]
    with demo.context.sessions.begin() as session:
        row = session.get(BackgroundJob, job_id)
        assert row is not None and row.finished and json.loads(row.result) == ["done"]
        row.finished = False  # as if its process had died mid-way, long ago
        session.execute(
            update(BackgroundJob)
            .where(BackgroundJob.id == job_id)
            .values(updated_at=dt.datetime(2020, 1, 1))
        )
    lost = jobs.get(job_id, 7)
    assert lost is not None and lost.finished and "interrupted" in lost.error


# --------------------------------------------------------------------------- the CLI


def test_cspr_writes_private_files_and_folders(tmp_path: Path) -> None:
    """The issue saw `cspr ingest` write 0644 files into a 0755 folder."""
    old = os.umask(0o022)
    try:
        out = tmp_path / "out" / "ingested"
        code = main(["ingest", str(DEMO_DIR / "GP_chronology.csv"), "--out", str(out)])
        assert os.umask(0o022) == 0o022  # restored on return
    finally:
        os.umask(old)
    assert code == 0
    loose = {
        str(p.relative_to(tmp_path)): oct(p.stat().st_mode & 0o777)
        for p in [tmp_path / "out", out, *out.iterdir()]
        if p.stat().st_mode & 0o077
    }
    assert not loose, f"readable by other local users: {loose}"
    assert {p.name for p in out.iterdir()} >= {"events.csv", "rejected.csv"}


# --------------------------------------------------------------------------- helpers


def _key(demo: Demo, function_name: str) -> str:
    for key, spec in demo.app.callback_map.items():
        function = spec.get("callback")
        if function is not None and getattr(function, "__name__", "") == function_name:
            return key
    raise KeyError(function_name)


def _call(
    demo: Demo, client: Any, function_name: str, values: dict[str, Any], changed: str = ""
) -> dict[str, Any]:
    """Run a callback as the browser would; its response (outputs by component id)."""
    body = dash_request(demo.app, _key(demo, function_name), values)
    outputs = body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]
    for output in outputs:
        output["property"] = output["property"].split("@")[0]
    if changed:
        body["changedPropIds"] = [changed]
        if changed.endswith("n_clicks"):
            ident = changed.rsplit(".", 1)[0]
            body["inputs"] = [{**i, "value": 1} if i["id"] == ident else i for i in body["inputs"]]
    result = client.post("/_dash-update-component", json=body)
    assert result.status_code in (200, 204), result.get_data(as_text=True)[:300]
    if result.status_code == 204:
        return {}
    return json.loads(result.get_data(as_text=True))["response"]  # type: ignore[no-any-return]


def _find(component: Any, ident: str) -> Any:
    if getattr(component, "id", None) == ident:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if child is not None and not isinstance(child, str):
            found = _find(child, ident)
            if found is not None:
                return found
    return None


def test_views_of_chronology_genogram_and_reviews_are_audited(demo: Demo) -> None:
    from dashboard.case import load_case

    panel = demo.app.server.test_client()
    assert login(panel, "panel").status_code == 302
    _call(demo, panel, "update_chronology", {"review-id.data": 1, "shell-mode.data": "normal"})
    with demo.context.sessions.begin() as session:
        event = load_case(session, demo.data_dir, 1).events[0]
    _call(
        demo,
        panel,
        "select_event",
        {"chr-grid.cellClicked": {"rowId": event.event_id}, "review-id.data": 1},
        changed="chr-grid.cellClicked",
    )
    _call(demo, panel, "draw_genogram", {"review-id.data": 1, "shell-mode.data": "normal"})
    _call(demo, panel, "show_review", {"rvd-id.data": 1, "rvd-version.data": 0})
    _call(demo, panel, "update_reviews", {})
    seen = _views(demo, "panel")
    what = {f for f, _, _ in seen}
    assert {"chronology", "chronology event", "genogram", "review", "reviews list"} <= what
    assert ("chronology event", "CSPR-2021-03", event.event_id) in seen


def test_a_data_folder_made_open_before_is_made_private_by_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data folder that already exists as 0755 (made by hand, or by an older version) is
    tightened by the command line too, not only once the dashboard starts."""
    from reviews.db import database_url

    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / "cspr.sqlite3").write_bytes(b"")
    os.chmod(folder / "cspr.sqlite3", 0o644)
    monkeypatch.delenv("CSPR_DATABASE_URL", raising=False)
    assert database_url(folder).endswith("cspr.sqlite3")
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert oct((folder / "cspr.sqlite3").stat().st_mode & 0o777) == "0o600"
