"""django-allauth adapters: account e-mail goes out through Celery."""

from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction


def serialise_message(msg):
    """Turn a rendered e-mail into a dict a Celery task can carry as JSON."""
    html = None
    if msg.content_subtype == "html":
        html, body = msg.body, ""
    else:
        body = msg.body
        for content, mimetype in getattr(msg, "alternatives", []):
            if mimetype == "text/html":
                html = content
    return {
        "subject": msg.subject,
        "body": body,
        "html": html,
        "from_email": msg.from_email,
        "to": list(msg.to),
        "headers": dict(msg.extra_headers),
    }


class AccountAdapter(DefaultAccountAdapter):
    """Renders account e-mails in the request, sends them from a Celery task after commit."""

    def send_mail(self, template_prefix, email, context):
        from community.tasks import send_account_email

        message = serialise_message(self.render_mail(template_prefix, email, context))
        transaction.on_commit(lambda: send_account_email.delay(message))
