"""Benchmark the site as production serves it: throughput and latency per page, at two scales.

Run from the repository root (see bench/README.md)::

    .venv/bin/python bench/run.py                      # 1,000 then 10,000 products
    .venv/bin/python bench/run.py --scales 1000 --duration 5

It (re)creates a scratch PostgreSQL database (DATABASE_URL, default ``lcc_bench``), uses Redis
(REDIS_URL, default db 5), migrates, loads the demo content, seeds scale data with
``manage.py seed_scale``, serves ``lcc.wsgi`` with gunicorn on 127.0.0.1 under the production
settings, and drives it with ``wrk``. For every page it reports requests per second, p50 and
p99 latency, the ratio to the ``/bench/hello/`` ceiling and the SQL queries one request makes
(counted in-process with Django's test client on the same database). Results are printed as a
table and written as JSON under ``bench/results/``.
"""

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/lcc_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/5"
CACHE_PREFIX = "lccbench"
MODES = ("anon", "anon-miss", "signed-in", "signed-in-miss")
#: wrk script for the "-miss" modes: a unique query parameter per request defeats the page
#: cache and the members' shared copies, so every request renders the page (what the first
#: visitor after an edit gets, or anyone on an uncommon filter or search URL).
MISS_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local sep = "?"
  if string.find(wrk.path, "?", 1, true) then sep = "&" end
  return wrk.format(nil, wrk.path .. sep .. "nocache=" .. counter .. "-" .. math.random(1e9))
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1000,10000", help="product counts, ascending")
    parser.add_argument("--duration", type=int, default=10, help="seconds measured per run")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per run")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--worker-class", default="gthread", help="gunicorn worker class")
    parser.add_argument("--threads", type=int, default=2, help="threads per gthread worker")
    parser.add_argument(
        "--worker-connections",
        type=int,
        default=0,
        help="gunicorn --worker-connections (default: connections / workers, so each worker takes "
        "its share of wrk's connections; a gthread worker keeps a connection alive only while it "
        "holds fewer than worker-connections - threads, hence 2 threads by default)",
    )
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--modes", default=",".join(MODES), help=",".join(MODES))
    parser.add_argument("--pages", default="", help="only these page names (comma separated)")
    parser.add_argument(
        "--keep-db", action="store_true", help="reuse the database; seed only what is missing"
    )
    return parser.parse_args()


# --- Environment ---------------------------------------------------------------------------


