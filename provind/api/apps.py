from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "provind.api"
    verbose_name = "API"
