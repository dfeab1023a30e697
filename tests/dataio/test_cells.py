"""parse_number's quick reading of clean text cells (issue 15) gives what the full reading gives."""

from decimal import Decimal

import pytest

from provind.dataio import cells
from provind.dataio.cells import CellError, parse_number

CELLS = [
    *("45000.5", "17.6", "-3", "+4.25", "0", "007", "12,5", "45.000,5", "1,234.5", "17,6", "45000"),
    *(" 17.6", "17.6 ", "17.6\n", "1 234,5", "45\u00a0000", "1e5", "NaN", "12%", "", "1_000", "١٢"),
    *("1.2.3", "1,2,3", ",5", "5.", "999999999999999999", "1000000000000000000"),
]


@pytest.mark.parametrize("decimal_point", [True, False])
@pytest.mark.parametrize("cell", CELLS)
def test_the_quick_reading_agrees_with_the_full_one(cell, decimal_point):
    def full() -> Decimal | str:
        try:
            number = cells._parse_number(cell, decimal_point=decimal_point)
        except CellError as exc:
            return exc.en
        return number if number.is_finite() and abs(number) < cells.LARGEST else "refused"

    def quick() -> Decimal | str:
        try:
            return parse_number(cell, decimal_point=decimal_point)
        except CellError as exc:
            return exc.en if "usable number" not in exc.en else "refused"

    expected, got = full(), quick()
    assert got == expected
    assert str(got) == str(expected)  # the same digits and places, not only the same value
