"""Helpers: start the real codeberta-lsp binary with a pytest-lsp client."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pathlib
import shutil
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

# Slow shared machines: generous, but finite.
TIMEOUT = float(os.environ.get("CODEBERTA_TEST_TIMEOUT", "60"))


def binary() -> str:
    path = os.environ.get("CODEBERTA_LSP_BIN")
    if not path or not os.path.exists(path):
        pytest.fail("CODEBERTA_LSP_BIN is not set: run tests/lsp/run.sh")
    return path


def bundle() -> str:
    path = os.environ.get("CODEBERTA_TEST_BUNDLE")
    if not path or not os.path.isdir(path):
        pytest.fail("CODEBERTA_TEST_BUNDLE is not set: run tests/lsp/run.sh")
    return path


@pytest.fixture
def model_dir(tmp_path: pathlib.Path) -> pathlib.Path:
    """A private copy of the test bundle, so tests may damage it."""
    dest = tmp_path / "model"
    shutil.copytree(bundle(), dest)
    return dest


@pytest.fixture
def data_dir(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path / "data"


def plain(obj: Any) -> Any:
    """pygls hands unknown JSON to us as namedtuples; tests want dicts."""
    if hasattr(obj, "_asdict"):
        return {k: plain(v) for k, v in obj._asdict().items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    return obj


class Session:
    """A started server plus what it sent us."""

    def __init__(self, client: LanguageClient, result: types.InitializeResult):
        self.client = client
        self.result = result
        self.detected: list[dict[str, Any]] = []
        self._detected_cond = asyncio.Condition()
        # Raw results by request id: pygls structures a CodeAction literal as
        # a Command (the union is ambiguous to it) and drops `kind`.
        self.raw_results: dict[Any, Any] = {}
        proto = client.protocol
        structure = proto.structure_message

        def keep_raw(data):
            if isinstance(data, dict) and "jsonrpc" in data and "result" in data:
                self.raw_results[data.get("id")] = data["result"]
            return structure(data)

        proto.structure_message = keep_raw
        self._ids = 0

    async def on_detected(self, params: Any) -> None:
        async with self._detected_cond:
            self.detected.append(plain(params))
            self._detected_cond.notify_all()

    async def wait_detected(self, pred=lambda p: True, timeout: float = TIMEOUT) -> dict:
        async def find():
            async with self._detected_cond:
                while True:
                    for p in self.detected:
                        if pred(p):
                            return p
                    await self._detected_cond.wait()

        return await asyncio.wait_for(find(), timeout)

    async def wait_log(self, needle: str, timeout: float = TIMEOUT) -> str:
        """Waits for a window/logMessage containing `needle`."""

        async def find():
            seen = 0
            while True:
                msgs = self.client.log_messages
                for m in msgs[seen:]:
                    if needle in m.message:
                        return m.message
                seen = len(msgs)
                await self.client.wait_for_notification(types.WINDOW_LOG_MESSAGE)

        return await asyncio.wait_for(find(), timeout)

    def open(self, uri: str, text: str, language_id: str = "plaintext", version: int = 1):
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)
            )
        )

    def change(self, uri: str, text: str, version: int):
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    def close(self, uri: str):
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri))
        )

    async def classify(self, **params) -> dict:
        resp = await asyncio.wait_for(
            self.client.protocol.send_request_async("codeberta/classify", params), TIMEOUT
        )
        return plain(resp)

    async def code_actions(self, uri: str, only=None) -> list[dict]:
        """textDocument/codeAction, answered as raw JSON."""
        self._ids += 1
        msg_id = f"ca-{self._ids}"
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
        await asyncio.wait_for(
            self.client.protocol.send_request_async("textDocument/codeAction", params, msg_id=msg_id),
            TIMEOUT,
        )
        return self.raw_results.pop(msg_id) or []

    async def command(self, command: str, *args) -> Any:
        return plain(
            await asyncio.wait_for(
                self.client.workspace_execute_command_async(
                    types.ExecuteCommandParams(command=command, arguments=list(args))
                ),
                TIMEOUT,
            )
        )


@contextlib.asynccontextmanager
async def session(
    model: pathlib.Path,
    data: pathlib.Path,
    client: str = "visual-studio-code",
    options: dict | None = None,
    opt_in: bool = True,
):
    config = ClientServerConfig(
        server_command=[binary(), "--stdio", "--model", str(model), "--data-dir", str(data)]
    )
    lsp = await config.start()
    caps = client_capabilities(client)
    if opt_in:
        caps.experimental = {"codeberta": {"detectedLanguage": True}}
    s = None

    async def detected(params):
        if s is not None:
            await s.on_detected(params)

    lsp.feature("codeberta/detectedLanguage")(detected)
    # Tests run on a random model: accept any guess unless told otherwise.
    init = {"confidenceThreshold": 0.0, "debounceMs": 50, "minContentLength": 10}
    init.update(options or {})
    result = await asyncio.wait_for(
        lsp.initialize_session(
            types.InitializeParams(capabilities=caps, initialization_options={"codeberta": init})
        ),
        TIMEOUT,
    )
    s = Session(lsp, result)
    try:
        yield s
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(lsp.shutdown_session(), TIMEOUT)
        await lsp.stop()
