"""What a knowledge cache is keyed and stamped with: the checks that decide whether a cache may be read and trusted.

    key = key_in_background(path)    # SHA-256 of the format, Python, the cached code, the file and its seeds (in a thread)
    header(key(), path)              # the cache file's first line
    stamp(path)                      # the part of it checked before reading: files' sizes and times only

The stamp only skips a cache that cannot match (another version of cyberbot, an edited file) without reading it;
the key alone makes a cache trusted.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path

FORMAT = b"cyberbot-knowledge-cache 5"
_PACKAGE = Path(__file__).resolve().parent
#: The code whose objects or behaviour the cache holds: any change to it makes every cache stale.
_CACHED_CODE = ("knowledge", "answering", "digests/content.py", "reply.py", "knowledge_cache.py", "cache_format.py", "cache_keys.py")


def key(path: str) -> bytes:
    """SHA-256 over the format, Python's version, the cached code, the file and every seed file."""
    digest = sha256(FORMAT + code_digest() + os.path.abspath(path).encode())
    seeds = Path(os.path.dirname(path) or ".").parent / "seeds"
    _hash_files(digest, [Path(path), *(sorted(seeds.iterdir()) if seeds.is_dir() else [])])
    return digest.hexdigest().encode()


@functools.cache
def code_digest() -> bytes:
    """SHA-256 of Python's version and the cached code (a few hundred kilobytes: milliseconds)."""
    digest = sha256(sys.version.encode())
    _hash_files(digest, _cached_code_files())
    return digest.hexdigest().encode()


@functools.cache
def code_stamp() -> bytes:
    """SHA-256 of Python's version and each cached code file's name, size and modification time: what the header is
    checked against before reading (a few stat calls; the content's digest is worked out beside the reading, in ``_key``)."""
    digest = sha256(sys.version.encode())
    for file in _cached_code_files():
        try:
            status = file.stat()
        except OSError:
            digest.update(b"%s unreadable\0" % file.name.encode())
        else:
            digest.update(b"%s %d %d\0" % (file.name.encode(), status.st_size, status.st_mtime_ns))
    return digest.hexdigest().encode()


@functools.cache
def _cached_code_files() -> tuple[Path, ...]:
    return tuple(p for part in _CACHED_CODE for p in sorted((_PACKAGE / part).rglob("*.py")) or [_PACKAGE / part])


def _hash_files(digest, files: list[Path]) -> None:
    """Each file's name and SHA-256, read through one small buffer (no copy of a 36 MB file to hash it)."""
    import hashlib

    for file in files:
        digest.update(file.name.encode() + b"\0")
        try:
            with file.open("rb") as handle:
                digest.update(hashlib.file_digest(handle, "sha256").digest())
        except OSError:
            digest.update(b"unreadable")


def key_in_background(path: str) -> Callable[[], bytes]:
    """``key(path)``, computed in a thread while the cache is read (hashing and reading files release the GIL)."""
    import threading

    found: list[bytes] = []
    thread = threading.Thread(target=lambda: found.append(key(path)), name="knowledge-cache-key", daemon=True)
    thread.start()

    def worked_out() -> bytes:
        thread.join()
        return found[0] if found else key(path)

    return functools.cache(worked_out)


def header(key: bytes, path: str) -> bytes:
    return FORMAT + b" " + key + b" " + stamp(path) + b"\n"


def stamp(path: str) -> bytes:
    """What is checked before reading a cache: the cached code's files and the knowledge file, each by size and modification time."""
    try:
        status = os.stat(path)
    except OSError:
        return b"-"
    return b"%s-%d-%d" % (code_stamp()[:16], status.st_size, status.st_mtime_ns)


def sha256(data: bytes = b""):
    """``hashlib.sha256``, imported on first use: OpenSSL takes milliseconds to load, and the shipped file never needs it."""
    import hashlib

    return hashlib.sha256(data)
