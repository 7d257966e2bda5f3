"""After a link ends: each side keeps their own records of it, and only their own.

Shown to either side of an ended link: their own answers (the question too when they asked it or
it came from heartspace's own list; a question the other wrote stays theirs), their own entries
in the shared log, the shared rituals they took part in (the name only when they chose it), and
the sessions they finished together, with a way into their own Check of each.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from heartspace.partners import prompts
from heartspace.partners.access import get_link_for_user
from heartspace.partners.models import Answer, JointSession, LinkLogEntry, SharedQuestion, SharedRitual

LIMIT = 200


def _question_text(question, user) -> str | None:
    if question.prompt_key in prompts.PROMPTS:
        return str(prompts.PROMPTS[question.prompt_key])
    return question.text if question.owner_id == user.pk else None


def own_records(user, link) -> dict:
    """Everything of this link that is the user's own. Never a row the other side wrote."""
    # The newest LIMIT questions the user answered, then only those answers: a long link's
    # history is never read whole.
    questions = list(SharedQuestion.objects.filter(link=link, answers__owner=user).order_by("-created_at", "-pk")[:LIMIT + 1])
    more_answers, questions = len(questions) > LIMIT, questions[:LIMIT]
    answers = {a.question_id: a for a in Answer.objects.filter(owner=user, question__in=[q.pk for q in questions])}
    asked = list(SharedQuestion.objects.filter(link=link, owner=user).exclude(answers__owner=user)
                 .order_by("-created_at")[:LIMIT])
    question_rows = [{"text": _question_text(q, user), "asked_by_me": q.owner_id == user.pk,
                      "answer": answers.get(q.pk), "created_at": q.created_at}
                     for q in sorted(questions + asked, key=lambda q: q.created_at, reverse=True)]
    rituals = [{"title": r.title if r.owner_id == user.pk else str(r.get_kind_display()),
                "frequency": r.get_frequency_display(), "starts_on": r.starts_on,
                "ended_at": r.ended_at or link.ended_at}
               for r in SharedRitual.objects.filter(link=link).order_by("starts_on", "pk")[:LIMIT]]
    sessions = []
    for s in JointSession.objects.filter(link=link, status=JointSession.Status.DONE).order_by("-finished_at")[:LIMIT]:
        check_id = s.owner_check_id if s.owner_id == user.pk else s.other_check_id
        sessions.append({"practice": s.get_practice_display(), "finished_at": s.finished_at, "check_id": check_id})
    return {
        "questions": question_rows,
        "more_answers": more_answers,
        "limit": LIMIT,
        "log": list(LinkLogEntry.objects.filter(link=link, owner=user).order_by("-occurred_at")[:LIMIT]),
        "rituals": rituals,
        "sessions": sessions,
    }


@login_required
def link_records(request, link_id):
    link = get_link_for_user(request.user, link_id, active_only=False)
    if link.is_active:
        return redirect("partners:link", link_id=link.pk)
    person = link.person_for(request.user)
    name = person.name if person is not None else link.other_user(request.user).name
    return render(request, "partners/link_records.html", {
        "link": link, "name": name, "title": _("Your own records"), **own_records(request.user, link)})
