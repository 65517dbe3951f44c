from django.apps import AppConfig


class FrameworkConfig(AppConfig):
    name = "framework"
    verbose_name = "LINKS Framework"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from framework import signals  # noqa: F401 - connects the receivers
        from framework.caching import end_request_memo, start_request_memo

        request_started.connect(start_request_memo, dispatch_uid="framework.memo.start")
        request_finished.connect(end_request_memo, dispatch_uid="framework.memo.end")
