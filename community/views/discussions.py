"""Community home, thread lists, thread pages, posting, editing, quoting and reports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Page

from community import ratelimit, services
from community.forms import PostEditForm, ReplyForm, ReportForm, ThreadForm
from community.markdown import quote_markdown
from community.models import Category, Post, Thread
from community.models.discussions import visible_posts_q
from community.permissions import is_moderator
from community.views.common import attach_rendered_bodies, paginate

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 20


def index(request):
    """Community home: categories, latest threads and a way into the directory."""
    threads = Thread.objects.for_listing(request.user)[:10]
    context = {"categories": Category.objects.all(), "threads": threads}
    return render(request, "community/index.html", context)


def thread_list(request, mode="latest"):
    """All threads by latest activity, or those still waiting for a reply."""
    threads = Thread.objects.for_listing(request.user)
    if mode == "unanswered":
        threads = threads.filter(post_total__lte=1).order_by("-created_at", "-pk")
    return _render_list(request, threads, {"mode": mode})


def category_threads(request, slug):
    category = get_object_or_404(Category, slug=slug)
    threads = Thread.objects.for_listing(request.user).filter(category=category)
    return _render_list(request, threads, {"mode": "category", "category": category})


def tag_threads(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    threads = Thread.objects.for_listing(request.user).filter(tags__slug=slug)
    return _render_list(request, threads, {"mode": "tag", "tag": tag})


def _render_list(request, threads, context):
    page = paginate(request, threads, THREADS_PER_PAGE)
    context["page_obj"] = page
    context["categories"] = Category.objects.all()
    return render(request, "community/thread_list.html", context)


def _get_visible_thread(request, pk):
    thread = get_object_or_404(
        Thread.objects.select_related("category", "page", "author__profile"), pk=pk
    )
    if not thread.is_visible_to(request.user):
        raise Http404
    return thread


def thread_detail(request, pk, slug=None):
    """A thread with its visible posts, paginated; POST adds a reply."""
    thread = _get_visible_thread(request, pk)
    if request.method == "GET" and slug != thread.slug:
        return redirect(thread.get_absolute_url())
    form = None
    status = 200
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={thread.get_absolute_url()}")
        form, response, status = _handle_reply(request, thread)
        if response is not None:
            return response
    return _render_thread(request, thread, form, status)


def _handle_reply(request, thread):
    """Validate and save a reply; returns (form, redirect or None, status)."""
    form = ReplyForm(request.POST)
    if thread.is_locked:
        form.add_error(None, _("This thread is locked; it takes no more replies."))
        return form, None, 403
    if not form.is_valid():
        return form, None, 400
    refused = ratelimit.refuse_post(request)
    if refused:
        form.add_error(None, refused)
        return form, None, 429
    post = services.create_reply(thread=thread, author=request.user, body=form.cleaned_data["body"])
    messages.success(request, _("Your reply has been posted."))
    return form, HttpResponseRedirect(post_url(post, request.user)), 200


def _render_thread(request, thread, form, status):
    user = request.user
    posts_qs = (
        thread.posts.filter(visible_posts_q(user))
        .select_related("author__profile")
        .order_by("created_at", "pk")
    )
    page = paginate(request, posts_qs, POSTS_PER_PAGE)
    posts = attach_rendered_bodies(list(page.object_list), user)
    if form is None and user.is_authenticated:
        form = ReplyForm(initial={"body": _quote_text(request, thread)})
    context = {
        "thread": thread,
        "posts": posts,
        "page_obj": page,
        "form": form,
        "tags": list(thread.tags.all()),
        "can_reply": user.is_authenticated and not thread.is_locked,
    }
    return render(request, "community/thread_detail.html", context, status=status)


def _quote_text(request, thread):
    """Pre-fill for "Quote": the quoted post as a Markdown blockquote (no JavaScript needed)."""
    quote_id = request.GET.get("quote", "")
    if not quote_id.isdigit():
        return ""
    post = (
        thread.posts.filter(visible_posts_q(request.user), pk=int(quote_id))
        .select_related("author__profile")
        .first()
    )
    if post is None:
        return ""
    name = post.author.profile.name if post.author else _("Former member")
    return quote_markdown(name, post.body)


def post_url(post, user):
    """The thread page (and page number) on which ``post`` appears for ``user``."""
    before = (
        post.thread.posts.filter(visible_posts_q(user))
        .filter(created_at__lt=post.created_at)
        .count()
    )
    page = before // POSTS_PER_PAGE + 1
    query = f"?page={page}" if page > 1 else ""
    return f"{post.thread.get_absolute_url()}{query}#post-{post.pk}"


def post_redirect(request, pk):
    """Permalink of a post: redirects to its place in the thread."""
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    if not (post.is_visible_to(request.user) and post.thread.is_visible_to(request.user)):
        raise Http404
    return redirect(post_url(post, request.user))


@login_required
def thread_new(request):
    """Start a thread, optionally about a page (``?page=<id>``) or in a category."""
    initial = {}
    if request.GET.get("category"):
        initial["category"] = Category.objects.filter(slug=request.GET["category"]).first()
    page_id = request.POST.get("page") or request.GET.get("page")
    about = _live_page(page_id)
    if about is not None:
        initial["page"] = about.pk
    form = ThreadForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            refused = ratelimit.refuse_post(request)
            if not refused:
                thread = _create_thread(request, form, about)
                return redirect(thread.get_absolute_url())
            form.add_error(None, refused)
            status = 429
        else:
            status = 400
    context = {"form": form, "about": about}
    return render(request, "community/thread_form.html", context, status=status)


def _live_page(page_id):
    if not page_id or not str(page_id).isdigit():
        return None
    return Page.objects.live().filter(pk=int(page_id)).first()


def _create_thread(request, form, about):
    data = form.cleaned_data
    thread = services.create_thread(
        author=request.user,
        category=data["category"],
        title=data["title"],
        body=data["body"],
        tags=data.get("tags") or [],
        page=about,
    )
    messages.success(request, _("Your thread has been started."))
    return thread


@login_required
def post_edit(request, pk):
    """Edit your own post (moderators may edit any); it is then marked as edited."""
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    moderator = is_moderator(request.user)
    if post.author_id != request.user.pk and not moderator:
        raise PermissionDenied
    if post.thread.is_locked and not moderator:
        messages.error(request, _("This thread is locked; its posts can no longer be edited."))
        return redirect(post.thread.get_absolute_url())
    form = PostEditForm(request.POST or None, instance=post)
    if request.method == "POST" and form.is_valid():
        services.edit_post(post, form.cleaned_data["body"])
        messages.success(request, _("Your changes have been saved."))
        return redirect(post_url(post, request.user))
    status = 400 if request.method == "POST" else 200
    return render(request, "community/post_edit.html", {"form": form, "post": post}, status=status)


@login_required
def post_report(request, pk):
    """Report a post to the moderators, once per member and post."""
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    if not (post.is_visible_to(request.user) and post.thread.is_visible_to(request.user)):
        raise Http404
    existing = post.reports.filter(reporter=request.user).first()
    form = ReportForm(request.POST or None)
    if request.method == "POST" and existing is None and form.is_valid():
        report = form.save(commit=False)
        report.post, report.reporter = post, request.user
        try:
            with transaction.atomic():
                report.save()
        except IntegrityError:  # a double submit raced us; one report is enough
            pass
        messages.success(request, _("Thank you. The moderators will look at this post."))
        return redirect(post_url(post, request.user))
    context = {"form": form, "post": post, "existing": existing}
    return render(request, "community/post_report.html", context)
