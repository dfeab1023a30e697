"""Vietnamese sort order: the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
(so Đ comes after D, not after Z or mixed with it), and tones only after the letters, in the
dictionary order ngang, huyền, hỏi, ngã, sắc, nặng ("ba" < "bà" < "bả" < "bã" < "bá" < "bạ" < "bác")."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
# Marks that make another letter (a + breve = ă) and tone marks, as Unicode decomposes them.
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_TONE = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter_rank(ch: str) -> int:
    if ch in _RANK:
        return 100 + _RANK[ch]
    if ch.isdigit():
        return 10 + int(ch) if ch.isascii() else 50
    if ch.isspace():
        return 0
    if ch.isalpha():
        return 200 + ord(ch)  # f, j, w, z and foreign letters: after the Vietnamese alphabet
    return 1  # punctuation right after a space: "Sông Công" before "Sông Công 2"


def vi_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Letters first, tones second, the original text last (so the order is total)."""
    letters: list[str] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if letters and (letters[-1], ch) in _MODIFIED:
            letters[-1] = _MODIFIED[(letters[-1], ch)]
        elif ch in _TONE and letters:
            tones[-1] = _TONE[ch]
        elif unicodedata.combining(ch):
            continue
        else:
            letters.append(ch)
            tones.append(0)
    return tuple(_letter_rank(ch) for ch in letters), tuple(tones), text


def vi_sorted[T](items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    return sorted(items, key=lambda item: vi_sort_key(key(item)))
