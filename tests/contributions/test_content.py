"""The Markdown subset members write, turned into blocks and back."""

from framework.contributions import content


def test_headings_lists_and_paragraphs_become_blocks():
    blocks = content.text_to_blocks(
        "## Before the flood\n\nWarn **early** and *often*.\n\n- Sirens\n- SMS\nThen check."
    )
    assert blocks == [
        ("heading", "Before the flood"),
        ("paragraph", "<p>Warn <b>early</b> and <i>often</i>.</p>"),
        ("list", ["Sirens", "SMS"]),
        ("paragraph", "<p>Then check.</p>"),
    ]


def test_only_web_links_become_links():
    html = content.inline_html("[map](https://example.org/?a=1&b=2) and [bad](javascript:alert)")
    assert '<a href="https://example.org/?a=1&amp;b=2">map</a>' in html
    assert "javascript" in html and '<a href="javascript' not in html


def test_rich_text_round_trips_to_the_same_text():
    text = "We used **Telegram** and a [map](https://example.org/map)."
    html = content.text_to_richtext(text)
    assert content.richtext_to_text(html) == text


def test_steps_take_their_title_from_the_first_line():
    steps = content.text_to_steps("Agree who posts\nOne account speaks.\n\nCheck facts")
    assert steps == [
        {"title": "Agree who posts", "text": "One account speaks."},
        {"title": "Check facts", "text": ""},
    ]
