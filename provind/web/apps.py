from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "provind.web"
    verbose_name = "Web"
