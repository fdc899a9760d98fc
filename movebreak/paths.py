"""Where movebreak keeps its config, data, cache and logs, and where its bundled assets are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from movebreak import APP_NAME
from movebreak._sha1 import sha1_hex


def config_dir() -> Path:
    override = os.environ.get("MOVEBREAK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def config_file() -> Path:
    return config_dir() / "config.toml"


def data_dir() -> Path:
    override = os.environ.get("MOVEBREAK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def journal_file() -> Path:
    return data_dir() / "journal.sqlite3"


def user_exercises_dir() -> Path:
    return data_dir() / "exercises"


def cache_dir() -> Path:
    override = os.environ.get("MOVEBREAK_DATA_DIR")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME))


def log_dir() -> Path:
    override = os.environ.get("MOVEBREAK_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME))


def runtime_socket_name() -> str:
    """Name of the single-instance local socket; unique per user and per config dir."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else os.environ.get('USERNAME', '')}:{config_dir()}"
    return f"{APP_NAME}-{sha1_hex(key.encode())[:12]}"


def assets_dir() -> Path:
    """The bundled assets: frozen (PyInstaller), installed (movebreak/assets) or source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "movebreak" / "assets"
    installed = Path(__file__).resolve().parent / "assets"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
