"""Site-level pages: the home page ("today") and a health check.

The home page is assembled from panels each app contributes: `heartspace/<app>/home.py`
defines `panel(request) -> dict | None` returning {"template": ..., "order": int, **context}.
Each panel must run a bounded number of queries whatever the history size.
"""

import importlib

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render

HOME_PANEL_MODULES = (
    "heartspace.checkins.home",
    "heartspace.practices.home",
    "heartspace.insights.home",
    "heartspace.partners.home",
)


def _home_panels(request):
    panels = []
    for module_name in HOME_PANEL_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        panel = module.panel(request)
        if panel:
            panels.append(panel)
    return sorted(panels, key=lambda p: p.get("order", 50))


@login_required
def home(request):
    return render(request, "home.html", {"panels": _home_panels(request)})


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
