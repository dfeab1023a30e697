"""Key projects pages, included at /projects/ inside the `web` namespace."""

from django.urls import URLPattern, path

from provind.web import views_projects

urlpatterns: list[URLPattern] = [
    path("", views_projects.portfolio_page, name="project-portfolio"),
    path("obstacles/", views_projects.board_page, name="obstacle-board"),
    path("obstacles.pdf", views_projects.board_download, {"fmt": "pdf"}, name="obstacle-board-pdf"),
    path("obstacles.xlsx", views_projects.board_download, {"fmt": "xlsx"}, name="obstacle-board-xlsx"),
    path("obstacles/<int:pk>/<slug:action>/", views_projects.obstacle_action, name="obstacle-action"),
    path("milestones/<int:pk>/", views_projects.milestone_edit, name="milestone-edit"),
    path("<slug:code>/", views_projects.project_page, name="project-detail"),
    path("<slug:code>/obstacles/new/", views_projects.obstacle_new, name="project-obstacle-new"),
]
