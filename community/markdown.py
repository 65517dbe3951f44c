"""Markdown in, sanitised HTML out, for posts.

Raw HTML is never passed through: Python-Markdown's HTML handling is switched off (so
``<script>`` arrives as text), and nh3 then allows only a short list of tags and
attributes, http(s)/mailto links, and adds ``rel="nofollow ugc noopener"``.
@mentions become ``<span class="mention">@handle</span>``; they are turned into links
at display time, only for profiles the reader may see (see :func:`link_mentions`).
"""

import re
import xml.etree.ElementTree as etree

import markdown
import nh3
from django.urls import reverse
from django.utils.html import escape
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

MENTION_RE = r"(?<![\w@/.])@([A-Za-z0-9][A-Za-z0-9_-]{1,39})"
MENTION_SPAN_RE = re.compile(r'<span class="mention">@([a-z0-9_-]{2,40})</span>')

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "del", "a", "ul", "ol", "li", "blockquote",
    "code", "pre", "hr", "h3", "h4", "h5", "h6", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


class MentionProcessor(InlineProcessor):
    """Marks @handle as a mention span and records the handle on the Markdown instance."""

    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown API name)
        handle = m.group(1).lower()
        self.md.lcc_mentions.add(handle)
        el = etree.Element("span")
        el.set("class", "mention")
        el.text = f"@{handle}"
        return el, m.start(0), m.end(0)


class ShiftHeadings(Treeprocessor):
    """Posts sit under the page's h1/h2: a "# Heading" in a post becomes an h3."""

    def run(self, root):
        for el in root.iter():
            if len(el.tag) == 2 and el.tag[0] == "h" and el.tag[1].isdigit():
                el.tag = f"h{min(6, int(el.tag[1]) + 2)}"


def _markdown():
    md = markdown.Markdown(extensions=["fenced_code", "sane_lists", "nl2br"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.register(MentionProcessor(MENTION_RE, md), "lcc_mention", 95)
    md.treeprocessors.register(ShiftHeadings(md), "lcc_shift_headings", 1)
    md.lcc_mentions = set()
    return md


def sanitise(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener",
        allowed_classes={"span": {"mention"}},
        clean_content_tags={"script", "style"},
    )


def render_markdown(text):
    """Return ``(safe_html, mentioned_handles)`` for a post body written in Markdown."""
    md = _markdown()
    html = md.convert(text or "")
    return sanitise(html), set(md.lcc_mentions)


def mentioned_handles(html):
    return set(MENTION_SPAN_RE.findall(html))


def link_mentions(html, visible_handles):
    """Turn mention spans into profile links, for handles the reader may see."""

    def replace(match):
        handle = match.group(1)
        if handle not in visible_handles:
            return match.group(0)
        url = escape(reverse("community:profile", args=[handle]))
        return f'<a class="mention" href="{url}">@{handle}</a>'

    return MENTION_SPAN_RE.sub(replace, html)


def quote_markdown(name, body):
    """The Markdown blockquote a "Quote" link puts into the reply form."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.strip().splitlines())
    return f"> **{name}:**\n>\n{quoted}\n\n"
