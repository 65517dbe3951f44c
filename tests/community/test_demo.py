"""The community demo: members, discussions and the staff accounts for trying the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from community import demo
from community.models import Profile, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_demo_is_idempotent(loaded):
    counts = (get_user_model().objects.count(), Thread.objects.count())
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (get_user_model().objects.count(), Thread.objects.count()) == counts
    assert Thread.objects.count() >= 20


@pytest.mark.parametrize("handle,group", [("editor", "Editors"), ("moderator", "Moderators")])
def test_staff_accounts_reach_the_wagtail_admin(loaded, client, handle, group):
    user = get_user_model().objects.get(email=f"{handle}@{demo.DEMO_DOMAIN}")
    assert user.groups.filter(name=group).exists()
    assert Profile.objects.get(user=user).visibility == "hidden"
    assert client.login(email=user.email, password=demo.DEMO_PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_only_moderators_may_publish_framework_pages(loaded):
    from wagtail.models import Page

    framework = Page.objects.get(slug="framework", locale__language_code="en")
    editor = get_user_model().objects.get(email=f"editor@{demo.DEMO_DOMAIN}")
    moderator = get_user_model().objects.get(email=f"moderator@{demo.DEMO_DOMAIN}")
    assert framework.permissions_for_user(editor).can_add_subpage()
    assert not framework.permissions_for_user(editor).can_publish_subpage()
    assert framework.permissions_for_user(moderator).can_publish_subpage()


def test_directory_country_filter_speaks_the_visitors_language(client, member):
    client.force_login(member)
    html = client.get("/nl/community/members/").content.decode()
    assert ">Duitsland<" in html
    assert ">Germany<" not in html
