"""Limits checked on an uploaded file BEFORE a reader sees it.

XLSX and DOCX files are zip archives of XML. A few kilobytes can unpack to gigabytes (a
shared-strings bomb), and a sheet with one cell at A1 and one at XFD1048576 makes the
spreadsheet reader allocate the whole rectangle between them. So the archive is walked here
first, member by member, with bounded memory: declared and real unpacked sizes, compression
ratio, DTDs (entity expansion, external entities), and for every worksheet the rows, columns
and cells it spans. A file over any limit is refused with a message in Vietnamese and English;
nothing of it is parsed.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from provind.dataio.cells import CellError

MB = 1024 * 1024
MAX_BYTES = 20 * MB  # one upload, before anything else
MAX_MEMBERS = 1_000
MAX_UNPACKED = 100 * MB  # the whole archive unpacked
MAX_SHARED_STRINGS = 20 * MB
MAX_DOCUMENT_XML = 10 * MB  # word/document.xml: about a thousand pages of text
MAX_RATIO = 200  # unpacked / packed for any member over RATIO_FLOOR; office XML packs 5–30×
RATIO_FLOOR = 1 * MB
MAX_SHEETS = 50
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELLS = 1_000_000  # the rectangle from A1 to the last used cell, summed over sheets
_CHUNK = 1 * MB
_MAX_TAG = 1 * MB  # a start tag longer than this is not an office file

_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension|sheet)(?=[\s/>])([^>]*)>")
_CELL_REF = re.compile(rb'\sr="([A-Z]{1,3})(\d{1,7})"')
_ROW_REF = re.compile(rb'\sr="(\d{1,7})"')
_DIMENSION = re.compile(rb'\sref="[A-Z]{0,3}\d{0,7}:?([A-Z]{1,3})(\d{1,7})"')
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def refuse(vi: str, en: str) -> CellError:
    return CellError(f"tệp bị từ chối: {vi}", f"file refused: {en}")


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise refuse(
            f"lớn hơn {MAX_BYTES // MB} MB ({size:,} byte)", f"larger than {MAX_BYTES // MB} MB ({size:,} bytes)"
        )


def column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


@dataclass
class _SheetExtent:
    rows: int = 0  # <row> elements seen
    last_row: int = 0
    max_row: int = 0
    max_column: int = 0
    column_in_row: int = 0
    cells: int = 0

    @property
    def area(self) -> int:
        return self.max_row * self.max_column


def _open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    check_size(len(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise refuse(
            f"không phải tệp {kind} hợp lệ (hỏng hoặc không đầy đủ)", f"not a valid {kind} file (damaged or truncated)"
        ) from exc
    if len(members) > MAX_MEMBERS:
        raise refuse(
            f"có {len(members):,} phần (tối đa {MAX_MEMBERS:,})", f"{len(members):,} parts (at most {MAX_MEMBERS:,})"
        )
    declared = sum(m.file_size for m in members)
    if declared > MAX_UNPACKED:
        raise refuse(
            f"giải nén ra {declared // MB:,} MB (tối đa {MAX_UNPACKED // MB} MB)",
            f"unpacks to {declared // MB:,} MB (at most {MAX_UNPACKED // MB} MB)",
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise refuse(
                f"phần “{member.filename}” nén bất thường (tỷ lệ {ratio:,}:1)",
                f"part “{member.filename}” is abnormally compressed (ratio {ratio:,}:1)",
            )
    return archive


def _chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo, kind: str) -> io.BufferedIOBase:
    try:
        return archive.open(member)  # type: ignore[return-value]
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise refuse(
            f"không mở được phần “{member.filename}” của tệp {kind}",
            f"cannot open part “{member.filename}” of the {kind} file",
        ) from exc


def _walk(archive: zipfile.ZipFile, kind: str, *, on_xml: object = None) -> None:
    """Unpack every member in bounded chunks: sizes must match what the archive declares (zipfile
    stops at the declared size and checks the CRC), XML must carry no DTD, and `on_xml` (a
    callable taking the member name and each complete-tag chunk) sees the XML."""
    total = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        is_xml = member.filename.lower().endswith((".xml", ".rels", ".vml"))
        tail = b""
        try:
            with _chunks(archive, member, kind) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    if total > MAX_UNPACKED:
                        raise refuse(
                            f"giải nén ra hơn {MAX_UNPACKED // MB} MB", f"unpacks to more than {MAX_UNPACKED // MB} MB"
                        )
                    if not is_xml:
                        continue
                    text = tail + chunk
                    if _DTD.search(text):
                        raise refuse(
                            f"phần “{member.filename}” chứa DTD/thực thể XML",
                            f"part “{member.filename}” contains an XML DTD or entity",
                        )
                    cut = text.rfind(b"<")
                    if cut < 0:
                        cut = len(text)
                    if on_xml is not None:
                        on_xml(member.filename, text[:cut])  # type: ignore[operator]
                    tail = text[cut:]
                    if len(tail) > _MAX_TAG:
                        raise refuse(
                            f"phần “{member.filename}” có thẻ XML quá dài",
                            f"part “{member.filename}” has an overlong XML tag",
                        )
                if is_xml and tail and on_xml is not None:
                    on_xml(member.filename, tail)  # type: ignore[operator]
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            if isinstance(exc, CellError):
                raise
            raise refuse(
                f"phần “{member.filename}” bị hỏng ({exc})", f"part “{member.filename}” is damaged ({exc})"
            ) from exc


def inspect_xlsx(data: bytes) -> None:
    """Refuse an XLSX/XLSM whose reading would take more than the limits allow."""
    archive = _open_zip(data, "XLSX")
    names = {m.filename.lower(): m for m in archive.infolist()}
    if "xl/workbook.xml" not in names or "content.xml" in names:
        # The reader guesses the format from the content: accept only a plain XLSX workbook.
        raise refuse("không phải bảng tính XLSX (thiếu xl/workbook.xml)", "not an XLSX workbook (no xl/workbook.xml)")
    if any(n.endswith(".bin") and n != "xl/vbaproject.bin" for n in names):
        raise refuse("bảng tính nhị phân (XLSB) không được hỗ trợ", "binary workbooks (XLSB) are not supported")
    for name, member in names.items():
        if name.endswith("sharedstrings.xml") and member.file_size > MAX_SHARED_STRINGS:
            raise refuse(
                f"bảng chuỗi dùng chung lớn hơn {MAX_SHARED_STRINGS // MB} MB",
                f"the shared-strings table is larger than {MAX_SHARED_STRINGS // MB} MB",
            )
    extents: dict[str, _SheetExtent] = {}
    sheets = 0
    shared_bytes: dict[str, int] = {}

    def on_xml(member: str, text: bytes) -> None:
        nonlocal sheets
        if member.lower().endswith("sharedstrings.xml"):
            shared_bytes[member] = shared_bytes.get(member, 0) + len(text)
            if shared_bytes[member] > MAX_SHARED_STRINGS:
                raise refuse(
                    f"bảng chuỗi dùng chung lớn hơn {MAX_SHARED_STRINGS // MB} MB",
                    f"the shared-strings table is larger than {MAX_SHARED_STRINGS // MB} MB",
                )
            return
        extent = extents.setdefault(member, _SheetExtent())
        for match in _TAG.finditer(text):
            tag, attrs = match.group(1), match.group(2)
            if tag == b"c":
                ref = _CELL_REF.search(attrs)
                if ref:
                    column, row = column_number(ref.group(1)), int(ref.group(2))
                else:
                    column, row = extent.column_in_row + 1, extent.last_row
                extent.column_in_row = column
                extent.max_column = max(extent.max_column, column)
                extent.max_row = max(extent.max_row, row)
                extent.cells += 1
            elif tag == b"row":
                ref = _ROW_REF.search(attrs)
                extent.last_row = int(ref.group(1)) if ref else extent.last_row + 1
                extent.max_row = max(extent.max_row, extent.last_row)
                extent.column_in_row = 0
                extent.rows += 1
            elif tag == b"dimension":
                ref = _DIMENSION.search(attrs)
                if ref:
                    _check_extent(member, column_number(ref.group(1)), int(ref.group(2)))
                continue
            else:  # <sheet> in the workbook
                sheets += 1
                if sheets > MAX_SHEETS:
                    raise refuse(f"có hơn {MAX_SHEETS} trang tính", f"more than {MAX_SHEETS} sheets")
                continue
            _check_extent(member, extent.max_column, max(extent.max_row, extent.rows))
        if sum(e.area for e in extents.values()) > MAX_CELLS:
            raise refuse(
                f"các trang tính trải trên hơn {MAX_CELLS:,} ô", f"the sheets span more than {MAX_CELLS:,} cells"
            )

    _walk(archive, "XLSX", on_xml=on_xml)


def _check_extent(member: str, columns: int, rows: int) -> None:
    if rows > MAX_ROWS:
        raise refuse(f"trang “{member}” có hơn {MAX_ROWS:,} dòng", f"sheet “{member}” has more than {MAX_ROWS:,} rows")
    if columns > MAX_COLUMNS:
        raise refuse(
            f"trang “{member}” có hơn {MAX_COLUMNS} cột", f"sheet “{member}” has more than {MAX_COLUMNS} columns"
        )
    if rows * columns > MAX_CELLS:
        raise refuse(
            f"trang “{member}” trải trên hơn {MAX_CELLS:,} ô", f"sheet “{member}” spans more than {MAX_CELLS:,} cells"
        )


def inspect_docx(data: bytes) -> None:
    """Refuse a .docx whose unpacked text or XML would exceed the limits."""
    archive = _open_zip(data, "DOCX")
    names = {m.filename.lower(): m for m in archive.infolist()}
    if "word/document.xml" not in names:
        raise refuse(
            "không phải tệp Word .docx (thiếu word/document.xml)", "not a Word .docx file (no word/document.xml)"
        )
    for name, member in names.items():
        if name.startswith("word/") and name.endswith(".xml") and member.file_size > MAX_DOCUMENT_XML:
            raise refuse(
                f"phần “{member.filename}” giải nén ra hơn {MAX_DOCUMENT_XML // MB} MB",
                f"part “{member.filename}” unpacks to more than {MAX_DOCUMENT_XML // MB} MB",
            )
    _walk(archive, "DOCX")
