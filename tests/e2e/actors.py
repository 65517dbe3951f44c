"""How a journey's visitor operates the page: with the mouse, or with the keyboard alone.

A journey is written once against this small interface and runs with both, so every journey
is also proven to work by Tab, Enter and Space, with a visible focus on what is operated.
"""

from tests.e2e.checks import assert_focus_visible

MAX_TABS = 400


class Mouse:
    """Clicks and fills, as a pointer user (or Playwright's default) would."""

    name = "mouse"

    def __init__(self, page):
        self.page = page

    def follow(self, locator):
        locator.click()

    def press(self, locator):
        locator.click()

    def type_into(self, locator, text):
        locator.fill(text)

    def tick(self, locator):
        locator.check()

    def choose(self, locator, label):
        locator.select_option(label=label)


class Keyboard:
    """Tab to a control, then Enter (links, buttons), Space (checkboxes) or typing (fields).

    Never clicks and never focuses by script; it checks that each operated control shows a
    visible focus indicator.
    """

    name = "keyboard"

    def __init__(self, page):
        self.page = page

    def _is_focused(self, locator):
        return locator.evaluate("el => el === document.activeElement")

    def tab_to(self, locator):
        locator.wait_for(state="visible")
        for _ in range(MAX_TABS):
            if self._is_focused(locator):
                assert_focus_visible(self.page)
                return
            self.page.keyboard.press("Tab")
        raise AssertionError(f"{locator} cannot be reached with Tab ({MAX_TABS} presses)")

    def follow(self, locator):
        self.tab_to(locator)
        self.page.keyboard.press("Enter")

    def press(self, locator):
        self.tab_to(locator)
        self.page.keyboard.press("Enter")

    def type_into(self, locator, text):
        self.tab_to(locator)
        self.page.keyboard.press("Control+A")
        self.page.keyboard.type(text)

    def tick(self, locator):
        self.tab_to(locator)
        if not locator.is_checked():
            self.page.keyboard.press("Space")
        assert locator.is_checked()

    def choose(self, locator, label):
        """Arrow keys through a closed native select until ``label`` is selected."""
        self.tab_to(locator)
        selected = "el => el.options[el.selectedIndex] ? el.options[el.selectedIndex].text : ''"
        for _ in range(locator.locator("option").count()):
            if locator.evaluate(selected).strip() == label:
                return
            self.page.keyboard.press("ArrowDown")
        assert locator.evaluate(selected).strip() == label, f"cannot choose {label!r}"


ACTORS = {"mouse": Mouse, "keyboard": Keyboard}
