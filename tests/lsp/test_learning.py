"""Corrections store and the learning loop, end to end over stdio."""

import asyncio
import json
import os
import random
import stat
import time

import pytest
from lsprotocol import types

from conftest import TIMEOUT, session

BASE_TEXTS = [
    "import os\n\ndef main():\n    print(os.getcwd())\n",
    "#include <stdio.h>\nint main(void) { printf(\"x\"); return 0; }\n",
    "public class A { public static void main(String[] a) { System.out.println(1); } }\n",
    "const f = (a, b) => a + b;\nmodule.exports = { f };\n",
    "<root><item id=\"1\">x</item><item id=\"2\"/></root>\n",
    "name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n",
    "def x = [1, 2, 3]\nx.each { println it }\n",
    "std::vector<int> v{1, 2};\nfor (auto& x : v) { std::cout << x; }\n",
    "SELECT name FROM users WHERE id = 1;\n",
    "fn main() { println!(\"hi\"); }\n",
]


def dsl_sample(rng: random.Random) -> str:
    """A small in-house pipeline DSL the base model has never seen."""
    name = "".join(rng.choice("abcdefghijklmnop") for _ in range(6))
    lines = [f'pipeline "{name}-{rng.randint(1, 99)}" {{']
    for _ in range(rng.randint(2, 4)):
        op = rng.choice(["fetch <- source://", "clean ~> dedupe://", "route => queue://"])
        lines.append(f"  stage {op}{name}/{rng.randint(1, 9)} @every {rng.randint(1, 60)}m")
    lines.append(f"  emit sink://warehouse/{name}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_correction(folder, name, text, language):
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.tmp"
    tmp.write_text(json.dumps({"text": text, "language": language, "timestamp": int(time.time())}))
    os.replace(tmp, folder / name)


async def top(s, text):
    r = await s.classify(text=text, topK=1)
    return r["guesses"][0]["languageId"]


async def test_dropped_corrections_teach_a_new_language(model_dir, data_dir):
    rng = random.Random(1)
    train = [dsl_sample(rng) for _ in range(5)]
    held_out = [dsl_sample(rng) for _ in range(20)]
    async with session(model_dir, data_dir) as s:
        before = [await top(s, t) for t in BASE_TEXTS]
        assert all([await top(s, t) != "pipelinedsl" for t in held_out])
        folder = data_dir / "corrections" / "by-hand"
        started = time.monotonic()
        for i, text in enumerate(train):
            write_correction(folder, f"dsl{i}.json", text, "pipelinedsl")
        msg = await s.wait_log("learned model installed (5 corrections")
        latency = time.monotonic() - started
        hits = sum([await top(s, t) == "pipelinedsl" for t in held_out])
        assert hits >= 18, f"{hits}/20 held-out samples learned ({msg})"
        after = [await top(s, t) for t in BASE_TEXTS]
        agree = sum(a == b for a, b in zip(before, after))
        assert agree >= 9, f"base predictions changed: {before} -> {after}"
        print(f"correction->serving {latency:.2f}s, held-out {hits}/20, base agreement {agree}/10")
        head = data_dir / "learned" / "head.json"
        assert head.exists()

    # A restart serves what was learned without retraining first.
    async with session(model_dir, data_dir) as s:
        await s.wait_log("restored the learned model")
        assert await top(s, held_out[0]) == "pipelinedsl"

        # Removing the corrections by hand unlearns.
        for f in folder.iterdir():
            f.unlink()
        await s.wait_log("no corrections; serving the base model")
        assert await top(s, held_out[0]) != "pipelinedsl"


async def test_record_correction_command_writes_private_durable_files(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        uri = "untitled:rec"
        s.open(uri, "stage fetch <- source://x @every 5m\nemit sink://y\n")
        r = await s.command("codeberta.recordCorrection", uri, "pipelinedsl", "plaintext")
        path = r["path"]
        assert path.startswith(str(data_dir / "corrections" / "pipelinedsl"))
        data = json.loads(open(path).read())
        assert data["language"] == "pipelinedsl"
        assert data["previous"] == "plaintext"
        assert data["uri"] == uri
        assert data["text"].startswith("stage fetch")
        assert data["timestamp"] > 0
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700

        for bad in ["../escape", "a/b", ".."]:
            with pytest.raises(Exception, match="invalid language id"):
                await s.command("codeberta.recordCorrection", uri, bad, "plaintext")
        assert not (data_dir / "escape").exists()
        with pytest.raises(Exception, match="not open"):
            await s.command("codeberta.recordCorrection", "untitled:none", "rust")


async def test_reopen_with_another_language_is_a_correction(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        uri = "untitled:reopen"
        text = "pipeline \"x\" {\n  stage fetch <- source://a/1 @every 5m\n}\n"
        s.open(uri, text)
        p = await s.wait_detected(lambda p: p["uri"] == uri)
        suggested = p["guesses"][0]["languageId"]
        # VS Code's language switch: didClose + didOpen, same version.
        s.close(uri)
        s.open(uri, text, language_id="pipelinedsl")
        await s.wait_log("recorded a correction to pipelinedsl")
        files = list((data_dir / "corrections" / "pipelinedsl").glob("*.json"))
        assert len(files) == 1
        data = json.loads(files[0].read_text())
        assert data["suggested"] == suggested
        assert data["source"] == "inferred"
        # Accepting our own suggestion is not a correction.
        uri2 = "untitled:accept"
        s.open(uri2, text)
        p2 = await s.wait_detected(lambda p: p["uri"] == uri2)
        s.close(uri2)
        s.open(uri2, text, language_id=p2["guesses"][0]["languageId"])
        r = await s.classify(text="x = 1\n")  # a round trip after the reopen
        assert r["guesses"]
        assert len(list((data_dir / "corrections").rglob("*.json"))) == 1


async def test_corrupt_files_are_reported_and_skipped(model_dir, data_dir):
    async with session(model_dir, data_dir) as s:
        folder = data_dir / "corrections"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "broken.json").write_text("{ not json")
        (folder / "escape.json").write_text(json.dumps({"text": "x", "language": "../x"}))
        await s.wait_log("broken.json")
        await s.wait_log("escape.json")
        write_correction(folder, "ok.json", "stage a <- b\n", "pipelinedsl")
        await s.wait_log("learned model installed (1 corrections")


async def test_failed_disk_write_is_an_error_and_loses_nothing(model_dir, data_dir, tmp_path):
    async with session(model_dir, data_dir) as s:
        uri = "untitled:disk"
        s.open(uri, "stage fetch <- source://x @every 5m\n")
        first = await s.command("codeberta.recordCorrection", uri, "pipelinedsl")
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        s.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                settings={"codeberta": {"correctionsDir": str(blocker / "corrections")}}
            )
        )
        await s.wait_log("cannot watch the corrections folder")
        with pytest.raises(Exception, match="cannot write the correction"):
            await s.command("codeberta.recordCorrection", uri, "pipelinedsl")
        s.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"codeberta": {"correctionsDir": None}})
        )
        second = await s.command("codeberta.recordCorrection", uri, "pipelinedsl")
        assert os.path.exists(first["path"]) and os.path.exists(second["path"])


