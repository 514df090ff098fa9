//! Flood control for young people's posts, without identifying anyone.
//!
//! Two token buckets are asked before a post is handled: one per client (a network
//! address) and one per phone (the survey token in the address). The client is
//! known only by a keyed hash of its address; the key is random, lives in this
//! process's memory and is replaced, with every bucket, when the UTC day changes.
//! So nothing here can be tied to an address afterwards, and nothing is written
//! anywhere.
//!
//! The per-client bucket is sized for a school: a classroom or an assembly behind
//! one NAT address starts and answers at once. What it stops is one machine
//! posting faster than a room of people can.
//!
//! Several processes on one PostgreSQL database share their limits through
//! [`peers`]: they agree on one day key, and each tells the others what it let
//! through, by hash, so a client spread over them gets one allowance, not one each.

pub mod peers;

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How much may arrive at once, and how fast afterwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub burst: f64,
    pub per_second: f64,
}

/// The limits for one server process.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FloodLimits {
    /// Everything from one network address (a school's NAT is one address).
    pub client: Rate,
    /// One phone's survey: one person cannot answer faster than this.
    pub phone: Rate,
}

impl FloodLimits {
    /// 30 phones that each start, answer ten questions and send (360 posts) fit
    /// in the burst with room to spare; after that 25 posts a second, which is a
    /// hundred people answering a question every four seconds.
    pub const DEFAULT: FloodLimits = FloodLimits {
        client: Rate { burst: 600.0, per_second: 25.0 },
        phone: Rate { burst: 40.0, per_second: 2.0 },
    };
}

impl Default for FloodLimits {
    fn default() -> Self {
        FloodLimits::DEFAULT
    }
}

/// Why a post has to wait, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlowDown {
    pub retry_after: Duration,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn refilled(self, rate: Rate, now: Instant) -> Bucket {
        let gained = now.saturating_duration_since(self.at).as_secs_f64() * rate.per_second;
        Bucket { tokens: (self.tokens + gained).min(rate.burst), at: now }
    }

    fn wait(self, rate: Rate) -> Duration {
        let missing = (1.0 - self.tokens).max(0.0);
        Duration::from_secs_f64((missing / rate.per_second.max(f64::EPSILON)).ceil().max(1.0))
    }
}

/// A bucket's name: a keyed hash of an address or a survey token.
pub(crate) type Key = [u8; 16];
/// The day key itself; never leaves memory unsealed.
pub(crate) type DayKey = [u8; 32];
/// A day key's public name, so processes can tell whether they hold the same one.
pub(crate) type KeyId = [u8; 8];

/// What a bucket counts, which decides how fast it refills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Client,
    Phone,
}

impl Kind {
    fn rate(self, limits: FloodLimits) -> Rate {
        match self {
            Kind::Client => limits.client,
            Kind::Phone => limits.phone,
        }
    }

    fn name(self) -> &'static [u8] {
        match self {
            Kind::Client => b"client",
            Kind::Phone => b"phone",
        }
    }
}

/// What this process let through since it last told the others: per bucket, how
/// many posts. Only hashes under the day key, never an address or a token.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Usage {
    pub day: u64,
    pub key_id: KeyId,
    pub posts: Vec<(Kind, Key, u32)>,
}

/// What became of a day key another process offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Offer {
    /// Taken: this process now uses it (its own buckets are gone with its key).
    Adopted,
    /// The same key this process already uses.
    Same,
    /// This process keeps its own key, which wins; the other should take it.
    Mine,
    /// A key for a day that is over here.
    Old,
}

/// Which of two keys every process ends up with: the one whose name sorts first.
pub(crate) fn key_id(key: &DayKey) -> KeyId {
    let mut h = Sha256::new();
    h.update(b"ungstemme flood key id\0");
    h.update(key);
    let mut id = [0; 8];
    id.copy_from_slice(&h.finalize()[..8]);
    id
}

