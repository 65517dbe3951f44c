from django.urls import path

from community.notifications import views

app_name = "notifications"
urlpatterns = [path("", views.index, name="index")]
