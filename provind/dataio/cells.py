"""Reading one spreadsheet cell: Vietnamese numbers and dates, Excel's own numbers and dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from provind.errors import EARLIEST_DAY, LATEST_DAY, ProvindError, too_long
from provind.lib.numbers import format_vi as format_vi  # moved to provind.lib; kept for importers

# "45.000" and "1.234.567,5" use the Vietnamese thousands dot; "45000,5" the decimal comma.
_VI_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_VI_DECIMAL = re.compile(r"^[+-]?\d+(?:,\d+)?$")
_PLAIN = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_PLAIN_CELL = re.compile(r"[+-]?\d+(?:\.\d+)?")  # with fullmatch: no space, no newline
_VI_DECIMAL_CELL = re.compile(r"[+-]?\d+(?:,\d+)?")
# Stored values have at most 18 digits before the decimal point (DecimalField 24, 6).
LARGEST = Decimal("1e18")
_EN_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


class CellError(ProvindError, ValueError):
    """A cell (or a file) that cannot be read as what it should hold."""

    code = "cell"


def parse_number(cell: object, *, decimal_point: bool = False) -> Decimal:
    """A finite number below 10^18 from a cell. Text follows Vietnamese conventions ("45.000,5")
    unless `decimal_point` says the file writes "45000.5" (machine-written CSV); Excel numbers
    are taken as they are. Exponents ("1e9") are refused: no report writes them, and "1e309"
    would be infinity."""
    number = _clean_number(cell, decimal_point) if type(cell) is str else None
    if number is None:
        number = _parse_number(cell, decimal_point=decimal_point)
    if not number.is_finite() or abs(number) >= LARGEST:
        raise CellError(
            f"“{cell}” không phải số hợp lệ hoặc quá lớn", f"“{cell}” is not a usable number or is too large"
        )
    return number


def _clean_number(text: str, decimal_point: bool) -> Decimal | None:
    """The cells most files hold, already clean ("45000.5" in a machine-written file, "17,6" or
    "45000" in a Vietnamese one), read at once: the same reading `_parse_number` gives them
    (neither form can be a grouped number), without its cleaning. None: ask `_parse_number`."""
    if decimal_point:
        return Decimal(text) if _PLAIN_CELL.fullmatch(text) else None
    return Decimal(text.replace(",", ".")) if _VI_DECIMAL_CELL.fullmatch(text) else None


def _parse_number(cell: object, *, decimal_point: bool) -> Decimal:
    if isinstance(cell, bool):
        raise CellError("không phải số", "not a number")
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        # repr() gives the shortest text that round-trips, so 17.6 stays 17.6.
        return Decimal(repr(cell))
    if isinstance(cell, Decimal):
        return cell
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if text.endswith("%"):
        raise CellError(
            "giá trị là tỷ lệ (%) — hãy nhập số không kèm dấu %",
            "the value is a percentage: enter the number without %",
        )
    if not text:
        raise CellError("thiếu giá trị", "value is missing")
    try:
        if decimal_point:
            if _PLAIN.match(text):
                return Decimal(text)
            if _EN_GROUPED.match(text):
                return Decimal(text.replace(",", ""))
        else:
            if _VI_GROUPED.match(text):
                return Decimal(text.replace(".", "").replace(",", "."))
            if _VI_DECIMAL.match(text):
                return Decimal(text.replace(",", "."))
            if _PLAIN.match(text):
                # "17.6": a single dot not followed by exactly three digits cannot be a
                # thousands separator, so it is a decimal point.
                return Decimal(text)
    except InvalidOperation:
        pass
    raise CellError(f"“{text}” không phải số (dạng 45.000,5)", f"“{text}” is not a number (format 45.000,5)")


def parse_date(cell: object) -> dt.date:
    """A date between EARLIEST_DAY and LATEST_DAY (provind.errors) from a cell."""
    day = _parse_date(cell)
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise CellError(
            f"ngày {day:%d/%m/%Y} nằm ngoài khoảng {EARLIEST_DAY:%d/%m/%Y} – {LATEST_DAY:%d/%m/%Y}",
            f"the date {day.isoformat()} is outside {EARLIEST_DAY.isoformat()} – {LATEST_DAY.isoformat()}",
        )
    return day


def _parse_date(cell: object) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = str(cell).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar date, no time zone
        except ValueError:
            continue
    raise CellError(f"“{text}” không phải ngày (dd/mm/yyyy)", f"“{text}” is not a date (dd/mm/yyyy)")


def misfit(model_field: object, value: object) -> CellError | None:
    """Why `value` does not fit the model field it is stored in (text longer than `max_length`,
    a number with more digits or decimal places than the column holds), or None. Checked before
    saving, so a bad cell is a row problem and never a database error or a silent cut/rounding."""
    if isinstance(value, str) and (long := too_long(model_field, value)) is not None:
        return CellError(*long)
    digits, places = getattr(model_field, "max_digits", None), getattr(model_field, "decimal_places", None)
    if isinstance(value, Decimal) and digits is not None and places is not None and value.is_finite():
        exponent = int(value.as_tuple().exponent)
        value_places = max(0, -exponent)
        whole = len(str(abs(value).to_integral_value(rounding="ROUND_DOWN")).lstrip("0"))
        if value_places > places and value != value.quantize(Decimal(1).scaleb(-places)):
            return CellError(
                f"“{value}” có quá {places} chữ số thập phân", f"“{value}” has more than {places} decimal places"
            )
        if whole > digits - places:
            return CellError(
                f"“{value}” quá lớn (tối đa {digits - places} chữ số phần nguyên)",
                f"“{value}” is too large (at most {digits - places} digits before the decimal point)",
            )
    return None


def text_of(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def http_url(text: str) -> str:
    """`text` when it is an absolute http(s) address with a host, else "": only such addresses
    are stored or shown as links (a `javascript:` link would run in the reader's session)."""
    from urllib.parse import urlsplit

    text = (text or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c in text for c in "\r\n\t\x00"):
        return ""
    return text


def url_problem(text: str) -> CellError | None:
    """Why `text` cannot be stored as a source address, or None. Empty, http(s) and plain
    references without a scheme (the shipped data cites its seed text files by path, shown
    as text) are allowed; any other scheme (javascript:, data:, vbscript: …) is refused."""
    from urllib.parse import urlsplit

    if not text.strip() or http_url(text):
        return None
    try:
        scheme = urlsplit(text.strip()).scheme
    except ValueError:
        scheme = "?"
    if not scheme and not any(c in text for c in "\r\n\t\x00"):
        return None
    return CellError(
        f"“{text[:80]}” không phải địa chỉ http(s) hợp lệ", f"“{text[:80]}” is not a valid http(s) address"
    )
