"""Every HS_* environment variable heartspace reads, parsed strictly.

This module has no Django imports: the CLI and the settings module both use it.
A bad value raises ConfigError with one line naming the variable and what is
allowed, so start-up fails early and clearly instead of half-working.

Each setting is documented in docs/CONFIGURATION.md; a test fails when one
here is missing there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit


class ConfigError(Exception):
    """A bad HS_* value; the message is one line meant for a human."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    parse: Callable[[str, str], Any]
    help: str


def parse_bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ConfigError(f"{name}={raw!r} is not valid: use true or false")


def choice(*allowed: str) -> Callable[[str, str], str]:
    def parse(name: str, raw: str) -> str:
        value = raw.strip().lower()
        if value not in allowed:
            raise ConfigError(f"{name}={raw!r} is not valid: use one of {', '.join(allowed)}")
        return value

    return parse


def integer(minimum: int, maximum: int) -> Callable[[str, str], int]:
    def parse(name: str, raw: str) -> int:
        try:
            value = int(raw.strip())
        except ValueError:
            raise ConfigError(f"{name}={raw!r} is not valid: use a whole number from {minimum} to {maximum}") from None
        if not minimum <= value <= maximum:
            raise ConfigError(f"{name}={raw!r} is not valid: use a whole number from {minimum} to {maximum}")
        return value

    return parse


def parse_path(name: str, raw: str) -> Path:
    if not raw.strip():
        raise ConfigError(f"{name} is empty: give a directory path")
    return Path(os.path.expanduser(raw.strip())).resolve()


def parse_optional_path(name: str, raw: str) -> Path | None:
    return parse_path(name, raw) if raw.strip() else None


def parse_hosts(name: str, raw: str) -> list[str]:
    hosts = [h.strip() for h in raw.split(",") if h.strip()]
    if not hosts:
        raise ConfigError(f"{name} is empty: give a comma-separated list of host names, e.g. localhost,127.0.0.1")
    return hosts


def parse_origins(name: str, raw: str) -> list[str]:
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    for origin in origins:
        if not origin.startswith(("http://", "https://")):
            raise ConfigError(f"{name} has {origin!r}: each origin must start with http:// or https://")
    return origins


def parse_database_url(name: str, raw: str) -> dict | None:
    """'' means the embedded SQLite default; otherwise postgres://user:pass@host:port/db."""
    raw = raw.strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ConfigError(f"{name} must start with postgres:// (or be empty for the embedded SQLite database)")
    db_name = unquote(parts.path.lstrip("/"))
    if not db_name:
        raise ConfigError(f"{name} has no database name: use postgres://user:password@host:5432/dbname")
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"{name} has a port that is not a number") from None
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": db_name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(port or ""),
        "OPTIONS": options,
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def parse_smtp_url(name: str, raw: str) -> dict | None:
    """'' means print emails to the console; smtp:// or smtps://user:pass@host:port."""
    raw = raw.strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in {"smtp", "smtps", "smtp+starttls"}:
        raise ConfigError(f"{name} must start with smtp://, smtp+starttls:// or smtps:// (or be empty for the console)")
    if not parts.hostname:
        raise ConfigError(f"{name} has no host: use smtp://user:password@mail.example.org:587")
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"{name} has a port that is not a number") from None
    default_port = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}[parts.scheme]
    return {
        "host": parts.hostname,
        "port": port or default_port,
        "user": unquote(parts.username or ""),
        "password": unquote(parts.password or ""),
        "use_tls": parts.scheme == "smtp+starttls",
        "use_ssl": parts.scheme == "smtps",
    }


def parse_email(name: str, raw: str) -> str:
    value = raw.strip()
    if "@" not in value or " " in value:
        raise ConfigError(f"{name}={raw!r} is not an email address")
    return value


def parse_text(name: str, raw: str) -> str:
    return raw.strip()


SETTINGS: tuple[Setting, ...] = (
    Setting("HS_DATA_DIR", "~/.local/share/heartspace", parse_path,
            "Directory for the SQLite database and the generated secret key file."),
    Setting("HS_DATABASE_URL", "", parse_database_url,
            "Empty for the embedded SQLite database, or postgres://user:password@host:port/dbname."),
    Setting("HS_DEBUG", "false", parse_bool, "Django debug mode. Never enable on a server others can reach."),
    Setting("HS_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]", parse_hosts,
            "Comma-separated host names this instance answers to."),
    Setting("HS_CSRF_TRUSTED_ORIGINS", "", parse_origins,
            "Comma-separated origins (https://example.org) trusted for form posts behind a proxy."),
    Setting("HS_HTTPS", "false", parse_bool,
            "Set true when served over HTTPS: secure cookies, HSTS and redirects to https."),
    Setting("HS_SIGNUPS", "closed", choice("closed", "invite", "open"),
            ("Who may create an account after the first (owner) account: closed (nobody), invite (only with a "
             "single-use sign-up invitation link made by a signed-in user) or open (anyone). Partner invitations "
             "always work.")),
    Setting("HS_SMTP_URL", "", parse_smtp_url,
            "Empty to print emails to the console; smtp://, smtp+starttls:// or smtps://user:password@host:port to send them."),
    Setting("HS_EMAIL_FROM", "heartspace@localhost", parse_email, "Sender address of emails heartspace sends."),
    Setting("HS_BASE_URL", "http://127.0.0.1:8000", parse_origins,
            "Public address of this instance, used for links in emails and calendar feeds."),
    Setting("HS_LOGIN_ATTEMPTS", "5", integer(1, 1000),
            "Failed sign-ins allowed per account and address in 15 minutes before sign-in pauses."),
    Setting("HS_REMINDERS", "inprocess", choice("inprocess", "external", "off"),
            "inprocess: `heartspace serve` sends reminders itself; external: run `heartspace remind --loop`; off: none."),
    Setting("HS_HOTLINES_FILE", "", parse_optional_path,
            "Optional JSON file that replaces the built-in list of urgent-help numbers by country."),
    Setting("HS_LOG_LEVEL", "info", choice("debug", "info", "warning", "error"),
            "How much heartspace logs. Logs never contain the text people write."),
    Setting("HS_WORKERS", "2", integer(1, 64), "Number of web server worker processes for `heartspace serve`."),
)

SETTINGS_BY_NAME = {s.name: s for s in SETTINGS}


def load(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """Parse every setting from the environment; raise ConfigError on the first bad one."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.name, setting.default)
        values[setting.name] = setting.parse(setting.name, raw)
    # base URL is a single origin, not a list
    base = values["HS_BASE_URL"]
    if len(base) != 1:
        raise ConfigError("HS_BASE_URL must be a single address such as https://heartspace.example.org")
    values["HS_BASE_URL"] = base[0].rstrip("/")
    return values
