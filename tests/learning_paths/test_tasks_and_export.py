"""The idle-learner nudge task and the member's learning data export."""

from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.utils import timezone

from learning_paths import tasks
from learning_paths.exports import export_user_data
from learning_paths.models import Enrolment, StepProgress

pytestmark = pytest.mark.django_db


def enrol(user, path, idle_days):
    at = timezone.now() - timedelta(days=idle_days)
    return Enrolment.objects.create(user=user, path=path, started_at=at, last_activity_at=at)


@pytest.fixture
def notify():
    with mock.patch.object(tasks, "notify") as fake:
        yield fake


def test_member_idle_for_14_days_is_nudged_once(member, make_path, notify):
    enrolment = enrol(member, make_path(title="Quiet path"), idle_days=15)

    tasks.nudge_idle_learners.delay()
    tasks.nudge_idle_learners.delay()

    assert notify.call_count == 1
    args, kwargs = notify.call_args
    assert list(args[0]) == [member]
    assert args[1] == "path_nudge"
    assert kwargs["target"] == enrolment.path
    assert kwargs["url"] == enrolment.path.get_absolute_url()
    assert "Quiet path" in kwargs["title"]
    day = timezone.localtime(enrolment.last_activity_at).date().isoformat()
    assert kwargs["key"] == f"nudge:{enrolment.pk}:{day}"


def test_recent_completed_and_draft_enrolments_are_not_nudged(make_user, make_path, notify):
    enrol(make_user(), make_path(), idle_days=13)
    finished = enrol(make_user(), make_path(), idle_days=30)
    finished.complete()
    enrol(make_user(), make_path(live=False), idle_days=30)

    tasks.nudge_idle_learners()

    notify.assert_not_called()


def test_a_new_idle_spell_gets_a_new_nudge(member, make_path, notify):
    enrolment = enrol(member, make_path(), idle_days=20)
    tasks.nudge_idle_learners()
    # Rewind: the nudge went out 17 days ago, the member came back a day later, then went quiet.
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_nudged_at=timezone.now() - timedelta(days=17),
        last_activity_at=timezone.now() - timedelta(days=16),
    )
    tasks.nudge_idle_learners()
    assert notify.call_count == 2
    assert notify.call_args_list[0].kwargs["key"] != notify.call_args_list[1].kwargs["key"]


def test_nudge_is_scheduled_daily():
    entry = settings.CELERY_BEAT_SCHEDULE["learning-paths-nudge-idle"]
    assert entry["task"] == "learning_paths.tasks.nudge_idle_learners"
    assert entry["schedule"].hour == {9}


def test_export_contains_enrolments_and_private_reflections(member, make_user, make_path):
    path = make_path(steps=2, title="Exported path")
    enrolment = Enrolment.objects.create(user=member, path=path)
    StepProgress.objects.create(
        enrolment=enrolment, step=path.ordered_steps[0], done_at=timezone.now(), reflection="mine"
    )
    other = Enrolment.objects.create(user=make_user(), path=path)
    StepProgress.objects.create(enrolment=other, step=path.ordered_steps[0], reflection="theirs")

    name, data = export_user_data(member)

    assert name == "learning"
    assert len(data) == 1
    assert data[0]["path"] == "Exported path"
    assert data[0]["steps"][0]["reflection"] == "mine"
    assert data[0]["steps"][0]["done_at"]
    assert "theirs" not in str(data)


def test_exporter_is_registered():
    assert "learning_paths.exports.export_user_data" in settings.LCC_DATA_EXPORTERS
