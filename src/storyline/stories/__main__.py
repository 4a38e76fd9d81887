"""``python -m storyline.stories --bench N``: time the stories merge."""

from storyline.stories import _main

raise SystemExit(_main())
