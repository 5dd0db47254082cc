"""`cspr user`: dashboard users and their roles from the command line. Passwords are read from
the terminal (or one line of standard input with --password-stdin) and stored only as hashes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from accounts.models import ROLES
from reviews.db import data_dir as default_data_dir
from reviews.db import database_url, open_database


def add_user_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "user",
        help="manage dashboard users: add, list, remove, passwd, assign",
        description="Dashboard users and their roles. Passwords are read from the terminal "
        "(or one line of standard input with --password-stdin) and stored only as hashes.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="data folder (default: CSPR_DATA_DIR or ./data)",
    )
    parser.add_argument(
        "--by",
        default=os.environ.get("USER", "cli"),
        help="who is making the change, for the audit trail",
    )
    sub = parser.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = sub.add_parser("add", help="add a user")
    add.add_argument("username")
    add.add_argument(
        "--role",
        required=True,
        choices=ROLES,
    )
    add.add_argument("--agency", default="", help="the agency an agency_uploader uploads for")
    add.add_argument("--name", default="", help="name shown in the dashboard")
    add.add_argument(
        "--review",
        action="append",
        default=[],
        metavar="REF",
        help="assign to this review (repeatable)",
    )
    add.add_argument("--password-stdin", action="store_true")
    sub.add_parser("list", help="list users, roles and assigned reviews")
    remove = sub.add_parser("remove", help="remove a user")
    remove.add_argument("username")
    passwd = sub.add_parser("passwd", help="set a user's password (ends their sessions)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    assign = sub.add_parser("assign", help="give a user access to a review")
    assign.add_argument("username")
    assign.add_argument("reference")
    parser.set_defaults(func=run_user)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the passwords do not match")
    return first


def run_user(args: argparse.Namespace) -> int:
    from accounts import users
    from reviews.models import Review

    folder = (args.data_dir or default_data_dir()).resolve()
    sessions = open_database(database_url(folder))
    try:
        with sessions.begin() as session:
            command = args.user_command
            if command == "add":
                password = _password(args.password_stdin)
                user = users.add_user(
                    session,
                    args.username,
                    password,
                    args.role,
                    by=args.by,
                    agency=args.agency,
                    display_name=args.name,
                )
                for reference in args.review:
                    users.assign(session, user.username, reference, by=args.by)
                message = f"added {user.username} ({user.role})"
            elif command == "list":
                lines = []
                for user in users.list_users(session):
                    ids = users.assigned_review_ids(session, user)
                    assigned = (session.get(Review, i) for i in ids)
                    refs = sorted(r.reference for r in assigned if r is not None)
                    agency = f" [{user.agency}]" if user.agency else ""
                    lines.append(f"{user.username:<20} {user.role:<17}{agency} {', '.join(refs)}")
                message = "\n".join(lines) or "no users"
            elif command == "remove":
                users.remove_user(session, args.username, by=args.by)
                message = f"removed {args.username}"
            elif command == "passwd":
                users.set_password(
                    session, args.username, _password(args.password_stdin), by=args.by
                )
                message = f"password changed for {args.username}"
            else:
                users.assign(session, args.username, args.reference, by=args.by)
                message = f"{args.username} assigned to {args.reference}"
    finally:
        sessions.kw["bind"].dispose()
    sys.stdout.write(message + "\n")
    return 0
