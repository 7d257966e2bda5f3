"""The heartspace command as a person uses it: clear one-line errors, never a traceback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, data_dir, stdin="", env_extra=None, timeout=120):
    # Always the embedded SQLite in a temporary directory, whatever database the suite runs on.
    env = {**os.environ, "HS_DATA_DIR": str(data_dir), "HS_REMINDERS": "off", "HS_DATABASE_URL": "", **(env_extra or {})}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "heartspace.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=timeout)


def test_help_lists_commands(tmp_path):
    result = run("--help", data_dir=tmp_path)
    assert result.returncode == 0
    for command in ("serve", "user", "demo", "manage"):
        assert command in result.stdout


def test_user_create_then_duplicate(tmp_path):
    run("manage", "migrate", "-v0", data_dir=tmp_path)
    created = run("user", "create", "ana", "--password-stdin", data_dir=tmp_path, stdin="a long quiet river\n")
    assert created.returncode == 0 and "created user ana" in created.stdout
    again = run("user", "create", "ana", "--password-stdin", data_dir=tmp_path, stdin="a long quiet river\n")
    assert again.returncode == 1 and again.stderr.strip() == "heartspace: a user named 'ana' already exists"


def test_a_brand_new_data_directory_needs_no_separate_migrate_step(tmp_path):
    created = run("user", "create", "ana", "--password-stdin", data_dir=tmp_path, stdin="a long quiet river\n")
    assert created.returncode == 0 and "created user ana" in created.stdout, created.stderr
    exported = run("export", "vcard", "--user", "ana", data_dir=tmp_path / "other")
    assert exported.returncode == 1 and "Traceback" not in exported.stderr and "ana" in exported.stderr


def test_an_unreachable_database_is_one_line(tmp_path):
    result = run("user", "create", "ana", "--password-stdin", data_dir=tmp_path, stdin="a long quiet river\n",
                 env_extra={"HS_DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("heartspace: cannot prepare the database:")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args,stdin,message", [
    (["user", "create", "has space", "--password-stdin"], "a long quiet river\n", "is not a valid username"),
    (["user", "create", "bo", "--password-stdin"], "short\n", "password not accepted"),
    (["user", "create", "bo"], "", "no password given"),
    (["demo", "--user", "x", "--days", "0"], "", "--days must be between 1 and 3650"),
])
def test_bad_input_is_one_line(tmp_path, args, stdin, message):
    run("manage", "migrate", "-v0", data_dir=tmp_path)
    result = run(*args, data_dir=tmp_path, stdin=stdin)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# Columns that are random on purpose (salted hashes, secrets): never part of the comparison.
RANDOM_BY_DESIGN = {"password", "secret", "token_hash"}
FROZEN_DEMO = (
    "import datetime, sys, time_machine\n"
    "from heartspace.cli import main\n"
    "with time_machine.travel(datetime.datetime(2026, 3, 10, 9, 30, tzinfo=datetime.UTC), tick=False):\n"
    "    sys.exit(main(sys.argv[1:]))\n"
)


def database_digest(data_dir) -> tuple[str, int]:
    """A stable digest of every row the demo wrote (all tables but Django's migration log), and the row count."""
    import hashlib
    import json
    import sqlite3

    connection = sqlite3.connect(data_dir / "heartspace.sqlite3")
    digest, rows_seen = hashlib.sha256(), 0
    try:
        tables = [name for (name,) in connection.execute("select name from sqlite_master where type = 'table' "
                                                          "and name not like 'sqlite_%' order by name")]
        for table in tables:
            if table == "django_migrations":
                continue
            columns = [row[1] for row in connection.execute(f'pragma table_info("{table}")')]
            keep = [c for c in columns if c not in RANDOM_BY_DESIGN]
            select = ", ".join(f'"{c}"' for c in keep)
            rows = connection.execute(f'select {select} from "{table}" order by {select}').fetchall()
            rows_seen += len(rows)
            digest.update(json.dumps([table, keep, rows], default=str, ensure_ascii=False).encode())
    finally:
        connection.close()
    return digest.hexdigest(), rows_seen


def frozen_demo(data_dir, seed: int) -> str:
    run("manage", "migrate", "-v0", data_dir=data_dir)
    env = {**os.environ, "HS_DATA_DIR": str(data_dir), "HS_REMINDERS": "off", "HS_DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run([sys.executable, "-c", FROZEN_DEMO, "demo", "--user", "demo", "--people", "4", "--days", "30",
                             "--seed", str(seed)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_demo_is_deterministic(tmp_path):
    """Same seed, same day: the same rows in the database, not only the same summary. Another seed: other rows."""
    first_out = frozen_demo(tmp_path / "a", seed=7)
    second_out = frozen_demo(tmp_path / "b", seed=7)
    frozen_demo(tmp_path / "c", seed=8)
    first, rows = database_digest(tmp_path / "a")
    assert rows > 100, "the demo wrote almost nothing"
    assert database_digest(tmp_path / "b")[0] == first
    assert first_out == second_out and "4 people" in first_out
    assert database_digest(tmp_path / "c")[0] != first


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_and_stops_cleanly_on_ctrl_c(tmp_path):
    port = free_port()
    env = {**os.environ, "HS_DATA_DIR": str(tmp_path), "HS_REMINDERS": "off", "HS_WORKERS": "1", "HS_DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    proc = subprocess.Popen([sys.executable, "-m", "heartspace.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/welcome/", timeout=2) as response:
                    body = response.read().decode()
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise AssertionError(proc.stderr.read() if proc.poll() is not None else "server did not start")
                time.sleep(0.3)
        assert "Welcome to heartspace" in body
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in out
    assert "Traceback" not in err


def test_deploy_checks_are_clean(tmp_path):
    result = run("manage", "check", "--deploy", "--fail-level", "WARNING", data_dir=tmp_path,
                 env_extra={"HS_HTTPS": "true", "HS_DEBUG": "false", "HS_ALLOWED_HOSTS": "heartspace.example.org"})
    assert result.returncode == 0, result.stderr + result.stdout
