//! The `LanguageServer` implementation: document sync, suggestions, code
//! actions, hover, commands and the custom `codeberta/*` methods.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use codeberta_core::languages::{canonical_id, is_valid_label};
use codeberta_core::Language;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::sync::oneshot;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use crate::config::Settings;
use crate::corrections::watcher::watch_folder;
use crate::corrections::{Correction, CorrectionsStore, StoreError};
use crate::debounce::{settle, until_stable};
use crate::documents::{is_eligible, is_unknown_language, Document, Documents, Worker};
use crate::engine::{Classification, Engine, Guess};
use crate::hysteresis::next_suggestion;
use crate::learning::learner::{Learner, Mode, Outcome};

pub const SET_LANGUAGE_KIND: &str = "source.codeberta.setLanguage";
pub const APPLY_COMMAND: &str = "codeberta.applyLanguage";
pub const RETRAIN_COMMAND: &str = "codeberta.retrain";
pub const RECORD_COMMAND: &str = "codeberta.recordCorrection";
/// Quiet time before the store is rescanned after file-system events.
const STORE_QUIET: Duration = Duration::from_millis(100);
/// The `workspace/configuration` section the server pulls its settings from.
pub const CONFIG_SECTION: &str = "codeberta";
/// Id of the dynamic `workspace/didChangeConfiguration` registration.
const CONFIG_REGISTRATION_ID: &str = "codeberta-did-change-configuration";
/// How long the client may take to answer `workspace/configuration` or
/// `client/registerCapability` before the server gives up on that answer.
const CLIENT_ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// `codeberta/detectedLanguage`.
pub enum DetectedLanguage {}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetectedLanguageParams {
    pub uri: String,
    pub version: i32,
    pub current_language_id: String,
    pub guesses: Vec<Guess>,
}

impl notification::Notification for DetectedLanguage {
    type Params = DetectedLanguageParams;
    const METHOD: &'static str = "codeberta/detectedLanguage";
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassifyParams {
    pub text: Option<String>,
    pub text_document: Option<DocumentRef>,
    pub top_k: Option<usize>,
}

#[derive(Debug, Deserialize)]
pub struct DocumentRef {
    pub uri: String,
}

#[derive(Debug, Default, Clone)]
struct ClientCaps {
    detected_language: bool,
    work_done_progress: bool,
    /// `workspace.configuration`: the client answers `workspace/configuration`.
    configuration: bool,
    /// `workspace.didChangeConfiguration.dynamicRegistration`.
    dynamic_configuration: bool,
}

/// A request to pull the settings; answered once they were applied.
type PullRequest = Option<oneshot::Sender<()>>;

/// What applying one source of settings did.
struct Applied {
    warnings: Vec<String>,
    changed: bool,
    /// Set when the corrections folder moved and could not be watched.
    store_error: Option<String>,
}

/// State shared with the background tasks.
pub struct Shared {
    client: Client,
    engine: Arc<Engine>,
    learner: Arc<Learner>,
    docs: Mutex<Documents>,
    settings: RwLock<Settings>,
    caps: RwLock<ClientCaps>,
    learn_tx: UnboundedSender<()>,
    /// Serialises `workspace/configuration` pulls (see `configuration_loop`).
    pull_tx: UnboundedSender<PullRequest>,
    /// Set once `initialized` watches the corrections folder; before that a
    /// changed `correctionsDir` only updates the settings.
    watching: AtomicBool,
    default_corrections_dir: PathBuf,
    /// Kept alive to keep watching; replaced when the folder setting changes.
    store_watcher: Mutex<Option<notify::RecommendedWatcher>>,
    model_watcher: Mutex<Option<notify::RecommendedWatcher>>,
    cancels: Mutex<HashMap<String, Arc<AtomicBool>>>,
    next_token: AtomicU64,
}

pub struct Backend {
    shared: Arc<Shared>,
    learn_rx: Mutex<Option<UnboundedReceiver<()>>>,
    pull_rx: Mutex<Option<UnboundedReceiver<PullRequest>>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn read<T: Clone>(m: &RwLock<T>) -> T {
    m.read()
        .map(|g| g.clone())
        .unwrap_or_else(|p| p.into_inner().clone())
}

fn invalid_params(message: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InvalidParams,
        message: message.into().into(),
        data: None,
    }
}

fn internal(message: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::InternalError,
        message: message.into().into(),
        data: None,
    }
}