struct Day {
    number: u64,
    key: DayKey,
    buckets: HashMap<Key, Bucket>,
    /// Posts let through since the others were last told (only when sharing).
    used: HashMap<Key, (Kind, u32)>,
}

impl Day {
    fn new(number: u64) -> Day {
        let mut key = [0; 32];
        key[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        key[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        Day::with_key(number, key)
    }

    fn with_key(number: u64, key: DayKey) -> Day {
        Day { number, key, buckets: HashMap::new(), used: HashMap::new() }
    }

    /// The bucket as it is at `now`: a new one starts full.
    fn bucket(&self, key: &Key, rate: Rate, now: Instant) -> Bucket {
        let bucket = self.buckets.get(key).copied();
        bucket.unwrap_or(Bucket { tokens: rate.burst, at: now }).refilled(rate, now)
    }

    fn hash(&self, label: &[u8], value: &[u8]) -> Key {
        let mut h = Sha256::new();
        h.update(self.key);
        h.update(label);
        h.update([0]);
        h.update(value);
        let mut out = [0; 16];
        out.copy_from_slice(&h.finalize()[..16]);
        out
    }
}

/// Buckets past this many are swept of full ones (those nobody is using).
const SWEEP_AT: usize = 50_000;

pub struct FloodGuard {
    limits: Option<FloodLimits>,
    /// Whether other processes are told what this one lets through.
    sharing: AtomicBool,
    day: Mutex<Day>,
}

impl FloodGuard {
    /// `None` turns flood control off (load benchmarks and the crash test).
    pub fn new(limits: Option<FloodLimits>) -> FloodGuard {
        // Day 0 is over before the first post: that post starts today afresh.
        FloodGuard { limits, sharing: AtomicBool::new(false), day: Mutex::new(Day::new(0)) }
    }

    /// Takes one post from the client's and the phone's buckets, or says how long
    /// to wait. A post that is refused takes nothing.
    pub fn admit(&self, client: Option<IpAddr>, phone: Option<&str>) -> Result<(), SlowDown> {
        self.admit_at(client, phone, Instant::now(), today())
    }

    fn admit_at(
        &self,
        client: Option<IpAddr>,
        phone: Option<&str>,
        now: Instant,
        day_number: u64,
    ) -> Result<(), SlowDown> {
        let Some(limits) = self.limits else { return Ok(()) };
        let mut day = self.on(day_number);
        let mut keys = Vec::with_capacity(2);
        if let Some(ip) = client {
            keys.push((day.hash(Kind::Client.name(), ip.to_string().as_bytes()), Kind::Client));
        }
        if let Some(phone) = phone {
            keys.push((day.hash(Kind::Phone.name(), phone.as_bytes()), Kind::Phone));
        }
        if day.buckets.len() > SWEEP_AT {
            let full = |b: &Bucket, rate: Rate| b.refilled(rate, now).tokens >= rate.burst;
            // Either rate: a bucket full by the smaller refill is full by both.
            let slowest = if limits.client.per_second < limits.phone.per_second {
                limits.client
            } else {
                limits.phone
            };
            day.buckets.retain(|_, b| !full(b, slowest));
        }
        let mut refilled = Vec::with_capacity(keys.len());
        for (key, kind) in &keys {
            let rate = kind.rate(limits);
            let bucket = day.bucket(key, rate, now);
            if bucket.tokens < 1.0 {
                return Err(SlowDown { retry_after: bucket.wait(rate) });
            }
            refilled.push(bucket);
        }
        let sharing = self.sharing.load(Ordering::Relaxed);
        for ((key, kind), bucket) in keys.iter().zip(refilled) {
            day.buckets.insert(*key, Bucket { tokens: bucket.tokens - 1.0, at: now });
            if sharing {
                day.used.entry(*key).or_insert((*kind, 0)).1 += 1;
            }
        }
        Ok(())
    }

    /// From now on, note what is let through for the other processes
    /// ([`FloodGuard::take_used`]). Does nothing when flood control is off.
    pub(crate) fn share(&self) -> bool {
        let on = self.limits.is_some();
        self.sharing.store(on, Ordering::Relaxed);
        on
    }

    /// The day's number and key, moving to a new day first if `today` is later.
    pub(crate) fn key(&self, today: u64) -> (u64, DayKey) {
        let day = self.on(today);
        (day.number, day.key)
    }

    /// Today's number and the name of its key.
    pub(crate) fn key_name(&self) -> (u64, KeyId) {
        let (day, key) = self.key(today());
        (day, key_id(&key))
    }

    /// The day, moved on first if `today` is later (never back: another process
    /// may already have moved to the next day).
    fn on(&self, today: u64) -> MutexGuard<'_, Day> {
        let mut day = self.locked();
        if today > day.number {
            *day = Day::new(today);
        }
        day
    }

    /// The day, even if a thread panicked holding it: at worst one post was
    /// counted in one bucket and not the other, so flood control goes on rather
    /// than waving everything through or naming things under a made-up key.
    fn locked(&self) -> MutexGuard<'_, Day> {
        self.day.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A name for `value` under today's key, with the day and the key's name: for
    /// the sign-in throttle, whose names are then the same in every process that
    /// shares the key. `label` keeps one kind of value from naming another.
    pub(crate) fn name(&self, label: &[u8], value: &[u8]) -> (u64, KeyId, Key) {
        let day = self.on(today());
        (day.number, key_id(&day.key), day.hash(label, value))
    }

    /// Another process's day key. The later day wins; on the same day the key
    /// whose name sorts first, so every process ends up with the same one.
    pub(crate) fn offer(&self, number: u64, key: DayKey) -> Offer {
        let mut day = self.locked();
        if number < day.number {
            return Offer::Old;
        }
        if number == day.number {
            if key == day.key {
                return Offer::Same;
            }
            if key_id(&key) > key_id(&day.key) {
                return Offer::Mine;
            }
        }
        *day = Day::with_key(number, key);
        Offer::Adopted
    }

    /// What was let through since the last call, to tell the other processes.
    pub(crate) fn take_used(&self) -> Option<Usage> {
        let mut day = self.locked();
        if day.used.is_empty() {
            return None;
        }
        let posts = day.used.drain().map(|(key, (kind, n))| (kind, key, n)).collect();
        Some(Usage { day: day.number, key_id: key_id(&day.key), posts })
    }

    /// What another process let through: taken from the same buckets here. A
    /// bucket may go below empty (down to minus its burst), so a client that
    /// got a burst from each process at once waits for all of them.
    pub(crate) fn debit(&self, usage: &Usage) {
        self.debit_at(usage, Instant::now());
    }

    fn debit_at(&self, usage: &Usage, now: Instant) {
        let Some(limits) = self.limits else { return };
        let mut day = self.locked();
        if usage.day != day.number || usage.key_id != key_id(&day.key) {
            return;
        }
        for (kind, key, n) in &usage.posts {
            let rate = kind.rate(limits);
            let bucket = day.bucket(key, rate, now);
            let tokens = (bucket.tokens - f64::from(*n)).max(-rate.burst);
            day.buckets.insert(*key, Bucket { tokens, at: now });
        }
    }

    /// How many buckets are held: for tests of the daily reset.
    #[cfg(test)]
    fn held(&self) -> usize {
        self.locked().buckets.len()
    }
}

/// Days since 1970 in UTC: the key changes at midnight UTC.
pub(crate) fn today() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHOOL: &str = "193.157.0.10";
    const LIMITS: FloodLimits = FloodLimits::DEFAULT;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn a_classroom_behind_one_address_answers_at_once() {
        let guard = FloodGuard::new(Some(LIMITS));
        let t0 = Instant::now();
        // 30 phones: start, ten questions, send — every post within three seconds.
        let mut refused = 0;
        for step in 0..12u32 {
            for phone in 0..30 {
                let at = t0 + Duration::from_millis(u64::from(step) * 250);
                let token = format!("phone-{phone}");
                if guard.admit_at(ip(SCHOOL), Some(&token), at, 1).is_err() {
                    refused += 1;
                }
            }
        }
        assert_eq!(refused, 0);
    }

