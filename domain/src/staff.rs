//! Staff: the only people with accounts. Facilitators belong to one organisation;
//! reviewers (the Innsatsgruppe) see aggregates across all; administrators create
//! organisations and invite staff.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Facilitator,
    Reviewer,
}

impl Role {
    pub fn id(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Facilitator => "facilitator",
            Role::Reviewer => "reviewer",
        }
    }

    pub fn parse(id: &str) -> Option<Role> {
        [Role::Admin, Role::Facilitator, Role::Reviewer].into_iter().find(|r| r.id() == id)
    }

    /// Only facilitators act for an organisation; the others must not have one.
    pub fn needs_organisation(self) -> bool {
        self == Role::Facilitator
    }
}

/// An e-mail address, trimmed and lower-cased so one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StaffError {
    #[error("not an e-mail address")]
    InvalidEmail,
    #[error("password too short")]
    PasswordTooShort,
    #[error("password too long")]
    PasswordTooLong,
    #[error("name missing")]
    NameMissing,
}

impl StaffError {
    pub fn message_id(self) -> &'static str {
        match self {
            StaffError::InvalidEmail => "error-email-invalid",
            StaffError::PasswordTooShort => "error-password-short",
            StaffError::PasswordTooLong => "error-password-long",
            StaffError::NameMissing => "error-name-missing",
        }
    }
}

impl Email {
    pub fn parse(raw: &str) -> Result<Email, StaffError> {
        let e = raw.trim().to_lowercase();
        let ok = e.len() <= 254
            && !e.chars().any(|c| c.is_whitespace() || c.is_control())
            && matches!(e.split_once('@'), Some((local, domain))
                if !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
                    && !domain.ends_with('.') && !domain.contains('@'));
        if ok {
            Ok(Email(e))
        } else {
            Err(StaffError::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = StaffError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Email::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

/// Shortest password accepted, in characters. Length is what makes a password
/// strong (NIST SP 800-63B); no composition rules.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest, to bound the hashing work an attacker can ask for.
pub const MAX_PASSWORD_CHARS: usize = 256;

pub fn check_password(password: &str) -> Result<(), StaffError> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        Err(StaffError::PasswordTooShort)
    } else if n > MAX_PASSWORD_CHARS {
        Err(StaffError::PasswordTooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Kari@Ungdom.NO ").unwrap().as_str(), "kari@ungdom.no");
        for bad in [
            "",
            "kari",
            "kari@",
            "@ungdom.no",
            "kari@ungdom",
            "ka ri@ungdom.no",
            "a@b@c.no",
            "k@.no",
            // PostgreSQL refuses NUL in text: it must not get that far.
            "ka\0ri@ungdom.no",
            "kari@ungdom.no\u{7}",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_need_length_not_symbols() {
        assert_eq!(check_password("kort"), Err(StaffError::PasswordTooShort));
        assert_eq!(check_password("lang nok setning"), Ok(()));
        assert_eq!(check_password(&"x".repeat(257)), Err(StaffError::PasswordTooLong));
    }

    #[test]
    fn roles_round_trip() {
        for r in [Role::Admin, Role::Facilitator, Role::Reviewer] {
            assert_eq!(Role::parse(r.id()), Some(r));
        }
        assert!(Role::Facilitator.needs_organisation() && !Role::Reviewer.needs_organisation());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A typed address is refused or normalised once and for all.
        #[test]
        fn emails_parse_to_a_fixed_point(raw in prop_oneof![
            nasty(),
            (nasty(), nasty()).prop_map(|(l, d)| format!("{l}@{d}.no")),
        ]) {
            if let Ok(e) = Email::parse(&raw) {
                prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
                prop_assert!(e.as_str().len() <= 254);
                prop_assert_eq!(e.as_str().matches('@').count(), 1);
                prop_assert!(!e.as_str().chars().any(char::is_control));
            }
            let _ = check_password(&raw);
            let _ = Role::parse(&raw);
        }
    }
}
