"""python -m bot: the same as the `butler` command."""

import sys

from bot.cli import main

sys.exit(main())
