"""eobreader: reads Explanation of Benefits documents and explains every charge in plain words.

The API: ``read(paths)`` -> records, ``charges_frame(results)`` -> pandas DataFrame,
``write_report(results, path)`` -> the annotated workbook. See README.md.
The names are imported on first use, so ``import eobreader.values`` stays light.
"""

__version__ = "0.1.0"

__all__ = ["read", "report", "charges_frame", "write_report", "__version__"]


def __getattr__(name: str):
    if name in ("read", "report", "charges_frame", "write_report"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'eobreader' has no attribute {name!r}")
