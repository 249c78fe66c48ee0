"""``make serve``: several copies (replicas) of the app behind Debian's nginx, in the foreground.

Starts REPLICAS Streamlit processes on free loopback ports, fills in the nginx template
(``deploy/nginx/vitd.conf.template``) for them and starts nginx on PORT in front. Every replica
gets the same ``server.cookieSecret`` (from ``STREAMLIT_SERVER_COOKIE_SECRET``, or made for
this run). A replica that stops is started again. Ctrl-C or SIGTERM stops every process
started here; children also stop if this script is killed outright (Linux).

    python -m deploy.serve --replicas 2 --port 8080
    python -m deploy.serve --app other_page.py     # front any Streamlit script (benchmarks)
"""

from __future__ import annotations

import argparse
import ctypes
import os
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "vitd.conf.template"
NGINX = Path(os.environ.get("VITD_NGINX", shutil.which("nginx") or "/usr/sbin/nginx"))
WORKER_USER = "www-data"
INSTALL_NGINX = "sudo apt-get install -y nginx"
COOKIE_SECRET_ENV = "STREAMLIT_SERVER_COOKIE_SECRET"
MAX_REPLICAS = 16
HEALTH_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 10.0
PLACEHOLDERS = frozenset({"VITD_LISTEN", "VITD_UPSTREAM_SERVERS", "VITD_COMPRESS_LISTEN", "VITD_CACHE_DIR"})
"""What the template needs filled in; deploy/compose.yaml gives the same names to nginx's image."""


class Stop(Exception):
    """Raised in the main loop when a stop signal arrives."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def is_healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def render(template: str, values: dict[str, str]) -> str:
    """The template with its ``${VITD_...}`` placeholders filled in; nginx's own ``$names`` stay."""
    text = string.Template(template).safe_substitute(values)
    left = sorted({m.group("braced") for m in string.Template.pattern.finditer(text)} & PLACEHOLDERS)
    if left:
        raise ValueError(f"no value for {', '.join(left)}")
    return text


def upstream_servers(addresses: list[str]) -> str:
    """The replica list: a replica that fails is left alone for 5 s, then tried again."""
    return "\n    ".join(f"server {address} max_fails=1 fail_timeout=5s;" for address in addresses)


def site_config(listen: str, replicas: list[str], compress_listen: str, cache_dir: Path) -> str:
    return render(
        TEMPLATE.read_text(encoding="utf-8"),
        {
            "VITD_LISTEN": listen,
            "VITD_UPSTREAM_SERVERS": upstream_servers(replicas),
            "VITD_COMPRESS_LISTEN": compress_listen,
            "VITD_CACHE_DIR": str(cache_dir),
        },
    )


def main_config(run_dir: Path, site: Path) -> str:
    """nginx's process settings for a run in the foreground, every file of it in ``run_dir``."""
    temp = run_dir / "temp"
    lines = [
        # Started as root, nginx hands its workers to an unprivileged user.
        f"user {WORKER_USER};" if os.geteuid() == 0 else "",
        "daemon off;",
        "worker_processes 1;",
        "worker_rlimit_nofile 8192;",
        f"pid {run_dir / 'nginx.pid'};",
        "error_log stderr warn;",
        "events { worker_connections 4096; }",
        "http {",
        "    default_type application/octet-stream;",
        "    sendfile on;",
        *(f"    {kind}_temp_path {temp / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")),
        f"    include {site};",
        "}",
    ]
    return "\n".join(line for line in lines if line) + "\n"


def _die_with_parent() -> None:
    """In a child before it starts: stop when this script ends, even if it is killed outright."""
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Replica:
    """One Streamlit process on a private loopback port."""

    script: Path
    env: dict[str, str]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(self.script),
            "--server.address=127.0.0.1",
            f"--server.port={self.port}",
            "--server.headless=true",
        ]
        # Streamlit's start-up banner (stdout) would list every private port; its log (stderr) stays.
        self.process = subprocess.Popen(
            command,
            cwd=self.script.parent,
            env=self.env,
            stdout=subprocess.DEVNULL,
            process_group=0,  # Ctrl-C reaches this script, which stops the children in order
            preexec_fn=_die_with_parent,
        )


