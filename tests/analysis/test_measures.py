"""The measures module on its own: definitions, and refusals with both languages."""

from __future__ import annotations

import math

import pytest

from provind.analysis import measures


def test_williamson_is_the_weighted_coefficient_of_variation():
    values, weights = [1.0, 2.0, 6.0], [2.0, 1.0, 1.0]
    mean = (2 * 1 + 1 * 2 + 1 * 6) / 4
    expected = math.sqrt((2 * (1 - mean) ** 2 + (2 - mean) ** 2 + (6 - mean) ** 2) / 4) / mean

    assert measures.williamson(values, weights) == pytest.approx(expected, abs=1e-12)


def test_equal_values_have_no_inequality():
    result = measures.theil([5.0, 5.0, 5.0, 5.0], ["a", "a", "b", "b"])

    assert result.total == pytest.approx(0.0, abs=1e-12)
    assert measures.gini([5.0, 5.0, 5.0]) == pytest.approx(0.0, abs=1e-12)
    assert measures.williamson([5.0, 5.0], [1.0, 3.0]) == 0.0


def test_theil_parts_add_up_to_the_total():
    result = measures.theil([1, 2, 3, 10, 40, 2], ["a", "a", "b", "b", "c", "c"])

    assert result.between + result.within == pytest.approx(result.total, abs=1e-12)
    assert result.groups == {"a": 2, "b": 2, "c": 2}


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (lambda: measures.gini([1.0]), "at least 2 places"),
        (lambda: measures.gini([1.0, -2.0]), "non-negative"),
        (lambda: measures.theil([0.0, 0.0]), "every value is zero"),
        (lambda: measures.williamson([1.0, 2.0], [1.0, 0.0]), "weights must be positive"),
        (lambda: measures.moran([1.0, 2.0, 3.0], [(105.0, 21.0)] * 3, k=6), "more than 6 places"),
        (lambda: measures.classify([1.0, 2.0, 3.0], scheme="equal"), "unknown classification"),
    ],
)
def test_it_refuses_inputs_it_cannot_measure(call, english):
    with pytest.raises(measures.MeasureError) as caught:
        call()
    assert english in caught.value.en
    assert caught.value.vi
    assert caught.value.vi != caught.value.en


def test_hhi_of_a_monopoly_is_ten_thousand():
    assert measures.hhi([100.0]) == 10_000
    assert measures.hhi([50.0, 50.0]) == 5_000


def test_choropleth_classes_cover_every_value():
    classes, bins = measures.classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=5)

    assert len(classes) == 10
    assert min(classes) == 0
    assert max(classes) == 4
    assert bins[-1] == 10
