"""The extract's hot-path helpers give exactly what the plain Python they replace gives."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from ssd_bridge.record import values
from ssd_bridge.record.ssd_read import PERSON_COLUMNS, SOURCES, ChildRows, _row_reader, _rows_adder
from ssd_bridge.record.values import iso_day, put


def test_a_row_reader_makes_the_dict_zip_would_in_the_same_key_order() -> None:
    read = _row_reader(PERSON_COLUMNS, 0)
    row = tuple(f"v{i}" for i in range(len(PERSON_COLUMNS)))
    made = read(row)
    assert list(made.items()) == list(zip(PERSON_COLUMNS, row, strict=True))
    skipped = _row_reader(("a", "b"), 1)(("P1", None, dt.date(2025, 1, 2)))
    assert list(skipped.items()) == [("a", None), ("b", dt.date(2025, 1, 2))]


@pytest.mark.parametrize("row", [("P1", 1), ("P1", 1, 2, 3)])
def test_a_row_of_the_wrong_width_is_an_error_not_a_shifted_record(row: tuple) -> None:
    with pytest.raises(ValueError, match="expected 3 values"):
        _row_reader(("a", "b"), 1)(row)


def test_every_source_adds_its_rows_to_their_own_child_only() -> None:
    for source in SOURCES:
        names = (*source.columns, *source.join_columns)
        children = {pid: ChildRows({"pers_person_id": pid}) for pid in ("P1", "P2")}
        rows = [("P1", *(f"{n}1" for n in names)), ("P9", *(f"{n}9" for n in names)), ("P1", *(f"{n}2" for n in names))]
        _rows_adder(source)(rows, children)
        expected = [dict(zip(names, row[1:], strict=True)) for row in (rows[0], rows[2])]
        assert children["P1"].rows[source.name] == expected, source.name
        assert children["P2"].rows == defaultdict(list), source.name  # P9 is not on the page: ignored


def test_iso_day_is_isoformat_and_put_keeps_datetimes_whole() -> None:
    day = dt.date(2024, 2, 29)
    assert iso_day(day) == "2024-02-29" and iso_day(day) == day.isoformat()
    record: dict = {}
    put(record, "a", day)
    put(record, "b", dt.datetime(2024, 2, 29, 13, 5))  # a datetime is not a date in the cache
    put(record, "c", dt.date(2024, 2, 29))
    assert record == {"a": "2024-02-29", "b": "2024-02-29T13:05:00", "c": "2024-02-29"}


def test_the_remembered_dates_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(values, "_ISO_DAYS", {})
    monkeypatch.setattr(values, "_ISO_DAYS_KEPT", 3)
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(10)]
    for day in days:
        record: dict = {}
        put(record, "d", day)
        assert record["d"] == day.isoformat()
    assert len(values._ISO_DAYS) == 3


def test_is_un_code_answers_as_the_plain_pattern_does() -> None:
    plain = values.UN_CODE
    for text in ("UN1", " un10 ", "Un4", "UN11", "UN0", "A12345678901B", "N1", "U N1", "UN", "", "UŉN1", "Uŉ1",
                 "uN9\n", "A1234567890N1", "UN1X"):
        assert values.is_un_code(text) is bool(plain.match(text.strip().upper())), text
