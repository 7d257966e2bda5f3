"""Every page a signed-in person can open: accessible, no script errors (CSP included), help one tap away.

Pages are found by walking the URL patterns, so a new page is checked without anyone
remembering to add it. Pages that need an object id get one from the ownership
factories; POST-only endpoints, downloads and htmx fragments are recognised by their
answer and skipped.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from tests.ownership_registry import OWNED_OBJECT_FACTORIES

# Answers to GET that are not pages a person reads.
NOT_PAGES = {"accounts:logout", "healthz"}


def walk(patterns, namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, list(entry.pattern.converters.keys())


def page_urls(owner):
    urls = {}
    for name, kwargs in walk(get_resolver().url_patterns):
        if name in NOT_PAGES or name in urls:
            continue
        if not kwargs:
            urls[name] = reverse(name)
        elif all(k in OWNED_OBJECT_FACTORIES for k in kwargs):
            urls[name] = reverse(name, kwargs={k: OWNED_OBJECT_FACTORIES[k](owner) for k in kwargs})
    return urls


def readable_pages(owner):
    """The URLs that answer GET with an HTML page (asked first through Django's test client)."""
    from django.test import Client

    client = Client()
    client.force_login(owner)
    for name, url in sorted(page_urls(owner).items()):
        response = client.get(url)
        is_html = response.status_code == 200 and "text/html" in response.get("Content-Type", "")
        # htmx fragments (a partial for polling or a swap) are parts of pages, not pages.
        if is_html and response.content.lstrip()[:15].lower() == b"<!doctype html>":
            yield name, url


def test_every_page_is_accessible_and_offers_help(signed_in, owner):
    from heartspace.demo import generate

    generate(owner, people=3, days=30, seed=3)
    page = signed_in
    checked, failures = [], []
    for name, url in list(readable_pages(owner)):
        page.console_errors.clear()
        page.goto(url)
        # Every problem on every page is reported at once, not just the first one.
        try:
            expect(page.get_by_role("link", name="Get help now").first).to_be_visible(timeout=3000)
        except AssertionError:
            failures.append(f"{name} ({url}): no visible 'Get help now' link")
        try:
            assert_accessible(page, f"{name} ({url})")
        except AssertionError as exc:
            failures.append(str(exc))
        if page.console_errors:
            failures.append(f"{name} ({url}) console errors: {page.console_errors}")
        checked.append(name)
    assert not failures, "\n".join(failures)
    assert len(checked) >= 8, checked
