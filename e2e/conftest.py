"""Browser tests: real Chromium from Debian, driven by Playwright, against a live server.

Every test that takes `ui` runs twice: on a 390x844 phone and on a desktop. A failing
test leaves a full-page screenshot in test-results/.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from tests.conftest import PASSWORD, make_user

# Playwright's sync API runs an event loop in this thread; the ORM calls tests make
# between browser steps are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("HS_TEST_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "test-results"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 860}}


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
    }


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def device(request):
    return request.param


@pytest.fixture
def ui(request, browser, device, live_server):
    """A fresh page on the chosen viewport, pointed at the live server."""
    context = browser.new_context(
        viewport=VIEWPORTS[device], base_url=live_server.url, locale="en-GB", timezone_id="Europe/London",
        is_mobile=device == "phone", has_touch=device == "phone",
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.console_errors = errors
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        RESULTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
        try:
            page.screenshot(path=str(RESULTS / f"{name}.png"), full_page=True)
        except Exception:  # noqa: BLE001 - a failed screenshot must not hide the real failure
            pass
    context.close()


def sign_in(page, user, base_url: str) -> None:
    """Give the browser a signed-in session for `user` without typing (typing is tested in test_accounts)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    page.context.add_cookies([{"name": django_settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": base_url}])


@pytest.fixture
def owner(transactional_db):
    return make_user("owner", is_staff=True, is_superuser=True)


@pytest.fixture
def signed_in(ui, owner, live_server):
    """The `ui` page, signed in as the owner."""
    sign_in(ui, owner, live_server.url)
    return ui


def assert_accessible(page, context: str = "") -> None:
    """Run axe-core on the current page; serious or critical violations fail the test."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => JSON.stringify(await axe.run(document, {resultTypes: ['violations']}))")
    violations = [v for v in json.loads(result)["violations"] if v["impact"] in ("serious", "critical")]
    summary = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}" for v in violations]
    assert not violations, f"{context or page.url}: " + "; ".join(summary)


__all__ = ["PASSWORD", "assert_accessible", "sign_in"]
