use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use answerable::app::schedule::Jobs;
use answerable::config::{Config, DatabaseTarget};
use answerable::db::{self, DbConnection};
use answerable::email::transport::{Mailer, Outlet};
use answerable::startup::Application;

pub use crate::mailbox::MemoryMailbox;
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use tempfile::TempDir;

pub const PASSWORD: &str = "a long enough password";

/// A database made for one test and dropped after it.
pub enum TestDb {
    Sqlite(PathBuf),
    Postgres {
        server_url: String,
        name: String,
        /// Copied from the template, which it keeps in use until dropped.
        from_template: bool,
    },
}

/// On PostgreSQL, migrating a new database takes about half a second; a
/// copy of an already migrated one (`CREATE DATABASE … TEMPLATE`) takes a
/// fraction of it. The template is made by the first test that needs it
/// and dropped by the last one still using it, so none is left behind.
struct PostgresTemplate {
    users: usize,
    made: bool,
}

static TEMPLATE: std::sync::Mutex<PostgresTemplate> = std::sync::Mutex::new(PostgresTemplate {
    users: 0,
    made: false,
});

fn template_name() -> String {
    format!("answerable_template_{}", std::process::id())
}

/// The test server's address with TLS off unless it says otherwise: the
/// tests talk to a server on this machine, and a connection pool that is
/// still opening a connection (TLS negotiation included) when the test
/// process exits must not meet OpenSSL's clean-up at exit.
fn without_tls(server_url: &str) -> String {
    let mut url = url::Url::parse(server_url).expect("ANSWERABLE_TEST_POSTGRES_URL is a URL");
    if !url.query_pairs().any(|(k, _)| k == "sslmode") {
        url.query_pairs_mut().append_pair("sslmode", "disable");
    }
    url.to_string()
}

fn postgres_url(server_url: &str, name: &str) -> String {
    let mut url = url::Url::parse(server_url).unwrap();
    url.set_path(name);
    url.to_string()
}

impl TestDb {
    /// A fresh empty database of the backend under test.
    pub fn create(dir: &TempDir) -> TestDb {
        TestDb::new(dir, false)
    }

    /// A fresh database of the backend under test with every migration
    /// applied, as the server would leave it on its first start.
    pub fn migrated(dir: &TempDir) -> TestDb {
        TestDb::new(dir, true)
    }

    fn new(dir: &TempDir, migrated: bool) -> TestDb {
        let server_url = match std::env::var("ANSWERABLE_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => without_tls(&url),
            _ => return TestDb::Sqlite(dir.path().join("answerable.db")),
        };
        let name = format!("answerable_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = PgConnection::establish(&server_url)
            .expect("ANSWERABLE_TEST_POSTGRES_URL must reach a PostgreSQL server");
        if !migrated {
            conn.batch_execute(&format!("CREATE DATABASE {name}"))
                .expect("creating the test database");
            return TestDb::Postgres {
                server_url,
                name,
                from_template: false,
            };
        }
        let template = template_name();
        {
            let mut state = TEMPLATE.lock().unwrap_or_else(|e| e.into_inner());
            if !state.made {
                // One left by a run of this process id that was killed.
                conn.batch_execute(&format!("DROP DATABASE IF EXISTS {template} WITH (FORCE)"))
                    .expect("removing an old template database");
                conn.batch_execute(&format!("CREATE DATABASE {template}"))
                    .expect("creating the template database");
                let mut migrating = db::open(&DatabaseTarget::Postgres(postgres_url(
                    &server_url,
                    &template,
                )))
                .expect("opening the template database");
                db::migrate(&mut migrating).expect("migrating the template database");
                state.made = true;
            }
            state.users += 1;
        }
        // Copying needs the template to have no connection: ours closed
        // when `migrating` was dropped.
        let made = conn.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"));
        if let Err(e) = made {
            TestDb::stop_using_template(&mut conn);
            panic!("copying the template database: {e}");
        }
        TestDb::Postgres {
            server_url,
            name,
            from_template: true,
        }
    }

    fn stop_using_template(conn: &mut PgConnection) {
        let mut state = TEMPLATE.lock().unwrap_or_else(|e| e.into_inner());
        state.users = state.users.saturating_sub(1);
        if state.users == 0 && state.made {
            let _ = conn.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                template_name()
            ));
            state.made = false;
        }
    }

    pub fn target(&self) -> DatabaseTarget {
        match self {
            TestDb::Sqlite(path) => DatabaseTarget::Sqlite(path.clone()),
            TestDb::Postgres {
                server_url, name, ..
            } => DatabaseTarget::Postgres(postgres_url(server_url, name)),
        }
    }

    pub fn url(&self) -> String {
        match self.target() {
            DatabaseTarget::Sqlite(path) => format!("sqlite://{}", path.display()),
            DatabaseTarget::Postgres(url) => url,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, TestDb::Postgres { .. })
    }
}

