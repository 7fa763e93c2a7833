//! `codeberta`: detect the programming language of files from their content.

mod detect_cmd;
mod model_path;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Detect(args) => detect_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("codeberta: {e:#}");
            ExitCode::from(2)
        }
    }
}
