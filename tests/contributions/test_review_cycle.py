"""Changes requested, revision and resubmission, decline; the contributor hears each step once."""

import pytest
from django.urls import reverse

from community.notifications.models import Notification
from framework.contributions.status import status_for
from framework.models import ProductPage
from tests.contributions.conftest import proposal_data

pytestmark = pytest.mark.django_db

PROPOSE = reverse("contributions:propose", args=["technology"])
COMMENT = "Please add a source for the 2022 pilot figures."


@pytest.fixture
def proposal(client, index, contributor, taxonomies):
    client.force_login(contributor)
    data = proposal_data(**{"proposal-hazards": [taxonomies["flood"].pk]})
    assert client.post(PROPOSE, data).status_code == 302
    return ProductPage.objects.get(contributor=contributor).specific


def task_state(page):
    return page.current_workflow_state.current_task_state


def request_changes(page, moderator):
    task_state(page).reject(user=moderator, comment=COMMENT)


def notifications(user, key_part=""):
    rows = Notification.objects.filter(recipient=user, kind="contribution")
    return [row for row in rows if key_part in row.key]


def test_submission_notifies_the_contributor_once(proposal, contributor):
    rows = notifications(contributor, ":submitted:")
    assert len(rows) == 1
    assert "FloodWatch volunteer reports" in rows[0].title
    assert rows[0].url == reverse("contributions:mine")


def test_changes_requested_shows_and_notifies_the_comment_once(
    client, proposal, contributor, moderator
):
    request_changes(proposal, moderator)

    status = status_for(proposal)
    assert status.code == "changes_requested" and status.comment == COMMENT
    rows = notifications(contributor, ":changes:")
    assert len(rows) == 1 and rows[0].body == COMMENT
    html = client.get(reverse("contributions:mine")).content.decode()
    assert "Changes requested" in html and COMMENT in html
    assert reverse("contributions:revise", args=[proposal.pk]) in html


def test_revision_form_is_prefilled_from_the_latest_revision(
    client, proposal, contributor, moderator, taxonomies
):
    request_changes(proposal, moderator)

    html = client.get(reverse("contributions:revise", args=[proposal.pk])).content.decode()

    assert 'value="FloodWatch volunteer reports"' in html
    assert "## How it works" in html
    assert "- Reports are checked by volunteers" in html
    assert 'value="https://example.org/floodwatch-evaluation"' in html
    assert 'value="flood, volunteers"' in html
    assert f'value="{taxonomies["flood"].pk}" id="id_proposal-hazards_1" checked' in html
    assert COMMENT in html


def test_resubmission_resumes_review_and_publication_credits_the_member(
    client, proposal, contributor, moderator
):
    request_changes(proposal, moderator)
    data = proposal_data(
        **{
            "sources-INITIAL_FORMS": "1",
            "sources-1-title": "Pilot figures 2022",
            "sources-1-url": "https://example.org/pilot-figures",
            "proposal-summary": "A messaging bot for geotagged flood photos, tested in 2022.",
        }
    )

    response = client.post(reverse("contributions:revise", args=[proposal.pk]), data)

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert status_for(proposal).code == "submitted"
    latest = proposal.get_latest_revision_as_object()
    assert latest.summary.endswith("tested in 2022.")
    assert [s.value["title"] for s in latest.sources][1] == "Pilot figures 2022"
    assert len(notifications(contributor, ":submitted:")) == 2

    task_state(proposal).approve(user=moderator)

    proposal.refresh_from_db()
    assert proposal.live and proposal.summary.endswith("tested in 2022.")
    assert status_for(proposal).code == "published"
    published = notifications(contributor, ":published")
    assert len(published) == 1 and published[0].url == proposal.url
    assert len(notifications(contributor, ":changes:")) == 1
    html = client.get(reverse("contributions:mine")).content.decode()
    assert "Published" in html and f'href="{proposal.url}"' in html


def test_revision_is_refused_while_in_review(client, proposal, contributor):
    response = client.get(reverse("contributions:revise", args=[proposal.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("contributions:mine")


def test_cancelled_review_is_declined_and_notified_once(client, proposal, contributor, moderator):
    request_changes(proposal, moderator)
    proposal.current_workflow_state.cancel(user=moderator)

    status = status_for(proposal)
    assert status.code == "declined" and status.comment == COMMENT
    assert len(notifications(contributor, ":declined:")) == 1
    assert client.get(reverse("contributions:revise", args=[proposal.pk])).status_code == 302


def test_direct_publication_by_a_moderator_is_not_a_decline(proposal, contributor, moderator):
    proposal.get_latest_revision().publish(user=moderator)

    assert not notifications(contributor, ":declined:")
    assert len(notifications(contributor, ":published")) == 1


def test_moderators_get_no_contribution_notifications(proposal, moderator):
    request_changes(proposal, moderator)
    assert not Notification.objects.filter(recipient=moderator, kind="contribution").exists()


def test_proposals_in_another_language_fall_back_to_the_english_framework(
    client, index, contributor
):
    client.force_login(contributor)
    url = reverse("contributions:propose", args=["technology"]).replace("/en/", "/nl/", 1)
    assert url.startswith("/nl/")

    assert client.post(url, proposal_data()).status_code == 302

    page = ProductPage.objects.get(contributor=contributor)
    assert page.get_parent().pk == index.pk and page.locale.language_code == "en"


def test_personal_data_export_lists_proposals_and_feedback(proposal, contributor):
    from framework.contributions.exports import export_user_data
    from framework.contributions.models import Feedback

    proposal.get_latest_revision().publish()
    Feedback.objects.create(page=proposal, useful=True, comment="Useful", user=contributor)

    section, data = export_user_data(contributor)

    assert section == "contributions"
    assert data["proposals"][0]["title"] == "FloodWatch volunteer reports"
    assert data["proposals"][0]["status"] == "published"
    assert data["feedback"][0]["comment"] == "Useful"
