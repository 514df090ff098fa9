//! Normalising and tokenising free text: lower-casing, folding Sámi letters to the
//! ASCII that phone keyboards produce, and the space-delimited form that the phrase
//! matchers ([`crate::cues`]) run over.

/// Lower-cases `c` and folds the Northern Sámi letters (and common accents) to plain
/// letters, because young people often type Sámi without á č đ ŋ š ŧ ž. Norwegian
/// æ ø å are kept: they carry meaning.
pub fn fold_char(c: char) -> char {
    let c =
        if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) };
    match c {
        'á' | 'à' | 'â' | 'ä' => 'a',
        'č' | 'ç' => 'c',
        'đ' => 'd',
        'ŋ' | 'ñ' => 'n',
        'š' => 's',
        'ŧ' => 't',
        'ž' => 'z',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ó' | 'ò' | 'ô' => 'o',
        'ö' => 'ø',
        'ï' | 'í' => 'i',
        'ü' | 'ú' => 'u',
        '’' | '‘' | '`' => '\'',
        _ => c,
    }
}

/// True for characters that belong inside a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text` (maximal runs of letters and digits), as slices of the input.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// Byte spans `(start, end)` of the words of `text`.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Folds a word (see [`fold_char`]).
pub fn fold(word: &str) -> String {
    word.chars().map(fold_char).collect()
}

/// The folded words of `text` joined by single spaces, with a space before the first
/// and after the last, so that a phrase pattern can demand word boundaries by
/// starting or ending with a space. Apostrophes inside words are dropped ("don't" →
/// "dont") so English contractions match one way.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_word_char(c) {
            out.push(fold_char(c));
            in_word = true;
        } else if (c == '\'' || c == '’')
            && in_word
            && chars.peek().is_some_and(|n| n.is_alphabetic())
        {
            // contraction: keep the word together
        } else if in_word {
            out.push(' ');
            in_word = false;
        }
    }
    if in_word {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_and_bounds() {
        assert_eq!(normalize("Mun háliidan ČIEKČAT!"), " mun haliidan ciekcat ");
        assert_eq!(normalize("I don't  know"), " i dont know ");
        assert_eq!(normalize("Åpen barnehage, 9B"), " åpen barnehage 9b ");
        assert_eq!(normalize(""), " ");
    }

    #[test]
    fn spans_are_words() {
        let t = "Hei, Kari!";
        let s: Vec<&str> = word_spans(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(s, ["Hei", "Kari"]);
    }
}
