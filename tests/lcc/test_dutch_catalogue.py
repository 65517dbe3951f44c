"""The Dutch catalogue is complete, compiled from its current source, and used by the pages."""

import gettext
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "lcc" / "locale" / "nl" / "LC_MESSAGES"
PO_FILE = CATALOGUE / "django.po"
MO_FILE = CATALOGUE / "django.mo"

#: Named printf placeholders, %%, str.format fields and HTML tags must survive translation intact.
PLACEHOLDER = re.compile(
    r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%%|\{[A-Za-z_][A-Za-z0-9_]*\}|</?[a-z][^>]*>"
)


@pytest.fixture(scope="module")
def catalogue():
    return polib.pofile(str(PO_FILE))


def _live(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def _forms(entry):
    """(source, translation) pairs of an entry: one, or one per plural form."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr)]
    return [
        (entry.msgid, entry.msgstr_plural.get(0, "")),
        (entry.msgid_plural, entry.msgstr_plural.get(1, "")),
    ]


def test_catalogue_declares_dutch_and_its_plural_rule(catalogue):
    assert catalogue.metadata["Language"] == "nl"
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=2; plural=(n != 1)")
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]


def test_catalogue_has_no_untranslated_entries(catalogue):
    missing = [
        entry.msgid for entry in _live(catalogue) if not all(text for _, text in _forms(entry))
    ]
    assert missing == []


def test_catalogue_has_no_fuzzy_entries(catalogue):
    fuzzy = [entry.msgid for entry in _live(catalogue) if "fuzzy" in entry.flags]
    assert fuzzy == []


def test_translations_keep_placeholders_and_markup(catalogue):
    broken = [
        (source, text)
        for entry in _live(catalogue)
        for source, text in _forms(entry)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert broken == []


def test_compiled_catalogue_matches_its_source(catalogue, tmp_path):
    """The committed .mo holds exactly the messages of the .po: msgfmt ran after the last edit."""
    fresh = tmp_path / "django.mo"
    catalogue.save_as_mofile(str(fresh))
    with fresh.open("rb") as handle:
        expected = gettext.GNUTranslations(handle)
    with MO_FILE.open("rb") as handle:
        committed = gettext.GNUTranslations(handle)
    # _catalog is the parsed message table; the header ("") is left out because msgfmt and
    # polib order its fields differently.
    expected_messages = {k: v for k, v in expected._catalog.items() if k != ""}
    committed_messages = {k: v for k, v in committed._catalog.items() if k != ""}
    assert committed_messages.keys() == expected_messages.keys()
    changed = [k for k, v in expected_messages.items() if committed_messages[k] != v]
    assert changed == []
    assert (
        committed.ngettext("%(counter)s reply", "%(counter)s replies", 2) == "%(counter)s reacties"
    )


# Rendered pages ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "dutch", "english"),
    [
        ("/nl/community/", ["Start een discussie", "Nieuwste discussies"], ["Latest discussions"]),
        ("/nl/community/members/", ["Ledenlijst", "Leden filteren"], ["Member directory"]),
        ("/nl/learning/", ["Leerpaden filteren", "Alle niveaus"], ["Filter paths"]),
        ("/nl/learning/start/", ["Waar begin ik?", "Wat is uw rol?"], ["Where do I start?"]),
        (
            "/nl/search/?q=water",
            ["Zoeken: water", "0 producten gevonden", "Controleer de spelling"],
            ["No framework product matches"],
        ),
    ],
)
def test_public_pages_speak_dutch(client, path, dutch, english):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html
    for text in dutch:
        assert text in html
    for text in english:
        assert text not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "dutch"),
    [
        ("/nl/notifications/", ["E-mailinstellingen", "Nog niets. Volg discussies"]),
        ("/nl/notifications/preferences/", ["Meldingsmails", "Wekelijks overzicht"]),
        ("/nl/contribute/", ["Nieuwe kennis voorstellen", "Een praktijkvoorbeeld"]),
        ("/nl/community/profile/edit/", ["Uw profiel bewerken", "Talen waarin ik kan werken"]),
        ("/nl/learning/me/", ["Mijn leerpaden", "U volgt nog geen leerpad."]),
    ],
)
def test_member_pages_speak_dutch(client, member, path, dutch):
    client.force_login(member)
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    for text in dutch:
        assert text in html


@pytest.mark.django_db
def test_technology_guide_labels_are_dutch():
    """Product pages exist in English only for now; their interface still follows the language."""
    from tests.framework.factories import TechnologyGuidePageFactory, build_site

    _, index = build_site()
    page = TechnologyGuidePageFactory(parent=index, title="Monitoring dashboards")
    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    request.session = {}
    request._messages = FallbackStorage(request)
    with translation.override("nl"):
        response = page.serve(request)
        html = response.render().content.decode()
    assert "In het kort" in html
    assert "Soort technologie" in html
    assert "Deze pagina citeren" in html
    assert "At a glance" not in html
