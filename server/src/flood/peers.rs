//! Flood limits that hold across several server processes on one PostgreSQL
//! database, with the day key still kept only in memory.
//!
//! Processes talk over the store's signals (LISTEN/NOTIFY). Each offers its day
//! key, sealed under a secret the operator gives every process
//! (`UNGSTEMME_PEER_SECRET`), so PostgreSQL and anyone who can read its
//! notifications see only ciphertext; the key whose name sorts first is the one
//! everybody keeps. Then every 100 ms each process says what it let through —
//! per bucket, by hash, a count — and the others take the same from their
//! buckets. A client spread over the processes gets one allowance, not one each.
//! Failed staff sign-ins are told the same way, by hash under the same key, so
//! the sign-in throttle holds across the processes too.
//!
//! Without the secret nothing is shared: each process limits on its own, and a
//! proxy that sends each client to one process (docs/DEPLOY.md) keeps the limits.

use super::{key_id, DayKey, FloodGuard, Key, KeyId, Kind, Offer, Usage};
use crate::auth::throttle::{Attempt, Outcome, Throttle};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use hkdf::Hkdf;
use sha2::Sha256;
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::Store;
use tokio::sync::broadcast::error::RecvError;

/// A sealed day key: `flood key <day> <nonce> <ciphertext>`.
const KEY: &str = "flood key ";
/// What one process let through: `flood use <day> <key id> <n> c<hash>.<count> …`.
const USE: &str = "flood use ";
/// A staff sign-in: `signin <day> <key id> <n> fail <account> <client or ->`,
/// or `… ok <account>` for a success.
const SIGN_IN: &str = "signin ";
/// How often each process tells the others what it let through.
const TELL: Duration = Duration::from_millis(100);
/// The key is offered again this often, so a process that missed it (a dropped
/// connection) still comes to agree.
const REMIND: Duration = Duration::from_secs(30);
/// PostgreSQL's notifications hold under 8 000 bytes; the signal adds a prefix.
const MESSAGE_BYTES: usize = 7_000;
const MIN_SECRET_CHARS: usize = 16;

/// The operators' shared secret, as the key that seals day keys.
#[derive(Clone)]
pub struct PeerSecret {
    seal: [u8; 32],
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("the secret must be at least {MIN_SECRET_CHARS} characters long")]
pub struct SecretTooShort;

impl PeerSecret {
    pub fn new(secret: &str) -> Result<PeerSecret, SecretTooShort> {
        if secret.trim().chars().count() < MIN_SECRET_CHARS {
            return Err(SecretTooShort);
        }
        let mut seal = [0; 32];
        Hkdf::<Sha256>::new(Some(b"ungstemme peers"), secret.as_bytes())
            .expand(b"flood day key seal v1", &mut seal)
            .map_err(|_| SecretTooShort)?;
        Ok(PeerSecret { seal })
    }

    fn cipher(&self) -> ChaCha20Poly1305 {
        ChaCha20Poly1305::new((&self.seal).into())
    }

    /// The day key as a message for the other processes.
    fn sealed(&self, day: u64, key: &DayKey) -> Option<String> {
        let nonce: [u8; 12] = uuid::Uuid::new_v4().as_bytes()[..12].try_into().ok()?;
        let aad = day.to_string();
        let sealed = self
            .cipher()
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: key, aad: aad.as_bytes() })
            .ok()?;
        Some(format!("{KEY}{day} {} {}", hex::encode(nonce), hex::encode(sealed)))
    }

    /// A sealed day key from another process; `None` when this secret does not
    /// open it (another secret, or altered on the way).
    fn open(&self, message: &str) -> Option<(u64, DayKey)> {
        let mut parts = message.split(' ');
        let (day, nonce, sealed) = (parts.next()?, parts.next()?, parts.next()?);
        let number: u64 = day.parse().ok()?;
        let nonce: [u8; 12] = hex::decode(nonce).ok()?.try_into().ok()?;
        let key = self
            .cipher()
            .decrypt(
                Nonce::from_slice(&nonce),
                Payload { msg: &hex::decode(sealed).ok()?, aad: day.as_bytes() },
            )
            .ok()?;
        Some((number, key.try_into().ok()?))
    }
}

/// `usage` as one or more messages (each under PostgreSQL's limit). `told`
/// numbers them: the signals drop a message repeated within their gathering
/// time, and two reports can hold the same counts.
fn usage_messages(usage: &Usage, told: &mut u64) -> Vec<String> {
    let mut messages = Vec::new();
    let mut posts = usage.posts.iter().peekable();
    while posts.peek().is_some() {
        *told += 1;
        let mut message = format!("{USE}{} {} {told}", usage.day, hex::encode(usage.key_id));
        while message.len() < MESSAGE_BYTES {
            let Some((kind, key, n)) = posts.next() else { break };
            let tag = match kind {
                Kind::Client => 'c',
                Kind::Phone => 'p',
            };
            message.push_str(&format!(" {tag}{}.{n}", hex::encode(key)));
        }
        messages.push(message);
    }
    messages
}

