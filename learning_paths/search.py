"""Learning paths in site search: the framework's search view calls :func:`search_paths`."""

from django.db.models import Q
from django.utils.text import Truncator

from learning_paths.models import LearningPath

MAX_RESULTS = 10


def search_paths(request, query):
    """Return ``[{"title", "url", "excerpt", "kind"}]`` for live paths matching ``query``."""
    query = (query or "").strip()
    if len(query) < 2:
        return []
    matching = (
        Q(title__icontains=query) | Q(summary__icontains=query) | Q(steps__title__icontains=query)
    )
    ids = LearningPath.objects.live().filter(matching).values("pk")
    paths = LearningPath.objects.filter(pk__in=ids).order_by("title")[:MAX_RESULTS]
    return [
        {
            "title": path.title,
            "url": path.get_absolute_url(),
            "excerpt": Truncator(path.summary).chars(200),
            "kind": "learning path",
        }
        for path in paths
    ]
