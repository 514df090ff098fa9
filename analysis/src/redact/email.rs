//! E-mail addresses: `local@domain.tld`, with letters (including æøå and Sámi
//! letters), digits and `._%+-` in the local part; and addresses spelled out to
//! dodge filters or because the keyboard hid the `@`: "emma(at)gmail.com", "ola at
//! example dot no", "per [at] hotmail punktum com", "kari krøllalfa online.no".

use super::{Redaction, RedactionKind};

fn local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn domain_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// Adds every e-mail address in `text` to `found`.
pub fn find(text: &str, found: &mut Vec<Redaction>) {
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| local_char(c))
            .last()
            .map(|(i, _)| i)
            .unwrap_or(at);
        let mut end = at
            + 1
            + text[at + 1..]
                .chars()
                .take_while(|&c| domain_char(c))
                .map(char::len_utf8)
                .sum::<usize>();
        while end > at + 1 && matches!(text.as_bytes()[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let local = &text[start..at];
        let domain = &text[at + 1..end];
        let tld_ok = domain.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty() && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
        });
        if !local.trim_matches('.').is_empty() && tld_ok {
            found.push(Redaction { kind: RedactionKind::Email, start, end });
        }
    }
}

/// Words that stand for `@`, folded to lower case.
const AT: &[&str] = &[
    "at",
    "(at)",
    "[at]",
    "{at}",
    "(a)",
    "krøllalfa",
    "alfakrøll",
    "(alfakrøll)",
    "(krøllalfa)",
    "krøll",
    "krølla",
    "snabel-a",
    "@",
    "(ät)",
    "ät",
    "[@]",
    "(@)",
];

/// Words that stand for `.` between the parts of a domain.
const DOT: &[&str] = &[
    "dot",
    "(dot)",
    "[dot]",
    "{dot}",
    "punktum",
    "(punktum)",
    "[punktum]",
    "prikk",
    "(prikk)",
    "dott",
    "(.)",
    ".",
    "čuokkis",
    "cuokkis",
    "(čuokkis)",
    "(cuokkis)",
];

/// Words that stand for `_` inside a spelled-out local part.
const UNDERSCORE: &[&str] = &["underscore", "understrek", "_", "(underscore)"];

/// Endings an address spelled out must have, so "meet at the school" stays.
const TLDS: &[&str] = &[
    "no", "com", "net", "org", "se", "dk", "fi", "me", "io", "uk", "de", "edu", "info", "nu", "eu",
    "is",
];

/// Words before "at" that are never the local part ("look at", "meet me at").
const NOT_LOCAL: &[&str] =
    &["look", "me", "us", "them", "him", "her", "it", "home", "school", "is", "was", "are"];

