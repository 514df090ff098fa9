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

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
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

type Key = [u8; 16];

struct Day {
    number: u64,
    key: [u8; 32],
    buckets: HashMap<Key, Bucket>,
}

impl Day {
    fn new(number: u64) -> Day {
        let mut key = [0; 32];
        key[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        key[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        Day { number, key, buckets: HashMap::new() }
    }

    fn hash(&self, kind: &[u8], value: &[u8]) -> Key {
        let mut h = Sha256::new();
        h.update(self.key);
        h.update(kind);
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
    day: Mutex<Day>,
}

impl FloodGuard {
    /// `None` turns flood control off (load benchmarks and the crash test).
    pub fn new(limits: Option<FloodLimits>) -> FloodGuard {
        FloodGuard { limits, day: Mutex::new(Day::new(today())) }
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
        let Ok(mut day) = self.day.lock() else { return Ok(()) };
        if day.number != day_number {
            *day = Day::new(day_number);
        }
        let mut keys = Vec::with_capacity(2);
        if let Some(ip) = client {
            keys.push((day.hash(b"client", ip.to_string().as_bytes()), limits.client));
        }
        if let Some(phone) = phone {
            keys.push((day.hash(b"phone", phone.as_bytes()), limits.phone));
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
        for (key, rate) in &keys {
            let bucket = day
                .buckets
                .get(key)
                .copied()
                .unwrap_or(Bucket { tokens: rate.burst, at: now })
                .refilled(*rate, now);
            if bucket.tokens < 1.0 {
                return Err(SlowDown { retry_after: bucket.wait(*rate) });
            }
            refilled.push(bucket);
        }
        for ((key, _), bucket) in keys.iter().zip(refilled) {
            day.buckets.insert(*key, Bucket { tokens: bucket.tokens - 1.0, at: now });
        }
        Ok(())
    }

    /// How many buckets are held: for tests of the daily reset.
    #[cfg(test)]
    fn held(&self) -> usize {
        self.day.lock().map(|d| d.buckets.len()).unwrap_or(0)
    }
}

/// Days since 1970 in UTC: the key changes at midnight UTC.
fn today() -> u64 {
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

    #[test]
    fn off_means_off() {
        let guard = FloodGuard::new(None);
        assert!((0..5_000).all(|_| guard.admit(ip("10.0.0.1"), Some("t")).is_ok()));
    }
}
