//! E-mail addresses: `local@domain.tld`, with letters (including æøå and Sámi
//! letters), digits and `._%+-` in the local part.

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
}
