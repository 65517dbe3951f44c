"""django-allauth adapters: account e-mail goes out through Celery; redirects keep the language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction
from django.urls import reverse


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


def home_url():
    """The home page in the active language (``/nl/`` after signing in on a Dutch page)."""
    return reverse("wagtail_serve", args=[""])


class AccountAdapter(DefaultAccountAdapter):
    """Renders account e-mails in the request, sends them from a Celery task after commit.

    Without an explicit ``?next=``, signing in, signing up and signing out land on the home
    page in the language the member was using (a fixed ``LOGIN_REDIRECT_URL = "/"`` would send
    a Dutch member to whatever language ``/`` negotiates, usually English).
    """

    def get_login_redirect_url(self, request):
        return home_url()

    def get_signup_redirect_url(self, request):
        return home_url()

    def get_logout_redirect_url(self, request):
        return home_url()

    def send_mail(self, template_prefix, email, context):
        from community.tasks import send_account_email

        message = serialise_message(self.render_mail(template_prefix, email, context))
        transaction.on_commit(lambda: send_account_email.delay(message))
