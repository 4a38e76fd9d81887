"""An e-mail newsletter's footer names its publisher as its owning company with its legal form and postal
address ("© 2026 Kestrel Digest Co., Ltd. 14 Harbour Road, Suva"): the publisher is the publication's
name, without the company's legal form ("Ltd", "GmbH"; ``company_designators.txt``)."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import find_metadata

BODY = prose_body("the water shortage in the valley", 5, "a paragraph")


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("© 2026 Kestrel Digest Co., Ltd. 14 Harbour Road, Suva, Fiji", "Kestrel Digest"),
        ("© 2026 Marram Weekly Ltd, Galway. All rights reserved.", "Marram Weekly"),
        ("© 2025 Ostsee Bote GmbH. Hafenstraße 3, Kiel", "Ostsee Bote"),
        ("Copyright 2026 Fjordposten AS", "Fjordposten"),
        ("© 2026 Harbour Ledger Pty Ltd | Unsubscribe | Privacy", "Harbour Ledger"),
        ("© 2026 St. Brendan Courier. 2 Quay Lane, Cork", "St. Brendan Courier"),  # a stop inside the name
    ],
)
def test_footer_publisher_without_legal_form(footer: str, publisher: str) -> None:
    assert find_metadata(f"{BODY}\nForward to a friend | Unsubscribe\n{footer}\n").publisher == publisher
