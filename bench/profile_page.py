"""Why is a page slow? Its SQL (grouped, most repeated first) and where the Python time goes.

Run against the benchmark database after ``bench/run.py`` (same environment variables)::

    DJANGO_SETTINGS_MODULE=lcc.settings.production SECRET_KEY=x ALLOWED_HOSTS=127.0.0.1 \\
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lcc_bench REDIS_URL=redis://127.0.0.1:6379/5 \\
    .venv/bin/python bench/profile_page.py /en/framework/scale-product-500/ [--signed-in]

The page cache is bypassed so the page is rendered. After one warm-up request it times
``--repeat`` unprofiled renders (median and minimum: the cProfile figures inflate Python
time), then profiles one render, counting its SQL queries and its calls to the shared cache
(round trips). ``--own`` adds the project's own functions to the profile; ``--sort tottime``
shows where the time is spent rather than under which caller.
"""

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shape(sql):
    """The query with literals replaced, so the same query with other ids groups together."""
    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"IN \([?, ]+\)", "IN (...)", sql)


@contextlib.contextmanager
def count_cache_calls():
    """Count calls (round trips) to the default cache by method name."""
    from django.core.cache import caches

    calls = Counter()
    backend = caches["default"]
    originals = {}
    for name in ("get", "get_many", "set", "set_many", "add", "incr", "delete"):
        original = getattr(type(backend), name, None)
        if original is None:
            continue

        def wrapper(*args, _name=name, _original=original, **kwargs):
            calls[_name] += 1
            return _original(*args, **kwargs)

        originals[name] = original
        setattr(type(backend), name, wrapper)
    try:
        yield calls
    finally:
        for name, original in originals.items():
            setattr(type(backend), name, original)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--signed-in", action="store_true", help="as member0@scale.example.org")
    parser.add_argument("--top", type=int, default=25, help="profile lines to show")
    parser.add_argument("--own", action="store_true", help="also list the project's functions")
    parser.add_argument(
        "--sort", default="cumulative", help="profile order: cumulative, tottime, ncalls..."
    )
    parser.add_argument(
        "--repeat", type=int, default=10, help="unprofiled renders to time (median, min)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    for name, value in {
        "DJANGO_SETTINGS_MODULE": "lcc.settings.production",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "LCC_BENCH_BASELINE": "1",
        "CACHE_KEY_PREFIX": "lccbench",
    }.items():
        os.environ.setdefault(name, value)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if args.signed_in:
        client.force_login(get_user_model().objects.get(email="member0@scale.example.org"))
    plain_static = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # No collectstatic needed: static URLs without the manifest cost about the same.
    with override_settings(LCC_PAGE_CACHE_SECONDS=0, STORAGES=plain_static):
        client.get(args.path, HTTP_HOST="127.0.0.1")  # warm per-process caches
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            client.get(args.path, HTTP_HOST="127.0.0.1")
            timings.append((time.perf_counter() - started) * 1000)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured, count_cache_calls() as cache_calls:
            response = profiler.runcall(client.get, args.path, HTTP_HOST="127.0.0.1")
        elapsed = time.perf_counter() - started
    queries = captured.captured_queries
    sql_ms = sum(float(query["time"]) for query in queries) * 1000
    print(f"{args.path}: HTTP {response.status_code}, {len(response.content)} bytes")
    print(f"{len(queries)} queries, {sql_ms:.1f} ms in SQL, {elapsed * 1000:.1f} ms profiled")
    if timings:
        timings.sort()
        print(
            f"unprofiled, {len(timings)} renders: median {timings[len(timings) // 2]:.1f} ms, "
            f"min {timings[0]:.1f} ms"
        )
    print(
        "cache calls: "
        + (", ".join(f"{n} {name}" for name, n in sorted(cache_calls.items())) or "none")
        + "\n"
    )
    for sql, count in Counter(shape(query["sql"]) for query in queries).most_common():
        print(f"{count:3} x {sql[:220]}")
    print("\nslowest queries:")
    for query in sorted(queries, key=lambda query: -float(query["time"]))[:5]:
        print(f"{float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats(args.sort)
    stats.print_stats(args.top)
    if args.own:
        # The project's own functions (not the virtualenv's), where their callees' time goes.
        stats.print_stats(r"^(?!.*site-packages).*/(framework|community|learning_paths|lcc)/", 40)
    print(out.getvalue())


if __name__ == "__main__":
    main()
