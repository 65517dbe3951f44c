"""Profiles: created at sign-up, edited by their owner, never showing the e-mail address."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from community.models import Profile

pytestmark = pytest.mark.django_db


def test_sign_up_creates_a_profile_that_is_members_only_by_default(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "ana@example.org",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user__email="ana@example.org")
    assert profile.visibility == "members"
    assert "ana" not in profile.handle  # the handle never leaks the e-mail address


def test_profile_page_never_shows_the_email_address(client, member, set_profile):
    set_profile(member, visibility="public", display_name="Ana Rossi", handle="ana-rossi")
    response = client.get(reverse("community:profile", args=["ana-rossi"]))
    assert response.status_code == 200
    assert "Ana Rossi" in response.text
    assert member.email not in response.text
    client.force_login(member)
    assert member.email not in client.get(reverse("community:members")).text


def _image_bytes(fmt="JPEG", size=(800, 600), exif=True):
    image = Image.new("RGB", size, (200, 30, 30))
    out = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        data[0x8825] = {2: (52.0, 22.0, 1.0)}  # GPS info
        kwargs["exif"] = data.tobytes()
    image.save(out, format=fmt, **kwargs)
    return out.getvalue()


def _edit_data(**overrides):
    data = {
        "display_name": "Jens Madsen",
        "handle": "jens",
        "organisation": "Vejle fire and rescue",
        "role": "Duty officer",
        "stakeholder_group": "practitioners",
        "country": "DK",
        "languages": ["da", "en"],
        "expertise": "flood warning, volunteers",
        "bio": "Twenty years in the fire service.",
        "visibility": "public",
    }
    data.update(overrides)
    return data


def test_editing_the_profile_saves_every_field(client, member):
    client.force_login(member)
    response = client.post(reverse("community:profile_edit"), _edit_data())
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert (profile.display_name, profile.handle, profile.country.code) == (
        "Jens Madsen",
        "jens",
        "DK",
    )
    assert profile.languages == ["da", "en"]
    assert sorted(t.name for t in profile.expertise.all()) == ["flood warning", "volunteers"]


def test_avatar_is_resized_to_256_square_and_stripped_of_metadata(client, member):
    client.force_login(member)
    upload = SimpleUploadedFile("me.jpg", _image_bytes(), content_type="image/jpeg")
    response = client.post(reverse("community:profile_edit"), {**_edit_data(), "avatar": upload})
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    with profile.avatar.open("rb") as fh:
        raw = fh.read()
    image = Image.open(io.BytesIO(raw))
    assert image.size == (256, 256)
    assert not image.getexif()
    assert b"SecretCam" not in raw
    assert image.format == "PNG"


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("evil.jpg", b"<?php system($_GET['c']); ?>", "image/jpeg"),
        ("doc.pdf", b"%PDF-1.4 not an image", "application/pdf"),
    ],
)
def test_a_file_that_is_not_an_image_is_refused_and_the_form_kept(
    client, member, name, content, content_type
):
    client.force_login(member)
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    response = client.post(reverse("community:profile_edit"), {**_edit_data(), "avatar": upload})
    assert response.status_code == 200
    assert "not an image" in response.text
    assert 'value="Vejle fire and rescue"' in response.text
    assert not Profile.objects.get(user=member).avatar


def test_an_oversized_avatar_is_refused(client, member, monkeypatch):
    monkeypatch.setattr("community.avatars.MAX_UPLOAD_BYTES", 100)
    client.force_login(member)
    upload = SimpleUploadedFile(
        "big.png", _image_bytes("PNG", exif=False), content_type="image/png"
    )
    response = client.post(reverse("community:profile_edit"), {**_edit_data(), "avatar": upload})
    assert response.status_code == 200
    assert "too large" in response.text


def test_a_reserved_or_taken_handle_is_refused(client, member, make_user, set_profile):
    other = make_user()
    set_profile(other, handle="taken")
    client.force_login(member)
    for handle in ("taken", "edit"):
        response = client.post(reverse("community:profile_edit"), _edit_data(handle=handle))
        assert response.status_code == 200
        assert Profile.objects.get(user=member).handle != handle


def test_names_and_bios_are_escaped(client, member, make_user, set_profile):
    set_profile(
        member,
        visibility="public",
        handle="x",
        display_name='<script>alert("n")</script>',
        organisation='<img src=x onerror="alert(1)">',
        bio='<a href="javascript:alert(1)">click</a>',
    )
    text = client.get(reverse("community:profile", args=["x"])).text
    assert "<script>alert" not in text
    assert "<img src=x" not in text
    assert 'href="javascript:' not in text
    assert "&lt;script&gt;" in text
