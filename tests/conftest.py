"""The shared test base: three users (owner, partner-to-be, stranger) and signed-in clients."""

from __future__ import annotations

import pytest
from django.test import Client

from heartspace.accounts.models import User

PASSWORD = "correct horse battery staple"


def make_user(username: str, **extra) -> User:
    user = User(username=username, display_name=username.capitalize(), time_zone="Europe/London",
                time_zone_confirmed=True, email=f"{username}@example.org", **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def owner(db) -> User:
    return make_user("owner", is_staff=True, is_superuser=True)


@pytest.fixture
def partner(db, owner) -> User:
    return make_user("partner")


@pytest.fixture
def stranger(db, owner) -> User:
    return make_user("stranger")


@pytest.fixture
def owner_client(owner) -> Client:
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def partner_client(partner) -> Client:
    client = Client()
    client.force_login(partner)
    return client


@pytest.fixture
def stranger_client(stranger) -> Client:
    client = Client()
    client.force_login(stranger)
    return client


# Ugly input every form must survive: kept here so each form's test uses the same set.
UGLY_TEXTS = {
    "empty": "",
    "whitespace": "   \n\t ",
    "emoji": "I felt 😢💔 when you left; that taught me 🙏✨",
    "cyrillic": "Я чувствую тревогу, когда ты молчишь",
    "rtl": "אני מרגיש בודד כשאתה לא עונה",
    "arabic": "أشعر بالوحدة عندما لا ترد",
    "huge": "word " * 20_000,  # 100 kB
    "zero_width": "a\u200bb\u200dc",
    "markup": "<script>alert(1)</script> & \"quotes\"",
}
