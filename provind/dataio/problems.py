"""One problem found in one row of an uploaded table, said in Vietnamese and English.

Every importer (observations, projects, cluster forms) reports with it, so a user reads the
same "row, column, value: reason" line whichever file they uploaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from provind.errors import BilingualMessage


@dataclass(frozen=True)
class RowProblem(BilingualMessage):
    row: int  # spreadsheet row number (header = 1)
    column: str
    value: str
    vi: str
    en: str
    severity: str = "error"
    rule: str = ""

    @property
    def field(self) -> str:
        return self.column

    @property
    def code(self) -> str:
        return self.rule

    def as_text(self) -> str:
        rule = f" [{self.rule}]" if self.rule else ""
        return f"dòng/row {self.row}, cột/column {self.column} = “{self.value}”{rule}: {self.vi} / {self.en}"
