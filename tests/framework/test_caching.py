"""The derived-data cache: one generation read and one read per name within a request."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from framework import caching


@pytest.fixture(autouse=True)
def _clear():
    cache.clear()
    yield
    caching.end_request_memo()
    cache.clear()


def _counting_gets():
    return mock.patch.object(cache, "get", wraps=cache.get)


def test_outside_a_request_every_call_reads_the_cache_and_a_bump_invalidates():
    computed = []
    assert caching.cached("thing", lambda: computed.append(1) or len(computed)) == 1
    assert caching.cached("thing", lambda: computed.append(1) or len(computed)) == 1
    caching.bump_generation()
    assert caching.cached("thing", lambda: computed.append(1) or len(computed)) == 2


def test_within_a_request_the_generation_and_each_value_are_read_once():
    caching.cached("thing", lambda: "value")
    caching.start_request_memo()
    with _counting_gets() as get:
        for _ in range(5):
            assert caching.cached("thing", lambda: "other") == "value"
        assert get.call_count == 2  # the generation, then the value
    caching.end_request_memo()
    assert caching._memo() is None


def test_a_bump_during_the_request_forgets_what_it_read():
    caching.start_request_memo()
    assert caching.cached("thing", lambda: "old") == "old"
    caching.bump_generation()
    assert caching.cached("thing", lambda: "new") == "new"
    caching.end_request_memo()


def test_prefetch_reads_known_names_in_one_round_trip():
    caching.cached("a", lambda: 1)
    caching.cached("b", lambda: 2)
    caching.start_request_memo()
    caching.generation()
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as get_many:
        caching.prefetch("a", "b", "missing")
    assert get_many.call_count == 1
    with _counting_gets() as get:
        assert caching.cached("a", lambda: None) == 1
        assert caching.cached("b", lambda: None) == 2
        assert caching.cached("missing", lambda: 3) == 3  # computed without another read
        assert get.call_count == 0
    caching.end_request_memo()


def test_prefetch_outside_a_request_does_nothing():
    with mock.patch.object(cache, "get_many") as get_many:
        caching.prefetch("a")
    get_many.assert_not_called()


@pytest.mark.django_db
def test_the_memo_lives_from_request_started_to_request_finished():
    request_started.send(sender=None)
    assert caching._memo() == {}
    request_finished.send(sender=None)
    assert caching._memo() is None