fn display_name(id: &str) -> String {
    Language::lookup(id).map_or_else(|| id.to_string(), |l| l.name.to_string())
}

fn same_language(a: &str, b: &str) -> bool {
    canonical_id(a) == canonical_id(b)
}

/// Whether `text` has at least `min` non-blank characters, looking no
/// further than needed (documents may be 50 MB).
fn long_enough(text: &str, min: usize) -> bool {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .take(min)
        .count()
        >= min
}

impl Backend {
    pub fn new(
        client: Client,
        engine: Arc<Engine>,
        learner: Arc<Learner>,
        default_corrections_dir: PathBuf,
    ) -> Self {
        let (learn_tx, learn_rx) = unbounded_channel();
        let (pull_tx, pull_rx) = unbounded_channel();
        Self {
            shared: Arc::new(Shared {
                client,
                engine,
                learner,
                docs: Mutex::new(Documents::default()),
                settings: RwLock::new(Settings::default()),
                caps: RwLock::new(ClientCaps::default()),
                learn_tx,
                pull_tx,
                watching: AtomicBool::new(false),
                default_corrections_dir,
                store_watcher: Mutex::new(None),
                model_watcher: Mutex::new(None),
                cancels: Mutex::new(HashMap::new()),
                next_token: AtomicU64::new(1),
            }),
            learn_rx: Mutex::new(Some(learn_rx)),
            pull_rx: Mutex::new(Some(pull_rx)),
        }
    }

    /// `codeberta/classify`: stateless classification of a text or an open
    /// document.
    pub async fn classify(&self, params: ClassifyParams) -> Result<Value> {
        let s = &self.shared;
        let settings = read(&s.settings);
        let top_k = params.top_k.unwrap_or(settings.top_k).clamp(1, 100);
        let (text, version) = match (params.text, params.text_document) {
            (Some(text), _) => (Arc::new(text), None),
            (None, Some(doc)) => {
                let docs = lock(&s.docs);
                let d = docs
                    .open
                    .get(&doc.uri)
                    .ok_or_else(|| invalid_params(format!("document {} is not open", doc.uri)))?;
                (d.text.clone(), Some(d.version))
            }
            (None, None) => return Err(invalid_params("give `text` or `textDocument`")),
        };
        let c = s
            .classify_text(text, top_k, settings.max_classify_bytes)
            .await?;
        let mut out = json!({ "guesses": c.guesses });
        if let Some(reason) = c.reason {
            out["reason"] = json!(reason);
        }
        if let Some(v) = version {
            out["version"] = json!(v);
        }
        Ok(out)
    }

    /// `window/workDoneProgress/cancel`.
    pub async fn cancel_progress(&self, params: WorkDoneProgressCancelParams) {
        let key = token_key(&params.token);
        if let Some(flag) = lock(&self.shared.cancels).get(&key) {
            flag.store(true, Ordering::SeqCst);
        }
    }

    async fn record_correction(&self, args: Vec<Value>) -> Result<Option<Value>> {
        let s = &self.shared;
        let uri = args
            .first()
            .and_then(Value::as_str)
            .ok_or_else(|| invalid_params("arguments: [uri, languageId, previous?, text?]"))?
            .to_string();
        let language = args
            .get(1)
            .and_then(Value::as_str)
            .ok_or_else(|| invalid_params("arguments: [uri, languageId, previous?, text?]"))?
            .to_string();
        if !is_valid_label(&language) {
            return Err(invalid_params(
                StoreError::InvalidLabel(language).to_string(),
            ));
        }
        let previous = args.get(2).and_then(Value::as_str).map(str::to_string);
        let given_text = args.get(3).and_then(Value::as_str).map(str::to_string);
        let max = read(&s.settings).max_classify_bytes;
        let (text, suggested) = {
            let docs = lock(&s.docs);
            let doc = docs.open.get(&uri);
            let suggested = doc.and_then(|d| {
                d.suggestion.clone().or_else(|| {
                    d.last
                        .as_ref()
                        .and_then(|c| c.guesses.first())
                        .map(|g| g.language_id.clone())
                })
            });
            let text = match (given_text, doc) {
                (Some(t), _) => t,
                (None, Some(d)) => {
                    codeberta_core::tokenize::prefix_at_char_boundary(&d.text, max).to_string()
                }
                (None, None) => {
                    return Err(invalid_params(format!(
                        "document {uri} is not open; pass its text as the fourth argument"
                    )))
                }
            };
            (text, suggested)
        };
        let correction = Correction {
            text,
            language,
            previous,
            suggested,
            timestamp: Correction::now(),
            uri: Some(uri),
            source: Some("command".into()),
        };
        let path = s.record(correction).await?;
        Ok(Some(json!({ "path": path.display().to_string() })))
    }

