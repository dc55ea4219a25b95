import sys

from posture.collection import interrupts

interrupts.install()  # before the heavy imports, so that an early Ctrl-C is one line too

from posture.cli import main  # noqa: E402

sys.exit(main())
