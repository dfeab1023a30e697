"""Approval and correction pages, included at the site root inside the `web` namespace."""

from django.urls import URLPattern, path

from provind.web import views_approvals

urlpatterns: list[URLPattern] = [
    path("approvals/", views_approvals.approval_list, name="approval-list"),
    path("approvals/act/", views_approvals.approval_act, name="approval-act"),
    path("figures/<int:pk>/<slug:action>/", views_approvals.figure_change, name="figure-change"),
]
