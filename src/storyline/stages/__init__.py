"""The stages of the pipeline, one module each, in data-flow order:

analyse -> entities -> times -> quantities -> quotes -> places -> events.

Each stage is a small class that loads its resources once in ``__init__`` and whose
``__call__`` takes the :class:`~storyline.stages.analyse.Analysis` plus the items of
earlier stages and returns its own typed items. Stages share the record types
(:mod:`storyline.record`) and the helpers in :mod:`storyline.stages.common`, never
each other's internals.
"""
