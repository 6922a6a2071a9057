//! The real binary, serving on a free port in a process of its own: for
//! what only a separate process shows (its memory, its own start-up).
//! `ANSWERABLE_TEST_BINARY` runs another build (the benchmarks give the
//! release build).

use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::helpers::TestDb;

pub struct Served {
    child: Child,
    pub address: String,
    env: Vec<(String, String)>,
    // Dropped last: the database outlives the server that uses it.
    pub db: TestDb,
    _dir: TempDir,
}

fn binary() -> String {
    std::env::var("ANSWERABLE_TEST_BINARY")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_answerable").to_string())
}

impl Served {
    /// `answerable serve` on a new database of the backend under test,
    /// with `env` added; returns once `/healthz` answers.
    pub async fn start(env: &[(&str, &str)]) -> Served {
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::create(&dir);
        let port = crate::smtp_server::free_port();
        let mut all: Vec<(String, String)> = vec![
            ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
            ("ANSWERABLE_DATABASE_URL".into(), db.url()),
            ("ANSWERABLE_BIND".into(), format!("127.0.0.1:{port}")),
            (
                "ANSWERABLE_DATA_DIR".into(),
                dir.path().join("data").display().to_string(),
            ),
            (
                "ANSWERABLE_QUESTIONNAIRES_DIR".into(),
                concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires").into(),
            ),
            ("ANSWERABLE_JOBS_INTERVAL_SECONDS".into(), "0".into()),
            ("ANSWERABLE_LOG".into(), "warn".into()),
        ];
        all.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let child = Command::new(binary())
            .arg("serve")
            .env_clear()
            .envs(all.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the answerable binary starts");
        let served = Served {
            child,
            address: format!("http://127.0.0.1:{port}"),
            env: all,
            db,
            _dir: dir,
        };
        let client = reqwest::Client::new();
        let start = Instant::now();
        loop {
            let up = client
                .get(format!("{}/healthz", served.address))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if up {
                return served;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "answerable serve did not answer /healthz"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs another command of the same binary on the same database and
    /// data folder (`admin create`, say).
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(binary())
            .args(args)
            .env_clear()
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap()
    }

    /// The server process's resident memory now, in KiB.
    pub fn resident_kib(&self) -> u64 {
        self.status_kib("VmRSS:")
    }

    /// The most resident memory the server process has had, in KiB.
    pub fn peak_resident_kib(&self) -> u64 {
        self.status_kib("VmHWM:")
    }

    fn status_kib(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("no {field} in /proc/PID/status"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
