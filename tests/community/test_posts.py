"""Posting: Markdown rendering is safe, editing marks posts, quoting, locks and rate limits."""

import pytest
from django.urls import reverse

from community.markdown import render_markdown
from community.models import Follow, Post, Thread

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert('x')</script>", "<script"),
        ("[click](javascript:alert(1))", "javascript:"),
        ("[click](JaVaScRiPt:alert(1))", "avascript:"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ('<a href="http://x" onclick="evil()">z</a>', '<a href="http://x" onclick'),
        ('[a](http://x "t\\" onmouseover=\\"alert(1)")', 'onmouseover="alert'),
        ("![pic](http://x/y.png)", "<img"),
        ("<iframe src='http://evil'></iframe>", "<iframe"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:text"),
        ("<style>body{display:none}</style>", "<style"),
    ],
)
def test_markdown_output_is_inert(source, forbidden):
    html, _ = render_markdown(source)
    assert forbidden.lower() not in html.lower()


def test_links_get_nofollow_ugc_and_headings_stay_below_the_page_title():
    html, _ = render_markdown("# Big\n\nSee [DMI](https://www.dmi.dk) for **warnings**.")
    assert '<a href="https://www.dmi.dk" rel="nofollow ugc noopener">DMI</a>' in html
    assert "<h1" not in html and "<h3>Big</h3>" in html
    assert "<strong>warnings</strong>" in html


def test_mentions_are_found_outside_code_only():
    _, handles = render_markdown("Hi @Pia-Larsen, see `@not-this` and mail me@example.org")
    assert handles == {"pia-larsen"}


def test_xss_in_a_posted_reply_comes_out_inert(client, make_thread, member):
    thread = make_thread()
    client.force_login(member)
    body = "<script>alert(1)</script> [x](javascript:alert(2)) <b onmouseover=alert(3)>b</b>"
    client.post(thread.get_absolute_url(), {"body": body})
    text = client.get(thread.get_absolute_url()).text
    assert "<script>alert(1)" not in text
    assert "javascript:alert(2)" not in text
    assert "<b onmouseover" not in text


def test_thread_title_is_escaped(client, make_thread):
    thread = make_thread(title='<script>alert("t")</script> flood')
    text = client.get(thread.get_absolute_url()).text
    assert '<script>alert("t")' not in text


def test_starting_a_thread_about_a_page_and_replying_follow_it(client, category, make_user):
    from wagtail.models import Page

    page = Page.objects.filter(depth__gt=1).live().first()
    author, replier = make_user(), make_user()
    client.force_login(author)
    response = client.post(
        reverse("community:thread_new") + (f"?page={page.pk}" if page else ""),
        {
            "title": "Early warnings in several languages",
            "category": category.pk,
            "tags": "flood, translation",
            "body": "We tried cell broadcast in English and Danish.",
            "page": page.pk if page else "",
        },
    )
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    assert thread.page == page
    assert sorted(t.name for t in thread.tags.all()) == ["flood", "translation"]
    assert Follow.objects.is_following(author, thread)
    client.force_login(replier)
    client.post(thread.get_absolute_url(), {"body": "Arabic and Tigrinya helped here."})
    assert Follow.objects.is_following(replier, thread)
    assert list(Follow.objects.followers_of(thread).order_by("pk")) == [author, replier]


def test_invalid_reply_rerenders_with_the_text_kept(client, make_thread, member):
    thread = make_thread()
    client.force_login(member)
    response = client.post(thread.get_absolute_url(), {"body": "x"})
    assert response.status_code == 400
    assert "x</textarea>" in response.text
    assert "at least" in response.text


