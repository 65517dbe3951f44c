"""Thread search goes through the search index, which only ever holds visible posts."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from community import services
from community.models import Post, Thread
from community.search import search_threads

pytestmark = pytest.mark.django_db


def _as(user=None):
    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()
    return request


def _titles(user, query):
    return [result["title"] for result in search_threads(_as(user), query)]


def test_search_reads_the_index_not_the_posts_table(make_thread, make_user):
    thread = make_thread(title="Sirens in Vejle")
    reply = services.create_reply(thread=thread, author=make_user(), body="We tested narrowcast.")
    # A change that bypasses the model (and so the index) is not seen by search.
    Post.objects.filter(pk=reply.pk).update(body="We tested loudhailers.")
    assert _titles(None, "narrowcast") == ["Sirens in Vejle"]
    assert _titles(None, "loudhailers") == []


def test_new_edited_and_deleted_posts_update_the_index(make_thread, make_user):
    thread = make_thread(title="Sirens in Vejle")
    reply = services.create_reply(thread=thread, author=make_user(), body="Try narrowcast.")
    assert _titles(None, "narrowcast") == ["Sirens in Vejle"]
    services.edit_post(reply, "Try loudhailers.")
    assert _titles(None, "narrowcast") == []
    assert _titles(None, "loudhailers") == ["Sirens in Vejle"]
    reply.delete()
    assert _titles(None, "loudhailers") == []


def test_hidden_post_text_leaves_the_index_and_comes_back_when_restored(
    make_thread, make_user, moderator
):
    thread = make_thread(title="Sandbags in Vejle")
    writer, other = make_user(), make_user()
    post = services.create_reply(thread=thread, author=writer, body="A rude zebracorn remark")
    services.hide_post(post, moderator, "rude")
    thread.refresh_from_db()
    assert "zebracorn" not in thread.visible_post_text()
    assert _titles(None, "zebracorn") == []
    assert _titles(other, "zebracorn") == []
    # Its author and the moderators may still read it, so they may find it.
    assert _titles(writer, "zebracorn") == ["Sandbags in Vejle"]
    assert _titles(moderator, "zebracorn") == ["Sandbags in Vejle"]
    services.restore_post(post, moderator)
    assert _titles(other, "zebracorn") == ["Sandbags in Vejle"]


@pytest.mark.parametrize("how", ["flag", "opening post"])
def test_hidden_thread_is_never_found_by_others(make_thread, make_user, moderator, how):
    owner, other = make_user(), make_user()
    thread = make_thread(author=owner, title="Quokkaflood drill", body="Quokkaflood notes")
    if how == "flag":
        services.set_thread_flag(thread, moderator, "is_hidden", True)
    else:
        services.hide_post(thread.posts.get(), moderator, "off topic")
    assert Thread.objects.get(pk=thread.pk).is_hidden
    assert _titles(None, "Quokkaflood") == []
    assert _titles(other, "Quokkaflood") == []
    assert _titles(owner, "Quokkaflood") == ["Quokkaflood drill"]
    assert _titles(moderator, "Quokkaflood") == ["Quokkaflood drill"]


def test_excerpt_never_quotes_a_hidden_post(make_thread, make_user, moderator):
    thread = make_thread(title="Sirens and apps", body="Sirens still reach most people.")
    post = services.create_reply(thread=thread, author=make_user(), body="Sirens rubbish zzz")
    services.hide_post(post, moderator, "rude")
    (result,) = search_threads(_as(), "sirens")
    assert "rubbish" not in result["excerpt"]
    assert result["excerpt"].startswith("Sirens still reach")


def test_excerpt_prefers_a_post_that_mentions_the_query(make_thread, make_user):
    thread = make_thread(title="Warning apps", body="Which app do you use?")
    services.create_reply(thread=thread, author=make_user(), body="We rely on geofencing.")
    (result,) = search_threads(_as(), "geofencing")
    assert result["excerpt"] == "We rely on geofencing."


@pytest.mark.parametrize(
    "query", ['"unbalanced', "flood*", "a-b:c", "(sirens", "OR AND NOT", "NEAR(x y)", "'; --"]
)
def test_odd_queries_answer_without_error(make_thread, query):
    make_thread(title="Sirens in Vejle")
    assert isinstance(search_threads(_as(), query), list)


def test_search_query_count_does_not_grow_with_threads(
    make_thread, make_user, moderator, django_assert_max_num_queries
):
    for i in range(3):
        make_thread(title=f"Flood drill {i}")
    # A fresh user object each time: is_moderator is remembered on the user it was asked about.
    fresh = get_user_model().objects.get(pk=moderator.pk)
    with django_assert_max_num_queries(6) as few:
        search_threads(_as(fresh), "flood")
    for i in range(20):
        thread = make_thread(title=f"Flood exercise {i}")
        services.create_reply(thread=thread, author=make_user(), body="flood maps")
    fresh = get_user_model().objects.get(pk=moderator.pk)
    with django_assert_max_num_queries(6) as many:
        assert len(search_threads(_as(fresh), "flood")) == 20
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.postgres
def test_postgres_search_uses_full_text_not_like_over_posts(make_thread, make_user):
    thread = make_thread(title="Übung: Warnung auf Deutsch")
    services.create_reply(thread=thread, author=make_user(), body="Mehrsprachige Warnungen")
    with CaptureQueriesContext(connection) as ctx:
        assert _titles(None, "mehrsprachige") == [thread.title]
    thread_search = ctx.captured_queries[0]["sql"]
    assert "@@" in thread_search  # a tsquery match on the indexed vectors
    assert "LIKE" not in thread_search.upper()
