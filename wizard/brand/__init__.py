"""An ISP's own edition (a "brand"): where the active brand folder is, and the checked,
typed ``Brand`` that such a folder describes.

A brand folder holds ``brand.toml`` and the files it names (logo, provider files, OAuth2
registrations); ``packaging/brands/README.md`` documents the format. Finding the folder
needs only platformdirs, so a start without a brand pays nothing; the names of
``wizard.brand.folder`` (``load_brand``, ``active_brand``, ``Brand`` …) load on first use,
and with them the model and the catalog that check the provider files.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard import APP_NAME

if TYPE_CHECKING:
    from wizard.brand.files import LogoFormat
    from wizard.brand.folder import (
        Brand,
        BrandError,
        BrandPreset,
        Logo,
        OutsideAddress,
        Support,
        active_brand,
        load_brand,
    )

BRAND_FILE = "brand.toml"
MACHINE_BRAND_FOLDER = "brand"

_MODULE_OF = {
    "LogoFormat": "files",
    "Brand": "folder",
    "BrandError": "folder",
    "BrandPreset": "folder",
    "Logo": "folder",
    "OutsideAddress": "folder",
    "Support": "folder",
    "active_brand": "folder",
    "load_brand": "folder",
}

__all__ = [
    "BRAND_FILE",
    "MACHINE_BRAND_FOLDER",
    "Brand",
    "BrandError",
    "BrandPreset",
    "Logo",
    "LogoFormat",
    "OutsideAddress",
    "Support",
    "active_brand",
    "find_brand_dir",
    "load_brand",
    "machine_config_dir",
]


def machine_config_dir() -> Path:
    """The per-machine config folder (platformdirs' site config folder: /etc/xdg/mailwizard on
    Linux, C:\\ProgramData\\mailwizard on Windows); the catalog's ``providers/`` is in it too."""
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def find_brand_dir(explicit: Path | str | None = None, *, config_dir: Path | None = None) -> Path | None:
    """The brand folder in use: ``explicit`` (``--brand DIR``) when given, else the ``brand/``
    folder in the per-machine config folder (``config_dir``, by default
    ``machine_config_dir()``) when there is one, else None (the generic wizard)."""
    if explicit is not None:
        return Path(explicit)
    folder = (machine_config_dir() if config_dir is None else config_dir) / MACHINE_BRAND_FOLDER
    return folder if folder.is_dir() else None


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
