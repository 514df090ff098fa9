//! Social-media handles: `@kari.hansen`, and a user name after the name of an app
//! ("snap: kari_2013", "insta er ola.n99", "add me on discord kari#2013"). A
//! young person who types their handle has typed how to find them.
//!
//! A word after an app's name is a handle only when it looks like one (a digit,
//! `_` or `.` inside it) or when the writer says it is one ("snap: x", "min snap
//! er x", "username is x"); "snap er best" and "insta is toxic" stay.

use super::{covered, in_marker, Redaction, RedactionKind};
use crate::text::fold;

/// App names and words for a user name, folded.
const APPS: &[&str] = &[
    "snap",
    "snapchat",
    "sc",
    "insta",
    "instagram",
    "ig",
    "tiktok",
    "tt",
    "discord",
    "dc",
    "twitter",
    "threads",
    "telegram",
    "kik",
    "steam",
    "roblox",
    "fortnite",
    "psn",
    "xbox",
    "brukernavn",
    "username",
    "user",
    "twitch",
    "youtube",
    "yt",
    "bereal",
    "vsco",
    "reddit",
    "facebook",
    "fb",
    "messenger",
    "pinterest",
];

/// Words that say "the next word is it": "snap: x", "snap er x", "username is x".
const SAYS: &[&str] = &[
    "er", "e", "is", "its", "lea", "=", ":", "-", "es", "heter", "heiter", "namma", "dat", "kalla",
    "called", "named",
];

/// Words that may stand between an app and the handle without saying it is one.
const BETWEEN: &[&str] = &[
    "min", "mi", "mitt", "my", "mu", "on", "på", "paa", "meg", "me", "addme", "add", "det", "pls",
    "plz", "lea", "dat", "jeg", "eg", "i", "im", "mun", "lean", "du", "finn", "find", "follow",
    "følg", "folg", "cuovo",
];

/// Endings an app's name takes in a sentence: "snapen", "snapas", "discorden".
const APP_ENDINGS: &[&str] = &["en", "n", "et", "as", "ii", "s", "a", "pen"];

fn is_app(word: &str) -> bool {
    APPS.contains(&word)
        || APPS.iter().any(|a| {
            a.len() >= 4 && word.strip_prefix(a).is_some_and(|rest| APP_ENDINGS.contains(&rest))
        })
}

/// Common words that are never taken as a handle after "er"/"is" ("snap er best").
const NOT_HANDLES: &[&str] = &[
    "best", "bra", "dårlig", "darlig", "kult", "teit", "gøy", "goy", "lov", "ikke", "ikkje", "not",
    "the", "a", "an", "so", "very", "good", "bad", "toxic", "fun", "cool", "boring", "for", "og",
    "and", "det", "den", "der", "her", "there", "helt", "veldig", "ganske", "nice", "dumt", "dum",
    "buorre", "heajos", "jo",
];

fn handle_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '#')
}

/// Tokens of `text`: runs of handle characters, and `:`/`=` as their own tokens.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if handle_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, i));
        }
        if matches!(c, ':' | '=') {
            out.push((i, i + 1));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    // A word's trailing full stop or dash is punctuation, not part of a handle.
    out.into_iter()
        .map(|(s, mut e)| {
            while e > s + 1 && matches!(text.as_bytes()[e - 1], b'.' | b'-') {
                e -= 1;
            }
            (s, e)
        })
        .collect()
}

/// A word that is a user name whatever stands around it: letters joined by `_`
/// ("oddny_kuul"), or a name with a dot and digits ("thea.xo2012").
fn plainly_handle(word: &str) -> bool {
    if !word.contains(['_', '.', '#']) {
        return false;
    }
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    let parts: Vec<&str> = word.split('_').filter(|p| !p.is_empty()).collect();
    let underscore = parts.len() >= 2 && parts.iter().any(|p| letters(p) >= 2);
    let tag = word.split_once('#').is_some_and(|(name, num)| {
        letters(name) >= 2 && num.len() >= 4 && num.chars().all(|c| c.is_ascii_digit())
    });
    let dotted = word
        .split_once('.')
        .is_some_and(|(head, _)| letters(head) >= 3 && head.chars().all(char::is_alphabetic))
        && word.chars().any(|c| c.is_ascii_digit());
    underscore || dotted || tag
}

