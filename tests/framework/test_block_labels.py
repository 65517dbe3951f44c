"""StreamField blocks are labelled in the editor's language, and labels stay out of migrations."""

import json

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.admin.telepath import JSContext

from framework.blocks import (
    ImageBlock,
    LessonsBlock,
    ProductStreamBlock,
    SourcesBlock,
    StepsBlock,
)

STREAMS = [ProductStreamBlock, SourcesBlock, StepsBlock, LessonsBlock]


def labels(stream):
    """Every label of a stream's blocks and of their fields, as shown now."""
    found = []
    for name, block in stream.child_blocks.items():
        found.append((name, str(block.label)))
        for child_name, child in getattr(block, "child_blocks", {}).items():
            found.append((f"{name}.{child_name}", str(child.label)))
        if hasattr(block, "child_block"):
            found.append((f"{name}.item", str(block.child_block.label)))
    return found


@pytest.mark.parametrize("stream_class", STREAMS)
def test_every_block_and_field_label_is_translated(stream_class):
    stream = stream_class()
    english = dict(labels(stream))
    with translation.override("nl"):
        dutch = dict(labels(stream))
    untranslated = [name for name in english if english[name] == dutch[name]]
    assert untranslated == []


def test_the_dutch_editor_sees_dutch_labels_and_help():
    from framework.models.pages import TechnologyGuidePage

    stream = TechnologyGuidePage._meta.get_field("body").stream_block
    with translation.override("nl"):
        definition = json.dumps(JSContext().pack(stream))
    for text in ("Tussenkop", "Alinea", "Tekstalternatief", "Bijschrift", "Citaat", "Punt"):
        assert text in definition
    assert "Beschrijf de afbeelding voor wie haar niet kan zien" in definition


def test_labelling_a_block_leaves_the_declared_fields_alone():
    ImageBlock()
    assert ImageBlock.base_blocks["alt"].label == "Alt"  # the shared declaration, not a copy


def test_labels_are_not_frozen_into_the_streamfield_definition():
    from framework.models.pages import TechnologyGuidePage

    _name, _path, _args, kwargs = TechnologyGuidePage._meta.get_field("body").deconstruct()
    for _block_path, _block_args, block_kwargs in kwargs["block_lookup"].values():
        assert "label" not in block_kwargs


@pytest.mark.django_db
def test_the_framework_needs_no_new_migration():
    call_command("makemigrations", "framework", "--check", "--dry-run", verbosity=0)
