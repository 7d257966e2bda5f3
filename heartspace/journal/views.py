from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def entry_list(request):
    return render(request, "empty_area.html", {
        "area_title": _("Journal"),
        "area_intro": _("A private journal where each entry names feelings: notice them, accept them, then decide whether they should drive what you do."),
    })
