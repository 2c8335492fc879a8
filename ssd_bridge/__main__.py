"""Allow ``python -m ssd_bridge``."""

from ssd_bridge.cli import main

if __name__ == "__main__":
    main()
