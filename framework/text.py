"""Text helpers: highlighted search excerpts and glossary links in product text."""

import functools
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from framework.caching import cached

EXCERPT_LENGTH = 240
_TAG = re.compile(r"(<[^>]+>)")


def query_words(query):
    return [word for word in re.findall(r"\w+", query or "") if len(word) > 1][:10]


def highlight(text, query, length=EXCERPT_LENGTH):
    """An escaped excerpt of ``text`` around the first match, matches wrapped in <mark>."""
    text = " ".join((text or "").split())
    words = query_words(query)
    start = 0
    if words:
        pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
        found = pattern.search(text)
        if found:
            start = max(0, found.start() - length // 3)
    excerpt = text[start : start + length]
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(text) else ""
    html = escape(excerpt)
    if words:
        escaped = "|".join(re.escape(escape(w)) for w in words)
        html = re.sub(f"({escaped})", r"<mark>\1</mark>", html, flags=re.IGNORECASE)
    return mark_safe(prefix + html + suffix)


def has_match(text, query):
    words = query_words(query)
    lowered = (text or "").casefold()
    return any(word.casefold() in lowered for word in words)


def stream_text(stream_value):
    """Plain text of a StreamField's raw data (no template rendering)."""
    parts = []

    def collect(value):
        if isinstance(value, str):
            parts.append(re.sub(r"<[^>]+>", " ", value))
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for block in getattr(stream_value, "raw_data", []) or []:
        collect(block.get("value") if isinstance(block, dict) else block)
    return " ".join(" ".join(parts).split())


# --- Glossary links ---------------------------------------------------------


def glossary_terms(locale_id):
    """(glossary URL, [(term, slug), ...] longest first) for a locale; cached per generation
    (saving a glossary term or publishing a glossary page bumps it)."""

    def compute():
        from framework.models import GlossaryPage, GlossaryTerm

        glossary = GlossaryPage.objects.live().filter(locale_id=locale_id).first()
        if glossary is None:
            return (None, [])
        rows = GlossaryTerm.objects.filter(glossary=glossary).values_list("term", "slug")
        terms = sorted(((t, s) for t, s in rows if t and s), key=lambda r: -len(r[0]))
        return (glossary.url, terms)

    return cached(f"glossary-terms:{locale_id}", compute)


def link_terms(html, glossary_url, terms, already_linked):
    """Link the first occurrence of each term in the text (not inside links) of ``html``.

    ``already_linked`` is a set of slugs linked earlier on the same page; it is updated.
    """
    if not glossary_url or not terms:
        return html
    pieces = _TAG.split(str(html))
    inside_link = 0
    for index, piece in enumerate(pieces):
        if piece.startswith("<"):
            lowered = piece.lower()
            if lowered.startswith("<a ") or lowered == "<a>":
                inside_link += 1
            elif lowered.startswith("</a"):
                inside_link = max(0, inside_link - 1)
            continue
        if not inside_link and piece.strip():
            pieces[index] = _link_in_text(piece, glossary_url, terms, already_linked)
    return mark_safe("".join(pieces))


@functools.lru_cache(maxsize=4096)
def _term_pattern(term):
    """The pattern of one glossary term (whole words, any case), compiled once per process."""
    return re.compile(rf"(?<![\w-])({re.escape(escape(term))})(?![\w-])", re.IGNORECASE)


def _link_in_text(text, glossary_url, terms, already_linked):
    for term, slug in terms:
        if slug in already_linked:
            continue
        match = _term_pattern(term).search(text)
        if match is None:
            continue
        link = (
            f'<a class="glossary-link" href="{escape(glossary_url)}#{escape(slug)}">'
            f"{match.group(1)}</a>"
        )
        # Split so later terms never match inside the link just inserted.
        before, after = text[: match.start()], text[match.end() :]
        already_linked.add(slug)
        before = _link_in_text(before, glossary_url, terms, already_linked)
        after = _link_in_text(after, glossary_url, terms, already_linked)
        return before + link + after
    return text
