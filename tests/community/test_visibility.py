"""Who sees what: profiles by visibility, hidden posts and threads, for every kind of viewer."""

import pytest
from django.urls import reverse

from community.search import search_threads

pytestmark = pytest.mark.django_db

VIEWERS = ["anonymous", "member", "moderator", "owner"]


@pytest.fixture
def viewer_of(client, make_user, moderator):
    """Log the client in as the given kind of viewer of ``owner``'s content."""

    def login(kind, owner):
        user = {"anonymous": None, "member": make_user(), "moderator": moderator, "owner": owner}[
            kind
        ]
        if user is not None:
            client.force_login(user)
        return user

    return login


# (visibility, viewer) -> expected: 200 shown, "login" redirect to sign in, 404 not found
PROFILE_MATRIX = {
    ("public", "anonymous"): 200,
    ("public", "member"): 200,
    ("public", "moderator"): 200,
    ("public", "owner"): 200,
    ("members", "anonymous"): "login",
    ("members", "member"): 200,
    ("members", "moderator"): 200,
    ("members", "owner"): 200,
    ("hidden", "anonymous"): 404,
    ("hidden", "member"): 404,
    ("hidden", "moderator"): 200,
    ("hidden", "owner"): 200,
}


@pytest.mark.parametrize(("visibility", "viewer"), list(PROFILE_MATRIX))
def test_profile_page_respects_visibility(
    client, make_user, set_profile, viewer_of, visibility, viewer
):
    owner = make_user()
    set_profile(owner, visibility=visibility, handle="owner", display_name="Greta Vogel")
    viewer_of(viewer, owner)
    response = client.get(reverse("community:profile", args=["owner"]))
    expected = PROFILE_MATRIX[(visibility, viewer)]
    if expected == "login":
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]
    else:
        assert response.status_code == expected
        assert ("Greta Vogel" in response.text) is (expected == 200)


@pytest.mark.parametrize(("visibility", "viewer"), list(PROFILE_MATRIX))
def test_directory_respects_visibility(
    client, make_user, set_profile, viewer_of, visibility, viewer
):
    owner = make_user()
    set_profile(owner, visibility=visibility, handle="owner", display_name="Greta Vogel")
    viewer_of(viewer, owner)
    text = client.get(reverse("community:members")).text
    assert ("Greta Vogel" in text) is (PROFILE_MATRIX[(visibility, viewer)] == 200)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_hidden_post_is_seen_only_by_its_author_and_moderators(
    client, make_thread, make_user, moderator, viewer_of, viewer
):
    from community import services

    owner = make_user()
    thread = make_thread(title="Sandbags and sirens in Vejle")
    post = services.create_reply(thread=thread, author=owner, body="A rude remark zebracorn")
    services.hide_post(post, moderator, "rude")
    viewer_of(viewer, owner)
    sees = viewer in {"owner", "moderator"}
    page = client.get(thread.get_absolute_url()).text
    assert ("zebracorn" in page) is sees
    assert client.get(reverse("community:post", args=[post.pk])).status_code == (
        302 if sees else 404
    )
    request = type("R", (), {"user": client.session and _user(client)})()
    results = search_threads(request, "zebracorn")
    assert bool(results) is sees
    # the reply count on lists does not count it either
    listing = client.get(reverse("community:threads")).text
    assert ("1 reply" in listing) is sees


def _user(client):
    from django.contrib.auth import get_user
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.session = client.session
    return get_user(request)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_hidden_thread_is_invisible_everywhere_to_others(
    client, make_thread, make_user, moderator, viewer_of, viewer
):
    from community import services

    owner = make_user()
    thread = make_thread(author=owner, title="Quokkaflood hidden thread")
    services.set_thread_flag(thread, moderator, "is_hidden", True)
    viewer_of(viewer, owner)
    sees = viewer in {"owner", "moderator"}
    assert client.get(thread.get_absolute_url()).status_code == (200 if sees else 404)
    assert ("Quokkaflood" in client.get(reverse("community:threads")).text) is sees
    assert ("Quokkaflood" in client.get(reverse("community:index")).text) is sees
    request = type("R", (), {"user": _user(client)})()
    assert bool(search_threads(request, "Quokkaflood")) is sees


def test_mentions_link_only_to_profiles_the_reader_may_see(
    client, make_thread, make_user, set_profile
):
    public, members = make_user(), make_user()
    set_profile(public, handle="pia", visibility="public")
    set_profile(members, handle="mads", visibility="members")
    thread = make_thread(body="Thanks @pia and @mads for the flood map, and @nobody too.")
    text = client.get(thread.get_absolute_url()).text
    assert 'href="/en/community/members/pia/"' in text
    assert 'href="/en/community/members/mads/"' not in text
    assert "@mads" in text
    client.force_login(make_user())
    text = client.get(thread.get_absolute_url()).text
    assert 'href="/en/community/members/mads/"' in text
    assert 'href="/en/community/members/nobody/"' not in text


@pytest.mark.parametrize(
    ("visibility", "viewer", "linked"),
    [
        ("public", "anonymous", True),
        ("members", "anonymous", False),
        ("members", "member", True),
        ("hidden", "anonymous", False),
        ("hidden", "member", False),
    ],
)
def test_author_names_link_only_to_profiles_the_viewer_may_open(
    client, make_thread, make_user, set_profile, viewer_of, visibility, viewer, linked
):
    author = make_user()
    profile = set_profile(author, visibility=visibility, display_name="Ilse Jansen")
    thread = make_thread(author=author, title="Sandbags in Kolding")
    viewer_of(viewer, author)
    html = client.get(thread.get_absolute_url()).content.decode()
    profile_url = reverse("community:profile", args=[profile.handle])
    assert "Ilse Jansen" in html
    assert (f'href="{profile_url}"' in html) is linked
