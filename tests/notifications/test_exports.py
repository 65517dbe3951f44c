"""The member's data export includes their notifications and e-mail preferences."""

import pytest
from django.conf import settings
from django.utils.module_loading import import_string

from community.notifications.api import notify
from community.notifications.models import EmailMode, NotificationPreference

pytestmark = pytest.mark.django_db


def test_the_exporter_is_registered():
    assert "community.notifications.exports.export_user_data" in settings.LCC_DATA_EXPORTERS


def test_the_export_holds_my_notifications_and_preferences(member, make_user):
    NotificationPreference.objects.create(user=member, kind="mention", mode=EmailMode.OFF)
    notify([member], "mention", title="You were mentioned", url="/en/c/1/")
    notify([make_user()], "mention", title="Someone else")
    exporter = import_string("community.notifications.exports.export_user_data")
    section, data = exporter(member)
    assert section == "notifications"
    assert [n["title"] for n in data["notifications"]] == ["You were mentioned"]
    assert data["preferences"]["mention"] == "off"
    assert data["preferences"]["reply"] == "immediate"
