#!/usr/bin/env python3
"""Start or stop a PostgreSQL server for cesrec sessions (agent checkpoints + the HTTP server's registry).

    python scripts/local_postgres.py start --dir ~/cesrec-pg [--host 127.0.0.1] [--port 5432]
    python scripts/local_postgres.py stop --dir ~/cesrec-pg

`start` initialises DIR on first use, starts the server and prints its DSN on stdout (give it to
`cesrec serve --postgres-dsn` / CESREC_POSTGRES_DSN). Without a password only loopback and the unix socket
in DIR/sock are served, trusted. To serve other machines (`--host 0.0.0.0` or an interface address) set
CESREC_PG_PASSWORD before the first start: the `postgres` role gets that password (SCRAM) and every TCP
client, loopback included, must give it (PGPASSWORD, or `password=` in the DSN); the socket stays trusted.

Binaries, first found: $CESREC_PG_BIN, the `pgserver` wheel from PyPI (in the `dev` extra; PostgreSQL 16),
`initdb` on PATH, /usr/lib/postgresql/*/bin (Debian's `postgresql`). PostgreSQL refuses to run as root, so
as root the server runs as CESREC_PG_USER, else the `postgres` user when it exists, else `nobody`. Exit status 3: no binaries.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import ipaddress
import os
import pwd
import shutil
import stat
import subprocess
import sys
from pathlib import Path

NO_BINARIES = 3


class PgError(Exception):
    pass


class NoBinaries(PgError):
    pass


def find_bin_dir() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres."""
    env = os.environ.get("CESREC_PG_BIN")
    candidates: list[Path] = [Path(env)] if env else []
    spec = importlib.util.find_spec("pgserver")  # located, not imported: only its bundled binaries are used
    if spec is not None and spec.submodule_search_locations:
        candidates.append(Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin")
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for c in candidates:
        if all((c / b).is_file() for b in ("initdb", "pg_ctl", "postgres")):
            return c
    return None


def _server_user() -> pwd.struct_passwd | None:
    """None when not root; else the unprivileged account the server runs as."""
    if os.geteuid() != 0:
        return None
    wanted = os.environ.get("CESREC_PG_USER")
    for name in [wanted] if wanted else ["postgres", "nobody"]:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PgError(f"running as root and no user {wanted or '`postgres` or `nobody`'} to run the server as")


def _reachable_by_others(path: Path) -> bool:
    """Every ancestor directory searchable and the path itself readable+executable by any user."""
    path = path.resolve()
    for p in [path, *path.parents]:
        mode = os.stat(p).st_mode
        need = stat.S_IXOTH | (stat.S_IROTH if p == path else 0)
        if mode & need != need:
            return False
    return True


def _copy_install(bin_dir: Path, dest: Path) -> Path:
    """Copy the installation (bin/, lib/, share/) where the server user can read it. A wheel's binaries find
    their bundled libraries by a relative rpath (`pgserver/pginstall/bin` -> `pgserver.libs` three levels
    up), so the copy keeps that layout."""
    install, package = bin_dir.parent, bin_dir.parent.parent
    target = dest / package.name / install.name
    if not target.exists():
        shutil.copytree(install, target, symlinks=True)
        libs = package.parent / f"{package.name}.libs"
        if libs.is_dir():
            shutil.copytree(libs, dest / libs.name, symlinks=True)
    for p in [dest, *dest.rglob("*")]:  # the server user must read what root copied
        p.chmod(p.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if p.is_dir() or p.stat().st_mode & stat.S_IXUSR else 0))
    return target / "bin"


