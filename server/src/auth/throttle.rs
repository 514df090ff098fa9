//! Sign-in throttling per account and per client, in memory only: the client is
//! known by a salted hash of its address that never leaves this process, so no IP
//! address is stored anywhere.

use sha2::{Digest, Sha256};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
pub const PER_ACCOUNT: usize = 5;
pub const PER_CLIENT: usize = 20;

pub struct Throttle {
    salt: [u8; 16],
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Default for Throttle {
    fn default() -> Self {
        Throttle { salt: *uuid::Uuid::new_v4().as_bytes(), failures: Mutex::default() }
    }
}

impl Throttle {
    fn client_key(&self, ip: IpAddr) -> String {
        let mut h = Sha256::new();
        h.update(self.salt);
        h.update(ip.to_string().as_bytes());
        format!("client:{:x}", h.finalize())
    }

    fn keys(&self, account: &str, ip: Option<IpAddr>) -> Vec<(String, usize)> {
        let mut keys = vec![(format!("account:{account}"), PER_ACCOUNT)];
        if let Some(ip) = ip {
            keys.push((self.client_key(ip), PER_CLIENT));
        }
        keys
    }

    /// Whether another attempt is allowed now.
    pub fn allows(&self, account: &str, ip: Option<IpAddr>) -> bool {
        let Ok(mut map) = self.failures.lock() else { return false };
        let now = Instant::now();
        self.keys(account, ip).into_iter().all(|(key, limit)| {
            let q = map.entry(key).or_default();
            while q.front().is_some_and(|t| now.duration_since(*t) > WINDOW) {
                q.pop_front();
            }
            q.len() < limit
        })
    }

    pub fn failed(&self, account: &str, ip: Option<IpAddr>) {
        if let Ok(mut map) = self.failures.lock() {
            for (key, _) in self.keys(account, ip) {
                map.entry(key).or_default().push_back(Instant::now());
            }
        }
    }

    pub fn succeeded(&self, account: &str) {
        if let Ok(mut map) = self.failures.lock() {
            map.remove(&format!("account:{account}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_lock_the_account_and_twenty_the_client() {
        let t = Throttle::default();
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
        let key = t.client_key(ip);
        assert!(!key.contains("192.0.2.7"), "no address kept, only a salted hash");
    }
}
