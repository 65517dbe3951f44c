"""Demo paths (idempotent, linked to real framework pages) and the admin (drafts, preview)."""

import io

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from learning_paths import demo
from learning_paths.demo_content import PATHS
from learning_paths.models import LearningPath, PathStep

pytestmark = pytest.mark.django_db

ADMIN = "/admin/snippets/learning_paths/learningpath/"


@pytest.fixture
def framework_demo(db):
    from framework import demo as framework_demo

    framework_demo.load(io.StringIO())


def test_demo_loads_paths_linked_to_framework_pages(framework_demo):
    demo.load(io.StringIO())

    paths = LearningPath.objects.live()
    assert paths.count() == len(PATHS) >= 6
    themes = set(paths.values_list("theme", flat=True))
    assert len(themes) == 6
    for data in PATHS:
        path = paths.get(slug=data["slug"])
        steps = list(path.steps.select_related("page"))
        assert 4 <= len(steps) <= 8
        assert path.audiences.count() == len(data["audiences"])
        for step, row in zip(steps, data["steps"], strict=True):
            linked = step.page.slug if step.page else None
            assert linked == row[0]
            assert step.reflection_question
            if step.page:
                assert step.page.locale.language_code == "en"


def test_demo_is_idempotent_and_keeps_step_ids(framework_demo):
    demo.load(io.StringIO())
    step_ids = set(PathStep.objects.values_list("pk", flat=True))
    revisions = {p.pk: p.latest_revision_id for p in LearningPath.objects.all()}

    demo.load(io.StringIO())

    assert set(PathStep.objects.values_list("pk", flat=True)) == step_ids
    assert {p.pk: p.latest_revision_id for p in LearningPath.objects.all()} == revisions


def test_demo_fails_loudly_when_framework_pages_are_missing(db):
    with pytest.raises(demo.MissingFrameworkContent, match="missing framework pages"):
        demo.load(io.StringIO())


@pytest.fixture
def editor(client, make_user):
    user = make_user(is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def path_form(title="Admin path", slug="admin-path", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Made in the admin.",
            "theme": "mobilising-volunteers",
            "level": "introductory",
            "language": "en",
            "cover_image_alt": "",
            "steps": inline_formset(
                [
                    {"title": "Admin step one", "intro": "Read.", "estimated_minutes": 5},
                    {"title": "Admin step two", "intro": "Think.", "estimated_minutes": 7},
                ]
            ),
            **extra,
        }
    )


def test_admin_draft_is_not_public_until_published(client, editor):
    response = client.post(f"{ADMIN}add/", path_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    path = LearningPath.objects.get(slug="admin-path")
    assert not path.live
    assert client.get("/en/learning/admin-path/").status_code == 404
    assert "Admin path" not in client.get("/en/learning/").content.decode()

    client.post(f"{ADMIN}edit/{path.pk}/", path_form(**{"action-publish": "publish"}))

    path.refresh_from_db()
    assert path.live
    assert path.revisions.count() == 2
    html = client.get("/en/learning/admin-path/").content.decode()
    assert html.index("Admin step one") < html.index("Admin step two")


def test_admin_preview_renders_unsaved_steps(client, editor, make_path):
    path = make_path(title="Previewed")
    url = f"{ADMIN}preview/{path.pk}/"
    client.post(url, path_form(title="Previewed edit", slug=path.slug))
    response = client.get(url, {"mode": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Previewed edit" in html and "Admin step two" in html


def test_admin_menu_has_a_learning_group(client, editor):
    html = client.get("/admin/").content.decode()
    assert "Learning" in html and ADMIN in html


def test_admin_preview_of_a_new_unsaved_path(client, editor):
    url = f"{ADMIN}preview/"
    client.post(url, path_form(title="Never saved"))
    response = client.get(url, {"mode": ""})
    assert response.status_code == 200
    assert "Never saved" in response.content.decode()
    assert not LearningPath.objects.exists()
