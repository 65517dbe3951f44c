"""The e-mail itself: both parts, the member's language, unsubscribe headers, stable Message-ID."""

import pytest
from django.core import mail

from community.notifications import delivery
from community.notifications.api import notify
from community.notifications.emails import language_of

pytestmark = pytest.mark.django_db


def sent_to(user, kind="mention", **fields):
    fields.setdefault("title", "Anna mentioned you in 'Drought in Germany'")
    fields.setdefault("url", "/en/community/threads/4/#post-9")
    (row,) = notify([user], kind, **fields)
    delivery.deliver([row.pk])
    return row, mail.outbox[-1]


def test_the_mail_has_text_and_html_parts_with_the_link(member):
    row, message = sent_to(member)
    assert "Anna mentioned you" in message.body
    assert "http://127.0.0.1:8000/en/community/threads/4/#post-9" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="http://127.0.0.1:8000/en/community/threads/4/#post-9"' in html


def test_the_mail_carries_one_click_unsubscribe_headers(member):
    row, message = sent_to(member)
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http://127.0.0.1:8000/en/notifications/unsubscribe/")
    assert header.endswith("/>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["Message-ID"] == f"<notification-{row.pk}@127.0.0.1>"


def test_the_mail_is_in_the_members_language(make_user):
    dutch = make_user(language="nl")
    row, message = sent_to(dutch)
    assert "/nl/notifications/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert "/nl/notifications/preferences/" in message.body
    assert '<html lang="nl">' in message.alternatives[0][0]


def test_an_unknown_or_empty_language_falls_back_to_the_site_default(make_user, settings):
    assert language_of(make_user(language="")) == settings.LANGUAGE_CODE
    assert language_of(make_user(language="xx")) == settings.LANGUAGE_CODE
    row, message = sent_to(make_user(language="xx"))
    assert "/en/notifications/preferences/" in message.body


def test_the_subject_is_the_title_on_one_line(member):
    row, message = sent_to(member, title="A reply\nwith a line break")
    assert "\n" not in message.subject
    assert message.subject.startswith("A reply with a line break")
