"""Every URL that takes an object id answers 404 to anyone but the object's owner."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.ownership_registry import OWNED_OBJECT_FACTORIES, TOKEN_KWARGS


def walk(patterns, namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from walk(entry.url_patterns, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, list(entry.pattern.converters.keys())


def routes_with_ids():
    seen = {}
    for name, kwargs in walk(get_resolver().url_patterns):
        if kwargs:
            seen[name] = kwargs
    return sorted(seen.items())


def test_every_url_keyword_is_known():
    unknown = {
        f"{name}: {kw}"
        for name, kwargs in routes_with_ids()
        for kw in kwargs
        if kw not in OWNED_OBJECT_FACTORIES and kw not in TOKEN_KWARGS
    }
    assert not unknown, f"add these URL keywords to tests/ownership_registry.py: {sorted(unknown)}"


@pytest.mark.django_db
def test_stranger_gets_404_everywhere(owner, stranger_client):
    """One loop, not a parametrization: it runs (and must pass) however many routes exist."""
    failures = []
    checked = 0
    for name, kwargs in routes_with_ids():
        if not all(k in OWNED_OBJECT_FACTORIES for k in kwargs):
            continue
        url = reverse(name, kwargs={kw: OWNED_OBJECT_FACTORIES[kw](owner) for kw in kwargs})
        get_status = stranger_client.get(url).status_code
        post_status = stranger_client.post(url, {}).status_code
        checked += 1
        if get_status != 404 and not (get_status == 405 and post_status == 404):
            failures.append(f"GET {url} ({name}) gave {get_status}")
        if post_status not in (404, 405):
            failures.append(f"POST {url} ({name}) gave {post_status}")
    assert not failures, failures
