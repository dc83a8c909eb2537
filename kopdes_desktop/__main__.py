from kopdes_desktop.cli import main

raise SystemExit(main())
