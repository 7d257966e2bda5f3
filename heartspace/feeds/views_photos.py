"""A person's photo from an imported contact card: served to its owner only, removable.

The bytes came from someone's address book, so the content type is decided here from the bytes
themselves (never from the card or the stored label), and the browser is told not to guess.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.contacts.images import sniff_image_type
from heartspace.people.access import get_person_for_user
from heartspace.people.models import Person


@login_required
def person_photo(request, person_id):
    person = get_person_for_user(request.user, person_id)
    data = bytes(person.photo) if person.photo else b""
    media_type = sniff_image_type(data)
    if media_type is None:
        raise Http404
    response = HttpResponse(data, content_type=media_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@login_required
@require_POST
def person_photo_remove(request, person_id):
    person = get_person_for_user(request.user, person_id)
    Person.objects.filter(pk=person.pk, owner=request.user).update(photo=None, photo_type="", updated_at=timezone.now())
    messages.success(request, _("Photo removed."))
    return redirect("people:detail", person_id=person.pk)
