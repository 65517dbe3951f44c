"""Browser-test infrastructure: one live server with the demo content, Debian's Chromium.

The demo content is loaded once for the whole e2e package instead of once per test: a
per-test flush (what pytest-django's ``live_server`` does through ``transactional_db``) would
cost a full demo load for each of the many page checks. So this package starts the same
``LiveServer`` helper that pytest-django's fixture uses, with the database unblocked for the
package, and puts the database back as migrations left it when the package is done, so later
test modules see the state they expect.

Journeys write to that shared database: each one makes its own users and content with names
no other test uses.
"""

import os
import re
import shutil
import uuid
from contextlib import contextmanager

import pytest

REQUIRE_SERVICES = os.environ.get("LCC_REQUIRE_SERVICES") == "1"
CHROMIUM = os.environ.get("LCC_CHROMIUM", "/usr/bin/chromium")

LAUNCH_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="package")
def _media_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("e2e-media")


@pytest.fixture(autouse=True)
def _media_root(settings, _media_dir):
    """One media folder for the package: the demo images must outlive a single test."""
    settings.MEDIA_ROOT = _media_dir


@contextmanager
def _async_unsafe_allowed():
    """Playwright's sync API keeps an event loop in this thread; Django would then refuse ORM
    calls from test code, although nothing here is really asynchronous."""
    saved = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = saved


def _close_server_connections():
    """The live server's request threads (and ORM calls made while Playwright's event loop
    runs) may leave PostgreSQL sessions open on the test database; end them, or dropping the
    test database fails. Touches the test database only."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def _restore_database(snapshot):
    from django.apps import apps
    from django.core.cache import cache
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection, connections

    _close_server_connections()

    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(snapshot)
    # flush restarted every sequence; move them past the rows just restored.
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    cache.clear()
    _close_server_connections()
    connections.close_all()


def _configured_database_name():
    from django.conf import settings

    return settings.DATABASES["default"]["NAME"]


# Read at collection, before any test database replaces it.
CONFIGURED_DATABASE = _configured_database_name()


@contextmanager
def _test_database():
    """pytest-django creates the test database only when a collected test asks for ``db`` or
    ``live_server``; a run of the page checks alone asks for neither, so create it here then.
    Never load demo content into the configured (real) database."""
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    if connection.settings_dict["NAME"] != CONFIGURED_DATABASE:
        yield
        return
    config = setup_databases(verbosity=0, interactive=False, aliases={connection.alias})
    assert connection.settings_dict["NAME"] != CONFIGURED_DATABASE
    try:
        yield
    finally:
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="package")
def live_site(django_db_setup, django_db_blocker, _media_dir):
    """A live server over the demo content; yields its base URL (no trailing slash)."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings
    from pytest_django.live_server_helper import LiveServer

    from lcc.page_cache import PAGE_GENERATION

    with django_db_blocker.unblock(), _async_unsafe_allowed(), _test_database():
        # Transactional tests that ran earlier flushed the rows data migrations made (root page,
        # collection, locales); the copy serialized when the test database was made restores them.
        migrated = getattr(connection, "_test_serialized_contents", None)
        if migrated:
            _restore_database(migrated)
        snapshot = migrated or connection.creation.serialize_db_to_string()
        saved_media = settings.MEDIA_ROOT
        settings.MEDIA_ROOT = _media_dir
        try:
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        finally:
            settings.MEDIA_ROOT = saved_media
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        # The browser sees the site as production serves it: anonymous pages from the page cache,
        # members' pages from the shared member cache with their personal parts filled in.
        caches_on = override_settings(LCC_PAGE_CACHE_SECONDS=300, LCC_MEMBER_CACHE_SECONDS=300)
        caches_on.enable()
        try:
            yield server.url
        finally:
            caches_on.disable()
            server._live_server_modified_settings.disable()
            server.stop()
            _restore_database(snapshot)
            # The restore fires no signals: retire every page cached from the journeys' data.
            PAGE_GENERATION.bump()


@pytest.fixture
def site_db(live_site, django_db_blocker):
    """Database access for test code next to the live server (the data is committed at once)."""
    with django_db_blocker.unblock(), _async_unsafe_allowed():
        yield


@pytest.fixture(scope="package")
def browser(live_site):
    """Chromium for this package; set up after (so closed before) the live site, so
    Playwright's event loop is gone when the database is put back."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}")  # the root conftest skips before we get here
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    yield browser
    browser.close()
    playwright.stop()


class PageErrors:
    """Console errors and uncaught exceptions seen by one page."""

    def __init__(self, page):
        self.messages = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.messages.append(f"uncaught: {exc}"))

    def _console(self, message):
        if message.type == "error":
            self.messages.append(f"console: {message.text} ({message.location.get('url')})")


@pytest.fixture
def new_page(browser, live_site, site_db):
    """Open pages in fresh browser contexts (each its own cookie jar, so its own member)."""
    contexts = []

    def make(width=1280, height=900):
        context = browser.new_context(
            base_url=live_site, viewport={"width": width, "height": height}
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.errors = PageErrors(page)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def require_tool(name):
    """A command the check needs: fail when services are required (CI), skip otherwise."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed"
    if REQUIRE_SERVICES:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def unique_email(prefix="member"):
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.org"


LINK = re.compile(r"https?://\S+")


def mail_link(message, base_url, containing):
    """The first link in a mail that contains ``containing``, made relative to the live server."""
    for url in LINK.findall(message.body):
        if containing in url:
            return re.sub(r"^https?://[^/]+", "", url)
    raise AssertionError(f"no link with {containing!r} in mail: {message.body}")


def make_member(email=None, password="a-long-enough-passphrase-9", **fields):
    """A member with a verified address, committed so the live server sees it."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    email = email or unique_email()
    user = get_user_model().objects.create_user(email=email, password=password, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture(scope="package")
def page_reports(browser, live_site):
    """Reports of the checked pages, measured once each and shared by every page check."""
    from tests.e2e import checks, pages

    reports = {}
    member = {}

    def report(name, language, signed_in=False):
        key = (name, language, signed_in)
        if key not in reports:
            context = browser.new_context(
                base_url=live_site, viewport={"width": 1280, "height": 900}
            )
            context.set_default_timeout(TIMEOUT_MS)
            try:
                if signed_in:
                    if "user" not in member:
                        member["user"] = make_member(unique_email("reviewer"))
                    sign_in(context, live_site, member["user"])
                page = context.new_page()
                page.errors = PageErrors(page)
                reports[key] = checks.visit(page, live_site + pages.resolve(name, language))
            finally:
                context.close()
        return reports[key]

    return report


def sign_in(context, base_url, user):
    """Give a browser context the session of ``user`` (as a log-in would, without the form)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])
