"""Inequality and spatial-autocorrelation measures over places, computed by PySAL.

Pure numeric code: no Django, no database. Callers pass one value per place (a commune, a
former province) and, where the measure needs them, group labels, weights or coordinates.
PySAL is imported inside the functions because it pulls in SciPy, pandas and scikit-learn,
which the web workers should not load until someone asks for an analysis.

Theil T and Gini are PySAL's (`inequality`), Moran's I and LISA are PySAL's (`esda`) over
k-nearest-neighbour weights (`libpysal`) on great-circle distances between centroids. The
Williamson coefficient (a weighted coefficient of variation) has no PySAL implementation, so it
is written out here from its definition (Williamson 1965).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from provind.errors import InputError

# Below this many places a measure is reported with a caveat: PySAL computes it, but one
# commune more or less moves it a lot (the "small numbers" problem of commune statistics).
SMALL_NUMBERS = 30
EARTH_RADIUS_KM = 6371.0
LISA_LABELS = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}


class MeasureError(InputError):
    """The inputs cannot support the measure (too few places, negative values …)."""

    def __init__(self, vi: str, en: str, field: str = "indicator") -> None:
        super().__init__(field, vi, en)


@dataclass
class TheilResult:
    total: float
    between: float | None = None
    within: float | None = None
    groups: dict[str, int] = field(default_factory=dict)  # label -> number of places

    @property
    def between_share(self) -> float | None:
        if self.between is None or self.total == 0:
            return None
        return self.between / self.total


@dataclass
class MoranResult:
    i: float
    expected: float
    z: float
    p_value: float  # pseudo p-value from the permutations
    permutations: int
    k: int


@dataclass
class LisaPlace:
    index: int
    local_i: float
    p_value: float
    quadrant: str  # HH, LH, LL, HL (value, neighbours' mean) — see LISA_LABELS
    significant: bool


def _array(values: Sequence[float], name: str = "value") -> Any:
    import numpy as np

    y = np.asarray(values, dtype=float)
    if y.ndim != 1 or len(y) < 2:
        raise MeasureError(
            f"cần ít nhất 2 đơn vị có số liệu ({name})", f"at least 2 places with a figure are needed ({name})"
        )
    if not np.all(np.isfinite(y)):
        raise MeasureError("có giá trị không hữu hạn", "a value is not finite")
    return y


def _non_negative(y: Any) -> None:
    if (y < 0).any():
        raise MeasureError(
            "Theil và Gini cần giá trị không âm (một chỉ tiêu mức, không phải tốc độ tăng)",
            "Theil and Gini need non-negative values (a level, not a growth rate)",
        )
    if y.sum() == 0:
        raise MeasureError("mọi giá trị đều bằng 0", "every value is zero")


def theil(values: Sequence[float], groups: Sequence[str] | None = None) -> TheilResult:
    """Theil T, split into between- and within-group parts when `groups` is given.

    PySAL's `TheilD` drops places with a value of 0 from the log terms (0·ln 0 = 0), as the
    definition does.
    """
    from inequality.theil import Theil, TheilD

    y = _array(values)
    _non_negative(y)
    with warnings.catch_warnings():
        # 0·ln(0) is taken as 0; numpy warns on the way there.
        warnings.simplefilter("ignore", RuntimeWarning)
        if groups is None:
            return TheilResult(total=_scalar(Theil(y).T))
        if len(groups) != len(y):
            raise MeasureError("số nhóm khác số đơn vị", "groups and values differ in length")
        import numpy as np

        result = TheilD(y, np.asarray(groups))
    counts: dict[str, int] = {}
    for label in groups:
        counts[label] = counts.get(label, 0) + 1
    return TheilResult(total=_scalar(result.T), between=_scalar(result.bg), within=_scalar(result.wg), groups=counts)


def _scalar(value: Any) -> float:
    # PySAL returns numpy scalars or one-element arrays depending on the input's shape.
    import numpy as np

    return float(np.asarray(value).reshape(-1)[0])


def gini(values: Sequence[float]) -> float:
    from inequality.gini import Gini

    y = _array(values)
    _non_negative(y)
    return _scalar(Gini(y).g)


def williamson(values: Sequence[float], weights: Sequence[float]) -> float:
    """Weighted coefficient of variation: sqrt(Σ wᵢ/W · (yᵢ − ȳ)²) / ȳ, with ȳ = Σ wᵢyᵢ / W.

    Williamson used population as the weight; where population is not stored, the caller
    passes area and says so.
    """
    y = _array(values)
    w = _array(weights, "weight")
    if len(w) != len(y):
        raise MeasureError("số trọng số khác số đơn vị", "weights and values differ in length")
    if (w <= 0).any():
        raise MeasureError("trọng số phải dương", "weights must be positive")
    share = w / w.sum()
    mean = float((share * y).sum())
    if mean == 0:
        raise MeasureError("giá trị trung bình bằng 0", "the mean is zero")
    return math.sqrt(float((share * (y - mean) ** 2).sum())) / mean


def knn_weights(coordinates: Sequence[tuple[float, float]], k: int) -> Any:
    """Row-standardised k-nearest-neighbour weights on great-circle distance.

    `coordinates` are (longitude, latitude) pairs, the order libpysal expects with `radius`.
    """
    import numpy as np
    from libpysal.weights import KNN

    points = np.asarray(coordinates, dtype=float)
    if len(points) <= k:
        raise MeasureError(
            f"cần nhiều hơn {k} đơn vị có tọa độ để tìm {k} láng giềng gần nhất",
            f"more than {k} places with centroids are needed for {k} nearest neighbours",
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = KNN.from_array(points, k=k, radius=EARTH_RADIUS_KM)
    w.transform = "r"
    return w


def moran(
    values: Sequence[float],
    coordinates: Sequence[tuple[float, float]],
    *,
    k: int = 6,
    permutations: int = 999,
    seed: int = 12345,
) -> tuple[MoranResult, list[LisaPlace]]:
    """Global Moran's I and local (LISA) statistics with permutation p-values.

    The permutations are seeded, so the same inputs give the same p-values on every run.
    """
    import numpy as np
    from esda.moran import Moran, Moran_Local

    y = _array(values)
    if len(coordinates) != len(y):
        raise MeasureError("số tọa độ khác số đơn vị", "coordinates and values differ in length")
    if float(np.std(y)) == 0:
        raise MeasureError("mọi đơn vị có cùng giá trị", "every place has the same value")
    w = knn_weights(coordinates, k)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        np.random.seed(seed)  # esda's global Moran draws its permutations from numpy's global state
        global_ = Moran(y, w, permutations=permutations)
        local = Moran_Local(y, w, permutations=permutations, seed=seed, alternative="two-sided")
    result = MoranResult(
        i=float(global_.I),
        expected=float(global_.EI),
        z=float(global_.z_sim),
        p_value=float(global_.p_sim),
        permutations=permutations,
        k=k,
    )
    places = [
        LisaPlace(
            index=i,
            local_i=float(local.Is[i]),
            p_value=float(local.p_sim[i]),
            quadrant=LISA_LABELS[int(local.q[i])],
            significant=bool(local.p_sim[i] < 0.05),
        )
        for i in range(len(y))
    ]
    return result, places


def hhi(shares_pct: Sequence[float]) -> float:
    """Herfindahl–Hirschman index on the 0–10,000 scale from shares in percent."""
    return float(sum(s * s for s in shares_pct))


def classify(values: Sequence[float], *, k: int = 5, scheme: str = "quantiles") -> tuple[list[int], list[float]]:
    """Choropleth classes (mapclassify): the class of each value and the upper bounds."""
    import mapclassify
    import numpy as np

    y = _array(values)
    k = max(2, min(k, len(set(y.tolist()))))
    schemes = {"quantiles": mapclassify.Quantiles, "natural_breaks": mapclassify.NaturalBreaks}
    if scheme not in schemes:
        raise MeasureError(f"không có cách phân lớp {scheme}", f"unknown classification scheme {scheme}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kwargs: dict[str, Any] = {"k": k}
        if scheme == "natural_breaks":
            np.random.seed(0)  # Fisher–Jenks sampling is random for large inputs
        result = schemes[scheme](y, **kwargs)
    return [int(c) for c in result.yb], [float(b) for b in result.bins]
