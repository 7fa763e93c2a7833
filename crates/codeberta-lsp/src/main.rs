//! `codeberta-lsp --stdio`: a language server that suggests the language of
//! documents the editor does not know, and learns from corrections.

mod config;
mod corrections;
mod debounce;
mod documents;
mod engine;
mod hysteresis;
mod learning;
mod paths;
mod relay;
mod server;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use codeberta_core::DetectorOptions;
use tower_lsp_server::{LspService, Server};

use crate::corrections::CorrectionsStore;
use crate::engine::Engine;
use crate::learning::learner::Learner;
use crate::server::Backend;

#[derive(Debug, Parser)]
#[command(
    name = "codeberta-lsp",
    version,
    about = "Language server that detects the language of a document"
)]
struct Args {
    /// Speak LSP over stdin/stdout (the only transport).
    #[arg(long)]
    stdio: bool,
    /// Model bundle folder [default: $CODEBERTA_MODEL, else models/default].
    #[arg(long, value_name = "DIR")]
    model: Option<PathBuf>,
    /// Where corrections and learned models live [default:
    /// $XDG_DATA_HOME/codeberta, else ~/.local/share/codeberta].
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// ONNX Runtime threads per inference.
    #[arg(long, default_value_t = 1)]
    threads: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if !args.stdio {
        eprintln!("codeberta-lsp: pass --stdio (the only supported transport)");
        return ExitCode::from(2);
    }
    let model_dir = args
        .model
        .unwrap_or_else(codeberta_core::bundle::default_model_dir);
    let Some(data_dir) = args.data_dir.or_else(paths::default_data_dir) else {
        eprintln!("codeberta-lsp: no data folder: set XDG_DATA_HOME or HOME, or pass --data-dir");
        return ExitCode::from(2);
    };
    let options = DetectorOptions {
        intra_threads: args.threads.max(1),
        ..DetectorOptions::default()
    };
    let engine = match Engine::load(&model_dir, options) {
        Ok(e) => Arc::new(e),
        Err(e) => {
            eprintln!(
                "codeberta-lsp: cannot load the model from {}: {e}",
                model_dir.display()
            );
            return ExitCode::from(1);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("codeberta-lsp: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let store = CorrectionsStore::new(data_dir.join("corrections"));
    let learner = Arc::new(Learner::new(
        engine.clone(),
        store,
        data_dir.join("learned"),
    ));
    let corrections_dir = data_dir.join("corrections");
    runtime.block_on(async move {
        let (service, socket) =
            LspService::build(|client| Backend::new(client, engine, learner, corrections_dir))
                .custom_method("codeberta/classify", Backend::classify)
                .custom_method("window/workDoneProgress/cancel", Backend::cancel_progress)
                .finish();
        let (stdin, stdout, flush) = relay::guard(tokio::io::stdin(), tokio::io::stdout());
        Server::new(stdin, stdout, socket).serve(service).await;
        flush.finish(std::time::Duration::from_secs(2)).await;
    });
    // stdin is read on a blocking thread that may never return: do not wait.
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    ExitCode::SUCCESS
}
