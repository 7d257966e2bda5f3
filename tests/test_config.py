"""HS_* settings: strictly parsed, one-line errors, and every one documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from heartspace import config

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "CONFIGURATION.md").read_text(encoding="utf-8")
    missing = [s.name for s in config.SETTINGS if f"`{s.name}`" not in doc]
    assert not missing, f"document these in docs/CONFIGURATION.md: {missing}"


def test_code_reads_no_undeclared_setting():
    names = set()
    for path in (ROOT / "heartspace").rglob("*.py"):
        names |= set(re.findall(r"\bHS_[A-Z][A-Z_]+\b", path.read_text(encoding="utf-8")))
    declared = {s.name for s in config.SETTINGS}
    # Settings attributes mirror env names; anything else must be declared in config.py.
    assert names <= declared | {"HS_SHARED_DIR"}, f"undeclared: {sorted(names - declared)}"


def test_defaults_parse():
    values = config.load({})
    assert values["HS_SIGNUPS"] == "closed"
    assert values["HS_DATABASE_URL"] is None
    assert values["HS_DATA_DIR"].name == "heartspace"


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("HS_SIGNUPS", "sometimes", "closed, invite, open"),
        ("HS_DEBUG", "maybe", "true or false"),
        ("HS_DATABASE_URL", "mysql://x/y", "postgres://"),
        ("HS_DATABASE_URL", "postgres://host:5432/", "no database name"),
        ("HS_LOGIN_ATTEMPTS", "0", "from 1 to 1000"),
        ("HS_LOGIN_ATTEMPTS", "five", "whole number"),
        ("HS_SMTP_URL", "http://mail", "smtp://"),
        ("HS_BASE_URL", "example.org", "http://"),
        ("HS_REMINDERS", "cron", "inprocess, external, off"),
    ],
)
def test_bad_values_name_the_variable(name, value, fragment):
    with pytest.raises(config.ConfigError) as error:
        config.load({name: value})
    message = str(error.value)
    assert name in message and fragment in message and "\n" not in message


def test_postgres_url_parsed():
    db = config.load({"HS_DATABASE_URL": "postgres://me:p%40ss@db.local:6543/hs?sslmode=require"})["HS_DATABASE_URL"]
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == ("me", "p@ss", "db.local", "6543", "hs")
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_bad_setting_stops_cli_with_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "heartspace.cli", "manage", "check"],
        env={"HS_SIGNUPS": "wide-open", "HS_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == ["heartspace: HS_SIGNUPS='wide-open' is not valid: use one of closed, invite, open"]


def test_secret_key_file_is_private(tmp_path):
    from heartspace.settings import _secret_key

    key = _secret_key(tmp_path / "data")
    assert len(key) > 40
    assert (tmp_path / "data" / "secret_key").stat().st_mode & 0o777 == 0o600
    assert _secret_key(tmp_path / "data") == key
