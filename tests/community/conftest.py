"""Fixtures for the community tests: categories, threads, moderators."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def category(db):
    from community.models import Category

    return Category.objects.create(name="Floods in Denmark", slug="floods-denmark", order=1)


@pytest.fixture
def moderator(make_user):
    from community.permissions import moderators_group

    user = make_user("moderator@example.org")
    user.groups.add(moderators_group())
    return user


@pytest.fixture
def make_thread(category, make_user):
    """Start a thread through the service (as the views do)."""
    from community import services

    def make(author=None, title="Warning non-native speakers about a flood", body=None, **kw):
        return services.create_thread(
            author=author or make_user(),
            category=kw.pop("category", category),
            title=title,
            body=body or "How do you reach people who do not read Danish?",
            **kw,
        )

    return make


@pytest.fixture
def set_profile():
    def update(user, **fields):
        from community.models import Profile

        Profile.objects.filter(user=user).update(**fields)
        user.profile.refresh_from_db()
        return user.profile

    return update
