"""`heartspace import vcard`, `export vcard|ics` and `remind`, run as a person would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "contacts" / "fixtures"


def run(*args, data_dir, stdin=""):
    env = {**os.environ, "HS_DATA_DIR": str(data_dir), "HS_REMINDERS": "off", "HS_DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "heartspace.cli", *args], input=stdin, capture_output=True,
                          cwd=ROOT, env=env, timeout=180)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli")
    assert run("manage", "migrate", "-v0", data_dir=path).returncode == 0
    created = run("user", "create", "ana", "--password-stdin", data_dir=path, stdin=b"a long quiet river\n")
    assert created.returncode == 0, created.stderr
    return path


def test_import_json_reports_created_updated_skipped(data_dir):
    result = run("import", "vcard", str(FIXTURES / "mixed_problems.vcf"), "--user", "ana", "--yes", "--json",
                 data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"created": 5, "updated": 0, "skipped": [
        {"card": 1, "name": None, "reason": report["skipped"][0]["reason"]}]}
    assert "no name" in report["skipped"][0]["reason"]
    again = run("import", "vcard", str(FIXTURES / "mixed_problems.vcf"), "--user", "ana", "--yes", "--json",
                data_dir=data_dir)
    assert json.loads(again.stdout)["updated"] == 5 and json.loads(again.stdout)["created"] == 0


@pytest.mark.parametrize("path, message", [
    (FIXTURES / "empty.vcf", "The file is empty."),
    (FIXTURES / "photo_renamed.vcf", "binary data"),
    (Path("/nonexistent/contacts.vcf"), "cannot open"),
    (FIXTURES, "is a folder"),
])
def test_unreadable_files_exit_non_zero_with_one_line(data_dir, path, message):
    result = run("import", "vcard", str(path), "--user", "ana", "--yes", "--json", data_dir=data_dir)
    assert result.returncode != 0 and result.stdout == b""
    err = result.stderr.decode()
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_without_yes_it_refuses_when_nobody_can_answer(data_dir):
    result = run("import", "vcard", str(FIXTURES / "modern_40.vcf"), "--user", "ana", data_dir=data_dir)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        "heartspace: not importing without confirmation: run it in a terminal to be asked, or add --yes")


def test_export_vcard_and_ics(data_dir):
    run("import", "vcard", str(FIXTURES / "modern_40.vcf"), "--user", "ana", "--yes", data_dir=data_dir)
    vcf = run("export", "vcard", "--user", "ana", data_dir=data_dir)
    assert vcf.returncode == 0 and vcf.stdout.count(b"BEGIN:VCARD") >= 2 and b"VERSION:4.0" in vcf.stdout
    assert "Ana 🌻 Souza".encode() in vcf.stdout
    ics = run("export", "ics", "--user", "ana", data_dir=data_dir)
    assert ics.returncode == 0
    calendar = icalendar.Calendar.from_ical(ics.stdout)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["12-week reassessment"]
    missing = run("export", "ics", "--user", "nobody", data_dir=data_dir)
    assert missing.returncode == 1 and b"no user named 'nobody'" in missing.stderr


def test_remind_once_and_bad_interval(data_dir):
    result = run("remind", "--once", data_dir=data_dir)
    assert result.returncode == 0 and result.stdout.startswith(b"reminders: sent 0")
    bad = run("remind", "--loop", "--interval", "1", data_dir=data_dir)
    assert bad.returncode == 1 and b"--interval must be at least 5 seconds" in bad.stderr


def test_import_without_kind_says_what_to_do(data_dir):
    result = run("import", data_dir=data_dir)
    assert result.returncode == 1 and b"say what to import: vcard" in result.stderr


def test_progress_bar_draws_on_stderr(capsys):
    import io

    from heartspace.feeds.cli import _ProgressReader

    reader = _ProgressReader(io.BytesIO(b"x" * 1000), 1000, enabled=True)
    while reader.read(100):
        pass
    reader.on_cards(7)
    reader.draw(final=True)
    err = capsys.readouterr().err
    assert "Reading contacts [" in err and "100%" in err and "7 cards" in err and err.endswith("\n")
    quiet = _ProgressReader(io.BytesIO(b"x" * 10), 10, enabled=False)
    quiet.read()
    assert capsys.readouterr().err == ""


def test_without_yes_in_a_terminal_it_shows_the_preview_and_asks(data_dir):
    import pty
    import select

    main, secondary = pty.openpty()
    env = {**os.environ, "HS_DATA_DIR": str(data_dir), "HS_REMINDERS": "off", "HS_DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "heartspace.cli", "import", "vcard", str(FIXTURES / "latin1_30_cr.vcf"), "--user", "ana"],
        stdin=secondary, stdout=secondary, stderr=secondary, cwd=ROOT, env=env)
    os.close(secondary)
    seen = b""
    while b"Import these? [y/N]" not in seen:
        ready, _, _ = select.select([main], [], [], 120)
        assert ready, seen
        seen += os.read(main, 4096)
    assert b"1 new, 0 already here" in seen
    os.write(main, b"n\n")
    assert process.wait(timeout=60) == 0
    while True:
        ready, _, _ = select.select([main], [], [], 1)
        if not ready:
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert b"Nothing imported." in seen
