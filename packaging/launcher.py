"""The frozen app's entry point (PyInstaller runs a script, not ``-m kopdes_desktop``)."""

from kopdes_desktop.cli import main

raise SystemExit(main())
