//! Redaction of personal data before any adult reads a text or any export leaves:
//! national identity numbers ([`fnr`]), phone numbers ([`phone`]), e-mail addresses
//! ([`email`], also spelled out), names of private persons ([`names`]),
//! social-media handles ([`handle`]), street addresses ([`address`]) and a named
//! school together with the class ([`school`]).
//!
//! Each finding is replaced by a visible marker — `[fnr]`, `[telefon]`, `[e-post]`,
//! `[navn]`, `[brukernavn]`, `[adresse]`, `[skole]` — one marker set for every language, so reviewers and exports see the
//! same thing whichever language the text was in. Years, amounts, ages, clock times,
//! bus numbers and help-line numbers (112, 116 111 …) are left alone.

pub mod address;
pub mod email;
pub mod fnr;
pub mod handle;
pub mod names;
pub mod phone;
pub mod school;

use serde::Serialize;

/// What kind of personal data a redaction removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RedactionKind {
    Fnr,
    Phone,
    Email,
    Name,
    Handle,
    Address,
    School,
}

impl RedactionKind {
    /// The marker that replaces the personal data in the redacted text.
    pub fn marker(self) -> &'static str {
        match self {
            RedactionKind::Fnr => "[fnr]",
            RedactionKind::Phone => "[telefon]",
            RedactionKind::Email => "[e-post]",
            RedactionKind::Name => "[navn]",
            RedactionKind::Handle => "[brukernavn]",
            RedactionKind::Address => "[adresse]",
            RedactionKind::School => "[skole]",
        }
    }
}

/// One redacted span: its kind and its byte range in the original text. The range is
/// for the caller's immediate use (e.g. tests); never persist it with the original.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Redaction {
    pub kind: RedactionKind,
    pub start: usize,
    pub end: usize,
}

/// Finds personal data in `text` and returns the redacted text and what was removed.
pub fn redact(text: &str, names: &names::NameModel) -> (String, Vec<Redaction>) {
    let mut found: Vec<Redaction> = Vec::new();
    // E-mail first: an address may contain digits or name-like parts.
    email::find(text, &mut found);
    email::find_spelled(text, &mut found);
    handle::find(text, &mut found);
    fnr::find(text, &mut found);
    address::find(text, &mut found);
    school::find(text, &mut found);
    phone::find(text, &mut found);
    names.find(text, &mut found);
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    // Overlapping findings become one, of the kind of the first (or longest):
    // what goes is everything any finder took, whichever ran first.
    let mut kept: Vec<Redaction> = Vec::with_capacity(found.len());
    for r in found {
        match kept.last_mut() {
            Some(k) if r.start < k.end => k.end = k.end.max(r.end),
            _ => kept.push(r),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for r in &kept {
        out.push_str(&text[pos..r.start]);
        out.push_str(r.kind.marker());
        pos = r.end;
    }
    out.push_str(&text[pos..]);
    (out, kept)
}

/// True when the word at `start..end` is a marker's word (`[brukernavn]`): text
/// redacted once is redacted again unchanged, so markers are never read as words.
pub(crate) fn in_marker(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('[') && text[end..].starts_with(']')
}

/// True when `found` already covers byte `at`.
pub(crate) fn covered(found: &[Redaction], at: usize) -> bool {
    found.iter().any(|r| r.start <= at && at < r.end)
}

/// A run of digit groups: start, end and the byte range of each group.
pub(crate) type DigitRun = (usize, usize, Vec<(usize, usize)>);

/// Groups of digits separated by single spaces, dashes or dots, as found in `text`:
/// each item is the byte range of the whole run and the byte range of every group.
/// Shared by the fnr and phone scanners so both see numbers the same way.
pub(crate) fn digit_runs(text: &str) -> Vec<DigitRun> {
    let b = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            i += 1;
            continue;
        }
        let mut groups = Vec::new();
        let mut j = i;
        loop {
            let s = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            groups.push((s, j));
            // a single separator followed by a digit continues the run
            if j + 1 < b.len() && matches!(b[j], b' ' | b'-' | b'.') && b[j + 1].is_ascii_digit() {
                j += 1;
            } else {
                break;
            }
        }
        // a letter glued to the end (9B, 3D) makes the last group part of a word;
        // the groups before it still stand ("91234567 4G" keeps the phone number)
        if j < b.len() && b[j].is_ascii_alphabetic() {
            groups.pop();
        }
        if let Some(&(_, end)) = groups.last() {
            runs.push((i, end, groups));
        }
        i = j.max(i + 1);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> String {
        redact(text, names::NameModel::shared()).0
    }

    #[test]
    fn mixed_text() {
        // a valid D-nummer (day + 40) found by trying individual numbers
        let d = (0..100_000).map(|n| format!("410190{n:05}")).find(|s| fnr::is_valid(s)).unwrap();
        let t = format!("Ring 912 34 567 eller skriv til ola.n@gmail.com, fnr {d}, hilsen Kari");
        assert_eq!(r(&t), "Ring [telefon] eller skriv til [e-post], fnr [fnr], hilsen [navn]");
        let h = (0..100_000).map(|n| format!("014590{n:05}")).find(|s| fnr::is_valid(s)).unwrap();
        assert_eq!(r(&format!("H-nummer {} {}", &h[..6], &h[6..])), "H-nummer [fnr]");
    }

    #[test]
    fn harmless_numbers_stay() {
        for t in [
            "Vi samlet inn 12 500 kroner i 2019",
            "Det koster 8000 kr og 450 i måneden",
            "Ring 112 eller 113, eller 116 111 hvis du trenger noen å snakke med",
            "Buss 47 går kl 15.30 og 07.45, jeg er 15 år",
            "Nuoraidklubba oažžu dušše 40 000 ru jagis",
            "We're 13-15 year olds and it was 1999",
            "passordet er 11111111111",
        ] {
            assert_eq!(r(t), t);
        }
    }
}
