"""Stale products: the weekly digest to editors (once per ISO week) and the admin report."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from framework.contributions import freshness
from framework.contributions.models import FreshnessReminder
from framework.contributions.tasks import send_freshness_reminders
from tests.framework.factories import CaseExamplePageFactory, GuidelinePageFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def products(index):
    return {
        "stale": GuidelinePageFactory(
            parent=index, title="Old guideline", last_reviewed=days_ago(400)
        ),
        "older": CaseExamplePageFactory(
            parent=index, title="Older case", last_reviewed=days_ago(900)
        ),
        "fresh": GuidelinePageFactory(
            parent=index, title="Fresh guideline", last_reviewed=days_ago(10)
        ),
        "draft": GuidelinePageFactory(
            parent=index, title="Stale draft", live=False, last_reviewed=days_ago(800)
        ),
    }


def test_stale_products_are_the_live_ones_past_the_age_oldest_first(products, settings):
    settings.LCC_FRESHNESS_MAX_AGE_DAYS = 365
    assert [p.title for p in freshness.stale_products()] == ["Older case", "Old guideline"]
    settings.LCC_FRESHNESS_MAX_AGE_DAYS = 1000
    assert list(freshness.stale_products()) == []


def test_each_editor_gets_one_digest_per_week(products, editor, moderator, contributor):
    send_freshness_reminders.delay()
    send_freshness_reminders.delay()

    assert sorted(m.to[0] for m in mail.outbox) == [editor.email, moderator.email]
    body = mail.outbox[0].body
    assert "Older case" in body and "Old guideline" in body and "Fresh guideline" not in body
    assert body.index("Older case") < body.index("Old guideline")
    assert reverse("wagtailadmin_pages:edit", args=[products["older"].pk]) in body
    assert "2 framework products need review" in mail.outbox[0].subject
    assert FreshnessReminder.objects.count() == 2


def test_a_new_week_brings_a_new_digest(products, editor):
    today = timezone.localdate()
    assert freshness.send_reminders(today) == 1
    assert freshness.send_reminders(today + datetime.timedelta(days=7)) == 1
    assert len(mail.outbox) == 2


def test_nothing_is_sent_when_everything_is_fresh(index, editor):
    GuidelinePageFactory(parent=index, last_reviewed=days_ago(5))
    assert freshness.send_reminders() == 0
    assert mail.outbox == []


def test_a_failed_mail_is_not_recorded_so_it_is_retried(products, editor, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(freshness, "send_mail", refuse)
    with pytest.raises(freshness.RemindersFailed):
        freshness.send_reminders()
    assert not FreshnessReminder.objects.exists()

    monkeypatch.undo()
    assert freshness.send_reminders() == 1


def test_needs_review_report_lists_stale_products_with_edit_links(client, products, editor):
    client.force_login(editor)
    response = client.get(reverse("contributions_needs_review"))

    assert response.status_code == 200
    assert [p.title for p in response.context["object_list"]] == ["Older case", "Old guideline"]
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[products["stale"].pk]) in html


def test_reports_appear_in_the_reports_menu(client, editor, index):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("contributions_needs_review") in html
    assert reverse("contributions_feedback_report") in html
