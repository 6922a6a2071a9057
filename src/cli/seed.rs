//! `answerable seed demo`: fictional companies, organisations and an open
//! campaign to look at. Running it again changes nothing. It creates no
//! account and no password.

use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{Duration, NaiveTime, TimeZone};
use clap::Subcommand;
use serde::Deserialize;

use crate::app::campaigns::{self, NewCampaign};
use crate::app::directory::{self, organisations::add_organisation};
use crate::config::Config;
use crate::db::audit::Actor;
use crate::db::campaigns::find_by_slug;
use crate::db::companies::{self, Filter};
use crate::db::DbConnection;
use crate::domain::campaign::{local_to_utc, parse_time_zone, CampaignSlug, CampaignState};
use crate::domain::company::Sector;
use crate::domain::{directory_csv, time};
use crate::questionnaire_files;

#[derive(Debug, Subcommand)]
pub enum SeedCommand {
    /// Load the demo data of seeds/demo.
    Demo {
        /// The folder with companies.csv and demo.toml.
        #[arg(long, default_value = "seeds/demo")]
        dir: PathBuf,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    organisations: Vec<DemoOrganisation>,
    campaign: DemoCampaign,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoOrganisation {
    name: String,
    website: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoCampaign {
    /// Checked as it is read, like a slug typed on the campaign form.
    slug: CampaignSlug,
    title: String,
    questionnaire: PathBuf,
    contact_email: String,
    time_zone: String,
    deadline_weeks: i64,
    deadline_time: String,
    target_sectors: Vec<String>,
}

pub fn run(config: &Config, command: SeedCommand) -> anyhow::Result<()> {
    let SeedCommand::Demo { dir } = command;
    let mut conn = super::open(config)?;
    crate::db::migrate(&mut conn)?;
    demo(&mut conn, &dir)
}

fn demo(conn: &mut DbConnection, dir: &Path) -> anyhow::Result<()> {
    let actor = Actor::CommandLine;
    let csv_path = dir.join("companies.csv");
    let bytes =
        std::fs::read(&csv_path).with_context(|| format!("reading {}", csv_path.display()))?;
    let records = directory_csv::parse(&bytes).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        anyhow::anyhow!("{} is not valid: {}", csv_path.display(), lines.join("; "))
    })?;
    let summary = directory::import(conn, &records, &actor, false, &mut |_| {})?;
    println!(
        "companies: {} created, {} updated, {} unchanged",
        summary.created, summary.updated, summary.unchanged
    );

    let toml_path = dir.join("demo.toml");
    let text = std::fs::read_to_string(&toml_path)
        .with_context(|| format!("reading {}", toml_path.display()))?;
    let demo: DemoFile =
        toml::from_str(&text).with_context(|| format!("reading {}", toml_path.display()))?;

    let existing = companies::organisations(conn)?;
    let mut organisations = Vec::new();
    for org in &demo.organisations {
        if !existing.iter().any(|o| o.name == org.name) {
            add_organisation(conn, &actor, &org.name, org.website.as_deref())?;
            println!("organisation added: {}", org.name);
        }
    }
    for o in companies::organisations(conn)? {
        if demo.organisations.iter().any(|d| d.name == o.name) {
            organisations.push(o.id);
        }
    }

    let c = &demo.campaign;
    let file = questionnaire_files::check(&c.questionnaire).map_err(|problems| {
        anyhow::anyhow!(
            "the demo questionnaire is not valid: {}",
            problems.join("; ")
        )
    })?;
    let version = questionnaire_files::store(conn, &file, "seed demo")?;
    let campaign = match find_by_slug(conn, c.slug.as_str())? {
        Some(existing) => existing,
        None => {
            let tz = parse_time_zone(&c.time_zone).map_err(anyhow::Error::msg)?;
            let now = time::now();
            let today = tz.from_utc_datetime(&now).date_naive();
            let at = NaiveTime::parse_from_str(&c.deadline_time, "%H:%M")
                .with_context(|| format!("deadline_time in {}", toml_path.display()))?;
            let deadline_at = local_to_utc(today + Duration::weeks(c.deadline_weeks), at, tz)
                .map_err(anyhow::Error::msg)?;
            let new = NewCampaign {
                slug: c.slug.as_str().to_string(),
                title: c.title.clone(),
                questionnaire_version_id: version.version().id.clone(),
                contact_email: c.contact_email.clone(),
                time_zone: tz.name().to_string(),
                opens_at: now,
                deadline_at,
                organisations: organisations.clone(),
            };
            campaigns::create(conn, &actor, &new)?;
            println!("campaign created: {}", c.slug.as_str());
            find_by_slug(conn, c.slug.as_str())?.context("the campaign was just created")?
        }
    };
    if campaign.state() == CampaignState::Draft {
        campaigns::open(conn, &actor, &campaign.id)?;
        println!("campaign opened: {}", c.slug.as_str());
    }
    if campaign.state().can_change_targets() {
        let mut ids = Vec::new();
        for sector in &c.target_sectors {
            let sector = Sector::parse(sector).map_err(anyhow::Error::msg)?;
            let filter = Filter {
                sector: Some(sector),
                ..Default::default()
            };
            ids.extend(companies::list(conn, &filter)?.into_iter().map(|co| co.id));
        }
        let added = campaigns::add_targets(conn, &actor, &campaign.id, &ids)?;
        println!("targets added: {added}");
    }
    Ok(())
}
