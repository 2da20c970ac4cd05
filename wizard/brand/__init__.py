"""An ISP's own edition (a "brand"): where the active brand folder is, and the checked,
typed ``Brand`` that such a folder describes.

A brand folder holds ``brand.toml`` and the files it names (logo, provider files, OAuth2
registrations); ``packaging/brands/README.md`` documents the format. Finding the folder
needs only platformdirs, so a start without a brand pays nothing; the names of
``wizard.brand.folder`` (``load_brand``, ``active_brand``, ``Brand`` …) load on first use,
and with them the model and the catalog that check the provider files. A branded window
paints with ``look_at_brand`` (``wizard.brand.look``: ``brand.toml`` alone) and loads the
brand after its first paint.
"""

from __future__ import annotations

import importlib
import os
import sys
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
    from wizard.brand.look import BrandLook, look_at_brand

BRAND_FILE = "brand.toml"
MACHINE_BRAND_FOLDER = "brand"
# A branded build (packaging/windows/build.sh --brand DIR) carries its brand here, inside the
# installed program; a source checkout or a pip install never has it.
INSTALLED_BRAND_DIR = Path(__file__).resolve().parent.parent / "resources" / "brand"

_MODULE_OF = {
    "LogoFormat": "files",
    "BrandLook": "look",
    "look_at_brand": "look",
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
    "INSTALLED_BRAND_DIR",
    "MACHINE_BRAND_FOLDER",
    "Brand",
    "BrandError",
    "BrandLook",
    "BrandPreset",
    "Logo",
    "LogoFormat",
    "OutsideAddress",
    "Support",
    "active_brand",
    "find_brand_dir",
    "load_brand",
    "look_at_brand",
    "machine_config_dir",
]


def machine_config_dir() -> Path:
    """The per-machine config folder (platformdirs' site config folder: /etc/xdg/mailwizard on
    Linux, C:\\ProgramData\\mailwizard on Windows); the catalog's ``providers/`` is in it too."""
    # platformdirs' rule without platformdirs where it is one line (as wizard.i18n's
    # settings_path): every start looks here before the first paint, and importing platformdirs
    # costs ~10 ms on Linux and, loading ctypes to ask Windows, far more under Wine.
    program_data = os.environ.get("PROGRAMDATA") if sys.platform == "win32" else None
    if program_data:
        return Path(program_data) / APP_NAME
    if sys.platform.startswith("linux"):  # the XDG rule: the first of $XDG_CONFIG_DIRS
        dirs = os.environ.get("XDG_CONFIG_DIRS", "")
        dirs = dirs if dirs.strip() else "/etc/xdg"
        return Path(dirs.split(os.pathsep)[0]) / APP_NAME
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def find_brand_dir(
    explicit: Path | str | None = None,
    *,
    config_dir: Path | None = None,
    installed: Path = INSTALLED_BRAND_DIR,
) -> Path | None:
    """The brand folder in use: ``explicit`` (``--brand DIR``) when given, else the brand a
    branded build installed with the program (``installed``), else the ``brand/`` folder in
    the per-machine config folder (``config_dir``, by default ``machine_config_dir()``) when
    there is one, else None (the generic wizard)."""
    if explicit is not None:
        return Path(explicit)
    if installed.is_dir():
        return installed
    folder = (machine_config_dir() if config_dir is None else config_dir) / MACHINE_BRAND_FOLDER
    return folder if folder.is_dir() else None


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
