"""What a manager may export, and for when, as the chat's buttons and the desk's form read."""

from __future__ import annotations

KIND_KEYS = {
    "all": "export-kind-all",
    "tickets": "export-sheet-tickets",
    "complaints": "export-sheet-complaints",
    "arrears": "export-sheet-arrears",
    "collections": "export-sheet-collections",
    "patrols": "export-sheet-patrols",
    "violations": "export-sheet-violations",
    "emergencies": "export-sheet-emergencies",
    "surveys": "export-sheet-surveys",
    "gate": "export-sheet-gate",
    "desk": "export-sheet-desk",
    "moveins": "export-sheet-moveins",
}
PERIOD_KEYS = {  # the service's PERIODS, in order
    "last7": "export-period-last7",
    "month": "export-period-month",
    "lastmonth": "export-period-lastmonth",
    "last30": "export-period-last30",
}
