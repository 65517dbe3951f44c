"""The notifications page, mark read, the bell and the preferences page."""

import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from community.notifications.api import notify
from community.notifications.models import EmailMode, preferences_of
from lcc.holes import account_nav

pytestmark = pytest.mark.django_db


@pytest.fixture
def inbox(member, make_user):
    """Three notifications for ``member`` and one for someone else."""
    rows = [
        notify([member], "reply", title=f"Reply {n}", url=f"/en/community/threads/{n}/")[0]
        for n in range(3)
    ]
    notify([make_user()], "reply", title="Not yours")
    return rows


def test_the_page_needs_sign_in(client):
    response = client.get(reverse("notifications:index"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_page_lists_only_my_notifications_linking_to_each(client, member, inbox):
    client.force_login(member)
    response = client.get(reverse("notifications:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Reply 2" in html and "Not yours" not in html
    assert reverse("notifications:open", args=[inbox[0].pk]) in html
    assert html.count("<h1") == 1


def test_the_page_is_paginated(client, member):
    for n in range(30):
        notify([member], "mention", title=f"Mention {n}")
    client.force_login(member)
    first = client.get(reverse("notifications:index")).content.decode()
    second = client.get(reverse("notifications:index") + "?page=2").content.decode()
    assert "Mention 29" in first and "Mention 0" not in first
    assert "Mention 0" in second
    assert client.get(reverse("notifications:index") + "?page=abc").status_code == 200


def test_opening_marks_read_and_goes_to_the_thing(client, member, inbox):
    client.force_login(member)
    response = client.get(reverse("notifications:open", args=[inbox[1].pk]))
    assert response["Location"] == "/en/community/threads/1/"
    inbox[1].refresh_from_db()
    assert inbox[1].read_at is not None


def test_mark_one_read_by_post(client, member, inbox):
    client.force_login(member)
    url = reverse("notifications:mark_read", args=[inbox[0].pk])
    assert client.get(url).status_code == 405
    response = client.post(url, {"next": "https://evil.example/"})
    assert response["Location"] == reverse("notifications:index")
    inbox[0].refresh_from_db()
    inbox[1].refresh_from_db()
    assert inbox[0].read_at is not None and inbox[1].read_at is None


def test_someone_elses_notification_cannot_be_touched(client, make_user, inbox):
    client.force_login(make_user())
    assert client.post(reverse("notifications:mark_read", args=[inbox[0].pk])).status_code == 404
    assert client.get(reverse("notifications:open", args=[inbox[0].pk])).status_code == 404


def test_mark_all_read(client, member, inbox):
    client.force_login(member)
    client.post(reverse("notifications:mark_all_read"))
    assert member.notifications.filter(read_at__isnull=True).count() == 0


def render_bell(user):
    """The header's account part as members get it (the "account_nav" hole of base.html)."""
    request = RequestFactory().get("/en/")
    request.user = user
    return account_nav(request, [[]])[0]


def test_the_bell_shows_the_unread_count_in_one_query(member, inbox, django_assert_num_queries):
    with django_assert_num_queries(1):
        html = render_bell(member)
    assert '<span class="badge">3<span class="visually-hidden"> unread</span></span>' in html


def test_the_bell_caps_a_large_backlog(member):
    notify_many = [notify([member], "mention", title=str(n)) for n in range(101)]
    assert len(notify_many) == 101
    assert ">99+<" in render_bell(member)


def test_the_bell_is_in_the_header_of_signed_in_pages(client, member, inbox):
    client.force_login(member)
    html = client.get(reverse("account_menu")).content.decode()
    assert 'class="bell"' in html and "3<span" in html


def test_the_preferences_page_shows_defaults_and_saves_choices(client, member):
    client.force_login(member)
    url = reverse("notifications:preferences")
    html = client.get(url).content.decode()
    assert re.search(r'<input[^>]*name="followed_content" value="daily"[^>]*checked', html)
    immediate = r'<input[^>]*name="followed_content" value="immediate"[^>]*checked'
    assert not re.search(immediate, html)
    data = dict(preferences_of(member))
    data["mention"] = EmailMode.WEEKLY
    response = client.post(url, data)
    assert response.status_code == 302
    assert preferences_of(member)["mention"] == EmailMode.WEEKLY


def test_bad_preferences_input_rerenders_with_errors(client, member):
    client.force_login(member)
    response = client.post(reverse("notifications:preferences"), {"mention": "hourly"})
    assert response.status_code == 200
    assert b"errorlist" in response.content
    assert preferences_of(member)["mention"] == EmailMode.IMMEDIATE