/// Spelled-out tokens: runs of address characters, or a bracketed word.
fn spelled_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if matches!(c, '(' | '[' | '{') {
            let close = match c {
                '(' => ')',
                '[' => ']',
                _ => '}',
            };
            if let Some(len) = text[i..].find(close).filter(|&l| l <= 14) {
                out.push((i, i + len + 1));
                i += len + 1;
                continue;
            }
        }
        if local_char(c) || c == '@' {
            let s = i;
            while i < text.len() {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !(local_char(c) || c == '@') || (c == '@' && i > s) {
                    break;
                }
                i += c.len_utf8();
            }
            // A full stop ending a sentence is not part of the address.
            let mut e = i;
            while e > s + 1 && b[e - 1] == b'.' {
                e -= 1;
            }
            out.push((s, e));
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// Adds every spelled-out e-mail address in `text` to `found`.
pub fn find_spelled(text: &str, found: &mut Vec<Redaction>) {
    if text.contains(" @ ") {
        spaced_out(text, found);
    }
    // Most texts spell no address: look closer only when a word for `@` is there.
    let lower = text.to_lowercase();
    let maybe = ["at", "@", "krøll", "ät", "snabel", "(a)"].iter().any(|w| lower.contains(w));
    if !maybe {
        return;
    }
    let toks = spelled_tokens(text);
    let lower: Vec<String> = toks.iter().map(|&(s, e)| text[s..e].to_lowercase()).collect();
    for i in 1..toks.len() {
        if !AT.contains(&lower[i].as_str()) || super::covered(found, toks[i].0) {
            continue;
        }
        let local = lower[i - 1].as_str();
        if (lower[i] == "at" && NOT_LOCAL.contains(&local)) || AT.contains(&local) {
            continue;
        }
        // "ida punktum hansen", "emma underscore k": the local part spelled too.
        let mut first = i - 1;
        while first >= 2
            && (DOT.contains(&lower[first - 1].as_str())
                || UNDERSCORE.contains(&lower[first - 1].as_str()))
            && lower[first - 2].chars().any(char::is_alphanumeric)
            && !AT.contains(&lower[first - 2].as_str())
        {
            first -= 2;
        }
        let local_chars: usize =
            lower[first..i].iter().map(|t| t.chars().filter(|c| c.is_alphanumeric()).count()).sum();
        if local_chars < 2 {
            continue;
        }
        // The domain: "gmail.com", or "example dot no", or "hotmail punktum com".
        let mut j = i + 1;
        let mut end = None;
        let mut labels = 0;
        while j < toks.len() {
            let t = lower[j].as_str();
            if DOT.contains(&t) || !t.chars().any(char::is_alphanumeric) {
                break;
            }
            labels += 1;
            let tld_inside =
                t.rsplit_once('.').is_some_and(|(h, tld)| !h.is_empty() && TLDS.contains(&tld));
            if labels > 1 && TLDS.contains(&t) {
                end = Some(toks[j].1);
                break;
            }
            if tld_inside {
                end = Some(toks[j].1);
                break;
            }
            // Only a spelled dot may continue the domain.
            if j + 1 < toks.len() && DOT.contains(&lower[j + 1].as_str()) {
                j += 2;
            } else {
                break;
            }
        }
        if let Some(end) = end {
            found.push(Redaction { kind: RedactionKind::Email, start: toks[first].0, end });
        }
    }
}

/// "t o b i a s 2 0 0 9 @ g m a i l . c o m": an address typed a letter at a
/// time, so that robots would not find it.
fn spaced_out(text: &str, found: &mut Vec<Redaction>) {
    let single = |s: &str| s.chars().count() == 1;
    let pieces: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, p| {
            let start = *at;
            *at += p.len() + 1;
            Some((start, p))
        })
        .collect();
    let mut i = 0;
    while i < pieces.len() {
        let mut j = i;
        while j < pieces.len() && single(pieces[j].1) {
            j += 1;
        }
        let run = &pieces[i..j];
        if run.len() >= 8
            && run.iter().any(|(_, p)| *p == "@")
            && run.iter().any(|(_, p)| *p == ".")
        {
            let (last, p) = run[run.len() - 1];
            found.push(Redaction {
                kind: RedactionKind::Email,
                start: run[0].0,
                end: last + p.len(),
            });
        }
        i = j.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut f = Vec::new();
        find(t, &mut f);
        f.iter().map(|r| &t[r.start..r.end]).collect()
    }

    #[test]
    fn addresses() {
        assert_eq!(spans("skriv til ida.podkast@proton.me."), ["ida.podkast@proton.me"]);
        assert_eq!(spans("Čállet: ánte.jon@gmail.com!"), ["ánte.jon@gmail.com"]);
        assert_eq!(spans("mail: kari+ung@skole.kommune.no, takk"), ["kari+ung@skole.kommune.no"]);
        assert!(spans("vi møtes @ biblioteket").is_empty());
        assert!(spans("@ungstemme på insta").is_empty());
    }

    fn spelled(t: &str) -> Vec<&str> {
        let mut f = Vec::new();
        find(t, &mut f);
        find_spelled(t, &mut f);
        f.iter().map(|r| &t[r.start..r.end]).collect()
    }

    #[test]
    fn spelled_out_addresses() {
        assert_eq!(spelled("mail emma(at)gmail.com"), ["emma(at)gmail.com"]);
        assert_eq!(spelled("skriv til ola at example dot no."), ["ola at example dot no"]);
        assert_eq!(spelled("per [at] hotmail punktum com"), ["per [at] hotmail punktum com"]);
        assert_eq!(spelled("kari krøllalfa online.no"), ["kari krøllalfa online.no"]);
        assert_eq!(spelled("kari_99 @ gmail.com"), ["kari_99 @ gmail.com"]);
        assert_eq!(
            spelled("til ida punktum hansen krøll gmail punktum com"),
            ["ida punktum hansen krøll gmail punktum com"]
        );
        assert_eq!(
            spelled("maja(prikk)lien(alfakrøll)online(prikk)no"),
            ["maja(prikk)lien(alfakrøll)online(prikk)no"]
        );
        assert_eq!(
            spelled("noah[dot]berg[at]yahoo[dot]co[dot]uk"),
            ["noah[dot]berg[at]yahoo[dot]co[dot]uk"]
        );
        assert_eq!(
            spelled("er t o b i a s 9 @ g m a i l . c o m (med"),
            ["t o b i a s 9 @ g m a i l . c o m"]
        );
    }

    #[test]
    fn at_in_a_sentence_stays() {
        for t in ["meet me at school dot", "look at this.com", "we were at home", "vi var at 5"] {
            assert!(spelled(t).is_empty(), "{t}: {:?}", spelled(t));
        }
    }
}
