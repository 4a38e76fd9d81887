"""A stamp with a dotted date spaced after each dot and a dot after its year, as Balkan and Central
European pages write it ("Objavljeno: 07. 05. 2026. 11:20", "20. 10. 2026."), is a full date, day first.
Every line here is invented."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata, parse_stamp


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Published: 07. 05. 2026. 11:20", ("published", "2026-05-07")),
        ("20. 10. 2026.", ("", "2026-10-20")),
        ("Updated 3. 9. 2026. 08:15", ("updated", "2026-09-03")),
        ("14. 02. 2026 | 17:05", ("", "2026-02-14")),
        ("31. 02. 2026.", None),  # no such day
    ],
)
def test_spaced_dotted_stamp(line: str, stamp: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == stamp


def test_spaced_dotted_stamp_gives_the_page_its_day() -> None:
    page = (
        "Drava Daily\n\nBridge tolls to rise\n\nPublished: 07. 05. 2026. 11:20\n\n"
        "Tolls on the Drava bridge will rise in June.\n"
    )
    assert find_metadata(page).published == "2026-05-07"
