from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def index(request):
    return render(request, "empty_area.html", {
        "area_title": _("Practices"),
        "area_intro": _("Daily disclosure, “I feel” statements, listening, bids for connection, rituals, conflict rules, vulnerability exercises and boundaries."),
    })
