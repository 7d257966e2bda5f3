"""vCard files as real clients write them: every quirk in tests/contacts/fixtures/ reads correctly."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from heartspace.contacts import UnreadableFile, parse_stream
from heartspace.contacts.parse import parse_birthday
from heartspace.contacts.prepass import MAX_PHOTO_BYTES, iter_physical_lines

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str):
    with open(FIXTURES / name, "rb") as handle:
        return list(parse_stream(handle))


def contacts(name: str):
    return {r.contact.name: r.contact for r in read(name) if r.ok}


def card(*lines: str, version="3.0") -> bytes:
    return ("\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n").encode("utf-8")


def test_android_21_quoted_printable_with_soft_breaks_and_photo():
    people = contacts("android_21_qp.vcf")
    maria = people["Мария Иванова"]
    assert maria.given_name == "Мария" and maria.family_name == "Иванова"
    # The note was quoted-printable, split over several lines with "=" soft breaks.
    assert maria.notes == "Мы познакомились на курсах керамики; любит длинные прогулки и честные разговоры о важном."
    assert maria.phones == [{"value": "+7 912 345-67-89", "type": "cell"}, {"value": "+7 495 123-45-67", "type": "home"}]
    assert maria.emails == [{"value": "maria@example.ru", "type": "home"}]
    assert (maria.birthday_year, maria.birthday_month, maria.birthday_day) == (1988, 11, 3)
    # The 2.1 base64 photo ran over unindented lines ended by a blank line.
    assert maria.photo == (FIXTURES / "tiny.png").read_bytes() and maria.photo_type == "image/png"
    assert people["Chidi Okafor"].nickname == "Chi"  # Android keeps nicknames in X-ANDROID-CUSTOM


def test_apple_30_lf_folded_grouped_and_birthday_without_year():
    people = contacts("apple_30_lf_folded.vcf")
    sam = people["Sam Nakamura"]
    assert sam.nickname == "Sammy"
    assert (sam.birthday_year, sam.birthday_month, sam.birthday_day) == (None, 3, 2)  # X-APPLE-OMIT-YEAR
    assert sam.notes == "Likes rock climbing, bad puns and early breakfasts.\nMet at Ana's wedding in 2019."
    assert [e["value"] for e in sam.emails] == ["sam@example.org", "sam.nakamura@work.example"]
    assert sam.phones[0]["value"] == "+44 7700 900123"
    assert sam.uid == "7A3C1E2B-1111-4C55-9E0F-0123456789AB"
    assert sam.photo_type == "image/jpeg" and sam.photo.startswith(b"\xff\xd8\xff")
    assert people["Layla Haddad"].birthday_year == 1991


def test_vcard_40_data_uri_photo_no_year_birthdays_emoji_and_rtl():
    people = contacts("modern_40.vcf")
    ana = people["Ana 🌻 Souza"]
    assert ana.nickname == "Aninha, Ana Banana"
    assert (ana.birthday_year, ana.birthday_month, ana.birthday_day) == (None, 4, 15)  # --0415
    assert ana.phones == [{"value": "+55-11-91234-5678", "type": "cell"}]  # tel: URI, quoted TYPE list
    assert ana.photo_type == "image/png"
    noa = people["נועה כהן"]
    assert (noa.birthday_month, noa.birthday_day) == (12, 24)  # --12-24
    assert noa.notes == "כותבת שירה"


def test_shift_jis_quoted_printable_and_8bit_with_cr_cr_lf():
    people = contacts("shift_jis_21_crcrlf.vcf")
    assert set(people) == {"山田 花子", "佐藤 健"}
    assert people["山田 花子"].phones[0]["value"] == "090-1234-5678"
    assert (people["山田 花子"].birthday_month, people["山田 花子"].birthday_day) == (7, 4)
    assert people["佐藤 健"].notes == "ラーメン好き"


def test_latin1_without_charset_and_bare_cr_line_ends():
    zoe = contacts("latin1_30_cr.vcf")["Zoë Lefèvre"]
    assert zoe.notes == "Café le jeudi à 8h."
    assert (zoe.birthday_year, zoe.birthday_month, zoe.birthday_day) == (1975, 6, 30)


def test_utf16_export_with_byte_order_mark():
    assert list(contacts("outlook_utf16.vcf")) == ["Jordan Brown"]


def test_problem_cards_are_reported_one_by_one_and_the_rest_imports():
    results = read("mixed_problems.vcf")
    assert [r.index for r in results] == [1, 2, 3, 4, 5, 6]
    no_name = results[0]
    assert not no_name.ok and no_name.name is None and "no name" in no_name.reason
    priya = results[1]
    assert priya.ok and priya.contact.photo is None
    assert any("not an image" in w for w in priya.warnings)
    tomasz = results[2]
    assert tomasz.ok and tomasz.contact.birthday_month is None
    assert any("not a real date" in w for w in tomasz.warnings)
    lost = results[3]
    assert lost.ok and lost.contact.emails[0]["value"] == "lost@example.org"
    assert any("END:VCARD" in w for w in lost.warnings)
    grace = results[4]
    assert grace.ok and grace.contact.photo is None and any("link" in w for w in grace.warnings)
    assert results[5].ok and any("could not be read" in w for w in results[5].warnings)


@pytest.mark.parametrize("name, message", [
    ("empty.vcf", "The file is empty."),
    ("photo_renamed.vcf", "binary data"),
    ("notes_renamed.vcf", "no vCard"),
])
def test_files_that_are_not_contacts_say_why(name, message):
    with pytest.raises(UnreadableFile) as error:
        read(name)
    assert message in str(error.value)


def test_whitespace_only_file_is_empty():
    with pytest.raises(UnreadableFile, match="empty"):
        list(parse_stream(io.BytesIO(b"  \r\n\r\n ")))


def test_photo_over_the_limit_is_left_out_but_card_imports():
    big = base64.b64encode(b"\xff\xd8\xff" + b"\0" * (MAX_PHOTO_BYTES + 10)).decode()
    folded = "\r\n ".join(big[i:i + 74] for i in range(0, len(big), 74))
    data = card("FN:Big Photo", "PHOTO;ENCODING=b;TYPE=JPEG:" + folded)
    [result] = list(parse_stream(io.BytesIO(data)))
    assert result.ok and result.contact.photo is None
    assert any("larger than 1 MB" in w for w in result.warnings)


def test_one_huge_line_does_not_grow_memory_without_end():
    huge = b"NOTE:" + b"x" * (3 * 1024 * 1024)
    data = card("FN:Long Note") .replace(b"END:VCARD", huge + b"\r\nEND:VCARD")
    [result] = list(parse_stream(io.BytesIO(data)))
    assert result.ok and result.contact.name == "Long Note" and result.contact.notes == ""


def test_line_ends_split_across_read_chunks():
    # CR CR LF straddling the 64 kB chunk boundary must still be one line break.
    filler = b"NOTE:" + b"a" * (64 * 1024 - 7)
    data = b"BEGIN:VCARD\r\r\n" + filler + b"\r\r\nFN:Edge\r\r\nEND:VCARD\r\r\n"
    lines = [line for line, _ in iter_physical_lines(io.BytesIO(data))]
    assert lines == [b"BEGIN:VCARD", filler, b"FN:Edge", b"END:VCARD"]


def test_name_falls_back_to_n_then_nickname_then_org():
    data = card("N:Ito;Kaito;;;") + card("NICKNAME:Bee") + card("ORG:Kind Bakery;Front desk")
    names = [r.contact.name for r in parse_stream(io.BytesIO(data))]
    assert names == ["Kaito Ito", "Bee", "Kind Bakery Front desk"]


def test_several_cards_stream_in_order():
    data = b"".join(card(f"FN:Person {n}", f"EMAIL:p{n}@example.org") for n in range(50))
    results = list(parse_stream(io.BytesIO(data)))
    assert [r.contact.name for r in results] == [f"Person {n}" for n in range(50)]


@pytest.mark.parametrize("value, expected", [
    ("1980-04-15", (1980, 4, 15, "")),
    ("19800415", (1980, 4, 15, "")),
    ("1980-04-15T00:00:00Z", (1980, 4, 15, "")),
    ("--0415", (None, 4, 15, "")),
    ("--04-15", (None, 4, 15, "")),
    ("--0229", (None, 2, 29, "")),
    ("1604-03-02", (None, 3, 2, "")),
])
def test_birthdays(value, expected):
    assert parse_birthday(value) == expected


@pytest.mark.parametrize("value", ["2001-02-29", "--1332", "circa 1800", "1980-04", ""])
def test_unreadable_birthdays_explain(value):
    year, month, day, problem = parse_birthday(value)
    assert (month, day) == (None, None) and problem


def test_unescaped_commas_in_names_and_notes_are_kept():
    # vCard 2.1 writers rarely escape commas; nothing after the first comma may be lost.
    data = card("FN:Sam Ortiz, Jr.", "NOTE:Coffee, not tea; calls on Sundays", "N:Ortiz;Sam,Alex;;;Jr.",
                "NICKNAME:Sammy\\, the first,Al", version="2.1")
    [result] = list(parse_stream(io.BytesIO(data)))
    contact = result.contact
    assert contact.name == "Sam Ortiz, Jr."
    assert contact.notes == "Coffee, not tea; calls on Sundays"
    assert (contact.given_name, contact.family_name, contact.suffix) == ("Sam Alex", "Ortiz", "Jr.")
    assert contact.nickname == "Sammy, the first, Al"
