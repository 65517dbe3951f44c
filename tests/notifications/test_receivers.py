"""A published framework page notifies the followers of it and its topics, once per revision.

The receiver only relies on ``page.specific.follow_targets()``; here a plain Wagtail page is
given one, and real ``community.Follow`` rows say who follows what.
"""

from types import SimpleNamespace

import pytest
from taggit.models import Tag
from wagtail.models import Page, Site
from wagtail.signals import page_published

from community.models import Follow
from community.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def product():
    """A live page that names itself and a tag as what one can follow."""
    root = Site.objects.get(is_default_site=True).root_page
    page = root.add_child(instance=Page(title="Crowdsourced damage mapping", slug="mapping"))
    flood = Tag.objects.create(name="flood", slug="flood")
    page.follow_targets = lambda: [page, flood]
    return page, flood


@pytest.fixture
def followers(make_user, product):
    page, flood = product
    page_fans, flood_fans, both = [make_user(), make_user()], [make_user()], make_user()
    for user in [*page_fans, both]:
        Follow.objects.follow(user, page)
    for user in [*flood_fans, both]:
        Follow.objects.follow(user, flood)
    make_user()  # follows nothing
    return [*page_fans, *flood_fans, both]


def publish(page, revision_id=7, editor=None):
    revision = SimpleNamespace(pk=revision_id, user=editor)
    page_published.send(sender=Page, instance=page, revision=revision)


def test_followers_of_the_page_and_its_topics_are_notified_once_each(product, followers):
    page, _flood = product
    publish(page)
    rows = Notification.objects.filter(kind="followed_content")
    assert sorted(rows.values_list("recipient_id", flat=True)) == sorted(u.pk for u in followers)
    row = rows.first()
    assert row.key == f"page:{page.pk}:rev:7"
    assert row.url == page.get_url() and row.url.endswith("/mapping/")
    assert row.title == "Crowdsourced damage mapping"
    assert row.target == page


def test_a_redelivered_signal_does_not_notify_twice(product, followers):
    publish(product[0])
    publish(product[0])
    assert Notification.objects.count() == len(followers)


def test_a_new_revision_notifies_again(product, followers):
    publish(product[0], revision_id=7)
    publish(product[0], revision_id=8)
    assert Notification.objects.count() == 2 * len(followers)


def test_the_publishing_editor_is_not_notified(product, followers):
    editor = followers[0]
    publish(product[0], editor=editor)
    assert not Notification.objects.filter(recipient=editor).exists()
    assert Notification.objects.count() == len(followers) - 1


def test_pages_without_follow_targets_notify_nobody(product, followers):
    plain = Page.objects.get(pk=product[0].pk)  # a fresh instance: no follow_targets
    publish(plain)
    assert Notification.objects.count() == 0
