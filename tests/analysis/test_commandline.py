"""`provind analyse` gives what the API gives, and says what is wrong in both languages."""

from __future__ import annotations

import json

from click.testing import CliRunner

from provind.cli import main


def test_the_command_line_gives_the_apis_answer(client, db):
    runner = CliRunner()
    result = runner.invoke(
        main, ["analyse", "inequality", "--period", "2025", "--unit", "19", "--demo", "7", "--measure", "all"]
    )
    api = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "demo": 7, "measure": "all"},
    ).json()

    assert result.exit_code == 0, result.output
    cli = json.loads(result.output)
    assert cli["theil"] == api["theil"]
    assert cli["gini"] == api["gini"]
    assert cli["synthetic"] is True


def test_the_command_line_refuses_a_bad_period_in_both_languages(db):
    result = CliRunner().invoke(main, ["analyse", "moran", "--period", "năm ngoái"])

    assert result.exit_code == 2
    assert "Lỗi:" in result.output
    assert "Error:" in result.output


def test_the_command_line_writes_the_inputs_workbook(db, tmp_path):
    out = tmp_path / "inputs.xlsx"
    result = CliRunner().invoke(
        main, ["analyse", "inequality", "--period", "2025", "--demo", "3", "--format", "xlsx", "-o", str(out)]
    )

    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK"
