//! `answerable campaign send SLUG` and `answerable jobs run-once`.

use anyhow::Context;
use clap::Subcommand;

use crate::app::outreach::{self, OutreachError, Settings};
use crate::app::schedule::{remove_stale_uploads, Jobs};
use crate::config::Config;
use crate::db::audit::Actor;
use crate::db::{self, campaigns};
use crate::domain::time;
use crate::email::Mailer;

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Invite every target not yet invited (one email per contact). Sending
    /// again reaches only new targets and contacts. `jobs run-once`, or the
    /// running server, delivers the emails.
    Send {
        /// The campaign's slug, as in its address.
        slug: String,
    },
    /// Close an open campaign: ready to publish. Companies that have not
    /// answered keep their own deadline (and are published as still having
    /// time until it passes) unless `--end-their-time` gives the reason,
    /// published beside them, for ending it now.
    Close {
        slug: String,
        #[arg(long, value_name = "REASON")]
        end_their_time: Option<String>,
    },
    /// Publish the results of a closed (or published) campaign as a new
    /// version, at /campaigns/SLUG.
    Publish {
        slug: String,
        /// What changed since the previous version.
        #[arg(long, default_value = "")]
        note: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Mark deadlines, queue due reminders and deliver every due email, then exit.
    RunOnce,
}

fn settings(config: &Config) -> Settings {
    Settings::new(config, &config.public_base_url())
}

pub fn campaign(config: &Config, command: CampaignCommand) -> anyhow::Result<()> {
    let slug = match command {
        CampaignCommand::Send { slug } => slug,
        CampaignCommand::Publish { slug, note } => return publish(config, &slug, &note),
        CampaignCommand::Close {
            slug,
            end_their_time,
        } => return close(config, &slug, end_their_time),
    };
    let mut conn = super::open(config)?;
    db::migrate(&mut conn)?;
    let campaign = campaigns::find_by_slug(&mut conn, &slug)?
        .with_context(|| format!("there is no campaign `{slug}`"))?;
    let bar = indicatif::ProgressBar::new(0);
    let result = outreach::send_campaign(
        &mut conn,
        &Actor::CommandLine,
        &campaign.id,
        &settings(config),
        time::now(),
        |done, total| {
            if total < 500 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
            }
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
    );
    bar.finish_and_clear();
    let summary = match result {
        Err(e @ OutreachError::NotAllowed(..)) => anyhow::bail!("{e}; open it first"),
        other => other?,
    };
    println!(
        "{} target(s) invited; {} invitation(s) queued.",
        summary.targets_invited, summary.emails_queued
    );
    for company in &summary.without_contacts {
        println!("not invited, no contact to write to: {company}");
    }
    Ok(())
}

pub fn jobs(config: &Config, command: JobsCommand) -> anyhow::Result<()> {
    let JobsCommand::RunOnce = command;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let pool = {
            let target = config.database.clone();
            tokio::task::spawn_blocking(move || -> anyhow::Result<db::Pool> {
                let pool = db::connect(&target)?;
                db::migrate(&mut *pool.get()?)?;
                Ok(pool)
            })
            .await??
        };
        let settings = settings(config);
        let jobs = Jobs::for_config(
            pool,
            config,
            &settings.base_url,
            Mailer::from_config(config)?,
        );
        let report = jobs.run_once(time::now()).await?;
        println!("{report}.");
        remove_stale_uploads(&config.data_dir);
        if let Some(why) = &report.delivered.configuration_error {
            // Cron and scripts must notice: no email leaves until fixed.
            anyhow::bail!("the mail relay cannot be used as configured: {why}");
        }
        Ok(())
    })
}

fn publish(config: &Config, slug: &str, note: &str) -> anyhow::Result<()> {
    let mut conn = super::open(config)?;
    db::migrate(&mut conn)?;
    let campaign = campaigns::find_by_slug(&mut conn, slug)?
        .with_context(|| format!("there is no campaign `{slug}`"))?;
    let loaded = crate::db::questionnaires::by_id(&mut conn, &campaign.questionnaire_version_id)?
        .context("the campaign's questionnaire version is missing")?;
    let stored = crate::app::publishing::publish(
        &mut conn,
        &Actor::CommandLine,
        None,
        &campaign,
        &loaded,
        note,
        None,
        time::now(),
    )?;
    println!(
        "Published version {} of {slug}; SHA-256 {}.",
        stored.version, stored.digest
    );
    Ok(())
}

fn close(config: &Config, slug: &str, end_their_time: Option<String>) -> anyhow::Result<()> {
    use crate::app::campaigns::{self as use_cases, Closing};
    let mut conn = super::open(config)?;
    db::migrate(&mut conn)?;
    let campaign = campaigns::find_by_slug(&mut conn, slug)?
        .with_context(|| format!("there is no campaign `{slug}`"))?;
    let now = crate::domain::time::now();
    let waiting = use_cases::still_answering(&mut conn, &campaign, now)?;
    let closing = match end_their_time {
        Some(reason) => Closing::EndTheirTime { reason },
        None => Closing::KeepTheirTime,
    };
    use_cases::close(
        &mut conn,
        &Actor::CommandLine,
        &campaign.id,
        &closing,
        &use_cases::fingerprint(&waiting),
        now,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("Closed {slug}.");
    for w in &waiting {
        match closing {
            Closing::KeepTheirTime => {
                println!("{} may still answer until {} UTC.", w.company, w.deadline)
            }
            Closing::EndTheirTime { .. } => println!("{}: time ended.", w.company),
        }
    }
    Ok(())
}
