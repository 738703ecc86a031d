"""Renovation fee estimate from an estate's fee table, or the defaults."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel

from bot.errors import NotFound
from bot.services.fees.common import digits_of
from bot.services.people.access import Viewer, may_see_unit
from storage.db import Database
from storage.repositories import estates, fee_settings

USAGES = ("residential", "office")
# Fee table items, in major units per unit, m² or card (the training material's table).
DEFAULT_RATES = {
    "deposit_office": Decimal(2000),
    "deposit_residential": Decimal(1000),
    "debris": Decimal(5),
    "debris_second": Decimal(10),
    "wall_debris": Decimal(20),
    "works_permit": Decimal(50),
    "worker_pass": Decimal(20),
}
MAX_AREA = Decimal(10_000)  # m² renovated or demolished in one unit
MAX_PERMITS = 5  # sets (份) of the works permit
MAX_PASSES = 60  # worker passes (张): a large crew


class RenovationInput(BaseModel):
    """The answers of the estimate conversation."""

    usage: str
    debris_m2: Decimal
    second: bool
    wall_m2: Decimal
    permits: int
    passes: int


class EstimateStart(BaseModel):
    """What is known before asking: the estate whose table applies, the unit's area and use."""

    estate_id: int | None
    unit_id: int | None = None
    area: Decimal | None = None
    usage: str | None = None


class EstimateItem(BaseModel):
    """One line of the estimate: an item, how many, the rate, the amount."""

    item: str
    quantity: Decimal
    rate_minor: int
    total_minor: int
    refundable: bool


class Estimate(BaseModel):
    """An itemized renovation estimate."""

    currency: str
    items: list[EstimateItem]

    @property
    def total_minor(self) -> int:
        """Everything to pay up front."""
        return sum(i.total_minor for i in self.items)

    @property
    def refundable_minor(self) -> int:
        """The part refunded after the renovation passes inspection (the deposit)."""
        return sum(i.total_minor for i in self.items if i.refundable)


def rates_for(stored: dict[str, int], currency: str) -> dict[str, int]:
    """The estate's rates in minor units, defaults filling what it has not set."""
    digits = digits_of(currency)
    defaults = {item: int(value.scaleb(digits)) for item, value in DEFAULT_RATES.items()}
    return defaults | {item: amount for item, amount in stored.items() if item in defaults}


def estimate(rates: dict[str, int], answers: RenovationInput, currency: str) -> Estimate:
    """Itemize the fees: deposit, debris, wall debris, permits and passes (zero lines left out)."""
    deposit = "deposit_office" if answers.usage == "office" else "deposit_residential"
    debris = "debris_second" if answers.second else "debris"
    lines = [
        (deposit, Decimal(1), True),
        (debris, answers.debris_m2, False),
        ("wall_debris", answers.wall_m2, False),
        ("works_permit", Decimal(answers.permits), False),
        ("worker_pass", Decimal(answers.passes), False),
    ]
    items = [
        EstimateItem(
            item=item,
            quantity=quantity,
            rate_minor=rates[item],
            total_minor=int((quantity * rates[item]).quantize(Decimal(1), ROUND_HALF_UP)),
            refundable=refundable,
        )
        for item, quantity, refundable in lines
        if quantity > 0
    ]
    return Estimate(currency=currency, items=items)


class RenovationService:
    """Estimate renovation fees with the fee table of the viewer's estate."""

    def __init__(self, db: Database, default_currency: str = "CNY") -> None:
        self._db = db
        self._default_currency = default_currency

    async def start(self, viewer: Viewer, unit_id: int | None = None) -> EstimateStart:
        """Pick the estate whose table applies and what the unit's record says."""
        if unit_id is None and len(viewer.occupancies) == 1:
            unit_id = viewer.occupancies[0].unit_id
        if unit_id is None:
            estate_ids = [o.estate_id for o in viewer.occupancies]
            estate_ids += [s.estate_id for s in viewer.staff]
            return EstimateStart(estate_id=estate_ids[0] if estate_ids else None)
        async with self._db.read() as conn:
            unit = await estates.unit(conn, unit_id)
        if unit is None or not may_see_unit(viewer, unit.estate_id, unit.grid_id, unit.id):
            raise NotFound()
        area = (
            Decimal(unit.area_centi_m2).scaleb(-2).normalize() if unit.area_centi_m2 > 0 else None
        )
        usage = unit.usage if unit.usage in USAGES else None
        return EstimateStart(estate_id=unit.estate_id, unit_id=unit.id, area=area, usage=usage)

    async def estimate(
        self, viewer: Viewer, estate_id: int | None, answers: RenovationInput
    ) -> Estimate:
        """Estimate with the estate's table (the defaults when there is no estate)."""
        if estate_id is None:
            return estimate(rates_for({}, self._default_currency), answers, self._default_currency)
        belongs = {o.estate_id for o in viewer.occupancies} | {s.estate_id for s in viewer.staff}
        if estate_id not in belongs:
            raise NotFound()
        async with self._db.read() as conn:
            estate = await estates.estate(conn, estate_id)
            stored = await fee_settings.rates_of(conn, estate_id)
        if estate is None:
            raise NotFound()
        return estimate(rates_for(stored, estate.currency), answers, estate.currency)