    #[test]
    fn a_burst_from_one_address_is_slowed_and_told_how_long_to_wait() {
        let guard = FloodGuard::new(Some(LIMITS));
        let t0 = Instant::now();
        let admitted =
            (0..2_000).filter(|_| guard.admit_at(ip("10.0.0.1"), None, t0, 1).is_ok()).count();
        assert_eq!(admitted, 600);
        let slow = guard.admit_at(ip("10.0.0.1"), None, t0, 1).unwrap_err();
        assert_eq!(slow.retry_after, Duration::from_secs(1));
        // Another address is not affected.
        assert!(guard.admit_at(ip("10.0.0.2"), None, t0, 1).is_ok());
        // A second later 25 more are let through.
        let later = t0 + Duration::from_secs(1);
        let again =
            (0..100).filter(|_| guard.admit_at(ip("10.0.0.1"), None, later, 1).is_ok()).count();
        assert_eq!(again, 25);
    }

    #[test]
    fn one_phone_cannot_post_faster_than_a_person_answers() {
        let guard = FloodGuard::new(Some(LIMITS));
        let t0 = Instant::now();
        let admitted =
            (0..100).filter(|_| guard.admit_at(ip(SCHOOL), Some("token"), t0, 1).is_ok()).count();
        assert_eq!(admitted, 40);
        // The refused posts took nothing from the school's bucket.
        let others = (0..560)
            .filter(|i| guard.admit_at(ip(SCHOOL), Some(&format!("p{i}")), t0, 1).is_ok())
            .count();
        assert_eq!(others, 560);
    }

