"""``python -m ofsted_ie``: the same command line as ``ofsted-ie``."""

import sys

from .cli import main

sys.exit(main())
