"""Notification e-mails: one per notification or one digest, HTML and plain text.

Each is rendered in the recipient's language and carries a signed one-click
unsubscribe link (RFC 8058) and a Message-ID derived from what it contains, so a
retried send is recognisable as the same message.
"""

import hashlib
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from community.notifications.api import KINDS

UNSUBSCRIBE_SALT = "lcc.notifications.unsubscribe"
ALL_KINDS = "*"


def language_of(user):
    """The member's language if the site offers it, else the site default."""
    offered = {code for code, _name in settings.LANGUAGES}
    return user.language if user.language in offered else settings.LANGUAGE_CODE


def absolute(url):
    """A site-relative link made absolute with SITE_URL; absolute links are kept."""
    if not url or urlsplit(url).scheme:
        return url
    return settings.SITE_URL.rstrip("/") + "/" + url.lstrip("/")


def unsubscribe_token(user, kinds):
    """A signed token naming the member and the kinds (a list, or ``"*"`` for all)."""
    return signing.dumps({"u": user.pk, "k": kinds}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """``(user_id, kinds)`` from a token; raises ``signing.BadSignature`` if tampered."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    user_id, kinds = data.get("u"), data.get("k")
    if not isinstance(user_id, int):
        raise signing.BadSignature("no member in token")
    if kinds != ALL_KINDS and (not isinstance(kinds, list) or not set(kinds) <= set(KINDS)):
        raise signing.BadSignature("unknown kinds in token")
    return user_id, kinds


@lru_cache(maxsize=64)
def _link(name, language, placeholder=None):
    """``reverse()`` once per language (it is slow with Wagtail's URLconf; mail goes in bulk)."""
    return absolute(reverse(name, args=[placeholder] if placeholder else []))


def unsubscribe_url(user, kinds):
    """Absolute unsubscribe link in the active language."""
    template = _link("notifications:unsubscribe", translation.get_language(), "TOKEN")
    return template.replace("TOKEN", unsubscribe_token(user, kinds))


def site_link(name):
    """Absolute link to one of this app's pages in the active language."""
    return _link(name, translation.get_language())


def _domain():
    return urlsplit(settings.SITE_URL).hostname or "lcc.invalid"


def notification_message(notification, connection=None):
    """The e-mail for one notification, in its recipient's language."""
    user = notification.recipient
    with translation.override(language_of(user)):
        context = {
            "user": user,
            "notification": notification,
            "kind_label": KINDS[notification.kind],
            "link": absolute(notification.url),
            "unsubscribe_url": unsubscribe_url(user, [notification.kind]),
            "unsubscribe_all_url": unsubscribe_url(user, ALL_KINDS),
            "preferences_url": site_link("notifications:preferences"),
            "SITE_NAME": settings.WAGTAIL_SITE_NAME,
            "LANGUAGE_CODE": translation.get_language(),
        }
        subject = render_to_string("notifications/email/notification_subject.txt", context)
        message_id = f"<notification-{notification.pk}@{_domain()}>"
        return _message(user, subject, "notification", context, message_id, connection)


def digest_message(user, notifications, mode, connection=None):
    """The digest e-mail listing ``notifications`` (already claimed) for ``user``."""
    kinds = sorted({n.kind for n in notifications})
    with translation.override(language_of(user)):
        groups = [
            {
                "kind": kind,
                "label": KINDS[kind],
                "items": [
                    {"notification": n, "link": absolute(n.url)}
                    for n in notifications
                    if n.kind == kind
                ],
            }
            for kind in kinds
        ]
        context = {
            "user": user,
            "mode": mode,
            "groups": groups,
            "count": len(notifications),
            "unsubscribe_url": unsubscribe_url(user, kinds),
            "unsubscribe_all_url": unsubscribe_url(user, ALL_KINDS),
            "preferences_url": site_link("notifications:preferences"),
            "inbox_url": site_link("notifications:index"),
            "SITE_NAME": settings.WAGTAIL_SITE_NAME,
            "LANGUAGE_CODE": translation.get_language(),
        }
        subject = render_to_string("notifications/email/digest_subject.txt", context)
        ids = ",".join(str(n.pk) for n in sorted(notifications, key=lambda n: n.pk))
        digest = hashlib.sha256(ids.encode()).hexdigest()[:20]
        message_id = f"<digest-{user.pk}-{mode}-{digest}@{_domain()}>"
        return _message(user, subject, "digest", context, message_id, connection)


def _message(user, subject, template, context, message_id, connection):
    text = render_to_string(f"notifications/email/{template}.txt", context)
    html = render_to_string(f"notifications/email/{template}.html", context)
    email = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
        connection=connection,
    )
    email.attach_alternative(html, "text/html")
    return email
