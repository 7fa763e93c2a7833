// End-to-end test of the codeberta VS Code extension in code-server, driven by
// Chromium through playwright-core. Everything is asserted from the real UI
// (status bar, language status hover, notifications) and the file system
// (the server's corrections store). Run through tests/vscode/run.sh.
//
// Env: CODEBERTA_LSP_BIN, CODEBERTA_MODEL, VSIX, E2E_WORK (a scratch folder).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = path.join(here, 'artifacts');
const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run tests/vscode/run.sh)`);
  return v;
};
const serverBin = env('CODEBERTA_LSP_BIN');
const model = env('CODEBERTA_MODEL');
const vsix = env('VSIX');
const work = env('E2E_WORK');
const codeServer = path.join(here, 'node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const STEP_MS = Number(process.env.E2E_STEP_TIMEOUT_MS ?? 60_000);

const userData = path.join(work, 'user-data');
const extensions = path.join(work, 'extensions');
const workspace = path.join(work, 'workspace');
const dataDir = path.join(work, 'codeberta-data');
const corrections = path.join(dataDir, 'corrections');
const home = path.join(work, 'home');

// A PyPy shebang: codeberta's shebang rule says python (confidence 1.0 with
// any model), while VS Code's own first-line pattern for untitled documents
// (`^#!\s*/?.*\bpython[0-9.-]*\b`) does not match, so the switch to Python
// can only come from codeberta.
const PYTHON = [
  '#!/usr/bin/env pypy3',
  'import sys',
  '',
  'def main(argv):',
  '    print("hello from codeberta", len(argv))',
  '    return 0',
  '',
  'if __name__ == "__main__":',
  '    sys.exit(main(sys.argv))',
  '',
].join('\n');
const JSON_TEXT = JSON.stringify(
  { name: 'codeberta', version: 1, tags: ['detect', 'language'], nested: { ok: true, ratio: 0.5 } },
  null,
  2,
);

const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let results = [];
async function step(name, fn) {
  const t0 = Date.now();
  log(`${name} ...`);
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    log(`ok: ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - t0, error: e });
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { step: name });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Every correction file in the store: [{ path, json }]. */
function listCorrections() {
  if (!fs.existsSync(corrections)) return [];
  const out = [];
  for (const entry of fs.readdirSync(corrections, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json') || entry.name.startsWith('.')) continue;
    const p = path.join(entry.parentPath ?? entry.path, entry.name);
    out.push({ path: p, json: JSON.parse(fs.readFileSync(p, 'utf8')) });
  }
  return out;
}

async function until(what, fn, timeout = STEP_MS, every = 250) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last ? ` (${last.message})` : ''}`);
    }
    await sleep(every);
  }
}

function codeServerEnv() {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
}

// ---- set-up -----------------------------------------------------------------

for (const d of [userData, extensions, workspace, dataDir, home, artifacts, path.join(userData, 'User')]) {
  fs.mkdirSync(d, { recursive: true });
}
for (const f of fs.readdirSync(artifacts)) fs.rmSync(path.join(artifacts, f), { recursive: true, force: true });
fs.writeFileSync(path.join(workspace, 'data.unknownext'), JSON_TEXT + '\n');
fs.writeFileSync(path.join(workspace, 'notes.md'), '# scratch\n');
const configFile = path.join(work, 'code-server.yaml');
fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
fs.writeFileSync(
  path.join(userData, 'User/settings.json'),
  JSON.stringify(
    {
      'codeberta.server.path': serverBin,
      'codeberta.model': model,
      'codeberta.dataDir': dataDir,
      'codeberta.mode': 'apply',
      // VS Code's own detector would also turn Python into Python: switch it
      // off so the test sees codeberta's work only.
      'workbench.editor.languageDetection': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'git.enabled': false,
      'chat.commandCenter.enabled': false,
      'editor.minimap.enabled': false,
      'window.commandCenter': false,
      'workbench.colorTheme': 'Default Dark Modern',
    },
    null,
    2,
  ),
);

let serverProc;
let browser;
let page;

