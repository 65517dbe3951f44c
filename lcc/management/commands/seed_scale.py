"""Generate scale data for benchmarks: framework products, members, discussions, learning paths.

Additive: every run adds the requested amounts after what earlier runs added, so
``--products 1000`` followed by ``--products 9000`` leaves 10,000 products. ``--reset`` first
removes everything an earlier run seeded. Seeded objects are easy to recognise: page and path
slugs start with ``scale-``, member e-mail addresses end in ``@scale.example.org`` and the
seeded discussion categories' slugs start with ``scale-``.

Speed: Wagtail pages are multi-table models that ``bulk_create`` refuses, and ``add_child``
costs several queries per page plus a revision. Products are therefore inserted table by table
in batches, with their treebeard paths computed here (the tree stays valid: each new page is
the next sibling under the framework index, whose ``numchild`` is updated once). Everything else
uses ``bulk_create``. Signals do not fire for bulk inserts, so the command creates the profiles
itself, indexes the new products for search and bumps the page cache generation at the end.

Never run this against a database whose content matters: it is for benchmark databases.
"""

import random
import time
from contextlib import contextmanager
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify

from lcc.management.scale_text import (
    Words,
    case_fields,
    guideline_fields,
    path_texts,
    post_body,
    product_title_and_summary,
    profile_fields,
    stream_body,
    technology_fields,
    thread_title,
)

SLUG_PREFIX = "scale-"
EMAIL_DOMAIN = "scale.example.org"
#: Every seeded member signs in with this password (benchmarks only).
PASSWORD = "scale-member-password"
BATCH = 500
TAXONOMY_SLUGS = {
    "hazards": ["earthquake", "drought", "flood", "industrial-accident", "terrorism", "wildfire"],
    "phases": ["prevention", "preparedness", "response", "recovery"],
    "audiences": ["practitioners", "policy-makers", "researchers", "businesses", "civil-society"],
    "purposes": [
        "early-warning",
        "situational-awareness",
        "crisis-communication",
        "volunteer-coordination",
        "rumour-control",
    ],
    "challenges": [
        "credibility",
        "accessibility",
        "data-volume",
        "privacy-law",
        "organisational-fit",
    ],
}
COUNTRIES = ["IT", "DE", "NL", "DK", "FR", "ES", "GR", "PT", "BE", "AT", "SE", "PL", "JP"]
TAG_NAMES = [
    "crowdsourcing",
    "open data",
    "volunteers",
    "mapping",
    "misinformation",
    "sms",
    "accessibility",
    "translation",
    "verification",
    "youth",
    "older people",
    "radio",
]


class Command(BaseCommand):
    help = "Add benchmark-scale data (products, members, threads, posts, learning paths)."

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=0, help="framework products to add")
        parser.add_argument("--members", type=int, default=0, help="members (with profiles)")
        parser.add_argument("--posts", type=int, default=0, help="posts; threads = posts / 8")
        parser.add_argument("--paths", type=int, default=0, help="learning paths with steps")
        parser.add_argument(
            "--enrolments-per-member", type=float, default=1.5, help="average enrolments"
        )
        parser.add_argument("--seed", type=int, default=2024, help="random seed")
        parser.add_argument("--reset", action="store_true", help="remove seeded data first")
        parser.add_argument("--no-index", action="store_true", help="skip the search index")

    def handle(self, *args, **options):
        if options["reset"]:
            self.timed("reset", reset)
        rng = random.Random(options["seed"] + seeded_pages().count())
        words = Words(rng)
        index = self.timed("framework index", ensure_framework_index)
        taxonomies = self.timed("taxonomies", ensure_taxonomies, index.locale)
        if options["members"]:
            self.timed(f"{options['members']} members", add_members, options["members"], words)
        members = list(seeded_members().values_list("pk", flat=True))
        if options["products"]:
            product_ids = self.timed(
                f"{options['products']} products",
                add_products,
                index,
                options["products"],
                taxonomies,
                members,
                words,
            )
            if not options["no_index"]:
                self.timed("search index", index_products, product_ids)
        products = list(seeded_pages().values_list("pk", flat=True))
        if options["posts"]:
            self.timed(
                f"{options['posts']} posts",
                add_discussions,
                options["posts"],
                members,
                products,
                words,
            )
        if options["paths"]:
            self.timed(
                f"{options['paths']} learning paths",
                add_paths,
                options["paths"],
                products,
                taxonomies["audiences"],
                words,
            )
        if members and (options["paths"] or options["members"]):
            per_member = options["enrolments_per_member"]
            self.timed("enrolments", add_enrolments, members, per_member, rng)
        self.timed("analyze and page cache", finish)
        self.stdout.write(self.style.SUCCESS(summary()))

    def timed(self, label, function, *args):
        started = time.monotonic()
        result = function(*args)
        self.stdout.write(f"{label}: {time.monotonic() - started:.1f} s")
        return result


