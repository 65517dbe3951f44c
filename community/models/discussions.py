"""Discussions: categories, threads (optionally about a page) and posts."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.search import index

from community.permissions import is_moderator

#: Upper bound on a thread's indexed post text: PostgreSQL refuses tsvectors over 1 MB, and a
#: failing index write would fail the reply itself.
MAX_INDEXED_TEXT = 250_000


class Category(models.Model):
    """A discussion category (per scenario or theme), curated in the Wagtail admin."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), max_length=500, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("discussion category")
        verbose_name_plural = _("discussion categories")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("community:category", args=[self.slug])


class ThreadTag(TaggedItemBase):
    """Through model for thread tags (shares taggit's Tag with framework content)."""

    content_object = models.ForeignKey(
        "community.Thread", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("thread tag")
        verbose_name_plural = _("thread tags")


def visible_posts_q(user, prefix=""):
    """Q for posts ``user`` may see: not hidden, or their own (moderators see all)."""
    if is_moderator(user):
        return Q()
    q = Q(**{f"{prefix}is_hidden": False})
    if user is not None and user.is_authenticated:
        q |= Q(**{f"{prefix}author": user})
    return q


class ThreadQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Threads ``user`` may see: not hidden, or started by them (moderators see all)."""
        return self.filter(visible_posts_q(user))

    def with_counts(self, user):
        """Annotate ``post_total``: the posts of each thread this user may see."""
        q = visible_posts_q(user, prefix="posts__")
        return self.annotate(post_total=Count("posts", filter=q, distinct=True))

    def for_listing(self, user):
        """Visible threads with what a list shows, in a fixed number of queries."""
        return (
            self.visible_to(user)
            .with_counts(user)
            .select_related("category", "author__profile", "last_post_author__profile")
            .prefetch_related("tags")
            .order_by("-is_pinned", "-last_activity_at", "-pk")
        )


class Thread(index.Indexed, models.Model):
    """A discussion: a title and an opening post, then replies. May be about one page.

    Indexed for site search (Wagtail's database backend: PostgreSQL full text in production,
    SQLite FTS5 locally) by its title and the text of its *visible* posts only, so hidden
    posts can never be found through the index. ``community.signals`` re-indexes the thread
    whenever one of its posts is saved or deleted; whether the thread itself is hidden is a
    filter applied at query time.
    """

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(max_length=200, allow_unicode=True, blank=True)
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="threads",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="threads",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="community_threads",
    )
    tags = TaggableManager(verbose_name=_("tags"), through=ThreadTag, blank=True)
    is_locked = models.BooleanField(_("locked"), default=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_post_author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ThreadQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("visible_post_text"),
        # Filters that ThreadQuerySet.visible_to() and the result ordering use.
        index.FilterField("is_hidden"),
        index.FilterField("author"),
        index.FilterField("is_pinned"),
        index.FilterField("last_activity_at"),
    ]

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-is_pinned", "-last_activity_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)[:200] or "thread"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("community:thread", args=[self.pk, self.slug or "thread"])

    def is_visible_to(self, user):
        if not self.is_hidden or is_moderator(user):
            return True
        return user is not None and user.is_authenticated and user.pk == self.author_id

    def visible_post_text(self):
        """The text of the posts everyone may see, oldest first (what the search index holds)."""
        bodies = self.posts.filter(is_hidden=False).order_by("created_at", "pk")
        return "\n\n".join(bodies.values_list("body", flat=True))[:MAX_INDEXED_TEXT]


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Posts ``user`` may see, in threads they may see."""
        return self.filter(visible_posts_q(user)).filter(visible_posts_q(user, "thread__"))


class Post(models.Model):
    """One message in a thread. Markdown in, sanitised HTML (``body_html``) out.

    ``author`` is null for posts kept after their author deleted the account ("former member").
    """

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="posts",
    )
    body = models.TextField(_("message"), max_length=20_000)
    body_html = models.TextField(editable=False, blank=True)
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="mentioned_in", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=300, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["thread", "created_at"]),
            # Moderators search hidden posts outside the full-text index (see community.search).
            models.Index(
                fields=["created_at"], condition=Q(is_hidden=True), name="community_post_hidden"
            ),
        ]

    def __str__(self):
        return f"{self.thread.title} #{self.pk}"

    def get_absolute_url(self):
        return reverse("community:post", args=[self.pk])

    def is_visible_to(self, user):
        if not self.is_hidden or is_moderator(user):
            return True
        return user is not None and user.is_authenticated and user.pk == self.author_id

    def render(self):
        """Fill ``body_html`` from ``body``; returns the handles mentioned."""
        from community.markdown import render_markdown

        self.body_html, handles = render_markdown(self.body)
        return handles


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Abusive or harassing")
    MISINFORMATION = "misinformation", _("False or misleading information")
    PRIVACY = "privacy", _("Shares personal data")
    OTHER = "other", _("Something else")


class Report(models.Model):
    """A member's report of a post to the moderators (one per member per post)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_made"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    resolution = models.CharField(max_length=40, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_member")
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"