/// A test that queued email must end by saying what it expects of the
/// outbox (`assert_outbox_settled`): an email queued by mistake, a second
/// copy or one left half-sent then fails the test that caused it.
impl Drop for TestApp {
    fn drop(&mut self) {
        use answerable::db::schema::outbox;
        use diesel::prelude::*;
        if std::thread::panicking()
            || self
                .outbox_checked
                .load(std::sync::atomic::Ordering::SeqCst)
        {
            return;
        }
        let Ok(mut conn) = db::open(&self.db.target()) else {
            return;
        };
        let queued: i64 = outbox::table.count().get_result(&mut conn).unwrap_or(0);
        assert_eq!(
            queued, 0,
            "this test queued {queued} email(s) and ended without checking the outbox: end it with app.assert_outbox_settled(n)"
        );
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres {
            server_url,
            name,
            from_template,
        } = self
        {
            if let Ok(mut conn) = PgConnection::establish(server_url) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                if *from_template {
                    TestDb::stop_using_template(&mut conn);
                }
            }
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub config: Config,
    /// Where emails go instead of the configured transport, if anywhere.
    pub outlet: Option<Arc<dyn Outlet>>,
    /// Whether the test looked at the outbox before ending (see `Drop`).
    pub outbox_checked: std::sync::atomic::AtomicBool,
    // Dropped last: the database outlives the server that uses it.
    pub db: TestDb,
    pub _dir: TempDir,
}

/// A role and the credentials of an account made for a test.
pub struct Staff {
    pub email: String,
    pub name: String,
    pub password: String,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(|_| {}).await
    }

    /// Starts the server after `adjust` has changed the configuration.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::migrated(&dir);
        TestApp::spawn_on(db, dir, adjust).await
    }

    /// Starts the server on a database and folder that already hold data
    /// (a restored backup, say); the data folder is `dir/data`.
    pub async fn spawn_on(db: TestDb, dir: TempDir, adjust: impl FnOnce(&mut Config)) -> TestApp {
        TestApp::spawn_full(db, dir, adjust, None).await
    }

    /// Starts the server with emails kept in a mailbox the test reads.
    pub async fn spawn_with_mailbox(adjust: impl FnOnce(&mut Config)) -> (TestApp, MemoryMailbox) {
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::migrated(&dir);
        let mailbox = MemoryMailbox::default();
        let app = TestApp::spawn_full(db, dir, adjust, Some(Arc::new(mailbox.clone()))).await;
        (app, mailbox)
    }

    async fn spawn_full(
        db: TestDb,
        dir: TempDir,
        adjust: impl FnOnce(&mut Config),
        outlet: Option<Arc<dyn Outlet>>,
    ) -> TestApp {
        let mut env = HashMap::new();
        env.insert("ANSWERABLE_BIND".to_string(), "127.0.0.1:0".to_string());
        env.insert("ANSWERABLE_DATABASE_URL".to_string(), db.url());
        env.insert(
            "ANSWERABLE_DATA_DIR".to_string(),
            dir.path().join("data").display().to_string(),
        );
        // Tests run the job loop themselves, on a clock they choose.
        env.insert(
            "ANSWERABLE_JOBS_INTERVAL_SECONDS".to_string(),
            "0".to_string(),
        );
        let mut config = Config::from_sources(None, &env).expect("test configuration");
        adjust(&mut config);
        let app = Application::build_with_outlet(config.clone(), outlet.clone())
            .await
            .expect("the application starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        tokio::spawn(app.run_until_stopped());
        TestApp {
            address,
            config,
            outlet,
            outbox_checked: Default::default(),
            db,
            _dir: dir,
        }
    }

    /// Ends a test that sent email: no email is left half-done (held by a
    /// worker's lease), and exactly `waiting` are still queued, so every
    /// other one was accounted for as sent or failed.
    pub fn assert_outbox_settled(&self, waiting: i64) {
        use answerable::db::schema::outbox;
        use diesel::prelude::*;
        self.outbox_checked
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let mut conn = self.conn();
        let queued = outbox::table.filter(outbox::status.eq("queued"));
        let held: i64 = queued
            .filter(outbox::lease_until.is_not_null())
            .count()
            .get_result(&mut conn)
            .unwrap();
        assert_eq!(held, 0, "emails left held by a worker");
        let left: i64 = queued.count().get_result(&mut conn).unwrap();
        assert_eq!(left, waiting, "emails still waiting in the outbox");
    }

    /// A direct connection to the test's database, to check what was stored.
    pub fn conn(&self) -> DbConnection {
        db::open(&self.db.target()).expect("opening the test database")
    }

    /// A job loop like the server's, on its own pool: several can run at once.
    pub fn jobs(&self) -> Jobs {
        let pool = db::connect(&self.db.target()).expect("a pool for the job loop");
        let mailer = match &self.outlet {
            Some(outlet) => Mailer::with_outlet(&self.config, outlet.clone()),
            None => Mailer::from_config(&self.config).expect("the mail transport"),
        };
        let base_url = url::Url::parse(&self.address).unwrap();
        Jobs::for_config(pool, &self.config, &base_url, mailer)
    }

    /// A new browser with its own cookies.
    pub fn browser(&self) -> Browser {
        self.browser_from("127.0.0.1")
    }

    /// A new browser whose requests come from another address of the
    /// loopback range (127.0.0.0/8), as if from another place.
    pub fn browser_from(&self, address: &str) -> Browser {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .local_address(Some(address.parse().expect("an IP address")))
            .build()
            .unwrap();
        Browser {
            base: self.address.clone(),
            client,
            jar,
        }
    }

    /// Makes an account directly, as `answerable admin create` would.
    pub fn create_staff(&self, role: &str) -> Staff {
        use answerable::app::accounts;
        use answerable::db::audit::Actor;
        use answerable::domain::password::NewPassword;
        use answerable::domain::Email;
        let n = uuid::Uuid::new_v4().simple().to_string();
        let email = format!("{role}-{}@example.org", &n[..8]);
        let name = format!("Test {role} {}", &n[..4]);
        let mut conn = self.conn();
        accounts::create(
            &mut conn,
            &Actor::CommandLine,
            &Email::parse(&email).unwrap(),
            &name,
            role.parse().unwrap(),
            &NewPassword::parse(PASSWORD).unwrap(),
            None,
        )
        .expect("creating a staff account");
        Staff {
            email,
            name,
            password: PASSWORD.to_string(),
        }
    }

    /// A browser signed in with a new account of this role.
    pub async fn login_as(&self, role: &str) -> (Browser, Staff) {
        let staff = self.create_staff(role);
        let browser = self.browser();
        let response = browser.login(&staff.email, &staff.password).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        (browser, staff)
    }

    pub async fn login_as_admin(&self) -> (Browser, Staff) {
        self.login_as("admin").await
    }

    /// Audit entries of one action, oldest first, as (subject, details).
    pub fn audit_entries(&self, action: &str) -> Vec<(String, String)> {
        use answerable::db::schema::audit_log::dsl;
        use diesel::prelude::*;
        dsl::audit_log
            .filter(dsl::action.eq(action))
            .order(dsl::at.asc())
            .select((dsl::subject, dsl::details))
            .load(&mut self.conn())
            .unwrap()
    }

    pub fn staff_id(&self, email: &str) -> String {
        use answerable::db::schema::staff_users::dsl;
        use diesel::prelude::*;
        dsl::staff_users
            .filter(dsl::email.eq(email))
            .select(dsl::id)
            .first(&mut self.conn())
            .unwrap()
    }
}

