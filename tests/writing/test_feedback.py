import pytest
from django.template import Context, Template
from django.urls import reverse

from heartspace.writing.words import count_words

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text,expected", [
    ("", 0), ("   ", 0), ("one", 1), ("don't stop-believing now", 3), ("I felt 😢 when", 3),
    ("Я чувствую тревогу", 3), ("אני מרגיש", 2), ("...!!!", 0), ("3 seconds", 2),
])
def test_word_counting(text, expected):
    assert count_words(text) == expected


def feedback(client, text, kind="free", limit=""):
    return client.post(reverse("writing:feedback"), {"text": text, "kind": kind, "limit": limit, "field": "text"})


def test_counts_against_the_limit(owner_client):
    body = feedback(owner_client, " ".join(["kind"] * 16), "appreciation", 15).content.decode()
    assert "16 of 15 words" in body and "please trim to 15" in body


def test_unknown_kind_is_refused(owner_client):
    assert feedback(owner_client, "hi", "poem").status_code == 400


def test_needs_sign_in(client, owner):
    assert feedback(client, "hi").status_code == 302


@pytest.mark.parametrize("name", ["empty", "emoji", "cyrillic", "rtl", "huge", "markup"])
def test_ugly_drafts_never_fail(owner_client, name):
    from tests.conftest import UGLY_TEXTS

    response = feedback(owner_client, UGLY_TEXTS[name], "follow_up")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_tag_renders_field_with_feedback():
    from django import forms

    class Draft(forms.Form):
        text = forms.CharField(widget=forms.Textarea, label="Appreciation")

    html = Template('{% load coach %}{% coach_field form.text "appreciation" limit=15 %}').render(
        Context({"form": Draft(data={"text": "You listened so well tonight"})}))
    assert 'hx-post="/writing/feedback/"' in html and "5 of 15 words" in html and "Appreciation" in html


# --- what the coach says under a field, and the try-the-coach page --------------------------------------------

def test_blame_gets_a_kind_specific_suggestion(owner_client):
    body = feedback(owner_client, "You never listen to me, you are so selfish", "tension").content.decode()
    assert 'data-code="blame"' in body and "verdict on who they are" in body
    assert 'data-code="no_next_step"' in body


def test_faux_feeling_names_a_feeling_and_a_need(owner_client):
    body = feedback(owner_client, "I feel ignored when you scroll at dinner", "i_feel").content.decode()
    assert "is a judgement of what they did" in body and "lonely" in body


def test_fixed_draft_has_no_blame(owner_client):
    body = feedback(owner_client, "I feel lonely when we don't talk in the evening and I need ten minutes together",
                    "i_feel").content.decode()
    assert 'data-code="blame"' not in body and 'data-code="faux_feeling"' not in body


def test_follow_up_checklist_and_missing_question(owner_client):
    body = feedback(owner_client, "Loved hearing about your garden. I'll send the seeds on Monday.", "follow_up").content.decode()
    assert body.count('class="done"') == 2 and 'data-code="no_question"' in body


def test_safety_shows_the_help_card_once_and_never_an_error(owner_client):
    response = feedback(owner_client, "He pushed me against the wall last night and I am scared to go home")
    body = response.content.decode()
    assert response.status_code == 200
    assert "data-help-card" in body and 'data-code="safety"' not in body


def test_non_english_says_not_analysed_once(owner_client):
    body = feedback(owner_client, "הרגשתי בודדה כשלא ענית לי כל הערב", "i_feel").content.decode()
    assert body.count("not analysed") == 1 and "suggestions" not in body


def test_russian_draft_gets_feedback_not_a_not_analysed_note(owner_client):
    body = feedback(owner_client, "Ты вечно опаздываешь, и тебе всё равно", "tension").content.decode()
    assert "not analysed" not in body and 'data-code="blame"' in body


def test_over_limit_is_in_the_count_line_not_repeated(owner_client):
    body = feedback(owner_client, " ".join(["lovely"] * 20), "appreciation", 15).content.decode()
    assert "20 of 15 words" in body and 'data-code="over_limit"' not in body


def test_scratchpad_page(owner_client):
    page = owner_client.get(reverse("writing:scratchpad"))
    body = page.content.decode()
    assert page.status_code == 200
    assert "Try the coach" in body and 'name="kind"' in body and 'hx-post="/writing/feedback/"' in body
    assert "Nothing you type here is saved" in body