    async fn retrain_command(&self, token: Option<ProgressToken>) -> Result<Option<Value>> {
        let s = self.shared.clone();
        let supports = read(&s.caps).work_done_progress;
        let token = match token {
            Some(t) => Some(t),
            None if supports => {
                let n = s.next_token.fetch_add(1, Ordering::SeqCst);
                let t = ProgressToken::String(format!("codeberta-retrain-{n}"));
                s.client
                    .create_work_done_progress(t.clone())
                    .await
                    .ok()
                    .map(|()| t)
            }
            None => None,
        };
        let cancel = Arc::new(AtomicBool::new(false));
        let key = token.as_ref().map(token_key);
        if let Some(k) = &key {
            lock(&s.cancels).insert(k.clone(), cancel.clone());
        }
        let progress = match token {
            Some(t) => Some(
                s.client
                    .progress(t, "codeberta: retraining")
                    .with_percentage(0)
                    .with_cancel_button()
                    .begin()
                    .await,
            ),
            None => None,
        };
        let (pct_tx, mut pct_rx) = unbounded_channel::<u32>();
        let reporter = tokio::spawn(async move {
            let mut last = 0;
            while let Some(p) = pct_rx.recv().await {
                if let Some(ongoing) = &progress {
                    if p >= last + 5 {
                        last = p;
                        ongoing.report(p.min(100), None).await;
                    }
                }
            }
            progress
        });
        let learner = s.learner.clone();
        let flag = cancel.clone();
        let result = tokio::task::spawn_blocking(move || {
            learner.retrain(Mode::Full, &flag, &mut |done, total| {
                let _ = pct_tx.send((done * 100 / total.max(1)) as u32);
            })
        })
        .await;
        let progress = reporter.await.ok().flatten();
        if let Some(k) = &key {
            lock(&s.cancels).remove(k);
        }
        let (status, message, kind) = match result {
            Ok(Ok((outcome, _))) => {
                let status = match &outcome {
                    Outcome::Installed { .. } => "installed",
                    Outcome::Rejected(_) => "rejected",
                    Outcome::Cleared => "cleared",
                    Outcome::Unchanged => "unchanged",
                };
                if matches!(outcome, Outcome::Installed { .. } | Outcome::Cleared) {
                    s.redetect_all();
                }
                (status, outcome.message(), MessageType::INFO)
            }
            Ok(Err(e)) if cancel.load(Ordering::SeqCst) => (
                "cancelled",
                format!("codeberta: retraining cancelled ({e})"),
                MessageType::WARNING,
            ),
            Ok(Err(e)) => (
                "failed",
                format!("codeberta: retraining failed: {e}"),
                MessageType::ERROR,
            ),
            Err(e) => (
                "failed",
                format!("codeberta: retraining crashed: {e}"),
                MessageType::ERROR,
            ),
        };
        if let Some(p) = progress {
            p.finish_with_message(message.clone()).await;
        }
        s.client.show_message(kind, &message).await;
        Ok(Some(json!({ "status": status, "message": message })))
    }
}

fn token_key(token: &ProgressToken) -> String {
    serde_json::to_string(token).unwrap_or_default()
}

impl Shared {
    async fn log(&self, typ: MessageType, message: impl Into<String>) {
        self.client.log_message(typ, message.into()).await;
    }

    async fn classify_text(
        &self,
        text: Arc<String>,
        top_k: usize,
        max_bytes: usize,
    ) -> Result<Classification> {
        let served = self.engine.current();
        match tokio::task::spawn_blocking(move || served.classify(&text, top_k, max_bytes)).await {
            Ok(Ok(c)) => Ok(c),
            Ok(Err(e)) => Err(internal(format!("classification failed: {e}"))),
            Err(e) => Err(internal(format!("classification crashed: {e}"))),
        }
    }

    async fn record(&self, correction: Correction) -> Result<PathBuf> {
        let store = self.learner.store();
        let written = tokio::task::spawn_blocking(move || store.record(&correction)).await;
        match written {
            Ok(Ok(path)) => {
                let _ = self.learn_tx.send(());
                Ok(path)
            }
            Ok(Err(e @ (StoreError::InvalidLabel(_) | StoreError::EmptyText))) => {
                Err(invalid_params(e.to_string()))
            }
            Ok(Err(e)) => Err(internal(e.to_string())),
            Err(e) => Err(internal(format!("writing the correction crashed: {e}"))),
        }
    }