async function startCodeServer() {
  const inst = spawnSync(
    process.execPath,
    [codeServer, '--config', configFile, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
    { env: codeServerEnv(), encoding: 'utf8' },
  );
  const out = `${inst.stdout}${inst.stderr}`;
  if (inst.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing the .vsix failed (exit ${inst.status}):\n${out}`);
  }
  const installed = fs.readdirSync(extensions).filter((d) => d.startsWith('codeberta.codeberta-'));
  if (installed.length !== 1) throw new Error(`extension folder not found in ${extensions}: ${fs.readdirSync(extensions)}`);
  log(`installed ${installed[0]}`);

  const port = await freePort();
  const logFile = fs.openSync(path.join(artifacts, 'code-server.log'), 'w');
  serverProc = spawn(
    process.execPath,
    [
      codeServer,
      '--config', configFile,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      workspace,
    ],
    { env: codeServerEnv(), stdio: ['ignore', logFile, logFile], detached: true },
  );
  fs.writeFileSync(path.join(work, 'code-server.pid'), `-${serverProc.pid}`);
  const url = `http://127.0.0.1:${port}`;
  await until('code-server to answer /healthz', async () => {
    if (serverProc.exitCode !== null) throw new Error(`code-server exited with ${serverProc.exitCode}`);
    const r = await fetch(`${url}/healthz`);
    return r.ok;
  });
  return url;
}

// ---- UI helpers -------------------------------------------------------------

const quickInput = () => page.locator('.quick-input-widget');
const quickInputBox = () => page.locator('.quick-input-widget .quick-input-box input');

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Types `text` into the open quick input and clicks the row labelled exactly
 * `label`. With `placeholder`, first waits for the quick input that shows it
 * (a command that opens a second picker reuses the widget).
 */
async function quickPick(text, label, placeholder) {
  const input = placeholder
    ? page.locator(`.quick-input-widget .quick-input-box input[placeholder*="${placeholder}"]`)
    : quickInputBox();
  await input.waitFor({ state: 'visible', timeout: STEP_MS });
  await input.fill(text);
  const name = page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(label)}\\s*$`) });
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: name }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_MS });
  await row.click();
}

async function runCommand(label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await quickPick(`>${label}`, label);
}

async function languageMode() {
  const el = page.locator('[id="status.editor.mode"]');
  if (!(await el.isVisible())) return '';
  return (await el.innerText()).trim();
}

async function expectLanguage(name, timeout = STEP_MS) {
  let seen = '';
  try {
    await until(`the status bar language mode to read "${name}"`, async () => {
      seen = await languageMode();
      return seen === name;
    }, timeout);
  } catch (e) {
    throw new Error(`${e.message}; it reads "${seen}"`);
  }
}

/** Opens the language status hover ({} in the status bar) and returns its text. */
async function languageStatusHover() {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const item = page.locator('[id="status.languageStatus"]');
  await item.waitFor({ state: 'visible', timeout: STEP_MS });
  await item.hover();
  const hover = page.locator('.monaco-hover .hover-language-status, .monaco-hover:has(.hover-language-status)').last();
  await hover.waitFor({ state: 'visible', timeout: 10_000 });
  return (await page.locator('.monaco-hover').last().innerText()).replace(/\s+/g, ' ');
}

/** Pastes `text` into the focused editor as a real clipboard paste event. */
async function paste(text) {
  await page.evaluate((t) => {
    const target = document.activeElement;
    if (!target || target.tagName !== 'TEXTAREA') throw new Error('no editor has the focus');
    const data = new DataTransfer();
    data.setData('text/plain', t);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function editorText() {
  return (await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

async function screenshot(name) {
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(process.cwd(), file)}`);
}

