"""Settings pulled with workspace/configuration (the `codeberta` section),
next to initializationOptions and didChangeConfiguration pushes."""

import asyncio
import json
import pathlib

import pytest

from conftest import session

PY = "import os\n\ndef main(argv):\n    for a in argv:\n        print(os.path.basename(a))\n    return 0\n"
QUIET = 1.0  # how long to listen for a notification that must not come
PACKAGE_JSON = pathlib.Path(__file__).resolve().parents[2] / "editors" / "vscode" / "package.json"
# Nothing a model says reaches 1.0 (only rules do, and PY has no shebang), so
# this threshold suggests nothing; 0.0 suggests everything.
NOTHING = {"confidenceThreshold": 1.0, "hysteresisMargin": 0.0}
EVERYTHING = {"confidenceThreshold": 0.0}


async def quiet(s, uri):
    """Asserts that no suggestion for `uri` arrives for a while."""
    await asyncio.sleep(QUIET)
    assert [p for p in s.detected if p["uri"] == uri and p["guesses"]] == [], s.detected


async def test_pulled_settings_override_initialization_options(model_dir, data_dir):
    # initializationOptions (conftest) say threshold 0.0; the client's
    # `codeberta` section says 1.0 and wins once pulled after `initialized`.
    async with session(model_dir, data_dir, configuration=dict(NOTHING)) as s:
        await s.workspace.wait_pulls(1)
        assert s.workspace.pulls[0] == [{"section": "codeberta", "scopeUri": None}]
        s.open("untitled:pulled", PY)
        await quiet(s, "untitled:pulled")

        # The pull model's notification: no settings, "ask me again".
        s.workspace.configuration = dict(EVERYTHING)
        s.configure(None)
        p = await s.wait_detected(lambda p: p["uri"] == "untitled:pulled" and p["guesses"])
        assert p["version"] == 1
        assert len(s.workspace.pulls) >= 2

        # ... and back: the suggestion is withdrawn.
        s.workspace.configuration = dict(NOTHING)
        s.configure({})
        await s.wait_detected(lambda p: p["uri"] == "untitled:pulled" and p["guesses"] == [])


async def test_vscode_registers_for_configuration_changes(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        await s.workspace.wait_pulls(1)

        async def registered():
            while not s.workspace.registrations:
                await asyncio.sleep(0.02)

        await asyncio.wait_for(registered(), QUIET * 10)
        (reg,) = s.workspace.registrations
        assert reg["method"] == "workspace/didChangeConfiguration"
        # No section: vscode-languageclient then sends `settings: null`.
        assert not (reg["registerOptions"] or {}).get("section")


async def test_neovim_is_pulled_from_but_not_registered_with(model_dir, data_dir):
    # Neovim 0.11 answers workspace/configuration but has no dynamic
    # registration for didChangeConfiguration.
    async with session(model_dir, data_dir, client="neovim", configuration=dict(NOTHING)) as s:
        await s.workspace.wait_pulls(1)
        s.open("file:///w/scratch", PY, language_id="")
        await quiet(s, "file:///w/scratch")
        assert s.workspace.registrations == []


@pytest.mark.parametrize("client", ["visual-studio-code", "neovim"])
async def test_clients_without_the_capability_are_never_asked(model_dir, data_dir, client):
    async with session(
        model_dir, data_dir, client=client, pull=False, configuration=dict(NOTHING)
    ) as s:
        uri = "untitled:nopull"
        s.open(uri, PY)
        # initializationOptions (threshold 0.0) stand: the section is never read.
        await s.wait_detected(lambda p: p["uri"] == uri and p["guesses"])
        # Pushes work as before.
        s.configure({"codeberta": NOTHING})
        await s.wait_detected(lambda p: p["uri"] == uri and p["guesses"] == [])
        s.configure(None)  # nothing to apply, nothing to pull
        await asyncio.sleep(QUIET)
        assert s.workspace.pulls == []
        assert s.workspace.registrations == []


async def test_push_and_pull_merge_and_the_newest_wins(model_dir, data_dir):
    # The section has no minContentLength: a pushed one stays in force.
    async with session(model_dir, data_dir, configuration=dict(EVERYTHING)) as s:
        await s.workspace.wait_pulls(1)
        uri = "untitled:merge"
        s.configure({"codeberta": {"minContentLength": 100000}})
        await s.workspace.wait_pulls(2)
        s.open(uri, PY)
        await quiet(s, uri)
        # Now the section has one: every notification is followed by a pull,
        # and its answer is the newest word, even over the push it follows.
        s.workspace.configuration = {**EVERYTHING, "minContentLength": 5}
        s.configure({"codeberta": {"minContentLength": 100000}})
        await s.wait_detected(lambda p: p["uri"] == uri and p["guesses"])
        await s.workspace.wait_pulls(3)


async def test_bad_pulled_values_are_reported_and_ignored(model_dir, data_dir):
    bad = {"confidenceThreshold": "high", "topK": 0, "minContentLength": -3, "debounceMs": 50}
    async with session(model_dir, data_dir, configuration=bad) as s:
        for key in ["confidenceThreshold", "topK", "minContentLength"]:
            await s.wait_log(f"ignoring invalid setting {key}")
        # Defaults and initializationOptions stand: three guesses, threshold 0.0.
        assert len((await s.classify(text=PY))["guesses"]) == 3
        s.open("untitled:bad", PY)
        await s.wait_detected(lambda p: p["uri"] == "untitled:bad" and p["guesses"])

        # A section that is not an object.
        s.workspace.configuration = 42
        s.configure(None)
        await s.wait_log("codeberta settings must be an object")
        # An answer that is not a list at all.
        s.workspace.raw_answer = ("nonsense",)
        s.configure(None)
        await s.wait_log("workspace/configuration failed")
        # Still serving, settings untouched.
        assert len((await s.classify(text=PY))["guesses"]) == 3
        assert s.client.error is None


def vscode_section(package: dict, overrides: dict) -> dict:
    """What vscode-languageclient answers for section `codeberta`: every
    contributed `codeberta.*` setting, nested at the dots, user values over
    defaults."""
    section: dict = {}
    for key, spec in package["contributes"]["configuration"]["properties"].items():
        assert key.startswith("codeberta."), key
        name = key[len("codeberta."):]
        node = section
        *parents, leaf = name.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = overrides.get(name, spec.get("default"))
    return section


async def test_the_vscode_extension_settings_are_understood(model_dir, data_dir):
    package = json.loads(PACKAGE_JSON.read_text())
    properties = package["contributes"]["configuration"]["properties"]
    # The server settings the extension exposes, under the names the server reads.
    for key in ["confidenceThreshold", "minContentLength", "debounceMs", "diagnostics", "learning"]:
        assert f"codeberta.{key}" in properties, key
    section = vscode_section(package, {"confidenceThreshold": 1.0, "debounceMs": 50})
    async with session(model_dir, data_dir, configuration=section) as s:
        await s.workspace.wait_pulls(1)
        uri = "untitled:vscode"
        s.open(uri, PY)
        await quiet(s, uri)
        s.workspace.configuration = vscode_section(package, {"confidenceThreshold": 0.0, "debounceMs": 50})
        s.configure(None)
        await s.wait_detected(lambda p: p["uri"] == uri and p["guesses"])
        warnings = [m.message for m in s.client.log_messages if "invalid setting" in m.message]
        assert warnings == []
