"""Carry an anonymous visitor's progress into their account when they sign in or sign up.

Django's ``user_logged_in`` fires for every login, including allauth's after sign-up and
e-mail confirmation, so one receiver covers both.
"""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from learning_paths.progress import merge_session_progress


@receiver(user_logged_in, dispatch_uid="learning_paths_merge_session_progress")
def carry_session_progress(sender, request, user, **kwargs):
    session = getattr(request, "session", None)
    if session is not None:
        merge_session_progress(session, user)
