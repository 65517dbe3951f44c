"""An admin panel that shows editors who contributed a product, beside its content.

The profile (display name, organisation, stakeholder group) belongs to the community app,
which the framework never imports: the template reaches it by attribute access only.
"""

import logging

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel

logger = logging.getLogger(__name__)


class ContributorPanel(HelpPanel):
    """Read-only: the contributing member's public profile; hidden when nobody contributed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "contributions/admin/contributor_panel.html")
        kwargs.setdefault("heading", _("Contributed by a member"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return "contributor_profile"

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            return getattr(self.instance, "contributor_id", None) is not None


def _content_tab(model):
    handler = getattr(model, "edit_handler", None)
    children = getattr(handler, "children", None)
    if not children:
        return None
    return children[0]


def add_contributor_panels():
    """Put the contributor panel at the top of each product type's first (content) tab.

    Runs once from ``AppConfig.ready`` before Wagtail binds the edit handlers, so the
    framework's page models need not know about this app. Idempotent.
    """
    from django.apps import apps

    from framework.models.pages import PRODUCT_PAGE_TYPES

    for label in PRODUCT_PAGE_TYPES:
        model = apps.get_model(label)
        tab = _content_tab(model)
        if tab is None:
            logger.warning("%s has no tabbed edit handler; contributor panel not added", label)
            continue
        if not any(isinstance(child, ContributorPanel) for child in tab.children):
            tab.children.insert(0, ContributorPanel())
