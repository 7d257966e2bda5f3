"""Site-wide request handling: security headers, the user's time zone, first-run welcome."""

from __future__ import annotations

import zoneinfo

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

# Scripts and styles only from our own origin: no inline script can run, even if
# some user text ever slipped through escaping.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def security_headers(get_response):
    def middleware(request):
        response = get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        if request.user.is_authenticated if hasattr(request, "user") else False:
            # Private pages must not linger in shared caches or the back-forward cache of a shared device.
            response.setdefault("Cache-Control", "private, no-store")
        return response

    return middleware


def user_timezone(get_response):
    def middleware(request):
        tz_name = getattr(request.user, "time_zone", "") if request.user.is_authenticated else ""
        if tz_name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(tz_name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return get_response(request)

    return middleware


_WELCOME_EXEMPT_PREFIXES = ("/static/", "/welcome/", "/help/", "/feeds/", "/healthz")


def first_run_welcome(get_response):
    """Until the owner account exists, every page leads to the welcome page that creates it."""

    def middleware(request):
        # A signed-in visitor proves an account exists; only anonymous requests cost a query.
        if not request.user.is_authenticated and not request.path.startswith(_WELCOME_EXEMPT_PREFIXES):
            from heartspace.accounts.models import User

            if not User.objects.exists():
                return redirect(reverse("accounts:welcome"))
        return get_response(request)

    return middleware
