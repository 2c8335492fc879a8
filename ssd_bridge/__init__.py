"""ssd-bridge: the Standard Safeguarding Dataset route to the DfE children's social care API."""

__version__ = "0.1.0"
