"""The real `butler import bills …` command, in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli_database: str) -> None:
    """Point the CLI at this test's database, speaking English, with the sample units."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUTLER_DEFAULT_LANGUAGE", "en")
    monkeypatch.setenv("BUTLER_LOG_LEVEL", "WARNING")
    assert main(["estate", "add", "湖畔花园"]) == 0
    assert main(["import", "units", str(SAMPLES / "units.csv"), "--estate", "湖畔花园"]) == 0


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    status, out, _ = _run(capsys, *argv, "--json")
    return status, json.loads(out)


def test_import_bills_as_text_then_again_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    bills = str(SAMPLES / "bills.csv")
    status, out, err = _run(capsys, "import", "bills", bills, "--estate", "湖畔花园")
    assert (status, err) == (0, "")
    assert out.startswith("Imported bills into “湖畔花园”: 420 created, 0 updated, 0 unchanged.")
    status, summary = _json(capsys, "import", "bills", bills, "--estate", "湖畔花园")
    assert status == 0
    assert (summary["created"], summary["unchanged"], summary["bills"]) == (0, 420, 420)
    assert summary["due"] == "109532.75"  # the sum of the amount column, in yuan


def test_a_bad_bills_file_lists_every_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "unit,period,fee_type,amount,due_date,paid_amount,paid_at\n"
        "1-1-101,2026-09,property,402.75,2026-09-15,0,\n"
        "9-9-999,2026-09,property,1,2026-09-15,0,\n"
        "1-1-102,2026-09,property,10,2026-09-15,20,2026-09-01\n",
        encoding="utf-8",
    )
    status, _, err = _run(capsys, "import", "bills", str(bad), "--estate", "湖畔花园")
    assert status == 1
    assert err.splitlines() == [
        "Nothing was imported: 2 problems to fix first.",
        "line 3: There is no unit 9-9-999 in this estate.",
        "line 4: The paid amount 20 is more than the amount due 10.",
    ]
    status, report = _json(capsys, "import", "bills", str(bad), "--estate", "湖畔花园")
    assert (status, [p["line"] for p in report["problems"]]) == (1, [3, 4])


def test_payments_setup_reads_the_token_from_the_environment_and_never_prints_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    secret = "284685063:TEST:never-shown"
    monkeypatch.setenv("PAY_TOKEN", secret)
    qr = tmp_path / "qr.png"
    qr.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    status, out, err = _run(
        capsys, "payments", "setup", "--estate", "湖畔花园", "--provider-token-env", "PAY_TOKEN",
        "--instructions", "ICBC 6222 0200", "--qr", str(qr),
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Payments of “湖畔花园”:",
        "  in chat (Telegram Payments): yes",
        "  collection QR code: yes",
        "  transfer instructions: ICBC 6222 0200",
    ]
    status, state = _json(capsys, "payments", "setup", "--estate", "湖畔花园")
    assert (status, state["in_chat"], state["qr"]) == (0, True, True)
    assert secret not in json.dumps(state)
    status, _, err = _run(
        capsys, "payments", "setup", "--estate", "湖畔花园", "--provider-token-env", "NO_SUCH_VAR"
    )
    assert status == 1 and "NO_SUCH_VAR is empty or not set" in err
    bad = tmp_path / "qr.txt"
    bad.write_text("not an image", encoding="utf-8")
    status, _, err = _run(capsys, "payments", "setup", "--estate", "湖畔花园", "--qr", str(bad))
    assert status == 1 and "PNG or JPEG" in err


def test_refunds_list_and_write_off_answer_unknown_ones_clearly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(capsys, "payments", "refunds", "--estate", "湖畔花园")
    assert (status, out.strip()) == (0, "Refunds of “湖畔花园”: 0")
    status, _, err = _run(capsys, "payments", "refund", "7", "--estate", "湖畔花园")
    assert status == 1 and "There is no refund #7" in err
    bills = str(SAMPLES / "bills.csv")
    assert main(["import", "bills", bills, "--estate", "湖畔花园"]) == 0
    status, out, _ = _run(
        capsys, "bills", "write-off", "1-1-101", "2026-09", "property", "--estate", "湖畔花园"
    )
    assert status == 0 and out.startswith("Written off: 1-1-101 2026-09 property")
    status, _, err = _run(
        capsys, "bills", "write-off", "1-1-101", "1999-01", "property", "--estate", "湖畔花园"
    )
    assert status == 1 and "There is no bill of 1-1-101 for 1999-01" in err
