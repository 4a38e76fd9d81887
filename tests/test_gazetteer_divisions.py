"""GeoNames divisions joined to ISO 3166-2 subdivisions whose name is written in another
romanisation or language ("Faiyum" / "Al Fayyum", "Kiev" / "Kyivska oblast", "West Java" /
"Jawa Barat"), and to ISO subdivisions one level down where ISO's top level is a grouping."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from storyline.gazetteer import _division_codes, _skeletons


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Al Qarnabiyah", "Qarnabia", True),  # Arabic article and -iyah ending
        ("Ash Shurqah", "Shurqa", True),  # sh/s folded
        ("Dornskaya oblast'", "Dorn Oblast", True),  # Russian adjective ending, local kind word
        ("Velivska oblast", "Veliv", True),  # Ukrainian adjective ending
        ("Kelvara Utara", "North Kelvara", True),  # Indonesian compass word after the name
        ("Noord-Tessel", "North Tessel", True),  # Dutch compass word
        ("Pohjois-Marva", "Northern Marva", True),  # Finnish compass word, "Northern"
        ("Tarvin", "Marvin", False),
        ("Kelvara Utara", "South Kelvara", False),
        ("Bulova", "Bolivar", False),
    ],
)
def test_skeletons(a: str, b: str, shared: bool) -> None:
    assert bool(_skeletons(a) & _skeletons(b)) is shared


@pytest.mark.parametrize(
    ("name", "skeletons"),
    [
        ("Al Qarnabiyah", {"krnb"}),
        ("Velivska oblast", {"vlvsk", "vlv"}),
        ("Kelvara Utara", {"nrtklvr"}),
    ],
)
def test_skeleton_values(name: str, skeletons: set[str]) -> None:
    assert _skeletons(name) == skeletons


@dataclass(frozen=True)
class _Sub:
    """A stand-in for a pycountry subdivision."""

    code: str
    name: str
    parent_code: str | None = None


_TOP = [
    _Sub("XX-07", "Al Qarnabiyah"),
    _Sub("XX-03", "Velivska oblast"),
    _Sub("XX-05", "Tarvin"),
]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # joined by skeleton: GeoNames 01 is ISO 07, GeoNames 02 is ISO 03
        ({"01": "Qarnabia", "02": "Veliv", "03": "Tarvin"}, {"01": "07", "02": "03", "03": "05"}),
        # two divisions with the skeleton of one subdivision: neither is joined by it
        ({"01": "Qarnabia", "02": "Karnabia", "03": "Tarvin"}, {"01": "01", "02": "02", "03": "05"}),
        # a skeleton of another country's spelling joins nothing
        ({"11": "Marvin"}, {"11": "11"}),
    ],
)
def test_division_codes_by_skeleton(names: dict[str, str], expected: dict[str, str]) -> None:
    codes = _division_codes({("XX", a1): name for a1, name in names.items()}, {"XX": _TOP})
    assert {a1: code for (_cc, a1), (code, _sub) in codes.items()} == expected


# ISO's top level is two island groups; the provinces sit under them
_GROUPS = [_Sub("YY-N", "Northern Isles"), _Sub("YY-S", "Southern Isles")]
_PROVINCES = [
    _Sub("YY-KU", "Kelvara Utara", "YY-N"),
    _Sub("YY-KS", "Kelvara Selatan", "YY-S"),
    _Sub("YY-DM", "Dolmar", "YY-S"),
]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # most divisions unjoined at the top: joined one level down
        (
            {"01": "North Kelvara", "02": "South Kelvara", "03": "Dolmar"},
            {"01": "KU", "02": "KS", "03": "DM"},
        ),
        # most divisions joined at the top: the level below is not searched
        (
            {"01": "Northern Isles", "02": "Southern Isles", "03": "Dolmar"},
            {"01": "N", "02": "S", "03": "03"},
        ),
    ],
)
def test_division_codes_one_level_down(names: dict[str, str], expected: dict[str, str]) -> None:
    codes = _division_codes(
        {("YY", a1): name for a1, name in names.items()}, {"YY": _GROUPS}, {"YY": _PROVINCES}
    )
    assert {a1: code for (_cc, a1), (code, _sub) in codes.items()} == expected
