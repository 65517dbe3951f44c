"""The signed unsubscribe link: GET confirms, one-click POST needs no sign-in, tampering fails."""

import pytest
from django.test import Client
from django.urls import reverse

from community.notifications.api import KINDS
from community.notifications.emails import ALL_KINDS, unsubscribe_token
from community.notifications.models import EmailMode, preferences_of

pytestmark = pytest.mark.django_db


def url_for(user, kinds):
    return reverse("notifications:unsubscribe", args=[unsubscribe_token(user, kinds)])


def test_get_shows_a_confirmation_and_changes_nothing(client, member):
    response = client.get(url_for(member, ["reply"]))
    assert response.status_code == 200
    assert b"A reply in a thread you started or follow" in response.content
    assert preferences_of(member)["reply"] == EmailMode.IMMEDIATE


def test_one_click_post_unsubscribes_without_sign_in_or_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url_for(member, ["reply"]), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    prefs = preferences_of(member)
    assert prefs["reply"] == EmailMode.OFF
    assert prefs["mention"] == EmailMode.IMMEDIATE  # only the kind named in the link


def test_the_all_link_switches_every_kind_off(client, member):
    client.post(url_for(member, ALL_KINDS))
    assert set(preferences_of(member).values()) == {EmailMode.OFF}
    assert len(preferences_of(member)) == len(KINDS)


def test_a_tampered_token_is_refused_and_changes_nothing(client, member, make_user):
    other = make_user()
    token = unsubscribe_token(member, ["reply"])
    value, signature = token.rsplit(":", 1)
    forged = unsubscribe_token(other, ["reply"]).rsplit(":", 1)[0] + ":" + signature
    for bad in (forged, token[:-2] + "xx", "nonsense"):
        url = reverse("notifications:unsubscribe", args=[bad])
        assert client.post(url).status_code == 400
        assert client.get(url).status_code == 400
    assert preferences_of(member)["reply"] == EmailMode.IMMEDIATE
    assert preferences_of(other)["reply"] == EmailMode.IMMEDIATE


def test_a_token_signed_for_another_purpose_is_refused(client, member):
    from django.core import signing

    token = signing.dumps({"u": member.pk, "k": "*"})  # no unsubscribe salt
    url = reverse("notifications:unsubscribe", args=[token])
    assert client.post(url).status_code == 400
