//! Signals between server processes sharing one PostgreSQL database, over
//! LISTEN/NOTIFY: "something changed in live session 12", "consultation 3 was
//! edited". Each process says what changed here and hears what changed
//! elsewhere, so a presenter view on one process wakes for an answer taken by
//! another, and no process keeps showing a consultation as it was before an edit.
//!
//! Signals are hints, never data: whoever hears one reads the database afresh. A
//! signal lost (a dropped connection) costs a late redraw, not an answer. With
//! SQLite there is one process and nothing to relay.

use crate::{Backend, Store, StoreError};
use sqlx::postgres::PgListener;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, Mutex};

/// The one channel every Ungstemme process listens on.
const CHANNEL: &str = "ungstemme";
/// Signals said within this time are sent together, each once and in the order
/// first said: a room where 30 phones answer at once becomes one notification,
/// not 30.
const GATHER: Duration = Duration::from_millis(50);

pub(crate) struct Signals {
    /// This process, so it can ignore its own signals coming back.
    origin: String,
    started: AtomicBool,
    outgoing: mpsc::UnboundedSender<String>,
    waiting: Mutex<Option<mpsc::UnboundedReceiver<String>>>,
    incoming: broadcast::Sender<String>,
}

impl Default for Signals {
    fn default() -> Self {
        let (outgoing, waiting) = mpsc::unbounded_channel();
        Signals {
            origin: uuid::Uuid::new_v4().simple().to_string(),
            started: AtomicBool::new(false),
            outgoing,
            waiting: Mutex::new(Some(waiting)),
            incoming: broadcast::channel(1024).0,
        }
    }
}

/// What the store itself does with a consultation's edit signal.
const EDITED: &str = "consultation ";

impl Store {
    /// Starts saying and hearing signals (PostgreSQL only; does nothing on
    /// SQLite, or when already started).
    pub async fn start_signals(&self) -> Result<(), StoreError> {
        let Backend::Postgres(pool) = &self.backend else { return Ok(()) };
        let Some(mut waiting) = self.signals.waiting.lock().await.take() else { return Ok(()) };
        let mut listener = PgListener::connect_with(pool).await?;
        listener.listen(CHANNEL).await?;
        self.signals.started.store(true, Ordering::Release);

        let (pool, origin) = (pool.clone(), self.signals.origin.clone());
        tokio::spawn(async move {
            while let Some(first) = waiting.recv().await {
                tokio::time::sleep(GATHER).await;
                let mut said = HashSet::new();
                let batch: Vec<String> = std::iter::once(first)
                    .chain(std::iter::from_fn(|| waiting.try_recv().ok()))
                    .filter(|m| said.insert(m.clone()))
                    .collect();
                for message in batch {
                    let sent = sqlx::query("SELECT pg_notify($1, $2)")
                        .bind(CHANNEL)
                        .bind(format!("{origin} {message}"))
                        .execute(&pool)
                        .await;
                    if let Err(error) = sent {
                        tracing::warn!(%error, "could not signal the other server processes");
                    }
                }
            }
        });

        let store = self.clone();
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(note) => store.heard(note.payload()),
                    Err(_) if store.is_closed() => return,
                    Err(error) => {
                        // PgListener reconnects on the next recv; signals sent
                        // meanwhile are lost, which only delays a redraw.
                        tracing::warn!(%error, "listening for other server processes");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(())
    }

    /// Tells the other processes that something changed. Cheap: the message is
    /// queued and sent with others a moment later.
    pub fn signal(&self, message: String) {
        if self.signals.started.load(Ordering::Acquire) {
            let _ = self.signals.outgoing.send(message);
        }
    }

    /// What the other processes say, as it arrives.
    pub fn signals(&self) -> broadcast::Receiver<String> {
        self.signals.incoming.subscribe()
    }

    fn heard(&self, payload: &str) {
        let Some((origin, message)) = payload.split_once(' ') else { return };
        if origin == self.signals.origin {
            return;
        }
        if let Some(id) = message.strip_prefix(EDITED).and_then(|id| id.parse().ok()) {
            self.forget_consultation_here(id);
            self.forget_sessions();
        }
        let _ = self.signals.incoming.send(message.to_string());
    }

    /// An edit here: forgotten here, and the other processes are told.
    pub(crate) fn signal_edited(&self, consultation_id: i64) {
        self.signal(format!("{EDITED}{consultation_id}"));
    }
}
