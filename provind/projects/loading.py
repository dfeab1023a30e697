"""First-start data: the sourced Thái Nguyên key projects (data/thai_nguyen/projects)."""

from __future__ import annotations

from pathlib import Path

from provind.dataio.tables import read_table
from provind.projects.imports import ORDER, ProjectImportResult, import_project_tables


class ProjectDataError(RuntimeError):
    pass


def load_projects(folder: Path) -> ProjectImportResult:
    """Load `<sheet>.csv` files (agencies, projects, documents, milestones, obstacles) from `folder`
    through the validated import; loading again changes nothing. Raises on any row problem."""
    tables = {}
    for name in ORDER:
        path = folder / f"{name}.csv"
        if path.exists():
            tables[name] = read_table(path.read_bytes(), path.name)
    result = import_project_tables(tables, decimal_point=True)
    if not result.ok:
        problems = "\n".join(p.as_text() for p in result.errors[:20])
        raise ProjectDataError(f"{folder} has errors:\n{problems}")
    return result
