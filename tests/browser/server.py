"""Start and stop the app's server on 127.0.0.1 for browser tests and benchmarks: alone, or as
``make serve`` (replicas behind nginx)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
NGINX = Path(os.environ.get("VITD_NGINX", "/usr/sbin/nginx"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Wait for ``/_stcore/health`` to answer; fail with the server's log if it exits or times out."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log.read_text(errors='replace')[-4000:]}")
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"the server at {base_url} did not become healthy in {timeout:.0f} s")
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server: politely first, then for good after 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def app_server(
    extra_env: dict[str, str] | None = None, timeout: float = 60, port: int | None = None, output: Path | None = None
) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a loopback port (a free one by default); yields the base URL.

    The server's standard output and error go to ``stdout.log`` and ``stderr.log`` (a pipe nobody
    reads could fill up and stall it): in ``output`` when given, so a test can read them after
    the server has stopped, else in a temporary folder.
    """
    port = port or free_port()
    env = {**os.environ, **(extra_env or {})}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
    ]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="vitd-server-") as tmp:
        folder = output or Path(tmp)
        stdout, stderr = folder / "stdout.log", folder / "stderr.log"
        with stdout.open("wb") as out, stderr.open("wb") as err:
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err)
        try:
            wait_until_healthy(base, process, stderr, timeout)
            yield base
        finally:
            stop(process)


@dataclass
class Front:
    """A running ``make serve``: the front's URL and the processes behind it."""

    base_url: str
    make: subprocess.Popen[bytes]
    """``make``, or the serve script itself when started directly."""
    log: Path

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def processes(self) -> list[psutil.Process]:
        """Every process ``make serve`` started and that is still running."""
        return psutil.Process(self.make.pid).children(recursive=True)

    def replicas(self) -> dict[int, psutil.Process]:
        """The app replicas by their loopback port."""
        return replicas_behind(self.port)

    def stop(self) -> None:
        """What a terminal's Ctrl-C or a service manager's SIGTERM does: a signal to ``make``."""
        if self.make.poll() is None:
            self.make.send_signal(signal.SIGTERM)
            try:
                self.make.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.make.pid, signal.SIGKILL)
                self.make.wait()


def replicas_behind(port: int) -> dict[int, psutil.Process]:
    """The app replicas of the ``make serve`` whose front listens on ``port``, by their own port.

    The front's nginx is a child of the serve script; the replicas are its other children.
    """
    listeners = [
        c.pid for c in psutil.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN and c.laddr.port == port
    ]
    for pid in filter(None, listeners):
        for ancestor in psutil.Process(pid).parents():
            if "deploy.serve" in " ".join(ancestor.cmdline()):
                replicas = {}
                for child in ancestor.children():
                    ports = [c.laddr.port for c in child.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN]
                    if "streamlit" in " ".join(child.cmdline()) and ports:
                        replicas[ports[0]] = child
                return replicas
    raise LookupError(f"no make serve front found on port {port}")


@contextmanager
def front_server(replicas: int = 2, app: Path | None = None, timeout: float = 90) -> Iterator[Front]:
    """Run ``make serve REPLICAS=N`` with its front on a free loopback port; stopped afterwards.

    With ``app`` (another Streamlit script, for benchmarks) the serve script is run directly.
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    if app is None:
        command = ["make", "--no-print-directory", "serve", f"REPLICAS={replicas}", f"PORT={port}", "ADDRESS=127.0.0.1"]
    else:
        command = [sys.executable, "-m", "deploy.serve", f"--replicas={replicas}", f"--port={port}"]
        command += ["--address=127.0.0.1", f"--app={app}"]
    with tempfile.TemporaryDirectory(prefix="vitd-front-") as tmp:
        log = Path(tmp) / "serve.log"
        with log.open("wb") as out:
            # A session of its own, like a terminal's: signals reach it only when the test sends them.
            make = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        front = Front(base, make, log)
        try:
            wait_until_healthy(base, make, log, timeout)
            yield front
        finally:
            front.stop()