def wait_healthy(replicas: list[Replica], timeout: float = HEALTH_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    for replica in replicas:
        while not is_healthy(f"http://{replica.address}"):
            if replica.process is None or replica.process.poll() is not None:
                raise RuntimeError(f"the app on {replica.address} stopped while starting")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the app on {replica.address} did not answer /_stcore/health in {timeout:.0f} s")
            time.sleep(0.2)


def stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _stop_on_signal(signum: int, _frame: object) -> None:
    raise Stop(signal.Signals(signum).name)


def serve(args: argparse.Namespace) -> int:
    if not NGINX.exists():
        print(f"make serve needs Debian's nginx. Run: {INSTALL_NGINX}", file=sys.stderr)
        return 1
    secret = os.environ.get(COOKIE_SECRET_ENV) or secrets.token_urlsafe(32)
    env = {**os.environ, COOKIE_SECRET_ENV: secret}
    replicas = [Replica(args.app.resolve(), env) for _ in range(args.replicas)]
    nginx: subprocess.Popen[bytes] | None = None
    front = f"http://127.0.0.1:{args.port}"
    for sig in (signal.SIGTERM, signal.SIGHUP):  # end the run like Ctrl-C does
        signal.signal(sig, _stop_on_signal)
    with tempfile.TemporaryDirectory(prefix="vitd-serve-") as tmp:
        run_dir = Path(tmp)
        run_dir.chmod(0o711)  # nginx's workers (another user under root) reach their folders inside
        try:
            for replica in replicas:
                replica.start()
            wait_healthy(replicas)
            site = run_dir / "vitd.conf"
            site.write_text(
                site_config(
                    f"{args.address}:{args.port}",
                    [r.address for r in replicas],
                    f"127.0.0.1:{free_port()}",
                    run_dir / "static-cache",
                ),
                encoding="utf-8",
            )
            conf = run_dir / "nginx.conf"
            conf.write_text(main_config(run_dir, site), encoding="utf-8")
            (run_dir / "temp").mkdir()
            nginx = subprocess.Popen(
                [str(NGINX), "-p", str(run_dir), "-c", str(conf), "-e", "stderr"],
                process_group=0,
                preexec_fn=_die_with_parent,
            )
            while not is_healthy(front):
                if nginx.poll() is not None:
                    raise RuntimeError(f"nginx stopped while starting (is port {args.port} free?)")
                time.sleep(0.1)
            shown = "localhost" if args.address in ("0.0.0.0", "::", "127.0.0.1") else args.address
            print(
                f"Vitamin D Explorer: http://{shown}:{args.port} (nginx in front of {len(replicas)} replicas)."
                " Press Ctrl-C to stop.",
                flush=True,
            )
            while nginx.poll() is None:
                for replica in replicas:
                    if replica.process is not None and replica.process.poll() is not None:
                        print(f"The app on {replica.address} stopped; starting it again.", file=sys.stderr, flush=True)
                        replica.start()
                time.sleep(1)
            print("nginx stopped; stopping the app.", file=sys.stderr)
            return 1
        except (KeyboardInterrupt, Stop):
            print("Stopping.", flush=True)
            return 0
        except RuntimeError as exc:
            print(f"make serve: {exc}", file=sys.stderr)
            return 1
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                signal.signal(sig, signal.SIG_IGN)  # a second Ctrl-C must not cut the stopping short
            stop(nginx)
            for replica in replicas:
                stop(replica.process)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m deploy.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=2, help="app processes (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="the front's port (default: %(default)s)")
    parser.add_argument(
        "--address", default="0.0.0.0", help="the front's address; 127.0.0.1 for this computer only (default: all)"
    )
    parser.add_argument("--app", type=Path, default=ROOT / "app.py", help="the Streamlit script (default: app.py)")
    args = parser.parse_args(argv)
    if not 1 <= args.replicas <= MAX_REPLICAS:
        parser.error(f"--replicas must be 1..{MAX_REPLICAS}")
    if not 1 <= args.port <= 65535:
        parser.error("--port must be 1..65535")
    if not args.app.is_file():
        parser.error(f"--app: no such file {args.app}")
    return args


if __name__ == "__main__":
    sys.exit(serve(parse_args()))
