//! `answerable backup DEST` and `answerable restore SOURCE`.

use std::path::PathBuf;

use crate::backup;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// A new (or empty) folder for the backup, outside the data folder.
    pub dest: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A folder written by `answerable backup`.
    pub source: PathBuf,
    /// Replace a database that holds data, and write over the data folder's
    /// files of the same name. Stop the service first.
    #[arg(long)]
    pub force: bool,
}

pub fn backup(config: &Config, args: BackupArgs) -> anyhow::Result<()> {
    let manifest = backup::create(config, &args.dest)?;
    println!(
        "Backed up the {} database ({}) and {} files of the data folder into {}: {} bytes in all, with their SHA-256 in {}.",
        manifest.backend.name(),
        migration(&manifest.migration),
        manifest.files.len() - 1,
        args.dest.display(),
        manifest.total_bytes(),
        backup::manifest::MANIFEST,
    );
    Ok(())
}

pub fn restore(config: &Config, args: RestoreArgs) -> anyhow::Result<()> {
    let restored = backup::restore(config, &args.source, args.force)?;
    let m = &restored.manifest;
    println!(
        "Verified {} files against {}.",
        m.files.len(),
        backup::manifest::MANIFEST
    );
    println!(
        "Restored the {} database of the backup made on {} by Answerable {} ({}).",
        m.backend.name(),
        m.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
        m.app_version,
        migration(&m.migration),
    );
    for name in &restored.applied {
        println!("applied {name}");
    }
    if restored.applied.is_empty() {
        println!("The database is up to date.");
    }
    println!(
        "Restored {} files into the data folder {}.",
        restored.data_files,
        config.data_dir.display()
    );
    Ok(())
}

fn migration(version: &Option<String>) -> String {
    match version {
        Some(v) => format!("migration {v}"),
        None => "never migrated".to_string(),
    }
}
