"""vCard 4.0 writing: valid for strict readers, and everything written reads back the same."""

from __future__ import annotations

import io
from pathlib import Path

import vobject

from heartspace.contacts import Contact, parse_stream, write_vcards
from heartspace.contacts.writer import fold

PNG = (Path(__file__).parent / "fixtures" / "tiny.png").read_bytes()


def sample_contacts():
    return [
        Contact(name="Sam Nakamura", nickname="Sammy", uid="urn:uuid:1", birthday_year=1990, birthday_month=4,
                birthday_day=15, phones=[{"value": "+44 7700 900123", "type": "cell"}],
                emails=[{"value": "sam@example.org", "type": "home"}],
                notes="Line one; with, punctuation\\ and\nline two", photo=PNG, photo_type="image/png"),
        Contact(name="Мария Иванова", birthday_month=2, birthday_day=29, uid="urn:uuid:2"),
        Contact(name="נועה 🌻 כהן " + "long " * 30, uid="urn:uuid:3", nickname="Noa, Noush"),
    ]


def test_written_file_is_crlf_folded_utf8_version_4():
    text = write_vcards(sample_contacts())
    data = text.encode("utf-8")
    assert data.count(b"BEGIN:VCARD") == 3 and "VERSION:4.0" in text
    assert b"\n" not in data.replace(b"\r\n", b"")  # only CRLF line ends
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a character
    assert "BDAY:--0229" in text and "BDAY:19900415" in text


def test_fold_never_splits_multibyte_characters():
    folded = fold("NOTE:" + "🌻" * 40)
    pieces = folded.encode("utf-8").split(b"\r\n ")
    assert all(len(p) <= 75 for p in pieces)
    assert "".join(p.decode("utf-8") for p in pieces).rstrip("\r\n") == "NOTE:" + "🌻" * 40


def test_round_trip_gives_the_same_contacts():
    original = sample_contacts()
    parsed = [r.contact for r in parse_stream(io.BytesIO(write_vcards(original).encode("utf-8")))]
    assert len(parsed) == 3
    for before, after in zip(original, parsed, strict=True):
        assert after.name == before.name.strip() or after.name == before.name
        for field in ("nickname", "uid", "birthday_year", "birthday_month", "birthday_day", "phones", "emails",
                      "notes", "photo", "photo_type"):
            assert getattr(after, field) == getattr(before, field), field


def test_an_independent_reader_accepts_the_file():
    cards = list(vobject.readComponents(write_vcards(sample_contacts())))
    assert [c.fn.value for c in cards][:2] == ["Sam Nakamura", "Мария Иванова"]
