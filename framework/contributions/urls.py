"""Contribution URLs (under /<language>/contribute/)."""

from django.urls import path

from framework.contributions import views

app_name = "contributions"

urlpatterns = [
    path("", views.choose_type, name="start"),
    path("new/<slug:kind>/", views.propose, name="propose"),
    path("mine/", views.my_contributions, name="mine"),
    path("mine/<int:page_id>/edit/", views.revise, name="revise"),
    path("feedback/<int:page_id>/", views.feedback, name="feedback"),
]
