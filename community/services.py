"""What happens when members post, and when moderators act.

Each function runs in one transaction with the notifications it raises, so a
notification exists exactly when its event does.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import Follow, Post, Profile, Thread
from community.notifications.api import notify


def _notify_mentions(post, handles, author):
    if not handles:
        return
    users = list(
        get_user_model()
        .objects.filter(profile__handle__in=handles, is_active=True)
        .exclude(pk=author.pk)
    )
    post.mentions.set(users)
    if users:
        notify(
            users,
            "mention",
            actor=author,
            target=post,
            url=post.get_absolute_url(),
            title=_("%(name)s mentioned you in “%(thread)s”")
            % {"name": author.profile.name, "thread": post.thread.title},
            body=post.body[:300],
            key=f"mention:post:{post.pk}",
        )


def create_thread(*, author, category, title, body, tags=(), page=None):
    """Start a thread with its opening post; the author follows it."""
    with transaction.atomic():
        now = timezone.now()
        thread = Thread.objects.create(
            title=title,
            category=category,
            author=author,
            page=page,
            created_at=now,
            last_activity_at=now,
            last_post_author=author,
        )
        if tags:
            thread.tags.set(list(tags))
        post = Post(thread=thread, author=author, body=body, created_at=now)
        handles = post.render()
        post.save()
        Follow.objects.follow(author, thread)
        _notify_new_thread(thread, author)
        _notify_mentions(post, handles, author)
    return thread


def _notify_new_thread(thread, author):
    """Followers of the category, the page and the tags hear about a new thread once."""
    targets = [thread.category, *thread.tags.all()]
    if thread.page_id:
        targets.append(thread.page)
    notify(
        Follow.objects.followers_of_any(targets).exclude(pk=author.pk),
        "followed_content",
        actor=author,
        target=thread,
        url=thread.get_absolute_url(),
        title=_("New discussion “%(thread)s” in %(category)s")
        % {"thread": thread.title, "category": thread.category.name},
        key=f"thread:{thread.pk}",
    )


def create_reply(*, thread, author, body):
    """Add a reply; followers of the thread (not the author) are notified."""
    with transaction.atomic():
        now = timezone.now()
        post = Post(thread=thread, author=author, body=body, created_at=now)
        handles = post.render()
        post.save()
        Thread.objects.filter(pk=thread.pk).update(last_activity_at=now, last_post_author=author)
        Follow.objects.follow(author, thread)
        followers = Follow.objects.followers_of(thread).exclude(pk=author.pk)
        notify(
            followers,
            "reply",
            actor=author,
            target=post,
            url=post.get_absolute_url(),
            title=_("%(name)s replied in “%(thread)s”")
            % {"name": author.profile.name, "thread": thread.title},
            body=body[:300],
            key=f"reply:post:{post.pk}",
        )
        _notify_mentions(post, handles, author)
    return post


def _previous_mentions(post):
    return set(post.mentions.values_list("profile__handle", flat=True))


def edit_post(post, body):
    """Change a post's text and mark it edited; only newly mentioned members are notified."""
    with transaction.atomic():
        before = _previous_mentions(post)
        post.body = body
        handles = post.render()
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "body_html", "edited_at"])
        _notify_mentions(post, handles - before, post.author)
        if handles != before:
            post.mentions.set(
                get_user_model().objects.filter(profile__handle__in=handles, is_active=True)
            )
    return post


def is_opening_post(post):
    first = post.thread.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
    return first == post.pk


# --- Moderation -------------------------------------------------------------


def _tell_author(user, moderator, target, title, body=""):
    if user is None:
        return
    notify(
        [user],
        "moderation",
        actor=moderator,
        target=target,
        url=target.get_absolute_url() if hasattr(target, "get_absolute_url") else "",
        title=title,
        body=body,
        key=f"moderation:{target._meta.model_name}:{target.pk}:{timezone.now().isoformat()}",
    )


def _resolve_reports(post, moderator, resolution):
    post.reports.filter(resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator, resolution=resolution
    )


