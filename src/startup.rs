//! Building the application: the database, its migrations and the HTTP
//! server on a bound port. `main` only parses the command line and calls
//! [`Application::build`]; tests do the same with port 0.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, ErrorHandlers};
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use url::Url;

use crate::app::schedule::Jobs;
use crate::config::{Config, DatabaseTarget};
use crate::db::{self, group_commit::GroupCommit};
use crate::email::transport::{Mailer, Outlet};
use crate::web::form::FORM_LIMIT;
use crate::web::{csrf, error, headers, observe, routes, slow_body, AppState};

pub struct Application {
    port: u16,
    base_url: Url,
    server: Server,
    jobs: Jobs,
    jobs_interval_seconds: i64,
    data_dir: std::path::PathBuf,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        Application::build_with_outlet(config, None).await
    }

    /// As [`Application::build`], emails going to `outlet` (when given)
    /// instead of the configured transport.
    pub async fn build_with_outlet(
        config: Config,
        outlet: Option<Arc<dyn Outlet>>,
    ) -> anyhow::Result<Application> {
        crate::private_files::create_dir(&config.data_dir).with_context(|| {
            format!(
                "ANSWERABLE_DATA_DIR: cannot make {} a folder for this user alone",
                config.data_dir.display()
            )
        })?;
        let target = config.database.clone();
        let questionnaires_dir = config.questionnaires_dir.clone();
        let pool = tokio::task::spawn_blocking(move || -> anyhow::Result<db::Pool> {
            let pool = db::connect(&target)?;
            let mut conn = pool.get().context("taking a database connection")?;
            let applied = db::migrate(&mut conn)?;
            for name in applied {
                tracing::info!(migration = %name, "applied database migration");
            }
            load_questionnaires(&mut conn, &questionnaires_dir)?;
            Ok(pool)
        })
        .await??;

        let listener = TcpListener::bind(config.bind).with_context(|| {
            format!(
                "ANSWERABLE_BIND: cannot listen on {}; is another program using it?",
                config.bind
            )
        })?;
        let address = listener.local_addr()?;
        let base_url = match &config.base_url {
            Some(url) => url.clone(),
            None => Url::parse(&format!("http://{address}")).context("deriving the base URL")?,
        };
        let mailer = match outlet {
            Some(outlet) => Mailer::with_outlet(&config, outlet),
            None => Mailer::from_config(&config)?,
        };
        tracing::info!(transport = %mailer.describe(), "email goes out by");
        let jobs = Jobs::for_config(pool.clone(), &config, &base_url, mailer);
        let jobs_interval_seconds = config.jobs_interval_seconds;
        let data_dir = config.data_dir.clone();
        let batches = match &config.database {
            DatabaseTarget::Sqlite(_) => Some(Arc::new(
                GroupCommit::start(pool.clone()).context("starting the SQLite batch writer")?,
            )),
            DatabaseTarget::Postgres(_) => None,
        };
        let state = AppState {
            pool,
            config: Arc::new(config),
            base_url: base_url.clone(),
            questionnaires: Default::default(),
            publications: Default::default(),
            public_cache: Default::default(),
            health: Default::default(),
            password_checks: Default::default(),
            metrics: Default::default(),
            batches,
        };
        let https = state.https();
        let data = web::Data::new(state);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(actix_web::web::PayloadConfig::default().limit(FORM_LIMIT))
                .app_data(actix_web::web::JsonConfig::default().limit(FORM_LIMIT))
                .app_data(
                    actix_multipart::form::MultipartFormConfig::default()
                        .total_limit(crate::web::admin::directory_import::UPLOAD_LIMIT)
                        .memory_limit(crate::web::admin::directory_import::UPLOAD_LIMIT),
                )
                .configure(routes)
                .default_service(actix_web::web::to(crate::web::methods::not_routed))
                .wrap(ErrorHandlers::new().default_handler(error::render_plain_errors))
                .wrap(from_fn(csrf::protect))
                .wrap(from_fn(slow_body::limit))
                .wrap(headers::security_headers(https))
                .wrap(from_fn(observe::observe))
        })
        .listen(listener)?
        .shutdown_timeout(5)
        .run();
        Ok(Application {
            port: address.port(),
            base_url,
            server,
            jobs,
            jobs_interval_seconds,
            data_dir,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The job loop of this server, for a test to run by hand.
    pub fn jobs(&self) -> Jobs {
        self.jobs.clone()
    }

    /// Serves, with the job loop beside it unless it is turned off.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let worker = (self.jobs_interval_seconds > 0).then(|| {
            let interval = std::time::Duration::from_secs(self.jobs_interval_seconds as u64);
            tokio::spawn(self.jobs.run_forever(interval, self.data_dir))
        });
        let result = self.server.await;
        if let Some(worker) = worker {
            worker.abort();
        }
        result
    }
}

/// Loads the questionnaire files of the configured folder. An invalid file
/// is reported and skipped: it must not keep the service from starting.
fn load_questionnaires(conn: &mut db::DbConnection, dir: &std::path::Path) -> anyhow::Result<()> {
    use crate::db::questionnaires::Stored;
    use crate::questionnaire_files::{load_folder, LoadReport};
    let reports = load_folder(conn, dir)
        .with_context(|| format!("loading questionnaires from {}", dir.display()))?;
    for report in reports {
        match report {
            LoadReport::Stored(Stored::New(v)) => tracing::info!(
                slug = %v.slug, version = %v.version_label, digest = %v.short_digest(),
                "loaded a new questionnaire version"
            ),
            LoadReport::Stored(Stored::Unchanged(_)) => {}
            LoadReport::Invalid(problems) => {
                for problem in problems {
                    tracing::warn!("questionnaire not loaded: {problem}");
                }
            }
        }
    }
    Ok(())
}
