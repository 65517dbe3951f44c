"""The member's notifications, their e-mail preferences, and the one-click unsubscribe."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community.notifications import unread
from community.notifications.api import KINDS
from community.notifications.emails import ALL_KINDS, read_unsubscribe_token
from community.notifications.forms import PreferencesForm
from community.notifications.models import EmailMode, preferences_of, set_preferences

PER_PAGE = 25


@login_required
def index(request):
    """The member's notifications, newest first, unread ones marked."""
    rows = request.user.notifications.select_related("actor__profile").order_by("-created", "-pk")
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "notifications/index.html", {"page_obj": page})


def _safe_next(request, fallback="notifications:index"):
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return redirect(target)
    return redirect(fallback)


@login_required
def open_notification(request, pk):
    """Mark one notification read and go to what it is about."""
    notification = _mark_read(request, pk)
    hosts = {request.get_host(), urlsplit(settings.SITE_URL).netloc}
    if notification.url and url_has_allowed_host_and_scheme(notification.url, hosts):
        return redirect(notification.url)
    return redirect("notifications:index")


@login_required
@require_POST
def mark_read(request, pk):
    _mark_read(request, pk)
    return _safe_next(request)


def _mark_read(request, pk):
    """Mark one of the member's notifications read (404 for anyone else's)."""
    notification = get_object_or_404(request.user.notifications, pk=pk)
    if notification.read_at is None:
        request.user.notifications.filter(pk=pk).update(read_at=timezone.now())
        unread.forget([request.user])
    return notification


@login_required
@require_POST
def mark_all_read(request):
    count = request.user.notifications.filter(read_at__isnull=True).update(read_at=timezone.now())
    unread.forget([request.user])
    messages.success(request, _("Marked %(count)d notifications as read.") % {"count": count})
    return _safe_next(request)


@login_required
def preferences(request):
    """Per kind: e-mail immediately, in a daily or weekly digest, or not at all."""
    current = preferences_of(request.user)
    form = PreferencesForm(request.POST or None, initial_modes=current)
    if request.method == "POST" and form.is_valid():
        set_preferences(request.user, form.modes())
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" without a session
def unsubscribe(request, token):
    """GET shows what the link would switch off; POST switches it off. No sign-in needed."""
    try:
        user_id, kinds = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    kinds = list(KINDS) if kinds == ALL_KINDS else kinds
    context = {"labels": [KINDS[kind] for kind in kinds], "all": len(kinds) == len(KINDS)}
    if request.method == "POST":
        set_preferences(user, dict.fromkeys(kinds, EmailMode.OFF))
        return render(request, "notifications/unsubscribed.html", context)
    return render(request, "notifications/unsubscribe.html", context)
