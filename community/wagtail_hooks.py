"""Wagtail admin: a "Community" menu group with categories and the moderation queue."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from community import admin_views
from community.models import Category
from community.permissions import is_moderator


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Discussion categories")
    list_display = ["name", "slug", "order"]
    search_fields = ["name", "description"]
    ordering = ["order", "name"]


class CommunityGroup(SnippetViewSetGroup):
    items = (CategoryViewSet,)
    menu_label = _("Community")
    menu_icon = "group"
    menu_order = 400
    submenu_hook = "register_community_menu_item"


register_snippet(CommunityGroup)


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_community_menu_item")
def moderation_menu_item():
    return ModeratorMenuItem(
        _("Moderation queue"),
        reverse("community_moderation:queue"),
        icon_name="warning",
        order=10,
    )


moderation_urls = (
    [
        path("", admin_views.queue, name="queue"),
        path("posts/<int:pk>/<slug:action>/", admin_views.post_action, name="post"),
        path("threads/<int:pk>/<slug:action>/", admin_views.thread_action, name="thread"),
        path("members/<int:pk>/<slug:action>/", admin_views.member_action, name="member"),
    ],
    "community_moderation",
)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("community/moderation/", include(moderation_urls))]