def bench_environment(static_root):
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    env.setdefault("REDIS_URL", DEFAULT_REDIS_URL)
    env.update(
        DJANGO_SETTINGS_MODULE="lcc.settings.production",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        LCC_BENCH_BASELINE="1",
        STATIC_ROOT=str(static_root),
        CACHE_KEY_PREFIX=CACHE_PREFIX,
        CELERY_QUEUE="lcc-bench",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def recreate_database(database_url):
    """Drop and create the scratch database (refusing names that do not look like one)."""
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        sys.exit(
            f"Refusing to recreate {name!r}: the benchmark database name must contain 'bench'."
        )
    admin_url = parts._replace(path="/postgres").geturl().replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    log(f"created database {name}")


def clear_redis(redis_url):
    """Delete the benchmark's cache keys and queue (and nothing else) from its Redis db."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{CACHE_PREFIX}:*", count=1000)) + [b"lcc-bench"]
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def manage(env, *args):
    started = time.monotonic()
    log("manage.py " + " ".join(args))
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        log(output[-3000:])
        raise RuntimeError(f"manage.py {args[0]} failed ({result.returncode})")
    tail = "\n".join(output.splitlines()[-12:])
    log(f"  done in {time.monotonic() - started:.0f} s\n{indent(tail)}")
    return output


def machine():
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load_average": os.getloadavg(),
    }


# --- Data ----------------------------------------------------------------------------------


def prepare(env, args, scales):
    """Migrate, static files and demo content (unless the database is kept)."""
    if not args.keep_db:
        recreate_database(env["DATABASE_URL"])
    clear_redis(env["REDIS_URL"])
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    if not args.keep_db:
        try:
            manage(env, "load_demo_content")
        except RuntimeError:
            log("WARNING: demo content failed to load; continuing with seeded data only")


def seed_to(env, products):
    """Seed up to ``products`` products with members, posts and paths in proportion."""
    from django.contrib.auth import get_user_model

    from community.models import Post
    from framework.models import ProductPage
    from learning_paths.models import LearningPath

    have = ProductPage.objects.filter(slug__startswith="scale-product-").count()
    if have >= products:
        return
    members = get_user_model().objects.filter(email__endswith="@scale.example.org").count()
    scale_paths = LearningPath.objects.filter(slug__startswith="scale-").count()
    wanted = {
        "--products": products - have,
        "--members": max(0, products - members),
        "--posts": max(0, 5 * products - Post.objects.count()),
        "--paths": max(0, max(10, products // 100) - scale_paths),
    }
    manage(env, "seed_scale", *[str(part) for item in wanted.items() for part in item])


def targets(scale):
    """{name: path} of the measured pages, all of them at the same objects at every scale."""
    from django.urls import reverse

    from community.models import Thread
    from framework.models import FrameworkIndexPage, ProductPage
    from learning_paths.models import LearningPath

    browse = FrameworkIndexPage.objects.live().filter(locale__language_code="en").first().url
    products = ProductPage.objects.live().filter(slug__startswith="scale-product-")
    product = products.filter(slug="scale-product-500").first() or products.first()
    path = LearningPath.objects.filter(slug__startswith="scale-").order_by("pk").first()
    seeded_threads = Thread.objects.filter(author__email__endswith="@scale.example.org")
    thread = seeded_threads.order_by("pk")[10]
    return {
        "hello": "/bench/hello/",
        "home": "/en/",
        "browse": browse,
        "browse-filtered": f"{browse}?hazard=flood&phase=response",
        "search": f"{reverse('search')}?q=flood",
        "product": product.url,
        "path-step": reverse("learning_paths:step", kwargs={"slug": path.slug, "number": 2}),
        "thread": thread.get_absolute_url(),
    }


def bench_member():
    """The signed-in member: the first seeded one, enrolled in the measured path."""
    from django.contrib.auth import get_user_model

    from learning_paths.models import Enrolment, LearningPath

    user = get_user_model().objects.get(email="member0@scale.example.org")
    path = LearningPath.objects.filter(slug__startswith="scale-").order_by("pk").first()
    Enrolment.objects.get_or_create(user=user, path=path)
    return user


def session_cookie(user):
    """A real session in the database for ``user``, as the login form would create."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


# --- Query counts (in-process) -------------------------------------------------------------


def count_queries(paths, user):
    """SQL queries per request: anonymous without and with the page cache, and signed in."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    def run(client, path):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, HTTP_HOST="127.0.0.1")
        return {"status": response.status_code, "queries": len(captured.captured_queries)}

    counts = {}
    signed_in = Client()
    signed_in.force_login(user)
    for name, path in paths.items():
        with override_settings(LCC_PAGE_CACHE_SECONDS=0):
            run(Client(), path)  # first request warms per-process caches (site root, etc.)
            uncached = run(Client(), path)
        run(Client(), path)
        cached = run(Client(), path)
        run(signed_in, path)
        separator = "&" if "?" in path else "?"
        counts[name] = {
            "anon": uncached,
            "anon-cached": cached,
            "signed-in": run(signed_in, path),
            "signed-in-miss": run(signed_in, f"{path}{separator}nocache=queries"),
        }
    return counts


# --- Serving and load ----------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env, args):
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", args.port)) == 0:
            raise RuntimeError(f"port {args.port} is already in use by another process")
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "lcc.wsgi",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        args.worker_class,
        "--threads",
        str(args.threads),
        *(
            ["--worker-connections", str(args.worker_connections)]
            if args.worker_connections
            else []
        ),
        "--log-level",
        "warning",
        "--timeout",
        "60",
    ]
    log(" ".join(command[1:]))
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/health/", timeout=2):
                pass
            if server.poll() is None:
                return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("gunicorn exited during start-up") from None
            time.sleep(0.5)
    stop_server(server)
    raise RuntimeError("gunicorn did not answer /health/ within 60 s")


def stop_server(server):
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wrk(url, seconds, connections, cookie=None, script=None):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", script]
    result = subprocess.run([*command, url], capture_output=True, text=True, check=True)
    return parse_wrk(result.stdout)


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse_wrk(output):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.MULTILINE))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": rps,
        "p50_ms": to_ms(percentiles["50"]),
        "p99_ms": to_ms(percentiles["99"]),
        "requests": total,
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


def measure(args, paths, cookie, miss_script):
    """wrk every page in every mode; anonymous runs are warmed so the page cache is filled."""
    results = []
    for mode in args.modes.split(","):
        for name, path in paths.items():
            url = f"http://127.0.0.1:{args.port}{path}"
            options = {
                "cookie": cookie if mode.startswith("signed-in") else None,
                "script": miss_script if mode.endswith("-miss") else None,
            }
            if args.warmup:
                wrk(url, args.warmup, args.connections, **options)
            figures = wrk(url, args.duration, args.connections, **options)
            results.append({"page": name, "mode": mode, "path": path, **figures})
            log(
                f"  {name:16} {mode:10} {figures['rps']:8.1f} req/s  "
                f"p50 {figures['p50_ms']:7.1f} ms  p99 {figures['p99_ms']:7.1f} ms"
                + (f"  non-2xx {figures['non_2xx']}" if figures["non_2xx"] else "")
            )
    return results


# --- Report --------------------------------------------------------------------------------


def add_ratios_and_queries(results, counts):
    ceiling = {row["mode"]: row["rps"] for row in results if row["page"] == "hello"}
    for row in results:
        row["ratio"] = row["rps"] / ceiling[row["mode"]] if ceiling.get(row["mode"]) else None
        count = counts.get(row["page"], {})
        key = {"anon-miss": "anon"}.get(row["mode"], row["mode"])
        row["queries"] = count.get(key, {}).get("queries")
        row["queries_cached"] = count.get("anon-cached", {}).get("queries")


def table(scale, results):
    lines = [
        f"\n{scale} products",
        f"{'page':16} {'mode':10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} "
        f"{'SQL':>7} {'non-2xx':>7}",
    ]
    for row in results:
        ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "-"
        queries = "-" if row["queries"] is None else str(row["queries"])
        if row["mode"] == "anon":
            queries = f"{row['queries_cached']}/{queries}"
        lines.append(
            f"{row['page']:16} {row['mode']:10} {row['rps']:8.1f} {row['p50_ms']:8.1f} "
            f"{row['p99_ms']:8.1f} {ratio:>6} {queries:>7} {row['non_2xx']:>7}"
        )
    lines.append("ratio: req/s over /bench/hello/ in the same mode. SQL: queries per request")
    lines.append("(anon: from the page cache / rendered; signed-in: from the members' shared copy")
    lines.append("with the personal parts filled; -miss: rendered for every request).")
    return "\n".join(lines)


def log(message):
    print(message, flush=True)


def indent(text):
    return "\n".join(f"    {line}" for line in text.splitlines())


def main():
    args = parse_args()
    args.port = args.port or free_port()
    args.worker_connections = args.worker_connections or -(-args.connections // args.workers)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install -y wrk")
    scales = sorted(int(value) for value in args.scales.split(","))
    static_root = Path(tempfile.mkdtemp(prefix="lcc-bench-static-"))
    miss_script = static_root.parent / f"lcc-bench-miss-{os.getpid()}.lua"
    miss_script.write_text(MISS_SCRIPT)
    env = bench_environment(static_root)
    os.environ.update(env)
    report = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "server": {
            "workers": args.workers,
            "worker_class": args.worker_class,
            "threads": args.threads,
            "worker_connections": args.worker_connections,
            "wrk": f"1 thread, {args.connections} connections, {args.duration} s "
            f"after {args.warmup} s warm-up",
        },
        "scales": {},
    }
    try:
        prepare(env, args, scales)
        import django

        sys.path.insert(0, str(ROOT))
        django.setup()
        for scale in scales:
            report["scales"][scale] = run_scale(env, args, scale, str(miss_script))
            log(table(scale, report["scales"][scale]["results"]))
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
        miss_script.unlink(missing_ok=True)
    report["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    report["machine"]["load_average_end"] = os.getloadavg()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"bench-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(report, indent=2))
    log(f"\nwrote {out.relative_to(ROOT)}")


def run_scale(env, args, scale, miss_script):
    from django.db import connection

    started = time.monotonic()
    seed_to(env, scale)
    seed_seconds = time.monotonic() - started
    connection.close()
    paths = targets(scale)
    if args.pages:
        wanted = {"hello", *args.pages.split(",")}
        paths = {name: path for name, path in paths.items() if name in wanted}
    user = bench_member()
    counts = count_queries(paths, user)
    cookie = session_cookie(user)
    connection.close()
    clear_redis(env["REDIS_URL"])
    log(f"{scale} products: measuring {len(paths)} pages")
    server = start_server(env, args)
    try:
        results = measure(args, paths, cookie, miss_script)
    finally:
        stop_server(server)
    add_ratios_and_queries(results, counts)
    return {
        "seed_seconds": round(seed_seconds, 1),
        "paths": paths,
        "queries": counts,
        "results": results,
    }


if __name__ == "__main__":
    main()
