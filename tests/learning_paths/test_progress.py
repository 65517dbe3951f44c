"""Enrolment, progress, resume, the anonymous-to-member carry-over and private reflections."""

import re

import pytest
from django.core import mail

from learning_paths.models import Enrolment, StepProgress
from learning_paths.progress import SESSION_KEY

from .conftest import step_url

pytestmark = pytest.mark.django_db


def mark_done(client, path, number, reflection=None):
    data = {"action": "done"}
    if reflection is not None:
        data["reflection"] = reflection
    return client.post(step_url(path, number), data)


def test_member_enrols_and_is_sent_to_the_first_step(client, member, make_path):
    path = make_path(steps=3)
    client.force_login(member)

    response = client.post(f"{path.get_absolute_url()}enrol/")

    assert response.status_code == 302
    assert response["Location"] == step_url(path, 1)
    assert Enrolment.objects.filter(user=member, path=path).count() == 1
    client.post(f"{path.get_absolute_url()}enrol/")
    assert Enrolment.objects.filter(user=member, path=path).count() == 1


def test_enrolling_needs_an_account(client, make_path):
    path = make_path()
    response = client.post(f"{path.get_absolute_url()}enrol/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert not Enrolment.objects.exists()


def test_enrol_is_post_only(client, member, make_path):
    path = make_path()
    client.force_login(member)
    assert client.get(f"{path.get_absolute_url()}enrol/").status_code == 405


def test_marking_steps_done_saves_progress_and_moves_on(client, member, make_path):
    path = make_path(steps=3)
    client.force_login(member)

    response = mark_done(client, path, 1, "My first thoughts")

    assert response["Location"] == step_url(path, 2)
    row = StepProgress.objects.get(enrolment__user=member)
    assert row.done_at is not None
    assert row.reflection == "My first thoughts"
    page = client.get(step_url(path, 2)).content.decode()
    assert "1 of 3 steps done" in page


def test_undo_and_save_keep_the_answer(client, member, make_path):
    path = make_path(steps=2)
    client.force_login(member)
    mark_done(client, path, 1, "draft answer")

    client.post(step_url(path, 1), {"action": "save", "reflection": "better answer"})
    client.post(step_url(path, 1), {"action": "undo", "reflection": "better answer"})

    row = StepProgress.objects.get(enrolment__user=member)
    assert row.done_at is None
    assert row.reflection == "better answer"


def test_invalid_action_rerenders_the_step_with_the_answer_kept(client, member, make_path):
    path = make_path(steps=2)
    client.force_login(member)
    response = client.post(step_url(path, 1), {"action": "explode", "reflection": "kept text"})
    assert response.status_code == 200
    assert "kept text" in response.content.decode()
    assert not StepProgress.objects.exists()


def test_too_long_reflection_is_a_form_error(client, member, make_path):
    path = make_path(steps=1)
    client.force_login(member)
    response = client.post(step_url(path, 1), {"action": "done", "reflection": "x" * 5001})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not StepProgress.objects.exists()


def test_path_page_and_dashboard_offer_to_continue_where_left_off(client, member, make_path):
    path = make_path(steps=4, title="Resumable path")
    client.force_login(member)
    mark_done(client, path, 1)
    mark_done(client, path, 2)

    detail = client.get(path.get_absolute_url()).content.decode()
    dashboard = client.get("/en/learning/me/").content.decode()

    resume = step_url(path, 3)
    assert f'href="{resume}"' in detail and "Continue where you left off" in detail
    assert f'href="{resume}"' in dashboard and "Resumable path" in dashboard
    assert "2 of 4 steps done" in dashboard


def test_resume_points_at_the_first_step_not_done(client, member, make_path):
    path = make_path(steps=3)
    client.force_login(member)
    mark_done(client, path, 2)
    assert f'href="{step_url(path, 1)}"' in client.get("/en/learning/me/").content.decode()


def test_completing_every_step_completes_the_path_once(client, member, make_path):
    path = make_path(steps=2)
    client.force_login(member)
    mark_done(client, path, 1)
    response = mark_done(client, path, 2)

    assert response["Location"] == path.get_absolute_url()
    enrolment = Enrolment.objects.get(user=member, path=path)
    assert enrolment.completed_at is not None
    code = enrolment.certificate_code
    assert code and len(code) >= 20
    mark_done(client, path, 2)
    enrolment.refresh_from_db()
    assert enrolment.certificate_code == code
    assert "Download your certificate" in client.get(path.get_absolute_url()).content.decode()


def test_dashboard_needs_an_account(client):
    response = client.get("/en/learning/me/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_dashboard_hides_paths_that_went_back_to_draft(client, member, make_path):
    path = make_path(title="Withdrawn path")
    client.force_login(member)
    mark_done(client, path, 1)
    path.live = False
    path.save()
    assert "Withdrawn path" not in client.get("/en/learning/me/").content.decode()


def test_anonymous_progress_lives_in_the_session(client, make_path):
    path = make_path(steps=3)

    mark_done(client, path, 1, "anonymous answer")

    assert not Enrolment.objects.exists()
    stored = client.session[SESSION_KEY][str(path.ordered_steps[0].pk)]
    assert stored["done"] and stored["reflection"] == "anonymous answer"
    page = client.get(step_url(path, 1)).content.decode()
    assert "anonymous answer" in page and "1 of 3 steps done" in page


def test_anonymous_progress_moves_into_the_account_at_login(client, member, password, make_path):
    path = make_path(steps=3)
    mark_done(client, path, 1, "before signing in")
    mark_done(client, path, 2)

    response = client.post("/en/accounts/login/", {"login": member.email, "password": password})

    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=member, path=path)
    rows = {row.step_id: row for row in enrolment.progress.all()}
    first, second, _third = path.ordered_steps
    assert rows[first.pk].done_at and rows[first.pk].reflection == "before signing in"
    assert rows[second.pk].done_at
    assert SESSION_KEY not in client.session
    assert "2 of 3 steps done" in client.get("/en/learning/me/").content.decode()


def test_carry_over_merges_with_existing_progress_without_duplicates(
    client, member, password, make_path
):
    path = make_path(steps=2)
    client.force_login(member)
    mark_done(client, path, 1, "account answer")
    client.logout()
    mark_done(client, path, 1, "session answer")
    mark_done(client, path, 2, "account answer")

    client.post("/en/accounts/login/", {"login": member.email, "password": password})

    assert Enrolment.objects.filter(user=member).count() == 1
    assert StepProgress.objects.filter(enrolment__user=member).count() == 2
    first = StepProgress.objects.get(step=path.ordered_steps[0])
    assert "account answer" in first.reflection and "session answer" in first.reflection
    second = StepProgress.objects.get(step=path.ordered_steps[1])
    assert second.reflection == "account answer"
    assert Enrolment.objects.get(user=member).completed_at is not None


def test_anonymous_progress_moves_into_a_new_account_at_sign_up(
    client, make_path, django_capture_on_commit_callbacks
):
    path = make_path(steps=2)
    mark_done(client, path, 1, "written before joining")
    password = "a-long-enough-passphrase-9"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/accounts/signup/",
            {"email": "new@example.org", "password1": password, "password2": password},
        )
    confirm_url = re.search(r"http://\S+", mail.outbox[-1].body).group(0)
    client.post(confirm_url.replace("http://testserver", ""))

    row = StepProgress.objects.get(enrolment__user__email="new@example.org")
    assert row.done_at and row.reflection == "written before joining"


