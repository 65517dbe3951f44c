"""Community models, one module per concern; import them from here."""

from community.models.discussions import Category, Post, Report, ReportReason, Thread, ThreadTag
from community.models.follows import Follow, content_type_for
from community.models.profiles import (
    STAKEHOLDER_GROUPS,
    Profile,
    TaggedExpertise,
    Visibility,
    language_choices,
)
from community.models.users import User, UserManager

__all__ = [
    "STAKEHOLDER_GROUPS",
    "Category",
    "Follow",
    "Post",
    "Profile",
    "Report",
    "ReportReason",
    "TaggedExpertise",
    "Thread",
    "ThreadTag",
    "User",
    "UserManager",
    "Visibility",
    "content_type_for",
    "language_choices",
]
