"""Hostile input: malformed JSON-RPC, unknown methods, huge and binary
documents, edit storms, and model files that vanish or rot while serving."""

import asyncio
import json
import os
import subprocess

import pytest
from lsprotocol import types

from conftest import TIMEOUT, binary, session

PY = "import os\n\ndef main(argv):\n    for a in argv:\n        print(os.path.basename(a))\n"


def frame(obj_or_bytes) -> bytes:
    body = obj_or_bytes if isinstance(obj_or_bytes, bytes) else json.dumps(obj_or_bytes).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream) -> dict:
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise EOFError("server closed stdout")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))


def read_response(stream, id_) -> dict:
    while True:
        msg = read_message(stream)
        if msg.get("id") == id_ and "method" not in msg:
            return msg


def test_malformed_json_rpc_and_unknown_methods(model_dir, data_dir):
    proc = subprocess.Popen(
        [binary(), "--stdio", "--model", str(model_dir), "--data-dir", str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        w = proc.stdin
        w.write(frame(b"{this is not json"))
        w.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
        w.flush()
        init = read_response(proc.stdout, 1)
        assert "capabilities" in init["result"], init
        w.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        w.write(frame({"jsonrpc": "2.0", "id": 2, "method": "no/suchMethod", "params": {}}))
        w.write(frame({"jsonrpc": "2.0", "method": "no/suchNotification", "params": {}}))
        w.write(frame({"jsonrpc": "2.0", "id": 3, "method": "codeberta/classify", "params": {"text": 5}}))
        w.write(frame({"jsonrpc": "2.0", "id": 4, "method": "textDocument/didOpen", "params": "nonsense"}))
        w.write(frame([1, 2, 3]))
        w.write(frame({"jsonrpc": "2.0", "id": 5, "method": "codeberta/classify", "params": {"text": PY}}))
        w.flush()
        assert read_response(proc.stdout, 2)["error"]["code"] == -32601
        assert read_response(proc.stdout, 3)["error"]["code"] == -32602
        ok = read_response(proc.stdout, 5)
        assert ok["result"]["guesses"], ok
        w.write(frame({"jsonrpc": "2.0", "id": 6, "method": "shutdown"}))
        w.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        w.flush()
        read_response(proc.stdout, 6)
        assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


async def test_huge_and_binary_documents(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        big = (PY * (50 * 1024 * 1024 // len(PY) + 1))[: 50 * 1024 * 1024]
        s.open("untitled:big", big)
        r = await s.classify(textDocument={"uri": "untitled:big"})
        assert r["guesses"]
        await s.wait_detected(lambda p: p["uri"] == "untitled:big")
        s.open("untitled:bin", "\x00\x7fELF\x02\x01\x01" + "\x00" * 1000)
        r = await s.classify(textDocument={"uri": "untitled:bin"})
        assert r == {"guesses": [], "reason": "binary", "version": 1}
        s.open("untitled:latin", "caf\ufffd na\ufffdve " * 50)
        r = await s.classify(textDocument={"uri": "untitled:latin"})
        assert r["guesses"]


async def test_a_thousand_changes_in_a_second(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        uri = "untitled:storm"
        s.open(uri, "x")
        for v in range(2, 1002):
            s.change(uri, PY + "# " + "y" * (v % 50) + "\n", v)
        final = await s.wait_detected(lambda p: p["uri"] == uri)
        assert final["version"] <= 1001
        r = await s.classify(textDocument={"uri": uri})
        assert r["version"] == 1001
        # Debounced: nowhere near one classification per edit.
        assert len(s.detected) <= 3


async def test_model_deleted_or_corrupted_while_running(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        before = await s.classify(text=PY)
        onnx = model_dir / "model.onnx"
        onnx.write_bytes(b"\x08\x07 this is not an onnx graph")
        await s.wait_log("still serving the last good model")
        assert await s.classify(text=PY) == before
        onnx.unlink()
        assert await s.classify(text=PY) == before
        s.open("untitled:after", PY)
        await s.wait_detected(lambda p: p["uri"] == "untitled:after")
