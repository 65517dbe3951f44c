"""Member profiles: what others may see about a member, and who may see it."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from community.permissions import is_moderator

#: The five LINKS stakeholder groups, stored as slugs (the framework's StakeholderGroup
#: snippets use the same slugs; community never imports them).
STAKEHOLDER_GROUPS = [
    ("practitioners", _("Disaster-management practitioners")),
    ("policy-makers", _("Policy and decision makers")),
    ("researchers", _("Research networks")),
    ("businesses", _("Businesses")),
    ("civil-society", _("Civil society (citizens, NGOs, educators)")),
]

#: Languages a member can say they speak: the site languages plus other common ones.
EXTRA_LANGUAGES = [
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("pl", "Polski"),
    ("el", "Ελληνικά"),
    ("sv", "Svenska"),
    ("fi", "Suomi"),
    ("cs", "Čeština"),
    ("ro", "Română"),
    ("hu", "Magyar"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ja", "日本語"),
]


def language_choices():
    return list(settings.LANGUAGES) + EXTRA_LANGUAGES


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see my profile")
    MEMBERS = "members", _("Members only: signed-in members can see my profile")
    HIDDEN = "hidden", _("Hidden: only I can see my profile")


class ProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Profiles ``user`` may see: hidden ones only their owner (and moderators)."""
        if is_moderator(user):
            return self
        if user is None or not user.is_authenticated:
            return self.filter(visibility=Visibility.PUBLIC)
        return self.filter(Q(visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS]) | Q(user=user))

    def listed_for(self, user):
        """Profiles shown in the directory: visible, and of members who are not suspended."""
        return self.visible_to(user).filter(user__is_active=True)


class TaggedExpertise(TaggedItemBase):
    """Through model for a profile's expertise tags (kept apart from content tags)."""

    content_object = models.ForeignKey(
        "community.Profile", on_delete=models.CASCADE, related_name="tagged_expertise"
    )

    class Meta:
        verbose_name = _("expertise tag")
        verbose_name_plural = _("expertise tags")


def new_handle():
    return f"member-{secrets.token_hex(3)}"


class Profile(models.Model):
    """The public face of a member: name, organisation, group, languages and expertise.

    Created automatically when a user is created. The e-mail address lives on the user
    and is never shown. ``handle`` is the stable slug used in profile URLs and @mentions.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    handle = models.SlugField(
        _("handle"),
        max_length=40,
        unique=True,
        default=new_handle,
        help_text=_("Used in your profile address and to mention you as @handle."),
    )
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=150, blank=True)
    stakeholder_group = models.CharField(
        _("stakeholder group"), max_length=32, choices=STAKEHOLDER_GROUPS, blank=True
    )
    country = CountryField(_("country"), blank=True)
    # Stored as ",en,de," so "speaks German" is one indexed-free LIKE on any database.
    languages_code = models.CharField(_("languages"), max_length=200, blank=True, default="")
    expertise = TaggableManager(
        verbose_name=_("expertise"), through=TaggedExpertise, blank=True, related_name="+"
    )
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    avatar = models.ImageField(_("avatar"), upload_to="avatars/", blank=True)
    visibility = models.CharField(
        _("who can see my profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    suspension_reason = models.CharField(_("suspension reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        ordering = ["display_name", "handle"]
        indexes = [models.Index(fields=["visibility", "stakeholder_group"])]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("community:profile", args=[self.handle])

    @property
    def name(self):
        """What others see as the member's name (never derived from the e-mail address)."""
        return self.display_name or self.handle

    @property
    def languages(self):
        return [code for code in self.languages_code.split(",") if code]

    @languages.setter
    def languages(self, codes):
        codes = [code for code in codes if code]
        self.languages_code = f",{','.join(codes)}," if codes else ""

    def language_names(self):
        names = dict(language_choices())
        return [names.get(code, code) for code in self.languages]

    def is_visible_to(self, user):
        if self.visibility == Visibility.PUBLIC or is_moderator(user):
            return True
        if user is None or not user.is_authenticated:
            return False
        return self.visibility == Visibility.MEMBERS or user.pk == self.user_id
