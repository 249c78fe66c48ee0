"""Start and stop the app's server on 127.0.0.1 for browser tests and benchmarks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
def app_server(extra_env: dict[str, str] | None = None, timeout: float = 60, port: int | None = None) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a loopback port (a free one by default); yields the base URL.

    The server's output goes to a log file (a pipe nobody reads could fill up and stall it).
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
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_until_healthy(base, process, log, timeout)
            yield base
        finally:
            stop(process)