# --- What exists ---------------------------------------------------------------------------


def seeded_pages():
    from framework.models import ProductPage

    return ProductPage.objects.filter(slug__startswith=f"{SLUG_PREFIX}product-")


def seeded_members():
    return get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")


def summary():
    from community.models import Post, Thread
    from framework.models import ProductPage
    from learning_paths.models import Enrolment, LearningPath

    counts = {
        "products": ProductPage.objects.count(),
        "members": get_user_model().objects.count(),
        "threads": Thread.objects.count(),
        "posts": Post.objects.count(),
        "paths": LearningPath.objects.count(),
        "enrolments": Enrolment.objects.count(),
    }
    return "Totals: " + ", ".join(f"{value} {key}" for key, value in counts.items())


def ensure_framework_index():
    """The English framework index (from the demo content, or a bare one made here)."""
    from wagtail.models import Locale, Page, Site

    from framework.models import FrameworkIndexPage, HomePage

    locale = Locale.get_default()
    index = FrameworkIndexPage.objects.filter(locale=locale).first()
    if index:
        return index
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="LINKS Community Center", slug="home-en"))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
    return home.add_child(instance=FrameworkIndexPage(title="Framework", slug="framework"))


def ensure_taxonomies(locale):
    """{relation: [taxonomy ids]} — the demo's vocabularies, topped up with the usual slugs."""
    from framework.models.pages import ProductPage

    result = {}
    for relation, slugs in TAXONOMY_SLUGS.items():
        model = ProductPage._meta.get_field(relation).related_model
        for slug in slugs:
            name = slug.replace("-", " ").capitalize()
            model.objects.get_or_create(locale=locale, slug=slug, defaults={"name": name})
        result[relation] = list(model.objects.filter(locale=locale).values_list("pk", flat=True))
    return result


# --- Members -------------------------------------------------------------------------------


def add_members(count, words):
    from allauth.account.models import EmailAddress

    from community.models import Profile

    user_model = get_user_model()
    start = seeded_members().count()
    password = make_password(PASSWORD)  # hashing once: every seeded member shares it
    now = timezone.now()
    for offset in range(0, count, BATCH):
        numbers = range(start + offset, start + min(offset + BATCH, count))
        users = user_model.objects.bulk_create(
            [
                user_model(
                    email=f"member{n}@{EMAIL_DOMAIN}",
                    password=password,
                    date_joined=now - timedelta(days=n % 900),
                    last_login=now,
                )
                for n in numbers
            ]
        )
        Profile.objects.bulk_create(
            [
                Profile(user=user, handle=f"{SLUG_PREFIX}member-{n}", **profile_fields(words, n))
                for n, user in zip(numbers, users, strict=True)
            ]
        )
        EmailAddress.objects.bulk_create(
            [
                EmailAddress(user=user, email=user.email, verified=True, primary=True)
                for user in users
            ]
        )


# --- Products ------------------------------------------------------------------------------


def product_types():
    from framework.models import CaseExamplePage, GuidelinePage, TechnologyGuidePage

    return [
        (TechnologyGuidePage, technology_fields),
        (GuidelinePage, guideline_fields),
        (CaseExamplePage, case_fields),
    ]


def next_child_step(parent):
    """Treebeard step number for the next child of ``parent`` (after its last child)."""
    last = parent.get_last_child()
    if last is None:
        return 1
    return parent._str2int(last.path[-parent.steplen :]) + 1


def build_product(model, extra_fields, parent, step, number, words, now):
    title, summary = product_title_and_summary(words, model, number)
    slug = f"{SLUG_PREFIX}product-{number}"
    published = now - timedelta(hours=number % 20_000)
    return model(
        title=title,
        draft_title=title,
        slug=slug,
        path=parent._get_path(parent.path, parent.depth + 1, step),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        latest_revision_created_at=published,
        locale_id=parent.locale_id,
        content_type=ContentType.objects.get_for_model(model),
        search_description=summary[:160],
        summary=summary,
        body=stream_body(words),
        countries=words.rng.sample(COUNTRIES, words.rng.randint(0, 3)),
        sources=[],
        last_reviewed=(now - timedelta(days=number % 1200)).date(),
        **extra_fields(words, number),
    )


