from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def person_list(request):
    return render(request, "empty_area.html", {
        "area_title": _("People"),
        "area_intro": _("The people you want to be closer to: partner, friends, family. Each gets Connection Checks on a cadence you choose."),
    })
