// CodeBERTa for VS Code: starts `codeberta-lsp --stdio`, applies or suggests
// the detected language of untitled and plain-text documents, shows the top
// guesses in a language status item, and records a manual language change
// after a CodeBERTa suggestion as a correction the classifier learns from.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  ClientCapabilities,
  DocumentSelector,
  ExecuteCommandRequest,
  FeatureState,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  StaticFeature,
  WorkDoneProgress,
  WorkDoneProgressCancelNotification,
  DidChangeConfigurationNotification,
} from 'vscode-languageclient/node';
import { Guess, isUnknownLanguage, Tracker } from './tracker';

const SECTION = 'codeberta';
const DETECTED = 'codeberta/detectedLanguage';
const CLASSIFY = 'codeberta/classify';
/** The server classifies at most this prefix; never send more. */
const MAX_TEXT = 64 * 1024;
/** A close + open of the same URI within this window is a language change. */
const REOPEN_MS = 2000;

type Mode = 'apply' | 'suggest' | 'off';

interface DetectedLanguageParams {
  uri: string;
  version: number;
  currentLanguageId: string;
  guesses: Guess[];
}

interface ClassifyResult {
  guesses: Guess[];
  reason?: string;
  version?: number;
}

/** Opts in to `codeberta/detectedLanguage` (docs/lsp.md, "Client opt-in"). */
class DetectedLanguageFeature implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental = (capabilities.experimental ??= {}) as Record<string, unknown>;
    const ours = (experimental.codeberta ?? {}) as Record<string, unknown>;
    experimental.codeberta = { ...ours, detectedLanguage: true };
  }
  initialize(): void {}
  getState(): FeatureState {
    return { kind: 'static' };
  }
  clear(): void {}
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

function mode(): Mode {
  const m = config().get<string>('mode', 'apply');
  return m === 'suggest' || m === 'off' ? m : 'apply';
}

function percent(confidence: number): string {
  if (confidence > 0 && confidence < 0.01) {
    return '<1%';
  }
  return `${Math.round(confidence * 100)}%`;
}

