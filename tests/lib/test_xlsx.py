"""The shared workbook writer: formula-safe rows that keep `append`'s blank lines, the print set-up
of the forms, and the one "workbook to bytes"; read back with openpyxl."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook

from provind.lib.xlsx import append_row, print_setup, workbook_bytes


def _read(book: Workbook):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(workbook_bytes(book))).active


def test_append_row_keeps_blank_lines_and_writes_formulas_as_text() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    assert append_row(sheet, ["Tiêu đề"]) == 1
    append_row(sheet)
    assert append_row(sheet, ['=HYPERLINK("http://x")', "-5 ha", 3]) == 3

    back = _read(book)
    assert [tuple(r) for r in back.iter_rows(values_only=True)] == [
        ("Tiêu đề", None, None),
        (None, None, None),
        ('=HYPERLINK("http://x")', "-5 ha", 3),
    ]
    assert back["A3"].data_type == "s"
    assert back["C3"].data_type == "n"


def test_print_setup_is_a4_fit_to_width_with_the_head_repeated() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    append_row(sheet, ["STT", "Chỉ tiêu"])
    print_setup(sheet, header_rows="1:1")

    back = _read(book)
    assert int(back.page_setup.paperSize) == 9  # A4
    assert back.page_setup.orientation == "landscape"
    assert back.page_setup.fitToWidth == 1
    assert back.page_setup.fitToHeight == 0
    assert back.sheet_properties.pageSetUpPr.fitToPage
    assert back.print_title_rows == "$1:$1"
