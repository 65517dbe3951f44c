"""The bell's unread count is cached per member and dropped whenever it changes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.notifications import unread
from community.notifications.api import notify
from lcc.holes import account_nav
from lcc.member_cache import fill_holes

pytestmark = pytest.mark.django_db


def bell(user):
    """The header's account part as members get it (the "account_nav" hole of base.html)."""
    request = RequestFactory().get("/en/")
    request.user = user
    return account_nav(request, [[]])[0]


def badge(html):
    return html.split('<span class="badge">')[1].split("<")[0] if "badge" in html else "0"


def test_a_warm_bell_costs_no_query(member, django_assert_num_queries):
    notify([member], "reply", title="A reply")
    with django_assert_num_queries(1):
        assert badge(bell(member)) == "1"
    with django_assert_num_queries(0):
        assert badge(bell(member)) == "1"


def test_a_new_notification_shows_at_once(member):
    notify([member], "reply", title="A reply")
    assert badge(bell(member)) == "1"
    notify([member], "mention", title="A mention")
    assert badge(bell(member)) == "2"


def test_other_members_cached_counts_are_kept(member, make_user, django_assert_num_queries):
    other = make_user()
    notify([member], "reply", title="A reply")
    bell(member)
    notify([other], "reply", title="Someone else's")
    with django_assert_num_queries(0):
        assert badge(bell(member)) == "1"


def test_a_stale_count_cached_before_commit_is_dropped_on_commit(
    member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        notify([member], "reply", title="A reply")
        # Another request rendered the bell before this transaction committed.
        unread.cache.set(unread._key(member), 0, unread.TIMEOUT)
    assert badge(bell(member)) == "1"


@pytest.mark.parametrize("how", ["open", "mark_read", "mark_all_read"])
def test_reading_updates_the_bell(client, member, how):
    rows = [notify([member], "reply", title=f"Reply {n}", url="/en/")[0] for n in range(2)]
    client.force_login(member)
    assert badge(bell(member)) == "2"
    if how == "open":
        client.get(reverse("notifications:open", args=[rows[0].pk]))
    elif how == "mark_read":
        client.post(reverse("notifications:mark_read", args=[rows[0].pk]))
    else:
        client.post(reverse("notifications:mark_all_read"))
    assert badge(bell(member)) == ("0" if how == "mark_all_read" else "1")


def test_the_count_belongs_to_the_account_not_just_its_id(member):
    notify([member], "reply", title="A reply")
    bell(member)
    stranger = get_user_model()(pk=member.pk, email="x@example.org")
    stranger.date_joined = member.date_joined.replace(year=member.date_joined.year - 1)
    assert unread._key(stranger) != unread._key(member)


def test_signed_in_header_costs_at_most_one_query_beyond_session_and_user(client, member):
    """Session + user are unavoidable; the warm bell adds nothing, is_moderator at most one."""
    notify([member], "reply", title="A reply")
    url = reverse("community:index")
    client.get(url)
    with CaptureQueriesContext(connection) as anonymous:
        client.get(url)
    client.force_login(member)
    client.get(url)  # warms the bell
    with CaptureQueriesContext(connection) as signed_in:
        html = client.get(url).content.decode()
    assert 'class="bell"' in html and '<span class="badge">1<' in html
    extra = len(signed_in.captured_queries) - len(anonymous.captured_queries)
    assert extra <= 2 + 1
    sql = " ".join(query["sql"] for query in signed_in.captured_queries)
    assert "notifications_notification" not in sql


def _render_page_shell(user):
    """base.html alone, as a view would render it for ``user`` (already loaded)."""
    request = RequestFactory().get("/en/community/")
    request.user = user
    request.session = {}
    with CaptureQueriesContext(connection) as ctx:
        html = render_to_string("base.html", request=request)
        html = fill_holes(request, html)  # as lcc.member_cache's middleware does for members
    return html, ctx.captured_queries


def test_the_page_shell_of_a_signed_in_member_costs_at_most_one_query_more(member):
    notify([member], "reply", title="A reply")
    _html, anonymous = _render_page_shell(AnonymousUser())
    _render_page_shell(member)  # warms the bell
    html, signed_in = _render_page_shell(member)
    assert 'class="bell"' in html and '<span class="badge">1<' in html
    assert len(signed_in) - len(anonymous) <= 1
    assert not [q for q in signed_in if "notifications_notification" in q["sql"]]