def insert_multi_table(objs):
    """Insert objects of one multi-table-inherited page model, table by table, in one batch."""
    chain = [*reversed(objs[0]._meta.get_parent_list()), type(objs[0])]
    root = chain[0]
    fields = [field for field in root._meta.local_concrete_fields if not field.primary_key]
    rows = root._base_manager._insert(
        objs, fields=fields, returning_fields=root._meta.db_returning_fields
    )
    for obj, row in zip(objs, rows, strict=True):
        for model in chain:
            setattr(obj, model._meta.pk.attname, row[0])
    for model in chain[1:]:
        model._base_manager._insert(objs, fields=model._meta.local_concrete_fields)


def add_products(index, count, taxonomies, members, words):
    """Add ``count`` live products under the framework index; returns their ids."""
    from wagtail.models import Page

    parent = Page.objects.get(pk=index.pk)
    start, step = seeded_pages().count(), next_child_step(parent)
    now = timezone.now()
    types = product_types()
    ids = []
    for offset in range(0, count, BATCH):
        with transaction.atomic():
            batch = []
            for i in range(offset, min(offset + BATCH, count)):
                model, extra = types[(start + i) % len(types)]
                batch.append(build_product(model, extra, parent, step + i, start + i, words, now))
            for model, _extra in types:
                of_type = [obj for obj in batch if type(obj) is model]
                if of_type:
                    insert_multi_table(of_type)
            link_products(batch, taxonomies, members, ids, words.rng)
            ids.extend(obj.pk for obj in batch)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    return ids


def link_products(batch, taxonomies, members, earlier_ids, rng):
    """Taxonomy links, tags, a contributor and a related product for a batch of products."""
    from framework.models import ProductPage, ProductTag, RelatedProduct

    for relation, choices in taxonomies.items():
        field = ProductPage._meta.get_field(relation)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = []
        for obj in batch:
            for taxonomy_id in rng.sample(choices, min(len(choices), rng.randint(1, 2))):
                rows.append(through(**{source: obj.pk, target: taxonomy_id}))
        through.objects.bulk_create(rows)
    tag_ids = ensure_tags()
    ProductTag.objects.bulk_create(
        [
            ProductTag(content_object_id=obj.pk, tag_id=tag_id)
            for obj in batch
            for tag_id in rng.sample(tag_ids, rng.randint(0, 3))
        ]
    )
    pool = earlier_ids + [obj.pk for obj in batch]
    RelatedProduct.objects.bulk_create(
        [
            RelatedProduct(product_page_id=obj.pk, page_id=rng.choice(pool), sort_order=0)
            for obj in batch
            if rng.random() < 0.3
        ]
    )
    if members:
        for obj in batch:
            if rng.random() < 0.2:
                ProductPage.objects.filter(pk=obj.pk).update(contributor_id=rng.choice(members))


def ensure_tags():
    from taggit.models import Tag

    for name in TAG_NAMES:
        Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return list(
        Tag.objects.filter(slug__in=[slugify(n) for n in TAG_NAMES]).values_list("pk", flat=True)
    )


def index_products(ids):
    """Add the new products to the search index, a chunk at a time, with taxonomies prefetched."""
    from wagtail.search.backends import get_search_backends

    relations = [*TAXONOMY_SLUGS, "tags"]
    with single_pass_indexer():
        for model, _extra in product_types():
            queryset = model.objects.filter(pk__in=ids).prefetch_related(*relations)
            queryset = queryset.order_by("pk")
            for offset in range(0, len(ids), BATCH):
                chunk = list(queryset[offset : offset + BATCH])
                if not chunk:
                    break
                for backend in get_search_backends():
                    backend.add_bulk(model, chunk)


