"""Following by POST, and the notifications raised in the same transaction as a post."""

import pytest
from django.urls import reverse
from taggit.models import Tag

from community import services
from community.models import Follow
from community.notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_follow_and_unfollow_a_category_by_post(client, member, category):
    client.force_login(member)
    url = reverse("community:follow")
    data = {"kind": "category", "id": category.pk, "next": "/en/community/"}
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == "/en/community/"
    assert Follow.objects.is_following(member, category)
    assert list(Follow.objects.followers_of(category)) == [member]
    client.post(url, {**data, "action": "unfollow"})
    assert not Follow.objects.is_following(member, category)


def test_follow_a_tag_and_a_page(client, member):
    from wagtail.models import Page

    tag = Tag.objects.create(name="flood", slug="flood")
    page = Page.objects.get(depth=1)  # the root exists in every database
    client.force_login(member)
    client.post(reverse("community:follow"), {"kind": "tag", "id": tag.pk})
    assert Follow.objects.is_following(member, tag)
    Follow.objects.follow(member, page)
    assert Follow.objects.is_following(member, page.specific)
    assert member in Follow.objects.followers_of(page)


def test_following_needs_post_sign_in_and_an_existing_target(client, member):
    url = reverse("community:follow")
    assert client.post(url, {"kind": "tag", "id": 1}).status_code == 302  # to sign in
    client.force_login(member)
    assert client.get(url).status_code == 405
    assert client.post(url, {"kind": "tag", "id": 999}).status_code == 404
    assert client.post(url, {"kind": "user", "id": member.pk}).status_code == 404


def test_offsite_next_is_ignored(client, member, category):
    client.force_login(member)
    response = client.post(
        reverse("community:follow"),
        {"kind": "category", "id": category.pk, "next": "https://evil.example/"},
    )
    assert response["Location"] == category.get_absolute_url()


def test_a_reply_notifies_followers_but_not_its_author(make_thread, make_user):
    starter, follower, replier = make_user(), make_user(), make_user()
    thread = make_thread(author=starter)
    Follow.objects.follow(follower, thread)
    post = services.create_reply(thread=thread, author=replier, body="We used SMS in Esbjerg.")
    recipients = set(Notification.objects.filter(kind="reply").values_list("recipient", flat=True))
    assert recipients == {starter.pk, follower.pk}
    assert Notification.objects.filter(kind="reply").first().url == post.get_absolute_url()


def test_a_mention_notifies_the_mentioned_member(make_thread, make_user, set_profile):
    mentioned = make_user()
    set_profile(mentioned, handle="lars")
    thread = make_thread()
    services.create_reply(thread=thread, author=make_user(), body="@lars ran the drill in Vejle.")
    assert Notification.objects.filter(kind="mention", recipient=mentioned).count() == 1


def test_editing_notifies_only_newly_mentioned_members(make_thread, make_user, set_profile):
    a, b = make_user(), make_user()
    set_profile(a, handle="anna")
    set_profile(b, handle="bo")
    author = make_user()
    thread = make_thread(author=author)
    post = services.create_reply(thread=thread, author=author, body="Ask @anna")
    services.edit_post(post, "Ask @anna and @bo")
    assert Notification.objects.filter(kind="mention", recipient=a).count() == 1
    assert Notification.objects.filter(kind="mention", recipient=b).count() == 1


def test_a_failed_post_leaves_no_notification(make_thread, make_user, monkeypatch):
    follower = make_user()
    thread = make_thread()
    Follow.objects.follow(follower, thread)

    def boom(*args, **kwargs):
        raise RuntimeError("mention lookup failed")

    monkeypatch.setattr(services, "_notify_mentions", boom)
    with pytest.raises(RuntimeError):
        services.create_reply(thread=thread, author=make_user(), body="lost reply")
    assert not Notification.objects.filter(kind="reply").exists()
    assert thread.posts.count() == 1


def test_a_new_thread_notifies_followers_of_its_category_and_tags_once(
    make_thread, make_user, category
):
    by_category, by_tag, by_both, author = make_user(), make_user(), make_user(), make_user()
    tag = Tag.objects.create(name="sirens", slug="sirens")
    Follow.objects.follow(by_category, category)
    Follow.objects.follow(by_tag, tag)
    Follow.objects.follow(by_both, category)
    Follow.objects.follow(by_both, tag)
    Follow.objects.follow(author, category)
    thread = make_thread(author=author, tags=["sirens"])
    notes = Notification.objects.filter(kind="followed_content")
    assert sorted(n.recipient_id for n in notes) == sorted([by_category.pk, by_tag.pk, by_both.pk])
    assert all(n.url == thread.get_absolute_url() for n in notes)
