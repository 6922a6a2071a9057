//! SQLite's small frequent writes (autosaves) in batches: group commit.
//!
//! SQLite takes one writer at a time. When 64 representatives save at
//! once, each save on its own went to the blocking pool, queued for the
//! writer lock, began, committed and came back: the hand-overs and the
//! commits cost more than the saves. Here one thread takes every save
//! waiting, runs them in one transaction (each save's own transaction
//! becomes a savepoint: one that fails is undone alone), commits once, and
//! only then answers each one. A save is answered "kept" only once its
//! batch is committed; when the batch cannot be committed, every save in
//! it is told so. Under load a batch holds a dozen saves or more; alone, a
//! save is a batch of one, as quick as before.
//!
//! PostgreSQL takes many writers at once; its saves stay on the pool.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;

use super::{DbConnection, Pool};

/// Why a write sent here was not kept.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Unwritten {
    #[error("no database connection for the batch: {0}")]
    NoConnection(String),
    #[error("the batch could not be written: {0}")]
    NotCommitted(String),
    /// The writer thread is gone, or failed in the middle of the batch.
    #[error("the batch writer failed")]
    WriterFailed,
}

/// What is done with a write's result once its batch is over.
type Deliver = Box<dyn FnOnce(Result<(), &Unwritten>) + Send>;

/// A write waiting for a batch: run on the batch's connection (and told
/// later whether the batch was kept), or told at once why it cannot run.
type Job = Box<dyn FnOnce(Result<&mut DbConnection, &Unwritten>) -> Option<Deliver> + Send>;

/// The most writes in one batch, so that one transaction stays short.
const MOST_PER_BATCH: usize = 128;

/// The queue of writes and the thread that writes them in batches. The
/// thread ends when this is dropped (the server stops).
pub struct GroupCommit {
    jobs: mpsc::Sender<Job>,
}

impl GroupCommit {
    pub fn start(pool: Pool) -> std::io::Result<GroupCommit> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("sqlite-batches".into())
            .spawn(move || write_batches(&pool, &queue))?;
        Ok(GroupCommit { jobs })
    }

    /// Runs `f` in the next batch, inside the batch's transaction: its
    /// use cases' own transactions (`db::write`) become savepoints there,
    /// each undone alone when it fails, as SQLite undoes a statement that
    /// fails. What `f` wrote is kept once the batch commits.
    /// `Err(Unwritten)` when the batch could not run or be kept;
    /// `Ok(Err(e))` when `f` failed.
    pub async fn write<T, E, F>(&self, f: F) -> Result<Result<T, E>, Unwritten>
    where
        T: Send + 'static,
        E: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let span = tracing::Span::current();
        let job: Job = Box::new(move |conn| {
            let conn = match conn {
                Ok(conn) => conn,
                Err(why) => {
                    let _ = reply.send(Err(why.clone()));
                    return None;
                }
            };
            let _entered = span.enter();
            match f(conn) {
                Ok(value) => Some(Box::new(move |kept: Result<(), &Unwritten>| {
                    let _ = reply.send(kept.map(|()| Ok(value)).map_err(Unwritten::clone));
                })),
                Err(e) => {
                    let _ = reply.send(Ok(Err(e)));
                    None
                }
            }
        });
        self.jobs.send(job).map_err(|_| Unwritten::WriterFailed)?;
        answer.await.unwrap_or(Err(Unwritten::WriterFailed))
    }
}

/// The writer thread: waits for a write, takes every other one waiting
/// with it, and writes them as one batch.
fn write_batches(pool: &Pool, queue: &mpsc::Receiver<Job>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MOST_PER_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        // A panic (a bug) loses its own batch: each of its writes is
        // answered `WriterFailed` as its reply is dropped, the connection
        // is discarded, and the next batch goes on.
        let _ = catch_unwind(AssertUnwindSafe(|| write_batch(pool, batch)));
    }
}

fn write_batch(pool: &Pool, batch: Vec<Job>) {
    let mut conn = match pool.get() {
        Ok(conn) => conn,
        Err(e) => {
            let why = Unwritten::NoConnection(e.to_string());
            for job in batch {
                job(Err(&why));
            }
            return;
        }
    };
    let mut waiting = Vec::with_capacity(batch.len());
    let mut jobs = batch.into_iter();
    let kept = super::write(&mut conn, |conn| {
        for job in jobs.by_ref() {
            waiting.extend(job(Ok(conn)));
        }
        Ok::<_, diesel::result::Error>(())
    });
    let why = kept.err().map(|e| Unwritten::NotCommitted(e.to_string()));
    // Writes never run: the transaction could not begin.
    for job in jobs {
        job(Err(why.as_ref().unwrap_or(&Unwritten::WriterFailed)));
    }
    for deliver in waiting {
        deliver(why.as_ref().map_or(Ok(()), Err));
    }
}
