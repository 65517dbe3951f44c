from django.urls import path

from framework import views

urlpatterns = [path("search/", views.search, name="search")]