/** Collects every notification toast ever shown, with whether it had a progress bar. */
async function watchNotifications() {
  await page.evaluate(() => {
    const seen = (window.__codebertaToasts = []);
    const scan = () => {
      for (const el of document.querySelectorAll('.notification-list-item')) {
        const message = el.querySelector('.notification-list-item-message');
        const text = (message?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const bar = el.closest('.notification-toast, .notifications-list-container, .monaco-list-row') ?? el;
        const progress = !!bar.querySelector('.monaco-progress-container.active');
        if (text && !seen.some((s) => s.text === text && s.progress === progress)) seen.push({ text, progress });
      }
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    scan();
  });
}
const notifications = () => page.evaluate(() => window.__codebertaToasts ?? []);

// ---- the test ---------------------------------------------------------------

let failed;
try {
  let url;
  await step('install the .vsix into a clean code-server and start it', async () => {
    url = await startCodeServer();
  });

  await step('open VS Code in Chromium', async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: codeServerEnv(),
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 720 } });
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_MS });
    // the explorer lists the workspace once the remote extension host is up
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'data.unknownext' }).waitFor({ timeout: STEP_MS });
    await watchNotifications();
  });

  await step('(1) an untitled buffer with a shebang Python script becomes Python', async () => {
    await runCommand('File: New Untitled Text File');
    await expectLanguage('Plain Text');
    await page.locator('.editor-group-container.active .monaco-editor textarea.inputarea').first().focus();
    await paste(PYTHON);
    await until('the text to reach the editor', async () => (await editorText()).includes('hello from codeberta'));
    await expectLanguage('Python');
    const hover = await until('the language status item to show the guesses', async () => {
      const text = await languageStatusHover();
      return /CodeBERTa: Python 100%/.test(text) ? text : undefined;
    });
    log(`language status: ${hover}`);
    await screenshot('vscode-detect');
    await page.mouse.move(600, 300);
    await page.keyboard.press('Escape');
    // applying our own suggestion is not a correction
    await sleep(1000);
    const found = listCorrections();
    if (found.length) throw new Error(`the automatic switch was recorded as a correction: ${found.map((c) => c.path)}`);
  });

  await step('(3) a manual language change after the suggestion is stored as a correction', async () => {
    await runCommand('Change Language Mode');
    await quickPick('Ruby', 'Ruby', 'Select Language Mode');
    await expectLanguage('Ruby');
    const [c] = await until('a correction file in the store', async () => {
      const all = listCorrections();
      return all.length ? all : undefined;
    }, 20_000);
    log(`correction: ${path.relative(dataDir, c.path)} ${JSON.stringify({ ...c.json, text: `${c.json.text.slice(0, 30)}...` })}`);
    const rel = path.relative(corrections, c.path).split(path.sep);
    if (rel[0] !== 'ruby') throw new Error(`correction stored under ${rel[0]}, not ruby`);
    if (c.json.language !== 'ruby') throw new Error(`correction language ${c.json.language}, not ruby`);
    if (c.json.previous !== 'python') throw new Error(`correction previous ${c.json.previous}, not python`);
    if (!String(c.json.text).includes('hello from codeberta')) throw new Error('correction text is not the document');
    // recorded once (the extension records; the server's inference is off)
    await sleep(2500);
    const all = listCorrections();
    if (all.length !== 1) throw new Error(`expected exactly 1 correction, found ${all.length}: ${all.map((x) => x.path)}`);
    // never flipped back to the suggestion
    await expectLanguage('Ruby', 1000);
  });

  await step('(2) a JSON file with an unknown extension becomes JSON; Detect Language lists it', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await quickPick('data.unknownext', 'data.unknownext');
    await until('data.unknownext to be the active editor', async () =>
      (await page.locator('.tabs-container .tab.active').innerText()).includes('data.unknownext'),
    );
    await expectLanguage('JSON');
    const hover = await languageStatusHover();
    if (!/CodeBERTa: JSON 100%/.test(hover)) throw new Error(`language status does not show the JSON guess: ${hover}`);
    await page.mouse.move(600, 300);
    await page.keyboard.press('Escape');
    // the command palette's "Detect Language" lists the guesses
    await runCommand('CodeBERTa: Detect Language');
    const name = page.locator('.label-name', { hasText: /^\s*JSON\s*$/ });
    const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: name }).first();
    await row.waitFor({ state: 'visible', timeout: STEP_MS });
    const detail = (await row.innerText()).replace(/\s+/g, ' ');
    if (!/json · 100% · current/.test(detail)) throw new Error(`Detect Language shows "${detail}"`);
    log(`Detect Language: ${detail}`);
    await page.keyboard.press('Escape');
    await sleep(1000);
    const all = listCorrections();
    if (all.length !== 1) throw new Error(`the automatic switch to JSON changed the store: ${all.map((x) => x.path)}`);
  });

  await step('(4) "CodeBERTa: Retrain Classifier" reports progress and completes', async () => {
    await runCommand('CodeBERTa: Retrain Classifier');
    const done = await until('the retraining outcome message', async () => {
      const all = await notifications();
      return all.find((n) => /codeberta: (learned model (installed|rejected)|no corrections)/i.test(n.text));
    }, 120_000);
    const all = await notifications();
    const progress = all.find((n) => /retraining the classifier/i.test(n.text) && n.progress);
    log(`notifications: ${JSON.stringify(all.map((n) => `${n.progress ? '[progress] ' : ''}${n.text}`))}`);
    if (!progress) throw new Error('no progress notification for the retraining was shown');
    log(`outcome: ${done.text}`);
    await screenshot('vscode-retrain');
  });

  await step('(5) a missing server binary gives a clear message', async () => {
    // through the Settings editor, like a user would
    const missing = path.join(work, 'no-such-dir/codeberta-lsp');
    await runCommand('Preferences: Open User Settings');
    const search = page.locator('.settings-editor .settings-header .monaco-editor textarea').first();
    await search.waitFor({ state: 'attached', timeout: STEP_MS });
    await search.focus();
    await page.keyboard.insertText('codeberta.server.path');
    // a machine-overridable setting: code-server shows it under "Remote"
    await page.locator('.settings-editor .settings-tabs-widget .action-label', { hasText: /^Remote/ }).click();
    const field = page.locator('.settings-editor .setting-item-text input').first();
    await field.waitFor({ state: 'visible', timeout: STEP_MS });
    await until('the Settings editor to show codeberta.server.path', async () =>
      /Server: Path/i.test(await page.locator('.settings-editor .setting-item-title').first().innerText()),
    );
    await field.fill(missing);
    await field.press('Tab');
    const shown = await until('the missing-server message', async () =>
      (await notifications()).find((n) => /cannot find the language server: .*(is not on PATH|does not exist)/.test(n.text)),
    );
    log(`message: ${shown.text}`);
    if (!/codeberta\.server\.path/.test(shown.text) || !/cargo install/.test(shown.text)) {
      throw new Error(`the message does not say how to fix it: ${shown.text}`);
    }
  });
} catch (e) {
  failed = e;
  console.error(`FAILED${e.step ? ` in "${e.step}"` : ''}: ${e.stack ?? e}`);
  if (page) await screenshot('failure').catch(() => {});
} finally {
  if (page) {
    const toasts = await notifications().catch(() => []);
    if (failed && toasts.length) console.error(`notifications seen: ${JSON.stringify(toasts)}`);
  }
  await browser?.close().catch(() => {});
  if (serverProc && serverProc.exitCode === null) {
    try {
      process.kill(-serverProc.pid, 'SIGTERM');
    } catch {}
    await until('code-server to stop', () => serverProc.exitCode !== null || serverProc.signalCode !== null, 10_000).catch(() => {});
  }
  // keep the extension's and code-server's logs with the screenshots
  const logs = path.join(userData, 'logs');
  if (fs.existsSync(logs)) {
    for (const e of fs.readdirSync(logs, { recursive: true, withFileTypes: true })) {
      if (e.isFile() && /CodeBERTa|exthost|remoteagent|ptyhost/i.test(e.name)) {
        const src = path.join(e.parentPath ?? e.path, e.name);
        fs.copyFileSync(src, path.join(artifacts, path.relative(logs, src).replace(/[\\/]/g, '_')));
      }
    }
  }
  if (failed) {
    for (const f of fs.readdirSync(artifacts).filter((f) => /CodeBERTa/.test(f))) {
      console.error(`---- ${f}\n${fs.readFileSync(path.join(artifacts, f), 'utf8').slice(-6000)}`);
    }
  }
}

console.log('');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name} (${(r.ms / 1000).toFixed(1)}s)`);
console.log(`${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
process.exit(failed ? 1 : 0);
