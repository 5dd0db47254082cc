"""Browser tests: the dashboard on a free localhost port (a thread of this process, with a
temporary data folder and the demo case) driven by Debian's /usr/bin/chromium through
Playwright. Never a downloaded browser: without /usr/bin/chromium these tests are skipped
locally and fail on CI (which installs it)."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from tests.test_dashboard_support import PASSWORDS, Demo, start_demo

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: end-to-end test in a real headless browser")


def screenshot_dir() -> Path:
    """docs/screenshots when CSPR_UPDATE_SCREENSHOTS=1 (for the README), else out/."""
    if os.environ.get("CSPR_UPDATE_SCREENSHOTS") == "1":
        folder = ROOT / "docs" / "screenshots"
    else:
        folder = ROOT / "out" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Server:
    base: str
    demo: Demo


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium for the browser tests")
        pytest.skip("browser tests need Debian's /usr/bin/chromium (apt-get install chromium)")
    demo = start_demo(tmp_path_factory.mktemp("dashboard-e2e"))
    httpd = make_server("127.0.0.1", 0, demo.app.server, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server(f"http://127.0.0.1:{httpd.server_port}", demo)
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)
    demo.close()


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield chromium
        chromium.close()


@dataclass
class Session:
    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def go(self, path: str, ready: str | None = None) -> None:
        """Open a page: by its menu link when it has one (no reload), else by address."""
        link = self.page.locator(f'#shell-nav a[href="{path}"]')
        if link.count():
            link.click()
        else:
            self.page.goto(self.base + path)
        if ready:
            self.page.wait_for_selector(ready, timeout=15_000)
        self.settle()

    def settle(self) -> None:
        """Wait until Dash has no callback in flight and the page's accessibility repairs
        (dashboard/assets/cspr.js) have run on what it drew: a condition, not a fixed time."""
        self.page.wait_for_function(
            "() => window.store !== undefined"
            " && window.store.getState().isLoading === false"
            " && window.csprRepairPending !== true",
            timeout=15_000,
        )

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(screenshot_dir() / f"{name}.png"), full_page=True)

    def outside(self) -> list[str]:
        return [u for u in self.requests if not re.match(re.escape(self.base) + r"(/|$)", u)]


@pytest.fixture
def login(browser: Any, server: Server) -> Iterator[Any]:
    """`login(user)` opens a fresh browser context logged in as the demo `user`."""
    contexts = []

    def open_as(username: str) -> Session:
        context = browser.new_context(
            viewport={"width": 1440, "height": 960}, accept_downloads=True
        )
        contexts.append(context)
        page = context.new_page()
        session = Session(page, server.base)
        page.on("request", lambda request: session.requests.append(request.url))
        page.on("pageerror", lambda error: session.errors.append(str(error)))
        page.on(
            "console",
            lambda message: (
                session.errors.append(message.text) if message.type == "error" else None
            ),
        )
        page.goto(server.base + "/login")
        page.fill("#username", username)
        page.fill("#password", PASSWORDS[username])
        page.click("#login-button")
        page.wait_for_selector("#shell-nav a", timeout=15_000)
        return session

    yield open_as
    for context in contexts:
        context.close()
