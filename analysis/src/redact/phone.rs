//! Norwegian phone numbers: eight digits starting 2–9 in the spellings people use
//! (`91234567`, `912 34 567`, `41 23 45 67`, `4123 4567`, `912 345 67`), optionally
//! after `+47`, `0047` or `47`. Amounts (`12 500 000 kr`) have other group shapes and
//! short numbers (112, 116 111, ages, bus numbers) are too short, so they stay.

use super::{covered, digit_runs, Redaction, RedactionKind};

/// Group-length shapes accepted as a phone number (without country code).
const SHAPES: [&[usize]; 5] = [&[8], &[3, 2, 3], &[2, 2, 2, 2], &[4, 4], &[3, 3, 2]];

/// Shapes looked for inside a longer run of digits (a number next to a count or
/// another number). Every phone spelling is here; two four-digit years are not.
const INNER: [&[usize]; 5] = [&[8], &[3, 2, 3], &[2, 2, 2, 2], &[3, 3, 2], &[4, 4]];

/// Words after a number that make it an amount, not a phone number.
const MONEY: [&str; 9] = ["kr", "kroner", "nok", "ru", "ruđa", "euro", "dollar", "kronor", ",-"];

fn is_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))
}

/// Whether every group is a year: "2018 2019" is two years, not a phone number.
fn all_years(text: &str, groups: &[(usize, usize)]) -> bool {
    groups.iter().all(|g| is_year(&text[g.0..g.1]))
}

/// Adds every phone number in `text` to `found`.
pub fn find(text: &str, found: &mut Vec<Redaction>) {
    let b = text.as_bytes();
    for (start, end, groups) in digit_runs(text) {
        if covered(found, start) {
            continue;
        }
        // Only the next few characters: lower-casing the whole rest of the text for
        // every number made long texts quadratic.
        let after: String =
            text[end..].trim_start().chars().take(8).flat_map(char::to_lowercase).collect();
        if MONEY.iter().any(|m| after.starts_with(m)) {
            continue;
        }
        // Dots group clock times and dates (20.30-22.00, 24.12), never phones.
        if groups.windows(2).any(|w| &text[w[0].1..w[1].0] == ".") {
            continue;
        }
        let lens: Vec<usize> = groups.iter().map(|g| g.1 - g.0).collect();
        let plus = start > 0 && b[start - 1] == b'+';
        let span_start = if plus { start - 1 } else { start };
        let first = &text[groups[0].0..groups[0].1];
        // Eight digits with a country code glued on: "+4791234567", "004791234567".
        let glued = if plus && lens[0] == 10 && first.starts_with("47") {
            Some(&first[2..])
        } else if lens[0] == 12 && first.starts_with("0047") {
            Some(&first[4..])
        } else {
            None
        };
        // The local eight digits and their group shape, after any country code.
        let (local, shape): (String, Vec<usize>) =
            if (plus && first == "47" && lens.len() > 1) || (first == "0047" && lens.len() > 1) {
                (groups[1..].iter().map(|g| &text[g.0..g.1]).collect(), lens[1..].to_vec())
            } else if let (Some(digits), 1) = (glued, lens.len()) {
                (digits.to_string(), vec![8])
            } else {
                (groups.iter().map(|g| &text[g.0..g.1]).collect(), lens.clone())
            };
        let years = shape == [4, 4] && all_years(text, &groups);
        if SHAPES.contains(&shape.as_slice())
            && matches!(local.as_bytes()[0], b'2'..=b'9')
            && !years
        {
            found.push(Redaction { kind: RedactionKind::Phone, start: span_start, end });
            continue;
        }
        // A longer run: numbers side by side ("91234567 98765432") or next to a
        // count ("1 912 34 567", "5 4123 4567", "91234567 3 ganger"). Every phone
        // shape inside it goes. (This once returned after the first, leaving any
        // later number in the text, and once knew only 8, 3-2-3 and 2-2-2-2.)
        let mut i = 0;
        // A number with its country code glued on may start the run:
        // "+4791234567 3 ganger".
        if glued.is_some_and(|digits| matches!(digits.as_bytes()[0], b'2'..=b'9')) {
            found.push(Redaction {
                kind: RedactionKind::Phone,
                start: span_start,
                end: groups[0].1,
            });
            i = 1;
        }
        while i < lens.len() {
            let shape = INNER.iter().find(|w| {
                lens[i..].starts_with(w) && !(**w == [4, 4] && all_years(text, &groups[i..i + 2]))
            });
            match shape {
                Some(w) if matches!(b[groups[i].0], b'2'..=b'9') => {
                    let last = i + w.len() - 1;
                    found.push(Redaction {
                        kind: RedactionKind::Phone,
                        start: groups[i].0,
                        end: groups[last].1,
                    });
                    i = last + 1;
                }
                _ => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{names::NameModel, redact};

    fn r(t: &str) -> String {
        redact(t, NameModel::shared()).0
    }

    #[test]
    fn spellings() {
        for (t, want) in [
            ("ring 912 34 567!", "ring [telefon]!"),
            ("ring 91234567", "ring [telefon]"),
            ("Text +47 41234567", "Text [telefon]"),
            ("Text +47 455 09 321", "Text [telefon]"),
            ("tlf 0047 41234567", "tlf [telefon]"),
            ("tlf +4741234567.", "tlf [telefon]."),
            ("Kirkens SOS 22 40 00 40", "Kirkens SOS [telefon]"),
            ("ring 40 55 21 86 🚜", "ring [telefon] 🚜"),
            ("Riŋge munnje: 954 61 308", "Riŋge munnje: [telefon]"),
            ("nr 4123 4567", "nr [telefon]"),
            ("ring 1 912 34 567 eller 41234567", "ring 1 [telefon] eller [telefon]"),
            ("numrene 91234567 98765432", "numrene [telefon] [telefon]"),
            ("ring 91234567 3 ganger", "ring [telefon] 3 ganger"),
            ("tlf 91234567 4G", "tlf [telefon] 4G"),
            ("ring 5 2000 0000", "ring 5 [telefon]"),
            ("ring +4791234567 3 ganger", "ring [telefon] 3 ganger"),
            ("ring 004791234567 3 ganger", "ring [telefon] 3 ganger"),
            ("klasse 8 4123 4567", "klasse 8 [telefon]"),
            ("1 912 345 67 og 2 22 40 00 40", "1 [telefon] og 2 [telefon]"),
        ] {
            assert_eq!(r(t), want, "{t}");
        }
    }

    #[test]
    fn not_phones() {
        for t in [
            "12 500 000 kroner",
            "budsjettet er 20 000 kr",
            "mellom 2018 2019 var det bra",
            "i 3 2018 2019 2020 var det bra",
            "Ring 116 111 eller 112",
            "13-15 year olds",
            "kontonummer 1234.56.78903",
            "bus 47 at 15:30",
            "åpent kl 20.30-22.00 hver fredag",
            "fra 24.12-26.12 er alt stengt",
        ] {
            assert_eq!(r(t), t, "{t}");
        }
    }
}
