//! Join codes: short, read aloud in a room and typed on a phone.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Characters that cannot be mistaken for each other when read aloud or from a
/// projector: no 0/O, no 1/I/L.
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const MIN_LEN: usize = 4;
pub const MAX_LEN: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct JoinCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a join code")]
pub struct InvalidJoinCode;

impl JoinCode {
    /// Accepts what people type: any case, spaces and dashes between groups. The
    /// look-alikes the alphabet leaves out are read as the letter or digit meant
    /// (O→0 is not in the alphabet either, so O is read as nothing valid).
    pub fn parse(input: &str) -> Result<JoinCode, InvalidJoinCode> {
        let code: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if !(MIN_LEN..=MAX_LEN).contains(&code.len()) {
            return Err(InvalidJoinCode);
        }
        if code.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(JoinCode(code))
        } else {
            Err(InvalidJoinCode)
        }
    }

    /// A new code from caller-supplied random bytes (the domain core has no RNG).
    pub fn from_random(bytes: &[u8]) -> JoinCode {
        let code = bytes
            .iter()
            .take(MAX_LEN)
            .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
            .collect::<String>();
        JoinCode(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JoinCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for JoinCode {
    type Error = InvalidJoinCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        JoinCode::parse(&s)
    }
}

impl From<JoinCode> for String {
    fn from(c: JoinCode) -> String {
        c.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(JoinCode::parse(" svar-25 ").unwrap().as_str(), "SVAR25");
        assert_eq!(JoinCode::parse("svar 25").unwrap().as_str(), "SVAR25");
    }

    #[test]
    fn ambiguous_or_wrong_length_codes_are_refused() {
        assert!(JoinCode::parse("HELLO0").is_err());
        assert!(JoinCode::parse("ABC1").is_err());
        assert!(JoinCode::parse("ABC").is_err());
        assert!(JoinCode::parse("ABCDEFGHJ").is_err());
        assert!(JoinCode::parse("ÆØÅÆØÅ").is_err());
    }

    #[test]
    fn random_codes_use_only_the_unambiguous_alphabet() {
        let code = JoinCode::from_random(&[0, 255, 17, 99, 31, 200]);
        assert_eq!(code.as_str().len(), 6);
        assert!(JoinCode::parse(code.as_str()).is_ok());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use proptest::prelude::*;

    fn alphabet_code() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), MIN_LEN..=MAX_LEN)
            .prop_map(|b| String::from_utf8(b).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever is typed or put in a URL, parsing answers; what it accepts is a
        /// canonical code that parses to itself and survives serde.
        #[test]
        fn parse_never_panics_and_accepts_only_canonical_codes(input in nasty()) {
            if let Ok(code) = JoinCode::parse(&input) {
                let s = code.as_str();
                prop_assert!((MIN_LEN..=MAX_LEN).contains(&s.len()));
                prop_assert!(s.bytes().all(|b| ALPHABET.contains(&b)));
                prop_assert_eq!(JoinCode::parse(s), Ok(code.clone()));
                prop_assert_eq!(code.to_string(), s);
                let json = serde_json::to_string(&code).unwrap();
                prop_assert_eq!(serde_json::from_str::<JoinCode>(&json).unwrap(), code);
            }
        }

        /// A code as a person types it — lower case, with spaces and dashes — is the
        /// code on the poster.
        #[test]
        fn typed_spellings_parse_to_the_code(
            code in alphabet_code(),
            seps in prop::collection::vec(prop::sample::select(&[" ", "-", "", "\t"][..]), MAX_LEN),
        ) {
            let typed: String = code
                .chars()
                .zip(&seps)
                .map(|(c, s)| format!("{}{s}", c.to_ascii_lowercase()))
                .collect();
            let parsed = JoinCode::parse(&typed).unwrap();
            prop_assert_eq!(parsed.as_str(), code.as_str());
        }

        #[test]
        fn random_codes_parse(bytes in prop::collection::vec(any::<u8>(), MIN_LEN..=MAX_LEN * 2)) {
            let code = JoinCode::from_random(&bytes);
            prop_assert_eq!(JoinCode::parse(code.as_str()), Ok(code));
        }
    }
}
