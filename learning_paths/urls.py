from django.urls import path

from learning_paths import views

app_name = "learning_paths"
urlpatterns = [path("", views.index, name="index")]
