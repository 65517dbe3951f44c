"""An extra data exporter used by the export test (stands in for another app's)."""


def extra(user):
    return "extra", {"user": user.pk}
