//! Who holds an email's lease, so that a worker that stopped mid-delivery
//! (a crash, a restart, a killed cron run) takes back at once, when it
//! starts again, the emails it held, instead of leaving them until their
//! lease runs out.
//!
//! A lease owner reads `INSTANCE#SLOT/RUN`. `INSTANCE` names the
//! installation (`instance_name`; by default the host name and the data
//! folder). `SLOT` is the lowest number whose lock file
//! (`DATA_DIR/workers/SLOT.lock`) this worker could lock: the operating
//! system holds the lock for as long as the worker lives and frees it when
//! the process ends however it ends. Holding slot 3 therefore proves that no
//! other living worker is `INSTANCE#3`, so any email still leased to
//! `INSTANCE#3/…` belongs to a worker that is gone, and can be taken back
//! now. `serve` and a `jobs run-once` beside it, or two workers in one
//! process, lock different slots and never touch each other's leases; a
//! restarted `serve` finds its old slot free again. `RUN` is new for every
//! run, so that a late write by an earlier run never counts as this one's.
//!
//! When the lock cannot be taken (a read-only data folder, a file system
//! without locks), the worker has no slot and takes nothing back: its
//! leases, and those of a predecessor, simply run out.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::sync::Arc;

use crate::config::Config;

/// More workers than anyone runs on one data folder.
const SLOTS: usize = 64;

#[derive(Debug, Clone)]
pub struct Identity {
    /// `INSTANCE#SLOT/`, or `INSTANCE#-/` without a slot.
    prefix: String,
    /// Whether `prefix` is this worker's alone (a slot is locked).
    exclusive: bool,
    /// The locked slot file; the lock lasts as long as any clone.
    _lock: Option<Arc<File>>,
}

impl Identity {
    /// The identity of this installation's worker: the lowest free slot
    /// under the data folder.
    pub fn for_config(config: &Config) -> Identity {
        let instance = config
            .instance_name
            .clone()
            .unwrap_or_else(|| default_instance(&config.data_dir));
        Identity::take_slot(&instance, &config.data_dir.join("workers"))
    }

    /// Locks the lowest free slot file under `dir`.
    pub fn take_slot(instance: &str, dir: &Path) -> Identity {
        if let Err(e) = std::fs::create_dir_all(dir) {
            tracing::warn!(folder = %dir.display(), error = %e, "no worker slot: this worker cannot take back its own leases after a restart");
            return Identity::without_slot(instance);
        }
        for slot in 0..SLOTS {
            let path = dir.join(format!("{slot}.lock"));
            let file = match OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
            {
                Ok(file) => file,
                Err(e) => {
                    tracing::warn!(file = %path.display(), error = %e, "no worker slot: this worker cannot take back its own leases after a restart");
                    break;
                }
            };
            match file.try_lock() {
                Ok(()) => {
                    return Identity {
                        prefix: format!("{instance}#{slot}/"),
                        exclusive: true,
                        _lock: Some(Arc::new(file)),
                    }
                }
                Err(TryLockError::WouldBlock) => continue,
                Err(TryLockError::Error(e)) => {
                    tracing::warn!(file = %path.display(), error = %e, "no worker slot: this worker cannot take back its own leases after a restart");
                    break;
                }
            }
        }
        Identity::without_slot(instance)
    }

    fn without_slot(instance: &str) -> Identity {
        Identity {
            prefix: format!("{instance}#-/"),
            exclusive: false,
            _lock: None,
        }
    }

    /// The lease owner of one run of this worker.
    pub fn run_owner(&self) -> String {
        format!("{}{}", self.prefix, uuid::Uuid::new_v4().simple())
    }

    /// The owner prefix of this worker's earlier runs, which nobody alive
    /// holds: `None` without a slot.
    pub fn predecessors(&self) -> Option<&str> {
        self.exclusive.then_some(self.prefix.as_str())
    }
}

/// The host name and the data folder: two installations on one machine
/// (different data folders) or on two machines sharing a PostgreSQL differ.
fn default_instance(data_dir: &Path) -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string());
    let dir = std::path::absolute(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    format!("{host}:{}", dir.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_workers_get_different_slots_and_a_freed_slot_is_taken_again() {
        let dir = tempfile::tempdir().unwrap();
        let a = Identity::take_slot("host:/srv", dir.path());
        let b = Identity::take_slot("host:/srv", dir.path());
        assert_eq!(a.predecessors(), Some("host:/srv#0/"));
        assert_eq!(b.predecessors(), Some("host:/srv#1/"));
        assert!(a.run_owner().starts_with("host:/srv#0/"));
        assert_ne!(a.run_owner(), a.run_owner());
        drop(a);
        let again = Identity::take_slot("host:/srv", dir.path());
        assert_eq!(again.predecessors(), Some("host:/srv#0/"));
    }
}
