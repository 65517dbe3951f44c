"""Threads in site search: the framework's search view calls :func:`search_threads`.

A simple case-insensitive match on thread titles and post texts, limited to what the
searcher may see (hidden threads and posts are left out for everyone but their authors
and moderators).
"""

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator

from community.models import Post, Thread
from community.models.discussions import visible_posts_q

MAX_RESULTS = 20


def search_threads(request, query):
    """Return ``[{"title", "url", "excerpt", "kind"}]`` for threads matching ``query``."""
    query = (query or "").strip()
    if len(query) < 2:
        return []
    user = getattr(request, "user", None)
    matching_posts = Post.objects.filter(visible_posts_q(user), body__icontains=query)
    threads = (
        Thread.objects.visible_to(user)
        .filter(Q(title__icontains=query) | Q(pk__in=matching_posts.values("thread_id")))
        .order_by("-last_activity_at")[:MAX_RESULTS]
    )
    threads = list(threads)
    excerpts = _excerpts(threads, query, user)
    return [
        {
            "title": thread.title,
            "url": thread.get_absolute_url(),
            "excerpt": excerpts.get(thread.pk, ""),
            "kind": "discussion",
        }
        for thread in threads
    ]


def _excerpts(threads, query, user):
    """One visible post per thread, preferring one that mentions the query (one query)."""
    posts = (
        Post.objects.filter(visible_posts_q(user), thread__in=threads)
        .order_by("thread_id", "created_at")
        .only("thread_id", "body_html", "body")
    )
    best = {}
    for post in posts:
        hit = query.lower() in post.body.lower()
        if post.thread_id not in best or (hit and not best[post.thread_id][0]):
            best[post.thread_id] = (hit, post.body_html)
    return {
        pk: Truncator(strip_tags(html)).words(30, truncate=" …")
        for pk, (_hit, html) in best.items()
    }
