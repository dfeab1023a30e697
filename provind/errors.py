"""Provind's one error vocabulary: every error raised and every problem reported carries a message in
Vietnamese and in English, and says where it lies (`field`, `row`) and what kind it is (`code`).

- `ProvindError` is the base of every exception with such a message. Each one also keeps the
  standard type callers catch (`InputError` is a ValueError, `UnitNotFound` a LookupError,
  `NotAllowed` a PermissionDenied), so the family changes nothing for them.
- `InputError` is bad input: the API answers 400 with its field and messages, a page shows them.
- `BilingualMessage` is what the errors and the problem records (a row of an import, a field of a
  form, a feature of a boundary file) read as, so pages and files list any of them the same way.

`vi` and `en` are the short names of `message_vi` and `message_en`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django.core.exceptions import PermissionDenied


class BilingualMessage:
    """The reading every error and problem record shares: `vi` and `en` set by the record, read as
    `message_vi`/`message_en`; `as_dict` adds where it lies (`field`, `row`) and its kind (`code`)
    where the record has them."""

    vi: str
    en: str

    @property
    def message_vi(self) -> str:
        return self.vi

    @property
    def message_en(self) -> str:
        return self.en

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": getattr(self, "field", ""),
            "row": getattr(self, "row", None),
            "code": getattr(self, "code", ""),
            "message_vi": self.message_vi,
            "message_en": self.message_en,
        }


class ProvindError(BilingualMessage, Exception):
    """An error with a message in both languages. `str()` is "vi / en" (with "field: " in front
    where the class says the field belongs to the text)."""

    code: str = "error"
    field_in_text: ClassVar[bool] = False

    def __init__(self, vi: str, en: str, *, field: str = "", row: int | None = None, code: str = "") -> None:
        self.vi, self.en = vi, en
        self.field: str = field
        self.row: int | None = row
        if code:
            self.code = code
        super().__init__(self.text())

    def text(self) -> str:
        both = f"{self.vi} / {self.en}"
        return f"{self.field}: {both}" if self.field_in_text and self.field else both

    def __str__(self) -> str:
        return self.text()


class InputError(ProvindError, ValueError):
    """Bad input to domain code: which field, why. Interfaces turn it into a 400 (API) or a message
    on the page, without knowing which domain raised it."""

    code = "input"
    field_in_text = True

    def __init__(self, field: str, vi: str, en: str, *, row: int | None = None, code: str = "") -> None:
        super().__init__(vi, en, field=field, row=row, code=code)


class StepRefused(InputError):
    """A step that does not fit the state of what it changes (resolving twice, a stale version, a
    write into a locked data set): pages show the reason without the field name."""

    code = "refused"
    field_in_text = False


class NotAllowed(ProvindError, PermissionDenied):
    """The user's role or scope does not cover what they tried to change (a 403)."""

    code = "not_allowed"


# Dates the app accepts anywhere (API, pages, imports): wide enough for every real record
# (the oldest cluster decisions are from the 1990s, plans run to 2050) and narrow enough that
# day-by-day calendars and date arithmetic stay cheap and never overflow.
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2100, 12, 31)


def too_long(model_field: object, value: str) -> tuple[str, str] | None:
    """Why text `value` does not fit `model_field` (its `max_length`), in Vietnamese and English,
    or None: checked before saving, where PostgreSQL would raise a DataError and SQLite keep it."""
    limit = getattr(model_field, "max_length", None)
    if limit and len(value) > limit:
        return f"dài {len(value)} ký tự, tối đa {limit}", f"{len(value)} characters long, at most {limit}"
    return None


def check_day(value: dt.date, field: str) -> dt.date:
    """`value` if it lies in EARLIEST_DAY … LATEST_DAY, else InputError for `field`."""
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise InputError(
            field,
            f"ngày {value.isoformat()} nằm ngoài khoảng {EARLIEST_DAY:%d/%m/%Y} – {LATEST_DAY:%d/%m/%Y}",
            f"the date {value.isoformat()} is outside {EARLIEST_DAY.isoformat()} – {LATEST_DAY.isoformat()}",
        )
    return value
