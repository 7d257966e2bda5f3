"""Small helpers shared by every CLI sub-command.

Kept free of Django imports so that `heartspace --help` starts fast; commands
that need the ORM call `setup_django()` inside their handler.
"""

from __future__ import annotations

import os


class CLIError(Exception):
    """An expected failure: printed as one line on stderr, exit status 1 (or `code`)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def setup_django() -> None:
    """Configure Django once; raise CLIError on a bad HS_* setting."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartspace.settings")
    import django

    from heartspace.config import ConfigError

    try:
        django.setup()
    except ConfigError as exc:
        raise CLIError(str(exc), code=2) from None


def get_user_or_fail(username: str):
    """Look up a user by username for commands that take --user NAME."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise CLIError(f"no user named {username!r} (create one with: heartspace user create NAME)") from None