def hide_post(post, moderator, reason=""):
    """Hide a post from everyone but its author and moderators (the opening post hides the
    whole thread)."""
    with transaction.atomic():
        post.is_hidden = True
        post.hidden_reason = reason
        post.save(update_fields=["is_hidden", "hidden_reason"])
        if is_opening_post(post):
            Thread.objects.filter(pk=post.thread_id).update(is_hidden=True)
        _resolve_reports(post, moderator, "hidden")
        _tell_author(
            post.author,
            moderator,
            post,
            _("A moderator hid your post in “%(thread)s”") % {"thread": post.thread.title},
            reason,
        )


def restore_post(post, moderator):
    with transaction.atomic():
        post.is_hidden = False
        post.hidden_reason = ""
        post.save(update_fields=["is_hidden", "hidden_reason"])
        if is_opening_post(post):
            Thread.objects.filter(pk=post.thread_id).update(is_hidden=False)
        _resolve_reports(post, moderator, "restored")
        _tell_author(
            post.author,
            moderator,
            post,
            _("A moderator restored your post in “%(thread)s”") % {"thread": post.thread.title},
        )


def dismiss_reports(post, moderator):
    with transaction.atomic():
        _resolve_reports(post, moderator, "dismissed")


def set_thread_flag(thread, moderator, flag, value):
    """Lock/unlock or pin/unpin a thread (``flag`` is "is_locked" or "is_pinned")."""
    if flag not in {"is_locked", "is_pinned", "is_hidden"}:
        raise ValueError(flag)
    messages = {
        ("is_locked", True): _("A moderator locked your thread “%(thread)s”"),
        ("is_locked", False): _("A moderator reopened your thread “%(thread)s”"),
        ("is_pinned", True): _("A moderator pinned your thread “%(thread)s”"),
        ("is_pinned", False): _("A moderator unpinned your thread “%(thread)s”"),
        ("is_hidden", True): _("A moderator hid your thread “%(thread)s”"),
        ("is_hidden", False): _("A moderator restored your thread “%(thread)s”"),
    }
    with transaction.atomic():
        setattr(thread, flag, value)
        thread.save(update_fields=[flag])
        if flag == "is_hidden":
            opening = thread.posts.order_by("created_at", "pk").first()
            if opening is not None:
                opening.is_hidden = value
                opening.save(update_fields=["is_hidden"])
        _tell_author(
            thread.author, moderator, thread, messages[(flag, value)] % {"thread": thread.title}
        )


def _set_suspension(user, until, reason):
    """Record the suspension on the profile with ``save()``, not ``update()``: the profile
    page shows it, and post_save is what tells the anonymous page cache to drop old pages
    (saving the user does not: accounts are not content)."""
    profile = Profile.objects.get(user=user)
    profile.suspended_until = until
    profile.suspension_reason = reason
    profile.save(update_fields=["suspended_until", "suspension_reason"])
    user.profile = profile


def suspend_member(user, moderator, *, until=None, reason=""):
    """Suspend a member: they can no longer sign in; the reason is kept on the profile."""
    with transaction.atomic():
        # Notify first: notify() skips inactive members.
        notify(
            [user],
            "moderation",
            actor=moderator,
            target=user.profile,
            title=_("Your LINKS Community Center account has been suspended"),
            body=reason,
            key=f"moderation:suspend:{user.pk}:{timezone.now().isoformat()}",
        )
        user.is_active = False
        user.save(update_fields=["is_active"])
        _set_suspension(user, until, reason)


def lift_suspension(user, moderator=None):
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        _set_suspension(user, None, "")
        notify(
            [user],
            "moderation",
            actor=moderator,
            target=user.profile,
            title=_("Your LINKS Community Center account is active again"),
            key=f"moderation:unsuspend:{user.pk}:{timezone.now().isoformat()}",
        )


def lift_expired_suspensions(now=None):
    """Re-activate members whose suspension has run out; returns how many."""
    now = now or timezone.now()
    users = get_user_model().objects.filter(
        is_active=False, profile__suspended_until__isnull=False, profile__suspended_until__lte=now
    )
    count = 0
    for user in users:
        lift_suspension(user)
        count += 1
    return count