    #[test]
    fn the_key_and_every_bucket_go_when_the_day_changes() {
        let guard = FloodGuard::new(Some(LIMITS));
        let t0 = Instant::now();
        for _ in 0..600 {
            guard.admit_at(ip("10.0.0.1"), None, t0, 1).unwrap();
        }
        let key_before = guard.day.lock().unwrap().key;
        assert!(guard.admit_at(ip("10.0.0.1"), None, t0, 1).is_err());
        assert!(guard.admit_at(ip("10.0.0.1"), None, t0, 2).is_ok());
        assert_eq!(guard.held(), 1);
        assert_ne!(guard.day.lock().unwrap().key, key_before);
    }

    #[test]
    fn the_address_itself_is_not_kept() {
        let guard = FloodGuard::new(Some(LIMITS));
        guard.admit_at(ip("203.0.113.77"), Some("tok"), Instant::now(), 1).unwrap();
        let day = guard.day.lock().unwrap();
        let plain: Vec<u8> = "203.0.113.77".bytes().collect();
        for key in day.buckets.keys() {
            assert!(!key.windows(plain.len().min(16)).any(|w| w == &plain[..w.len()]));
        }
        // Same address, same day: same bucket; the hash depends on the day's key.
        assert_eq!(day.hash(b"client", b"203.0.113.77"), day.hash(b"client", b"203.0.113.77"));
        assert_ne!(Day::new(1).hash(b"client", b"x"), Day::new(1).hash(b"client", b"x"));
    }

    /// Two processes that tell each other everything they let through.
    fn pair() -> (FloodGuard, FloodGuard) {
        let (a, b) = (FloodGuard::new(Some(LIMITS)), FloodGuard::new(Some(LIMITS)));
        assert!(a.share() && b.share());
        (a, b)
    }

    fn agree(a: &FloodGuard, b: &FloodGuard, today: u64) {
        let (day, key) = a.key(today);
        if b.offer(day, key) == Offer::Mine {
            let (day, key) = b.key(today);
            assert_eq!(a.offer(day, key), Offer::Adopted);
        }
        assert_eq!(a.key(today), b.key(today));
    }

