"""eobreader: reads Explanation of Benefits documents and explains every charge in plain words."""

__version__ = "0.1.0"
