"""The members' shared page cache: personal parts filled per request, nothing personal shared.

See lcc/member_cache.py. Every test here checks what two different members see, because the
danger of a shared copy is one member seeing another's state.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from community import services
from community.models import Category, Follow, Post
from community.permissions import moderators_group
from lcc.member_cache import markers
from learning_paths.models import LearningPath, PathStep
from tests.framework.factories import GuidelinePageFactory, build_site

pytestmark = pytest.mark.django_db

TOKEN_RE = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def member_cache_on(settings):
    settings.LCC_MEMBER_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def guideline(db):
    _home, index = build_site()
    return GuidelinePageFactory(parent=index, title="Warning by SMS", slug="warning-by-sms")


@pytest.fixture
def category(db):
    return Category.objects.create(name="Floods in Denmark", slug="floods-denmark", order=1)


def signed_in(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def test_members_share_a_page_but_each_sees_their_own_follow_state(guideline, make_user):
    alice, bob = make_user(), make_user()
    Follow.objects.follow(alice, guideline)
    first = signed_in(alice).get(guideline.url)
    second = signed_in(bob).get(guideline.url)
    assert first["X-Member-Cache"] == "miss" and second["X-Member-Cache"] == "hit"
    assert b"Unfollow this page" in first.content
    assert b"Unfollow this page" not in second.content and b"Follow this page" in second.content
    assert b"My account" in first.content and b"My account" in second.content
    assert markers.nonce.encode() not in second.content  # every hole was filled
    assert "private" in second["Cache-Control"]


def test_the_shared_copy_carries_each_members_own_csrf_token(guideline, make_user):
    alice, bob = make_user(), make_user()
    signed_in(alice).get(guideline.url)  # stores the shared copy
    client = signed_in(bob)
    response = client.get(guideline.url)
    assert response["X-Member-Cache"] == "hit"
    tokens = set(TOKEN_RE.findall(response.content))
    assert tokens and markers.csrf_sentinel.encode() not in response.content
    follow = client.post(
        "/en/community/follow/",
        {"kind": "page", "id": guideline.pk, "action": "follow", "next": guideline.url},
        HTTP_X_CSRFTOKEN=tokens.pop().decode(),
    )
    assert follow.status_code == 302
    assert Follow.objects.is_following(bob, guideline)
    assert b"Unfollow this page" in client.get(guideline.url).content


def test_hits_cost_a_fixed_handful_of_queries(guideline, make_user, django_assert_max_num_queries):
    alice = make_user()
    client = signed_in(alice)
    client.get(guideline.url)
    # Session, user, group check (cached afterwards), follow state: never the page's own queries.
    with django_assert_max_num_queries(4):
        response = client.get(guideline.url)
    assert response["X-Member-Cache"] == "hit"


def test_editors_and_moderators_always_get_their_own_render(guideline, make_user):
    editor = make_user()
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    moderator = make_user()
    moderator.groups.add(moderators_group())
    signed_in(make_user()).get(guideline.url)
    for user in (editor, moderator):
        response = signed_in(user).get(guideline.url)
        assert response.status_code == 200 and "X-Member-Cache" not in response


def test_new_content_invalidates_the_shared_copy(category, make_user):
    alice, bob = make_user(), make_user()
    thread = services.create_thread(author=alice, category=category, title="Sirens", body="Hi")
    url = thread.get_absolute_url()
    assert signed_in(bob).get(url)["X-Member-Cache"] == "miss"
    assert signed_in(bob).get(url)["X-Member-Cache"] == "hit"
    services.create_reply(thread=thread, author=bob, body="A reply from Bob")
    response = signed_in(alice).get(url)
    assert response["X-Member-Cache"] == "miss" and b"A reply from Bob" in response.content


def test_only_the_author_gets_edit_links_and_nobody_reports_themselves(category, make_user):
    alice, bob = make_user(), make_user()
    thread = services.create_thread(author=alice, category=category, title="Sirens", body="Hi")
    post = thread.posts.get()
    edit = f"/en/community/posts/{post.pk}/edit/".encode()
    report = f"/en/community/posts/{post.pk}/report/".encode()
    as_bob = signed_in(bob).get(thread.get_absolute_url())
    as_alice = signed_in(alice).get(thread.get_absolute_url())
    assert as_alice["X-Member-Cache"] == "hit"
    assert edit in as_alice.content and report not in as_alice.content
    assert edit not in as_bob.content and report in as_bob.content
    assert b"?quote=" in as_alice.content and b"?quote=" in as_bob.content


def test_authors_of_hidden_posts_see_them_others_do_not(category, make_user):
    alice, bob = make_user(), make_user()
    moderator = make_user()
    moderator.groups.add(moderators_group())
    thread = services.create_thread(author=bob, category=category, title="Sirens", body="Hi")
    reply = services.create_reply(thread=thread, author=alice, body="Secret words of Alice")
    services.hide_post(reply, moderator)
    url = thread.get_absolute_url()
    as_bob = signed_in(bob).get(url)
    as_alice = signed_in(alice).get(url)
    assert b"Secret words of Alice" not in as_bob.content
    assert b"Secret words of Alice" in as_alice.content
    assert "X-Member-Cache" not in as_alice  # rendered for her, never from the shared copy


def test_step_progress_and_answers_stay_personal(guideline, make_user):
    path = LearningPath(title="Path", slug="path", summary="S", theme="mobilising-citizens")
    path.live = True
    path.steps = [
        PathStep(title="One", intro="Do one.", reflection_question="Why?", estimated_minutes=5),
        PathStep(title="Two", intro="Do two.", reflection_question="", estimated_minutes=5),
    ]
    path.save()
    url = "/en/learning/path/steps/1/"
    alice, bob = make_user(), make_user()
    client = signed_in(alice)
    page = client.get(url)
    token = TOKEN_RE.search(page.content)[1].decode()
    saved = client.post(
        url, {"action": "done", "reflection": "Alice's own answer"}, HTTP_X_CSRFTOKEN=token
    )
    assert saved.status_code == 302
    # The save bumped nothing shared (progress is not content): Bob's request is a hit.
    as_bob = signed_in(bob).get(url)
    assert as_bob["X-Member-Cache"] == "hit"
    assert b"Alice&#x27;s own answer" not in as_bob.content
    assert b"0 of 2 steps done" in as_bob.content and b"Mark as done" in as_bob.content
    as_alice = client.get(url)
    assert as_alice["X-Member-Cache"] == "hit"
    assert b"Alice&#x27;s own answer" in as_alice.content
    assert b"1 of 2 steps done" in as_alice.content and b"Mark as not done" in as_alice.content


def test_a_waiting_message_is_shown_and_never_shared(category, make_user):
    alice, bob = make_user(), make_user()
    thread = services.create_thread(author=alice, category=category, title="Sirens", body="Hi")
    url = thread.get_absolute_url()
    client = signed_in(alice)
    token = TOKEN_RE.search(client.get(url).content)[1].decode()
    posted = client.post(url, {"body": "My reply"}, HTTP_X_CSRFTOKEN=token, follow=True)
    assert b"Your reply has been posted." in posted.content
    assert "X-Member-Cache" not in posted.redirect_chain and posted.status_code == 200
    as_bob = signed_in(bob).get(url)
    assert b"Your reply has been posted." not in as_bob.content


def test_restricted_pages_are_never_shared(guideline, make_user):
    restriction = PageViewRestriction.objects.create(
        page=guideline, restriction_type=PageViewRestriction.PASSWORD, password="flood"
    )
    assert restriction.pk
    response = signed_in(make_user()).get(guideline.url)
    assert response.status_code == 200 and "X-Member-Cache" not in response


def test_hole_markers_in_user_content_are_not_filled(category, make_user):
    alice = make_user()
    fake = "[lcc-hole:0123456789abcdef0123:account_nav:W10=] lcccsrf0123456789abcdef0123"
    thread = services.create_thread(author=alice, category=category, title="Sirens", body=fake)
    response = signed_in(alice).get(thread.get_absolute_url())
    assert fake.encode() in response.content
    assert Post.objects.filter(thread=thread).count() == 1


def test_anonymous_visitors_get_the_parts_without_markers(guideline):
    response = Client().get(guideline.url)
    assert b"lcc-hole" not in response.content and b"Sign in" in response.content
    assert b"Follow this page" not in response.content


def test_community_lists_are_shared_with_each_members_follow_state(category, make_user):
    alice, bob = make_user(), make_user()
    services.create_thread(author=alice, category=category, title="Sirens at night", body="Hi")
    Follow.objects.follow(alice, category)
    url = f"/en/community/categories/{category.slug}/"
    as_bob = signed_in(bob).get(url)
    as_alice = signed_in(alice).get(url)
    assert as_bob["X-Member-Cache"] == "miss" and as_alice["X-Member-Cache"] == "hit"
    assert b"Sirens at night" in as_bob.content and b"Sirens at night" in as_alice.content
    assert b"Unfollow Floods in Denmark" in as_alice.content
    assert b"Unfollow" not in as_bob.content and b"Follow Floods in Denmark" in as_bob.content
    for path in ("/en/community/", "/en/community/threads/"):
        signed_in(alice).get(path)
        assert signed_in(bob).get(path)["X-Member-Cache"] == "hit"


def test_authors_of_hidden_threads_see_them_in_lists(category, make_user):
    alice, bob = make_user(), make_user()
    moderator = make_user()
    moderator.groups.add(moderators_group())
    thread = services.create_thread(author=alice, category=category, title="Alice's own", body="x")
    services.set_thread_flag(thread, moderator, "is_hidden", True)
    assert b"Alice&#x27;s own" not in signed_in(bob).get("/en/community/threads/").content
    as_alice = signed_in(alice).get("/en/community/threads/")
    assert b"Alice&#x27;s own" in as_alice.content and "X-Member-Cache" not in as_alice


@pytest.mark.parametrize(
    "query",
    [
        "?q=%00",
        "?q=" + "x" * 3000,
        "?hazard=%3Cscript%3E&page=-1",
        "?page=abc",
        "?quote=abc",
        "?sort=\u2603",
    ],
)
def test_odd_query_strings_never_break_a_shared_page(guideline, category, make_user, query):
    member = make_user()
    thread = services.create_thread(author=member, category=category, title="Sirens", body="x")
    client = signed_in(make_user())
    for path in ("/en/search/", "/en/framework/", guideline.url, thread.get_absolute_url()):
        response = client.get(path + query)
        assert response.status_code < 500, path + query
        assert markers.nonce.encode() not in response.content


def test_the_path_list_is_shared_with_each_members_progress(make_user):
    from learning_paths.progress import MemberProgress

    path = LearningPath(title="Path", slug="path", summary="S", theme="mobilising-citizens")
    path.live = True
    path.steps = [PathStep(title=f"S{n}", intro="Do.", estimated_minutes=5) for n in range(4)]
    path.save()
    alice, bob = make_user(), make_user()
    progress = MemberProgress(alice, path)
    path.ordered_steps = list(path.steps.order_by("sort_order", "pk"))
    progress.record(path.ordered_steps[0], done=True)
    as_bob = signed_in(bob).get("/en/learning/")
    as_alice = signed_in(alice).get("/en/learning/")
    assert as_bob["X-Member-Cache"] == "miss" and as_alice["X-Member-Cache"] == "hit"
    assert b"1 of 4 steps done" in as_alice.content
    assert b"steps done" not in as_bob.content and b"Path" in as_bob.content
