"""The estate of a load run, set up with the `butler` operator commands in a subprocess."""

from __future__ import annotations

import asyncio
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

ESTATE = "压测花园"
UNITS_PER_BUILDING = 50  # 2 entrances × 5 floors × 5 rooms
BUILDINGS_PER_GRID = 2
COLUMNS = ("building", "entrance", "room", "grid", "area_m2", "usage", "owner_name", "owner_phone")


class SetupError(Exception):
    """An operator command failed; the message says which and what it printed."""


@dataclass(frozen=True)
class Unit:
    """One unit of the generated estate."""

    code: str
    grid: str


@dataclass(frozen=True)
class EstateCodes:
    """The one-time invite codes issued for a run."""

    residents: list[tuple[Unit, str]]  # one owner's code per unit
    butlers: list[tuple[str, str]]  # (grid, code): one butler per grid


def make_units(count: int) -> list[Unit]:
    """Lay out `count` units: 50 a building (rooms 101–505 in 2 entrances), 2 buildings a grid."""
    units = []
    for index in range(count):
        building, within = divmod(index, UNITS_PER_BUILDING)
        entrance, slot = divmod(within, 25)
        room = (slot // 5 + 1) * 100 + slot % 5 + 1
        grid = chr(ord("A") + building // BUILDINGS_PER_GRID)
        units.append(Unit(f"{building + 1}-{entrance + 1}-{room}", grid))
    return units


def write_units_csv(path: Path, units: list[Unit]) -> None:
    """Write the units in the import format of samples/units.csv."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for number, unit in enumerate(units):
            building, entrance, room = unit.code.split("-")
            phone = f"139{number:08d}"
            writer.writerow(
                [building, entrance, room, unit.grid, "89.5", "residential", "住户", phone]
            )


class Operator:
    """Run `butler …` commands with --json against one database and return their JSON.

    By default they all run in one `python -m bench.cli_batch` process (the same entry point
    and arguments as `python -m bot …`); `per_process` starts `python -m bot …` for each.
    """

    def __init__(
        self, env: dict[str, str], cwd: Path, log: IO[bytes], *, per_process: bool = False
    ) -> None:
        self.env, self.cwd, self.log, self.per_process = env, cwd, log, per_process
        self._batch: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> Operator:
        if not self.per_process:
            self._batch = await self._spawn("-m", "bench.cli_batch")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        batch, self._batch = self._batch, None
        if batch is not None and batch.stdin is not None:
            batch.stdin.close()
            try:
                await asyncio.wait_for(batch.wait(), 30)
            except TimeoutError:
                batch.kill()
                await batch.wait()

    async def _spawn(self, *args: str) -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self.log,
            env=self.env,
            cwd=self.cwd,
        )

    async def run(self, *args: str) -> Any:
        """Run `butler ARGS --json`; return the parsed output, or raise SetupError."""
        argv = [*args, "--json"]
        if self._batch is None:
            process = await self._spawn("-m", "bot", *argv)
            stdout, _ = await process.communicate()
            code: object = process.returncode
            text = stdout.decode()
        else:
            code, text = await self._ask_batch(argv)
        if code != 0:
            raise SetupError(f"butler {' '.join(argv)} exited with {code}: {text.strip()}")
        return json.loads(text)

    async def _ask_batch(self, argv: list[str]) -> tuple[object, str]:
        batch = self._batch
        assert batch is not None and batch.stdin is not None and batch.stdout is not None
        batch.stdin.write((json.dumps(argv, ensure_ascii=False) + "\n").encode())
        await batch.stdin.drain()
        line = await batch.stdout.readline()
        if not line:
            raise SetupError(f"the operator process ended during butler {' '.join(argv)}")
        answer = json.loads(line)
        return answer["rc"], str(answer["stdout"])


async def set_up_estate(
    operators: list[Operator], csv_path: Path, units: list[Unit]
) -> EstateCodes:
    """Create the estate, import its units, and issue one butler per grid, one owner per unit
    (the owners' codes shared out between the operator processes)."""
    first = operators[0]
    await first.run("estate", "add", ESTATE)
    write_units_csv(csv_path, units)
    imported = await first.run("import", "units", str(csv_path), "--estate", ESTATE)
    if imported.get("units") != len(units):
        raise SetupError(f"imported {imported.get('units')} units of {len(units)}")
    butlers = []
    for grid in sorted({unit.grid for unit in units}):
        issued = await first.run(
            "invite", "staff", "--estate", ESTATE, "--role", "butler", "--grid", grid
        )
        butlers.append((grid, str(issued[0]["code"])))
    shares = [units[n :: len(operators)] for n in range(len(operators))]
    issued_codes = await asyncio.gather(
        *(_owners(operator, share) for operator, share in zip(operators, shares, strict=True))
    )
    codes = {unit: code for share in issued_codes for unit, code in share}
    return EstateCodes([(unit, codes[unit]) for unit in units], butlers)


async def _owners(operator: Operator, units: list[Unit]) -> list[tuple[Unit, str]]:
    """Issue one owner's code for each unit."""
    codes = []
    for unit in units:
        issued = await operator.run(
            "invite", "resident", "--estate", ESTATE, "--unit", unit.code, "--relation", "owner"
        )
        codes.append((unit, str(issued[0]["code"])))
    return codes
