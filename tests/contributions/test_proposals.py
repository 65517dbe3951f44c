"""From the member's form to a published, credited product, and who may do what on the way."""

import pytest
from django.template import Context, Template
from django.urls import reverse
from wagtail.models import WorkflowState

from framework.contributions.status import status_for
from framework.models import ProductPage, TechnologyGuidePage
from tests.contributions.conftest import proposal_data

pytestmark = pytest.mark.django_db

PROPOSE = reverse("contributions:propose", args=["technology"])


def submit(client, user, taxonomies=None, **overrides):
    client.force_login(user)
    data = proposal_data(**overrides)
    if taxonomies:
        data["proposal-hazards"] = [taxonomies["flood"].pk]
        data["proposal-phases"] = [taxonomies["response"].pk]
    return client.post(PROPOSE, data)


def approve(page, moderator, comment=""):
    state = page.current_workflow_state
    state.current_task_state.approve(user=moderator, comment=comment)


def test_proposal_becomes_a_draft_submitted_for_review(client, index, contributor, taxonomies):
    response = submit(client, contributor, taxonomies)

    assert response.status_code == 302
    assert response["Location"] == reverse("contributions:mine")
    page = TechnologyGuidePage.objects.get(title="FloodWatch volunteer reports")
    assert page.live is False
    assert page.contributor == contributor
    assert page.get_parent().pk == index.pk
    assert page.technology_kind == "crowdsourcing-platform"
    assert page.functions == ["crowdsourcing", "mapping"]
    assert [c.code for c in page.countries] == ["DK"]
    assert sorted(t.name for t in page.tags.all()) == ["flood", "volunteers"]
    assert list(page.hazards.all()) == [taxonomies["flood"]]
    assert [b.block_type for b in page.body] == ["heading", "paragraph", "list"]
    assert page.sources[0].value["url"] == "https://example.org/floodwatch-evaluation"
    state = page.current_workflow_state
    assert state.workflow.name == "Review" and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert status_for(page).code == "submitted"


def test_draft_is_invisible_to_the_public(client, index, contributor):
    submit(client, contributor)
    page = ProductPage.objects.get(contributor=contributor)
    client.logout()

    assert client.get(f"/en/framework/{page.slug}/").status_code == 404
    assert page.title not in client.get(index.url).content.decode()
    assert page.title not in client.get("/en/search/", {"q": "FloodWatch"}).content.decode()
    api = client.get("/api/v2/pages/", {"search": "FloodWatch"}).json()
    assert api["meta"]["total_count"] == 0


def test_moderator_approval_publishes_a_credited_findable_page(
    client, index, contributor, moderator, taxonomies
):
    submit(client, contributor, taxonomies)
    page = TechnologyGuidePage.objects.get(contributor=contributor)

    approve(page, moderator)

    page.refresh_from_db()
    assert page.live is True
    assert status_for(page).code == "published"
    client.logout()
    html = client.get(page.url).content.decode()
    assert "FloodWatch volunteer reports" in html
    assert "Was this page useful?" in html
    assert "FloodWatch volunteer reports" in client.get(index.url).content.decode()
    assert page.title in client.get("/en/search/", {"q": "FloodWatch"}).content.decode()
    api = client.get("/api/v2/pages/", {"type": "framework.TechnologyGuidePage"}).json()
    assert [item["title"] for item in api["items"]] == ["FloodWatch volunteer reports"]
    credit = Template("{% load contributions_tags %}{% contribution_credit page %}").render(
        Context({"page": page})
    )
    assert "Contributed by" in credit and "Ada Rossi" in credit


def test_approval_through_the_admin_workflow_action(client, index, contributor, moderator):
    submit(client, contributor)
    page = ProductPage.objects.get(contributor=contributor)
    task_state = page.current_workflow_state.current_task_state
    client.force_login(moderator)

    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Thanks, clear and well sourced."})

    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live is True


