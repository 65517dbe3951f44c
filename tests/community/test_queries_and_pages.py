"""Query budgets, the page discussions tag, site search, home and directory filters."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from community import services
from community.models import Follow
from community.search import search_threads
from lcc.member_cache import fill_holes

pytestmark = pytest.mark.django_db


def _count_queries(django_assert_max_num_queries, client, url, budget):
    client.get(url)  # a warm cache (the bell's count), as for a member browsing around
    with django_assert_max_num_queries(budget) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("signed_in", [False, True])
def test_thread_list_queries_do_not_grow_with_threads(
    client, make_thread, make_user, django_assert_max_num_queries, signed_in
):
    if signed_in:
        client.force_login(make_user())
    url = reverse("community:threads")
    for _ in range(5):
        make_thread(tags=["flood", "sms"])
    few = _count_queries(django_assert_max_num_queries, client, url, 15)
    for _ in range(45):
        make_thread(tags=["flood"])
    many = _count_queries(django_assert_max_num_queries, client, url, 15)
    assert many == few


@pytest.mark.parametrize("signed_in", [False, True])
def test_thread_page_queries_do_not_grow_with_posts(
    client, make_thread, make_user, set_profile, django_assert_max_num_queries, signed_in
):
    if signed_in:
        client.force_login(make_user())
    thread = make_thread()
    authors = [make_user() for _ in range(5)]
    for i, author in enumerate(authors):
        set_profile(author, handle=f"writer{i}", visibility="public")
    for i in range(4):
        services.create_reply(thread=thread, author=authors[i], body=f"Thanks @writer{i + 1}")
    url = thread.get_absolute_url()
    few = _count_queries(django_assert_max_num_queries, client, url, 16)
    for i in range(45):
        services.create_reply(thread=thread, author=authors[i % 5], body=f"ping @writer{i % 5}")
    many = _count_queries(django_assert_max_num_queries, client, url, 16)
    assert many == few


def test_directory_queries_are_bounded(
    client, make_user, set_profile, django_assert_max_num_queries
):
    for i in range(30):
        user = make_user()
        set_profile(user, visibility="public", handle=f"m{i}", display_name=f"Member {i}")
        user.profile.expertise.add("flood")
    _count_queries(django_assert_max_num_queries, client, reverse("community:members"), 8)


def test_directory_filters(client, make_user, set_profile):
    a, b = make_user(), make_user()
    pa = set_profile(
        a,
        visibility="public",
        display_name="Giulia",
        organisation="Protezione Civile",
        stakeholder_group="practitioners",
        country="IT",
        languages_code=",it,en,",
    )
    pa.expertise.add("earthquake")
    set_profile(
        b,
        visibility="public",
        display_name="Klaus",
        organisation="THW",
        stakeholder_group="researchers",
        country="DE",
        languages_code=",de,",
    )
    url = reverse("community:members")

    def names(**params):
        text = client.get(url, params).text
        return {n for n in ("Giulia", "Klaus") if n in text}

    assert names() == {"Giulia", "Klaus"}
    assert names(group="researchers") == {"Klaus"}
    assert names(country="IT") == {"Giulia"}
    assert names(language="de") == {"Klaus"}
    assert names(expertise="earthquake") == {"Giulia"}
    assert names(q="protezione") == {"Giulia"}
    assert client.get(url, {"country": "XX"}).status_code == 200  # bad input: no 500


def test_community_home_lists_categories_and_latest(client, make_thread, category):
    make_thread(title="Volunteers after the Vejle flood")
    text = client.get(reverse("community:index")).text
    assert category.name in text
    assert "Volunteers after the Vejle flood" in text
    assert reverse("community:members") in text
    assert text.count("<h1") == 1
    assert '<meta name="description" content="Discuss' in text


def _render_page_discussions(page, user):
    request = RequestFactory().get("/en/framework/x/")
    request.user = user
    template = Template("{% load community_tags %}{% page_discussions page %}")
    html = template.render(Context({"request": request, "page": page, "csrf_token": "t"}))
    return fill_holes(request, html)  # what MemberPageCacheMiddleware does to every response


def test_page_discussions_lists_visible_threads_and_offers_follow(
    make_thread, make_user, moderator, django_assert_max_num_queries
):
    from django.contrib.auth.models import AnonymousUser
    from wagtail.models import Page

    page = Page.objects.get(depth=1)
    shown = make_thread(title="Shown thread about this page", page=page)
    hidden = make_thread(title="Hidden thread about this page", page=page)
    services.set_thread_flag(hidden, moderator, "is_hidden", True)
    make_thread(title="Thread about nothing")
    html = _render_page_discussions(page, AnonymousUser())
    assert shown.title in html and hidden.title not in html
    assert "Thread about nothing" not in html
    assert f"?page={page.pk}" in html and "Discuss this" in html
    member = make_user()
    Follow.objects.follow(member, page)
    with django_assert_max_num_queries(4):
        html = _render_page_discussions(page, member)
    assert "Unfollow this page" in html


def test_search_finds_threads_by_title_and_post_text(make_thread, make_user):
    thread = make_thread(title="Cell broadcast in Denmark")
    services.create_reply(thread=thread, author=make_user(), body="The drill used geofencing.")
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    by_title = search_threads(request, "broadcast")
    by_body = search_threads(request, "geofencing")
    assert [r["title"] for r in by_title] == ["Cell broadcast in Denmark"]
    assert by_body[0]["url"] == thread.get_absolute_url()
    assert "geofencing" in by_body[0]["excerpt"]
    assert by_body[0]["kind"] == "discussion"
    assert search_threads(request, "x") == []


@pytest.mark.postgres
def test_search_and_counts_on_postgres(make_thread, make_user, client):
    """Runs the listing annotations and search on PostgreSQL when it is configured."""
    thread = make_thread(title="Übung: Warnung auf Deutsch")
    services.create_reply(thread=thread, author=make_user(), body="Mehrsprachige Warnungen")
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert search_threads(request, "mehrsprachige")[0]["title"] == thread.title
    assert "1 reply" in client.get(reverse("community:threads")).text


def test_is_moderator_is_asked_once_per_request(client, make_thread, make_user):
    """The thread page checks moderation rights in several places; the group is queried once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    thread = make_thread()
    services.create_reply(thread=thread, author=make_user(), body="A reply")
    client.force_login(make_user())
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(thread.get_absolute_url()).status_code == 200
    group_queries = [q for q in ctx.captured_queries if '"auth_group"' in q["sql"]]
    assert len(group_queries) == 1
