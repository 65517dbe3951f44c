"""Root pytest configuration: service markers decide between run, skip and fail."""

import os

import pytest

REQUIRE_SERVICES = os.environ.get("LCC_REQUIRE_SERVICES") == "1"
CHROMIUM = os.environ.get("LCC_CHROMIUM", "/usr/bin/chromium")


def _postgres_configured():
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def _redis_reachable():
    url = os.environ.get("REDIS_URL")
    if not url:
        return False, "REDIS_URL is not set"
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.exceptions.RedisError as exc:
        return False, f"Redis at {url} is unreachable: {exc}"
    return True, ""


def _missing_service(item):
    if item.get_closest_marker("postgres") and not _postgres_configured():
        return "DATABASE_URL does not point at PostgreSQL"
    if item.get_closest_marker("redis"):
        ok, reason = _redis_reachable()
        if not ok:
            return reason
    if item.get_closest_marker("browser") and not os.path.exists(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (install Debian's chromium or set LCC_CHROMIUM)"
    return None


def pytest_runtest_setup(item):
    reason = _missing_service(item)
    if reason is None:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"service-backed test cannot run: {reason}", pytrace=False)
    pytest.skip(f"service-backed test skipped: {reason}")


def pytest_collection_modifyitems(config, items):
    """Transactional tests flush the database when they end, taking with it the rows that
    data migrations made (root page and collection, locales, groups, workflow). Give every
    such test a serialized rollback, so the next one starts from the migrated state again."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if (
            marker
            and marker.kwargs.get("transaction")
            and "serialized_rollback" not in marker.kwargs
        ):
            kwargs = {**marker.kwargs, "serialized_rollback": True}
            item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)


def pytest_configure(config):
    config.addinivalue_line("markers", "postgres: needs DATABASE_URL pointing at PostgreSQL")
    config.addinivalue_line("markers", "redis: needs a reachable Redis at REDIS_URL")


def pytest_terminal_summary(terminalreporter):
    skipped = [
        rep
        for rep in terminalreporter.stats.get("skipped", [])
        if "service-backed test skipped" in str(rep.longrepr)
    ]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} service-backed tests skipped: set DATABASE_URL (PostgreSQL) and "
            "REDIS_URL to run them, as .ci/run does.",
            yellow=True,
        )
