"""``python -m bot``: the same as the ``cyberbot`` command."""

from .cli import main

raise SystemExit(main())
