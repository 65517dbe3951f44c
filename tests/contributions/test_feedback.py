"""'Was this useful?' on product pages, its limits, and the editors' feedback report."""

import pytest
from django.test import Client
from django.urls import reverse

from framework.contributions.models import Feedback
from tests.framework.factories import GuidelinePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(index):
    return GuidelinePageFactory(parent=index, title="Warning non-native speakers")


def url(page):
    return reverse("contributions:feedback", args=[page.pk])


def answer(client, page, useful="yes", comment="", suggests_edit=False, **extra):
    data = {"feedback-useful": useful, "feedback-comment": comment}
    if suggests_edit:
        data["feedback-suggests_edit"] = "on"
    return client.post(url(page), data, **extra)


def test_the_form_is_on_product_pages_without_a_csrf_cookie_for_visitors(client, product):
    response = client.get(product.url)
    html = response.content.decode()
    assert 'id="feedback"' in html and f'action="{url(product)}"' in html
    assert 'name="feedback-useful"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in response.cookies  # so the page stays in the anonymous cache


def test_anonymous_feedback_is_stored(client, product):
    response = answer(client, product, "no", "The Danish version is missing.")

    assert response.status_code == 302 and response["Location"] == f"{product.url}#feedback"
    row = Feedback.objects.get()
    assert row.useful is False and row.user is None
    assert row.comment == "The Danish version is missing."


def test_members_feedback_is_csrf_checked_and_attributed(product, contributor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(contributor)
    assert answer(client, product).status_code == 403

    client.get(product.url)
    token = client.cookies["csrftoken"].value
    response = answer(client, product, HTTP_X_CSRFTOKEN=token)

    assert response.status_code == 302
    assert Feedback.objects.get().user == contributor


def test_invalid_feedback_is_shown_again_with_the_text(client, product):
    response = answer(client, product, useful="", comment="Step 3 contradicts step 1.")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html and "Step 3 contradicts step 1." in html
    assert not Feedback.objects.exists()


def test_a_suggested_edit_needs_a_comment(client, product):
    response = answer(client, product, suggests_edit=True)
    assert "Please describe the edit you suggest." in response.content.decode()


def test_feedback_on_drafts_or_get_requests_is_refused(client, index):
    draft = GuidelinePageFactory(parent=index, live=False)
    assert answer(client, draft).status_code == 404
    assert client.get(url(draft)).status_code == 405


def test_anonymous_feedback_is_rate_limited_per_ip(client, product, settings):
    settings.LCC_FEEDBACK_LIMITS = {"anonymous_per_hour": 2, "member_per_hour": 5}
    for _ in range(2):
        assert answer(client, product, REMOTE_ADDR="198.51.100.7").status_code == 302

    limited = answer(client, product, comment="Third", REMOTE_ADDR="198.51.100.7")

    assert limited.status_code == 429 and "Third" in limited.content.decode()
    assert answer(client, product, REMOTE_ADDR="198.51.100.8").status_code == 302
    assert Feedback.objects.count() == 3


def test_members_are_rate_limited_per_account(client, product, contributor, settings):
    settings.LCC_FEEDBACK_LIMITS = {"anonymous_per_hour": 100, "member_per_hour": 1}
    client.force_login(contributor)
    assert answer(client, product, REMOTE_ADDR="198.51.100.7").status_code == 302
    assert answer(client, product, REMOTE_ADDR="198.51.100.9").status_code == 429


def test_editors_see_counts_per_product(client, product, index, editor):
    other = GuidelinePageFactory(parent=index, title="Checklist for flood posts")
    for useful, comment, edit in [
        (True, "", False),
        (True, "Clear.", False),
        (False, "Add the Danish alert system.", True),
    ]:
        Feedback.objects.create(page=product, useful=useful, comment=comment, suggests_edit=edit)
    Feedback.objects.create(page=other, useful=True)
    client.force_login(editor)

    response = client.get(reverse("contributions_feedback_report"))

    assert response.status_code == 200
    rows = {page.title: page for page in response.context["object_list"]}
    row = rows["Warning non-native speakers"]
    assert (row.yes_count, row.no_count, row.comment_count, row.suggestion_count) == (2, 1, 2, 1)
    filtered = client.get(reverse("contributions_feedback_report"), {"suggestions": "true"})
    assert [page.title for page in filtered.context["object_list"]] == [product.title]
    comments = client.get(reverse("contributions_feedback_comments"), {"page": product.pk})
    assert "Add the Danish alert system." in comments.content.decode()


def test_plain_members_cannot_open_the_reports(client, product, contributor):
    client.force_login(contributor)
    for name in ("contributions_feedback_report", "contributions_needs_review"):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/login/" in response["Location"]
