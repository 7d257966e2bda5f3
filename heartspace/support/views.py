from django.conf import settings
from django.shortcuts import render

from heartspace.support.hotlines import load_hotlines


def urgent(request):
    """Open to everyone, signed in or not: help must never sit behind a login."""
    hotlines = load_hotlines(settings.HS_HOTLINES_FILE)
    countries = sorted(hotlines.items(), key=lambda item: item[1]["name"])
    return render(request, "support/urgent.html", {"countries": countries})


def resources(request):
    return render(request, "support/resources.html")
