from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _


@login_required
def index(request):
    return render(request, "empty_area.html", {
        "area_title": _("Insights"),
        "area_intro": _("Honest metrics: meaningful chats a month, mutual disclosures a quarter, follow-ups completed, your 5:1 balance, and the 12-week reassessment."),
    })
