//! Fødselsnummer, D-nummer and H-nummer: 11 digits (also typed `DDMMYY NNNNN`)
//! with a valid date part and both mod-11 check digits. A number that fails the
//! check is not one and stays (a class account number, an SMS code, a password),
//! unless the writer calls it one: eleven digits right after "fødselsnummer",
//! "personnummer", "fnr" (or "riegádannummir", "national ID number" …) go even
//! with a typing error in the check digits, because the writer meant it.

use super::{covered, digit_runs, Redaction, RedactionKind};

const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

fn check_digit(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

/// True when `s` is 11 digits forming a valid fødselsnummer, D-nummer (day + 40) or
/// H-nummer (month + 40): plausible date and both check digits right.
pub fn is_valid(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 11 || s.chars().filter(|c| c.is_ascii_digit()).count() != 11 {
        return false;
    }
    let mut day = d[0] * 10 + d[1];
    let mut month = d[2] * 10 + d[3];
    if day > 40 {
        day -= 40; // D-nummer
    }
    if month > 40 {
        month -= 40; // H-nummer
    }
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return false;
    }
    check_digit(&d[..9], &W1) == Some(d[9]) && check_digit(&d[..10], &W2) == Some(d[10])
}

/// Words (folded, matched at a word's start) by which a writer names an
/// identity number: "fødselsnummeret mitt", "fnr:", "personnr", "national ID".
const NAMED: &[&str] = &[
    "fødselsn",
    "fodselsn",
    "føselsn",
    "føddselsn",
    "fødselnr",
    "fnr",
    "personn",
    "pnr",
    "riegadann",
    "persovdnan",
    "national id",
    "id number",
    "identity number",
    "personal number",
    "birth number",
    "social security",
];

/// True when one of [`NAMED`] stands in the 40 bytes before `at`.
fn named_before(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = crate::text::fold(&text[from..at]);
    NAMED.iter().any(|n| {
        before.match_indices(n).any(|(i, _)| {
            i == 0 || !before[..i].chars().next_back().is_some_and(char::is_alphanumeric)
        })
    })
}

/// Adds every valid identity number in `text` to `found`, and every 11-digit
/// number the writer calls one.
pub fn find(text: &str, found: &mut Vec<Redaction>) {
    for (start, end, groups) in digit_runs(text) {
        let lens: Vec<usize> = groups.iter().map(|g| g.1 - g.0).collect();
        let shaped = lens == [11] || (lens == [6, 5] && text.as_bytes()[groups[0].1] == b' ');
        let spelled = lens.iter().sum::<usize>() == 11 && lens.len() <= 4;
        if covered(found, start) {
            continue;
        }
        if (shaped && is_valid(&text[start..end])) || (spelled && named_before(text, start)) {
            found.push(Redaction { kind: RedactionKind::Fnr, start, end });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid number from a date and individual number by computing both
    /// check digits, so tests do not depend on real people's numbers.
    pub(crate) fn make(prefix9: &str) -> Option<String> {
        let d: Vec<u32> = prefix9.chars().filter_map(|c| c.to_digit(10)).collect();
        let k1 = check_digit(&d, &W1)?;
        let mut d10 = d.clone();
        d10.push(k1);
        let k2 = check_digit(&d10, &W2)?;
        Some(format!("{prefix9}{k1}{k2}"))
    }

    fn first_valid(date: &str) -> String {
        (100..999).find_map(|i| make(&format!("{date}{i}"))).unwrap()
    }

    #[test]
    fn valid_numbers_and_variants() {
        let f = first_valid("010190");
        assert!(is_valid(&f));
        let d = first_valid("410190"); // D-nummer: day + 40
        assert!(is_valid(&d));
        let h = first_valid("014190"); // H-nummer: month + 40
        assert!(is_valid(&h));
    }

    #[test]
    fn invalid_numbers_stay() {
        let f = first_valid("150704");
        // change the last digit: second check fails
        let last = f.chars().last().unwrap().to_digit(10).unwrap();
        let bad = format!("{}{}", &f[..10], (last + 1) % 10);
        assert!(!is_valid(&bad));
        assert!(!is_valid("11111111111"));
        assert!(!is_valid("18050312345"));
        assert!(!is_valid("32019012345")); // day 32
        assert!(!is_valid("0101901234")); // 10 digits
    }

    #[test]
    fn found_in_text_also_with_space() {
        let f = first_valid("010190");
        let spaced = format!("{} {}", &f[..6], &f[6..]);
        for t in [format!("fnr {f}."), format!("nummeret mitt er {spaced} ok"), format!("({f})")] {
            let mut found = Vec::new();
            find(&t, &mut found);
            assert_eq!(found.len(), 1, "{t}");
            assert_eq!(found[0].kind, RedactionKind::Fnr);
        }
        let mut found = Vec::new();
        find(&format!("konto {f}9"), &mut found); // 12 digits: not an fnr
        assert!(found.is_empty());
    }

    #[test]
    fn a_number_called_an_identity_number_goes_with_wrong_check_digits() {
        for t in [
            "fødselsnummeret mitt er 12031045678",
            "fnr: 120310 45678",
            "mu riegádannummir lea 120310-45678",
            "my national ID number is 120310 456 78",
        ] {
            let mut found = Vec::new();
            find(t, &mut found);
            assert_eq!(found.len(), 1, "{t}");
        }
        let mut found = Vec::new();
        find("passordet er 11111111111, fnr har jeg ikke", &mut found);
        assert!(found.is_empty(), "a keyword after the number does not name it");
    }
}
