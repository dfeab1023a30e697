"""Session 7, speed (w13s): the faster paths give what the plain ones gave."""

from provind.extraction import facts


def _naive_last_cue_end(norm: str, lo: int, hi: int) -> int:
    cue = None
    for cue in facts._INDUSTRY_LIST_CUE.finditer(norm, lo, hi):  # noqa: B007 - the last one
        pass
    return cue.end() if cue is not None else -1


def test_last_cue_end_as_read_from_the_start():
    # Cues before and after full stops, cut at every position (a cue cut short, digits and
    # spaces running into the cut, "ngành hàng" that is no cue).
    norm = (
        "một số ngành tăng khá. các  ngành\nchế biến tăng 5,2%; 12/15 ngành có chỉ số tăng.\n"
        "những ngành hàng giảm. Sản xuất kim loại tăng 2,8 lần. nhiều ngành. 3 ngành"
    )
    for hi in range(len(norm) + 1):
        assert facts._last_cue_end(norm, 0, hi) == _naive_last_cue_end(norm, 0, hi), hi
    # The cues are read once a text: a second text is read afresh.
    other = "Trong tháng. 7 ngành tăng. Một ngành giảm"
    for hi in range(len(other) + 1):
        assert facts._last_cue_end(other, 0, hi) == _naive_last_cue_end(other, 0, hi), hi


def test_last_cue_end_far_back():
    # A cue more than 3,000 characters back is found in the cues of the whole text.
    filler = "sản xuất tăng khá so với cùng kỳ năm trước " * 80
    for norm in (
        "các ngành tăng khá. " + filler + ". " + filler + "; 5 ngành",
        filler + ". " + filler + ". 7 ngành tăng. " + filler,
        filler + ". " + filler,
    ):
        for hi in range(0, len(norm) + 1, 7):
            assert facts._last_cue_end(norm, 0, hi) == _naive_last_cue_end(norm, 0, hi), hi
