"""The private journal and the feelings vocabulary.

Journal text is private: it is never logged and never leaves this server. The help card
appears after saving (and live while typing, through the coach) when the text seems to
disclose abuse, threats, coercion or thoughts of self-harm; it never blocks the save.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Substr
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from heartspace.journal import feelings as vocabulary
from heartspace.journal.access import get_entry_for_user
from heartspace.journal.forms import EntryForm, EntrySearchForm, VocabularySearchForm
from heartspace.journal.models import Entry
from heartspace.journal.services import (
    coach_flags,
    discloses_harm,
    entry_discloses_harm,
    feeling_filter_key,
    recent_feeling_counts,
)

ENTRIES_PER_PAGE = 20


@login_required
def entry_list(request):
    search = EntrySearchForm(request.GET or None, cores=vocabulary.CORES)
    entries = Entry.objects.filter(owner=request.user)
    query = feeling = core_key = ""
    if search.is_valid():
        query = search.cleaned_data["q"].strip()
        feeling = search.cleaned_data["feeling"].strip()
        core_key = search.cleaned_data["core"]
    if query:
        entries = entries.filter(
            Q(text__icontains=query) | Q(accepting__icontains=query) | Q(decision_note__icontains=query)
            | Q(request__icontains=query) | Q(feelings_index__contains=vocabulary.normalize(query))
            | Q(needs__icontains=query))
    if feeling:
        entries = entries.filter(feelings_index__contains=feeling_filter_key(feeling))
    if core_key:
        core_words = Q()
        for item in vocabulary.all_words():
            if item.core == core_key:
                core_words |= Q(feelings_index__contains=feeling_filter_key(item.word))
        entries = entries.filter(core_words)
    # The list shows a short excerpt: never load whole (possibly 100 kB) entries for it.
    entries = (entries.defer("text", "accepting", "decision_note", "request")
               .annotate(text_start=Substr("text", 1, 400), note_start=Substr("decision_note", 1, 200),
                         request_start=Substr("request", 1, 200)))
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    filtered = bool(query or feeling or core_key)
    for entry in page.object_list:
        entry.preview = _preview(entry)
        entry.described = entry.described_feelings()
    return render(request, "journal/entry_list.html", {
        "page": page,
        "search": search,
        "filtered": filtered,
        "feeling": feeling,
        "query": query,
        "core": vocabulary.core(core_key) if core_key else None,
        "feeling_described": vocabulary.describe(feeling) if feeling else None,
        "recent_feelings": recent_feeling_counts(request.user),
        "querystring": _querystring_without_page(request),
    })


def _preview(entry, chars: int = 220) -> str:
    source = entry.text_start or entry.note_start or entry.request_start or ""
    source = " ".join(source.split())
    return source if len(source) <= chars else source[:chars].rstrip() + "…"


def _querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@login_required
@require_http_methods(["GET", "POST"])
def entry_new(request):
    if request.method == "POST":
        form = EntryForm(request.POST)
        if form.is_valid():
            entry = form.save(commit=False)
            entry.owner = request.user
            entry.save()
            messages.success(request, _("Saved in your private journal."))
            return redirect("journal:detail", entry_id=entry.pk)
    else:
        guide = request.GET.get("guide", Entry.Guide.FREE)
        if guide not in Entry.Guide.values:
            guide = Entry.Guide.FREE
        initial = {"guide": guide, "written_on": request.user.local_today()}
        if request.GET.get("feeling"):
            initial["feelings"] = vocabulary.split_words(request.GET["feeling"][:200])
        form = EntryForm(initial=initial)
    return render(request, "journal/entry_form.html", {"form": form, "entry": None, "show_help": _draft_needs_help(request),
                                                       **_guide_context(form)})


@login_required
def entry_detail(request, entry_id):
    entry = get_entry_for_user(request.user, entry_id)
    described = entry.described_feelings()
    return render(request, "journal/entry_detail.html", {
        "entry": entry,
        "described": described,
        # A strong, painful feeling: offer a way to soothe it (never instead of the help card).
        "soothe_feeling": next((f["word"] for f in described
                                if f["known"] and f["intensity"] == "strong" and not f["pleasant"]), ""),
        "needs_described": [{"word": w, "need": vocabulary.lookup_need(w)} for w in entry.needs or []],
        "show_help": entry_discloses_harm(entry),
    })


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request, entry_id):
    entry = get_entry_for_user(request.user, entry_id)
    if request.method == "POST":
        form = EntryForm(request.POST, instance=entry)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your changes are saved."))
            return redirect("journal:detail", entry_id=entry.pk)
    else:
        form = EntryForm(instance=entry)
    return render(request, "journal/entry_form.html", {"form": form, "entry": entry, "show_help": _draft_needs_help(request),
                                                       **_guide_context(form)})


@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request, entry_id):
    entry = get_entry_for_user(request.user, entry_id)
    if request.method == "POST":
        entry.delete()
        messages.success(request, _("The entry is deleted."))
        return redirect("journal:list")
    return render(request, "journal/entry_confirm_delete.html", {"entry": entry})


def _draft_needs_help(request) -> bool:
    """A form re-shown after an error keeps the help card if the draft needed it."""
    if request.method != "POST":
        return False
    texts = [request.POST.get(name, "")[:MAX_LIVE_CHARS] for name in LIVE_SAFETY_FIELDS]
    return discloses_harm(*texts) and not coach_flags(texts[0])


def _guide_context(form) -> dict:
    guide = form["guide"].value() or Entry.Guide.FREE
    if guide not in Entry.Guide.values:
        guide = Entry.Guide.FREE
    return {"guide": guide, "guides": Entry.Guide}


@login_required
def feelings_vocabulary(request):
    form = VocabularySearchForm(request.GET or None, cores=vocabulary.CORES)
    query = core_key = intensity = ""
    if form.is_valid():
        query = form.cleaned_data["q"]
        core_key = form.cleaned_data["core"]
        intensity = form.cleaned_data["intensity"]
    filtering = bool(query or core_key or intensity)
    matches = vocabulary.search(query, core_key, intensity) if filtering else []
    match_words = {f.word for f in matches}
    groups = []
    for core, levels in vocabulary.by_core():
        if filtering:
            levels = {level: [f for f in words if f.word in match_words] for level, words in levels.items()}
        count = sum(len(words) for words in levels.values())
        if count:
            groups.append({"core": core, "levels": [(level, levels[level]) for level in vocabulary.INTENSITIES], "count": count})
    unknown = ""
    if query and not matches:
        unknown = query
    return render(request, "journal/vocabulary.html", {
        "form": form,
        "groups": groups,
        "filtering": filtering,
        "match_count": len(matches) if filtering else len(vocabulary.FEELINGS),
        "unknown": unknown,
        "reading": vocabulary.interpretation(query) if query else None,
        "needs_groups": vocabulary.needs_by_group(),
        "interpretations": vocabulary.INTERPRETATIONS,
        "cores": vocabulary.CORES,
    })


LIVE_SAFETY_FIELDS = ("text", "accepting", "decision_note", "request")
MAX_LIVE_CHARS = 100_000


@login_required
@require_http_methods(["POST"])
def live_safety(request):
    """While typing: the help card when the draft seems to disclose harm and the coach did not already show it.

    Nothing is stored or logged. The coach field shows its own card when it flags the text,
    so this only adds one when the coach cannot (not installed yet, or a language it does not read).
    """
    texts = [request.POST.get(name, "")[:MAX_LIVE_CHARS] for name in LIVE_SAFETY_FIELDS]
    show = discloses_harm(*texts) and not coach_flags(texts[0])
    return render(request, "journal/live_safety.html", {"show": show})


@login_required
def export_markdown(request):
    """Your whole journal as one Markdown file: yours to keep, print or move elsewhere."""
    from django.http import StreamingHttpResponse

    entries = Entry.objects.filter(owner=request.user).order_by("written_on", "created_at")

    def lines():
        yield "# " + _("My heartspace journal") + "\n\n"
        for entry in entries.iterator(chunk_size=200):
            yield f"## {entry.written_on.isoformat()} · {entry.get_guide_display()}\n\n"
            if entry.feelings:
                yield _("Feelings") + ": " + ", ".join(entry.feelings) + "\n\n"
            if entry.text:
                yield entry.text + "\n\n"
            if entry.accepting:
                yield "**" + _("Accepting it") + ":** " + entry.accepting + "\n\n"
            if entry.decision:
                yield "**" + _("Decision") + ":** " + str(entry.get_decision_display()) + "\n\n"
            if entry.decision_note:
                yield entry.decision_note + "\n\n"
            if entry.needs:
                yield _("Needs") + ": " + ", ".join(entry.needs) + "\n\n"
            if entry.request:
                yield "**" + _("What I could ask for") + ":** " + entry.request + "\n\n"
            if entry.request_to:
                yield _("Who I could ask") + ": " + entry.request_to + "\n\n"

    response = StreamingHttpResponse(lines(), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="heartspace-journal.md"'
    response["Cache-Control"] = "no-store"
    return response