def test_scratchpad_keeps_the_draft_and_kind_without_storing(owner_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        page = owner_client.post(reverse("writing:scratchpad"), {"kind": "follow_up", "text": "Great chat. What next?"})
    body = page.content.decode()
    assert page.status_code == 200 and "Great chat. What next?" in body
    assert '<option value="follow_up" data-limit="59" selected>' in body and "of 59 words" in body


def test_scratchpad_rejects_an_unknown_kind_gently(owner_client):
    page = owner_client.post(reverse("writing:scratchpad"), {"kind": "ode", "text": "keep me"})
    assert page.status_code == 200 and "keep me" in page.content.decode()


def test_scratchpad_needs_sign_in(client, owner):
    assert client.get(reverse("writing:scratchpad")).status_code == 302


# --- suggestions are translatable from a catalogue alone ------------------------------------------------------

def _write_mo(path, catalogue: dict[str, str]) -> None:
    """A minimal GNU .mo file (the format msgfmt writes), so the test needs no gettext tools."""
    import struct

    entries = sorted({"": "Content-Type: text/plain; charset=UTF-8\n", **catalogue}.items())
    ids = [k.encode() for k, _ in entries]
    strs = [v.encode() for _, v in entries]
    start = 7 * 4 + 16 * len(entries)
    offsets, data = [], b""
    for blob in ids + strs:
        offsets.append((len(blob), start + len(data)))
        data += blob + b"\0"
    n = len(entries)
    header = struct.pack("Iiiiiii", 0x950412DE, 0, n, 7 * 4, 7 * 4 + 8 * n, 0, 0)
    table = b"".join(struct.pack("ii", *o) for o in offsets)
    path.parent.mkdir(parents=True)
    path.write_bytes(header + table + data)


def test_suggestions_render_from_a_translation_catalogue(tmp_path, settings):
    from django.utils import translation

    from heartspace.coach.messages import MESSAGES
    from heartspace.writing.feedback import feedback_for

    _write_mo(tmp_path / "de" / "LC_MESSAGES" / "django.mo", {
        MESSAGES["blame"]: "„%(quote)s“ klingt wie ein Urteil über die Person.",
        MESSAGES["no_next_step"]: "Schließe mit einem konkreten nächsten Schritt.",
    })
    settings.LOCALE_PATHS = [tmp_path]
    with translation.override("de"):
        fb = feedback_for("You never listen to me", "tension")
    messages = {s["code"]: s["message"] for s in fb.suggestions}
    assert messages["blame"] == "„You never“ klingt wie ein Urteil über die Person."
    assert messages["no_next_step"] == "Schließe mit einem konkreten nächsten Schritt."
    with translation.override("en"):
        english = {s["code"]: s["message"] for s in feedback_for("You never listen to me", "tension").suggestions}
    assert english["blame"].startswith("“You never” sounds like a verdict")


def test_a_broken_catalogue_placeholder_falls_back_to_english(tmp_path, settings):
    from django.utils import translation

    from heartspace.coach.messages import MESSAGES
    from heartspace.writing.feedback import feedback_for

    _write_mo(tmp_path / "de" / "LC_MESSAGES" / "django.mo", {MESSAGES["blame"]: "„%(zitat)s“ klingt wie ein Urteil."})
    settings.LOCALE_PATHS = [tmp_path]
    with translation.override("de"):
        fb = feedback_for("You never listen to me", "tension")
    assert next(s["message"] for s in fb.suggestions if s["code"] == "blame").startswith("“You never” sounds like")


def test_every_message_template_renders_with_the_params_the_coach_gives():
    from heartspace.coach import analyze
    from heartspace.coach.messages import MESSAGES

    drafts = [("He hits me. You never listen, you're so selfish. Oh great, late again, thanks a lot. I feel ignored.", "tension"),
              ("You made me furious. I feel like you don't care.", "story"),
              ("Nice catching up, the dinner, the bills and the noise, " * 6, "follow_up"),
              ("Thanks for everything", "appreciation"), ("Ich fühle mich allein und will nicht mehr leben", "free")]
    seen = set()
    for text, kind in drafts:
        for suggestion in analyze(text, kind)["suggestions"]:
            assert suggestion["message"] == MESSAGES[suggestion["template"]] % suggestion["params"]
            seen.add(suggestion["template"])
    assert {"safety", "blame", "contempt", "faux_feeling", "caused_by_other", "over_limit", "not_analysed"} <= seen
