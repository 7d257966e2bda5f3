"""`heartspace demo --user A --partner B` makes a linked pair; plain demo gives a pending invitation."""

from __future__ import annotations

import argparse

import pytest

from heartspace.accounts.models import User
from heartspace.cli_support import CLIError
from heartspace.demo_cli import cmd_demo
from heartspace.partners.models import Invitation, Link, Share, SharedQuestion

pytestmark = pytest.mark.django_db


def args(**extra):
    values = {"user": "ana", "partner": None, "people": 2, "days": 20, "seed": 4, "password": "a long quiet river"}
    values.update(extra)
    return argparse.Namespace(**values)


def test_demo_pair_is_linked_with_shares_on_both_sides(capsys):
    assert cmd_demo(args(partner="ben")) == 0
    ana, ben = User.objects.get(username="ana"), User.objects.get(username="ben")
    link = Link.objects.get(ended_at=None)
    assert {link.owner, link.other} == {ana, ben}
    assert Share.objects.filter(owner=ana).exists() and Share.objects.filter(owner=ben).exists()
    assert SharedQuestion.objects.filter(link=link, status="passed").count() == 1
    assert "ana and ben are linked" in capsys.readouterr().out


def test_demo_is_deterministic():
    cmd_demo(args(user="a1", partner="b1"))
    cmd_demo(args(user="a2", partner="b2"))
    first = sorted(SharedQuestion.objects.filter(link__owner__username="a1").values_list("prompt_key", flat=True))
    second = sorted(SharedQuestion.objects.filter(link__owner__username="a2").values_list("prompt_key", flat=True))
    assert first == second


def test_plain_demo_has_a_pending_invitation():
    cmd_demo(args(user="solo"))
    invitation = Invitation.objects.get(owner__username="solo")
    assert invitation.is_open and not Link.objects.exists()


@pytest.mark.parametrize("partner", ["ana", "ANA", "  "])
def test_partner_must_be_someone_else(partner):
    with pytest.raises(CLIError):
        cmd_demo(args(partner=partner))
