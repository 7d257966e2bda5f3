"""`heartspace checks`: the home page's three answers on the command line."""

from __future__ import annotations

import argparse
import datetime
import json

import pytest
from django.utils import timezone

from heartspace.checkins import cli
from heartspace.cli_support import CLIError
from tests.checkins.factories import make_check, make_commitment, make_person

pytestmark = pytest.mark.django_db


def run(argv, capsys):
    parser = argparse.ArgumentParser(prog="heartspace")
    cli.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    code = args.func(args)
    return code, capsys.readouterr().out


def test_text_and_json(owner, capsys):
    make_person(owner, name="Dana")
    busy = make_person(owner, name="Ольга")
    make_check(owner, person=busy)
    make_check(owner, person=busy, when=timezone.now() - datetime.timedelta(days=3))
    make_commitment(owner, person=busy, text="Return the blue jumper",
                    due_on=owner.local_today() - datetime.timedelta(days=1))
    code, out = run(["checks", "--user", "owner"], capsys)
    assert code == 0
    assert "Who is due: Dana" in out and "Ольга" in out and "LATE" in out and "Return the blue jumper" in out
    code, out = run(["checks", "--user", "owner", "--json", "--propose"], capsys)
    data = json.loads(out)
    assert data["proposed"] >= 2 and data["due"] == []
    assert data["promised"][0]["late"] is True


def test_unknown_user_is_one_line(db, capsys):
    with pytest.raises(CLIError, match="no user named 'ghost'"):
        run(["checks", "--user", "ghost"], capsys)


def test_no_free_time_is_one_clear_line(owner, capsys):
    from heartspace.checkins.models import CheckSettings

    make_person(owner, name="Dana")
    CheckSettings.objects.create(owner=owner, availability=[])
    code, out = run(["checks", "--user", "owner", "--propose"], capsys)
    assert code == 0 and "proposed nothing: you have no free time set" in out
    code, out = run(["checks", "--user", "owner", "--json", "--propose"], capsys)
    data = json.loads(out)
    assert data["proposed"] == 0 and data["availability_problem"] == "none"
