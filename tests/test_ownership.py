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
@pytest.mark.parametrize("route", [r for r in routes_with_ids() if all(k in OWNED_OBJECT_FACTORIES for k in r[1])],
                         ids=lambda r: r[0])
def test_stranger_gets_404(route, owner, stranger_client):
    name, kwargs = route
    url = reverse(name, kwargs={kw: OWNED_OBJECT_FACTORIES[kw](owner) for kw in kwargs})
    assert stranger_client.get(url).status_code == 404, f"GET {url}"
    response = stranger_client.post(url, {})
    assert response.status_code in (404, 405), f"POST {url} gave {response.status_code}"
