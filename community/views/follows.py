"""Follow and unfollow by POST: a thread, a category, a page or a tag."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from taggit.models import Tag
from wagtail.models import Page

from community.models import Category, Follow, Thread
from community.views.common import safe_next


def _target(request, kind, object_id):
    if kind == "thread":
        thread = Thread.objects.filter(pk=object_id).first()
        return thread if thread and thread.is_visible_to(request.user) else None
    if kind == "category":
        return Category.objects.filter(pk=object_id).first()
    if kind == "page":
        return Page.objects.live().filter(pk=object_id).first()
    if kind == "tag":
        return Tag.objects.filter(pk=object_id).first()
    return None


@login_required
@require_POST
def follow(request):
    kind = request.POST.get("kind", "")
    object_id = request.POST.get("id", "")
    target = _target(request, kind, int(object_id)) if object_id.isdigit() else None
    if target is None:
        raise Http404
    if request.POST.get("action") == "unfollow":
        Follow.objects.unfollow(request.user, target)
        messages.success(request, _("You no longer follow “%(name)s”.") % {"name": target})
    else:
        Follow.objects.follow(request.user, target)
        messages.success(request, _("You now follow “%(name)s”.") % {"name": target})
    return redirect(safe_next(request, _fallback_url(kind, target)))


def _fallback_url(kind, target):
    if kind == "page":
        return target.url or "/"
    if kind == "tag":
        return reverse("community:tag", args=[target.slug])
    return target.get_absolute_url()
