import json

import pytest
from click.testing import CliRunner

from provind.cli import main

SUBCOMMANDS = ["serve", "load", "units", "extract"]


@pytest.mark.parametrize("args", [[], *[[name] for name in SUBCOMMANDS]])
def test_it_has_help_on_every_subcommand(args):
    result = CliRunner().invoke(main, [*args, "--help"])

    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_it_lists_new_thai_nguyen_as_json(db):
    result = CliRunner().invoke(main, ["units", "--at", "2025-07-01", "--parent", "19", "--format", "json"])

    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == 92
    assert {"code", "name", "kind", "parent", "valid_from", "valid_to"} == set(rows[0])


def test_it_lists_old_thai_nguyen_districts(db):
    result = CliRunner().invoke(main, ["units", "--at", "2025-06-30", "--parent", "19", "--format", "json"])

    assert [row["code"] for row in json.loads(result.output)] == [
        "164",
        "165",
        "167",
        "168",
        "169",
        "170",
        "171",
        "172",
        "173",
    ]


def test_it_rejects_a_bad_date_and_an_unknown_code(db):
    bad_date = CliRunner().invoke(main, ["units", "--at", "30/06/2025"])
    unknown = CliRunner().invoke(main, ["units", "--at", "2025-07-01", "--parent", "999"])

    assert bad_date.exit_code == 2
    assert "YYYY-MM-DD" in bad_date.output
    assert unknown.exit_code == 1
    assert "999" in unknown.output
