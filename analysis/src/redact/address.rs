//! Street addresses: a street with a house number ("Fjellveien 3B", "Kong Oscars
//! gate 12", "12 Baker Street") and a postcode with its place ("9010 Tromsø").
//! A street named without a number is a place ("bussen går fra Storgata") and
//! stays, as do years and amounts: four digits are taken for a postcode only
//! after an address, a comma, or the word for it, or when no year could be meant.

use super::{covered, in_marker, Redaction, RedactionKind};
use crate::text::fold;

/// Endings of street names, folded ("fjellveien", "skolevegen", "storgata").
const STREET_ENDINGS: &[&str] = &[
    "gata", "gate", "gaten", "gt", "veien", "vegen", "veg", "vei", "vn", "allé", "alle", "allèen",
    "alleen", "plass", "plassen", "bakken", "bakke", "stien", "sti", "svingen", "tunet", "lia",
    "liane", "haugen", "ringen", "jordet", "åsen", "asen", "kroken", "brinken", "løkka", "lokka",
    "torget", "kaia", "brygga", "geaidnu", "luodda", "gaisa", "straße", "strasse", "gahta",
    "gáhta",
];

/// Words for "number" in "bor i nr 14 i Lillegata", "Jávregeaidnu nr 14".
const NUMBER_WORDS: &[&str] = &["nr", "nummer", "number", "no", "num"];

/// Street words written apart ("Kong Oscars gate 5", "Baker Street 12", "12 Baker St").
const STREET_WORDS: &[&str] = &[
    "gate", "gata", "vei", "veg", "veien", "vegen", "allé", "plass", "street", "st", "road", "rd",
    "lane", "avenue", "ave", "way",
];

/// Words that say an address follows: "bor i Myrteigen 6", "address is Elm 4".
const LIVES: &[&str] = &[
    "bor",
    "bur",
    "live",
    "lives",
    "living",
    "adresse",
    "adressa",
    "adressen",
    "address",
    "heime",
    "hjemme",
    "orun",
    "ássan",
    "assan",
    "postadresse",
    "til",
];

/// Words after a number that make it a count, not a house number ("12 år").
const COUNTED: &[&str] = &[
    "av", "år", "ar", "timer", "km", "min", "dager", "dagar", "uker", "veker", "stk", "of",
    "years", "people", "personer", "jagi",
];

/// Words that say a postcode follows.
const POSTCODE_CUES: &[&str] = &["postnummer", "postnr", "postcode", "zip", "poastanummir"];

fn word_at(text: &str, start: usize) -> (usize, usize) {
    let end = start
        + text[start..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | 'é' | 'è'))
            .map(char::len_utf8)
            .sum::<usize>();
    (start, end)
}

/// Words with their byte spans (letters, digits and inner dashes).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() {
            let (s, e) = word_at(text, i);
            let e = if text[s..e].ends_with('-') { e - 1 } else { e };
            out.push((s, e));
            i = e.max(i + c.len_utf8());
        } else {
            i += c.len_utf8();
        }
    }
    out
}

fn is_street_name(word: &str) -> bool {
    let w = fold(word);
    STREET_ENDINGS.iter().any(|e| w.ends_with(e) && w.chars().count() > e.chars().count() + 2)
}

