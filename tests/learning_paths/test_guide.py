"""The "Where do I start?" guide: plain GET questions, matching paths and framework products."""

import pytest

pytestmark = pytest.mark.django_db

GUIDE = "/en/learning/start/"


@pytest.fixture
def purposes(english):
    from framework.models import Challenge, SmcsPurpose

    return {
        "rumour-control": SmcsPurpose.objects.create(
            slug="rumour-control", name="Rumour control", locale=english
        ),
        "credibility": Challenge.objects.create(
            slug="credibility", name="Credibility", locale=english
        ),
    }


def test_guide_asks_labelled_questions_without_results(client, make_group):
    make_group("practitioners")
    html = client.get(GUIDE).content.decode()
    assert html.count("<h1") == 1
    assert 'label for="id_role"' in html and 'label for="id_hazard"' in html
    assert "<legend>" in html
    assert "Learning paths for you" not in html


def test_guide_recommends_paths_for_role_and_goal_best_first(client, make_group, make_path):
    practitioners, researchers = make_group("practitioners"), make_group("researchers")
    make_path(title="Role only", audiences=[practitioners], theme="mobilising-volunteers")
    make_path(title="Role and goal", audiences=[practitioners], theme="mobilising-citizens")
    make_path(title="Neither", audiences=[researchers], theme="mobilising-volunteers")
    make_path(title="Draft match", audiences=[practitioners], live=False)

    html = client.get(GUIDE, {"role": "practitioners", "goal": "mobilising-citizens"}).content
    html = html.decode()

    assert html.index("Role and goal") < html.index("Role only")
    assert "Neither" not in html
    assert "Draft match" not in html


def test_guide_matches_products_on_audience_purpose_and_hazard(
    client, english, make_group, make_guideline, purposes
):
    from framework.models import Hazard

    flood = Hazard.objects.create(slug="flood", name="Flood", locale=english)
    practitioners = make_group("practitioners")
    make_guideline(
        slug="countering-rumours",
        purposes=[purposes["rumour-control"]],
        challenges=[purposes["credibility"]],
        hazards=[flood],
    )
    make_guideline(slug="unrelated-guideline")
    make_guideline(slug="for-practitioners", audiences=[practitioners])

    html = client.get(
        GUIDE, {"goal": "ensuring-credible-information", "hazard": "flood"}
    ).content.decode()

    assert "Countering Rumours" in html
    assert "Unrelated Guideline" not in html
    assert "For Practitioners" not in html


def test_guide_with_unknown_answers_shows_errors_not_a_500(client):
    response = client.get(GUIDE, {"role": "astronaut", "goal": "world-peace"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_guide_matches_terms_across_locales(client, make_group, make_path):
    from wagtail.models import Locale

    english_group = make_group("practitioners", name="Practitioners")
    dutch = Locale.objects.get(language_code="nl")
    dutch_group = english_group.copy_for_translation(dutch)
    dutch_group.name = "Professionals"
    dutch_group.save()
    make_path(title="English path", audiences=[english_group])

    html = client.get("/nl/learning/start/", {"role": "practitioners"}).content.decode()

    assert "Professionals" in html
    assert "English path" in html
