import sys

from desktop.cli import main

if __name__ == "__main__":  # the page-analysis helper process (spawn) imports this module again
    sys.exit(main())