def test_editing_your_own_post_marks_it_edited(client, make_thread, make_user):
    author = make_user()
    thread = make_thread(author=author)
    post = thread.posts.get()
    client.force_login(author)
    response = client.post(reverse("community:post_edit", args=[post.pk]), {"body": "Better text"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body == "Better text" and post.edited_at is not None
    assert "edited" in client.get(thread.get_absolute_url()).text


def test_you_cannot_edit_someone_elses_post(client, make_thread, member):
    post = make_thread().posts.get()
    client.force_login(member)
    assert (
        client.post(
            reverse("community:post_edit", args=[post.pk]), {"body": "mine now"}
        ).status_code
        == 403
    )
    post.refresh_from_db()
    assert post.body != "mine now"


def test_quote_prefills_the_reply_form_with_a_blockquote(
    client, make_thread, make_user, set_profile
):
    author = make_user()
    set_profile(author, display_name="Sofie")
    thread = make_thread(author=author, body="Sirens alone do not work at night.")
    post = thread.posts.get()
    client.force_login(make_user())
    text = client.get(f"{thread.get_absolute_url()}?quote={post.pk}").text
    assert "&gt; **Sofie:**" in text
    assert "&gt; Sirens alone do not work at night." in text


def test_locked_thread_accepts_no_replies(client, make_thread, member, moderator):
    from community import services

    thread = make_thread()
    services.set_thread_flag(thread, moderator, "is_locked", True)
    client.force_login(member)
    response = client.post(thread.get_absolute_url(), {"body": "One more thought"})
    assert response.status_code == 403
    assert "locked" in response.text
    assert thread.posts.count() == 1


def test_rate_limit_rerenders_the_form_with_the_text(client, make_thread, member, settings):
    settings.LCC_COMMUNITY_POST_LIMITS = {"minute": 2, "hour": 10}
    thread = make_thread()
    client.force_login(member)
    for i in range(2):
        assert client.post(thread.get_absolute_url(), {"body": f"reply {i}"}).status_code == 302
    response = client.post(thread.get_absolute_url(), {"body": "the third reply"})
    assert response.status_code == 429
    assert "wait a minute" in response.text
    assert "the third reply</textarea>" in response.text
    assert Post.objects.filter(author=member).count() == 2


def test_hourly_rate_limit_applies_to_new_threads(client, category, member, settings):
    settings.LCC_COMMUNITY_POST_LIMITS = {"minute": 100, "hour": 1}
    client.force_login(member)
    data = {"title": "A first question", "category": category.pk, "body": "What about drought?"}
    assert client.post(reverse("community:thread_new"), data).status_code == 302
    data["title"] = "A second question"
    response = client.post(reverse("community:thread_new"), data)
    assert response.status_code == 429
    assert "per hour" in response.text
    assert 'value="A second question"' in response.text


def test_anonymous_cannot_post(client, make_thread):
    thread = make_thread()
    response = client.post(thread.get_absolute_url(), {"body": "drive-by"})
    assert response.status_code == 302
    assert thread.posts.count() == 1


def test_thread_lists_latest_unanswered_category_and_tag(client, make_thread, make_user, category):
    from community import services
    from community.models import Category

    other = Category.objects.create(name="Drought in Germany", slug="drought-germany")
    answered = make_thread(title="Answered question", tags=["drought"], category=other)
    services.create_reply(thread=answered, author=make_user(), body="Here is an answer")
    make_thread(title="Lonely question")
    unanswered = client.get(reverse("community:unanswered")).text
    assert "Lonely question" in unanswered and "Answered question" not in unanswered
    by_category = client.get(reverse("community:category", args=["drought-germany"])).text
    assert "Answered question" in by_category and "Lonely question" not in by_category
    by_tag = client.get(reverse("community:tag", args=["drought"])).text
    assert "Answered question" in by_tag and "Lonely question" not in by_tag
    latest = client.get(reverse("community:threads")).text
    assert latest.index("Lonely question") < latest.index("Answered question")


def test_thread_pages_paginate_with_aria_current(client, make_thread, make_user):
    from community import services

    thread = make_thread()
    author = make_user()
    for i in range(25):
        services.create_reply(thread=thread, author=author, body=f"Reply number {i}")
    text = client.get(thread.get_absolute_url() + "?page=2").text
    assert 'aria-current="page"' in text
    assert "Reply number 24" in text and "Reply number 0<" not in text
    assert text.count("<h1") == 1
