//! Sign-in throttling per account and per client, in memory only. Accounts and
//! clients are known by hashes under flood control's day key (see
//! [`crate::flood`]), so no address or e-mail is kept, and processes that share
//! that key (`UNGSTEMME_PEER_SECRET`) can tell each other of failures: guessing
//! on several processes counts once, not once per process.

use crate::flood::{FloodGuard, Key, KeyId};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
pub const PER_ACCOUNT: usize = 5;
pub const PER_CLIENT: usize = 20;

/// A sign-in attempt, by hash, as told to or by another process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attempt {
    pub day: u64,
    pub key_id: KeyId,
    pub account: Key,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Counts against the account, and against the client when it is known.
    Failed { client: Option<Key> },
    /// Clears the account's failures.
    Succeeded,
}

pub struct Throttle {
    /// Whose day key names accounts and clients.
    names: Arc<FloodGuard>,
    failures: Mutex<HashMap<Key, VecDeque<Instant>>>,
    sharing: AtomicBool,
    /// Attempts here that the other processes have not been told of.
    untold: Mutex<Vec<Attempt>>,
}

impl Throttle {
    pub fn new(names: Arc<FloodGuard>) -> Throttle {
        Throttle {
            names,
            failures: Mutex::default(),
            sharing: AtomicBool::new(false),
            untold: Mutex::default(),
        }
    }

    /// The account's and the client's names now, with the day key they are under.
    fn named(&self, account: &str, ip: Option<IpAddr>) -> (u64, KeyId, Key, Option<Key>) {
        let (day, key_id, account) = self.names.name(b"sign-in account", account.as_bytes());
        let client = ip.map(|ip| self.names.name(b"sign-in client", ip.to_string().as_bytes()).2);
        (day, key_id, account, client)
    }

    /// The recent failures. A panic elsewhere while the lock was held leaves
    /// nothing half-done that matters here (at worst one attempt uncounted), so
    /// the throttle goes on rather than refusing every sign-in until a restart.
    fn failures(&self) -> MutexGuard<'_, HashMap<Key, VecDeque<Instant>>> {
        self.failures.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether another attempt is allowed now.
    pub fn allows(&self, account: &str, ip: Option<IpAddr>) -> bool {
        let (_, _, account, client) = self.named(account, ip);
        let mut map = self.failures();
        let now = Instant::now();
        let mut recent = |key: Key| {
            let q = map.entry(key).or_default();
            while q.front().is_some_and(|t| now.duration_since(*t) > WINDOW) {
                q.pop_front();
            }
            q.len()
        };
        recent(account) < PER_ACCOUNT && client.is_none_or(|c| recent(c) < PER_CLIENT)
    }

    pub fn failed(&self, account: &str, ip: Option<IpAddr>) {
        let (day, key_id, account, client) = self.named(account, ip);
        self.note(Attempt { day, key_id, account, outcome: Outcome::Failed { client } });
    }

    pub fn succeeded(&self, account: &str) {
        let (day, key_id, account, _) = self.named(account, None);
        self.note(Attempt { day, key_id, account, outcome: Outcome::Succeeded });
    }

    fn note(&self, attempt: Attempt) {
        self.count(&attempt);
        if self.sharing.load(Ordering::Relaxed) {
            self.untold.lock().unwrap_or_else(PoisonError::into_inner).push(attempt);
        }
    }

