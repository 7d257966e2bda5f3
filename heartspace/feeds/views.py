"""Calendar feed settings and the feed itself, reminder settings and unsubscribe, contacts import/export."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotModified, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from heartspace.feeds import imports
from heartspace.feeds.access import feed_token_for_user, get_import_for_user
from heartspace.feeds.calendar_feed import build_calendar, fingerprint
from heartspace.feeds.forms import FeedOptionsForm, ImportForm, ReminderSettingsForm
from heartspace.feeds.models import FeedToken, ImportBatch, ReminderKind, ReminderOptOut, ReminderSettings, new_feed_secret
from heartspace.feeds.sender import read_unsubscribe_token

PREVIEW_LIMIT = 200  # cards listed by name on the preview page; the rest are counted


def feed_url(request, token: FeedToken) -> str:
    return request.build_absolute_uri(reverse("feeds:calendar", kwargs={"feed_token": token.secret}))


@login_required
def index(request):
    token = feed_token_for_user(request.user)
    reminder_settings = ReminderSettings.objects.filter(owner=request.user).first() or ReminderSettings(owner=request.user)
    opted_out = set(ReminderOptOut.objects.filter(owner=request.user).values_list("kind", flat=True))
    section = request.POST.get("section") if request.method == "POST" else None
    feed_form = FeedOptionsForm(request.POST if section == "feed" else None, instance=token or FeedToken(owner=request.user),
                                prefix="feed")
    reminder_form = ReminderSettingsForm(request.POST if section == "reminders" else None, instance=reminder_settings,
                                         prefix="reminders",
                                         initial={"kinds": [k for k in ReminderKind.values if k not in opted_out]})
    if section == "feed" and token and feed_form.is_valid():
        feed_form.save()
        messages.success(request, _("Calendar feed options saved. Calendars pick them up at their next refresh."))
        return redirect("feeds:index")
    if section == "reminders" and reminder_form.is_valid():
        with transaction.atomic():
            saved = reminder_form.save(commit=False)
            saved.owner = request.user
            saved.save()
            wanted = set(reminder_form.cleaned_data["kinds"])
            ReminderOptOut.objects.filter(owner=request.user, kind__in=wanted).delete()
            for kind in set(ReminderKind.values) - wanted - opted_out:
                ReminderOptOut.objects.get_or_create(owner=request.user, kind=kind)
        messages.success(request, _("Reminder settings saved."))
        return redirect("feeds:index")
    pending = ImportBatch.objects.filter(owner=request.user, status=ImportBatch.Status.PENDING).only(
        "pk", "filename", "created_at").first()
    return render(request, "feeds/index.html", {
        "token": token if token and token.active else None,
        "feed_url": feed_url(request, token) if token and token.active else "",
        "feed_form": feed_form, "reminder_form": reminder_form, "pending_import": pending,
    })


@login_required
@require_POST
def regenerate(request):
    """Create the feed address, or replace it: the old address stops working at once."""
    token = feed_token_for_user(request.user)
    now = timezone.now()
    if token is None:
        FeedToken.objects.create(owner=request.user)
        messages.success(request, _("Your private calendar address is ready. Copy it into your calendar app."))
    else:
        token.secret = new_feed_secret()
        token.active = True
        token.regenerated_at = now
        token.content_changed_at = now
        token.save()
        messages.success(request, _("New address made. The old one no longer works: update it in your calendar app."))
    return redirect("feeds:index")


@login_required
@require_POST
def revoke(request):
    token = feed_token_for_user(request.user)
    if token and token.active:
        token.active = False
        token.secret = new_feed_secret()  # the old address can never come back
        token.save()
        messages.success(request, _("Calendar feed turned off. Calendars subscribed to it will stop updating."))
    return redirect("feeds:index")


def calendar(request, feed_token: str):
    """The feed itself. No sign-in (calendar apps cannot sign in): the long secret is the key."""
    token = FeedToken.objects.select_related("owner").filter(secret=feed_token, active=True).first()
    if token is None or not token.owner.is_active or len(feed_token) < 32:
        raise Http404
    user = token.owner
    etag, last_modified = fingerprint(user, token)
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        if etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*":
            return _not_modified(etag, last_modified)
    else:
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        if since is not None and int(last_modified.timestamp()) <= since:
            return _not_modified(etag, last_modified)
    response = HttpResponse(build_calendar(user, token), content_type="text/calendar; charset=utf-8")
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "private, max-age=300"
    response["Content-Disposition"] = 'inline; filename="heartspace.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


def _not_modified(etag: str, last_modified: datetime.datetime) -> HttpResponseNotModified:
    response = HttpResponseNotModified()
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
def calendar_download(request):
    """The same feed as a one-off download, for calendars that only import files."""
    token = feed_token_for_user(request.user) or FeedToken(owner=request.user)
    response = HttpResponse(build_calendar(request.user, token), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="heartspace.ics"'
    return response


@csrf_exempt  # one-click unsubscribe (RFC 8058) is a POST from the mail client, with no session
def unsubscribe(request, unsubscribe_token: str):
    data = read_unsubscribe_token(unsubscribe_token)
    if data is None:
        raise Http404
    user_id, kind = data
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        raise Http404
    label = ReminderKind(kind).label
    if request.method == "POST":
        ReminderOptOut.objects.get_or_create(owner=user, kind=kind)
        return render(request, "feeds/unsubscribed.html", {"label": label, "done": True})
    # GET only asks: link scanners in mail systems open links, and must not unsubscribe anyone.
    return render(request, "feeds/unsubscribed.html", {"label": label, "done": False})


@login_required
def import_upload(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            upload.seek(0)
            result = imports.preview(request.user, upload.file)
        except imports.UnreadableFile as exc:
            form.add_error("file", _(str(exc)))
        else:
            with transaction.atomic():
                # An unconfirmed earlier preview is replaced: only one is ever pending.
                ImportBatch.objects.filter(owner=request.user, status=ImportBatch.Status.PENDING).delete()
                batch = imports.save_batch(request.user, upload.name or "", result)
            return redirect("feeds:import_preview", import_id=batch.pk)
    return render(request, "feeds/import.html", {"form": form})


@login_required
def import_preview(request, import_id: int):
    batch = get_import_for_user(request.user, import_id)
    if batch.status != ImportBatch.Status.PENDING:
        return render(request, "feeds/import_done.html", {"batch": batch})
    cards = imports.batch_cards(batch)
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PENDING).update(
                status=ImportBatch.Status.CANCELLED, cards=[], finished_at=timezone.now())
            messages.info(request, _("Import cancelled. Nothing was changed."))
            return redirect("feeds:index")
        choices = {}
        for card in cards:
            choice = request.POST.get(f"card-{card.index}")
            if choice in (imports.CREATE, imports.MERGE, imports.SKIP):
                choices[card.index] = choice
            elif card.index in _listed(cards):
                choices[card.index] = imports.SKIP  # an unticked box on the page means "leave it out"
        try:
            outcome = imports.apply(request.user, cards, batch.skipped, choices, batch=batch)
        except imports.AlreadyImported:
            batch.refresh_from_db()
            return render(request, "feeds/import_done.html", {"batch": batch})
        messages.success(request, _("Imported: %(created)s new, %(updated)s updated, %(skipped)s left out.") % {
            "created": outcome.created, "updated": outcome.updated, "skipped": len(outcome.skipped)})
        return redirect("feeds:import_preview", import_id=batch.pk)
    new = [c for c in cards if not c.match_id]
    merges = [c for c in cards if c.match_id]
    return render(request, "feeds/import_preview.html", {
        "batch": batch, "new_cards": new[:PREVIEW_LIMIT], "new_more": max(0, len(new) - PREVIEW_LIMIT),
        "new_count": len(new), "merge_cards": merges[:PREVIEW_LIMIT], "merge_more": max(0, len(merges) - PREVIEW_LIMIT),
        "merge_count": len(merges), "skipped": batch.skipped, "warned": [c for c in cards if c.contact.warnings][:PREVIEW_LIMIT],
        "importable": bool(cards),
    })


def _listed(cards) -> set[int]:
    """Indexes of the cards that had a control on the preview page (the first PREVIEW_LIMIT of each group)."""
    new = [c.index for c in cards if not c.match_id][:PREVIEW_LIMIT]
    merges = [c.index for c in cards if c.match_id][:PREVIEW_LIMIT]
    return set(new) | set(merges)


@login_required
def export_vcard(request):
    response = StreamingHttpResponse(
        (chunk.encode("utf-8") for chunk in imports.export_chunks(request.user)),
        content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="heartspace-contacts.vcf"'
    return response
