"""Words people type in uploads for yes and no, in Vietnamese (with or without tone marks) and
in English: one list for every import, so "có", "Co", "x" and "đạt" mean the same everywhere."""

from __future__ import annotations

YES_WORDS = frozenset({"1", "true", "yes", "y", "x", "có", "co", "đã", "da", "đạt", "dat"})
NO_WORDS = frozenset({"0", "false", "no", "n", "không", "khong", "chưa", "chua", "không đạt", "khong dat"})


def is_yes(text: object) -> bool:
    """True for a yes word (case and surrounding spaces ignored); anything else is not yes."""
    return str(text).strip().lower() in YES_WORDS if text is not None else False


def is_no(text: object) -> bool:
    return str(text).strip().lower() in NO_WORDS if text is not None else False
