from django.contrib.auth import views as auth_views
from django.urls import path

from provind.web import views, views_dataio, views_indicators

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("units/", views.units, name="units"),
    path("indicators/", views_indicators.indicator_list, name="indicator-list"),
    path("indicators/<slug:code>/", views_indicators.indicator_detail, name="indicator-detail"),
    path("data/import/", views_dataio.import_page, name="import"),
    path("data/template.xlsx", views_dataio.template_download, name="import-template"),
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
