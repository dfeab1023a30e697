"""The one error type domain code raises for bad input: which field, why, in Vietnamese and
English. Interfaces turn it into a 400 (API) or a message on the page, without knowing which
domain raised it."""

from __future__ import annotations


class InputError(ValueError):
    def __init__(self, field: str, vi: str, en: str) -> None:
        self.field, self.vi, self.en = field, vi, en
        super().__init__(f"{field}: {vi} / {en}")
