"""movebreak._sha1 uses CPython's built-in `_sha1` (no OpenSSL mapped) and falls back to
hashlib when an interpreter lacks it; the digests are the same either way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ABC = "a9993e364706816aba3e25717850c26c9cd0d89d"  # FIPS 180-2's example: SHA-1("abc")


def _digest_and_openssl(block_builtin: bool) -> tuple[str, bool]:
    """sha1_hex(b"abc") in a fresh interpreter, and whether OpenSSL's hashlib got loaded."""
    # A None entry in sys.modules makes `import _sha1` raise ImportError, as on an
    # interpreter built without the module (Python's documented way to block an import).
    block = "sys.modules['_sha1'] = None; " if block_builtin else ""
    code = (
        f"import sys; {block}from movebreak._sha1 import sha1_hex; print(sha1_hex(b'abc'), '_hashlib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True, cwd=ROOT
    ).stdout.split()
    return out[0], out[1] == "True"


def test_the_built_in_module_hashes_without_openssl() -> None:
    assert _digest_and_openssl(block_builtin=False) == (ABC, False)


def test_without_the_built_in_module_hashlib_gives_the_same_digest() -> None:
    assert _digest_and_openssl(block_builtin=True) == (ABC, True)