    fn redetect_all(&self) {
        for doc in lock(&self.docs).open.values() {
            doc.worker.poke();
        }
    }

    fn corrections_store(&self) -> CorrectionsStore {
        let dir = read(&self.settings)
            .corrections_dir
            .unwrap_or_else(|| self.default_corrections_dir.clone());
        CorrectionsStore::new(dir)
    }

    /// (Re)points the learner and the watcher at the configured store.
    /// Synchronous, so a request handled after a settings change writes to
    /// the new folder. Returns why the folder cannot be watched.
    fn repoint_store(&self) -> Option<String> {
        let store = self.corrections_store();
        let dir = store.dir().to_path_buf();
        self.learner.set_store(store);
        let watcher = match crate::corrections::atomic::create_private_dir(&dir) {
            Ok(()) => watch_folder(&dir, self.learn_tx.clone()).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        let problem = match watcher {
            Ok(w) => {
                *lock(&self.store_watcher) = Some(w);
                None
            }
            Err(e) => {
                *lock(&self.store_watcher) = None;
                Some(format!(
                    "codeberta: cannot watch the corrections folder {}: {e}",
                    dir.display()
                ))
            }
        };
        let _ = self.learn_tx.send(());
        problem
    }

    async fn watch_store(&self) {
        if let Some(problem) = self.repoint_store() {
            self.log(MessageType::ERROR, problem).await;
        }
    }

    /// Applies one source of settings (`initializationOptions`, a pushed
    /// `didChangeConfiguration`, a pulled `workspace/configuration` answer)
    /// over the current ones: the keys it has win, the others stay. Bad
    /// values are ignored and returned as warnings. Synchronous, so a request
    /// handled after a push already sees it.
    fn apply_settings(&self, value: &Value) -> Applied {
        let (warnings, changed, dir_changed) = {
            let mut settings = self
                .settings
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let before = settings.clone();
            let warnings = settings.apply(value);
            let dir_changed = before.corrections_dir != settings.corrections_dir;
            (warnings, before != *settings, dir_changed)
        };
        let store_error = if dir_changed && self.watching.load(Ordering::SeqCst) {
            self.repoint_store()
        } else {
            None
        };
        Applied {
            warnings,
            changed,
            store_error,
        }
    }

    /// Reports what `apply_settings` did and re-classifies when it mattered.
    async fn settings_applied(&self, applied: Applied) {
        for w in applied.warnings {
            self.log(MessageType::WARNING, w).await;
        }
        if let Some(problem) = applied.store_error {
            self.log(MessageType::ERROR, problem).await;
        }
        if applied.changed {
            self.redetect_all();
        }
    }

    /// One `workspace/configuration` round trip for the `codeberta` section.
    /// A client that fails to answer, or answers nonsense, is reported and
    /// changes nothing.
    async fn pull_configuration(&self) {
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some(CONFIG_SECTION.into()),
        };
        let answer =
            tokio::time::timeout(CLIENT_ANSWER_TIMEOUT, self.client.configuration(vec![item]))
                .await;
        match answer {
            Ok(Ok(values)) => {
                let value = values.into_iter().next().unwrap_or(Value::Null);
                let applied = self.apply_settings(&value);
                self.settings_applied(applied).await;
            }
            Ok(Err(e)) => {
                self.log(
                    MessageType::WARNING,
                    format!(
                        "codeberta: workspace/configuration failed ({}); keeping the current settings",
                        e.message
                    ),
                )
                .await
            }
            Err(_) => {
                self.log(
                    MessageType::WARNING,
                    format!(
                        "codeberta: no answer to workspace/configuration within {} s; keeping the current settings",
                        CLIENT_ANSWER_TIMEOUT.as_secs()
                    ),
                )
                .await
            }
        }
    }

    /// Asks the client to send `workspace/didChangeConfiguration` (with no
    /// section: the notification only says "pull again").
    async fn register_configuration_changes(&self) {
        let registration = Registration {
            id: CONFIG_REGISTRATION_ID.into(),
            method: "workspace/didChangeConfiguration".into(),
            register_options: None,
        };
        let answer = tokio::time::timeout(
            CLIENT_ANSWER_TIMEOUT,
            self.client.register_capability(vec![registration]),
        )
        .await;
        let problem = match answer {
            Ok(Ok(())) => return,
            Ok(Err(e)) => e.message.to_string(),
            Err(_) => format!("no answer within {} s", CLIENT_ANSWER_TIMEOUT.as_secs()),
        };
        self.log(
            MessageType::WARNING,
            format!("codeberta: could not register for configuration changes: {problem}"),
        )
        .await;
    }

