"""Proposal and feedback limits (django-ratelimit): only valid submissions count, and the
cache never holds a visitor's address in clear."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from framework.contributions.models import Feedback
from tests.framework.factories import GuidelinePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(index):
    return GuidelinePageFactory(parent=index, title="Warning non-native speakers")


def _answer(client, page, useful="yes", **extra):
    url = reverse("contributions:feedback", args=[page.pk])
    return client.post(url, {"feedback-useful": useful, "feedback-comment": ""}, **extra)


def _cache_keys():
    if hasattr(cache, "keys"):  # django-redis
        return [str(key) for key in cache.keys("*")]
    return [str(key) for key in cache._cache]  # local memory


def test_invalid_feedback_does_not_count(client, product, settings):
    settings.LCC_FEEDBACK_LIMITS = {"anonymous_per_hour": 1, "member_per_hour": 1}
    for _ in range(3):
        assert _answer(client, product, useful="", REMOTE_ADDR="198.51.100.7").status_code == 200
    assert _answer(client, product, REMOTE_ADDR="198.51.100.7").status_code == 302
    assert _answer(client, product, REMOTE_ADDR="198.51.100.7").status_code == 429
    assert Feedback.objects.count() == 1


def test_the_cache_never_holds_the_visitors_address(client, product):
    assert _answer(client, product, REMOTE_ADDR="198.51.100.77").status_code == 302
    keys = _cache_keys()
    assert keys  # the counter is there
    assert not [key for key in keys if "198.51.100.77" in key]


def test_invalid_proposals_do_not_count(client, index, contributor, settings):
    from tests.contributions.test_validation import post

    settings.LCC_CONTRIBUTION_PROPOSALS_PER_DAY = 1
    for _ in range(2):
        response = post(client, contributor, **{"proposal-title": ""})
        assert "number of proposals allowed per day" not in response.content.decode()
    assert post(client, contributor).status_code == 302
    response = post(client, contributor, **{"proposal-title": "A second idea"})
    assert "number of proposals allowed per day" in response.content.decode()
