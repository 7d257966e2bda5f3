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


def setup_django(migrate: bool = True) -> None:
    """Configure Django once; raise CLIError on a bad HS_* setting.

    With `migrate`, pending migrations are applied first (quietly), so `heartspace user create`,
    `demo`, `import` and the rest work on a brand-new data directory just as `serve` does.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartspace.settings")
    import django

    from heartspace.config import ConfigError

    try:
        django.setup()
    except ConfigError as exc:
        raise CLIError(str(exc), code=2) from None
    if migrate:
        apply_pending_migrations()


def apply_pending_migrations() -> None:
    from django.core.management import call_command
    from django.db import DatabaseError, connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            call_command("migrate", interactive=False, verbosity=0)
    except DatabaseError as exc:
        # The driver's message names the server and the problem, never anyone's text.
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CLIError(f"cannot prepare the database: {first_line}") from None


def get_user_or_fail(username: str):
    """Look up a user by username for commands that take --user NAME."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise CLIError(f"no user named {username!r} (create one with: heartspace user create NAME)") from None
