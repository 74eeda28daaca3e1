"""A real PostgreSQL server for the test session, started in a temporary directory and stopped at the end.

PostgreSQL refuses to run as root, and CI runs as root: ``initdb`` and
``pg_ctl`` run as the ``postgres`` system user (``runuser -u postgres --``)
in a directory that user owns, with ``-A trust``, listening on 127.0.0.1 at a
free port, its socket inside that directory. Where the server binaries are
missing, ``find_binaries`` says so in one line (``.ci/run`` installs them).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

NOT_INSTALLED = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"


def find_binaries() -> tuple[Path | None, str]:
    """(the directory with initdb and pg_ctl, "") or (None, why not)."""
    candidates = [os.path.dirname(p) for p in (shutil.which("initdb"), shutil.which("pg_ctl")) if p]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for directory in candidates:
        if os.access(os.path.join(directory, "initdb"), os.X_OK) and os.access(os.path.join(directory, "pg_ctl"), os.X_OK):
            break
    else:
        return None, NOT_INSTALLED
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return None, "running as root without runuser: cannot start PostgreSQL as the postgres user"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return None, "no postgres system user to run PostgreSQL as (apt-get install postgresql creates it)"
    return Path(directory), ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """``server = PostgresServer(bin_dir).start()``; ``server.url(database)``; ``server.stop()``."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="cyberbot-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *command: str, timeout: float = 120) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:2])} failed: {result.stdout[-1000:]}{result.stderr[-1000:]}")

    def start(self) -> PostgresServer:
        if self.as_root:
            import pwd

            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        os.chmod(self.root, 0o700)
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} -c fsync=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", timeout=60)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
