//! The real binary, serving on a free port in a process of its own: for
//! what only a separate process shows (its memory, its own start-up).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::helpers::TestDb;

pub struct Served {
    child: Child,
    pub address: String,
    // Dropped last: the database outlives the server that uses it.
    _db: TestDb,
    _dir: TempDir,
}

impl Served {
    /// `answerable serve` on a new database of the backend under test,
    /// with `env` added; returns once `/healthz` answers.
    pub async fn start(env: &[(&str, &str)]) -> Served {
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::create(&dir);
        let port = crate::smtp_server::free_port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_answerable"));
        command
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("ANSWERABLE_DATABASE_URL", db.url())
            .env("ANSWERABLE_BIND", format!("127.0.0.1:{port}"))
            .env("ANSWERABLE_DATA_DIR", dir.path().join("data"))
            .env(
                "ANSWERABLE_QUESTIONNAIRES_DIR",
                concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires"),
            )
            .env("ANSWERABLE_JOBS_INTERVAL_SECONDS", "0")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (k, v) in env {
            command.env(k, v);
        }
        let child = command.spawn().expect("the answerable binary starts");
        let served = Served {
            child,
            address: format!("http://127.0.0.1:{port}"),
            _db: db,
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

    /// The server process's resident memory now, in KiB.
    pub fn resident_kib(&self) -> u64 {
        self.status_kib("VmRSS:")
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
