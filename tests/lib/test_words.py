import pytest

from provind.lib.words import is_no, is_yes


@pytest.mark.parametrize("text", ["có", "Có", " CO ", "x", "X", "yes", "1", "đã", "đạt", "true"])
def test_yes_words(text):
    assert is_yes(text)
    assert not is_no(text)


@pytest.mark.parametrize("text", ["không", "Khong", "0", "no", "chưa", "không đạt"])
def test_no_words(text):
    assert is_no(text)
    assert not is_yes(text)


@pytest.mark.parametrize("text", [None, "", "có lẽ", "2"])
def test_anything_else_is_neither(text):
    assert not is_yes(text)
    assert not is_no(text)
