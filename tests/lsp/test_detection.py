"""Detection, suggestions, code actions, hover and settings over stdio."""

import asyncio

import pytest
from lsprotocol import types

from conftest import TIMEOUT, session

PY = "import os\n\ndef main(argv):\n    for a in argv:\n        print(os.path.basename(a))\n    return 0\n"
QUIET = 1.0  # how long to listen for a notification that must not come


@pytest.mark.parametrize("client", ["visual-studio-code", "neovim"])
async def test_capabilities_follow_the_contract(model_dir, data_dir, client):
    async with session(model_dir, data_dir, client=client) as s:
        caps = s.result.capabilities
        sync = caps.text_document_sync
        assert sync.open_close is True
        assert sync.change == types.TextDocumentSyncKind.Full
        assert caps.hover_provider is True
        assert "source.codeberta.setLanguage" in caps.code_action_provider.code_action_kinds
        assert list(caps.execute_command_provider.commands) == [
            "codeberta.retrain",
            "codeberta.recordCorrection",
        ]
        assert "codeberta.applyLanguage" not in caps.execute_command_provider.commands


@pytest.mark.parametrize("client", ["visual-studio-code", "neovim"])
async def test_suggests_for_unknown_languages_only(model_dir, data_dir, client):
    async with session(model_dir, data_dir, client=client) as s:
        # A language the user chose, and one an extension implies: never ours.
        s.open("file:///w/notes.txt", PY, language_id="python")
        s.open("file:///w/script.py", PY, language_id="plaintext")
        uri = "untitled:Untitled-1" if client == "visual-studio-code" else "file://"
        lang = "plaintext" if client == "visual-studio-code" else ""
        s.open(uri, PY, language_id=lang, version=3)
        p = await s.wait_detected(lambda p: p["uri"] == uri)
        assert p["version"] == 3
        assert p["currentLanguageId"] == lang
        assert p["guesses"], p
        confidences = [g["confidence"] for g in p["guesses"]]
        assert all(0.0 <= c <= 1.0 for c in confidences)
        assert {"languageId", "confidence"} <= set(p["guesses"][0])
        await asyncio.sleep(QUIET)
        assert [d["uri"] for d in s.detected] == [uri]


async def test_notifies_only_when_the_top_guess_changes(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        uri = "untitled:a"
        s.open(uri, PY)
        first = await s.wait_detected(lambda p: p["uri"] == uri)
        for v in range(2, 6):
            s.change(uri, PY + "\n" * v, v)  # same content for the model
        # Binary content ends the suggestion: a notification with no guesses.
        s.change(uri, "\x00\x01\x02 binary garbage here", 6)
        gone = await s.wait_detected(lambda p: p["uri"] == uri and p["version"] == 6)
        assert gone["guesses"] == []
        assert len(s.detected) == 2, s.detected
        assert first["guesses"][0]["languageId"]


async def test_opt_in_is_required_for_notifications(model_dir, data_dir):
    async with session(model_dir, data_dir, client="neovim", opt_in=False) as s:
        uri = "file:///w/buffer"
        s.open(uri, PY, language_id="")
        # Code actions appear once the document was classified.
        actions = await _actions_when_ready(s, uri)
        assert actions
        await asyncio.sleep(QUIET)
        assert s.detected == []


async def _actions_when_ready(s, uri, only=None):
    async def poll():
        while True:
            actions = await s.code_actions(uri, only)
            if actions:
                return actions
            await asyncio.sleep(0.1)

    return await asyncio.wait_for(poll(), TIMEOUT)


async def test_code_actions_and_hover(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        uri = "untitled:b"
        s.open(uri, PY)
        p = await s.wait_detected(lambda p: p["uri"] == uri)
        actions = await _actions_when_ready(s, uri)
        assert 1 <= len(actions) <= 3
        top = actions[0]
        assert top["title"].startswith("Set language mode to ")
        assert top["kind"] == "source.codeberta.setLanguage"
        assert top["isPreferred"] is True
        assert top["command"]["command"] == "codeberta.applyLanguage"
        assert top["command"]["arguments"] == [uri, p["guesses"][0]["languageId"]]
        assert await s.code_actions(uri, only=["quickfix"]) == []
        assert len(await s.code_actions(uri, only=["source"])) == len(actions)
        hover = await s.client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(0, 0))
        )
        assert "codeberta" in hover.contents.value
        assert "%" in hover.contents.value


async def test_min_length_and_threshold_follow_configuration(model_dir, data_dir):
    async with session(model_dir, data_dir, options={"minContentLength": 100000}) as s:
        uri = "untitled:c"
        s.open(uri, PY)
        await asyncio.sleep(QUIET)
        assert s.detected == []
        s.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"codeberta": {"minContentLength": 5}})
        )
        await s.wait_detected(lambda p: p["uri"] == uri)
        # A threshold nothing reaches withdraws the suggestion.
        s.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                settings={"codeberta": {"confidenceThreshold": 1.0, "hysteresisMargin": 0.0}}
            )
        )
        gone = await s.wait_detected(lambda p: p["uri"] == uri and p["guesses"] == [])
        assert gone["version"] == 1


async def test_classify_request(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        r = await s.classify(text=PY, topK=2)
        assert len(r["guesses"]) == 2
        assert r["guesses"][0]["confidence"] >= r["guesses"][1]["confidence"]
        assert (await s.classify(text="\x00\x00abc"))["reason"] == "binary"
        assert (await s.classify(text="   \n"))["reason"] == "empty"
        # A shebang decides without the model.
        r = await s.classify(text="#!/usr/bin/env python3\nprint(1)\n")
        assert r["guesses"][0] == {"languageId": "python", "confidence": 1.0}
        s.open("file://", PY, language_id="", version=9)
        r = await s.classify(textDocument={"uri": "file://"})
        assert r["version"] == 9 and r["guesses"]
        with pytest.raises(Exception, match="not open"):
            await s.classify(textDocument={"uri": "file:///nope"})
        with pytest.raises(Exception):
            await s.classify(topK=3)
