import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":  # the page-analysis helper process (spawn) imports this module again
    # A frozen build re-enters here as that helper process: hand over before any argument parsing.
    multiprocessing.freeze_support()
    sys.exit(main())
