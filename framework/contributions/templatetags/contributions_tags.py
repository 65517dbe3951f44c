"""``{% product_feedback page %}``: the "Was this useful?" form on product pages."""

from django import template

from framework.contributions.forms import FeedbackForm

register = template.Library()


@register.inclusion_tag("contributions/includes/feedback_form.html", takes_context=True)
def product_feedback(context, page):
    return {
        "page": page,
        "form": FeedbackForm(prefix="feedback"),
        "user": context.get("user"),
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("contributions/includes/credit.html")
def contribution_credit(page):
    """ "Contributed by <display name>" for a product a member proposed (nothing otherwise).

    The display name comes from the community profile by attribute access only, so the
    framework does not import the community app; without a profile nothing is shown
    (an e-mail address is never shown).
    """
    contributor = getattr(page, "contributor", None)
    profile = getattr(contributor, "profile", None) if contributor is not None else None
    if profile is None or getattr(profile, "visibility", "") == "hidden":
        return {"name": ""}  # members who hide their profile are not named either
    url = ""
    is_public = getattr(profile, "is_visible_to", None)
    # Product pages are shared with anonymous visitors (and cached), so link public profiles only.
    if callable(is_public) and is_public(None):
        url = profile.get_absolute_url()
    return {"name": getattr(profile, "name", ""), "url": url}
