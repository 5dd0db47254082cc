"""Shared set-up for the dashboard tests (no tests here): a data folder with the demo case,
logins through Flask's test client, a request context as a given user, raw Dash callback calls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import flask
import pytest
from dash import Dash

from accounts import get_user
from dashboard.access import (
    Context,
    CurrentUser,
    configure,
    current_user,
    live_sessions,
    session_stamp,
)
from dashboard.app import get_app, make_context
from dashboard.auth import limiter
from dashboard.demo import DEMO_USERS, load_demo

PASSWORDS = {user: password for user, _, _, password in DEMO_USERS}


@dataclass
class Demo:
    context: Context
    app: Dash
    data_dir: Path

    def close(self) -> None:
        self.context.sessions.kw["bind"].dispose()


def start_demo(data_dir: Path) -> Demo:
    """A fresh data folder with the demo loaded, the dashboard configured to use it."""
    context = make_context(data_dir, url=f"sqlite:///{data_dir / 'cspr.sqlite3'}")
    with context.sessions.begin() as session:
        load_demo(session, data_dir)
    configure(context)
    limiter.reset()
    return Demo(context, get_app(), data_dir)


def demo_fixture(name: str) -> Any:
    """A module's `demo` fixture: the demo started once in a folder named `name`, closed after
    the module (`demo = demo_fixture("issue15")`)."""

    @pytest.fixture(scope="module")
    def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
        found = start_demo(tmp_path_factory.mktemp(name))
        yield found
        found.close()

    return demo


def login(client: Any, username: str, password: str | None = None) -> Any:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.get_data(as_text=True))
    assert token is not None
    return client.post(
        "/login",
        data={
            "username": username,
            "password": PASSWORDS[username] if password is None else password,
            "csrf": token.group(1),
        },
    )


@contextmanager
def as_user(demo: Demo, username: str) -> Iterator[CurrentUser]:
    """A request context in which `username` is logged in (for calling callbacks directly)."""
    with demo.context.sessions.begin() as session:
        user = get_user(session, username)
        uid, stamp = user.id, session_stamp(user)
    with demo.app.server.test_request_context("/"):
        flask.session["uid"] = uid
        flask.session["stamp"] = stamp
        flask.session["sid"] = live_sessions.start()
        found = current_user()
        assert found is not None
        yield found


def callback_key(app: Dash, *needles: str) -> str:
    """The callback whose outputs include every `needle` (`id.property`), not a duplicate."""
    for key in app.callback_map:
        if "@" not in key and all(n in key for n in needles):
            return key
    raise KeyError(needles)


def _parts(key: str) -> list[dict[str, str]]:
    outputs = []
    for part in key.strip(".").split("..."):
        ident, _, prop = part.rpartition(".")
        outputs.append({"id": ident.strip("."), "property": prop})
    return outputs


def dash_request(app: Dash, key: str, values: dict[str, Any]) -> dict[str, Any]:
    """The JSON body the browser would POST to /_dash-update-component for callback `key`;
    `values` maps `id.property` of inputs and states to their values (default None)."""
    spec = app.callback_map[key]
    outputs = _parts(key)

    def items(kind: str) -> list[dict[str, Any]]:
        return [
            {
                "id": item["id"],
                "property": item["property"],
                "value": values.get(f"{item['id']}.{item['property']}"),
            }
            for item in spec[kind]
        ]

    inputs = items("inputs")
    return {
        "output": key,
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": inputs,
        "state": items("state"),
        "changedPropIds": [f"{i['id']}.{i['property']}" for i in inputs[:1]],
    }
