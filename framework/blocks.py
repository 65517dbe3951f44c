"""StreamField blocks shared by every framework page.

One base StreamBlock (``ProductStreamBlock``); each block has a template, an icon and a
preview value so the admin block picker can show it.

Labels are translatable and set in ``Meta`` (or, for the fields of a StructBlock, in
``Meta.child_labels``) rather than passed to constructors: constructor arguments are frozen
into every migration of a StreamField, so a label there would mean a migration per rewording.
"""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class LabelledStructBlock(blocks.StructBlock):
    """A StructBlock whose fields take their (translatable) labels from ``Meta.child_labels``."""

    class Meta:
        child_labels = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.meta.child_labels.items():
            # A copy: declared child blocks are shared by every instance of the class.
            child = copy.copy(self.child_blocks[name])
            child.label = label
            self.child_blocks[name] = child


class HeadingBlock(blocks.CharBlock):
    """A section heading (rendered as h2 inside the page's single h1)."""

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "framework/blocks/heading.html"
        preview_value = "How the tool was used during the first 48 hours"
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and simple formatting."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        label = _("Paragraph")
        icon = "pilcrow"
        template = "framework/blocks/paragraph.html"
        preview_value = (
            "<p>Local authorities monitored public posts to spot flooded streets "
            "before official reports arrived.</p>"
        )


class ImageBlock(LabelledStructBlock):
    """An image with a required text alternative and an optional caption."""

    image = ImageChooserBlock()
    alt = blocks.CharBlock(
        required=False,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    caption = blocks.CharBlock(required=False)

    class Meta:
        label = _("Image")
        child_labels = {
            "image": _("Image"),
            "alt": _("Text alternative"),
            "caption": _("Caption"),
        }
        icon = "image"
        template = "framework/blocks/image.html"
        preview_value = {"alt": "", "caption": "A crisis map built from citizen reports"}


class QuoteBlock(LabelledStructBlock):
    """A quotation with its attribution."""

    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        label = _("Quotation")
        child_labels = {"text": _("Text"), "attribution": _("Attribution")}
        icon = "openquote"
        template = "framework/blocks/quote.html"
        preview_value = {
            "text": "The volunteers knew the streets better than any map we had.",
            "attribution": "Emergency coordinator",
        }


class CalloutBlock(LabelledStructBlock):
    """A highlighted box for a key point or warning."""

    title = blocks.CharBlock()
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        label = _("Callout")
        child_labels = {"title": _("Title"), "text": _("Text")}
        icon = "warning"
        template = "framework/blocks/callout.html"
        preview_value = {
            "title": "Check before you share",
            "text": "<p>Verify a report with a second source before amplifying it.</p>",
        }


class ListBlock(blocks.ListBlock):
    """A bulleted list of short items."""

    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label=_("Item")), **kwargs)

    class Meta:
        label = _("List")
        icon = "list-ul"
        template = "framework/blocks/list.html"
        preview_value = ["Name a spokesperson", "Agree on hashtags", "Plan for translations"]


class ProductStreamBlock(blocks.StreamBlock):
    """The shared body of products, scenarios and content pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    list = ListBlock()

    class Meta:
        template = "framework/blocks/stream.html"


class SourceBlock(LabelledStructBlock):
    """A publication or web page a product draws on."""

    title = blocks.CharBlock()
    url = blocks.URLBlock(required=False)
    publisher = blocks.CharBlock(required=False)
    year = blocks.IntegerBlock(required=False, min_value=1900, max_value=2100)

    class Meta:
        label = _("Source")
        child_labels = {
            "title": _("Title"),
            "url": _("Web address"),
            "publisher": _("Publisher"),
            "year": _("Year"),
        }
        icon = "doc-full"
        template = "framework/blocks/source.html"
        preview_value = {
            "title": "Social media in disaster risk management: a review",
            "publisher": "LINKS project",
            "year": 2022,
        }


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()


class StepBlock(LabelledStructBlock):
    """One step of a guideline or checklist."""

    title = blocks.CharBlock()
    text = blocks.TextBlock()

    class Meta:
        label = _("Step")
        child_labels = {"title": _("Title"), "text": _("Text")}
        icon = "tick"
        template = "framework/blocks/step.html"
        preview_value = {
            "title": "Agree who posts",
            "text": "Name one account that speaks for the organisation during an emergency.",
        }


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class LessonBlock(blocks.TextBlock):
    """One lesson learned, written so it stands on its own."""

    class Meta:
        label = _("Lesson learned")
        icon = "pick"
        template = "framework/blocks/lesson.html"
        preview_value = "Publish corrections on the same channel where the rumour spread."


class LessonsBlock(blocks.StreamBlock):
    lesson = LessonBlock()
