"""`heartspace practices ...` in-process: the same parser and one-line errors as the real command."""

from __future__ import annotations

import argparse
import io

import pytest

from heartspace.cli_support import CLIError
from heartspace.practices import cli
from heartspace.practices.models import Bid, Disclosure, TimeOut
from tests.practices.factories import make_person

pytestmark = pytest.mark.django_db


def run(*argv):
    parser = argparse.ArgumentParser(prog="heartspace")
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_bid_disclose_timeout_and_today(owner, capsys, monkeypatch):
    make_person(owner, name="Maya")
    assert run("practices", "bid", "--user", "owner", "--response", "toward", "--person", "maya") == 0
    assert Bid.objects.get(owner=owner).person.name == "Maya"
    monkeypatch.setattr("sys.stdin", io.StringIO("Я волнуюсь о работе 🙏\n"))
    assert run("practices", "disclose", "--user", "owner", "--kind", "worry", "-") == 0
    assert Disclosure.objects.get(owner=owner).text == "Я волнуюсь о работе 🙏"
    assert run("practices", "timeout", "--user", "owner", "--minutes", "15", "--person", "Maya") == 0
    timeout = TimeOut.objects.get(owner=owner)
    assert timeout.minutes == 15 and timeout.person.name == "Maya"
    capsys.readouterr()
    assert run("practices", "today", "--user", "owner") == 0
    out = capsys.readouterr().out
    assert "(written)" in out and "Time-outs to come back to:" in out and "with Maya" in out
    assert "Я волнуюсь" not in out  # private text is never echoed


@pytest.mark.parametrize("argv,message", [
    (["practices", "bid", "--user", "nobody", "--response", "toward"], "no user named"),
    (["practices", "bid", "--user", "owner", "--response", "toward", "--person", "Ghost"], "no person named"),
    (["practices", "disclose", "--user", "owner", "   "], "the statement is empty"),
    (["practices", "disclose", "--user", "owner", "x" * 10_001], "longer than 10,000"),
    (["practices", "timeout", "--user", "owner", "--minutes", "0"], "--minutes must be between"),
])
def test_bad_input_is_a_clear_error(owner, argv, message):
    with pytest.raises(CLIError, match=message):
        run(*argv)
    assert not Disclosure.objects.exists() and not TimeOut.objects.exists()


def test_someone_elses_person_is_not_found(owner, stranger):
    make_person(stranger, name="Secret")
    with pytest.raises(CLIError, match="no person named"):
        run("practices", "bid", "--user", "owner", "--response", "away", "--person", "Secret")
