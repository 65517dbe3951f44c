"""Fixtures for contributions: the English site with the Review workflow, people, form data."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from PIL import Image

from framework.workflow import ensure_review_workflow
from tests.framework.factories import (
    DisasterPhaseFactory,
    HazardFactory,
    StakeholderGroupFactory,
    build_site,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """(home, framework index) with the Review workflow and groups on the index."""
    home, index = build_site()
    ensure_review_workflow()
    return home, index


@pytest.fixture
def index(site):
    return site[1]


@pytest.fixture
def taxonomies(db):
    return {
        "flood": HazardFactory(name="Flood", slug="flood"),
        "drought": HazardFactory(name="Drought", slug="drought"),
        "response": DisasterPhaseFactory(name="Response", slug="response"),
        "practitioners": StakeholderGroupFactory(name="Practitioners", slug="practitioners"),
    }


def _named(user, name, organisation="", group=""):
    profile = user.profile
    profile.display_name = name
    profile.organisation = organisation
    profile.stakeholder_group = group
    profile.visibility = "public"
    profile.save()
    return user


@pytest.fixture
def contributor(make_user):
    user = make_user("ada@example.org")
    return _named(user, "Ada Rossi", "Protezione Civile Marche", "practitioners")


@pytest.fixture
def other_member(make_user):
    return _named(make_user("ben@example.org"), "Ben Larsen")


def _in_group(user, name):
    user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def moderator(make_user, site):
    return _in_group(_named(make_user("mod@example.org"), "Mia Moderator"), "Moderators")


@pytest.fixture
def editor(make_user, site):
    return _in_group(_named(make_user("ed@example.org"), "Eddie Editor"), "Editors")


def image_bytes(fmt="PNG", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(buffer, format=fmt)
    return buffer.getvalue()


def proposal_data(**overrides):
    """A complete, valid technology proposal as the browser posts it."""
    data = {
        "proposal-title": "FloodWatch volunteer reports",
        "proposal-summary": "A messaging bot that collects geotagged flood photos from residents.",
        "proposal-body": (
            "## How it works\n\nResidents send a photo and a location to the bot.\n\n"
            "- Reports are checked by volunteers\n- Verified reports appear on a map"
        ),
        "proposal-technology_kind": "crowdsourcing-platform",
        "proposal-functions": ["crowdsourcing", "mapping"],
        "proposal-data_sources": "Telegram, SMS",
        "proposal-cost_model": "open-source",
        "proposal-languages": "Danish, English",
        "proposal-website": "https://floodwatch.example.org",
        "proposal-countries": ["DK"],
        "proposal-tags": "flood, volunteers",
        "sources-TOTAL_FORMS": "3",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "15",
        "sources-0-title": "Evaluation of the 2022 pilot",
        "sources-0-url": "https://example.org/floodwatch-evaluation",
        "sources-0-publisher": "Aarhus Municipality",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
