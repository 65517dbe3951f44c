"""Admin: learning paths as snippets with drafts, revisions, preview and inline ordered steps."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from learning_paths.models import LearningPath


class LearningPathViewSet(SnippetViewSet):
    model = LearningPath
    icon = "list-ol"
    menu_label = _("Learning paths")
    list_display = ["title", "theme", "level", "language", "steps_column"]
    list_filter = ["theme", "level", "language", "live"]
    search_fields = ["title", "summary"]
    ordering = ["title"]

    def get_queryset(self, request):
        # Step counts come annotated, not one query per row.
        return LearningPath.objects.with_totals()


class LearningViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "list-ol"
    menu_order = 250
    items = (LearningPathViewSet,)


register_snippet(LearningViewSetGroup)
