from django.conf import settings
from django.shortcuts import render

from heartspace.support.hotlines import country_from_languages, load_hotlines, tel_href


def urgent(request):
    """Open to everyone, signed in or not: help must never sit behind a login."""
    hotlines = load_hotlines(settings.HS_HOTLINES_FILE)
    chosen = (request.GET.get("country") or "").strip().upper()[:8]
    if chosen not in hotlines:
        chosen = country_from_languages(request.headers.get("Accept-Language", ""), hotlines)
    countries = []
    for code, country in sorted(hotlines.items(), key=lambda item: item[1]["name"]):
        lines = [{**line, "tel": tel_href(str(line.get("contact", "")))} for line in country.get("lines", [])]
        countries.append((code, {**country, "lines": lines, "emergency_tel": tel_href(country.get("emergency", ""))}))
    first = [item for item in countries if item[0] == chosen]
    return render(request, "support/urgent.html", {
        "countries": countries,
        "yours": first[0] if first else None,
        "others": [item for item in countries if item[0] != chosen],
        "chosen": chosen,
    })


def resources(request):
    return render(request, "support/resources.html")
