"""Your data: the JSON export, and deleting the account with either choice for posts."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from community import services
from community.models import Follow, Post, Profile, Report, Thread

pytestmark = pytest.mark.django_db


def test_export_contains_everything_about_me_and_nothing_hidden_of_others(
    client, member, make_thread, make_user, moderator, set_profile, settings
):
    set_profile(member, display_name="Mette", bio="Flood volunteer")
    mine = make_thread(author=member, title="My question")
    other = services.create_reply(thread=mine, author=make_user(), body="secret hidden reply")
    services.hide_post(other, moderator)
    Report.objects.create(post=other, reporter=member, reason="spam", details="ad")
    settings.LCC_DATA_EXPORTERS = ["tests.community.exporter.extra"]  # other apps test theirs
    client.force_login(member)
    response = client.get(reverse("community:data_download"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == member.email
    assert data["profile"]["display_name"] == "Mette"
    assert [p["thread"] for p in data["posts"]] == ["My question"]
    assert data["follows"][0]["title"] == "My question"
    assert data["reports"][0]["details"] == "ad"
    assert data["extra"] == {"user": member.pk}
    assert "secret hidden reply" not in response.content.decode()


def test_export_requires_sign_in(client):
    assert client.get(reverse("community:data_download")).status_code == 302


def _delete(client, user, password, choice):
    client.force_login(user)
    return client.post(reverse("community:account_delete"), {"password": password, "posts": choice})


def test_wrong_password_keeps_the_account(client, member):
    response = _delete(client, member, "not-my-password", "keep")
    assert response.status_code == 400
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_delete_keeping_posts_as_former_member(client, member, password, make_thread, make_user):
    thread = make_thread(author=member, title="Kept thread")
    services.create_reply(thread=thread, author=make_user(), body="A reply by someone else")
    Follow.objects.follow(member, thread)
    response = _delete(client, member, password, "keep")
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not Profile.objects.filter(user_id=member.pk).exists()
    assert not Follow.objects.filter(user_id=member.pk).exists()
    opening = thread.posts.order_by("created_at").first()
    assert opening.author is None and "How do you reach" in opening.body
    assert "Former member" in client.get(thread.get_absolute_url()).text


def test_delete_removing_posts(client, member, password, make_thread, make_user):
    solo = make_thread(author=member, title="Solo thread")
    shared = make_thread(author=member, title="Shared thread")
    services.create_reply(thread=shared, author=make_user(), body="Useful answer")
    elsewhere = make_thread(title="Someone else's thread")
    services.create_reply(thread=elsewhere, author=member, body="my reply to remove")
    assert _delete(client, member, password, "remove").status_code == 302
    assert not Thread.objects.filter(pk=solo.pk).exists()
    opening = shared.posts.order_by("created_at").first()
    assert opening.author is None and "removed by its author" in opening.body
    assert shared.posts.filter(body="Useful answer").exists()
    assert not Post.objects.filter(body="my reply to remove").exists()
