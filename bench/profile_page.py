"""Why is a page slow? Its SQL (grouped, most repeated first) and where the Python time goes.

Run against the benchmark database after ``bench/run.py`` (same environment variables)::

    DJANGO_SETTINGS_MODULE=lcc.settings.production SECRET_KEY=x ALLOWED_HOSTS=127.0.0.1 \\
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lcc_bench REDIS_URL=redis://127.0.0.1:6379/5 \\
    .venv/bin/python bench/profile_page.py /en/framework/scale-product-500/ [--signed-in]

The page cache is bypassed so the page is rendered.
"""

import argparse
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--signed-in", action="store_true", help="as member0@scale.example.org")
    parser.add_argument("--top", type=int, default=25, help="profile lines to show")
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
        profiler = cProfile.Profile()
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = profiler.runcall(client.get, args.path, HTTP_HOST="127.0.0.1")
        elapsed = time.perf_counter() - started
    queries = captured.captured_queries
    sql_ms = sum(float(query["time"]) for query in queries) * 1000
    print(f"{args.path}: HTTP {response.status_code}, {len(response.content)} bytes")
    print(f"{len(queries)} queries, {sql_ms:.1f} ms in SQL, {elapsed * 1000:.1f} ms in total\n")
    for sql, count in Counter(shape(query["sql"]) for query in queries).most_common():
        print(f"{count:3} x {sql[:220]}")
    print("\nslowest queries:")
    for query in sorted(queries, key=lambda query: -float(query["time"]))[:5]:
        print(f"{float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
