//! The command line. Each subcommand parses its arguments into types and
//! calls the library; errors are printed as one plain sentence.

pub mod admin;
pub mod api_token;
pub mod backup;
pub mod directory;
pub mod mail;
pub mod outreach;
pub mod questionnaire;
pub mod seed;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::{db, startup::Application, telemetry};

#[derive(Debug, Parser)]
#[command(
    name = "answerable",
    version,
    about = "Human-rights due-diligence questionnaires, company answers and public scorecards",
    long_about = None
)]
pub struct Cli {
    /// Configuration file (TOML). Environment variables ANSWERABLE_* override it.
    #[arg(long, global = true, value_name = "FILE", env = "ANSWERABLE_CONFIG")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web service (migrates the database first).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Manage staff accounts.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// Make tokens for the JSON API under /api.
    #[command(subcommand)]
    ApiToken(api_token::ApiTokenCommand),
    /// Load demo data (fictional companies and an open campaign).
    #[command(subcommand)]
    Seed(seed::SeedCommand),
    /// Import the company directory from a spreadsheet (CSV).
    #[command(subcommand)]
    Import(directory::ImportCommand),
    /// Export the company directory as a spreadsheet (CSV).
    #[command(subcommand)]
    Export(directory::ExportCommand),
    /// Send a campaign's invitations.
    #[command(subcommand)]
    Campaign(outreach::CampaignCommand),
    /// Deliver queued email, send due reminders and mark deadlines.
    #[command(subcommand)]
    Jobs(outreach::JobsCommand),
    /// Check the mail relay: send one test message.
    #[command(subcommand)]
    Mail(mail::MailCommand),
    /// Check questionnaire files and load them as versions.
    #[command(subcommand)]
    Questionnaire(questionnaire::QuestionnaireCommand),
    /// Copy the database and the data folder into a new folder, consistently,
    /// while the service runs.
    Backup(backup::BackupArgs),
    /// Restore a backup into the configured empty database and data folder,
    /// then migrate it.
    Restore(backup::RestoreArgs),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    use questionnaire::QuestionnaireCommand;
    // These need no configuration and no database.
    if matches!(
        &cli.command,
        Command::Questionnaire(QuestionnaireCommand::Check { .. } | QuestionnaireCommand::Schema)
    ) {
        telemetry::init();
    }
    match &cli.command {
        Command::Questionnaire(QuestionnaireCommand::Check { files }) => {
            return questionnaire::check(files)
        }
        Command::Questionnaire(QuestionnaireCommand::Schema) => return questionnaire::schema(),
        _ => {}
    }
    let config = Config::load(cli.config.as_deref());
    telemetry::init_with(
        matches!(&config, Ok(c) if c.log_format == crate::config::LogFormat::Json),
    );
    let config = config?;
    match cli.command {
        Command::Serve => serve(config),
        Command::Migrate => migrate(&config),
        Command::Admin(command) => admin::run(&config, command),
        Command::ApiToken(command) => api_token::run(&config, command),
        Command::Import(command) => directory::import(&config, command),
        Command::Seed(command) => seed::run(&config, command),
        Command::Export(command) => directory::export(&config, command),
        Command::Campaign(command) => outreach::campaign(&config, command),
        Command::Jobs(command) => outreach::jobs(&config, command),
        Command::Mail(command) => mail::run(&config, command),
        Command::Backup(args) => backup::backup(&config, args),
        Command::Restore(args) => backup::restore(&config, args),
        Command::Questionnaire(QuestionnaireCommand::Load { files }) => {
            questionnaire::load(&config, &files)
        }
        Command::Questionnaire(
            QuestionnaireCommand::Check { .. } | QuestionnaireCommand::Schema,
        ) => {
            unreachable!("answered before the configuration is read")
        }
    }
}

fn serve(config: Config) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let app = Application::build(config).await?;
        tracing::info!(address = %app.base_url(), "Answerable is serving");
        app.run_until_stopped().await.context("serving")
    })
}

fn migrate(config: &Config) -> anyhow::Result<()> {
    let mut conn = open(config)?;
    let applied = db::migrate(&mut conn)?;
    if applied.is_empty() {
        println!("The database is up to date.");
    } else {
        for name in applied {
            println!("applied {name}");
        }
    }
    Ok(())
}

/// One connection for a command-line task, with a message that names the
/// setting when the database cannot be reached.
pub fn open(config: &Config) -> anyhow::Result<db::DbConnection> {
    if let crate::config::DatabaseTarget::Sqlite(path) = &config.database {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            crate::private_files::create_dir(parent).with_context(|| {
                format!("creating the folder {} for the database", parent.display())
            })?;
        }
    }
    db::open(&config.database).map_err(|e| {
        anyhow::anyhow!(
            "cannot open the database of ANSWERABLE_DATABASE_URL ({}): {}",
            config.database.backend_name(),
            e.to_string().trim()
        )
    })
}
