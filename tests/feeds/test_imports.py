"""Contacts import from the web and the service: preview, merge offer, confirm, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from heartspace.contacts import parse_stream
from heartspace.feeds import imports
from heartspace.feeds.forms import MAX_UPLOAD_BYTES
from heartspace.feeds.models import ImportBatch
from heartspace.people.models import Person

FIXTURES = Path(__file__).parents[1] / "contacts" / "fixtures"


def upload(client, name, data=None):
    content = (FIXTURES / name).read_bytes() if data is None else data
    return client.post(reverse("feeds:import"), {"file": SimpleUploadedFile(name, content, "text/vcard")})


@pytest.fixture
def sam(owner):
    return Person.objects.create(owner=owner, name="Samuel N.", emails=[{"value": "SAM@example.org", "type": ""}],
                                 notes="Met at work. Private.")


def test_preview_lists_new_matches_and_unreadable_then_confirm_imports(owner, owner_client, sam):
    response = upload(owner_client, "apple_30_lf_folded.vcf")
    batch = ImportBatch.objects.get(owner=owner)
    assert response.status_code == 302 and response["Location"] == reverse("feeds:import_preview", args=[batch.pk])
    assert Person.objects.filter(owner=owner).count() == 1  # nothing imported yet
    page = owner_client.get(response["Location"]).content.decode()
    assert "Sam Nakamura looks like Samuel N." in page and "same email" in page
    assert "Layla Haddad" in page
    confirmed = owner_client.post(response["Location"], {"action": "import", f"card-{1}": "merge", f"card-{2}": "create"})
    assert confirmed.status_code == 302
    sam.refresh_from_db()
    assert sam.name == "Samuel N."  # never overwritten
    assert sam.nickname == "Sammy" and (sam.birthday_month, sam.birthday_day) == (3, 2)
    assert {e["value"] for e in sam.emails} == {"SAM@example.org", "sam.nakamura@work.example"}
    assert sam.notes.startswith("Met at work. Private.") and "rock climbing" in sam.notes
    assert bytes(sam.photo).startswith(b"\xff\xd8") and sam.photo_type == "image/jpeg"
    assert Person.objects.filter(owner=owner, name="Layla Haddad").exists()
    done = owner_client.get(response["Location"]).content.decode()
    assert "1 added, 1 updated." in done


def test_confirming_twice_imports_once(owner, owner_client):
    response = upload(owner_client, "modern_40.vcf")
    owner_client.post(response["Location"], {"action": "import", "card-1": "create", "card-2": "create"})
    owner_client.post(response["Location"], {"action": "import", "card-1": "create", "card-2": "create"})
    assert Person.objects.filter(owner=owner).count() == 2


def test_unticked_and_skipped_cards_are_left_out(owner, owner_client, sam):
    response = upload(owner_client, "apple_30_lf_folded.vcf")
    owner_client.post(response["Location"], {"action": "import", "card-1": "skip"})  # card 2 unticked
    assert list(Person.objects.filter(owner=owner).values_list("name", flat=True)) == ["Samuel N."]
    sam.refresh_from_db()
    assert sam.nickname == ""


def test_cancel_changes_nothing(owner, owner_client):
    response = upload(owner_client, "modern_40.vcf")
    owner_client.post(response["Location"], {"action": "cancel"})
    assert not Person.objects.filter(owner=owner).exists()
    assert ImportBatch.objects.get(owner=owner).status == ImportBatch.Status.CANCELLED


def test_unreadable_cards_are_listed_with_reasons(owner, owner_client):
    response = upload(owner_client, "mixed_problems.vcf")
    page = owner_client.get(response["Location"]).content.decode()
    assert "Card 1" in page and "no name" in page
    assert "Priya Raman" in page and "not an image" in page


@pytest.mark.parametrize("name, data, message", [
    ("empty.vcf", b"", "The file is empty"),
    ("photo.vcf", (FIXTURES / "photo_renamed.vcf").read_bytes(), "binary data"),
    ("notes.vcf", b"milk\neggs\n", "no vCard"),
])
def test_bad_files_get_a_clear_message_and_nothing_is_stored(owner, owner_client, name, data, message):
    response = upload(owner_client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportBatch.objects.exists() and not Person.objects.exists()


def test_a_50_megabyte_file_is_refused_with_its_size(owner, owner_client):
    big = b"BEGIN:VCARD\r\n" + b"x" * (50 * 1024 * 1024) + b"\r\nEND:VCARD\r\n"
    response = upload(owner_client, "huge.vcf", big)
    assert response.status_code == 200
    text = response.content.decode()
    assert "50.0 MB" in text and "the limit is 20 MB" in text
    assert not ImportBatch.objects.exists()
    assert len(big) > MAX_UPLOAD_BYTES


def test_no_file_chosen(owner_client):
    response = owner_client.post(reverse("feeds:import"), {})
    assert "Choose a .vcf file" in response.content.decode()


def test_a_failure_mid_import_rolls_everything_back(owner, monkeypatch, sam):
    with open(FIXTURES / "apple_30_lf_folded.vcf", "rb") as handle:
        preview = imports.preview(owner, handle)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    from django.db.models import QuerySet

    monkeypatch.setattr(QuerySet, "bulk_update", explode)  # the merge write fails after the bulk insert ran
    with pytest.raises(RuntimeError):
        imports.apply(owner, preview.cards, preview.skipped)
    assert list(Person.objects.filter(owner=owner).values_list("name", flat=True)) == ["Samuel N."]


def test_matching_order_uid_email_phone_name(owner):
    Person.objects.create(owner=owner, name="By Uid", vcard_uid="urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1")
    Person.objects.create(owner=owner, name="By Phone", phones=["07700 900123"])
    Person.objects.create(owner=owner, name="layla haddad")
    with open(FIXTURES / "modern_40.vcf", "rb") as handle:
        preview = imports.preview(owner, handle)
    assert preview.cards[0].match_name == "By Uid" and preview.cards[0].match_reason == "uid"
    with open(FIXTURES / "apple_30_lf_folded.vcf", "rb") as handle:
        preview = imports.preview(owner, handle)
    assert [(c.match_name, c.match_reason) for c in preview.cards] == [("By Phone", "phone"), ("layla haddad", "name")]


def test_export_then_import_into_an_empty_account_gives_the_same_people(owner, owner_client, stranger):
    for name in ("android_21_qp.vcf", "apple_30_lf_folded.vcf", "modern_40.vcf", "shift_jis_21_crcrlf.vcf"):
        with open(FIXTURES / name, "rb") as handle:
            preview = imports.preview(owner, handle)
        imports.apply(owner, preview.cards, preview.skipped, {c.index: imports.CREATE for c in preview.cards})
    Person.objects.create(owner=owner, name="Made In App", phones=["+1 555 0100"])
    response = owner_client.get(reverse("feeds:export_vcard"))
    assert response["Content-Type"].startswith("text/vcard")
    exported = b"".join(response.streaming_content)
    assert b"VERSION:4.0" in exported
    from io import BytesIO

    preview = imports.preview(stranger, BytesIO(exported))
    imports.apply(stranger, preview.cards, preview.skipped)
    fields = ("name", "nickname", "birthday_year", "birthday_month", "birthday_day", "phones", "emails", "notes",
              "photo_type")

    def snapshot(user):
        rows = []
        for person in Person.objects.filter(owner=user).order_by("name"):
            row = [getattr(person, f) for f in fields]
            row[5] = [p["value"] for p in imports.normalise_values(person.phones)]
            rows.append((row, bytes(person.photo) if person.photo else None))
        return rows

    assert snapshot(stranger) == snapshot(owner)
    assert Person.objects.filter(owner=stranger).count() == 9


def test_import_preview_is_owner_only(owner_client, stranger_client, owner):
    response = upload(owner_client, "modern_40.vcf")
    assert stranger_client.get(response["Location"]).status_code == 404
    assert stranger_client.post(response["Location"], {"action": "import"}).status_code == 404
    assert not Person.objects.exists()


def test_preview_page_queries_are_bounded(owner, owner_client, django_assert_max_num_queries):
    data = b"".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEND:VCARD\r\n".encode() for n in range(400))
    response = upload(owner_client, "many.vcf", data)
    with django_assert_max_num_queries(8):
        page = owner_client.get(response["Location"])
    assert "and 200 more" in page.content.decode()


def test_parse_stream_is_lazy():
    # The parser yields card by card: the first card is available before the rest is read.
    data = (FIXTURES / "modern_40.vcf").read_bytes()
    from io import BytesIO

    stream = parse_stream(BytesIO(data))
    assert next(stream).contact.name == "Ana 🌻 Souza"


def test_settings_page_queries_are_bounded(owner, owner_client, django_assert_max_num_queries):
    owner_client.post(reverse("feeds:regenerate"))
    with django_assert_max_num_queries(10):
        response = owner_client.get(reverse("feeds:index"))
    assert response.status_code == 200


def test_export_of_an_empty_account_is_an_empty_file(owner_client):
    response = owner_client.get(reverse("feeds:export_vcard"))
    assert response.status_code == 200 and b"".join(response.streaming_content) == b""
