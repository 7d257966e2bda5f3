from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def index(request):
    return render(request, "empty_area.html", {
        "area_title": _("Calendar and contacts"),
        "area_intro": _("A private calendar feed for your checks, rituals and commitments, email reminders, and contacts import and export."),
    })
