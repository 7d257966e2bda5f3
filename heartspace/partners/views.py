from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def index(request):
    return render(request, "empty_area.html", {
        "area_title": _("Together"),
        "area_intro": _("Practise with a partner, friend or family member: link accounts, and share only what you choose, item by item."),
    })
