from django.apps import AppConfig


class LearningPathsConfig(AppConfig):
    name = "learning_paths"
    verbose_name = "Learning paths"

    def ready(self):
        from learning_paths import signals  # noqa: F401  (connects the login receiver)