@contextmanager
def single_pass_indexer():
    """Make the PostgreSQL search backend read each object's search fields once, not five times.

    Its ``ObjectIndexer`` walks every search field (StreamField text included) separately for
    the title, body, autocomplete and the two plain-text columns; seeding 10,000 products spent
    most of its time there. The entries written are the same; only this command patches it.
    """
    try:
        from modelsearch.backends.database.postgres import postgres
    except ImportError:  # another search backend: nothing to speed up
        yield
        return
    original = postgres.ObjectIndexer

    class SinglePassIndexer(original):
        @cached_property
        def prepared(self):
            return [
                item for field in self.search_fields for item in self.prepare_field(self.obj, field)
            ]

        def _texts(self, wanted):
            return [(value, boost) for field, boost, value in self.prepared if wanted(field)]

        @cached_property
        def title(self):
            return self.as_vector(self._texts(is_title))

        @cached_property
        def body(self):
            return self.as_vector(self._texts(is_body))

        @cached_property
        def autocomplete(self):
            autocomplete = postgres.AutocompleteField
            texts = self._texts(lambda field: isinstance(field, autocomplete))
            return self.as_vector(texts, for_autocomplete=True)

        @cached_property
        def title_text(self):
            return " ".join(v.strip() for v, _b in self._texts(is_title) if v.strip())

        @cached_property
        def body_text(self):
            return " ".join(v.strip() for v, _b in self._texts(is_body) if v.strip())

    postgres.ObjectIndexer = SinglePassIndexer
    try:
        yield
    finally:
        postgres.ObjectIndexer = original


def is_title(field):
    from modelsearch.index import SearchField

    return isinstance(field, SearchField) and field.field_name == "title"


def is_body(field):
    from modelsearch.index import SearchField

    return isinstance(field, SearchField) and field.field_name != "title"


# --- Discussions ---------------------------------------------------------------------------


def ensure_categories(words):
    from community.models import Category

    if not Category.objects.exists():
        for order, (slug, name) in enumerate(words.categories()):
            Category.objects.create(slug=f"{SLUG_PREFIX}{slug}", name=name, order=order)
    return list(Category.objects.values_list("pk", flat=True))


