"""`scrutiny serve` as a person runs it: a real process, a real port, then stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from scrutiny.store.database import create_db_engine, init_db


def test_serve_command_answers_with_editing_on_loopback(tmp_path: Path) -> None:
    import socket

    url = f"sqlite:///{tmp_path / 'served.db'}"
    engine = create_db_engine(url)
    init_db(engine)
    engine.dispose()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    scrutiny = Path(sys.executable).parent / "scrutiny"
    process = subprocess.Popen(
        [str(scrutiny), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", url],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ},
    )
    try:
        body = None
        for _ in range(300):  # bounded wait for the server to listen (~30 s)
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/dashboard.json", timeout=1).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert body is not None, "scrutiny serve did not answer"
        assert body["counts"]["papers"] == 0
        upload = httpx.get(f"http://127.0.0.1:{port}/upload").text
        assert "read-only" not in upload  # loopback: editing on
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=30)[0].decode()
    assert f"http://127.0.0.1:{port}/" in output and "editing on" in output