    fn count(&self, attempt: &Attempt) {
        let mut map = self.failures();
        match attempt.outcome {
            Outcome::Failed { client } => {
                let now = Instant::now();
                for key in std::iter::once(attempt.account).chain(client) {
                    map.entry(key).or_default().push_back(now);
                }
                // Names under an earlier day key are never asked for again.
                if map.len() > 10_000 {
                    map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) <= WINDOW));
                }
            }
            Outcome::Succeeded => {
                map.remove(&attempt.account);
            }
        }
    }

    /// From now on, keep what happens here for the other processes.
    pub(crate) fn share(&self) {
        self.sharing.store(true, Ordering::Relaxed);
    }

    /// What happened here since the last call, to tell the other processes.
    pub(crate) fn untold(&self) -> Vec<Attempt> {
        std::mem::take(&mut *self.untold.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// What happened on another process: counted here too, if it was named
    /// under the day key this process uses.
    pub(crate) fn heard(&self, attempt: &Attempt) {
        if (attempt.day, attempt.key_id) == self.names.key_name() {
            self.count(attempt);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flood::FloodLimits;

    fn throttle() -> Throttle {
        Throttle::new(Arc::new(FloodGuard::new(Some(FloodLimits::DEFAULT))))
    }

    #[test]
    fn five_failures_lock_the_account_and_twenty_the_client() {
        let t = throttle();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for _ in 0..PER_ACCOUNT {
            assert!(t.allows("kari@ungdom.no", Some(ip)));
            t.failed("kari@ungdom.no", Some(ip));
        }
        assert!(!t.allows("kari@ungdom.no", Some(ip)));
        assert!(
            !t.allows("kari@ungdom.no", None),
            "another client cannot go on guessing that account"
        );
        for n in 0..(PER_CLIENT - PER_ACCOUNT) {
            assert!(t.allows(&format!("other{n}@ungdom.no"), Some(ip)));
            t.failed(&format!("other{n}@ungdom.no"), Some(ip));
        }
        assert!(!t.allows("new@ungdom.no", Some(ip)), "the client is throttled across accounts");
        assert!(t.allows("new@ungdom.no", Some("192.0.2.8".parse().unwrap())));
        assert!(t.untold().is_empty(), "nothing kept for others unless sharing");
    }

    #[test]
    fn a_success_clears_the_account() {
        let t = throttle();
        for _ in 0..PER_ACCOUNT {
            t.failed("kari@ungdom.no", None);
        }
        assert!(!t.allows("kari@ungdom.no", None));
        t.succeeded("kari@ungdom.no");
        assert!(t.allows("kari@ungdom.no", None));
    }

    #[test]
    fn a_panic_while_counting_does_not_lock_everyone_out() {
        let t = Arc::new(throttle());
        let t2 = t.clone();
        let _ = std::thread::spawn(move || {
            let _held = t2.failures.lock().unwrap();
            panic!("a panic while the failures are held");
        })
        .join();
        assert!(t.failures.is_poisoned());
        assert!(t.allows("kari@ungdom.no", None), "sign-in still possible");
        for _ in 0..PER_ACCOUNT {
            t.failed("kari@ungdom.no", None);
        }
        assert!(!t.allows("kari@ungdom.no", None), "and guessing still throttled");
    }

    #[test]
    fn guesses_spread_over_two_processes_count_once() {
        let guard = Arc::new(FloodGuard::new(None));
        let (a, b) = (Throttle::new(guard.clone()), Throttle::new(guard));
        a.share();
        b.share();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for n in 0..PER_ACCOUNT {
            let (here, there) = if n % 2 == 0 { (&a, &b) } else { (&b, &a) };
            assert!(here.allows("kari@ungdom.no", Some(ip)));
            here.failed("kari@ungdom.no", Some(ip));
            for attempt in here.untold() {
                assert_ne!(attempt.account, [0; 16]);
                there.heard(&attempt);
            }
        }
        assert!(!a.allows("kari@ungdom.no", None) && !b.allows("kari@ungdom.no", None));
        b.succeeded("kari@ungdom.no");
        for attempt in b.untold() {
            a.heard(&attempt);
        }
        assert!(a.allows("kari@ungdom.no", Some(ip)), "a success on B clears it on A");
    }

    #[test]
    fn attempts_named_under_another_key_are_not_counted() {
        let (a, b) = (throttle(), throttle());
        a.share();
        for _ in 0..PER_ACCOUNT {
            a.failed("kari@ungdom.no", None);
        }
        for attempt in a.untold() {
            b.heard(&attempt);
        }
        assert!(b.allows("kari@ungdom.no", None));
    }
}
