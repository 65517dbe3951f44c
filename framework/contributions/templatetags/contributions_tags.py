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
