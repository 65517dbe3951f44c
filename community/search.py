"""Threads in site search: the framework's search view calls :func:`search_threads`.

Threads are found through the search index (Wagtail's database backend: PostgreSQL full text
with its GIN-indexed vectors in production and CI, SQLite FTS5 locally), which holds each
thread's title and the text of its visible posts only (see ``Thread.search_fields``). Whether a
thread is hidden is filtered at query time, so hidden threads and hidden posts never reach a
searcher who may not see them. Authors (their own hidden posts) and moderators (all hidden
posts) additionally get hidden posts that match, from a small indexed set outside the index.
"""

import re

from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.search.backends import get_search_backend

from community.models import Post, Thread
from community.models.discussions import visible_posts_q
from community.permissions import is_moderator

MAX_RESULTS = 20
#: Punctuation is dropped before the index sees the query: full-text query syntax (quotes,
#: brackets, prefixes) must not come from visitors' input, and an unbalanced quote would
#: even be an error on SQLite.
NOT_A_WORD = re.compile(r"[^\w\s]+")


def search_threads(request, query):
    """Return ``[{"title", "url", "excerpt", "kind"}]`` for threads matching ``query``."""
    query = (query or "").strip()
    if len(query) < 2:
        return []
    user = getattr(request, "user", None)
    words = " ".join(NOT_A_WORD.sub(" ", query).split())
    indexed = _indexed_matches(user, words) if len(words) >= 2 else []
    ids = indexed + _hidden_matches(user, query)
    threads = _with_excerpts(Thread.objects.filter(pk__in=ids), user, query)
    by_pk = {thread.pk: thread for thread in threads}
    ordered = [by_pk[pk] for pk in dict.fromkeys(ids) if pk in by_pk][:MAX_RESULTS]
    return [
        {
            "title": thread.title,
            "url": thread.get_absolute_url(),
            "excerpt": Truncator(strip_tags(thread.excerpt_html or "")).words(30, truncate=" …"),
            "kind": "discussion",
        }
        for thread in ordered
    ]


def _indexed_matches(user, query):
    """Ids of threads this user may see whose title or visible posts match, best first."""
    visible = Thread.objects.visible_to(user)
    results = get_search_backend().search(query, visible)[:MAX_RESULTS]
    return [thread.pk for thread in results]


def _hidden_posts_for(user):
    """Hidden posts this user may still read: their own, or all of them for moderators."""
    if is_moderator(user):
        return Post.objects.filter(is_hidden=True)
    if user is not None and user.is_authenticated:
        return Post.objects.filter(is_hidden=True, author=user)
    return Post.objects.none()


def _hidden_matches(user, query):
    """Threads whose hidden posts match, for the few who may read those posts."""
    posts = _hidden_posts_for(user).filter(body__icontains=query)
    thread_ids = posts.values("thread_id")
    matching = Thread.objects.visible_to(user).filter(pk__in=thread_ids)
    return list(matching.order_by("-last_activity_at").values_list("pk", flat=True)[:MAX_RESULTS])


def _with_excerpts(threads, user, query):
    """Annotate ``excerpt_html``: the first visible post that mentions the query, else the
    first visible post (one query; each subquery reads one thread's posts by its index)."""
    posts = Post.objects.filter(visible_posts_q(user), thread=OuterRef("pk")).order_by(
        "created_at", "pk"
    )
    mentioning = posts.filter(Q(body__icontains=query)).values("body_html")[:1]
    first = posts.values("body_html")[:1]
    return threads.annotate(excerpt_html=Coalesce(Subquery(mentioning), Subquery(first)))
