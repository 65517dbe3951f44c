"""Notifications name the member who acted by their profile name, never by e-mail, and never
name a hidden profile to someone who may not see it."""

import pytest
from django.core import mail
from django.urls import reverse

from community.notifications import delivery, tasks
from community.notifications.api import notify
from community.notifications.models import EmailMode, NotificationPreference
from community.permissions import moderators_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def jens(make_user):
    """A member whose e-mail local part ("jens") differs from his display name."""
    user = make_user(email="jens@example.org")
    user.profile.display_name = "Jens Albers"
    user.profile.handle = "jens-a"
    user.profile.visibility = "public"
    user.profile.save()
    return user


def hide(user):
    user.profile.visibility = "hidden"
    user.profile.save()
    return user


def mailed(recipient, kind="reply", **fields):
    fields.setdefault("title", "Re: Reaching tourists")
    (row,) = notify([recipient], kind, **fields)
    delivery.deliver([row.pk])
    message = mail.outbox[-1]
    return message.body, message.alternatives[0][0]


def test_the_mail_names_the_actor_by_display_name(member, jens):
    text, html = mailed(member, actor=jens)
    assert "From Jens Albers" in text and "From Jens Albers" in html
    assert "From jens\n" not in text


def test_without_a_display_name_the_handle_is_used(member, jens):
    jens.profile.display_name = ""
    jens.profile.save()
    text, html = mailed(member, actor=jens)
    assert "From jens-a" in text and "From jens-a" in html


def test_a_members_only_profile_is_named_to_its_fellow_members(member, jens):
    jens.profile.visibility = "members"
    jens.profile.save()
    text, _html = mailed(member, actor=jens)
    assert "From Jens Albers" in text


def test_a_hidden_profile_is_not_named(member, jens):
    text, html = mailed(member, actor=hide(jens))
    assert "Jens" not in text and "Jens" not in html and "jens" not in text
    assert "From a member" in text and "From a member" in html


def test_a_hidden_moderator_is_a_moderator(member, jens):
    text, _html = mailed(member, "moderation", actor=hide(jens), title="Your post was hidden")
    assert "From a moderator" in text and "Jens" not in text


def test_a_hidden_editor_publishing_a_page_is_the_editorial_team(member, jens):
    from wagtail.models import Page

    NotificationPreference.objects.create(
        user=member, kind="followed_content", mode=EmailMode.IMMEDIATE
    )
    page = Page.objects.filter(depth__gt=1).first()
    text, _html = mailed(member, "followed_content", actor=hide(jens), target=page)
    assert "From the editorial team" in text


def test_moderators_see_the_name_of_a_hidden_profile(make_user, jens):
    moderator = make_user()
    moderator.groups.add(moderators_group())
    text, _html = mailed(moderator, actor=hide(jens))
    assert "From Jens Albers" in text


def test_a_deleted_author_is_a_former_member(member, jens):
    (row,) = notify([member], "reply", actor=jens, title="Re: Reaching tourists")
    jens.delete()
    delivery.deliver([row.pk])
    assert "From a former member" in mail.outbox[-1].body


def test_notifications_without_an_actor_name_nobody(member):
    NotificationPreference.objects.create(user=member, kind="path_nudge", mode=EmailMode.IMMEDIATE)
    text, html = mailed(member, "path_nudge", title="Continue: crisis communication")
    assert "From " not in text and "<p>From" not in html


def test_the_stand_in_is_in_the_recipients_language(make_user, jens):
    text, _html = mailed(make_user(language="nl"), actor=hide(jens))
    assert "Van een lid" in text


def test_the_digest_names_actors_the_same_way(make_user, jens, django_capture_on_commit_callbacks):
    member = make_user()
    anke = make_user(email="anke@example.org")
    anke.profile.display_name = "Anke Vogel"
    hide(anke)
    NotificationPreference.objects.create(user=member, kind="reply", mode=EmailMode.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        notify([member], "reply", actor=jens, title="Re: Reaching tourists")
        notify([member], "reply", actor=anke, title="Re: Drought maps")
    tasks.queue_daily_digests.apply().get()
    message = mail.outbox[-1]
    html = message.alternatives[0][0]
    for part in (message.body, html):
        assert "Jens Albers" in part and "Anke" not in part and "a member" in part
    assert "jens@" not in message.body


def test_the_notifications_page_names_actors_the_same_way(client, member, make_user, jens):
    anke = hide(make_user(email="anke@example.org"))
    notify([member], "reply", actor=jens, title="Re: Reaching tourists")
    notify([member], "reply", actor=anke, title="Re: Drought maps")
    client.force_login(member)
    html = client.get(reverse("notifications:index")).content.decode()
    assert "· Jens Albers" in html and "· a member" in html
    assert "anke" not in html


def test_naming_actors_costs_no_query_per_notification(
    client, member, make_user, django_assert_max_num_queries
):
    def add_notifications():
        notify([member], "reply", actor=hide(make_user()), title="Re: hidden")
        notify([member], "reply", actor=make_user(), title="Re: members only")
        notify([member], "followed_content", actor=None, title="A page")

    def queries():
        client.get(reverse("notifications:index"))  # warm the unread count notify() dropped
        with django_assert_max_num_queries(50) as counted:
            client.get(reverse("notifications:index"))
        return len(counted.captured_queries)

    client.force_login(member)
    add_notifications()
    few = queries()
    for _ in range(5):
        add_notifications()
    assert queries() == few
