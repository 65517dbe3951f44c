from django.urls import path

from learning_paths import views

app_name = "learning_paths"
urlpatterns = [
    path("", views.index, name="index"),
    path("start/", views.guide, name="guide"),
    path("me/", views.dashboard, name="dashboard"),
    path("certificates/verify/", views.verify_certificate, name="verify_certificate"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/enrol/", views.enrol, name="enrol"),
    path("<slug:slug>/steps/<int:number>/", views.step, name="step"),
    path("<slug:slug>/certificate/", views.certificate, name="certificate"),
]
