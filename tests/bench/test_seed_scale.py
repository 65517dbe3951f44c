"""seed_scale: fast bulk data that the site serves like editor-made content."""

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from community.models import Post, Profile, Thread
from framework.models import FrameworkIndexPage, ProductPage
from lcc.management.commands.seed_scale import PASSWORD, seeded_members, seeded_pages
from learning_paths.models import Enrolment, LearningPath, PathStep

pytestmark = pytest.mark.django_db


def seed(**amounts):
    options = {"products": 0, "members": 0, "posts": 0, "paths": 0, **amounts}
    call_command("seed_scale", *[f"--{key}={value}" for key, value in options.items()])


def test_seeded_products_keep_the_page_tree_valid_and_are_served():
    seed(products=30, members=5)
    assert seeded_pages().count() == 30
    assert Page.find_problems() == ([], [], [], [], [])
    index = FrameworkIndexPage.objects.get()
    assert index.get_children().count() == index.numchild
    product = ProductPage.objects.get(slug="scale-product-7").specific
    assert product.live and product.url_path == f"{index.url_path}scale-product-7/"
    assert product.hazards.exists() and product.phases.exists()
    response = Client().get(product.url)
    assert response.status_code == 200
    assert product.title in response.content.decode()


def test_runs_are_additive_and_products_stay_siblings_in_order():
    seed(products=10)
    seed(products=5)
    slugs = [page.slug for page in FrameworkIndexPage.objects.get().get_children()]
    assert slugs == [f"scale-product-{n}" for n in range(15)]
    assert Page.find_problems() == ([], [], [], [], [])


def test_members_get_profiles_verified_addresses_and_can_sign_in():
    seed(members=4)
    assert seeded_members().count() == 4
    assert Profile.objects.filter(user__in=seeded_members()).count() == 4
    client = Client()
    assert client.login(email="member2@scale.example.org", password=PASSWORD)


def test_discussions_paths_and_enrolments_are_linked_to_seeded_objects():
    seed(products=12, members=6, posts=40, paths=3)
    assert Post.objects.count() == 40
    assert Thread.objects.count() == 5
    for thread in Thread.objects.all():
        last = thread.posts.order_by("-created_at").first()
        assert thread.last_activity_at == last.created_at
    assert LearningPath.objects.filter(live=True).count() == 3
    assert not PathStep.objects.filter(page__isnull=True).exists()
    assert Enrolment.objects.count() == 9  # 1.5 per member
    thread = Thread.objects.first()
    assert Client().get(thread.get_absolute_url()).status_code == 200


def test_reset_removes_everything_seeded_and_repairs_the_parent():
    seed(products=8, members=3, posts=16, paths=2)
    call_command("seed_scale", "--reset")
    assert not seeded_pages().exists()
    assert not seeded_members().exists()
    assert not Thread.objects.exists() and not LearningPath.objects.exists()
    index = FrameworkIndexPage.objects.get()
    assert index.numchild == index.get_children().count() == 0
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.postgres
def test_seeded_products_are_found_by_postgres_search():
    seed(products=6)
    hits = ProductPage.objects.live().search("volunteers OR flood OR warning OR reports")
    assert {page.slug for page in hits} & {f"scale-product-{n}" for n in range(6)}