def _run(cmd: list[str], user: pwd.struct_passwd | None, home: Path, timeout: float = 120) -> str:
    kw: dict = {}
    env = dict(os.environ)
    if user is not None:
        kw = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        env["HOME"] = str(home)
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, **kw)
    if r.returncode != 0:
        raise PgError(f"{Path(cmd[0]).name} failed: {(r.stderr or r.stdout).strip()[-600:]}")
    return r.stdout


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def start(directory: Path, host: str, port: int) -> str:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise NoBinaries("no PostgreSQL server binaries found: pip install pgserver (the `dev` extra), "
                                "apt install postgresql, or set CESREC_PG_BIN")
    password = os.environ.get("CESREC_PG_PASSWORD")
    if not _is_loopback(host) and not password:
        raise PgError(f"--host {host} serves other machines: set CESREC_PG_PASSWORD first (loopback needs none)")
    user = _server_user()
    directory = directory.expanduser().resolve()
    directory.mkdir(parents=True, exist_ok=True)
    data, sock = directory / "data", directory / "sock"
    sock.mkdir(exist_ok=True)
    if user is not None:
        for p in directory.parents:
            if os.stat(p).st_mode & stat.S_IXOTH == 0:
                raise PgError(f"{directory}: the server runs as {user.pw_name!r}, which cannot enter {p}; "
                              "use a directory under /tmp, /srv or /var/lib")
        if not _reachable_by_others(bin_dir / "postgres"):  # e.g. a venv under a private home: copy it out
            bin_dir = _copy_install(bin_dir, directory / "pgcopy")
        for p in (directory, sock):
            os.chown(p, user.pw_uid, user.pw_gid)
    if (data / "PG_VERSION").exists() and not _is_loopback(host) \
            and "host all all all scram-sha-256" not in (data / "pg_hba.conf").read_text():
        raise PgError(f"{directory} was initialised without CESREC_PG_PASSWORD, for loopback only; "
                      "to serve other machines start a new --dir with the password set")
    if not (data / "PG_VERSION").exists():
        cmd = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8", "--locale=C",
               "--auth-local=trust"]
        pwfile = directory / ".pwfile"
        if password:
            pwfile.write_text(password + "\n")
            os.chmod(pwfile, 0o600)
            if user is not None:
                os.chown(pwfile, user.pw_uid, user.pw_gid)
            cmd += ["--auth-host=scram-sha-256", f"--pwfile={pwfile}"]
        else:
            cmd += ["--auth-host=trust"]
        try:
            _run(cmd, user, directory)
        finally:
            pwfile.unlink(missing_ok=True)
        if password:  # initdb only lists loopback; other machines get the same password rule
            with open(data / "pg_hba.conf", "a") as hba:
                hba.write("host all all all scram-sha-256\n")
    opts = f"-c listen_addresses='{host}' -p {port} -k {sock}"
    status = subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "status"], capture_output=True, text=True,
                            **({"user": user.pw_uid} if user else {}))
    if status.returncode != 0:  # not running yet
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(directory / "server.log"), "-w",
              "-t", "60", "start"], user, directory)
    shown = f"[{host}]" if ":" in host else host
    return f"postgresql://postgres@{'127.0.0.1' if host in ('0.0.0.0', '*') else shown}:{port}/postgres"


def stop(directory: Path) -> None:
    directory = directory.expanduser().resolve()
    data = directory / "data"
    if not (data / "PG_VERSION").exists():
        raise PgError(f"{directory}: no PostgreSQL data directory here")
    copies = sorted((directory / "pgcopy").glob("*/*/bin"))
    bin_dir = copies[0] if copies else find_bin_dir()
    if bin_dir is None:
        raise NoBinaries("no PostgreSQL server binaries found (see --help)")
    owner = os.stat(data).st_uid
    user = pwd.getpwuid(owner) if os.geteuid() == 0 and owner != 0 else None
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], user, directory)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start", help="initialise (first time) and start; prints the DSN")
    s.add_argument("--dir", type=Path, required=True, help="data + socket + log directory")
    s.add_argument("--host", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=5432)
    t = sub.add_parser("stop", help="stop the server started in --dir")
    t.add_argument("--dir", type=Path, required=True)
    args = ap.parse_args(argv)
    try:
        if args.cmd == "start":
            print(start(args.dir, args.host, args.port))
        else:
            stop(args.dir)
    except NoBinaries as e:
        print(f"local_postgres: {e}", file=sys.stderr)
        return NO_BINARIES
    except (PgError, OSError, subprocess.TimeoutExpired) as e:
        print(f"local_postgres: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
