"""Write sheets as one XLSX workbook: headers in the reader's language, a frozen header row,
column widths set, dates as dates and money as numbers (run it in a thread: it is CPU work)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from bot.services.exports.sheets import Sheet

Render = Callable[..., str]  # (key, **args) -> text in the reader's language
FORMATS = {datetime: "yyyy-mm-dd hh:mm", date: "yyyy-mm-dd"}
MONEY_FORMAT = "#,##0.00"
TITLE_MAX = 31  # Excel's limit on a sheet's name


def _cell(value: Any, t: Render) -> Any:
    if isinstance(value, dict) and "key" in value:
        return t(value["key"], **value.get("args", {}))
    return value


def write(sheets: list[Sheet], t: Render) -> bytes:
    """The workbook's bytes."""
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        page = book.create_sheet(t(sheet.title)[:TITLE_MAX])
        page.append([t(c.key, currency=sheet.currency) for c in sheet.columns])
        for cell in page[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            page.append([_cell(value, t) for value in row])
        for index, column in enumerate(sheet.columns, start=1):
            letter = page.cell(row=1, column=index).column_letter
            page.column_dimensions[letter].width = column.width
        for cells in page.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, Decimal | float):
                    cell.number_format = MONEY_FORMAT
                elif isinstance(cell.value, datetime):
                    cell.number_format = FORMATS[datetime]
                elif isinstance(cell.value, date):
                    cell.number_format = FORMATS[date]
        page.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
