"""Photos from imported contact cards: shown to their owner on the person page and list, served with
a type decided from the bytes, 404 for anyone else, and removable."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse

from heartspace.people.models import Person

pytestmark = pytest.mark.django_db
PNG = (Path(__file__).resolve().parents[1] / "contacts" / "fixtures" / "tiny.png").read_bytes()
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


def photo_url(person):
    return reverse("feeds:person_photo", kwargs={"person_id": person.pk})


@pytest.mark.parametrize("data, claimed, served", [(PNG, "image/png", "image/png"),
                                                   (JPEG, "image/png", "image/jpeg")])  # the bytes decide
def test_owner_gets_the_photo_with_its_real_type_and_nosniff(owner, owner_client, data, claimed, served):
    person = Person.objects.create(owner=owner, name="Ayşe 🌷", photo=data, photo_type=claimed)
    response = owner_client.get(photo_url(person))
    assert response.status_code == 200 and response.content == data
    assert response["Content-Type"] == served
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]


def test_not_an_image_or_no_photo_is_404(owner, owner_client):
    html = Person.objects.create(owner=owner, name="Sneaky", photo=b"<html><script>alert(1)</script>", photo_type="image/png")
    none = Person.objects.create(owner=owner, name="Plain")
    assert owner_client.get(photo_url(html)).status_code == 404
    assert owner_client.get(photo_url(none)).status_code == 404


def test_others_get_404(owner, partner_client, stranger_client, client):
    person = Person.objects.create(owner=owner, name="Sam", photo=PNG, photo_type="image/png")
    assert partner_client.get(photo_url(person)).status_code == 404
    assert stranger_client.get(photo_url(person)).status_code == 404
    assert client.get(photo_url(person)).status_code in (302, 404)  # signed out: to sign-in, never the bytes
    assert stranger_client.post(reverse("feeds:person_photo_remove", kwargs={"person_id": person.pk})).status_code == 404
    person.refresh_from_db()
    assert bytes(person.photo) == PNG


def test_shown_on_the_person_page_and_list(owner, owner_client):
    with_photo = Person.objects.create(owner=owner, name="Sam", photo=PNG, photo_type="image/png")
    Person.objects.create(owner=owner, name="Без фото")
    detail = owner_client.get(reverse("people:detail", kwargs={"person_id": with_photo.pk})).content.decode()
    assert photo_url(with_photo) in detail and "Remove photo" in detail and 'alt="Photo of Sam"' in detail
    listing = owner_client.get(reverse("people:list")).content.decode()
    assert listing.count(reverse("feeds:person_photo", kwargs={"person_id": with_photo.pk})) == 1
    assert listing.count("/photo/") == 1  # only the person who has one


def test_list_with_many_photos_stays_bounded(owner, owner_client, django_assert_max_num_queries):
    for n in range(25):
        Person.objects.create(owner=owner, name=f"P{n}", photo=PNG, photo_type="image/png")
    with django_assert_max_num_queries(12):
        assert owner_client.get(reverse("people:list")).status_code == 200


def test_remove_the_photo(owner, owner_client):
    person = Person.objects.create(owner=owner, name="Sam", photo=PNG, photo_type="image/png")
    response = owner_client.post(reverse("feeds:person_photo_remove", kwargs={"person_id": person.pk}))
    assert response.status_code == 302 and response["Location"] == reverse("people:detail", kwargs={"person_id": person.pk})
    person.refresh_from_db()
    assert not person.photo and person.photo_type == ""
    page = owner_client.get(reverse("people:detail", kwargs={"person_id": person.pk})).content.decode()
    assert "Photo removed." in page and "Remove photo" not in page
    assert owner_client.get(photo_url(person)).status_code == 404
    assert owner_client.get(reverse("feeds:person_photo_remove", kwargs={"person_id": person.pk})).status_code == 405


def test_imported_photo_is_shown(owner, owner_client):
    import base64
    import io

    from heartspace.feeds import imports

    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\nN:Person;Photo;;;\r\n"
            f"PHOTO;ENCODING=b;TYPE=PNG:{base64.b64encode(PNG).decode()}\r\nEND:VCARD\r\n").encode()
    result = imports.preview(owner, io.BytesIO(card))
    imports.apply(owner, result.cards, result.skipped)
    person = Person.objects.get(owner=owner, name="Photo Person")
    assert owner_client.get(photo_url(person))["Content-Type"] == "image/png"
    assert photo_url(person) in owner_client.get(reverse("people:detail", kwargs={"person_id": person.pk})).content.decode()
