"""Real services for tests: an SMTP sink, a Celery worker process, throwaway Redis servers.

Service-backed tests are marked ``redis`` or ``postgres``. They run whenever
REDIS_URL / DATABASE_URL (PostgreSQL) are set. When LCC_REQUIRE_SERVICES=1 (CI),
a missing or unreachable service fails those tests instead of skipping them.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from contextlib import closing
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout=30.0, interval=0.1, message="condition"):
    """Poll ``predicate`` until it returns a truthy value; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


class SinkHandler:
    """aiosmtpd handler that stores every accepted message, or refuses while ``refusing``."""

    def __init__(self):
        self.messages = []
        self.refusing = False
        self.refused = 0
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.refusing:
            self.refused += 1
            return "451 Try again later (test sink is refusing)"
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        with self._lock:
            self.messages.append(parsed)
        return "250 Message accepted"


class SmtpSink:
    """A real SMTP server on a spare loopback port."""

    def __init__(self):
        self.handler = SinkHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self):
        return list(self.handler.messages)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()


class CeleryWorker:
    """A real ``celery -A lcc worker`` process with its own queue, started and stopped by a test."""

    def __init__(self, env, queue):
        self.queue = queue
        self.env = {
            **os.environ,
            **env,
            "CELERY_QUEUE": self.queue,
            "CELERY_TASK_ALWAYS_EAGER": "0",
        }
        self.env.setdefault("DJANGO_SETTINGS_MODULE", "lcc.settings.test")
        self.process = None
        self.log_path = Path(f"/tmp/{self.queue}-{uuid.uuid4().hex[:6]}.log")

    def start(self, wait=True):
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lcc",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "-Q",
                self.queue,
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"{self.log_path.stem}@%h",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if wait:
            wait_for(
                lambda: b"ready." in self.log_path.read_bytes() or self.process.poll() is not None,
                timeout=60,
                message="the Celery worker to start",
            )
            if self.process.poll() is not None:
                raise RuntimeError(f"Celery worker exited:\n{self.log()}")
        return self

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self):
        """Kill the worker abruptly (SIGKILL), as a crash would."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


class ThrowawayRedis:
    """A private redis-server on a spare port, so fault tests never touch the shared one."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        binary = shutil.which("redis-server")
        if not binary:
            raise RuntimeError("redis-server is not installed")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self._ping, timeout=10, message="throwaway redis")
        return self

    def _ping(self):
        import redis

        try:
            return redis.Redis.from_url(self.url).ping()
        except redis.exceptions.ConnectionError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
