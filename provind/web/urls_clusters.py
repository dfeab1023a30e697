from django.urls import path

from provind.web import views_clusters

urlpatterns = [
    path("", views_clusters.cluster_list, name="cluster-list"),
    path("map/", views_clusters.cluster_map, name="cluster-map"),
    path("clock/", views_clusters.establishment_clock_page, name="cluster-clock"),
    path("checks/", views_clusters.registry_checks, name="cluster-checks"),
    path("forms/<str:form>/", views_clusters.form_summary, name="cluster-form"),
    path("tenants/<int:tenant_id>/form01/", views_clusters.form01_entry, name="tenant-form01"),
    path("requests/<int:pk>/answer/", views_clusters.request_answer, name="cluster-request-answer"),
    path("<slug:code>/", views_clusters.cluster_detail, name="cluster-detail"),
    path("<slug:code>/form02/", views_clusters.form02_entry, name="cluster-form02"),
]
