"""Editorial set-up: the Editors and Moderators groups and the "Review" workflow.

Every function takes an optional ``apps`` registry so the data migration can run it with
historical models; everything is idempotent, so the demo loader may call
``ensure_review_workflow()`` again after it has created the framework index page.
"""

from django.apps import apps as global_apps

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Review"
TASK_NAME = "Moderator approval"

# Editors draft and submit for review; moderators also publish (and so approve).
PAGE_PERMISSIONS = {
    EDITORS: ["add", "change", "lock", "unlock"],
    MODERATORS: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
}
SNIPPET_MODELS = ["hazard", "disasterphase", "stakeholdergroup", "smcspurpose", "challenge"]
SNIPPET_PERMISSIONS = {
    EDITORS: ["add", "change", "view"],
    MODERATORS: ["add", "change", "delete", "view"],
}
ADMIN_PERMISSIONS = [("wagtailadmin", "admin", "access_admin")]
IMAGE_DOCUMENT_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "choose_document"),
]


def _permission(apps, app_label, model, codename):
    """Get or create a permission (post_migrate may not have created it yet)."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    content_type, _created = content_type_model.objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _created = permission_model.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def ensure_groups(apps=global_apps):
    """Create Editors and Moderators with admin, snippet, image and document permissions."""
    group_model = apps.get_model("auth", "Group")
    groups = {}
    for name in (EDITORS, MODERATORS):
        group, _created = group_model.objects.get_or_create(name=name)
        permissions = [_permission(apps, *spec) for spec in ADMIN_PERMISSIONS]
        permissions += [_permission(apps, *spec) for spec in IMAGE_DOCUMENT_PERMISSIONS]
        for model in SNIPPET_MODELS:
            for action in SNIPPET_PERMISSIONS[name]:
                permissions.append(_permission(apps, "framework", model, f"{action}_{model}"))
        group.permissions.add(*permissions)
        groups[name] = group
    return groups


def _framework_indexes(apps):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    page_model = apps.get_model("wagtailcore", "Page")
    content_type = content_type_model.objects.filter(
        app_label="framework", model="frameworkindexpage"
    ).first()
    if content_type is None:
        return []
    return list(page_model.objects.filter(content_type=content_type))


def ensure_page_permissions(groups, pages, apps=global_apps):
    """Give both groups their page permissions on each framework index (and its subtree)."""
    permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    for name, actions in PAGE_PERMISSIONS.items():
        for page in pages:
            for action in actions:
                permission = _permission(apps, "wagtailcore", "page", f"{action}_page")
                permission_model.objects.get_or_create(
                    group=groups[name], page_id=page.pk, permission=permission
                )


def ensure_workflow(groups, apps=global_apps):
    """The "Review" workflow with one group-approval task for Moderators."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    task_type, _created = content_type_model.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow, _created = workflow_model.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = task_model.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = task_model.objects.create(name=TASK_NAME, active=True, content_type=task_type)
    task.groups.add(groups[MODERATORS])
    workflow_task_model.objects.get_or_create(
        workflow=workflow, task_id=task.pk, defaults={"sort_order": 0}
    )
    return workflow


def assign_workflow(workflow, pages, apps=global_apps):
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    for page in pages:
        workflow_page_model.objects.update_or_create(
            page_id=page.pk, defaults={"workflow": workflow}
        )


def ensure_review_workflow(apps=global_apps):
    """Groups, permissions and the Review workflow on every framework index. Idempotent."""
    groups = ensure_groups(apps)
    workflow = ensure_workflow(groups, apps)
    pages = _framework_indexes(apps)
    ensure_page_permissions(groups, pages, apps)
    assign_workflow(workflow, pages, apps)
    return workflow
