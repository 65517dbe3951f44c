"""PDF certificates for completed paths and their public verification."""

import re
import zlib
from unittest import mock

import pytest
from django.utils import timezone

from learning_paths import certificates
from learning_paths.models import Enrolment

pytestmark = pytest.mark.django_db

VERIFY = "/en/learning/certificates/verify/"


def pdf_text(data):
    """Page content of a PDF: fpdf2 compresses content streams with zlib."""
    chunks = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(stream))
        except zlib.error:
            chunks.append(stream)
    return b"\n".join(chunks)


@pytest.fixture
def completed(make_user, make_path):
    user = make_user(first_name="Ana", last_name="Ferreira")
    path = make_path(steps=1, title="Warnings people act on")
    enrolment = Enrolment.objects.create(user=user, path=path)
    enrolment.complete()
    return enrolment


def test_owner_downloads_a_pdf_with_name_path_and_code(client, completed, monkeypatch):
    # The core font writes text as plain strings, so the page content can be read back.
    monkeypatch.setattr(certificates, "UNICODE_FONTS", [])
    client.force_login(completed.user)

    response = client.get(f"{completed.path.get_absolute_url()}certificate/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    data = response.content
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    code = completed.certificate_code.encode()
    assert code in text
    assert b"Ana Ferreira" in text
    assert b"Warnings people act on" in text
    assert b"/learning/certificates/verify/?code=" + code in text
    assert b"certificate " + code in data  # also in the document keywords


def test_pdf_with_the_unicode_font_carries_the_code_in_its_metadata(completed):
    data = certificates.render_pdf(completed, "http://testserver/verify/")
    assert data.startswith(b"%PDF")
    assert b"certificate " + completed.certificate_code.encode() in data


def test_certificate_needs_a_completed_enrolment_of_the_requester(client, completed, make_user):
    url = f"{completed.path.get_absolute_url()}certificate/"
    client.force_login(make_user())
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_unfinished_path_has_no_certificate(client, member, make_path):
    path = make_path(steps=2)
    Enrolment.objects.create(user=member, path=path)
    client.force_login(member)
    assert client.get(f"{path.get_absolute_url()}certificate/").status_code == 404


def test_pdf_handles_names_outside_latin1(completed):
    completed.user.first_name, completed.user.last_name = "Łukasz", "Żółć"
    for fonts in (certificates.UNICODE_FONTS, []):
        with mock.patch.object(certificates, "UNICODE_FONTS", fonts):
            assert certificates.render_pdf(completed, "http://x/").startswith(b"%PDF")


def test_valid_code_shows_name_path_and_date(client, completed):
    response = client.get(VERIFY, {"code": completed.certificate_code})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Valid certificate" in html
    assert "Ana Ferreira" in html
    assert "Warnings people act on" in html
    assert str(timezone.localtime(completed.completed_at).year) in html


def test_forged_code_is_not_valid(client, completed):
    forged = completed.certificate_code[:-1] + (
        "A" if completed.certificate_code[-1] != "A" else "B"
    )
    html = client.get(VERIFY, {"code": forged}).content.decode()
    assert "Not valid" in html
    assert "Ana Ferreira" not in html


@pytest.mark.parametrize(
    "garbage",
    ["'; DROP TABLE x; --", "x" * 5000, "\u0000\u202e", "%00", "<script>alert(1)</script>"],
)
def test_garbage_codes_never_fail(client, garbage):
    response = client.get(VERIFY, {"code": garbage})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not valid" in html
    assert "<script>alert(1)</script>" not in html


def test_verify_page_without_code_is_a_form(client):
    html = client.get(VERIFY).content.decode()
    assert 'label for="code"' in html
    assert "Not valid" not in html


def test_unfinished_enrolment_code_does_not_verify(client, member, make_path):
    enrolment = Enrolment.objects.create(
        user=member, path=make_path(), certificate_code="abcdefghijklmnopqrstuv"
    )
    assert enrolment.completed_at is None
    assert "Not valid" in client.get(VERIFY, {"code": enrolment.certificate_code}).content.decode()
