"""Admin: the taxonomy snippets, grouped under "Taxonomies"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from framework.models import Challenge, DisasterPhase, Hazard, SmcsPurpose, StakeholderGroup


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    list_export = ["name", "slug", "description"]
    copy_view_enabled = False


class HazardViewSet(TaxonomyViewSet):
    model = Hazard
    icon = "warning"


class DisasterPhaseViewSet(TaxonomyViewSet):
    model = DisasterPhase
    icon = "time"
    list_display = ["name", "slug", "sort_order", "locale"]
    ordering = ["sort_order", "name"]


class StakeholderGroupViewSet(TaxonomyViewSet):
    model = StakeholderGroup
    icon = "group"


class SmcsPurposeViewSet(TaxonomyViewSet):
    model = SmcsPurpose
    icon = "tasks"


class ChallengeViewSet(TaxonomyViewSet):
    model = Challenge
    icon = "help"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (
        HazardViewSet,
        DisasterPhaseViewSet,
        StakeholderGroupViewSet,
        SmcsPurposeViewSet,
        ChallengeViewSet,
    )


register_snippet(TaxonomyGroup)
