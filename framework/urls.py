"""Framework URLs under the language prefix (browse itself is served by FrameworkIndexPage)."""

from django.urls import path

from framework import views

urlpatterns = [path("search/", views.search, name="search")]