def test_editors_see_the_contributor_profile_in_the_admin(client, index, contributor, moderator):
    submit(client, contributor)
    page = ProductPage.objects.get(contributor=contributor)
    client.force_login(moderator)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "Ada Rossi" in html
    assert "Protezione Civile Marche" in html
    assert "Disaster-management practitioners" in html


def test_a_member_cannot_publish_their_own_proposal(client, index, contributor):
    submit(client, contributor)
    page = ProductPage.objects.get(contributor=contributor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action-publish": "1"}
    )

    assert response.status_code == 302 and "/login/" in response["Location"]
    page.refresh_from_db()
    assert page.live is False


def test_another_member_cannot_see_or_revise_a_draft(client, index, contributor, other_member):
    submit(client, contributor)
    page = ProductPage.objects.get(contributor=contributor)
    client.force_login(other_member)

    assert client.get(reverse("contributions:revise", args=[page.pk])).status_code == 404
    assert client.post(reverse("contributions:revise", args=[page.pk]), {}).status_code == 404
    assert page.title not in client.get(reverse("contributions:mine")).content.decode()
    assert client.get(f"/en/framework/{page.slug}/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        reverse("contributions:start"),
        PROPOSE,
        reverse("contributions:mine"),
        reverse("contributions:revise", args=[1]),
    ],
)
def test_anonymous_visitors_are_asked_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_unknown_kind_is_not_found(client, index, contributor):
    client.force_login(contributor)
    assert client.get(reverse("contributions:propose", args=["poem"])).status_code == 404


def test_each_kind_has_a_labelled_form(client, index, contributor, taxonomies):
    client.force_login(contributor)
    for kind in ("technology", "case-example", "guideline"):
        html = client.get(reverse("contributions:propose", args=[kind])).content.decode()
        assert html.count("<h1") == 1
        assert 'name="proposal-hazards"' in html and 'type="checkbox"' in html
        assert 'name="sources-0-url"' in html
        assert 'enctype="multipart/form-data"' in html


def test_case_example_and_guideline_fields_are_stored(client, index, contributor):
    client.force_login(contributor)
    base = proposal_data()
    case = {
        k: v
        for k, v in base.items()
        if not k.startswith("proposal-")
        or k in {"proposal-title", "proposal-summary", "proposal-body"}
    }
    case.update(
        {
            "proposal-title": "Rumour control during the Vejle floods",
            "proposal-event": "Vejle floods",
            "proposal-country": "DK",
            "proposal-year": "2021",
            "proposal-what_was_done": "The council answered **every** rumour within an hour.",
            "proposal-lessons_learned": "Answer on the channel where the rumour spread.\n\n"
            "Keep a public list of checked claims.",
        }
    )
    assert (
        client.post(reverse("contributions:propose", args=["case-example"]), case).status_code
        == 302
    )
    page = ProductPage.objects.get(title="Rumour control during the Vejle floods").specific
    assert page.country.code == "DK" and page.year == 2021
    assert "<b>every</b>" in page.what_was_done
    assert [b.value for b in page.lessons_learned][1] == "Keep a public list of checked claims."

    guideline = dict(
        case,
        **{
            "proposal-title": "Checklist for a flood warning post",
            "proposal-is_checklist": "on",
            "proposal-steps": "Say where\nName streets, not districts.\n\nSay when\nGive a time.",
        },
    )
    assert (
        client.post(reverse("contributions:propose", args=["guideline"]), guideline).status_code
        == 302
    )
    page = ProductPage.objects.get(title="Checklist for a flood warning post").specific
    assert page.is_checklist is True
    assert [b.value["title"] for b in page.steps] == ["Say where", "Say when"]


def test_start_and_empty_list_pages_render_for_members(client, index, contributor):
    client.force_login(contributor)
    start = client.get(reverse("contributions:start")).content.decode()
    assert start.count("<h1") == 1
    assert reverse("contributions:propose", args=["case-example"]) in start
    mine = client.get(reverse("contributions:mine")).content.decode()
    assert "You have not proposed anything yet." in mine
    assert reverse("contributions:mine") in client.get(reverse("account_menu")).content.decode()
