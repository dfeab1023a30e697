"""Regenerate units.csv and crosswalk.csv from the `vietnamadminunits` package data.

Run by hand when the upstream package publishes corrections:

    .venv/bin/pip install 'vietnamadminunits==1.0.4'
    .venv/bin/python data/geography/build.py

The package (MIT licence, (c) 2025 Tran Ngoc Minh Hieu, see LICENSE-vietnamadminunits.txt)
is a build-time input only: Provind reads the CSV files at run time, so the app never
depends on the package, its geocoding helpers or anything downloaded.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFORM_LAST_OLD_DAY = "2025-06-30"
REFORM_FIRST_NEW_DAY = "2025-07-01"

DISTRICT_KINDS = {"Huyện": "district", "Quận": "urban_district", "Thị xã": "town", "Thành phố": "city"}
COMMUNE_KINDS = {"Xã": "commune", "Phường": "ward", "Thị trấn": "township", "Đặc khu": "special_zone"}


def _province_name_kind(name: str) -> str:
    # Both "Tỉnh X" and the centrally-run "Thành phố X" are province-level units.
    return "province"


def main() -> None:
    data_dir = resources.files("vietnamadminunits") / "data"
    db = sqlite3.connect(str(data_dir / "dataset.db"))
    db.row_factory = sqlite3.Row
    version = metadata.version("vietnamadminunits")
    source = f"vietnamadminunits {version} (MIT)"

    rows: list[dict[str, object]] = []
    old_keys: dict[str, str] = {}  # "province_district_ward" key -> old commune code
    old_province_by_key: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()

    def add(row: dict[str, object]) -> None:
        ident = (str(row["code"]), str(row["valid_to"]))
        if ident not in seen:
            seen.add(ident)
            rows.append(row)

    for r in db.execute("SELECT * FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"):
        old_province_by_key[r["provinceKey"]] = r["provinceCode"]
        add(
            {
                "code": r["provinceCode"],
                "name": r["province"],
                "kind": _province_name_kind(r["province"]),
                "parent_code": "",
                "valid_from": "",
                "valid_to": REFORM_LAST_OLD_DAY,
                "latitude": r["provinceLat"],
                "longitude": r["provinceLon"],
                "area_km2": "",
                "source": source,
            }
        )
        add(
            {
                "code": r["districtCode"],
                "name": r["district"],
                "kind": DISTRICT_KINDS[r["districtType"]],
                "parent_code": r["provinceCode"],
                "valid_from": "",
                "valid_to": REFORM_LAST_OLD_DAY,
                "latitude": r["districtLat"],
                "longitude": r["districtLon"],
                "area_km2": "",
                "source": source,
            }
        )
        if r["wardCode"]:
            old_keys[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"] = r["wardCode"]
            add(
                {
                    "code": r["wardCode"],
                    "name": r["ward"],
                    "kind": COMMUNE_KINDS[r["wardType"]],
                    "parent_code": r["districtCode"],
                    "valid_from": "",
                    "valid_to": REFORM_LAST_OLD_DAY,
                    "latitude": r["wardLat"],
                    "longitude": r["wardLon"],
                    "area_km2": "",
                    "source": source,
                }
            )

    new_codes: dict[tuple[str, str], str] = {}
    new_province_by_key: dict[str, str] = {}
    for r in db.execute("SELECT * FROM admin_units ORDER BY provinceCode, wardCode"):
        new_province_by_key[r["provinceKey"]] = r["provinceCode"]
        new_codes[(r["provinceKey"], r["wardKey"])] = r["wardCode"]
        add(
            {
                "code": r["provinceCode"],
                "name": r["province"],
                "kind": "province",
                "parent_code": "",
                "valid_from": REFORM_FIRST_NEW_DAY,
                "valid_to": "",
                "latitude": r["provinceLat"],
                "longitude": r["provinceLon"],
                "area_km2": "",
                "source": source,
            }
        )
        add(
            {
                "code": r["wardCode"],
                "name": r["ward"],
                "kind": COMMUNE_KINDS[r["wardType"]],
                "parent_code": r["provinceCode"],
                "valid_from": REFORM_FIRST_NEW_DAY,
                "valid_to": "",
                "latitude": r["wardLat"],
                "longitude": r["wardLon"],
                "area_km2": r["wardAreaKm2"],
                "source": source,
            }
        )

    conv = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
    links: list[dict[str, object]] = []
    for new_pkey, old_pkeys in conv["DICT_PROVINCE"].items():
        for old_pkey in old_pkeys:
            links.append(
                {
                    "old_code": old_province_by_key[old_pkey],
                    "new_code": new_province_by_key[new_pkey],
                    "weight": "1",
                    "basis": "whole",
                }
            )
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, olds in wards.items():
            for old_key in olds:
                if old_key in old_keys:  # island districts without communes have no commune key
                    links.append(
                        {
                            "old_code": old_keys[old_key],
                            "new_code": new_codes[(new_pkey, new_wkey)],
                            "weight": "1",
                            "basis": "whole",
                        }
                    )
    for new_pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in olds.items():
            # No official shares are published for split communes: an equal split is an
            # assumption, labelled as such, so re-expressed figures can say they are approximate.
            share = f"{1 / len(parts):.6f}"
            for part in parts:
                links.append(
                    {
                        "old_code": old_keys[old_key],
                        "new_code": new_codes[(new_pkey, part["newWardKey"])],
                        "weight": share,
                        "basis": "split_equal_assumed",
                    }
                )

    with (HERE / "units.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with (HERE / "crosswalk.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(links[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(links)
    print(f"{len(rows)} units, {len(links)} crosswalk links from {source}")  # noqa: T201


if __name__ == "__main__":
    main()
