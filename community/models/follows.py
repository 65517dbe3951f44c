"""Following: a member follows a thread, a category, a page or a tag."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def content_type_for(obj):
    """The content type a follow of ``obj`` is stored under.

    Pages are always stored as ``wagtailcore.Page`` (whatever their specific type), so
    ``followers_of(page)`` and ``followers_of(page.specific)`` agree.
    """
    from wagtail.models import Page

    if isinstance(obj, Page):
        return ContentType.objects.get_for_model(Page)
    return ContentType.objects.get_for_model(obj)


class FollowManager(models.Manager):
    def for_object(self, obj):
        return self.filter(content_type=content_type_for(obj), object_id=obj.pk)

    def followers_of(self, obj):
        """Active users following ``obj`` (a User queryset)."""
        user_ids = self.for_object(obj).values("user_id")
        return get_user_model().objects.filter(pk__in=user_ids, is_active=True)

    def followers_of_any(self, objs):
        """Active users following at least one of ``objs`` (one query, each user once)."""
        q = models.Q(pk__in=[])
        for obj in objs:
            q |= models.Q(content_type=content_type_for(obj), object_id=obj.pk)
        user_ids = self.filter(q).values("user_id")
        return get_user_model().objects.filter(pk__in=user_ids, is_active=True)

    def is_following(self, user, obj):
        if user is None or not user.is_authenticated:
            return False
        return self.for_object(obj).filter(user=user).exists()

    def follow(self, user, obj):
        follow, _created = self.get_or_create(
            user=user, content_type=content_type_for(obj), object_id=obj.pk
        )
        return follow

    def unfollow(self, user, obj):
        self.for_object(obj).filter(user=user).delete()


class Follow(models.Model):
    """``user`` wants to hear about ``target`` (thread, category, page or tag)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    created = models.DateTimeField(default=timezone.now)

    objects = FollowManager()

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"], name="one_follow_per_target"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.user_id} -> {self.content_type_id}:{self.object_id}"
