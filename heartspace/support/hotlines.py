"""Urgent-help numbers by country: a small built-in list, replaceable by HS_HOTLINES_FILE.

The file is JSON: {"XX": {"name": "Country", "emergency": "112", "lines": [{"name": ..., "contact": ..., "for": ...}]}}.
A broken file never hides help: we fall back to the built-in list and log the problem.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

logger = logging.getLogger(__name__)

BUILT_IN: dict[str, dict] = {
    "US": {"name": "United States", "emergency": "911", "lines": [
        {"name": "National Domestic Violence Hotline", "contact": "1-800-799-7233 · text START to 88788", "for": "abuse"},
        {"name": "988 Suicide & Crisis Lifeline", "contact": "call or text 988", "for": "self-harm"},
    ]},
    "GB": {"name": "United Kingdom", "emergency": "999", "lines": [
        {"name": "National Domestic Abuse Helpline (Refuge)", "contact": "0808 2000 247", "for": "abuse"},
        {"name": "Samaritans", "contact": "116 123", "for": "self-harm"},
    ]},
    "IE": {"name": "Ireland", "emergency": "112 or 999", "lines": [
        {"name": "Women's Aid", "contact": "1800 341 900", "for": "abuse"},
        {"name": "Samaritans", "contact": "116 123", "for": "self-harm"},
    ]},
    "CA": {"name": "Canada", "emergency": "911", "lines": [
        {"name": "9-8-8 Suicide Crisis Helpline", "contact": "call or text 988", "for": "self-harm"},
    ]},
    "AU": {"name": "Australia", "emergency": "000", "lines": [
        {"name": "1800RESPECT", "contact": "1800 737 732", "for": "abuse"},
        {"name": "Lifeline", "contact": "13 11 14", "for": "self-harm"},
    ]},
    "NZ": {"name": "New Zealand", "emergency": "111", "lines": [
        {"name": "Family Violence Information Line", "contact": "0800 456 450", "for": "abuse"},
        {"name": "Need to talk?", "contact": "call or text 1737", "for": "self-harm"},
    ]},
    "DE": {"name": "Germany", "emergency": "112 (police 110)", "lines": [
        {"name": "Hilfetelefon Gewalt gegen Frauen", "contact": "116 016", "for": "abuse"},
        {"name": "TelefonSeelsorge", "contact": "0800 111 0 111", "for": "self-harm"},
    ]},
    "FR": {"name": "France", "emergency": "112 (police 17)", "lines": [
        {"name": "Violences Femmes Info", "contact": "3919", "for": "abuse"},
        {"name": "Numéro national de prévention du suicide", "contact": "3114", "for": "self-harm"},
    ]},
    "ES": {"name": "España", "emergency": "112", "lines": [
        {"name": "Atención a víctimas de violencia de género", "contact": "016", "for": "abuse"},
        {"name": "Línea de atención a la conducta suicida", "contact": "024", "for": "self-harm"},
    ]},
    "NL": {"name": "Nederland", "emergency": "112", "lines": [
        {"name": "Veilig Thuis", "contact": "0800 2000", "for": "abuse"},
        {"name": "113 Zelfmoordpreventie", "contact": "113 or 0800 0113", "for": "self-harm"},
    ]},
    "IT": {"name": "Italia", "emergency": "112", "lines": [
        {"name": "Numero antiviolenza e stalking", "contact": "1522", "for": "abuse"},
    ]},
    "IN": {"name": "India", "emergency": "112", "lines": [
        {"name": "Women Helpline", "contact": "181", "for": "abuse"},
        {"name": "Tele-MANAS mental health helpline", "contact": "14416", "for": "self-harm"},
    ]},
    "ZA": {"name": "South Africa", "emergency": "112 from a mobile, police 10111", "lines": [
        {"name": "GBV Command Centre", "contact": "0800 428 428", "for": "abuse"},
        {"name": "SADAG Suicide Crisis Helpline", "contact": "0800 567 567", "for": "self-harm"},
    ]},
    "EU": {"name": "Anywhere in the European Union", "emergency": "112", "lines": []},
}

PURPOSES = ("abuse", "self-harm")


def load_hotlines(path: Path | None) -> dict[str, dict]:
    if path is None:
        return BUILT_IN
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not all(isinstance(v, dict) and "name" in v for v in data.values()):
            raise ValueError("expected an object of countries, each with a name")
        for entry in data.values():
            entry.setdefault("emergency", "")
            entry.setdefault("lines", [])
            if not isinstance(entry["lines"], list) or not all(
                    isinstance(line, dict) and line.get("name") and line.get("contact") for line in entry["lines"]):
                raise ValueError("each line needs a name and a contact")
            if not all(isinstance(entry[key], str) for key in ("name", "emergency")):
                raise ValueError("name and emergency must be text")
        if not data:
            raise ValueError("the file lists no countries")
        return data
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        logger.error("HS_HOTLINES_FILE could not be used (%s); showing the built-in list", type(exc).__name__)
        return BUILT_IN


def country_from_languages(accept_language: str, known: dict[str, dict]) -> str:
    """The first country in the browser's Accept-Language ("en-GB,en;q=0.8") that we have numbers for."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip()
        if "-" in tag:
            region = tag.split("-")[-1].upper()
            if region in known:
                return region
    return ""


def tel_href(contact: str) -> str:
    """A tel: link for a contact that is only a phone number ("0808 2000 247"), else ""."""
    if not re.fullmatch(r"\+?[\d\s()-]{3,20}", contact or ""):
        return ""
    return "tel:" + re.sub(r"[^\d+]", "", contact)