fn looks_like_handle(word: &str) -> bool {
    let inner = word.trim_matches(|c: char| !c.is_alphanumeric());
    inner.chars().count() >= 3
        && inner.chars().any(char::is_alphanumeric)
        && (inner.contains(['_', '.', '#']) || inner.chars().any(|c| c.is_ascii_digit()))
        && !inner.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// Adds every handle in `text` to `found`.
pub fn find(text: &str, found: &mut Vec<Redaction>) {
    // @handle, not inside an e-mail address (e-mail is found first).
    for (at, _) in text.match_indices('@') {
        // After a letter it is an e-mail's; after a marker, an e-mail was there.
        let before = text[..at].chars().next_back();
        if covered(found, at) || before.is_some_and(|c| c.is_alphanumeric() || c == ']') {
            continue;
        }
        let len: usize = text[at + 1..]
            .chars()
            .take_while(|&c| c.is_alphanumeric() || matches!(c, '_' | '.'))
            .map(char::len_utf8)
            .sum();
        let mut end = at + 1 + len;
        while end > at + 1 && text.as_bytes()[end - 1] == b'.' {
            end -= 1;
        }
        if text[at + 1..end].chars().count() >= 2 {
            found.push(Redaction { kind: RedactionKind::Handle, start: at, end });
        }
    }
    let toks = tokens(text);
    let words: Vec<String> = toks.iter().map(|&(s, e)| fold(&text[s..e])).collect();
    for &(s, e) in &toks {
        if plainly_handle(&text[s..e]) && !covered(found, s) {
            found.push(Redaction { kind: RedactionKind::Handle, start: s, end: e });
        }
    }
    for (i, w) in words.iter().enumerate() {
        if !is_app(w) || in_marker(text, toks[i].0, toks[i].1) {
            continue;
        }
        let mut said = false;
        for j in i + 1..(i + 6).min(toks.len()) {
            let (s, e) = toks[j];
            let word = words[j].as_str();
            if covered(found, s) {
                break;
            }
            if SAYS.contains(&word) {
                said = true;
                continue;
            }
            if BETWEEN.contains(&word) || is_app(word) {
                continue;
            }
            let plausible = word.chars().count() >= 3 && !NOT_HANDLES.contains(&word);
            if looks_like_handle(&text[s..e]) || (said && plausible) {
                found.push(Redaction { kind: RedactionKind::Handle, start: s, end: e });
            }
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut f = Vec::new();
        super::super::email::find(t, &mut f);
        find(t, &mut f);
        f.iter().map(|r| &t[r.start..r.end]).collect()
    }

    #[test]
    fn handles_go() {
        assert_eq!(spans("snap: kari_2013"), ["kari_2013"]);
        assert_eq!(spans("add me on insta @kari.hansen."), ["@kari.hansen"]);
        assert_eq!(spans("min snap er olanordmann"), ["olanordmann"]);
        assert_eq!(spans("sc ola.n99 hvis du vil prate"), ["ola.n99"]);
        assert_eq!(spans("discord: kari#2013"), ["kari#2013"]);
        assert_eq!(spans("mu snap lea mahtte_s"), ["mahtte_s"]);
        assert_eq!(spans("snapen min er oddny_kuul men"), ["oddny_kuul"]);
        assert_eq!(spans("discorden min er vetle#0912"), ["vetle#0912"]);
        assert_eq!(spans("snap me pls its noahbee"), ["noahbee"]);
        assert_eq!(spans("på steam heter jeg trollkatt_99, spiller"), ["trollkatt_99"]);
        assert_eq!(spans("skriv på discord, eg er fjellgeita#2210"), ["fjellgeita#2210"]);
        assert_eq!(spans("my twitch is pixelpandaLIVE"), ["pixelpandaLIVE"]);
    }

    #[test]
    fn ordinary_words_stay() {
        assert!(spans("snap er best, insta is toxic").is_empty());
        assert!(spans("vi møtes @ biblioteket").is_empty());
        assert!(spans("mail meg på ola@example.no").iter().all(|s| s.contains("example")));
        assert!(spans("jeg bruker snap og tiktok hver dag").is_empty());
        assert!(spans("tiktok 2 timer om dagen").is_empty());
        assert!(spans("versjon 1.2 av appen, kl.15 og f.eks. 3.5 timer").is_empty());
    }
}