    /// Clears a published mismatch hint (diagnostics were turned off).
    async fn withdraw_mismatch(&self, uri: &str) {
        let version = {
            let mut docs = lock(&self.docs);
            match docs.open.get_mut(uri) {
                Some(doc) if doc.mismatch.is_some() => {
                    doc.mismatch = None;
                    doc.version
                }
                _ => return,
            }
        };
        if let Ok(uri) = uri.parse::<Uri>() {
            self.client
                .publish_diagnostics(uri, Vec::new(), Some(version))
                .await;
        }
    }

    /// Classifies one document after its edits settled and tells the client
    /// when the suggestion changed.
    async fn refresh(&self, uri: &str) {
        let settings = read(&self.settings);
        let Some((text, version, language_id)) = ({
            let docs = lock(&self.docs);
            docs.open
                .get(uri)
                .map(|d| (d.text.clone(), d.version, d.language_id.clone()))
        }) else {
            return;
        };
        let eligible = is_eligible(uri, &language_id);
        if !eligible && !settings.diagnostics {
            self.withdraw_mismatch(uri).await;
            return;
        }
        let classification = if long_enough(&text, settings.min_content_length) {
            match self
                .classify_text(text, settings.top_k, settings.max_classify_bytes)
                .await
            {
                Ok(c) => c,
                Err(e) => {
                    self.log(MessageType::ERROR, e.message.to_string()).await;
                    return;
                }
            }
        } else {
            Classification {
                guesses: Vec::new(),
                reason: Some("short".into()),
            }
        };
        let mut notify = None;
        let mut diagnostics = None;
        {
            let mut docs = lock(&self.docs);
            let Some(doc) = docs.open.get_mut(uri) else {
                return;
            };
            if doc.version != version {
                return; // a newer edit is pending; its run will report
            }
            if eligible {
                let next = next_suggestion(
                    doc.suggestion.as_deref(),
                    &classification.guesses,
                    settings.confidence_threshold,
                    settings.hysteresis_margin,
                );
                if next != doc.suggestion {
                    doc.suggestion = next.clone();
                    let mut guesses = classification.guesses.clone();
                    match &next {
                        Some(s) => {
                            if let Some(i) = guesses.iter().position(|g| &g.language_id == s) {
                                let g = guesses.remove(i);
                                guesses.insert(0, g);
                            }
                        }
                        None => guesses.clear(),
                    }
                    notify = Some(DetectedLanguageParams {
                        uri: uri.to_string(),
                        version,
                        current_language_id: language_id.clone(),
                        guesses,
                    });
                }
            } else {
                let mismatch = classification
                    .guesses
                    .first()
                    .filter(|g| g.confidence >= settings.mismatch_threshold)
                    .filter(|g| !same_language(&g.language_id, &language_id))
                    .map(|g| g.language_id.clone());
                if mismatch != doc.mismatch {
                    doc.mismatch = mismatch.clone();
                    diagnostics = Some(mismatch.map(|m| {
                        let conf = classification.guesses[0].confidence;
                        mismatch_diagnostic(&m, conf, &language_id)
                    }));
                }
            }
            doc.last = Some(classification);
        }
        if let Some(params) = notify {
            if read(&self.caps).detected_language {
                self.client
                    .send_notification::<DetectedLanguage>(params)
                    .await;
            }
        }
        if let Some(diag) = diagnostics {
            if let Ok(uri) = uri.parse::<Uri>() {
                self.client
                    .publish_diagnostics(uri, diag.into_iter().collect(), Some(version))
                    .await;
            }
        }
    }
}

fn mismatch_diagnostic(language: &str, confidence: f32, current: &str) -> Diagnostic {
    Diagnostic {
        range: Range::default(),
        severity: Some(DiagnosticSeverity::HINT),
        source: Some("codeberta".into()),
        code: Some(NumberOrString::String("language-mismatch".into())),
        message: format!(
            "This looks like {} ({:.0}%), not {}",
            display_name(language),
            confidence * 100.0,
            display_name(current)
        ),
        data: Some(json!({ "languageId": language })),
        ..Diagnostic::default()
    }
}

