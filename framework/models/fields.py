"""Small model fields the framework needs."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class MultipleChoiceField(models.JSONField):
    """A list of choice keys stored as JSON, edited with checkboxes.

    Portable (SQLite and PostgreSQL), unlike ``ArrayField``; the loader passes a list of keys.
    """

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_list"] = self.choices_list
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        valid = {key for key, _label in self.choices_list}
        unknown = [item for item in value or [] if item not in valid]
        if unknown:
            raise ValidationError("Unknown choice(s): %(unknown)s", params={"unknown": unknown})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_list,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def labels(self, value):
        mapping = dict(self.choices_list)
        return [str(mapping.get(key, key)) for key in value or []]