/// A house number: 1–4 digits, maybe with one letter ("3", "3B", "14b").
fn house_number(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    let rest: Vec<char> = word.chars().skip(digits).collect();
    (1..=4).contains(&digits) && (rest.is_empty() || (rest.len() == 1 && rest[0].is_alphabetic()))
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn year_like(n: u32) -> bool {
    (1900..=2099).contains(&n)
}

/// Adds every street address and postcode-with-place in `text` to `found`.
pub fn find(text: &str, found: &mut Vec<Redaction>) {
    // Every address has a number and every class a digit: most texts have neither.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    // A marker's word is not a street: "[brukernavn] 0" ends like "Fjellvn 0".
    let w: Vec<(usize, usize)> =
        words(text).into_iter().filter(|&(s, e)| !in_marker(text, s, e)).collect();
    let word = |i: usize| &text[w[i].0..w[i].1];
    let mut addresses: Vec<(usize, usize)> = Vec::new();
    for i in 0..w.len() {
        // "Fjellveien 3B", "Fjellveien 3 B"
        if is_street_name(word(i)) && i + 1 < w.len() && house_number(word(i + 1)) {
            let mut start = w[i].0;
            // "Kong Oscars gate" style names: capitalised words just before
            let mut k = i;
            while k > 0 && capitalised(word(k - 1)) && w[k].0 - w[k - 1].1 == 1 && k + 2 > i {
                k -= 1;
                start = w[k].0;
            }
            let mut end = w[i + 1].1;
            if i + 2 < w.len()
                && word(i + 2).chars().count() == 1
                && word(i + 2).chars().all(char::is_alphabetic)
                && w[i + 2].0 - end == 1
                && word(i + 1).chars().all(|c| c.is_ascii_digit())
            {
                end = w[i + 2].1;
            }
            addresses.push((start, end));
        }
        // "Myrteigen 6" after "bor i", or followed by a postcode: any street name.
        if capitalised(word(i))
            && i + 1 < w.len()
            && house_number(word(i + 1))
            && &text[w[i].1..w[i + 1].0] == " "
        {
            let cued = (i.saturating_sub(4)..i).any(|k| LIVES.contains(&fold(word(k)).as_str()));
            let rest = text[w[i + 1].1..].trim_start_matches([' ', ',']);
            let rest = rest
                .strip_prefix(|c: char| c.is_alphabetic() && c.is_uppercase())
                .map_or(rest, |r| r.trim_start_matches([' ', ',']));
            let postcode = rest.len() > 5
                && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && rest.as_bytes()[4] == b' ';
            let counted =
                w.get(i + 2).is_some_and(|&(a, b)| COUNTED.contains(&fold(&text[a..b]).as_str()));
            if (cued && !counted) || postcode {
                let mut end = w[i + 1].1;
                if i + 2 < w.len()
                    && word(i + 2).chars().count() == 1
                    && word(i + 2).chars().all(char::is_uppercase)
                    && w[i + 2].0 - end == 1
                {
                    end = w[i + 2].1;
                }
                addresses.push((w[i].0, end));
            }
        }
        // "nr 14 i Lillebakkgata", "number 14 on Elm Road"; "Jávregeaidnu nr 14"
        if NUMBER_WORDS.contains(&fold(word(i)).as_str())
            && i + 3 < w.len()
            && house_number(word(i + 1))
        {
            let linked = matches!(fold(word(i + 2)).as_str(), "i" | "pa" | "på" | "on" | "in");
            if linked && capitalised(word(i + 3)) && is_street_name(word(i + 3)) {
                addresses.push((w[i].0, w[i + 3].1));
            }
        }
        if is_street_name(word(i))
            && i + 2 < w.len()
            && NUMBER_WORDS.contains(&fold(word(i + 1)).as_str())
            && house_number(word(i + 2))
        {
            addresses.push((w[i].0, w[i + 2].1));
        }
        // "Kong Oscars gate 5", "Baker Street 12"
        let street_word = STREET_WORDS.contains(&fold(word(i)).as_str());
        if street_word
            && i > 0
            && capitalised(word(i - 1))
            && i + 1 < w.len()
            && house_number(word(i + 1))
        {
            let mut k = i - 1;
            while k > 0 && capitalised(word(k - 1)) && i - k < 3 {
                k -= 1;
            }
            addresses.push((w[k].0, w[i + 1].1));
        }
        // "12 Baker Street"
        if street_word && i >= 2 && capitalised(word(i - 1)) && house_number(word(i - 2)) {
            addresses.push((w[i - 2].0, w[i].1));
        }
    }
    // Postcode + place: four digits and the word after them.
    for i in 0..w.len().saturating_sub(1) {
        let code = word(i);
        let Ok(n) = code.parse::<u32>() else { continue };
        if code.len() != 4 || !word(i + 1).chars().all(char::is_alphabetic) {
            continue;
        }
        let gap = &text[w[i].1..w[i + 1].0];
        if gap != " " {
            continue;
        }
        let before = text[..w[i].0].trim_end();
        let after_address = addresses.iter().any(|&(_, e)| e <= w[i].0 && w[i].0 - e <= 3);
        let cued = i > 0 && POSTCODE_CUES.contains(&fold(word(i - 1)).as_str());
        let after_comma = before.ends_with(',') && capitalised(word(i + 1));
        let alone = capitalised(word(i + 1)) && !year_like(n) && n >= 1;
        if after_address || cued || after_comma || alone {
            // The place may be two or three words: "1354 Bærums Verk".
            let mut end = w[i + 1].1;
            let mut k = i + 2;
            while k < w.len()
                && k < i + 4
                && capitalised(word(k))
                && &text[w[k - 1].1..w[k].0] == " "
            {
                end = w[k].1;
                k += 1;
            }
            addresses.push((w[i].0, end));
        }
    }
    for (start, end) in addresses {
        if !covered(found, start) && !covered(found, end.saturating_sub(1)) {
            found.push(Redaction { kind: RedactionKind::Address, start, end });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut f = Vec::new();
        find(t, &mut f);
        f.sort_by_key(|r| r.start);
        f.iter().map(|r| &t[r.start..r.end]).collect()
    }

    #[test]
    fn addresses_go() {
        assert_eq!(spans("jeg bor i Fjellveien 3B, 9010 Tromsø"), ["Fjellveien 3B", "9010 Tromsø"]);
        assert_eq!(spans("bor i skolevegen 14 b"), ["skolevegen 14 b"]);
        assert_eq!(spans("I live at 12 Baker Street"), ["12 Baker Street"]);
        assert_eq!(spans("adressa mi er Kong Oscars gate 5"), ["Kong Oscars gate 5"]);
        assert_eq!(spans("postnr 9730 karasjok"), ["9730 karasjok"]);
        assert_eq!(spans("heime i Myrteigen 6 er det dårleg nett"), ["Myrteigen 6"]);
        assert_eq!(spans("eg bur på Elvetun 2, 6900 Florø"), ["Elvetun 2", "6900 Florø"]);
        assert_eq!(
            spans("Rognebærveien 30 A, 1354 Bærums Verk"),
            ["Rognebærveien 30 A", "1354 Bærums Verk"]
        );
        assert_eq!(spans("bor i nr 14 i Lillebakkgata, det"), ["nr 14 i Lillebakkgata"]);
        assert_eq!(spans("mun orun Jávregeaidnu nr 14, buot"), ["Jávregeaidnu nr 14"]);
    }

    #[test]
    fn places_years_and_amounts_stay() {
        for t in [
            "bussen går fra Storgata hver time",
            "Buss 12 går fra Storgata kl 14",
            "i 2019 Oslo Cup var gøy",
            "det koster 1200 kr i måneden",
            "vi var 2000 folk på festivalen",
            "I was born in 2011",
            "jeg bor i Norge 12 år nå",
            "Vi bor i Tromsø 3 av oss",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }
}
