"""Login throttling: after N failures in a window, sign-in pauses for that account or address."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from heartspace.accounts.models import LoginFailure

WINDOW = datetime.timedelta(minutes=15)


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")[:64]


def is_throttled(username: str, address: str) -> bool:
    since = timezone.now() - WINDOW
    failures = LoginFailure.objects.filter(at__gte=since).filter(
        Q(username=username.lower()[:150]) | Q(address=address)
    )
    # Per-address limit is looser so a shared household address is not locked out by one person.
    by_user = failures.filter(username=username.lower()[:150]).count()
    by_address = failures.filter(address=address).count()
    limit = settings.HS_LOGIN_ATTEMPTS
    return by_user >= limit or by_address >= limit * 4


def record_failure(username: str, address: str) -> None:
    LoginFailure.objects.create(username=username.lower()[:150], address=address)
    LoginFailure.objects.filter(at__lt=timezone.now() - WINDOW * 4).delete()


def clear_failures(username: str) -> None:
    LoginFailure.objects.filter(username=username.lower()[:150]).delete()
