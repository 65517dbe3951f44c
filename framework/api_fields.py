"""Serializer fields that present taxonomies, countries and tags in the API as plain data."""

from django_countries.fields import Country
from rest_framework import serializers


class TaxonomyListField(serializers.Field):
    """A many-to-many to taxonomy snippets as ``[{"name": ..., "slug": ...}]``."""

    def to_representation(self, value):
        return [{"name": item.name, "slug": item.slug} for item in value.all()]


class TaxonomyField(serializers.Field):
    """A foreign key to one taxonomy snippet as ``{"name": ..., "slug": ...}`` or null."""

    def to_representation(self, value):
        if value is None:
            return None
        return {"name": value.name, "slug": value.slug}


class CountryListField(serializers.Field):
    """django-countries values as ``[{"code": "IT", "name": "Italy"}]``."""

    def to_representation(self, value):
        if not value:
            return []
        countries = [value] if isinstance(value, Country) else list(value)
        return [{"code": c.code, "name": str(c.name)} for c in countries if c]


class TagListField(serializers.Field):
    """Free tags as a list of names."""

    def to_representation(self, value):
        return [tag.name for tag in value.all()]


class ChoiceLabelField(serializers.Field):
    """A choice field as ``{"key": ..., "label": ...}``."""

    def __init__(self, choices, **kwargs):
        self.choice_map = dict(choices)
        super().__init__(**kwargs)

    def to_representation(self, value):
        if isinstance(value, list):
            return [{"key": key, "label": str(self.choice_map.get(key, key))} for key in value]
        if not value:
            return None
        return {"key": value, "label": str(self.choice_map.get(value, value))}
