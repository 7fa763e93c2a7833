"""The `language-mismatch` hint diagnostic end to end: the real server over
stdio with the shipped model (models/default), so the texts below are what
they look like (a random test model has no opinion about them)."""

import asyncio
import re

from lsprotocol import types

from conftest import TIMEOUT, default_model, plain, session

PY = (
    "import os\nimport sys\n\n\ndef main(argv):\n"
    '    """Print the base name of every argument."""\n'
    "    for arg in argv[1:]:\n        print(os.path.basename(arg))\n    return 0\n\n\n"
    'if __name__ == "__main__":\n    sys.exit(main(sys.argv))\n'
)
JS = (
    "const fs = require('fs');\n\nfunction readConfig(path) {\n"
    "  const text = fs.readFileSync(path, 'utf8');\n  return JSON.parse(text);\n}\n\n"
    "module.exports = { readConfig };\n"
)
# Python, but the model is not sure (0.87 with the shipped model).
UNSURE = "while running:\n    step()\n"
URI = "file:///w/handler.js"
QUIET = 1.0
HINT = {"diagnostics": True}


def mismatches(diags) -> list:
    return [d for d in diags if d.code == "language-mismatch"]


async def classified(s, uri):
    """Waits until the document was classified (it then has code actions)."""

    async def poll():
        while not await s.code_actions(uri):
            await asyncio.sleep(0.05)

    await asyncio.wait_for(poll(), TIMEOUT)


async def no_hint_for(s, uri):
    await classified(s, uri)
    await asyncio.sleep(QUIET)
    assert mismatches(s.client.diagnostics.get(uri, [])) == []


async def test_a_confident_mismatch_is_hinted_and_its_fix_switches_the_language(data_dir):
    async with session(default_model(), data_dir, options=HINT) as s:
        s.open(URI, PY, language_id="javascript")
        (d,) = await s.wait_diagnostics(URI, lambda ds: len(ds) > 0)
        assert d.code == "language-mismatch"
        assert d.source == "codeberta"
        assert d.severity == types.DiagnosticSeverity.Hint
        assert re.fullmatch(r"This looks like Python \(\d+%\), not JavaScript", d.message), d.message
        assert plain(d.data) == {"languageId": "python"}

        # The quick fix the diagnostic offers.
        (fix,) = await s.code_actions(URI, only=["quickfix"], diagnostics=[d])
        assert fix["title"] == "Set language mode to Python"
        assert fix["kind"] == "quickfix"
        assert fix["isPreferred"] is True
        assert fix["command"]["command"] == "codeberta.applyLanguage"
        assert fix["command"]["arguments"] == [URI, "python"]
        assert [x["code"] for x in fix["diagnostics"]] == ["language-mismatch"]
        # Not offered as a plain suggestion next to itself.
        others = await s.code_actions(URI, only=["source.codeberta.setLanguage"])
        assert all(a["command"]["arguments"][1] != "python" for a in others)

        # Applying it as VS Code does (didClose + didOpen with the new
        # language) clears the hint, and it does not come back.
        s.close(URI)
        await s.wait_diagnostics(URI, lambda ds: ds == [])
        s.open(URI, PY, language_id=fix["command"]["arguments"][1])
        await no_hint_for(s, URI)
        # Taking the hint is not a correction.
        assert list((data_dir / "corrections").rglob("*.json")) == []

        # Reopening with the wrong language brings it back.
        s.close(URI)
        s.open(URI, PY, language_id="javascript")
        await s.wait_diagnostics(URI, lambda ds: len(mismatches(ds)) == 1)


async def test_the_hint_follows_the_content(data_dir):
    async with session(default_model(), data_dir, options=HINT) as s:
        s.open(URI, PY, language_id="javascript")
        await s.wait_diagnostics(URI, lambda ds: len(mismatches(ds)) == 1)
        # Edited into JavaScript: the hint goes.
        s.change(URI, JS, 2)
        await s.wait_diagnostics(URI, lambda ds: ds == [])
        await asyncio.sleep(QUIET)
        assert list(s.client.diagnostics[URI]) == []
        # And comes back when it is Python again.
        s.change(URI, PY, 3)
        (d,) = await s.wait_diagnostics(URI, lambda ds: len(ds) == 1)
        assert d.code == "language-mismatch"


async def test_never_below_the_threshold(data_dir):
    async with session(default_model(), data_dir) as probe:
        r = await probe.classify(text=UNSURE, topK=1)
    (top,) = r["guesses"]
    c = top["confidence"]
    assert top["languageId"] == "python" and 0.05 < c < 0.99, f"pick another UNSURE text: {r}"
    above, below = c + (1 - c) / 2, c / 2

    # Thresholds come from the pulled `codeberta` section here.
    section = {**HINT, "mismatchThreshold": above}
    async with session(default_model(), data_dir, configuration=section) as s:
        await s.workspace.wait_pulls(1)
        s.open(URI, UNSURE, language_id="javascript")
        await no_hint_for(s, URI)
        # The same document over a lower threshold gets the hint ...
        s.workspace.configuration = {**HINT, "mismatchThreshold": below}
        s.configure(None)
        (d,) = await s.wait_diagnostics(URI, lambda ds: len(ds) == 1)
        assert d.code == "language-mismatch"
        assert plain(d.data) == {"languageId": "python"}
        # ... which goes again when the threshold is raised.
        s.workspace.configuration = section
        s.configure(None)
        await s.wait_diagnostics(URI, lambda ds: ds == [])


async def test_never_when_disabled(data_dir):
    # `diagnostics` is off by default.
    async with session(default_model(), data_dir) as s:
        s.open(URI, PY, language_id="javascript")
        s.open("untitled:py", PY)  # eligible: a suggestion, never a hint
        await s.wait_detected(lambda p: p["uri"] == "untitled:py" and p["guesses"])
        await asyncio.sleep(QUIET)
        await s.classify(text=PY)  # a round trip after the quiet time
        assert s.client.diagnostics == {}

        # Turned on, the hint shows; turned off, it is withdrawn.
        s.configure({"codeberta": HINT})
        await s.wait_diagnostics(URI, lambda ds: len(mismatches(ds)) == 1)
        s.configure({"codeberta": {"diagnostics": False}})
        await s.wait_diagnostics(URI, lambda ds: ds == [])
        assert mismatches(s.client.diagnostics.get("untitled:py", [])) == []
