"""Template tags through which other parts of the site show community features."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_discussions(context, page):
    """The "Discuss this" box for a framework page: its threads and a start link.

    Filled in by the community discussions work; renders nothing until then.
    """
    return ""
