"""`cspr dashboard` and `cspr user` as the main CLI will register them."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from accounts import User
from accounts.cli import add_user_command
from dashboard.cli import add_dashboard_command, prepare_demo
from reviews.db import open_database


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="cspr")
    sub = main.add_subparsers(dest="command", required=True)
    add_dashboard_command(sub)
    add_user_command(sub)
    return main


def run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    args = parser().parse_args(argv)
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return int(args.func(args))


def test_dashboard_options() -> None:
    args = parser().parse_args(["dashboard", "--demo", "--port", "9000"])
    assert (args.demo, args.host, args.port, args.data_dir) == (True, "127.0.0.1", 9000, None)
    assert callable(args.func)


def test_demo_prints_one_login_per_role_and_needs_a_fresh_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CSPR_DATABASE_URL", raising=False)
    folder = prepare_demo(tmp_path / "demo")
    out = capsys.readouterr().out
    for role in ("admin", "lead_reviewer", "panel_member", "business_support", "agency_uploader"):
        assert role in out
    assert (folder / "cspr.sqlite3").exists()
    assert len(list((folder / "uploads").rglob("*.xlsx"))) >= 6
    with pytest.raises(ValueError, match="fresh folder"):
        prepare_demo(folder)


def test_user_add_list_passwd_remove(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CSPR_DATABASE_URL", raising=False)
    base = ["user", "--data-dir", str(tmp_path), "--by", "tester"]
    add = [*base, "add", "Alice", "--role", "lead_reviewer", "--password-stdin"]
    assert run(add, "a long password\n", monkeypatch) == 0
    uploader = [*base, "add", "bob", "--role", "agency_uploader", "--agency", "Police"]
    assert run([*uploader, "--password-stdin"], "another password\n", monkeypatch) == 0
    capsys.readouterr()
    run([*base, "list"])
    listing = capsys.readouterr().out
    assert "alice" in listing and "lead_reviewer" in listing and "[Police]" in listing
    passwd = [*base, "passwd", "alice", "--password-stdin"]
    assert run(passwd, "a new password!\n", monkeypatch) == 0
    assert run([*base, "remove", "bob"]) == 0
    sessions = open_database(f"sqlite:///{tmp_path / 'cspr.sqlite3'}")
    with sessions.begin() as session:
        names = list(session.scalars(select(User.username)))
        hashed = session.scalar(select(User.password_hash))
    sessions.kw["bind"].dispose()
    assert names == ["alice"]
    assert hashed is not None and "password" not in hashed
    again = [*base, "add", "alice", "--role", "admin", "--password-stdin"]
    with pytest.raises(ValueError, match="already exists"):
        run(again, "x" * 12, monkeypatch)
    with pytest.raises(ValueError, match="no review"):
        run([*base, "assign", "alice", "NOPE"])


def test_wrong_database_address_and_proxy_settings_stop_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong CSPR_DATABASE_URL gave a traceback (and could print its password); a wrong
    CSPR_TRUSTED_PROXIES turned every login into HTTP 500. Both now stop at once, in a line."""
    from cspr.cli import main

    monkeypatch.setenv("CSPR_DATABASE_URL", "nonsense://someone:secretpw@host/db")
    assert main(["review", "list"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "CSPR_DATABASE_URL" in err[0] and "secretpw" not in err[0]
    monkeypatch.setenv("CSPR_DATABASE_URL", "postgresql+psycopg://someone:secretpw@127.0.0.1:1/d")
    assert main(["review", "list"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "database:" in err[0] and "secretpw" not in err[0]
    monkeypatch.delenv("CSPR_DATABASE_URL")
    monkeypatch.setenv("CSPR_TRUSTED_PROXIES", "127.0.0.1, banana")
    assert main(["dashboard", "--demo", "--port", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "cspr dashboard: error: CSPR_TRUSTED_PROXIES: 'banana' is not an address or network "
        "(e.g. 127.0.0.1 or 10.0.0.0/8)"
    ]