function prefix(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `~`, `${userHome}` and `${workspaceFolder}` in path settings. */
function expandPath(p: string): string {
  let out = p.trim();
  const home = os.homedir();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  out = out.replace(/\$\{userHome\}/g, home);
  if (folder) {
    out = out.replace(/\$\{workspaceFolder\}/g, folder);
  }
  if (out === '~' || out.startsWith('~/')) {
    out = path.join(home, out.slice(1));
  }
  if (out && !path.isAbsolute(out) && (out.includes('/') || out.includes('\\'))) {
    out = path.resolve(folder ?? process.cwd(), out);
  }
  return out;
}

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The server binary: an explicit path, or a command name looked up on PATH. */
export function resolveServer(setting: string): string | undefined {
  const p = expandPath(setting || 'codeberta-lsp');
  if (path.isAbsolute(p)) {
    return isExecutable(p) ? p : undefined;
  }
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) {
      continue;
    }
    for (const ext of exts) {
      const candidate = path.join(dir, p + ext);
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

class Controller implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private serverProblem: string | undefined;
  private readonly tracker = new Tracker();
  private readonly status: vscode.LanguageStatusItem;
  private readonly output: vscode.LogOutputChannel;
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents closed in the last moments, to pair a close with a re-open. */
  private readonly closed = new Map<string, { languageId: string; at: number }>();
  private readonly rechecks = new Map<string, NodeJS.Timeout>();
  private languageNames = new Map<string, string>();
  /** `firstLine` patterns of the installed languages (VS Code applies them to untitled documents). */
  private firstLines = new Map<string, RegExp[]>();

  constructor() {
    this.output = vscode.window.createOutputChannel('CodeBERTa', { log: true });
    this.status = vscode.languages.createLanguageStatusItem('codeberta.status', []);
    this.status.name = 'CodeBERTa';
    this.disposables.push(this.output, this.status);
    this.readLanguageNames();
    this.disposables.push(
      vscode.extensions.onDidChange(() => this.readLanguageNames()),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfiguration(e)),
      vscode.commands.registerCommand('codeberta.applyLanguage', (uri: unknown, languageId: unknown) =>
        this.applyCommand(uri, languageId),
      ),
      vscode.commands.registerCommand('codeberta.detectLanguage', () => this.detectCommand()),
      vscode.commands.registerCommand('codeberta.retrainClassifier', () => this.retrainCommand()),
      vscode.commands.registerCommand('codeberta.restartServer', () => this.restart()),
      vscode.commands.registerCommand('codeberta.showOutput', () => this.output.show(true)),
    );
  }

  dispose(): void {
    for (const t of this.rechecks.values()) {
      clearTimeout(t);
    }
    void this.stop();
    for (const d of this.disposables) {
      d.dispose();
    }
  }

  // ---- server lifecycle -------------------------------------------------

  async start(): Promise<void> {
    if (mode() === 'off') {
      this.updateStatus();
      return;
    }
    if (this.client || this.starting) {
      return this.starting;
    }
    this.starting = this.doStart().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async doStart(): Promise<void> {
    const cfg = config();
    const setting = cfg.get<string>('server.path', 'codeberta-lsp');
    const command = resolveServer(setting);
    if (!command) {
      this.serverProblem = `codeberta-lsp not found (codeberta.server.path = "${setting}")`;
      this.updateStatus();
      this.output.error(this.serverProblem);
      const open = 'Open Settings';
      const where = path.isAbsolute(expandPath(setting))
        ? `"${setting}" does not exist or is not executable`
        : `"${setting}" is not on PATH`;
      void vscode.window
        .showErrorMessage(
          `CodeBERTa: cannot find the language server: ${where}. Build and install it with ` +
            '`cargo install --path crates/codeberta-lsp` from a checkout of the codeberta repository, ' +
            'or set "codeberta.server.path" to the codeberta-lsp binary.',
          open,
        )
        .then((choice) => {
          if (choice === open) {
            void vscode.commands.executeCommand('workbench.action.openSettings', 'codeberta.server');
          }
        });
      return;
    }
    const args = ['--stdio'];
    const model = cfg.get<string>('model', '').trim();
    if (model) {
      args.push('--model', expandPath(model));
    }
    const dataDir = cfg.get<string>('dataDir', '').trim();
    if (dataDir) {
      args.push('--data-dir', expandPath(dataDir));
    }
    args.push(...cfg.get<string[]>('server.args', []).filter((a) => a !== '--stdio'));
    const serverOptions: ServerOptions = { command, args, options: { env: process.env } };
    const documentSelector: DocumentSelector = cfg.get<boolean>('diagnostics', false)
      ? [{ scheme: 'file' }, { scheme: 'untitled' }]
      : [{ scheme: 'untitled' }, { language: 'plaintext' }];
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { codeberta: this.serverSettings() },
    };
    const client = new LanguageClient('codeberta', 'CodeBERTa', serverOptions, clientOptions);
    client.registerFeature(new DetectedLanguageFeature());
    client.onNotification(DETECTED, (p: DetectedLanguageParams) => this.onDetected(p));
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) {
        this.tracker.clearGuesses();
      }
      this.updateStatus();
    });
    this.client = client;
    this.serverProblem = undefined;
    this.output.info(`starting ${command} ${args.join(' ')}`);
    this.updateStatus();
    try {
      await client.start();
    } catch (e) {
      this.serverProblem = `the language server failed to start: ${errorMessage(e)}`;
      this.output.error(this.serverProblem);
      this.client = undefined;
      this.updateStatus();
      const show = 'Show Output';
      void vscode.window.showErrorMessage(`CodeBERTa: ${this.serverProblem}`, show).then((c) => {
        if (c === show) {
          this.output.show(true);
        }
      });
    }
    this.updateStatus();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.tracker.clearGuesses();
    if (client) {
      try {
        await client.stop(2000);
      } catch (e) {
        this.output.warn(`stopping the server: ${errorMessage(e)}`);
      }
    }
    this.updateStatus();
  }

  async restart(): Promise<void> {
    await this.starting;
    await this.stop();
    this.serverProblem = undefined;
    await this.start();
  }

  /** Settings the server understands (docs/lsp.md, "Settings"). */
  private serverSettings(): Record<string, unknown> {
    const cfg = config();
    return {
      confidenceThreshold: cfg.get<number>('confidenceThreshold', 0.6),
      minContentLength: cfg.get<number>('minContentLength', 20),
      debounceMs: cfg.get<number>('debounceMs', 300),
      diagnostics: cfg.get<boolean>('diagnostics', false),
      learning: cfg.get<boolean>('learning', true),
      // The extension records corrections itself (it knows which language
      // changes it made); the server's close + reopen inference would record
      // some of them a second time.
      inferCorrections: false,
    };
  }

  private onConfiguration(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration(SECTION)) {
      return;
    }
    const affects = (key: string) => e.affectsConfiguration(`${SECTION}.${key}`);
    const serverChanged = ['server', 'model', 'dataDir', 'diagnostics'].some(affects);
    const onOff = affects('mode') && (mode() === 'off') !== (this.client === undefined && !this.serverProblem);
    if (serverChanged || onOff) {
      void this.restart();
      return;
    }
    this.updateStatus();
    const client = this.client;
    if (client?.isRunning()) {
      void client.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { codeberta: this.serverSettings() },
      });
    }
  }

  private async runningClient(): Promise<LanguageClient | undefined> {
    if (!this.client && mode() !== 'off') {
      await this.start();
    }
    await this.starting;
    const client = this.client;
    if (!client || !client.isRunning()) {
      const why =
        mode() === 'off'
          ? 'CodeBERTa is turned off ("codeberta.mode": "off").'
          : `the language server is not running${this.serverProblem ? ` (${this.serverProblem})` : ''}.`;
      void vscode.window.showErrorMessage(`CodeBERTa: ${why}`);
      return undefined;
    }
    return client;
  }

  // ---- detection ----------------------------------------------------------

  private findDocument(uri: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  }

  private onDetected(p: DetectedLanguageParams): void {
    const doc = this.findDocument(p.uri);
    if (!doc) {
      return;
    }
    const guesses = Array.isArray(p.guesses) ? p.guesses : [];
    const state = this.tracker.update(p.uri, p.version, guesses);
    if (!state) {
      return; // older than what we already have
    }
    this.output.info(
      `detected ${p.uri} v${p.version}: ${guesses.map((g) => `${g.languageId} ${percent(g.confidence)}`).join(', ') || 'no guess'}`,
    );
    this.updateStatus();
    if (p.version < doc.version) {
      // Classified an older text: check again once the server has the new one.
      this.scheduleRecheck(doc, guesses[0]?.languageId, 0);
      return;
    }
    void this.maybeApply(doc);
  }

  private scheduleRecheck(doc: vscode.TextDocument, expected: string | undefined, attempt: number): void {
    const uri = doc.uri.toString();
    const old = this.rechecks.get(uri);
    if (old) {
      clearTimeout(old);
    }
    if (expected === undefined || attempt >= 8) {
      this.rechecks.delete(uri);
      return;
    }
    const delay = config().get<number>('debounceMs', 300) + 200;
    this.rechecks.set(
      uri,
      setTimeout(() => {
        this.rechecks.delete(uri);
        void this.recheck(doc, expected, attempt);
      }, delay),
    );
  }

  /** Re-classifies after a stale notification; applies if the suggestion stands. */
  private async recheck(doc: vscode.TextDocument, expected: string, attempt: number): Promise<void> {
    const client = this.client;
    if (!client?.isRunning() || doc.isClosed) {
      return;
    }
    const uri = doc.uri.toString();
    let result: ClassifyResult;
    try {
      result = await client.sendRequest<ClassifyResult>(CLASSIFY, { textDocument: { uri } });
    } catch (e) {
      this.output.debug(`classify ${uri}: ${errorMessage(e)}`);
      return;
    }
    if (result.version === undefined || result.version < doc.version) {
      this.scheduleRecheck(doc, expected, attempt + 1);
      return;
    }
    const top = result.guesses[0];
    const threshold = config().get<number>('confidenceThreshold', 0.6);
    if (!top || top.languageId !== expected || top.confidence < threshold) {
      return; // the server will notify when its suggestion changes
    }
    const state = this.tracker.update(uri, result.version, result.guesses, result.reason);
    this.updateStatus();
    if (state) {
      await this.maybeApply(doc);
    }
  }

  private async maybeApply(doc: vscode.TextDocument): Promise<void> {
    const uri = doc.uri.toString();
    const state = this.tracker.get(uri);
    const top = state?.guesses[0];
    if (mode() !== 'apply' || !state || !top || doc.isClosed) {
      return;
    }
    // Only untitled and plain-text documents; never a language the user (or
    // another extension) picked, never one a file extension implies.
    if (state.userChosen || state.expected !== undefined || !isUnknownLanguage(doc.languageId)) {
      return;
    }
    if (state.version !== doc.version || top.languageId === doc.languageId) {
      return;
    }
    await this.setLanguage(doc, top.languageId, 'auto');
  }

  private async setLanguage(doc: vscode.TextDocument, languageId: string, why: string): Promise<boolean> {
    const uri = doc.uri.toString();
    const known = await vscode.languages.getLanguages();
    if (!known.includes(languageId)) {
      const msg = `VS Code has no language mode "${languageId}"; install an extension that provides it.`;
      this.output.warn(`${uri}: ${msg}`);
      if (why !== 'auto') {
        void vscode.window.showWarningMessage(`CodeBERTa: ${msg}`);
      }
      return false;
    }
    if (doc.languageId === languageId) {
      return true;
    }
    this.tracker.expect(uri, languageId);
    try {
      await vscode.languages.setTextDocumentLanguage(doc, languageId);
      this.output.info(`${uri}: language set to ${languageId} (${why})`);
      return true;
    } catch (e) {
      this.tracker.cancelExpect(uri);
      this.output.error(`${uri}: cannot set the language to ${languageId}: ${errorMessage(e)}`);
      return false;
    }
  }

  // ---- language changes and corrections -----------------------------------

  private onClose(doc: vscode.TextDocument): void {
    const uri = doc.uri.toString();
    const at = Date.now();
    this.closed.set(uri, { languageId: doc.languageId, at });
    setTimeout(() => {
      const c = this.closed.get(uri);
      if (c && c.at === at) {
        // A real close, not a language change.
        this.closed.delete(uri);
        if (!this.findDocument(uri)) {
          this.tracker.forget(uri);
        }
      }
    }, REOPEN_MS);
  }

  private onOpen(doc: vscode.TextDocument): void {
    const uri = doc.uri.toString();
    const c = this.closed.get(uri);
    this.closed.delete(uri);
    if (c && Date.now() - c.at < REOPEN_MS && c.languageId !== doc.languageId) {
      void this.onLanguageChanged(doc, c.languageId);
    }
  }

  private async onLanguageChanged(doc: vscode.TextDocument, previous: string): Promise<void> {
    const uri = doc.uri.toString();
    // On untitled documents VS Code itself switches the language from the
    // first line (`#!/usr/bin/env python3`) and, with
    // `workbench.editor.languageDetection`, from its own model: such a switch
    // is not the user correcting us.
    const detection = vscode.workspace.getConfiguration('workbench.editor', doc.uri).get<boolean>('languageDetection', true);
    const untitled = doc.uri.scheme === 'untitled';
    const change = this.tracker.languageChanged(uri, previous, doc.languageId, {
      builtinDetectionMayAct: untitled && (detection || this.firstLineImplies(doc.languageId, doc)),
    });
    this.output.info(`${uri}: language ${previous} -> ${doc.languageId} (${change.kind})`);
    this.updateStatus();
    if (change.kind !== 'correction' || !config().get<boolean>('recordCorrections', true) || mode() === 'off') {
      return;
    }
    const client = this.client;
    if (!client?.isRunning()) {
      this.output.warn(`${uri}: correction to ${change.languageId} not recorded: the server is not running`);
      return;
    }
    try {
      const result = await client.sendRequest(ExecuteCommandRequest.type, {
        command: 'codeberta.recordCorrection',
        arguments: [uri, change.languageId, change.previous, prefix(doc.getText())],
      });
      const where = (result as { path?: string } | null)?.path;
      this.output.info(`${uri}: recorded a correction to ${change.languageId}${where ? ` at ${where}` : ''}`);
      vscode.window.setStatusBarMessage(
        `CodeBERTa: noted that this is ${this.displayName(change.languageId)}`,
        5000,
      );
    } catch (e) {
      const msg = `could not record the correction to ${change.languageId}: ${errorMessage(e)}`;
      this.output.error(`${uri}: ${msg}`);
      void vscode.window.showWarningMessage(`CodeBERTa: ${msg}`);
    }
  }

  // ---- commands -----------------------------------------------------------

  /** `codeberta.applyLanguage [uri, languageId]` from the server's code actions. */
  private async applyCommand(uri: unknown, languageId: unknown): Promise<void> {
    const target = typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined;
    if (!target || typeof languageId !== 'string') {
      void vscode.window.showErrorMessage('CodeBERTa: codeberta.applyLanguage needs [uri, languageId].');
      return;
    }
    const doc = this.findDocument(target);
    if (!doc) {
      void vscode.window.showWarningMessage(`CodeBERTa: ${target} is not open.`);
      return;
    }
    await this.setLanguage(doc, languageId, 'code action');
  }

  private async detectCommand(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('CodeBERTa: open a document to detect its language.');
      return;
    }
    const client = await this.runningClient();
    if (!client) {
      return;
    }
    const doc = editor.document;
    let result: ClassifyResult;
    try {
      result = await client.sendRequest<ClassifyResult>(CLASSIFY, { text: prefix(doc.getText()), topK: 5 });
    } catch (e) {
      void vscode.window.showErrorMessage(`CodeBERTa: detection failed: ${errorMessage(e)}`);
      return;
    }
    if (!result.guesses.length) {
      const why = result.reason ? ` (${this.reasonText(result.reason)})` : '';
      void vscode.window.showInformationMessage(`CodeBERTa has no guess for this document${why}.`);
      return;
    }
    if (isUnknownLanguage(doc.languageId) || this.tracker.get(doc.uri.toString())) {
      this.tracker.update(doc.uri.toString(), doc.version, result.guesses, result.reason);
      this.updateStatus();
    }
    const items = result.guesses.map((g) => ({
      label: this.displayName(g.languageId),
      description: `${g.languageId} · ${percent(g.confidence)}${g.languageId === doc.languageId ? ' · current' : ''}`,
      languageId: g.languageId,
    }));
    const pick = await vscode.window.showQuickPick(items, {
      title: 'CodeBERTa: detected languages',
      placeHolder: 'Set the language mode of this document',
    });
    if (pick && pick.languageId !== doc.languageId) {
      await this.setLanguage(doc, pick.languageId, 'Detect Language');
    }
  }

  private async retrainCommand(): Promise<void> {
    const client = await this.runningClient();
    if (!client) {
      return;
    }
    const token = `codeberta-retrain-${Date.now()}`;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'CodeBERTa: retraining the classifier', cancellable: true },
      async (progress, cancel) => {
        let last = 0;
        const onProgress = client.onProgress(WorkDoneProgress.type, token, (value) => {
          if (value.kind === 'end') {
            progress.report({ increment: 100 - last, message: value.message ?? 'done' });
            last = 100;
            return;
          }
          const pct = value.percentage;
          if (typeof pct === 'number' && pct >= last) {
            progress.report({ increment: pct - last, message: value.message ?? `${pct}%` });
            last = pct;
          } else if (value.message) {
            progress.report({ message: value.message });
          }
        });
        const onCancel = cancel.onCancellationRequested(() => {
          void client.sendNotification(WorkDoneProgressCancelNotification.type, { token });
        });
        try {
          // The server reports the outcome itself with window/showMessage.
          const result = (await client.sendRequest(ExecuteCommandRequest.type, {
            command: 'codeberta.retrain',
            arguments: [],
            workDoneToken: token,
          })) as { status?: string; message?: string } | null;
          this.output.info(`retrain: ${result?.status ?? '?'}: ${result?.message ?? ''}`);
        } catch (e) {
          void vscode.window.showErrorMessage(`CodeBERTa: retraining failed: ${errorMessage(e)}`);
        } finally {
          onProgress.dispose();
          onCancel.dispose();
        }
      },
    );
  }

  // ---- language status item ---------------------------------------------

  private readLanguageNames(): void {
    const names = new Map<string, string>();
    const firstLines = new Map<string, RegExp[]>();
    for (const ext of vscode.extensions.all) {
      const languages = (ext.packageJSON as { contributes?: { languages?: unknown } })?.contributes?.languages;
      if (!Array.isArray(languages)) {
        continue;
      }
      for (const l of languages as { id?: unknown; aliases?: unknown; firstLine?: unknown }[]) {
        if (typeof l.id !== 'string') {
          continue;
        }
        const alias = Array.isArray(l.aliases) ? l.aliases.find((a) => typeof a === 'string' && a) : undefined;
        if (typeof alias === 'string' && !names.has(l.id)) {
          names.set(l.id, alias);
        }
        if (typeof l.firstLine === 'string') {
          try {
            firstLines.set(l.id, [...(firstLines.get(l.id) ?? []), new RegExp(l.firstLine)]);
          } catch {
            // not a JavaScript regular expression; VS Code would not use it either
          }
        }
      }
    }
    this.languageNames = names;
    this.firstLines = firstLines;
  }

  /** Whether VS Code's own first-line rule gives `languageId` for this text. */
  private firstLineImplies(languageId: string, doc: vscode.TextDocument): boolean {
    if (doc.lineCount === 0) {
      return false;
    }
    const line = doc.lineAt(0).text;
    return (this.firstLines.get(languageId) ?? []).some((re) => re.test(line));
  }

  private displayName(languageId: string): string {
    return this.languageNames.get(languageId) ?? languageId;
  }

  private reasonText(reason: string): string {
    switch (reason) {
      case 'short':
      case 'empty':
        return 'not enough text yet';
      case 'binary':
        return 'binary content';
      default:
        return reason;
    }
  }

  private updateStatus(): void {
    const s = this.status;
    if (mode() === 'off') {
      s.selector = [];
      return;
    }
    // Untitled and plain-text documents, plus files we classified (after we
    // applied a language they are no longer plain text).
    const selector: vscode.DocumentFilter[] = [{ scheme: 'untitled' }, { language: 'plaintext' }];
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.scheme !== 'untitled' && this.tracker.get(d.uri.toString())?.guesses.length) {
        selector.push({ scheme: d.uri.scheme, pattern: d.uri.fsPath });
      }
    }
    s.selector = selector;
    s.command = { title: 'Detect…', command: 'codeberta.detectLanguage', tooltip: 'CodeBERTa: Detect Language' };
    s.busy = false;
    s.severity = vscode.LanguageStatusSeverity.Information;
    if (this.serverProblem) {
      s.text = '$(error) CodeBERTa: server not available';
      s.detail = this.serverProblem;
      s.severity = vscode.LanguageStatusSeverity.Error;
      s.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['codeberta.server'] };
      return;
    }
    const client = this.client;
    if (!client || client.state === State.Starting) {
      s.text = 'CodeBERTa: starting';
      s.detail = '';
      s.busy = client !== undefined;
      return;
    }
    if (client.state === State.Stopped) {
      s.text = 'CodeBERTa: stopped';
      s.detail = '';
      s.severity = vscode.LanguageStatusSeverity.Warning;
      s.command = { title: 'Restart', command: 'codeberta.restartServer' };
      return;
    }
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc ? this.tracker.get(doc.uri.toString()) : undefined;
    const guesses = state?.guesses ?? [];
    if (!guesses.length) {
      s.text = 'CodeBERTa: no guess';
      s.detail = state?.reason ? this.reasonText(state.reason) : 'waiting for text';
      s.accessibilityInformation = { label: 'CodeBERTa has no guess for this document' };
      return;
    }
    const [top, ...rest] = guesses;
    const label = (g: Guess) => `${this.displayName(g.languageId)} ${percent(g.confidence)}`;
    s.text = `$(sparkle) CodeBERTa: ${label(top)}`;
    s.detail = rest.length ? rest.map(label).join(' · ') : '';
    s.accessibilityInformation = {
      label: `CodeBERTa guesses ${guesses.map(label).join(', ')}`,
    };
  }
}

let controller: Controller | undefined;

export function activate(context: vscode.ExtensionContext): void {
  controller = new Controller();
  context.subscriptions.push(controller);
  void controller.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
