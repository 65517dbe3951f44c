"""Bad input re-shows the form with errors beside the fields and everything typed kept."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from framework.models import ProductPage
from tests.contributions.conftest import image_bytes, proposal_data

pytestmark = pytest.mark.django_db

PROPOSE = reverse("contributions:propose", args=["technology"])


def post(client, user, files=None, **overrides):
    client.force_login(user)
    data = proposal_data(**overrides)
    data.update(files or {})
    return client.post(PROPOSE, data)


def test_bad_source_url_keeps_everything_typed(client, index, contributor, taxonomies):
    response = post(
        client,
        contributor,
        **{
            "sources-1-title": "Field notes",
            "sources-1-url": "not a web address",
            "proposal-hazards": [taxonomies["flood"].pk],
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert not ProductPage.objects.exists()
    assert "Enter a valid URL." in html
    assert 'value="not a web address"' in html
    assert 'value="Field notes"' in html
    assert 'value="Evaluation of the 2022 pilot"' in html
    assert "FloodWatch volunteer reports" in html
    flood = taxonomies["flood"].pk
    assert re.search(rf'value="{flood}" id="id_proposal-hazards_\d" checked', html)
    assert '<option value="DK" selected>' in html
    assert "Please correct the fields marked below." in html


def test_missing_required_fields_are_marked(client, index, contributor):
    response = post(client, contributor, **{"proposal-title": "", "proposal-technology_kind": ""})

    html = response.content.decode()
    assert not ProductPage.objects.exists()
    assert html.count("This field is required.") == 2
    assert "A messaging bot that collects geotagged flood photos" in html
    assert 'aria-invalid="true"' in html


def test_a_source_needs_a_title(client, index, contributor):
    response = post(client, contributor, **{"sources-0-title": ""})
    assert "Please give the source a title." in response.content.decode()
    assert not ProductPage.objects.exists()


def test_wrong_image_type_is_refused_and_reselection_explained(client, index, contributor):
    gif = SimpleUploadedFile("photo.png", image_bytes("GIF"), content_type="image/png")
    response = post(
        client, contributor, files={"proposal-image": gif}, **{"proposal-image_alt": "A map"}
    )

    html = response.content.decode()
    assert not ProductPage.objects.exists()
    assert "GIF images are not accepted" in html
    assert "please choose it again" in html
    assert 'value="A map"' in html


def test_a_file_that_is_not_an_image_is_refused(client, index, contributor):
    fake = SimpleUploadedFile("photo.jpg", b"<html>not a picture</html>", content_type="image/jpeg")
    response = post(
        client, contributor, files={"proposal-image": fake}, **{"proposal-image_alt": "x"}
    )
    assert "not an image we can read" in response.content.decode()
    assert not ProductPage.objects.exists()


def test_oversize_image_is_refused(client, index, contributor, settings):
    settings.LCC_CONTRIBUTION_IMAGE_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile(
        "big.png", image_bytes("PNG") + b"\0" * (1024 * 1024 + 1), content_type="image/png"
    )
    response = post(
        client, contributor, files={"proposal-image": big}, **{"proposal-image_alt": "x"}
    )

    html = response.content.decode()
    assert "at most 1 MB is allowed" in html
    assert "please choose it again" in html
    assert not ProductPage.objects.exists()


def test_an_image_needs_a_description(client, index, contributor):
    png = SimpleUploadedFile("map.png", image_bytes("PNG"), content_type="image/png")
    response = post(client, contributor, files={"proposal-image": png})
    assert "Please describe the image" in response.content.decode()
    assert not ProductPage.objects.exists()


def test_a_valid_image_becomes_the_hero_image(client, index, contributor):
    webp = SimpleUploadedFile("map.webp", image_bytes("WEBP"), content_type="image/webp")
    response = post(
        client,
        contributor,
        files={"proposal-image": webp},
        **{"proposal-image_alt": "Map of verified flood reports in Aarhus"},
    )

    assert response.status_code == 302
    page = ProductPage.objects.get()
    assert page.hero_image.uploaded_by_user == contributor
    assert page.hero_image_alt == "Map of verified flood reports in Aarhus"
    assert page.hero_image.collection.name == "Member contributions"


def test_html_typed_by_a_member_is_escaped(client, index, contributor):
    post(client, contributor, **{"proposal-body": "Hello <script>alert(1)</script> world"})
    page = ProductPage.objects.get()
    assert "<script>" not in page.body[0].value.source
    assert "&lt;script&gt;" in page.body[0].value.source


def test_daily_proposal_limit_keeps_the_text(client, index, contributor, settings):
    settings.LCC_CONTRIBUTION_PROPOSALS_PER_DAY = 1
    assert post(client, contributor).status_code == 302

    response = post(client, contributor, **{"proposal-title": "A second idea"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "number of proposals allowed per day" in html
    assert 'value="A second idea"' in html
    assert ProductPage.objects.count() == 1
