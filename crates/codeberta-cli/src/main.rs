//! `codeberta`: detect the programming language of files from their content.

mod detect_cmd;
mod eval_cmd;
mod harvest_cmd;
mod lexical_cmd;
mod train_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "codeberta",
    version,
    about = "Tell which programming language a text is written in"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Classify files or standard input.
    Detect(detect_cmd::DetectArgs),
    /// Fine-tune or train a classifier on DIR/<label>/<files>.
    Train(Box<train_cmd::TrainArgs>),
    /// Report precision, recall and F1 of a bundle on a labelled folder.
    Eval(eval_cmd::EvalArgs),
    /// Build a labelled corpus from folders and Debian packages.
    Harvest(Box<harvest_cmd::HarvestArgs>),
    /// Add the lexical expert to a bundle and fit how it combines with the model.
    Lexical(lexical_cmd::LexicalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Detect(args) => detect_cmd::run(args),
        Command::Train(args) => train_cmd::run(*args),
        Command::Eval(args) => eval_cmd::run(args),
        Command::Harvest(args) => harvest_cmd::run(*args),
        Command::Lexical(args) => lexical_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("codeberta: {e:#}");
            ExitCode::from(2)
        }
    }
}
