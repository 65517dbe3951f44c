"""Posting rate limits per member, counted by django-ratelimit in the shared cache.

Limits come from ``settings.LCC_COMMUNITY_POST_LIMITS`` ({"minute": N, "hour": M}). With Redis
as the cache the counters are shared between processes.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

#: Limit name -> django-ratelimit period letter.
PERIODS = {"minute": "m", "hour": "h"}


def _message(name):
    if name == "minute":
        return _(
            "You are posting very quickly. Please wait a minute and send it again; "
            "your text is kept below."
        )
    return _(
        "You have reached the number of posts allowed per hour. Please try again "
        "later; your text is kept below."
    )


def refuse_post(request):
    """Count a post the member is about to make; return why it is refused, or None.

    Call it once per valid submission, just before saving. The minute is checked first and
    a refusal there does not count against the hour.
    """
    limits = getattr(settings, "LCC_COMMUNITY_POST_LIMITS", {})
    for name, period in PERIODS.items():
        limit = limits.get(name)
        if limit is None:
            continue
        rate = f"{limit}/{period}"
        group = f"community.posts.{name}"
        if is_ratelimited(request, group=group, key="user", rate=rate, increment=True):
            return _message(name)
    return None