async def test_retrain_reports_progress_and_a_message(model_dir, data_dir):
    folder = data_dir / "corrections" / "pipelinedsl"
    rng = random.Random(2)
    for i in range(3):
        write_correction(folder, f"{i}.json", dsl_sample(rng), "pipelinedsl")
    async with session(model_dir, data_dir) as s:
        r = await s.command("codeberta.retrain")
        assert r["status"] == "installed", r
        (token, reports), = s.client.progress_reports.items()
        kinds = [type(x).__name__ for x in reports]
        assert kinds[0] == "WorkDoneProgressBegin" and kinds[-1] == "WorkDoneProgressEnd"
        assert reports[0].cancellable is True
        assert any("installed" in m.message for m in s.client.messages)


async def test_retrain_can_be_cancelled(model_dir, data_dir):
    folder = data_dir / "corrections" / "pipelinedsl"
    rng = random.Random(3)
    for i in range(200):
        write_correction(folder, f"{i}.json", dsl_sample(rng) * 20, "pipelinedsl")
    async with session(model_dir, data_dir) as s:
        task = asyncio.ensure_future(s.command("codeberta.retrain"))

        async def began():
            while not s.client.progress_reports or not next(iter(s.client.progress_reports.values())):
                await s.client.wait_for_notification(types.PROGRESS)
            return next(iter(s.client.progress_reports))

        token = await asyncio.wait_for(began(), TIMEOUT)
        s.client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
        r = await task
        assert r["status"] == "cancelled", r
        assert any("cancelled" in m.message for m in s.client.messages)
