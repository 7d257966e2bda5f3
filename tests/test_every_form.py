"""Every account, sign-up, partner and settings form, driven with the shared ugly input.

For each form the page is loaded, its own fields are read back from the HTML (so the rest of the
submission is what a browser would send), and one field at a time is replaced by an ugly value.
Whatever is typed: no 500; when it is refused, the message sits beside that field and the typed
value is in the re-rendered form (passwords excepted: browsers and Django never echo them back).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.html import escape
from django.utils.http import urlsafe_base64_encode

from heartspace.accounts.models import User
from heartspace.accounts.services import create_invitation
from heartspace.partners import services as partner_services
from tests.conftest import PASSWORD, UGLY_TEXTS

pytestmark = pytest.mark.django_db

BAD_NUMBERS = ["", "   ", "abc", "-1", "1.5", "1e999", "9" * 40, "😢", "NaN", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠"]
BAD_TIMES = ["", "25:99", "12:60", "😢", "9" * 40, "noon-ish", "24:00:00"]
BAD_CHOICES = ["", "Mars/Olympus", "😢", "9" * 40, "<script>"]


# --- reading a form back from the page, as a browser would submit it -------------------------

class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action"), "method": (a.get("method") or "get").lower(), "fields": {},
                          "types": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            self._form["types"][a["name"]] = kind
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form["fields"][a["name"]] = a.get("value", "on")
            elif kind not in ("submit", "button"):
                self._form["fields"][a["name"]] = a.get("value") or ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["types"][a["name"]] = "select"
            self._form["fields"].setdefault(a["name"], None)
        elif tag == "option" and self._select:
            current = self._form["fields"].get(self._select)
            if current is None or "selected" in a:
                self._form["fields"][self._select] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self._form["types"][a["name"]] = "textarea"
            self._form["fields"][a["name"]] = ""

    def handle_data(self, data):
        if self._textarea and self._form is not None:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._form is not None and self._textarea:
                self._form["fields"][self._textarea] = self._form["fields"][self._textarea].removeprefix("\n")
            self._textarea = None


def read_form(html: str, field_name: str) -> dict:
    reader = _FormReader()
    reader.feed(html)
    for form in reader.forms:
        if form["method"] == "post" and field_name in form["types"]:
            return form
    raise AssertionError(f"no POST form with a field {field_name!r} on the page")


# --- the forms --------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    who: str  # "anonymous" or "owner"
    url: object  # callable(owner, partner) -> url, or a plain url
    fields: dict  # field name -> kind: text, username, email, password, number, time, choice
    valid: dict = field(default_factory=dict)  # values that make the rest of the form pass
    required: tuple = ()
    max_length: dict = field(default_factory=dict)
    confirm: tuple = ()  # fields that must equal something else (a repeat or the current password)
    optional: tuple = ()  # number and choice fields that may be left empty
    never_succeeds: bool = False  # the base submission is refused anyway (a wrong password)
    settings: dict = field(default_factory=dict)
    no_users: bool = False


def reset_confirm_url(owner, partner):
    client = Client()
    uid = urlsafe_base64_encode(force_bytes(owner.pk))
    response = client.get(reverse("accounts:password_reset_confirm",
                                  kwargs={"uidb64": uid, "token": default_token_generator.make_token(owner)}))
    assert response.status_code == 302  # Django swaps the token for a session and redirects
    return response["Location"], client


def signup_invited_url(owner, partner):
    _, token = create_invitation(owner, days=7)
    return reverse("accounts:signup_invited", kwargs={"signup_token": token})


def partner_join_url(owner, partner):
    _, token = partner_services.create_invitation(owner, "partner")
    return reverse("partners:join", kwargs={"invite_token": token})


def link_settings_url(owner, partner):
    link = partner_services.link_users(owner, partner)
    return reverse("partners:link_settings", kwargs={"link_id": link.pk})


NEW_ACCOUNT_FIELDS = {"username": "username", "display_name": "text", "email": "email",
                      "password1": "password", "password2": "password"}
NEW_ACCOUNT_VALID = {"username": "newcomer", "display_name": "Nia", "email": "",
                     "password1": "a long quiet river", "password2": "a long quiet river"}
NEW_ACCOUNT_LIMITS = {"username": 150, "display_name": 80, "email": 254}

CASES = [
    Case("welcome", "anonymous", lambda o, p: reverse("accounts:welcome"), NEW_ACCOUNT_FIELDS, NEW_ACCOUNT_VALID,
         required=("username", "password1", "password2"), max_length=NEW_ACCOUNT_LIMITS, confirm=("password2",), no_users=True),
    Case("sign-up (open)", "anonymous", lambda o, p: reverse("accounts:signup"), NEW_ACCOUNT_FIELDS, NEW_ACCOUNT_VALID,
         required=("username", "password1", "password2"), max_length=NEW_ACCOUNT_LIMITS, confirm=("password2",),
         settings={"HS_SIGNUPS": "open"}),
    Case("sign-up invitation", "anonymous", signup_invited_url, NEW_ACCOUNT_FIELDS, NEW_ACCOUNT_VALID,
         required=("username", "password1", "password2"), max_length=NEW_ACCOUNT_LIMITS, confirm=("password2",),
         settings={"HS_SIGNUPS": "invite"}),
    Case("partner join (new account)", "anonymous", partner_join_url, NEW_ACCOUNT_FIELDS, NEW_ACCOUNT_VALID,
         required=("username", "password1", "password2"), max_length=NEW_ACCOUNT_LIMITS, confirm=("password2",)),
    Case("login", "anonymous", lambda o, p: reverse("accounts:login"),
         {"username": "text", "password": "password"}, {"username": "owner", "password": "not the password"},
         required=("username", "password"), max_length={"username": 150}, never_succeeds=True),
    Case("password reset", "anonymous", lambda o, p: reverse("accounts:password_reset"), {"email": "email"},
         {"email": "owner@example.org"}, required=("email",), max_length={"email": 254}),
    Case("password reset confirm", "anonymous", reset_confirm_url,
         {"new_password1": "password", "new_password2": "password"},
         {"new_password1": "another quiet river", "new_password2": "another quiet river"},
         required=("new_password1", "new_password2"), confirm=("new_password2",)),
    Case("password change", "owner", lambda o, p: reverse("accounts:password_change"),
         {"old_password": "password", "new_password1": "password", "new_password2": "password"},
         {"old_password": PASSWORD, "new_password1": "a brand new sentence", "new_password2": "a brand new sentence"},
         required=("old_password", "new_password1", "new_password2"), confirm=("old_password", "new_password2")),
    Case("account settings", "owner", lambda o, p: reverse("accounts:settings"),
         {"display_name": "text", "email": "email", "time_zone": "choice", "week_start": "choice",
          "quiet_hours_start": "time", "quiet_hours_end": "time"},
         required=("time_zone", "week_start", "quiet_hours_start", "quiet_hours_end"),
         max_length={"display_name": 80, "email": 254}),
    Case("sign-up invitations", "owner", lambda o, p: reverse("accounts:invitations"),
         {"note": "text", "days": "number"}, required=("days",), max_length={"note": 80},
         settings={"HS_SIGNUPS": "invite"}),
    Case("partner invite", "owner", lambda o, p: reverse("partners:invite"),
         {"email": "email", "days": "number", "kind": "choice"}, required=("days", "kind"),
         max_length={"email": 254}),
    Case("partner link settings", "owner", link_settings_url, {"person": "choice"}, optional=("person",)),
    Case("check settings", "owner", lambda o, p: reverse("checkins:settings"),
         {"questions_per_check": "number", "pause_seconds": "number", "story_seconds": "number",
          "commitment_days": "number"}),
    Case("insight settings", "owner", lambda o, p: reverse("insights:settings"),
         {"chats_target_low": "number", "chats_target_high": "number", "reassessment_weeks": "number"}),
    Case("growth self-check settings", "owner", lambda o, p: reverse("journal:growth"),
         {"selfcheck_every_days": "number"}),
    Case("practice settings", "owner", lambda o, p: reverse("practices:settings"),
         {"timeout_minutes": "number", "vulnerability_minutes": "number", "boundary_review_days": "number"}),
]


def _username_ok(text: str) -> bool:
    return bool(re.fullmatch(r"[\w.@+-]+", unicodedata.normalize("NFKC", text.strip())))


def text_is_refused(case: Case, name: str, kind: str, text: str) -> bool:
    stripped = text.strip() if kind != "password" else text
    if not stripped:
        return name in case.required
    if name in case.confirm:
        return True  # no ugly text repeats the other password
    if name in case.max_length and len(stripped) > case.max_length[name]:
        return True
    if kind == "email":
        return True  # none of the ugly texts is an email address
    if kind == "username":
        return not _username_ok(text)
    if kind == "choice":
        return True
    return False


def bad_values(kind: str) -> list[str]:
    return {"number": BAD_NUMBERS, "time": BAD_TIMES, "choice": BAD_CHOICES}.get(kind, [])


PARAMS = []
for case in CASES:
    for name, kind in case.fields.items():
        if kind in ("text", "username", "email", "password"):
            PARAMS += [pytest.param(case, name, kind, text, True, id=f"{case.name}-{name}-{label}")
                       for label, text in UGLY_TEXTS.items()]
        # numbers, times and choices: every value here is wrong; ugly text too, for choices
        PARAMS += [pytest.param(case, name, kind, value, False, id=f"{case.name}-{name}-bad{i}")
                   for i, value in enumerate(bad_values(kind))]


def kept(body: str, kind: str, value: str) -> bool:
    if kind in ("password", "choice"):
        return True  # never echoed / not an option that could be shown as chosen
    return escape(value) in body


@pytest.mark.parametrize("case, name, kind, value, is_text", PARAMS)
def test_form_survives_ugly_input(case, name, kind, value, is_text, owner, partner):
    with override_settings(**case.settings):
        if case.no_users:
            User.objects.all().delete()
        client = Client()
        if case.who == "owner":
            client.force_login(owner)
        made = case.url(owner, partner)
        if isinstance(made, tuple):
            url, client = made
        else:
            url = made
        page = client.get(url)
        assert page.status_code == 200, f"{url} gave {page.status_code}"
        form = read_form(page.content.decode(), name)
        data = {k: v for k, v in form["fields"].items() if v is not None}
        data.update(case.valid)
        data[name] = value
        target = form["action"] or url

        response = client.post(target, data)

        assert response.status_code < 500
        body = response.content.decode()
        if is_text:
            refused = text_is_refused(case, name, kind, value)
        else:
            refused = bool(value.strip()) or name not in case.optional
        if refused:
            assert response.status_code != 302, f"{name}={value[:30]!r} was accepted"
            assert f'id="id_{name}_error"' in body, f"no message beside {name}"
            assert kept(body, kind, value), f"what was typed into {name} is lost"
        elif case.never_succeeds:
            assert response.status_code in (200, 429)
            assert f'id="id_{name}_error"' not in body
            assert kept(body, kind, value)
        else:
            assert f'id="id_{name}_error"' not in unescape(body), f"{name}={value[:30]!r} was refused"


@pytest.mark.parametrize("label", ["emoji", "cyrillic", "rtl", "arabic", "zero_width", "markup"])
def test_accepted_ugly_text_is_stored_exactly(owner_client, owner, label):
    text = UGLY_TEXTS[label]
    page = owner_client.get(reverse("accounts:settings")).content.decode()
    data = {k: v for k, v in read_form(page, "display_name")["fields"].items() if v is not None}
    data["display_name"] = text[:80]
    response = owner_client.post(reverse("accounts:settings"), data)
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.display_name == text[:80].strip()
    # and it comes back escaped, not as markup
    home = owner_client.get(reverse("accounts:settings")).content.decode()
    assert escape(text[:80].strip()) in home and "<script>alert(1)</script>" not in home
