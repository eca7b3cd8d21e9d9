"""``python -m quoteattr`` runs the ``quoteattr`` command."""

import sys

from quoteattr.cli import main

sys.exit(main())
