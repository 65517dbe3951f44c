"""Demo content of the community (``manage.py load_demo_content``).

Idempotent: members are looked up by e-mail, categories by slug and threads by title, so
a second run creates nothing. Demo posts are written directly (no notifications, no rate
limits); threads about framework pages are linked only when that page exists.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from community.demo_content.categories import CATEGORIES
from community.demo_content.members import MEMBERS
from community.demo_content.threads import THREADS
from community.models import Category, Follow, Post, Profile, Thread

#: Every demo member signs in with <handle>@demo.lcc.example and this password.
DEMO_PASSWORD = "demo-password-2026"
DEMO_DOMAIN = "demo.lcc.example"
#: Accounts for trying the editorial workflow in the Wagtail admin at /admin/:
#: (handle, group, display name). The groups come from the framework's migrations.
DEMO_STAFF = [
    ("editor", "Editors", "Demo editor"),
    ("moderator", "Moderators", "Demo moderator"),
]
PROFILE_FIELDS = [
    "display_name", "organisation", "role", "stakeholder_group", "country", "bio", "visibility",
]  # fmt: skip


def load(stdout):
    """Create or update the demo members, categories and discussions."""
    with transaction.atomic():
        users = {data["handle"]: _member(data) for data in MEMBERS}
        categories = {slug: _category(slug, name, text, i) for i, (slug, name, text) in
                      enumerate(CATEGORIES)}  # fmt: skip
        pages = _pages({data["page"] for data in THREADS if data["page"]})
        created = sum(_thread(data, users, categories, pages) for data in THREADS)
        for handle, group, display_name in DEMO_STAFF:
            _staff(handle, group, display_name)
    stdout.write(
        f"community.demo: {len(users)} members, {len(categories)} categories, "
        f"{len(THREADS)} threads ({created} new); password {DEMO_PASSWORD!r}"
    )


def _member(data):
    email = f"{data['handle']}@{DEMO_DOMAIN}"
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = get_user_model().objects.create_user(email=email, password=DEMO_PASSWORD)
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    profile = Profile.objects.get_or_create(user=user)[0]
    changed = profile.handle != data["handle"] or profile.languages != data["languages"]
    for field in PROFILE_FIELDS:
        if getattr(profile, field) != data[field]:
            setattr(profile, field, data[field])
            changed = True
    if changed:
        profile.handle = data["handle"]
        profile.languages = data["languages"]
        profile.save()
    if sorted(t.name for t in profile.expertise.all()) != sorted(data["expertise"]):
        profile.expertise.set(data["expertise"])
    return user


def _staff(handle, group_name, display_name):
    """An editor or moderator account (hidden profile: staff are not part of the directory)."""
    email = f"{handle}@{DEMO_DOMAIN}"
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = get_user_model().objects.create_user(email=email, password=DEMO_PASSWORD)
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    profile = Profile.objects.get_or_create(user=user)[0]
    if (profile.handle, profile.display_name, profile.visibility) != (
        handle,
        display_name,
        "hidden",
    ):
        profile.handle, profile.display_name, profile.visibility = handle, display_name, "hidden"
        profile.save()
    return user


def _category(slug, name, description, order):
    category, _created = Category.objects.update_or_create(
        slug=slug, defaults={"name": name, "description": description, "order": order}
    )
    return category


def _pages(slugs):
    """English framework pages by slug; a slug that does not exist is simply left out."""
    pages = Page.objects.live().filter(slug__in=slugs, locale__language_code="en")
    return {page.slug: page for page in pages}


def _thread(data, users, categories, pages):
    if Thread.objects.filter(title=data["title"]).exists():
        return 0
    start = timezone.now() - datetime.timedelta(days=data["days_ago"])
    author = users[data["author"]]
    thread = Thread.objects.create(
        title=data["title"],
        category=categories[data["category"]],
        author=author,
        page=pages.get(data["page"]),
        created_at=start,
        last_activity_at=start,
        last_post_author=author,
    )
    thread.tags.set(data["tags"])
    _post(thread, author, data["body"], start)
    when = start
    for i, (handle, text) in enumerate(data["replies"]):
        when = start + datetime.timedelta(hours=3 * (i + 1), minutes=17 * i)
        _post(thread, users[handle], text, when)
        Follow.objects.follow(users[handle], thread)
        thread.last_post_author = users[handle]
    thread.last_activity_at = when
    thread.save(update_fields=["last_activity_at", "last_post_author"])
    Follow.objects.follow(author, thread)
    return 1


def _post(thread, author, body, when):
    post = Post(thread=thread, author=author, body=body, created_at=when)
    handles = post.render()
    post.save()
    if handles:
        post.mentions.set(get_user_model().objects.filter(profile__handle__in=handles))
    return post
