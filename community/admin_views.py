"""The moderators' queue in the Wagtail admin: reports, threads, hidden posts, suspensions."""

import datetime
from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import services
from community.models import Post, Thread
from community.permissions import is_moderator

QUEUE_SIZE = 50


def moderator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@moderator_required
def queue(request):
    """Posts with open reports first, then recent threads, hidden posts and suspensions."""
    reported = (
        Post.objects.annotate(
            open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True))
        )
        .filter(open_reports__gt=0)
        .select_related("thread", "author__profile")
        .prefetch_related("reports")
        .order_by("-open_reports", "-created_at")[:QUEUE_SIZE]
    )
    context = {
        "page_title": _("Moderation queue"),
        "header_title": _("Moderation queue"),
        "header_icon": "warning",
        "reported": reported,
        "threads": Thread.objects.select_related("category", "author__profile").order_by(
            "-last_activity_at"
        )[:QUEUE_SIZE],
        "hidden_posts": Post.objects.filter(is_hidden=True)
        .select_related("thread", "author__profile")
        .order_by("-created_at")[:QUEUE_SIZE],
        "suspended": get_user_model()
        .objects.filter(is_active=False, profile__isnull=False)
        .select_related("profile")[:QUEUE_SIZE],
    }
    return render(request, "community/admin/queue.html", context)


@require_POST
@moderator_required
def post_action(request, pk, action):
    post = get_object_or_404(Post.objects.select_related("thread", "author"), pk=pk)
    reason = request.POST.get("reason", "")[:300]
    if action == "hide":
        services.hide_post(post, request.user, reason)
        messages.success(request, _("The post is hidden."))
    elif action == "restore":
        services.restore_post(post, request.user)
        messages.success(request, _("The post is visible again."))
    elif action == "dismiss":
        services.dismiss_reports(post, request.user)
        messages.success(request, _("The reports were dismissed."))
    else:
        raise PermissionDenied
    return redirect("community_moderation:queue")


THREAD_ACTIONS = {
    "lock": ("is_locked", True),
    "unlock": ("is_locked", False),
    "pin": ("is_pinned", True),
    "unpin": ("is_pinned", False),
    "hide": ("is_hidden", True),
    "restore": ("is_hidden", False),
}


@require_POST
@moderator_required
def thread_action(request, pk, action):
    thread = get_object_or_404(Thread.objects.select_related("author"), pk=pk)
    if action not in THREAD_ACTIONS:
        raise PermissionDenied
    flag, value = THREAD_ACTIONS[action]
    services.set_thread_flag(thread, request.user, flag, value)
    messages.success(request, _("Thread “%(title)s” updated.") % {"title": thread.title})
    return redirect("community_moderation:queue")


@require_POST
@moderator_required
def member_action(request, pk, action):
    member = get_object_or_404(get_user_model().objects.select_related("profile"), pk=pk)
    if member.is_superuser or member == request.user:
        messages.error(request, _("This account cannot be suspended here."))
    elif action == "suspend":
        days = request.POST.get("days", "")
        until = None
        if days.isdigit() and int(days) > 0:
            until = timezone.now() + datetime.timedelta(days=min(int(days), 3650))
        services.suspend_member(
            member, request.user, until=until, reason=request.POST.get("reason", "")[:300]
        )
        messages.success(request, _("The member is suspended."))
    elif action == "unsuspend":
        services.lift_suspension(member, request.user)
        messages.success(request, _("The member can sign in again."))
    else:
        raise PermissionDenied
    return redirect("community_moderation:queue")
