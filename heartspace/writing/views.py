"""Live coach feedback for a draft, rendered as a small partial for htmx.

Nothing here is stored or logged: the draft arrives, is analysed in memory on this
server, and the answer goes back. Feedback is gentle and never blocks saving.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from heartspace.writing.feedback import DEFAULT_LIMITS, KINDS, feedback_for

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


KIND_LABELS = {
    "free": _("Anything: a message or a journal line"),
    "i_feel": _("An “I feel … when … and I need …” statement"),
    "tension": _("A tension script: one issue, one next step"),
    "appreciation": _("A closing appreciation (15 words or fewer)"),
    "follow_up": _("A follow-up message (under 60 words)"),
    "story": _("A 90-second story"),
}


class ScratchpadForm(forms.Form):
    kind = forms.ChoiceField(label=_("What are you writing?"), choices=[(k, KIND_LABELS[k]) for k in KINDS], initial="free")
    text = forms.CharField(label=_("Your draft"), required=False, max_length=MAX_DRAFT_CHARS,
                           widget=forms.Textarea(attrs={"rows": 7}),
                           help_text=_("Feedback appears as you type. Nothing here is saved."))


@login_required
def scratchpad(request):
    """Try the coach: pick a kind, draft freely, see live feedback. Nothing is stored or logged."""
    form = ScratchpadForm(request.POST or None)
    kind = "free"
    if form.is_bound and form.is_valid():
        kind = form.cleaned_data["kind"]
    elif form.is_bound and request.POST.get("kind") in KINDS:
        kind = request.POST["kind"]  # a draft over the size limit still keeps its kind
    return render(request, "writing/scratchpad.html", {
        "form": form, "kind": kind, "limit": DEFAULT_LIMITS.get(kind),
        "limits": {k: DEFAULT_LIMITS.get(k, "") for k in KINDS},
    })