async fn document_worker(shared: Arc<Shared>, uri: String, worker: Worker) {
    loop {
        worker.wake.notified().await;
        if !worker.alive.load(Ordering::SeqCst) {
            return;
        }
        let quiet = Duration::from_millis(read(&shared.settings).debounce_ms);
        until_stable(&worker.edits, quiet).await;
        if !worker.alive.load(Ordering::SeqCst) {
            return;
        }
        shared.refresh(&uri).await;
    }
}

async fn learning_loop(shared: Arc<Shared>, mut rx: UnboundedReceiver<()>) {
    let mut reported: HashSet<(PathBuf, String)> = HashSet::new();
    while settle(&mut rx, STORE_QUIET).await {
        if !read(&shared.settings).learning {
            continue;
        }
        let learner = shared.learner.clone();
        let result = tokio::task::spawn_blocking(move || {
            learner.retrain(Mode::Incremental, &AtomicBool::new(false), &mut |_, _| {})
        })
        .await;
        match result {
            Ok(Ok((outcome, report))) => {
                let now: HashSet<(PathBuf, String)> = report.errors.into_iter().collect();
                for (path, why) in now.difference(&reported) {
                    shared
                        .log(
                            MessageType::WARNING,
                            format!(
                                "codeberta: skipping correction file {}: {why}",
                                path.display()
                            ),
                        )
                        .await;
                }
                reported = now;
                if outcome != Outcome::Unchanged {
                    let typ = match outcome {
                        Outcome::Rejected(_) => MessageType::WARNING,
                        _ => MessageType::INFO,
                    };
                    shared.log(typ, outcome.message()).await;
                }
                if matches!(outcome, Outcome::Installed { .. } | Outcome::Cleared) {
                    shared.redetect_all();
                }
            }
            Ok(Err(e)) => {
                shared
                    .log(
                        MessageType::ERROR,
                        format!("codeberta: learning failed: {e}"),
                    )
                    .await
            }
            Err(e) => {
                shared
                    .log(
                        MessageType::ERROR,
                        format!("codeberta: learning crashed: {e}"),
                    )
                    .await
            }
        }
    }
}

/// Pulls the settings once per batch of requests, in order, so an older
/// answer never lands after a newer one. Requests queued while a pull is in
/// flight are served by one pull after it: the answer is a snapshot of the
/// client's settings, so one fresh pull answers them all.
async fn configuration_loop(shared: Arc<Shared>, mut rx: UnboundedReceiver<PullRequest>) {
    while let Some(first) = rx.recv().await {
        let mut waiting = vec![first];
        while let Ok(more) = rx.try_recv() {
            waiting.push(more);
        }
        shared.pull_configuration().await;
        for done in waiting.into_iter().flatten() {
            let _ = done.send(());
        }
    }
}

async fn model_reload_loop(shared: Arc<Shared>, mut rx: UnboundedReceiver<()>) {
    while settle(&mut rx, Duration::from_millis(300)).await {
        let engine = shared.engine.clone();
        match tokio::task::spawn_blocking(move || engine.reload_base()).await {
            Ok(Ok(true)) => {
                shared
                    .log(MessageType::INFO, "codeberta: model reloaded")
                    .await;
                let _ = shared.learn_tx.send(());
                shared.redetect_all();
            }
            Ok(Ok(false)) => {}
            Ok(Err(e)) => {
                shared
                    .log(
                        MessageType::WARNING,
                        format!("codeberta: the model files changed and do not load ({e}); still serving the last good model"),
                    )
                    .await;
            }
            Err(e) => {
                shared
                    .log(
                        MessageType::ERROR,
                        format!("codeberta: model reload crashed: {e}"),
                    )
                    .await
            }
        }
    }
}

