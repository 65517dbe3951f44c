"""Demo content for this app (filled in as the app grows)."""


def load(stdout):
    """Create or update the demo objects; running it twice changes nothing."""