def test_session_progress_for_draft_paths_is_not_carried_over(client, member, password, make_path):
    path = make_path(steps=2)
    mark_done(client, path, 1)
    path.live = False
    path.save()
    client.post("/en/accounts/login/", {"login": member.email, "password": password})
    assert not Enrolment.objects.exists()


def test_reflections_are_private_to_their_author(client, make_user, make_path):
    path = make_path(steps=2)
    author, other = make_user(), make_user()
    client.force_login(author)
    mark_done(client, path, 1, "my private reflection")

    client.force_login(other)
    pages = [
        client.get(step_url(path, 1)),
        client.get(path.get_absolute_url()),
        client.get("/en/learning/me/"),
    ]

    for page in pages:
        assert "my private reflection" not in page.content.decode()
    client.logout()
    assert "my private reflection" not in client.get(step_url(path, 1)).content.decode()


def test_dashboard_query_count_does_not_grow_with_enrolments(
    client, member, make_path, django_assert_max_num_queries
):
    client.force_login(member)
    mark_done(client, make_path(steps=3), 1)
    with django_assert_max_num_queries(40) as few:
        client.get("/en/learning/me/")
    budget = len(few.captured_queries)  # read now: the next request resets the query log
    for _ in range(6):
        mark_done(client, make_path(steps=5), 2)
    with django_assert_max_num_queries(budget):
        html = client.get("/en/learning/me/").content.decode()
    assert html.count("Continue where you left off") >= 7
