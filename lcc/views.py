"""Views that belong to the site as a whole: static information pages, account hub, errors."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.generic import TemplateView


class StaticPageView(TemplateView):
    """About, privacy and accessibility: text kept in templates so it is translated with the UI."""


@login_required
def account_menu(request):
    """The signed-in member's hub: profile, learning, notifications, account settings."""
    return render(request, "lcc/account_menu.html")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: the error may come from a context processor or the database.
    return HttpResponseServerError(loader.get_template("500.html").render())


def hello(request):
    """The benchmark baseline: the cheapest response the full stack can give (bench/run.py)."""
    return HttpResponse("Hello", content_type="text/plain")
