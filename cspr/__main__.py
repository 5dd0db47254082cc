import sys

from cspr.cli import main

sys.exit(main())