/// The counterpart of [`usage_messages`], for what follows `flood use `.
fn parse_usage(message: &str) -> Option<Usage> {
    let mut parts = message.split(' ');
    let day = parts.next()?.parse().ok()?;
    let key_id: KeyId = hex::decode(parts.next()?).ok()?.try_into().ok()?;
    parts.next()?.parse::<u64>().ok()?;
    let mut posts = Vec::new();
    for post in parts {
        let kind = match post.get(..1)? {
            "c" => Kind::Client,
            "p" => Kind::Phone,
            _ => return None,
        };
        let (key, n) = post.get(1..)?.split_once('.')?;
        let key: Key = hex::decode(key).ok()?.try_into().ok()?;
        posts.push((kind, key, n.parse().ok()?));
    }
    Some(Usage { day, key_id, posts })
}

/// A sign-in attempt as a message. Numbered like [`usage_messages`]: the same
/// failure twice is two failures.
fn attempt_message(attempt: &Attempt, told: &mut u64) -> String {
    *told += 1;
    let head = format!("{SIGN_IN}{} {} {told}", attempt.day, hex::encode(attempt.key_id));
    let account = hex::encode(attempt.account);
    match attempt.outcome {
        Outcome::Failed { client: Some(client) } => {
            format!("{head} fail {account} {}", hex::encode(client))
        }
        Outcome::Failed { client: None } => format!("{head} fail {account} -"),
        Outcome::Succeeded => format!("{head} ok {account}"),
    }
}

/// The counterpart of [`attempt_message`], for what follows `signin `.
fn parse_attempt(message: &str) -> Option<Attempt> {
    let mut parts = message.split(' ');
    let day = parts.next()?.parse().ok()?;
    let key_id: KeyId = hex::decode(parts.next()?).ok()?.try_into().ok()?;
    parts.next()?.parse::<u64>().ok()?;
    let outcome = parts.next()?;
    let account: Key = hex::decode(parts.next()?).ok()?.try_into().ok()?;
    let outcome = match (outcome, parts.next()) {
        ("ok", None) => Outcome::Succeeded,
        ("fail", Some("-")) => Outcome::Failed { client: None },
        ("fail", Some(client)) => {
            Outcome::Failed { client: Some(hex::decode(client).ok()?.try_into().ok()?) }
        }
        _ => return None,
    };
    parts.next().is_none().then_some(Attempt { day, key_id, account, outcome })
}

/// Starts sharing `guard`'s limits and `throttle`'s failed sign-ins with the
/// other processes on `store`'s database given the same secret. On SQLite there
/// are none, and without a secret nothing is shared: either is logged.
pub fn share(
    guard: Arc<FloodGuard>,
    throttle: Arc<Throttle>,
    store: Store,
    secret: Option<PeerSecret>,
) {
    let on_postgres = matches!(store.backend(), store::Backend::Postgres(_));
    let secret = match (secret, on_postgres) {
        (Some(secret), true) => secret,
        (Some(_), false) => {
            tracing::info!("UNGSTEMME_PEER_SECRET is for several processes on PostgreSQL; with SQLite there is one process and it is not used");
            return;
        }
        (None, true) => {
            tracing::info!("flood limits and the sign-in throttle are this process's own; give every process the same UNGSTEMME_PEER_SECRET to share them (docs/DEPLOY.md)");
            return;
        }
        (None, false) => return,
    };
    // Flood control may be off; the key is agreed on for the throttle anyway.
    guard.share();
    throttle.share();
    let mut heard = store.signals();
    let mut peer = Peer {
        guard,
        throttle,
        store,
        secret,
        offered: None,
        offer_again: false,
        told: 0,
        agreed: false,
        warned: false,
    };
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(TELL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => peer.tell(),
                message = heard.recv() => match message {
                    Ok(message) => peer.hear(&message),
                    Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => return,
                },
            }
        }
    });
}

/// This process, as the others see it.
struct Peer {
    guard: Arc<FloodGuard>,
    throttle: Arc<Throttle>,
    store: Store,
    secret: PeerSecret,
    /// The day and key last offered, and when.
    offered: Option<(u64, KeyId, Instant)>,
    /// Another process offered a key that loses to this one's: offer it again.
    offer_again: bool,
    /// Messages numbered so far.
    told: u64,
    /// Whether this process has agreed on a key with another (logged once).
    agreed: bool,
    /// Whether a key this secret cannot open was logged.
    warned: bool,
}

impl Peer {
    /// Offers the day key when due, and tells what happened here since last time.
    fn tell(&mut self) {
        let (day, key) = self.guard.key(super::today());
        let due = self.offer_again
            || self
                .offered
                .is_none_or(|(d, id, at)| d != day || id != key_id(&key) || at.elapsed() >= REMIND);
        if due {
            if let Some(message) = self.secret.sealed(day, &key) {
                self.store.signal(message);
            }
            self.offered = Some((day, key_id(&key), Instant::now()));
            self.offer_again = false;
        }
        if let Some(usage) = self.guard.take_used() {
            for message in usage_messages(&usage, &mut self.told) {
                self.store.signal(message);
            }
        }
        for attempt in self.throttle.untold() {
            self.store.signal(attempt_message(&attempt, &mut self.told));
        }
    }

