"""Benchmark: notification fan-out and digests at scale, with SQL query counts.

    .venv/bin/python bench/notifications.py              # 1,000 and 10,000 members
    .venv/bin/python bench/notifications.py 500 5000     # other sizes

It never touches the dev database: by default it builds a scratch SQLite file in a temporary
directory (in /dev/shm where available; deleted afterwards). To measure on PostgreSQL, point
BENCH_DATABASE_URL at a database whose name contains "bench" (e.g.
postgres://postgres@127.0.0.1:5432/lcc_bench_notifications); its notification tables are
emptied. (bench/run.py recreates lcc_bench; use another name.)

No worker runs here: the broker is kombu's in-memory transport, and the benchmark calls the
delivery functions for each queued batch itself, with e-mail kept in memory. The numbers are
the web and worker side of the work, without the network.

Compare runs by the query counts (they should grow with batches, not with members) and by
time per member (roughly flat means linear time).
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(scratch_dir):
    url = os.environ.get("BENCH_DATABASE_URL")
    if url and "bench" not in url.rsplit("/", 1)[-1]:
        sys.exit("BENCH_DATABASE_URL must name a scratch database containing 'bench'.")
    os.environ["DATABASE_URL"] = url or f"sqlite:///{scratch_dir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lcc.settings.dev")
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["CELERY_BROKER_URL"] = "memory://"  # queue, but nobody consumes
    os.environ.pop("REDIS_URL", None)
    os.environ["LOG_LEVEL"] = "WARNING"

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def make_members(count):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    existing = User.objects.filter(email__endswith="@bench.invalid").count()
    User.objects.bulk_create(
        [
            User(email=f"member{n}@bench.invalid", password="!", language="nl" if n % 5 else "")
            for n in range(existing, count)
        ],
        batch_size=2000,
    )
    return list(User.objects.filter(email__endswith="@bench.invalid").order_by("pk")[:count])


class Measure:
    """Elapsed time and SQL queries of a block.

    Queries are counted with an execute wrapper rather than CaptureQueriesContext, whose
    log keeps only the last 9,000 queries and so undercounts the large runs.
    """

    def __init__(self, label, members):
        self.label, self.members = label, members
        self.queries = 0

    def count(self, execute, sql, params, many, context):
        self.queries += 1
        return execute(sql, params, many, context)

    def __enter__(self):
        from django.db import connection

        self.wrapper = connection.execute_wrapper(self.count)
        self.wrapper.__enter__()
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        self.wrapper.__exit__(*exc)
        queries = self.queries
        per_member = self.seconds / self.members * 1000
        print(
            f"{self.label:<34} {self.members:>7} {self.seconds:>9.2f} {queries:>8} "
            f"{queries / self.members:>9.3f} {per_member:>10.3f}"
        )


def reset():
    from django.core import mail

    from community.notifications.models import Notification, NotificationPreference

    Notification.objects.all().delete()
    NotificationPreference.objects.all().delete()
    mail.outbox = []


def fan_out(members):
    """One reply event to every member, then the worker side: mail each batch."""
    from django.conf import settings
    from django.core import mail
    from django.db import transaction

    from community.notifications import delivery
    from community.notifications.api import notify
    from community.notifications.models import Notification

    reset()
    actor = members[0]
    with Measure("fan-out: notify() + queue", len(members)), transaction.atomic():
        notify(members, "reply", actor=actor, title="Bench reply", url="/en/c/t/1/")
    ids = list(Notification.objects.order_by("pk").values_list("pk", flat=True))
    with Measure("fan-out: deliver all batches", len(members)):
        for batch in delivery.chunks(ids, settings.NOTIFICATIONS_BATCH_SIZE):
            delivery.deliver(batch)
    assert len(mail.outbox) == len(members) - 1, len(mail.outbox)


def daily_digest(members):
    """Three followed-content events for every member, then the morning digest run."""
    from django.conf import settings
    from django.core import mail
    from django.db import transaction

    from community.notifications import delivery
    from community.notifications.api import notify

    reset()
    for n in range(3):
        with transaction.atomic():
            notify(members, "followed_content", title=f"Guide {n}", key=f"bench:{n}")
    with Measure("digest: queue daily digests", len(members)):
        delivery.queue_digests("daily")
    user_ids = [m.pk for m in members]
    with Measure("digest: send all batches", len(members)):
        for batch in delivery.chunks(user_ids, settings.NOTIFICATIONS_DIGEST_BATCH_SIZE):
            delivery.send_digests_to(batch, "daily")
    assert len(mail.outbox) == len(members), len(mail.outbox)


def main(sizes):
    # A memory-backed directory where there is one: the numbers then show the work done,
    # not the disk's fsync per commit (each mail costs two short commits: claim, sent).
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(prefix="lcc-bench-", dir=shm) as scratch:
        configure(scratch)
        from django.db import connection

        print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
        everyone = make_members(max(sizes))
        print(
            f"{'scenario':<34} {'members':>7} {'seconds':>9} {'queries':>8} "
            f"{'q/member':>9} {'ms/member':>10}"
        )
        for size in sizes:
            fan_out(everyone[:size])
            daily_digest(everyone[:size])
        reset()


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
