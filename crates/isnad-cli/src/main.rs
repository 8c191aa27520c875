//! The `isnad` command: a thin shell over the `isnad` engine. It parses flags, reads inputs,
//! shows progress and prints; every analysis decision lives in the library.

mod analyze;
mod eval;
mod eval_page;
mod input;
mod standoff;
mod train;
mod train_ner;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "isnad",
    version,
    about = "Who reported what, on whose authority: Arabic news analysis"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse pages (files, folders, `-` for stdin) and print one JSON document per line.
    Analyze(analyze::Args),
    /// Score the pipeline against gold data.
    #[command(subcommand)]
    Eval(eval::Command),
    /// Rebuild the models and lexicons under data/ from ../shared/data.
    #[command(subcommand)]
    Train(train::Command),
}

/// `isnad analyze ... | head` must stop quietly when the reader goes away, as Unix tools do,
/// rather than fail (or panic inside `println!`) on a broken pipe.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread is spawned; resetting SIGPIPE to
    // its default action touches no Rust state.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Eval(cmd) => eval::run(cmd),
        Command::Train(cmd) => train::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("isnad: {e:#}");
            ExitCode::from(2)
        }
    }
}
