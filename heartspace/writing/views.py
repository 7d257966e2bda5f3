"""Live coach feedback for a draft, rendered as a small partial for htmx.

Nothing here is stored or logged: the draft arrives, is analysed in memory on this
server, and the answer goes back. Feedback is gentle and never blocks saving.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_POST

from heartspace.writing.feedback import KINDS, feedback_for

MAX_DRAFT_CHARS = 100_000


@login_required
@require_POST
def live_feedback(request):
    kind = request.POST.get("kind", "free")
    if kind not in KINDS:
        return HttpResponseBadRequest("unknown kind")
    field = request.POST.get("field", "text")
    text = request.POST.get(field, request.POST.get("text", ""))[:MAX_DRAFT_CHARS]
    try:
        limit = int(request.POST.get("limit", "")) if request.POST.get("limit") else None
    except ValueError:
        limit = None
    return render(request, "writing/feedback.html", {"fb": feedback_for(text, kind, limit)})