    fn hear(&mut self, message: &str) {
        if let Some(usage) = message.strip_prefix(USE).and_then(parse_usage) {
            self.guard.debit(&usage);
        } else if let Some(attempt) = message.strip_prefix(SIGN_IN).and_then(parse_attempt) {
            self.throttle.heard(&attempt);
        } else if let Some(sealed) = message.strip_prefix(KEY) {
            let Some((day, key)) = self.secret.open(sealed) else {
                if !self.warned {
                    tracing::warn!("another server process offers a flood-control key this process cannot open: give every process the same UNGSTEMME_PEER_SECRET");
                    self.warned = true;
                }
                return;
            };
            match self.guard.offer(day, key) {
                Offer::Mine => self.offer_again = true,
                Offer::Adopted | Offer::Same if !self.agreed => {
                    tracing::info!("flood limits are shared with the other server processes");
                    self.agreed = true;
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "correct horse battery staple";

    #[test]
    fn a_day_key_opens_only_with_the_same_secret_and_day() {
        let secret = PeerSecret::new(SECRET).unwrap();
        let key = [7; 32];
        let message = secret.sealed(20_416, &key).unwrap();
        let sealed = message.strip_prefix(KEY).unwrap();
        assert!(!sealed.contains(&hex::encode(key)), "the key is not readable on the way");
        assert_eq!(secret.open(sealed), Some((20_416, key)));
        let other = PeerSecret::new("another secret of some length").unwrap();
        assert_eq!(other.open(sealed), None);
        let moved = sealed.replacen("20416", "20417", 1);
        assert_eq!(secret.open(&moved), None, "the day is sealed with the key");
        assert_eq!(secret.open("20416 00 00"), None);
        assert_eq!(secret.open("not a key"), None);
        assert_ne!(secret.sealed(1, &key), secret.sealed(1, &key), "a fresh nonce each time");
    }

    #[test]
    fn a_short_secret_is_refused() {
        assert_eq!(PeerSecret::new("short").err(), Some(SecretTooShort));
        assert_eq!(PeerSecret::new("               x").err(), Some(SecretTooShort));
    }

    #[test]
    fn usage_survives_the_trip_and_is_split_under_the_limit() {
        let posts: Vec<(Kind, Key, u32)> = (0..1_000u32)
            .map(|i| {
                let mut key = [0; 16];
                key[..4].copy_from_slice(&i.to_be_bytes());
                (if i % 3 == 0 { Kind::Phone } else { Kind::Client }, key, i + 1)
            })
            .collect();
        let usage = Usage { day: 3, key_id: [1, 2, 3, 4, 5, 6, 7, 8], posts };
        let mut told = 0;
        let messages = usage_messages(&usage, &mut told);
        assert!(messages.len() > 1);
        assert!(messages.iter().all(|m| m.len() < MESSAGE_BYTES + 64));
        assert_eq!(told, messages.len() as u64);
        let mut back = Vec::new();
        for m in &messages {
            let part = parse_usage(m.strip_prefix(USE).unwrap()).unwrap();
            assert_eq!((part.day, part.key_id), (3, usage.key_id));
            back.extend(part.posts);
        }
        assert_eq!(back, usage.posts);
        // Two reports with the same counts are still two messages.
        let again = usage_messages(&usage, &mut told);
        assert_ne!(again[0], messages[0]);
        assert_eq!(parse_usage("3 0102 1 x00.1"), None);
        assert_eq!(parse_usage("3 0102030405060708 1 x000102030405060708090a0b0c0d0e0f.1"), None);
        assert_eq!(parse_usage("3 0102030405060708 1 c00.1"), None);
    }

    #[test]
    fn sign_in_attempts_survive_the_trip() {
        let mut told = 0;
        let base =
            Attempt { day: 9, key_id: [8; 8], account: [1; 16], outcome: Outcome::Succeeded };
        let outcomes = [
            Outcome::Succeeded,
            Outcome::Failed { client: None },
            Outcome::Failed { client: Some([2; 16]) },
        ];
        for outcome in outcomes {
            let attempt = Attempt { outcome, ..base.clone() };
            let message = attempt_message(&attempt, &mut told);
            assert_eq!(parse_attempt(message.strip_prefix(SIGN_IN).unwrap()), Some(attempt));
        }
        assert_ne!(attempt_message(&base, &mut told), attempt_message(&base, &mut told));
        for bad in [
            "9 0808080808080808 1 ok 01",
            "9 0808080808080808 1 maybe 0101010101010101010101010101010101",
            "9 0808080808080808 1 ok 01010101010101010101010101010101 -",
        ] {
            assert_eq!(parse_attempt(bad), None, "{bad}");
        }
    }
}
