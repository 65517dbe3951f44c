"""Journeys through the portal in a real browser, each by mouse and by keyboard alone."""

import re
import time

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.actors import ACTORS
from tests.e2e.conftest import mail_link, make_member, sign_in, unique_email

pytestmark = pytest.mark.browser

PASSWORD = "a-long-enough-passphrase-9"
BY = pytest.mark.parametrize("by", list(ACTORS))


def wait_for_mail(to, timeout=10):
    """The newest mail to ``to`` (sent on commit by the live server's thread)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in reversed(mail.outbox):
            if to in message.to:
                return message
        time.sleep(0.1)
    raise AssertionError(f"no mail to {to}; outbox: {[m.subject for m in mail.outbox]}")


def field(page, label):
    return page.get_by_label(label, exact=False)


def log_in(actor, email):
    page = actor.page
    page.goto("/en/accounts/login/")
    actor.type_into(field(page, "Email"), email)
    actor.type_into(page.get_by_label("Password"), PASSWORD)
    actor.press(page.get_by_role("button", name="Sign in").last)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


@BY
def test_visitor_signs_up_confirms_the_address_and_signs_in(page, live_site, by):
    actor = ACTORS[by](page)
    email = unique_email("newcomer")
    page.goto("/en/")
    actor.follow(page.get_by_role("link", name="Join"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Create an account")
    actor.type_into(field(page, "Email"), email)
    actor.type_into(page.get_by_label("Password:", exact=True), PASSWORD)
    actor.type_into(page.get_by_label("Password (again)"), PASSWORD)
    actor.press(page.get_by_role("button", name="Create account"))
    expect(page).to_have_url(re.compile(r"/en/accounts/confirm-email/$"))

    page.goto(mail_link(wait_for_mail(email), live_site, "/confirm-email/"))
    actor.press(page.get_by_role("button", name="Confirm"))
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    actor.press(page.get_by_role("button", name="Sign out"))
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    log_in(actor, email)
    page.goto("/en/account/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.errors.messages == []


def _product_translated_into(language):
    """An English product that has a live translation (the switch to it must then work)."""
    from framework.models import CaseExamplePage, GuidelinePage, TechnologyGuidePage

    for model in (GuidelinePage, TechnologyGuidePage, CaseExamplePage):
        for product in model.objects.live().filter(locale__language_code="en").order_by("path"):
            if product.get_translations().live().filter(locale__language_code=language):
                return product
    raise AssertionError(f"no product in the demo content is translated into {language}")


@BY
def test_stakeholder_filters_searches_opens_a_product_and_reads_it_in_dutch(page, by):
    actor = ACTORS[by](page)
    page.goto("/en/")
    actor.follow(page.get_by_role("navigation", name="Main").get_by_role("link", name="Framework"))
    expect(page).to_have_url(re.compile(r"/en/framework/$"))
    actor.tick(page.get_by_label(re.compile(r"^Flood\b")))
    actor.tick(page.get_by_label(re.compile(r"^Response\b")))
    actor.press(page.get_by_role("button", name="Apply filters"))
    expect(page).to_have_url(re.compile(r"hazard=flood"))
    expect(page).to_have_url(re.compile(r"phase=response"))
    assert page.get_by_label(re.compile(r"^Flood\b")).is_checked()
    results = page.locator(".card-list > li")
    assert results.count() > 0, "two filters that the demo content satisfies found nothing"

    product = _product_translated_into("nl")
    actor.follow(page.get_by_role("navigation", name="Main").get_by_role("link", name="Search"))
    actor.type_into(page.get_by_role("searchbox").first, product.title)
    actor.press(page.get_by_role("button", name="Search").last)
    expect(page).to_have_url(re.compile(r"q="))
    actor.follow(page.locator(".card-list").get_by_role("link", name=product.title).first)
    expect(page.get_by_role("heading", level=1)).to_have_text(product.title)

    english_path = page.evaluate("location.pathname")
    with page.expect_response(lambda r: r.request.is_navigation_request()) as dutch:
        actor.follow(page.get_by_role("link", name="Nederlands"))
    assert dutch.value.status == 200, f"{dutch.value.url} answers {dutch.value.status}"
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    # The Dutch page is this product's translation (it names the English page as its
    # alternate), not the nearest translated ancestor the switcher falls back to.
    english = page.locator('link[rel="alternate"][hreflang="en"]')
    expect(english).to_have_attribute("href", re.compile(re.escape(english_path) + "$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.errors.messages == []


def test_member_sign_in_form_reports_a_wrong_password_and_keeps_the_address(page):
    member = make_member()
    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").last.click()
    expect(page.get_by_label("Email")).to_have_value(member.email)
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)


@BY
def test_practitioner_enrols_completes_every_step_and_downloads_the_certificate(
    new_page, live_site, by
):
    from learning_paths.models import LearningPath

    path = LearningPath.objects.filter(live=True).order_by("pk").first()
    page = new_page()
    sign_in(page.context, live_site, make_member(unique_email("practitioner")))
    actor = ACTORS[by](page)
    page.goto("/en/")
    actor.follow(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Learning paths")
    )
    actor.follow(page.get_by_role("link", name=path.title).first)
    actor.press(page.get_by_role("button", name="Start this path"))
    steps = len(path.ordered_steps)
    for number in range(1, steps + 1):
        expect(page).to_have_url(re.compile(rf"/steps/{number}/$"))
        actor.press(page.get_by_role("button", name="Mark as done"))
        if number < steps:
            expect(page).to_have_url(re.compile(rf"/steps/{number + 1}/$"))
    expect(page).to_have_url(re.compile(rf"/en/learning/{path.slug}/$"))
    link = page.get_by_role("link", name="Download your certificate (PDF)")
    with page.expect_download() as download_info:
        actor.follow(link)
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    assert page.errors.messages == []


@BY
def test_member_starts_a_thread_on_a_product_and_sees_another_members_reply(
    new_page, live_site, by
):
    from community.models import Category
    from framework.models import GuidelinePage

    product = GuidelinePage.objects.live().filter(locale__language_code="en").first()
    category = Category.objects.order_by("pk").first()
    title = f"Translating warnings on short notice ({by})"
    author_page, replier_page = new_page(), new_page()
    sign_in(author_page.context, live_site, make_member(unique_email("author")))
    sign_in(replier_page.context, live_site, make_member(unique_email("replier")))

    author = ACTORS[by](author_page)
    author_page.goto(product.url)
    author.follow(author_page.get_by_role("link", name="Discuss this"))
    expect(author_page.get_by_role("heading", level=1)).to_have_text("Start a discussion")
    author.type_into(author_page.get_by_label("Title"), title)
    author.choose(author_page.get_by_label("Category"), category.name)
    author.type_into(
        author_page.get_by_label("Message"),
        "Who has sent flood warnings in several languages within an hour? How did you check them?",
    )
    author.press(author_page.get_by_role("button", name="Start the discussion"))
    expect(author_page.get_by_role("heading", level=1)).to_have_text(title)
    thread_url = author_page.url

    replier = ACTORS[by](replier_page)
    replier_page.goto(thread_url)
    reply = f"We keep pre-approved templates in eight languages ({by})."
    replier.type_into(replier_page.get_by_label("Your reply"), reply)
    replier.press(replier_page.get_by_role("button", name="Post reply"))
    expect(replier_page.get_by_text(reply)).to_be_visible()

    author_page.goto(product.url)
    expect(author_page.get_by_role("link", name=title)).to_be_visible()
    author.follow(author_page.get_by_role("link", name=title))
    expect(author_page.get_by_text(reply)).to_be_visible()
    assert author_page.errors.messages == [] and replier_page.errors.messages == []


def _staff(group_name):
    from django.contrib.auth.models import Group

    user = make_member(unique_email(group_name.lower()))
    user.groups.add(Group.objects.get(name=group_name))
    return user


def _open_more_actions(page, actor):
    actor.press(page.get_by_role("button", name="More actions"))


@BY
def test_editor_submits_a_guideline_change_and_it_is_live_once_a_moderator_approves(
    new_page, live_site, by
):
    from framework.models import GuidelinePage

    guideline = GuidelinePage.objects.live().filter(locale__language_code="en").last()
    new_summary = f"Reviewed advice on verifying crowdsourced reports, edited by {by} in a test."
    editor_page, moderator_page, reader = new_page(), new_page(), new_page()
    sign_in(editor_page.context, live_site, _staff("Editors"))
    sign_in(moderator_page.context, live_site, _staff("Moderators"))

    editor = ACTORS[by](editor_page)
    editor_page.goto(f"/admin/pages/{guideline.pk}/edit/")
    editor.type_into(editor_page.get_by_role("textbox", name=re.compile(r"^Summary")), new_summary)
    _open_more_actions(editor_page, editor)
    editor.press(editor_page.get_by_role("button", name="Submit to Review"))
    expect(editor_page.get_by_role("status")).to_contain_text("submitted for moderation")

    reader.goto(guideline.url)
    expect(reader.get_by_text(new_summary)).to_have_count(0)

    moderator = ACTORS[by](moderator_page)
    moderator_page.goto(f"/admin/pages/{guideline.pk}/edit/")
    _open_more_actions(moderator_page, moderator)
    moderator.press(moderator_page.get_by_role("button", name=re.compile(r"^Approve")).first)
    expect(moderator_page.get_by_role("status")).to_contain_text("has been updated")

    reader.goto(guideline.url)
    expect(reader.get_by_text(new_summary)).to_be_visible()
