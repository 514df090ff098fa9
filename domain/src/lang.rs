//! The four languages Ungstemme speaks, and text authored in several of them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A language a young person can choose. The order is the order of the language menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Norwegian bokmål: the default, and the last resort of every fallback chain.
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// Northern Sámi (davvisámegiella).
    Se,
    /// English.
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nb, Lang::Nn, Lang::Se, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>`, Fluent folders and cookies.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Se => "se",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::Se => "Davvisámegiella",
            Lang::En => "English",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "se" => Some(Lang::Se),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the best language from an `Accept-Language` header value, honouring
    /// q-weights; `None` when nothing matches (the caller then uses bokmål).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (pos, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::parse(tag) {
                // Earlier entries win ties, as browsers list them in preference order.
                let better = match best {
                    None => true,
                    Some((bq, _, _)) => q > bq,
                };
                if better {
                    best = Some((q, pos, lang));
                }
            }
        }
        best.map(|(_, _, lang)| lang)
    }

    /// The order in which authored content is tried when this language is missing.
    /// Sámi and nynorsk readers are most likely to read bokmål; English readers
    /// (often newly arrived) too, before nynorsk.
    pub fn fallback_chain(self) -> [Lang; 4] {
        match self {
            Lang::Nb => [Lang::Nb, Lang::Nn, Lang::En, Lang::Se],
            Lang::Nn => [Lang::Nn, Lang::Nb, Lang::En, Lang::Se],
            Lang::Se => [Lang::Se, Lang::Nb, Lang::Nn, Lang::En],
            Lang::En => [Lang::En, Lang::Nb, Lang::Nn, Lang::Se],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Text an organisation wrote in one or more languages.
///
/// Invariant: at least one language has non-blank text, so [`LocalizedText::get`]
/// never yields an empty string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<Lang, String>", into = "BTreeMap<Lang, String>")]
pub struct LocalizedText(BTreeMap<Lang, String>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("text must be given in at least one language")]
pub struct EmptyText;

impl LocalizedText {
    pub fn new(texts: impl IntoIterator<Item = (Lang, String)>) -> Result<Self, EmptyText> {
        let map: BTreeMap<Lang, String> = texts
            .into_iter()
            .map(|(l, t)| (l, t.trim().to_string()))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        if map.is_empty() {
            Err(EmptyText)
        } else {
            Ok(LocalizedText(map))
        }
    }

    /// The text in `lang`, or in the first language of its fallback chain that has
    /// one, together with the language actually used (so a page can mark it with
    /// `lang=` for screen readers).
    pub fn get(&self, lang: Lang) -> (Lang, &str) {
        for candidate in lang.fallback_chain() {
            if let Some(text) = self.0.get(&candidate) {
                return (candidate, text);
            }
        }
        // Unreachable by the invariant; an empty map is refused at construction.
        (lang, "")
    }

    /// Languages with their own text (not a fallback).
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.keys().copied()
    }
}

impl TryFrom<BTreeMap<Lang, String>> for LocalizedText {
    type Error = EmptyText;
    fn try_from(map: BTreeMap<Lang, String>) -> Result<Self, Self::Error> {
        LocalizedText::new(map)
    }
}

impl From<LocalizedText> for BTreeMap<Lang, String> {
    fn from(t: LocalizedText) -> Self {
        t.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_weight_and_defaults_to_none() {
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9,nb;q=0.8"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("de-DE,nn;q=0.5,se;q=0.7"), Some(Lang::Se));
        assert_eq!(Lang::from_accept_language("no,en;q=0.3"), Some(Lang::Nb));
        assert_eq!(Lang::from_accept_language("de,fr;q=0.9"), None);
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::from_accept_language("nn;q=0"), None);
    }

    #[test]
    fn missing_sami_falls_back_to_bokmaal_never_to_empty() {
        let t = LocalizedText::new([
            (Lang::Nb, "Hei".to_string()),
            (Lang::En, "Hi".to_string()),
            (Lang::Se, "   ".to_string()),
        ])
        .unwrap();
        assert_eq!(t.get(Lang::Se), (Lang::Nb, "Hei"));
        assert_eq!(t.get(Lang::En), (Lang::En, "Hi"));
        assert_eq!(t.get(Lang::Nn), (Lang::Nb, "Hei"));
    }

    #[test]
    fn text_only_in_english_is_used_for_everyone() {
        let t = LocalizedText::new([(Lang::En, "Only English".to_string())]).unwrap();
        for lang in Lang::ALL {
            assert_eq!(t.get(lang).1, "Only English");
        }
    }

    #[test]
    fn blank_everywhere_is_refused_also_when_deserialising() {
        assert!(LocalizedText::new([(Lang::Nb, " ".to_string())]).is_err());
        assert!(serde_json::from_str::<LocalizedText>(r#"{"nb":""}"#).is_err());
        let ok: LocalizedText = serde_json::from_str(r#"{"se":"Bures"}"#).unwrap();
        assert_eq!(ok.get(Lang::Nb), (Lang::Se, "Bures"));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A language tag from a URL, a cookie or a header never panics, and each
        /// language's code round-trips, also with a region after it.
        #[test]
        fn tags_parse_or_are_refused(tag in nasty(), region in nasty()) {
            let _ = Lang::parse(&tag);
            let _ = Lang::from_accept_language(&tag);
            for lang in Lang::ALL {
                prop_assert_eq!(Lang::parse(lang.code()), Some(lang));
                prop_assert_eq!(Lang::parse(&lang.to_string()), Some(lang));
                prop_assert_eq!(Lang::parse(&format!("{}-{region}", lang.code())), Some(lang));
            }
        }

        #[test]
        fn accept_language_headers_never_panic(
            parts in prop::collection::vec((nasty(), nasty()), 0..6),
        ) {
            let header = parts
                .iter()
                .map(|(tag, q)| format!("{tag};q={q}"))
                .collect::<Vec<_>>()
                .join(",");
            let _ = Lang::from_accept_language(&header);
        }

        /// Localised text keeps what was given in some language, trimmed, and
        /// round-trips through JSON; blank everywhere is refused.
        #[test]
        fn localized_text_round_trips(texts in prop::collection::vec((0..4usize, nasty()), 0..6)) {
            let texts: Vec<(Lang, String)> =
                texts.into_iter().map(|(i, t)| (Lang::ALL[i], t)).collect();
            match LocalizedText::new(texts.clone()) {
                Ok(t) => {
                    for lang in Lang::ALL {
                        let (_, shown) = t.get(lang);
                        prop_assert!(!shown.is_empty());
                        prop_assert_eq!(shown, shown.trim());
                    }
                    let json = serde_json::to_string(&t).unwrap();
                    prop_assert_eq!(serde_json::from_str::<LocalizedText>(&json).unwrap(), t);
                }
                Err(EmptyText) => prop_assert!(texts.iter().all(|(_, t)| t.trim().is_empty())),
            }
        }
    }
}
