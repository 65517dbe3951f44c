"""Avatar uploads: checked, squared to 256x256 and re-encoded without any metadata."""

import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

AVATAR_SIZE = 256
MAX_UPLOAD_BYTES = 3 * 1024 * 1024
MAX_PIXELS = 40_000_000  # refuse decompression bombs before decoding
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def process_avatar(upload):
    """Validate an uploaded image and return a clean 256x256 PNG as a ContentFile."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The image is too large: at most 3 MB, please."))
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
        if image_format not in ALLOWED_FORMATS:
            raise ValidationError(_("Please upload a JPEG, PNG, WebP or GIF image."))
        if width * height > MAX_PIXELS:
            raise ValidationError(_("The image has too many pixels."))
        upload.seek(0)
        with Image.open(upload) as image:
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGBA" if image.mode in {"RGBA", "LA", "P"} else "RGB")
            square = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE), Image.Resampling.LANCZOS)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This file is not an image we can read.")) from None
    # A fresh image carries no EXIF, ICC or text chunks from the upload.
    clean = Image.frombytes(square.mode, square.size, square.tobytes())
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.png")
