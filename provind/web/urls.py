from django.contrib.auth import views as auth_views
from django.urls import include, path

from provind.web import (
    views,
    views_analysis,
    views_clusters,
    views_dataio,
    views_indicators,
    views_text,
    views_users,
)

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("units/", views.units, name="units"),
    path("indicators/", views_indicators.indicator_list, name="indicator-list"),
    path("indicators/<slug:code>/", views_indicators.indicator_detail, name="indicator-detail"),
    path("data/import/", views_dataio.import_page, name="import"),
    path("data/import/projects/", views_dataio.import_projects_page, name="import-projects"),
    path("data/text/", views_text.text_start, name="text-start"),
    path("data/text/<int:source_id>/", views_text.text_review, name="text-review"),
    path("data/template.xlsx", views_dataio.template_download, name="import-template"),
    path("data/projects-template.xlsx", views_dataio.projects_template_download, name="import-projects-template"),
    path("projects/", include("provind.web.urls_projects")),
    path("clusters/", include("provind.web.urls_clusters")),
    path("reports/", include("provind.web.urls_reports")),
    path("land/", views_clusters.public_land, name="public-land"),
    path("", include("provind.web.urls_approvals")),
    path("analysis/", views_analysis.analysis_page, name="analysis"),
    path("analysis/boundaries/", views_analysis.boundary_upload, name="analysis-boundaries"),
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("users/", include(views_users)),
]
