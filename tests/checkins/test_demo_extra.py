"""The demo includes a Connection Check running right now and people with their own numbers."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse

from heartspace.checkins.models import Check, CheckSettings
from heartspace.checkins.services import numbers_for
from heartspace.people.models import Person
from heartspace.people.services import own_targets, ratio_target
from heartspace.practices.models import PracticeSettings, VulnerabilitySession

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 20, 18, 0, tzinfo=datetime.UTC)


@time_machine.travel(NOW, tick=False)
def test_demo_has_a_session_in_progress_that_the_guide_resumes(owner, owner_client):
    from heartspace.demo import generate

    ctx = generate(owner, people=4, days=60, seed=3)
    assert ctx.counts["sessions in progress"] == 1
    running = Check.objects.get(owner=owner, started_at__isnull=False, ended_at__isnull=True)
    assert running.status == "scheduled" and running.privacy_agreed and running.guide_step == 2
    assert NOW - running.started_at == datetime.timedelta(minutes=8)
    assert running.questions.filter(asked=True).exclude(note="").exists()
    body = owner_client.get(reverse("checkins:guide", args=[running.pk])).content.decode()
    assert f'data-started-ms="{int(running.started_at.timestamp() * 1000)}"' in body
    assert 'data-server-step="2"' in body
    # The practices side: a vulnerability exercise in its first turn, and the user's own numbers.
    assert VulnerabilitySession.objects.filter(owner=owner, stage="first", ended_at__isnull=True).exists()
    assert PracticeSettings.objects.get(owner=owner).timeout_minutes == 25


def test_demo_gives_some_people_their_own_numbers_and_targets(owner):
    from heartspace.demo import generate

    ctx = generate(owner, people=4, days=60, seed=3, today=datetime.date(2026, 3, 10))
    assert ctx.counts["people with their own numbers"] == 2
    own = [p for p in Person.objects.filter(owner=owner) if p.check_numbers]
    assert len(own) == 2
    first = next(p for p in own if "pause_seconds" in p.check_numbers)
    assert numbers_for(owner, first).pause_seconds == 5
    assert own_targets(first)["chats_target_high"] == 3 and ratio_target(owner, first) == 4
    assert CheckSettings.objects.get(owner=owner).windows()  # free time set, so proposals work
