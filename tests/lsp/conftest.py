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
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

# Slow shared machines: generous, but finite.
TIMEOUT = float(os.environ.get("CODEBERTA_TEST_TIMEOUT", "60"))


def binary() -> str:
    path = os.environ.get("CODEBERTA_LSP_BIN")
    if not path or not os.path.exists(path):
        pytest.fail("CODEBERTA_LSP_BIN is not set: run tests/lsp/run.sh")
    return path


def default_model() -> pathlib.Path:
    """The shipped model (models/default): for tests whose point is what a real
    model says about real text."""
    path = os.environ.get("CODEBERTA_DEFAULT_MODEL")
    if not path or not (pathlib.Path(path) / "model.onnx").is_file():
        pytest.fail("CODEBERTA_DEFAULT_MODEL is not set to models/default: run tests/lsp/run.sh")
    return pathlib.Path(path)


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


class Workspace:
    """The client side of `workspace/configuration` and `client/registerCapability`:
    what the server asked for, and the settings the client answers with."""

    def __init__(self, configuration: Any = None):
        #: The value of the `codeberta` section (None: the client has none).
        self.configuration = configuration
        #: A 1-tuple `(value,)` answers `value` as the whole result (a broken client).
        self.raw_answer: tuple | None = None
        self.pulls: list[list[dict]] = []
        self.registrations: list[dict] = []

    def answer(self, params: types.ConfigurationParams) -> Any:
        items = [{"section": i.section, "scopeUri": i.scope_uri} for i in params.items]
        self.pulls.append(items)
        if self.raw_answer is not None:
            return self.raw_answer[0]
        return [self.configuration if i["section"] == "codeberta" else None for i in items]

    def register(self, params: types.RegistrationParams) -> None:
        for r in params.registrations:
            self.registrations.append(
                {"id": r.id, "method": r.method, "registerOptions": plain(r.register_options)}
            )

    async def wait_pulls(self, n: int, timeout: float = TIMEOUT) -> None:
        async def poll():
            while len(self.pulls) < n:
                await asyncio.sleep(0.02)

        await asyncio.wait_for(poll(), timeout)


def make_client() -> LanguageClient:
    """pytest-lsp's test client, minus its `workspace/configuration` handler:
    `session` installs its own, which records the requests."""
    client = LanguageClient(converter_factory=default_converter)
    features = {k: v for k, v in DEFAULT_CLIENT_FEATURES.items() if k != types.WORKSPACE_CONFIGURATION}
    register_lsp_features(client, features)
    return client


class Session:
    """A started server plus what it sent us."""

    def __init__(self, client: LanguageClient, result: types.InitializeResult, workspace: Workspace):
        self.client = client
        self.result = result
        self.workspace = workspace
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

    def configure(self, settings: Any):
        """workspace/didChangeConfiguration with `settings` (None: the pull
        model's empty notification)."""
        self.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings=settings)
        )

    async def wait_diagnostics(self, uri: str, pred, timeout: float = TIMEOUT) -> list:
        """Waits until the diagnostics published for `uri` satisfy `pred`."""

        async def poll():
            while True:
                diags = self.client.diagnostics.get(uri)
                if diags is not None and pred(list(diags)):
                    return list(diags)
                await asyncio.sleep(0.02)

        return await asyncio.wait_for(poll(), timeout)

    async def code_actions(self, uri: str, only=None, diagnostics=None) -> list[dict]:
        """textDocument/codeAction, answered as raw JSON."""
        self._ids += 1
        msg_id = f"ca-{self._ids}"
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=list(diagnostics or []), only=only),
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
    configuration: Any = None,
    pull: bool | None = None,
):
    """Starts the server. `configuration` is what the client answers for the
    `codeberta` section of `workspace/configuration`; `pull=False` removes the
    client's `workspace.configuration` capability (`None`: as the snapshot)."""
    config = ClientServerConfig(
        server_command=[binary(), "--stdio", "--model", str(model), "--data-dir", str(data)],
        client_factory=make_client,
    )
    lsp = await config.start()
    caps = client_capabilities(client)
    if opt_in:
        caps.experimental = {"codeberta": {"detectedLanguage": True}}
    if pull is not None:
        caps.workspace.configuration = pull
    workspace = Workspace(configuration)
    s = None

    async def detected(params):
        if s is not None:
            await s.on_detected(params)

    lsp.feature("codeberta/detectedLanguage")(detected)

    def answer(params):
        return workspace.answer(params)

    def register(params):
        return workspace.register(params)

    lsp.feature(types.WORKSPACE_CONFIGURATION)(answer)
    lsp.feature(types.CLIENT_REGISTER_CAPABILITY)(register)
    # Tests run on a random model: accept any guess unless told otherwise.
    init = {"confidenceThreshold": 0.0, "debounceMs": 50, "minContentLength": 10}
    init.update(options or {})
    result = await asyncio.wait_for(
        lsp.initialize_session(
            types.InitializeParams(capabilities=caps, initialization_options={"codeberta": init})
        ),
        TIMEOUT,
    )
    s = Session(lsp, result, workspace)
    try:
        yield s
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(lsp.shutdown_session(), TIMEOUT)
        await lsp.stop()