fn experimental_flag(caps: &ClientCapabilities, name: &str) -> bool {
    caps.experimental
        .as_ref()
        .and_then(|e| e.get("codeberta"))
        .and_then(|c| c.get(name))
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

fn kind_allowed(kind: &str, only: Option<&Vec<CodeActionKind>>) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|k| {
            let k = k.as_str();
            kind == k || kind.starts_with(&format!("{k}."))
        })
    })
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let s = &self.shared;
        // Watched before the client hears back, so a model file changed
        // right after the handshake is never missed (the folder comes from
        // the command line, not from settings).
        let (model_tx, model_rx) = unbounded_channel();
        match watch_folder(s.engine.model_dir(), model_tx) {
            Ok(w) => {
                *lock(&s.model_watcher) = Some(w);
                tokio::spawn(model_reload_loop(s.clone(), model_rx));
            }
            Err(e) => {
                s.log(
                    MessageType::WARNING,
                    format!("codeberta: not watching the model folder: {e}"),
                )
                .await
            }
        }
        {
            let mut caps = s
                .caps
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            caps.detected_language = experimental_flag(&params.capabilities, "detectedLanguage");
            caps.work_done_progress = params
                .capabilities
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false);
            let workspace = params.capabilities.workspace.as_ref();
            caps.configuration = workspace.and_then(|w| w.configuration).unwrap_or(false);
            caps.dynamic_configuration = workspace
                .and_then(|w| w.did_change_configuration.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false);
        }
        if let Some(options) = &params.initialization_options {
            let applied = s.apply_settings(options);
            s.settings_applied(applied).await;
        }
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "codeberta-lsp".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::FULL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::from(SET_LANGUAGE_KIND),
                            CodeActionKind::QUICKFIX,
                        ]),
                        ..CodeActionOptions::default()
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![RETRAIN_COMMAND.into(), RECORD_COMMAND.into()],
                    ..ExecuteCommandOptions::default()
                }),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                experimental: Some(json!({
                    "codeberta": { "detectedLanguage": true, "classify": true }
                })),
                ..ServerCapabilities::default()
            },
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let s = self.shared.clone();
        if let Some(rx) = lock(&self.learn_rx).take() {
            tokio::spawn(learning_loop(s.clone(), rx));
        }
        if let Some(rx) = lock(&self.pull_rx).take() {
            tokio::spawn(configuration_loop(s.clone(), rx));
        }
        let caps = read(&s.caps);
        if caps.configuration {
            if caps.dynamic_configuration {
                let registering = s.clone();
                tokio::spawn(async move { registering.register_configuration_changes().await });
            }
            // The pulled settings (a `correctionsDir` among them) count
            // before the store is watched.
            let (done_tx, done_rx) = oneshot::channel();
            if s.pull_tx.send(Some(done_tx)).is_ok() {
                let _ = done_rx.await;
            }
        }
        let learner = s.learner.clone();
        if let Ok(Some(message)) = tokio::task::spawn_blocking(move || learner.restore()).await {
            s.log(MessageType::INFO, message).await;
        }
        s.watching.store(true, Ordering::SeqCst);
        s.watch_store().await;
    }

    async fn shutdown(&self) -> Result<()> {
        for doc in lock(&self.shared.docs).open.values() {
            doc.worker.stop();
        }
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let s = self.shared.clone();
        let item = params.text_document;
        let uri = item.uri.as_str().to_string();
        let settings = read(&s.settings);
        let worker = Worker::default();
        worker.alive.store(true, Ordering::SeqCst);
        let inferred = {
            let mut docs = lock(&s.docs);
            let closed = docs.take_recently_closed(&uri);
            if let Some(old) = docs.open.remove(&uri) {
                old.worker.stop();
            }
            docs.open.insert(
                uri.clone(),
                Document {
                    language_id: item.language_id.clone(),
                    version: item.version,
                    text: Arc::new(item.text),
                    worker: worker.clone(),
                    suggestion: None,
                    last: None,
                    mismatch: None,
                },
            );
            closed.and_then(|c| {
                let ours = c.suggestion.or(c.top)?;
                let changed = !same_language(&c.language_id, &item.language_id);
                let contradicts = !same_language(&ours, &item.language_id);
                (settings.infer_corrections
                    && changed
                    && contradicts
                    && !is_unknown_language(&item.language_id)
                    && is_valid_label(&item.language_id))
                .then(|| Correction {
                    text: codeberta_core::tokenize::prefix_at_char_boundary(
                        &c.text,
                        settings.max_classify_bytes,
                    )
                    .to_string(),
                    language: item.language_id.clone(),
                    previous: Some(c.language_id),
                    suggested: Some(ours),
                    timestamp: Correction::now(),
                    uri: Some(uri.clone()),
                    source: Some("inferred".into()),
                })
            })
        };
        tokio::spawn(document_worker(s.clone(), uri, worker.clone()));
        worker.poke();
        if let Some(correction) = inferred {
            let language = correction.language.clone();
            match s.record(correction).await {
                Ok(path) => {
                    s.log(
                        MessageType::INFO,
                        format!(
                            "codeberta: recorded a correction to {language} at {}",
                            path.display()
                        ),
                    )
                    .await
                }
                Err(e) => {
                    s.client
                        .show_message(
                            MessageType::ERROR,
                            format!("codeberta: could not record the correction: {}", e.message),
                        )
                        .await
                }
            }
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri.as_str();
        let version = params.text_document.version;
        let Some(change) = params
            .content_changes
            .into_iter()
            .rev()
            .find(|c| c.range.is_none())
        else {
            return; // full sync only: ranged changes are not ours to apply
        };
        let mut docs = lock(&self.shared.docs);
        if let Some(doc) = docs.open.get_mut(uri) {
            // Messages are handled concurrently: never let an older full text
            // replace a newer one.
            if version >= doc.version {
                doc.version = version;
                doc.text = Arc::new(change.text);
                doc.worker.poke();
            }
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let had_mismatch = {
            let mut docs = lock(&self.shared.docs);
            match docs.open.remove(uri.as_str()) {
                Some(doc) => {
                    doc.worker.stop();
                    docs.remember_closed(uri.as_str().to_string(), &doc);
                    doc.mismatch.is_some()
                }
                None => false,
            }
        };
        if had_mismatch {
            self.shared
                .client
                .publish_diagnostics(uri, Vec::new(), None)
                .await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let s = self.shared.clone();
        // A push (flat or under `codeberta`) applies at once; VS Code and
        // other pull-model clients send `null` or `{}`, which changes nothing.
        let applied = s.apply_settings(&params.settings);
        if read(&s.caps).configuration {
            // Then pull: the client's answer is the newest word.
            let _ = s.pull_tx.send(None);
        }
        s.settings_applied(applied).await;
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let s = &self.shared;
        let top_k = read(&s.settings).top_k;
        let uri = params.text_document.uri;
        let docs = lock(&s.docs);
        let Some(doc) = docs.open.get(uri.as_str()) else {
            return Ok(None);
        };
        let Some(last) = &doc.last else {
            return Ok(Some(Vec::new()));
        };
        let only = params.context.only.as_ref();
        let mut actions = Vec::new();
        for g in last
            .guesses
            .iter()
            .filter(|g| !same_language(&g.language_id, &doc.language_id))
            .take(top_k)
        {
            let title = format!("Set language mode to {}", display_name(&g.language_id));
            let is_fix = doc.mismatch.as_deref() == Some(g.language_id.as_str());
            let kind = if is_fix {
                CodeActionKind::QUICKFIX
            } else {
                CodeActionKind::from(SET_LANGUAGE_KIND)
            };
            if !kind_allowed(kind.as_str(), only) {
                continue;
            }
            let diagnostics = is_fix.then(|| {
                params
                    .context
                    .diagnostics
                    .iter()
                    .filter(|d| d.source.as_deref() == Some("codeberta"))
                    .cloned()
                    .collect::<Vec<_>>()
            });
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: title.clone(),
                kind: Some(kind),
                diagnostics,
                is_preferred: Some(
                    doc.suggestion.as_deref() == Some(g.language_id.as_str()) || is_fix,
                ),
                command: Some(Command {
                    title,
                    command: APPLY_COMMAND.into(),
                    arguments: Some(vec![json!(uri.as_str()), json!(g.language_id)]),
                }),
                ..CodeAction::default()
            }));
        }
        Ok(Some(actions))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let s = &self.shared;
        if !read(&s.settings).hover {
            return Ok(None);
        }
        let uri = params.text_document_position_params.text_document.uri;
        let docs = lock(&s.docs);
        let Some(last) = docs.open.get(uri.as_str()).and_then(|d| d.last.as_ref()) else {
            return Ok(None);
        };
        if last.guesses.is_empty() {
            return Ok(None);
        }
        let list: Vec<String> = last
            .guesses
            .iter()
            .map(|g| {
                format!(
                    "{} ({}) {:.0}%",
                    display_name(&g.language_id),
                    g.language_id,
                    g.confidence * 100.0
                )
            })
            .collect();
        Ok(Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: format!("**codeberta**: {}", list.join(" · ")),
            }),
            range: None,
        }))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        match params.command.as_str() {
            RECORD_COMMAND => self.record_correction(params.arguments).await,
            RETRAIN_COMMAND => {
                self.retrain_command(params.work_done_progress_params.work_done_token)
                    .await
            }
            other => Err(invalid_params(format!("unknown command {other}"))),
        }
    }
}
