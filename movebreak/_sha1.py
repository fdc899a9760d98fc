"""SHA-1 hex digests without mapping OpenSSL.

`hashlib` loads OpenSSL's libcrypto (about 3.4 MiB resident) even for SHA-1, which CPython
also builds in as `_sha1`. movebreak hashes only short keys (slot ids, cache names, the socket
name), so the built-in module does; the digests are the same either way."""

from __future__ import annotations

try:
    from _sha1 import sha1 as _sha1
except ImportError:  # an interpreter built without it
    from hashlib import sha1 as _sha1


def sha1_hex(data: bytes) -> str:
    digest: str = _sha1(data).hexdigest()
    return digest
