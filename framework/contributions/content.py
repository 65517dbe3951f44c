"""Plain text (a small Markdown subset) to Wagtail blocks and rich text, and back again.

Members write in a textarea: paragraphs separated by a blank line, ``## `` starts a heading,
``- `` starts a list item, and ``**bold**``, ``*italic*`` and ``[text](https://...)`` work
inline. Everything else is escaped, so no HTML a member types reaches the page.
"""

import html
import re

from django.utils.html import escape

HEADING = re.compile(r"^#{1,6}\s+(.*)$")
LIST_ITEM = re.compile(r"^[-*]\s+(.*)$")
LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
TEXT_BLOCKS = {"heading", "paragraph", "list"}


def chunks(text):
    """Blocks of non-empty lines separated by blank lines."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chunk = []
    for line in lines:
        if line.strip():
            chunk.append(line.strip())
        elif chunk:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def inline_html(text):
    """Escape ``text`` and turn the inline Markdown marks into HTML."""
    result = escape(text)
    result = LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', result)
    result = BOLD.sub(r"<b>\1</b>", result)
    return ITALIC.sub(r"<i>\1</i>", result)


def _chunk_blocks(chunk):
    """One chunk of lines may give headings, a list and paragraphs, in order."""
    blocks, paragraph, items = [], [], []

    def flush():
        if paragraph:
            blocks.append(("paragraph", f"<p>{inline_html(' '.join(paragraph))}</p>"))
            paragraph.clear()
        if items:
            blocks.append(("list", list(items)))
            items.clear()

    for line in chunk:
        if heading := HEADING.match(line):
            flush()
            blocks.append(("heading", heading.group(1)[:255]))
        elif item := LIST_ITEM.match(line):
            if paragraph:
                flush()
            items.append(item.group(1)[:255])
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return blocks


def text_to_blocks(text):
    """``[(block_type, value), ...]`` for a ProductStreamBlock body."""
    blocks = []
    for chunk in chunks(text):
        blocks.extend(_chunk_blocks(chunk))
    return blocks


def text_to_richtext(text):
    """Paragraphs of plain text as rich-text HTML (for RichTextFields)."""
    return "".join(f"<p>{inline_html(' '.join(chunk))}</p>" for chunk in chunks(text))


def text_to_items(text):
    """One item per paragraph (lessons learned)."""
    return [" ".join(chunk) for chunk in chunks(text)]


def text_to_steps(text):
    """Steps: the first line of each paragraph is the title, the other lines the text."""
    steps = []
    for chunk in chunks(text):
        title = LIST_ITEM.sub(r"\1", chunk[0])[:255]
        steps.append({"title": title, "text": "\n".join(chunk[1:])})
    return steps


# --- Back to text (to pre-fill the revision form) ----------------------------

TAG = re.compile(r"<[^>]+>")
A_TAG = re.compile(r'<a\b[^>]*\bhref="(https?://[^"]+)"[^>]*>(.*?)</a>', re.S)


def richtext_to_text(value):
    """Rich-text HTML back to the Markdown subset (unknown markup is dropped, text kept)."""
    source = str(getattr(value, "source", value) or "")
    source = A_TAG.sub(lambda m: f"[{m.group(2)}]({html.unescape(m.group(1))})", source)
    source = re.sub(r"</?(b|strong)\b[^>]*>", "**", source)
    source = re.sub(r"</?(i|em)\b[^>]*>", "*", source)
    source = re.sub(r"<li\b[^>]*>", "\n- ", source)
    source = re.sub(r"</li>", "\n", source)
    source = re.sub(r"</(p|h\d|ul|ol)>|<br\s*/?>", "\n\n", source)
    text = html.unescape(TAG.sub("", source))
    return "\n\n".join("\n".join(chunk) for chunk in chunks(text))


def blocks_to_text(stream):
    """A body StreamField as the text a member edits; non-text blocks are left out."""
    parts = []
    for block in stream:
        if block.block_type == "heading":
            parts.append(f"## {block.value}")
        elif block.block_type == "paragraph":
            parts.append(richtext_to_text(block.value))
        elif block.block_type == "list":
            parts.append("\n".join(f"- {item}" for item in block.value))
    return "\n\n".join(part for part in parts if part.strip())


def kept_blocks(stream):
    """Blocks a member cannot edit as text (images, quotes, callouts), to keep on revision."""
    return [
        (block.block_type, block.value) for block in stream if block.block_type not in TEXT_BLOCKS
    ]


def steps_to_text(stream):
    return "\n\n".join(
        "\n".join(filter(None, [block.value["title"], block.value["text"]])) for block in stream
    )


def items_to_text(stream):
    return "\n\n".join(str(block.value) for block in stream)
