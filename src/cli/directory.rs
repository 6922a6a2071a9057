//! `answerable import companies` and `answerable export companies`: the
//! company directory to and from a spreadsheet (CSV).

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use clap::Subcommand;

use crate::app::directory;
use crate::config::Config;
use crate::db::audit::Actor;
use crate::domain::directory_csv;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import companies and contacts from a CSV file with the columns
    /// name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role.
    /// All or nothing: one bad row and nothing is written.
    Companies {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
        /// Check the file and show what would change, without writing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write the directory as CSV in the import's columns (to standard
    /// output without FILE).
    Companies {
        #[arg(value_name = "FILE.csv")]
        file: Option<PathBuf>,
    },
}

pub fn import(config: &Config, command: ImportCommand) -> anyhow::Result<()> {
    let ImportCommand::Companies { file, dry_run } = command;
    let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
    let records = match directory_csv::parse(&bytes) {
        Ok(r) => r,
        Err(errors) => {
            for e in &errors {
                println!("{}: {e}", file.display());
            }
            bail!(
                "{} problem{} in {}; nothing was imported",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                file.display()
            );
        }
    };
    for warning in directory_csv::delivery_warnings(&records) {
        println!("warning: {warning}");
    }
    let mut conn = super::open(config)?;
    crate::db::migrate(&mut conn)?;
    let bar = indicatif::ProgressBar::new(records.len() as u64);
    if records.len() < 500 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let summary = directory::import(
        &mut conn,
        &records,
        &Actor::CommandLine,
        dry_run,
        &mut |done| bar.set_position(done as u64),
    )?;
    bar.finish_and_clear();
    println!(
        "{}{} created, {} updated, {} unchanged ({} contacts added)",
        if dry_run {
            "dry run, nothing written: would be "
        } else {
            ""
        },
        summary.created,
        summary.updated,
        summary.unchanged,
        summary.contacts_added
    );
    Ok(())
}

pub fn export(config: &Config, command: ExportCommand) -> anyhow::Result<()> {
    let ExportCommand::Companies { file } = command;
    let mut conn = super::open(config)?;
    crate::db::migrate(&mut conn)?;
    let text = directory_csv::write(&crate::db::directory::records(&mut conn)?);
    match file {
        Some(path) => write_file(&path, &text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

fn write_file(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}
