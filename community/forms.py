"""Forms of the community pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField
from taggit.forms import TagField

from community.avatars import process_avatar
from community.models import (
    STAKEHOLDER_GROUPS,
    Category,
    Post,
    Profile,
    Report,
    language_choices,
)

RESERVED_HANDLES = {"edit", "new", "me", "admin", "moderators", "former-member"}


class ProfileForm(forms.ModelForm):
    """The member's own profile. Languages are a multiple choice; expertise is free tags."""

    languages = forms.MultipleChoiceField(
        label=_("Languages I can work in"),
        choices=language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = TagField(
        label=_("Expertise"),
        required=False,
        help_text=_("Comma-separated, e.g. early warning, volunteer coordination, GIS."),
    )
    remove_avatar = forms.BooleanField(label=_("Remove my avatar"), required=False)

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "handle",
            "organisation",
            "role",
            "stakeholder_group",
            "country",
            "languages",
            "expertise",
            "bio",
            "avatar",
            "visibility",
        ]
        widgets = {
            "visibility": forms.RadioSelect,
            "avatar": forms.FileInput(
                attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
            ),
            "bio": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "avatar": _("JPEG, PNG, WebP or GIF, up to 3 MB. We crop it to a square."),
            "bio": _("Plain text, up to 1000 characters."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.initial.setdefault("languages", self.instance.languages)
        if self.instance.pk:
            self.initial["expertise"] = list(self.instance.expertise.all())

    def clean_handle(self):
        handle = self.cleaned_data["handle"].lower()
        if handle in RESERVED_HANDLES:
            raise forms.ValidationError(_("This handle is reserved; please pick another."))
        if len(handle) < 2:
            raise forms.ValidationError(_("A handle has at least two characters."))
        return handle

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and hasattr(avatar, "content_type"):  # a new upload
            return process_avatar(avatar)
        return avatar

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.languages = self.cleaned_data.get("languages", [])
        if self.cleaned_data.get("remove_avatar"):
            profile.avatar = ""
        if commit:
            profile.save()
            profile.expertise.set(self.cleaned_data.get("expertise") or [])
        return profile


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or organisation"), required=False, max_length=100)
    group = forms.ChoiceField(
        label=_("Stakeholder group"),
        required=False,
        choices=[("", _("Any group"))] + STAKEHOLDER_GROUPS,
    )
    country = LazyTypedChoiceField(label=_("Country"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    expertise = forms.CharField(label=_("Expertise"), required=False, max_length=100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Any language"))] + language_choices()
        # Built per form, so country names come in the visitor's language and sort order.
        self.fields["country"].choices = [("", _("Any country"))] + list(countries)


class BodyField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Message"))
        kwargs.setdefault("max_length", 20_000)
        kwargs.setdefault(
            "help_text",
            _(
                "Markdown: **bold**, *italic*, [link](https://…), > quote, - list. "
                "Mention a member with @handle."
            ),
        )
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 8}))
        super().__init__(**kwargs)


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, min_length=5)
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.all())
    tags = TagField(
        label=_("Tags"), required=False, help_text=_("Comma-separated, e.g. flood, warning apps.")
    )
    body = BodyField(min_length=10)
    page = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ReplyForm(forms.Form):
    body = BodyField(label=_("Your reply"), min_length=2)


class PostEditForm(forms.ModelForm):
    class Meta:
        model = Post
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason", "details"]
        widgets = {"reason": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 4})}


class DeleteAccountForm(forms.Form):
    KEEP, REMOVE = "keep", "remove"
    posts = forms.ChoiceField(
        label=_("What should happen to your posts?"),
        choices=[
            (KEEP, _("Keep them, shown as written by a former member")),
            (REMOVE, _("Remove them")),
        ],
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password
