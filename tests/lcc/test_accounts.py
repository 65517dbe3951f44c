"""Sign-up with e-mail verification, log-in by e-mail, log-out, password reset and change."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://\S+")


def link_in(message):
    return LINK.search(message.body).group(0).replace("http://testserver", "")


def sign_up(client, capture, email="ana@example.org", password="a-long-enough-passphrase-9"):
    with capture(execute=True):
        response = client.post(
            "/en/accounts/signup/",
            {"email": email, "password1": password, "password2": password},
        )
    return response


def test_sign_up_sends_a_verification_mail_and_confirming_logs_in(
    client, django_capture_on_commit_callbacks
):
    response = sign_up(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = get_user_model().objects.get(email="ana@example.org")
    assert not user.emailaddress_set.get().verified

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert "confirm" in message.subject.lower()

    confirm_url = link_in(message)
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert b"Please confirm that" in page.content
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified

    client.post("/en/accounts/logout/")
    response = client.post(
        "/en/accounts/login/",
        {"login": "ana@example.org", "password": "a-long-enough-passphrase-9"},
    )
    assert response.status_code == 302
    assert client.get("/en/account/").status_code == 200


def test_unverified_member_cannot_log_in(client, django_capture_on_commit_callbacks):
    sign_up(client, django_capture_on_commit_callbacks)
    client.logout()
    response = client.post(
        "/en/accounts/login/",
        {"login": "ana@example.org", "password": "a-long-enough-passphrase-9"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_sign_up_form_keeps_input_and_shows_errors(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "not-an-address", "password1": "abc", "password2": "abd"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="not-an-address"' in html
    assert "aria-invalid" in html
    assert get_user_model().objects.count() == 0


def test_wrong_password_is_refused(client, member):
    response = client.post("/en/accounts/login/", {"login": member.email, "password": "wrong"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_password_reset_by_mail(client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": member.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    reset_url = link_in(mail.outbox[0])

    form_page = client.get(reset_url, follow=True)
    assert form_page.status_code == 200
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else reset_url
    response = client.post(
        action, {"password1": "a-brand-new-passphrase-7", "password2": "a-brand-new-passphrase-7"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("a-brand-new-passphrase-7")
    assert client.get(reset_url, follow=True).context["token_fail"]


def test_password_change(client, member, password):
    client.force_login(member)
    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": password,
            "password1": "another-passphrase-33",
            "password2": "another-passphrase-33",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("another-passphrase-33")


def test_log_out(client, member):
    client.force_login(member)
    client.post("/en/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_failed_logins_are_rate_limited(client, member, password):
    for _ in range(6):
        client.post("/en/accounts/login/", {"login": member.email, "password": "nope"})
    # Even the right password is refused while the limit holds.
    response = client.post("/en/accounts/login/", {"login": member.email, "password": password})
    assert response.status_code in (200, 429)
    assert b"Too many failed login attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_account_pages_need_login(client):
    response = client.get("/en/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
