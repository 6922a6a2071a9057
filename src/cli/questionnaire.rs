//! `answerable questionnaire ...`: check questionnaire files and load them
//! as versions.

use std::path::PathBuf;

use anyhow::bail;
use clap::Subcommand;

use crate::config::Config;
use crate::db::questionnaires::Stored;
use crate::questionnaire_files;

#[derive(Debug, Subcommand)]
pub enum QuestionnaireCommand {
    /// Check files and print every problem as FILE:LINE:COLUMN: message.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Check files and store each as a questionnaire version (identified by
    /// the SHA-256 of its content; loading the same content again changes
    /// nothing).
    Load {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the questionnaire format.
    Schema,
}

pub fn schema() -> anyhow::Result<()> {
    let schema = crate::domain::questionnaire::json_schema();
    println!("{}", serde_json::to_string_pretty(&schema)?);
    Ok(())
}

/// `check` needs no database, so it runs before the configuration is read.
pub fn check(files: &[PathBuf]) -> anyhow::Result<()> {
    let mut problems = 0;
    for path in files {
        match questionnaire_files::check(path) {
            Ok(file) => println!("{}", questionnaire_files::summary_line(&file)),
            Err(lines) => {
                problems += lines.len();
                for line in lines {
                    println!("{line}");
                }
            }
        }
    }
    if problems > 0 {
        bail!(
            "{problems} problem{} found",
            if problems == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

pub fn load(config: &Config, files: &[PathBuf]) -> anyhow::Result<()> {
    // Every file is checked before anything is stored: all or nothing.
    let mut checked = Vec::new();
    let mut problems = 0;
    for path in files {
        match questionnaire_files::check(path) {
            Ok(file) => checked.push(file),
            Err(lines) => {
                problems += lines.len();
                for line in lines {
                    println!("{line}");
                }
            }
        }
    }
    if problems > 0 {
        bail!("{problems} problem(s) found; nothing was loaded");
    }
    let mut conn = super::open(config)?;
    crate::db::migrate(&mut conn)?;
    for file in &checked {
        let stored = questionnaire_files::store(&mut conn, file, "command line")?;
        let v = stored.version();
        match stored {
            Stored::New(_) => println!(
                "{}: loaded {} {} as new version {}",
                file.path.display(),
                v.slug,
                v.version_label,
                v.short_digest()
            ),
            Stored::Unchanged(_) => println!(
                "{}: unchanged, {} {} is already version {}",
                file.path.display(),
                v.slug,
                v.version_label,
                v.short_digest()
            ),
        }
    }
    Ok(())
}
