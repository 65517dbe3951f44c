"""Keyboard basics of the page shell: the skip link and a visible focus everywhere."""

import pytest
from playwright.sync_api import expect

from tests.e2e.checks import assert_focus_visible, focus_outline

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_first_tab_shows_the_skip_link_and_enter_moves_focus_to_main(page, lang):
    page.goto(f"/{lang}/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert_focus_visible(page)
    box = skip.bounding_box()
    assert box and box["y"] >= 0, "the focused skip link stays off screen"
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_every_tab_stop_on_the_home_page_shows_its_focus(page):
    page.goto("/en/")
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        outline = focus_outline(page)
        if outline["tag"] == "BODY" or (seen and outline == seen[0]):
            break  # wrapped round
        seen.append(outline)
        assert_focus_visible(page)
    assert len(seen) > 5, f"only {len(seen)} tab stops on the home page"
