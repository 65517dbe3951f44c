"""Profiles and the member directory."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from community.forms import DirectoryFilterForm, ProfileForm
from community.models import Post, Profile, Visibility
from community.views.common import attach_rendered_bodies, paginate

MEMBERS_PER_PAGE = 24


def directory(request):
    """Members the visitor may see, filtered by group, country, language and expertise."""
    form = DirectoryFilterForm(request.GET or None)
    profiles = Profile.objects.listed_for(request.user)
    if form.is_valid():
        profiles = _filter_profiles(profiles, form.cleaned_data)
    profiles = profiles.prefetch_related("expertise").order_by("display_name", "handle")
    page = paginate(request, profiles, MEMBERS_PER_PAGE)
    return render(request, "community/directory.html", {"form": form, "page_obj": page})


def _filter_profiles(profiles, data):
    if data.get("q"):
        q = data["q"]
        profiles = profiles.filter(
            Q(display_name__icontains=q) | Q(organisation__icontains=q) | Q(handle__icontains=q)
        )
    if data.get("group"):
        profiles = profiles.filter(stakeholder_group=data["group"])
    if data.get("country"):
        profiles = profiles.filter(country=data["country"])
    if data.get("language"):
        profiles = profiles.filter(languages_code__contains=f",{data['language']},")
    if data.get("expertise"):
        tag = data["expertise"]
        profiles = profiles.filter(
            Q(expertise__slug=tag) | Q(expertise__name__iexact=tag)
        ).distinct()
    return profiles


def profile_detail(request, handle):
    """A member's profile. Hidden: 404 to others; members only: sign-in required."""
    profile = get_object_or_404(Profile.objects.select_related("user"), handle=handle)
    if not profile.is_visible_to(request.user):
        if profile.visibility == Visibility.MEMBERS and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    posts = list(
        Post.objects.visible_to(request.user)
        .filter(author=profile.user)
        .select_related("thread")
        .order_by("-created_at")[:10]
    )
    attach_rendered_bodies(posts, request.user)
    context = {
        "profile": profile,
        "posts": posts,
        "is_owner": request.user.pk == profile.user_id,
        "expertise": list(profile.expertise.all()),
    }
    return render(request, "community/profile_detail.html", context)


@login_required
def profile_edit(request):
    profile = request.user.profile
    old_avatar = profile.avatar.name or ""
    avatar_url = profile.avatar.url if old_avatar else ""
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save()
        if old_avatar and old_avatar != (profile.avatar.name or ""):
            profile.avatar.storage.delete(old_avatar)
        messages.success(request, _("Your profile has been saved."))
        return redirect(profile.get_absolute_url())
    context = {"form": form, "avatar_url": avatar_url}
    return render(request, "community/profile_edit.html", context)


@login_required
def my_profile(request):
    return redirect(request.user.profile.get_absolute_url())
