"""Framework models: taxonomy snippets and Wagtail pages."""

from framework.models.pages import (
    CaseExamplePage,
    GuidelinePage,
    ProductPage,
    ProductTag,
    RelatedProduct,
    TechnologyGuidePage,
)
from framework.models.site import (
    ContentPage,
    FrameworkIndexPage,
    GlossaryPage,
    GlossaryTerm,
    HomePage,
    ScenarioPage,
    ScenarioProduct,
)
from framework.models.taxonomy import (
    TAXONOMIES,
    Challenge,
    DisasterPhase,
    Hazard,
    SmcsPurpose,
    StakeholderGroup,
)

__all__ = [
    "TAXONOMIES",
    "CaseExamplePage",
    "Challenge",
    "ContentPage",
    "DisasterPhase",
    "FrameworkIndexPage",
    "GlossaryPage",
    "GlossaryTerm",
    "GuidelinePage",
    "Hazard",
    "HomePage",
    "ProductPage",
    "ProductTag",
    "RelatedProduct",
    "ScenarioPage",
    "ScenarioProduct",
    "SmcsPurpose",
    "StakeholderGroup",
    "TechnologyGuidePage",
]
