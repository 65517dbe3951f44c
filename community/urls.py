from django.urls import path

from community.views import account, discussions, follows, members

app_name = "community"
urlpatterns = [
    path("", discussions.index, name="index"),
    path("members/", members.directory, name="members"),
    path("members/<slug:handle>/", members.profile_detail, name="profile"),
    path("profile/", members.my_profile, name="my_profile"),
    path("profile/edit/", members.profile_edit, name="profile_edit"),
    path("threads/", discussions.thread_list, name="threads"),
    path(
        "threads/unanswered/",
        discussions.thread_list,
        {"mode": "unanswered"},
        name="unanswered",
    ),
    path("threads/new/", discussions.thread_new, name="thread_new"),
    path("threads/<int:pk>/", discussions.thread_detail, name="thread_short"),
    path("threads/<int:pk>/<str:slug>/", discussions.thread_detail, name="thread"),
    path("categories/<slug:slug>/", discussions.category_threads, name="category"),
    path("tags/<str:slug>/", discussions.tag_threads, name="tag"),
    path("posts/<int:pk>/", discussions.post_redirect, name="post"),
    path("posts/<int:pk>/edit/", discussions.post_edit, name="post_edit"),
    path("posts/<int:pk>/report/", discussions.post_report, name="post_report"),
    path("follow/", follows.follow, name="follow"),
    path("account/data/", account.your_data, name="your_data"),
    path("account/data/download/", account.data_download, name="data_download"),
    path("account/delete/", account.account_delete, name="account_delete"),
]
