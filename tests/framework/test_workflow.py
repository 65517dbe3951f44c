"""Editorial roles: editors submit for review, moderators approve and publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowPage

from framework.workflow import EDITORS, MODERATORS, WORKFLOW_NAME, ensure_review_workflow
from tests.framework.factories import GuidelinePageFactory


@pytest.fixture
def review(index):
    return ensure_review_workflow()


@pytest.fixture
def editor(make_user, review):
    user = make_user()
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(make_user, review):
    user = make_user()
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def test_review_workflow_is_assigned_to_the_framework_index_and_idempotent(index, review):
    again = ensure_review_workflow()
    assert again.pk == review.pk
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert WorkflowPage.objects.get(page=index).workflow == review
    task = review.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


def test_editor_can_edit_but_not_publish_framework_pages(index, editor):
    page = GuidelinePageFactory(parent=index)
    permissions = page.permissions_for_user(editor)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert index.permissions_for_user(editor).can_add_subpage()


def test_moderator_can_publish(index, moderator):
    page = GuidelinePageFactory(parent=index)
    assert page.permissions_for_user(moderator).can_publish()


def test_editor_submits_and_moderator_approves_which_publishes(index, editor, moderator):
    page = GuidelinePageFactory(parent=index, title="New guideline", live=False)
    page.title = "New guideline, reviewed"
    revision = page.save_revision(user=editor)
    workflow = page.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    state = workflow.start(page, editor)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(page, editor) == []
    assert [name for name, *_ in task.get_actions(page, moderator)][:1] == ["reject"] or any(
        name == "approve" for name, *_ in task.get_actions(page, moderator)
    )
    task.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk
    assert page.title == "New guideline, reviewed"


def test_editors_may_change_taxonomies_but_not_delete_them(editor, moderator):
    assert editor.has_perm("framework.change_hazard")
    assert not editor.has_perm("framework.delete_hazard")
    assert moderator.has_perm("framework.delete_hazard")
    assert editor.has_perm("wagtailadmin.access_admin")
