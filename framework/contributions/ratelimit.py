"""Limits on proposals and feedback, counted by django-ratelimit in the shared cache.

Each function counts one valid submission that is about to be saved and says whether it is
over the limit; call it once, just before saving. django-ratelimit stores only a hash of the
key, so the cache never holds visitors' addresses in clear.
"""

from django.conf import settings
from django_ratelimit.core import is_ratelimited


def proposal_limit():
    return getattr(settings, "LCC_CONTRIBUTION_PROPOSALS_PER_DAY", 5)


def proposal_refused(request):
    """Count a proposal by this member; True when it is over the daily limit."""
    rate = f"{proposal_limit()}/d"
    return is_ratelimited(
        request, group="contributions.proposals", key="user", rate=rate, increment=True
    )


def _feedback_key(group, request):
    """Members are counted per account, visitors per address (the proxy sets REMOTE_ADDR)."""
    if request.user.is_authenticated:
        return f"user-{request.user.pk}"
    return f"ip-{request.META.get('REMOTE_ADDR') or 'unknown'}"


def _feedback_rate(group, request):
    limits = getattr(settings, "LCC_FEEDBACK_LIMITS", {})
    if request.user.is_authenticated:
        return f"{limits.get('member_per_hour', 10)}/h"
    return f"{limits.get('anonymous_per_hour', 10)}/h"


def feedback_refused(request):
    """Count a feedback answer; True when the member or address is over the hourly limit."""
    return is_ratelimited(
        request,
        group="contributions.feedback",
        key=_feedback_key,
        rate=_feedback_rate,
        increment=True,
    )