def add_discussions(post_count, members, products, words):
    """Threads (one per eight posts) with their posts, follows and tags."""
    from community.models import Thread

    if not members:
        raise CommandError("Seeding posts needs members: pass --members too.")
    rng, now = words.rng, timezone.now()
    categories = ensure_categories(words)
    thread_count = max(1, post_count // 8)
    start = Thread.objects.count()
    for offset in range(0, thread_count, BATCH):
        size = min(BATCH, thread_count - offset)
        posts_here = post_count * size // thread_count
        with transaction.atomic():
            threads = build_threads(start + offset, size, categories, members, products, words)
            Thread.objects.bulk_create(threads)
            add_posts(threads, posts_here, members, words, now)
            add_thread_follows(threads, members, rng)


def build_threads(start, size, categories, members, products, words):
    from community.models import Thread

    rng = words.rng
    threads = []
    for n in range(start, start + size):
        title = thread_title(words, n)
        threads.append(
            Thread(
                title=title,
                slug=slugify(title)[:200],
                category_id=rng.choice(categories),
                author_id=rng.choice(members),
                page_id=rng.choice(products) if products and rng.random() < 0.25 else None,
                is_pinned=n % 97 == 0,
            )
        )
    return threads


def add_posts(threads, count, members, words, now):
    """``count`` posts spread over ``threads``; each thread gets at least its opening post."""
    from community.models import Post, Thread

    rng = words.rng
    per_thread = [1] * len(threads)
    for _ in range(max(0, count - len(threads))):
        per_thread[rng.randrange(len(threads))] += 1
    posts = []
    for thread, replies in zip(threads, per_thread, strict=True):
        moment = now - timedelta(minutes=rng.randint(60, 60 * 24 * 400))
        thread.created_at = moment
        author = thread.author_id
        for _position in range(replies):
            body, html = post_body(words)
            posts.append(
                Post(thread=thread, author_id=author, body=body, body_html=html, created_at=moment)
            )
            moment += timedelta(minutes=rng.randint(5, 600))
            author = rng.choice(members)
        thread.last_activity_at, thread.last_post_author_id = (
            posts[-1].created_at,
            posts[-1].author_id,
        )
    Post.objects.bulk_create(posts, batch_size=BATCH)
    Thread.objects.bulk_update(
        threads, ["created_at", "last_activity_at", "last_post_author"], batch_size=BATCH
    )


def add_thread_follows(threads, members, rng):
    from community.models import Follow, Thread

    content_type = ContentType.objects.get_for_model(Thread)
    follows = [
        Follow(user_id=member, content_type=content_type, object_id=thread.pk)
        for thread in threads
        for member in {thread.author_id, *rng.sample(members, min(len(members), 2))}
    ]
    Follow.objects.bulk_create(follows, ignore_conflicts=True)


# --- Learning paths ------------------------------------------------------------------------


def add_paths(count, products, audiences, words):
    """Live learning paths of 5-10 steps, each step about a seeded product."""
    from learning_paths.models import THEME_CHOICES, LearningPath, PathStep

    if not products:
        raise CommandError("Seeding learning paths needs products: pass --products too.")
    rng, now = words.rng, timezone.now()
    themes = [key for _group, options in THEME_CHOICES for key, _label in options]
    start = LearningPath.objects.filter(slug__startswith=SLUG_PREFIX).count()
    paths, steps = [], []
    for n in range(start, start + count):
        title, summary, step_texts = path_texts(words, n, rng.randint(5, 10))
        path = LearningPath(
            title=title,
            slug=f"{SLUG_PREFIX}path-{n}",
            summary=summary,
            theme=rng.choice(themes),
            level=rng.choice(["introductory", "intermediate", "advanced"]),
            language="en",
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        paths.append(path)
        steps.append(step_texts)
    LearningPath.objects.bulk_create(paths)
    through = LearningPath._meta.get_field("audiences").remote_field.through
    through.objects.bulk_create(
        [
            through(learningpath_id=path.pk, stakeholdergroup_id=audience)
            for path in paths
            for audience in rng.sample(audiences, min(2, len(audiences)))
        ]
    )
    PathStep.objects.bulk_create(
        [
            PathStep(path=path, sort_order=i, page_id=rng.choice(products), **fields)
            for path, step_texts in zip(paths, steps, strict=True)
            for i, fields in enumerate(step_texts)
        ],
        batch_size=BATCH,
    )


def add_enrolments(members, per_member, rng):
    """Enrol members in live paths, with some steps done; existing enrolments are kept."""
    from learning_paths.models import Enrolment, LearningPath, PathStep, StepProgress

    paths = list(LearningPath.objects.filter(live=True).values_list("pk", flat=True))
    if not paths:
        return
    steps = {}
    for step_id, path_id in PathStep.objects.values_list("pk", "path_id").order_by("sort_order"):
        steps.setdefault(path_id, []).append(step_id)
    enrolled = set(Enrolment.objects.values_list("user_id", "path_id"))
    wanted = int(len(members) * per_member)
    pairs = set()
    for _ in range(wanted * 2):
        pair = (rng.choice(members), rng.choice(paths))
        if pair not in enrolled:
            pairs.add(pair)
        if len(pairs) >= wanted - len(enrolled):
            break
    with transaction.atomic():
        enrolments = Enrolment.objects.bulk_create(
            [Enrolment(user_id=user, path_id=path) for user, path in pairs], batch_size=BATCH
        )
        now = timezone.now()
        StepProgress.objects.bulk_create(
            [
                StepProgress(enrolment=enrolment, step_id=step_id, done_at=now)
                for enrolment in enrolments
                for step_id in steps.get(enrolment.path_id, [])[: rng.randint(0, 4)]
            ],
            batch_size=BATCH,
        )


# --- Reset and finish ----------------------------------------------------------------------


def reset():
    """Delete every seeded object (products, members and what hangs off them, categories)."""
    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    from community.models import Category, Post, Thread
    from learning_paths.models import LearningPath

    members = seeded_members()
    Post.objects.filter(thread__author__in=members).delete()
    Thread.objects.filter(author__in=members).delete()
    Thread.objects.filter(category__slug__startswith=SLUG_PREFIX).delete()
    Category.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    LearningPath.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    page_ids = list(seeded_pages().values_list("pk", flat=True))
    parents = set(Page.objects.filter(pk__in=page_ids).values_list("path", flat=True))
    IndexEntry.objects.filter(object_id__in=[str(pk) for pk in page_ids]).delete()
    Page.objects.filter(pk__in=page_ids).delete()
    members.delete()
    for parent in Page.objects.filter(path__in={p[: -Page.steplen] for p in parents}):
        Page.objects.filter(pk=parent.pk).update(numchild=parent.get_children().count())


def finish():
    """Refresh planner statistics and drop cached pages (bulk inserts send no signals)."""
    from lcc import page_cache

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    page_cache.bump_generation()
