import pytest
from django.core.cache import cache

from tests.framework.factories import build_site


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_pages(db):
    """(home, framework index) with the home page as the default site's root."""
    return build_site()


@pytest.fixture
def home(site_pages):
    return site_pages[0]


@pytest.fixture
def index(site_pages):
    return site_pages[1]