    #[test]
    fn two_processes_end_up_with_one_key_whichever_speaks_first() {
        for a_speaks_first in [true, false] {
            for _ in 0..10 {
                let (a, b) = pair();
                let (ka, kb) = (a.key(1).1, b.key(1).1);
                let winner = if key_id(&ka) < key_id(&kb) { ka } else { kb };
                if a_speaks_first {
                    agree(&a, &b, 1);
                } else {
                    agree(&b, &a, 1);
                }
                assert_eq!((a.key(1).1, b.key(1).1), (winner, winner));
                assert_eq!(a.offer(1, winner), Offer::Same);
            }
        }
    }

    #[test]
    fn a_later_day_wins_and_an_earlier_one_is_ignored() {
        let (a, b) = pair();
        let (day, key) = b.key(5);
        assert_eq!(a.offer(day, key), Offer::Adopted);
        let old = FloodGuard::new(Some(LIMITS));
        let (day, key) = old.key(4);
        assert_eq!(a.offer(day, key), Offer::Old);
        assert_eq!(a.key(5), (5, b.key(5).1));
        // The next day each moves on by itself; they agree again as above.
        assert_ne!(a.key(6).1, b.key(6).1);
    }

    #[test]
    fn a_client_spread_over_two_processes_gets_one_allowance() {
        let (a, b) = pair();
        agree(&a, &b, 1);
        let t0 = Instant::now();
        let mut admitted = 0;
        // Alternating, each telling the other after every ten posts.
        for round in 0..200 {
            let guard = if round % 2 == 0 { &a } else { &b };
            admitted +=
                (0..10).filter(|_| guard.admit_at(ip("10.0.0.1"), None, t0, 1).is_ok()).count();
            let (from, to) = if round % 2 == 0 { (&a, &b) } else { (&b, &a) };
            if let Some(usage) = from.take_used() {
                to.debit_at(&usage, t0);
            }
        }
        assert_eq!(admitted, 600);
        assert!(a.take_used().is_none(), "told once");
    }

    #[test]
    fn bursts_taken_at_once_on_both_are_paid_back_before_more() {
        let (a, b) = pair();
        agree(&a, &b, 1);
        let t0 = Instant::now();
        let on_a = (0..40).filter(|_| a.admit_at(ip(SCHOOL), Some("tok"), t0, 1).is_ok()).count();
        let on_b = (0..40).filter(|_| b.admit_at(ip(SCHOOL), Some("tok"), t0, 1).is_ok()).count();
        assert_eq!((on_a, on_b), (40, 40), "before they hear of each other");
        let (ua, ub) = (a.take_used().unwrap(), b.take_used().unwrap());
        a.debit_at(&ub, t0);
        b.debit_at(&ua, t0);
        // Both are now 40 below empty: at 2 a second, 20 s before the next post.
        let soon = t0 + Duration::from_secs(19);
        assert!(a.admit_at(ip(SCHOOL), Some("tok"), soon, 1).is_err());
        let later = t0 + Duration::from_secs(21);
        assert!(b.admit_at(ip(SCHOOL), Some("tok"), later, 1).is_ok());
    }

    #[test]
    fn usage_under_another_key_is_not_counted() {
        let (a, b) = pair();
        let t0 = Instant::now();
        for _ in 0..600 {
            a.admit_at(ip("10.0.0.1"), None, t0, 1).unwrap();
        }
        let usage = a.take_used().unwrap();
        assert_eq!(usage.posts.len(), 1);
        assert_eq!(usage.posts[0].2, 600);
        b.key(1);
        b.debit_at(&usage, t0);
        assert!(b.admit_at(ip("10.0.0.1"), None, t0, 1).is_ok(), "different keys, no debit");
        let plain = FloodGuard::new(Some(LIMITS));
        plain.admit_at(ip("10.0.0.1"), None, t0, 1).unwrap();
        assert!(plain.take_used().is_none(), "nothing noted unless sharing");
    }

    #[test]
    fn off_means_off() {
        let guard = FloodGuard::new(None);
        assert!((0..5_000).all(|_| guard.admit(ip("10.0.0.1"), Some("t")).is_ok()));
    }
}
