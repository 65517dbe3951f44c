"""Checking and storing images that members upload with a proposal."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.models import Collection

#: Pillow format name -> what we tell the member.
ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
COLLECTION_NAME = "Member contributions"


def max_bytes():
    return getattr(settings, "LCC_CONTRIBUTION_IMAGE_MAX_BYTES", 5 * 1024 * 1024)


def validate_image(upload):
    """Raise ValidationError unless ``upload`` is a real JPEG, PNG or WebP within the size limit.

    The content is checked with Pillow (the file name and declared type are not trusted).
    """
    limit = max_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("The image is %(size).1f MB; at most %(limit)d MB is allowed."),
            params={"size": upload.size / 1024 / 1024, "limit": limit // 1024 // 1024},
            code="too_large",
        )
    try:
        upload.seek(0)
        with PILImage.open(upload) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("This file is not an image we can read. Please choose a JPEG, PNG or WebP file."),
            code="not_an_image",
        ) from exc
    finally:
        upload.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted. Please choose a JPEG, PNG or WebP file."),
            params={"format": image_format or _("This kind of")},
            code="wrong_type",
        )


def contributions_collection():
    """The image collection that holds member uploads (created on first use)."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def store_image(upload, title, user):
    """Save an already validated upload as a Wagtail image owned by ``user``."""
    upload.seek(0)
    return get_image_model().objects.create(
        title=title[:255],
        file=upload,
        uploaded_by_user=user,
        collection=contributions_collection(),
    )
