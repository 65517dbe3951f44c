"""Completion certificates: a one-page PDF (fpdf2) and verification by code.

The code is 128 random bits (``secrets.token_urlsafe``), stored on the enrolment; a guessed
or altered code simply finds nothing.
"""

import re
import unicodedata
from pathlib import Path

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

from learning_paths.models import Enrolment

CODE_MAX_LENGTH = 64
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
#: A Unicode TrueType font when the system has one; otherwise the PDF core font (Latin-1).
UNICODE_FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
]


def find_by_code(code):
    """The completed enrolment a code belongs to, or None for anything else (never raises)."""
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        return None
    return (
        Enrolment.objects.select_related("user", "path")
        .filter(certificate_code=code, completed_at__isnull=False)
        .first()
    )


def holder_name(user):
    """The name printed on the certificate: the profile's display name, else the user's name."""
    profile = getattr(user, "profile", None)
    return (getattr(profile, "display_name", "") or "").strip() or str(user)


def _font(pdf):
    for path in UNICODE_FONTS:
        if path.exists():
            pdf.add_font("lcc", "", str(path))
            return "lcc", lambda text: text
    return "Helvetica", _latin1


def _latin1(text):
    """Fold text into Latin-1 for the core font: strip accents, replace what still does not fit."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return folded.encode("latin-1", "replace").decode("latin-1")


def render_pdf(enrolment, verify_url):
    """The certificate of a completed enrolment as PDF bytes."""
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(_("Certificate of completion"))
    pdf.set_author(settings.WAGTAIL_SITE_NAME)
    pdf.set_subject(enrolment.path.title)
    pdf.set_keywords(f"certificate {enrolment.certificate_code}")
    pdf.add_page()
    family, text = _font(pdf)
    completed = timezone.localtime(enrolment.completed_at).date()
    lines = [
        (26, settings.WAGTAIL_SITE_NAME, 18),
        (22, _("Certificate of completion"), 16),
        (14, _("This certifies that"), 10),
        (24, holder_name(enrolment.user), 14),
        (14, _("completed the learning path"), 10),
        (20, enrolment.path.title, 18),
        (12, _("on %(date)s") % {"date": formats.date_format(completed, "DATE_FORMAT")}, 24),
        (10, _("Certificate code: %(code)s") % {"code": enrolment.certificate_code}, 8),
        (10, _("Verify at %(url)s") % {"url": verify_url}, 8),
    ]
    pdf.set_y(28)
    for size, line, gap in lines:
        pdf.set_font(family, size=size)
        pdf.multi_cell(0, size * 0.5, text(line), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    return bytes(pdf.output())
