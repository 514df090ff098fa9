//! A named school together with the class ("går på Nordby ungdomsskole i 7b",
//! "8C på Vik skule", "Year 9 at Riverside Academy"): in a small place that is
//! one class of twenty, so both go. A class alone ("i 7. klasse", "7b") and a
//! school alone stay: each is shared by many.

use super::{Redaction, RedactionKind};
use crate::text::fold;

/// School words, folded: compounds ending in them count too ("Nordbyskolen").
const SCHOOL_WORDS: &[&str] = &[
    "skole",
    "skolen",
    "skule",
    "skulen",
    "ungdomsskole",
    "ungdomsskule",
    "barneskole",
    "barneskule",
    "vgs",
    "videregående",
    "videregaende",
    "vidaregåande",
    "vidaregaande",
    "school",
    "academy",
    "college",
    "skuvla",
    "skuvlla",
    "skuvllas",
    "skuvllá",
    "gymnas",
    "oahppásaddi",
    "primary",
    "secondary",
    "skuvllii",
    "skuvlii",
    "high",
    "oppvekstsenter",
    "oppvekstsenteret",
    "skolesenter",
];

/// Words for the kind of school that stand between its name and the school word.
const MODIFIERS: &[&str] = &[
    "lower",
    "upper",
    "high",
    "junior",
    "middle",
    "primary",
    "montessori",
    "cathedral",
    "katedral",
    "kristne",
    "kristen",
    "private",
    "international",
    "internasjonale",
    "steiner",
    "vidaregåande",
];

/// Words between a class and the place it is at: "10D på Vestlia", "Year 8 at".
const AT: &[&str] = &["på", "pa", "ved", "at", "in"];

fn is_school_word(word: &str) -> bool {
    let w = fold(word);
    SCHOOL_WORDS.iter().any(|s| w == *s || (w.ends_with(s) && w.len() > s.len()))
}

/// A class: "7b", "10A", "8.c" (a letter is what singles out one class), or an
/// upper-secondary class code as written, "1STC", "2STA".
fn is_class(word: &str) -> bool {
    let w: Vec<char> = word.chars().filter(|&c| c != '.').collect();
    let digits = w.iter().take_while(|c| c.is_ascii_digit()).count();
    let letters = &w[digits..];
    let code = digits == 1
        && (2..=4).contains(&letters.len())
        && letters.iter().all(|c| c.is_ascii_uppercase());
    (1..=2).contains(&digits) && (letters.len() == 1 && letters[0].is_alphabetic() || code)
}

fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let inner = (c == '.' || c == '-')
            && start.is_some()
            && text[i + 1..].chars().next().is_some_and(char::is_alphabetic)
            && (c == '-' || text[..i].chars().next_back().is_some_and(|p| p.is_ascii_digit()));
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Adds every school named together with a class in `text` to `found`.
pub fn find(text: &str, found: &mut Vec<Redaction>) {
    // Every address has a number and every class a digit: most texts have neither.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let w = words(text);
    let word = |i: usize| &text[w[i].0..w[i].1];
    let schools: Vec<(usize, usize)> = (0..w.len())
        .filter(|&i| is_school_word(word(i)))
        .filter_map(|i| {
            // The name: capitalised words just before ("Nordby ungdomsskole"),
            // or the compound itself ("Nordbyskolen"), or "X vgs".
            let mut k = i;
            // "Kirkebakken lower secondary": kinds of school between name and word
            while k > 0 && MODIFIERS.contains(&fold(word(k - 1)).as_str()) && i - k < 2 {
                k -= 1;
            }
            let modifiers = k;
            while k > 0
                && i - k < 4
                && word(k - 1).chars().next().is_some_and(char::is_uppercase)
                && !is_class(word(k - 1))
            {
                k -= 1;
            }
            if k == modifiers {
                k = i;
            }
            let compound = fold(word(i)).len() > 8 && word(i).chars().next()?.is_uppercase();
            // "vidaregåande skule", "high school": the school word after it too
            let end = if i + 1 < w.len() && is_school_word(word(i + 1)) { i + 1 } else { i };
            (k < i || compound).then(|| (w[k].0, w[end].1))
        })
        .collect();
    let classes: Vec<(usize, usize)> = (0..w.len())
        .filter(|&i| is_class(word(i)))
        .map(|i| w[i])
        .chain(
            // "klasse 7" / "class 9" / "Year 9" with the school named
            (0..w.len().saturating_sub(1))
                .filter(|&i| {
                    matches!(
                        fold(word(i)).as_str(),
                        "klasse" | "class" | "year" | "luohkká" | "luohkka"
                    ) && word(i + 1).chars().all(|c| c.is_ascii_digit())
                        && !word(i + 1).is_empty()
                        && word(i + 1).len() <= 2
                })
                .map(|i| (w[i].0, w[i + 1].1)),
        )
        .collect();
    let near = |a: (usize, usize), b: (usize, usize)| {
        let gap = if a.1 <= b.0 { b.0 - a.1 } else { a.0.saturating_sub(b.1) };
        gap <= 40
    };
    // "vi i 10D på Vestlia", "Year 8 at St Aldric's": a class at a named place is
    // a class at a school, even without the word for school.
    let mut pairs: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for &c in &classes {
        let Some(next) = w.iter().position(|&(s, _)| s >= c.1) else { continue };
        if next + 1 >= w.len() || !AT.contains(&fold(word(next)).as_str()) {
            continue;
        }
        let mut end = next + 1;
        while end < w.len()
            && end < next + 4
            && word(end).chars().next().is_some_and(char::is_uppercase)
            && !is_class(word(end))
        {
            end += 1;
        }
        if end > next + 1 {
            let mut stop = w[end - 1].1;
            if text[stop..].starts_with(['\'', '’']) && text[stop + 1..].starts_with('s') {
                stop += 2;
            }
            pairs.push(((w[next + 1].0, stop), c));
        }
    }
    for &s in &schools {
        if let Some(&c) = classes.iter().find(|&&c| near(s, c)) {
            pairs.push((s, c));
        }
    }
    for (s, c) in pairs {
        // Overlaps (the same school found both ways) are joined by `redact`.
        for (start, end) in [s, c] {
            found.push(Redaction { kind: RedactionKind::School, start, end });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut f = Vec::new();
        find(t, &mut f);
        f.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<(usize, usize)> = Vec::new();
        for r in f {
            match out.last_mut() {
                Some(last) if r.start < last.1 => last.1 = last.1.max(r.end),
                _ => out.push((r.start, r.end)),
            }
        }
        out.into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn school_with_class_goes() {
        assert_eq!(spans("går på Nordby ungdomsskole i 7b"), ["Nordby ungdomsskole", "7b"]);
        assert_eq!(spans("eg går i 8C på Vik skule"), ["8C", "Vik skule"]);
        assert_eq!(spans("Year 9 at Riverside Academy"), ["Year 9", "Riverside Academy"]);
        assert_eq!(spans("10a på Nordbyskolen"), ["10a", "Nordbyskolen"]);
        assert_eq!(spans("10A på Kirkebakken u-skole"), ["10A", "Kirkebakken u-skole"]);
        assert_eq!(spans("Fjordvik videregående, klasse 1STC"), ["Fjordvik videregående", "1STC"]);
        assert_eq!(
            spans("class 10A at Kirkebakken lower secondary"),
            ["10A", "Kirkebakken lower secondary"]
        );
        assert_eq!(spans("vi i 10D på Vestlia vil ha"), ["10D", "Vestlia"]);
        assert_eq!(spans("Year 8 at St Aldric's and"), ["Year 8", "St Aldric's"]);
        assert_eq!(
            spans("Nesvik vidaregåande skule 2STC her"),
            ["Nesvik vidaregåande skule", "2STC"]
        );
    }

    #[test]
    fn a_class_or_a_school_alone_stays() {
        for t in [
            "jeg går i 7. klasse",
            "vi i 7b vil ha lengre friminutt",
            "Nordby ungdomsskole er bra",
            "går vg1 på skolen her",
            "vi i 7b på tur til Oslo",
            "vi i 10D på skolen vil ha",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }
}
