"""Reports and the moderators' queue: hide/restore, lock, pin, suspend — each tells the author."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from community import services
from community.models import Report
from community.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported(make_thread, make_user):
    author = make_user()
    thread = make_thread(author=author)
    reply = services.create_reply(thread=thread, author=author, body="Buy cheap sandbags here!!!")
    return author, thread, reply


def test_a_member_reports_a_post_once(client, reported, member):
    _author, _thread, reply = reported
    client.force_login(member)
    url = reverse("community:post_report", args=[reply.pk])
    assert client.post(url, {"reason": "spam", "details": "advert"}).status_code == 302
    client.post(url, {"reason": "abuse"})
    assert Report.objects.filter(post=reply).count() == 1
    assert "already reported" in client.get(url).text


def test_report_form_errors_rerender(client, reported, member):
    client.force_login(member)
    response = client.post(
        reverse("community:post_report", args=[reported[2].pk]), {"reason": "bogus"}
    )
    assert response.status_code == 200
    assert Report.objects.count() == 0


def test_queue_is_for_moderators_only(client, member, moderator, reported):
    Report.objects.create(post=reported[2], reporter=member, reason="spam")
    url = reverse("community_moderation:queue")
    client.force_login(member)
    assert client.get(url).status_code in (302, 403)
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200
    assert "Buy cheap sandbags" in response.text


def test_hiding_a_post_resolves_reports_and_notifies_the_author(
    client, member, moderator, reported
):
    author, _thread, reply = reported
    Report.objects.create(post=reply, reporter=member, reason="spam")
    client.force_login(moderator)
    url = reverse("community_moderation:post", args=[reply.pk, "hide"])
    assert client.post(url, {"reason": "advertising"}).status_code == 302
    reply.refresh_from_db()
    assert reply.is_hidden and reply.hidden_reason == "advertising"
    assert Report.objects.get().resolution == "hidden"
    note = Notification.objects.get(recipient=author, kind="moderation")
    assert "hid your post" in note.title
    client.post(reverse("community_moderation:post", args=[reply.pk, "restore"]))
    reply.refresh_from_db()
    assert not reply.is_hidden
    assert Notification.objects.filter(recipient=author, kind="moderation").count() == 2


def test_dismissing_reports_keeps_the_post(client, member, moderator, reported):
    reply = reported[2]
    Report.objects.create(post=reply, reporter=member, reason="spam")
    client.force_login(moderator)
    client.post(reverse("community_moderation:post", args=[reply.pk, "dismiss"]))
    reply.refresh_from_db()
    assert not reply.is_hidden
    assert Report.objects.get().resolution == "dismissed"


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [("lock", "is_locked", True), ("pin", "is_pinned", True), ("hide", "is_hidden", True)],
)
def test_thread_actions(client, moderator, reported, action, field, value):
    author, thread, _reply = reported
    client.force_login(moderator)
    client.post(reverse("community_moderation:thread", args=[thread.pk, action]))
    thread.refresh_from_db()
    assert getattr(thread, field) is value
    assert Notification.objects.filter(recipient=author, kind="moderation").exists()


def test_pinned_threads_come_first(client, moderator, make_thread):
    old = make_thread(title="Pinned house rules")
    make_thread(title="A newer question")
    services.set_thread_flag(old, moderator, "is_pinned", True)
    text = client.get(reverse("community:threads")).text
    assert text.index("Pinned house rules") < text.index("A newer question")


def test_members_cannot_use_moderation_actions(client, member, reported):
    client.force_login(member)
    client.post(reverse("community_moderation:thread", args=[reported[1].pk, "lock"]))
    reported[1].refresh_from_db()
    assert not reported[1].is_locked


def test_suspending_a_member_blocks_sign_in_until_it_runs_out(
    client, moderator, reported, password
):
    author = reported[0]
    client.force_login(moderator)
    url = reverse("community_moderation:member", args=[author.pk, "suspend"])
    client.post(url, {"days": "7", "reason": "repeated spam"})
    author.refresh_from_db()
    assert not author.is_active
    assert author.profile.suspension_reason == "repeated spam"
    assert Notification.objects.filter(recipient=author, kind="moderation").exists()
    client.logout()
    assert not client.login(email=author.email, password=password)
    assert services.lift_expired_suspensions(timezone.now()) == 0
    later = timezone.now() + datetime.timedelta(days=8)
    assert services.lift_expired_suspensions(later) == 1
    author.refresh_from_db()
    assert author.is_active


def test_moderator_group_is_created_and_grants_admin_access(moderator):
    assert moderator.has_perm("wagtailadmin.access_admin")


def test_moderators_manage_categories_in_the_wagtail_admin(client, moderator, category):
    client.force_login(moderator)
    listing = client.get("/admin/snippets/community/category/")
    assert listing.status_code == 200
    assert category.name in listing.text
    home = client.get("/admin/")
    assert reverse("community_moderation:queue") in home.text