/// What came back, read the way a person would read it.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers.get("location").and_then(|v| v.to_str().ok())
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect()
    }
}

pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    jar: Arc<Jar>,
}

impl Browser {
    async fn read(response: reqwest::Response) -> Page {
        Page {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Browser::read(
            self.client
                .get(format!("{}{}", self.base, path))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// A HEAD request, as uptime monitors and link checkers send.
    pub async fn head(&self, path: &str) -> Page {
        Browser::read(
            self.client
                .head(format!("{}{}", self.base, path))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// A cookie's value as this browser holds it.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = self.base.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header.to_str().ok()?.split("; ").find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            (k == name).then(|| v.to_string())
        })
    }

    /// Sets a cookie as if an earlier visit had left it.
    pub fn set_cookie(&self, name: &str, value: &str) {
        let url = self.base.parse().unwrap();
        self.jar
            .add_cookie_str(&format!("{name}={value}; Path=/"), &url);
    }

    /// The CSRF token that this browser's pages carry in their forms.
    pub async fn csrf_token(&self) -> String {
        // `__Host-` on a server whose address is https.
        let held = || {
            self.cookie("answerable_csrf")
                .or_else(|| self.cookie("__Host-answerable_csrf"))
        };
        if let Some(token) = held() {
            return token;
        }
        let page = self.get("/admin/login").await;
        let token = hidden_field(&page.body, "csrf_token").expect("the page has a CSRF field");
        assert_eq!(held().as_deref(), Some(token.as_str()));
        token
    }

    /// Sends a form as a browser on our own page would (the CSRF field and
    /// a same-origin `Origin`).
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post_raw(path, &all, &[("origin", &self.base.clone())])
            .await
    }

    /// Posts exactly these fields and headers, nothing added.
    pub async fn post_raw(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Page {
        let mut request = self
            .client
            .post(format!("{}{}", self.base, path))
            .form(fields);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        Browser::read(request.send().await.unwrap()).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Page {
        self.submit(
            "/admin/login",
            &[("email", email), ("password", password), ("next", "/admin")],
        )
        .await
    }
}

/// The value of a hidden input in an HTML page.
pub fn hidden_field(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}
