import pytest

from tests.services import free_port

pytestmark = pytest.mark.django_db


def test_health_is_200_when_everything_is_up(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "ok"
    assert body["failing"] == []
    assert response["Cache-Control"].startswith("max-age=0")


def test_health_names_the_cache_when_it_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["cache"]
    assert body["checks"]["database"] == "ok"


def test_health_names_the_broker_when_it_is_down(client):
    from lcc.celery import app

    saved = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    app.conf.broker_url = f"redis://127.0.0.1:{free_port()}/0"
    try:
        response = client.get("/health/")
    finally:
        app.conf.task_always_eager, app.conf.broker_url = saved
    assert response.status_code == 503
    assert response.json()["failing"] == ["broker"]


@pytest.mark.redis
def test_health_checks_the_real_broker(client, settings):
    from lcc.celery import app

    saved = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    app.conf.broker_url = settings.REDIS_URL
    try:
        response = client.get("/health/")
    finally:
        app.conf.task_always_eager, app.conf.broker_url = saved
    assert response.status_code == 200
    assert response.json()["checks"]["broker"] == "ok"
