from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def check_list(request):
    return render(request, "empty_area.html", {
        "area_title": _("Connection Checks"),
        "area_intro": _("Your scheduled 30-minute Connection Checks, preparation with three questions, the guided session, and what you promised afterwards."),
    })
