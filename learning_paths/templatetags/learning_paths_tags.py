"""Template helpers of the learning pages: durations, progress bars, "continue learning"."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def duration(minutes):
    """Estimated time in words: "45 minutes", "2 hours", "1 hour 20 minutes"."""
    try:
        minutes = int(minutes or 0)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if rest or not hours:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", rest) % {"n": rest})
    return " ".join(parts)


@register.inclusion_tag("learning_paths/includes/progress.html")
def learning_progress(done, total, label=""):
    """An accessible progress bar: a native <progress> element plus the same fact in text."""
    total = int(total or 0)
    done = min(int(done or 0), total)
    return {
        "done": done,
        "total": total,
        "percent": round(100 * done / total) if total else 0,
        "label": label or _("Progress"),
    }


@register.inclusion_tag("learning_paths/includes/continue.html", takes_context=True)
def continue_learning(context, limit=3):
    """The member's most recently active unfinished paths with a link to resume (any page)."""
    from learning_paths.dashboard import in_progress_entries

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"entries": []}
    return {"entries": in_progress_entries(user)[:limit]}


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` or None (dictionaries keyed by ids in list templates)."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None
