//! Every string a user sees comes from the Fluent files in `locales/<lang>/`. They
//! are compiled in, so the server and the browser speak from the same source and
//! nothing is fetched at run time.

use domain::Lang;
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use std::sync::OnceLock;

macro_rules! ftl_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/respond.ftl")),
            include_str!(concat!("../../locales/", $lang, "/staff.ftl")),
            include_str!(concat!("../../locales/", $lang, "/framework.ftl")),
        ]
    };
}

fn sources(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Nb => ftl_files!("nb"),
        Lang::Nn => ftl_files!("nn"),
        Lang::Se => ftl_files!("se"),
        Lang::En => ftl_files!("en"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let id = lang.code().parse().expect("language codes are valid BCP 47");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Without this every argument is wrapped in invisible bidi marks, which
    // screen readers and tests trip over; all four languages are left-to-right.
    bundle.set_use_isolating(false);
    for source in sources(lang) {
        // The files are compiled in and checked by tests and check-locales; a
        // broken one is a build defect, not a run-time condition.
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{lang}: Fluent syntax errors: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{lang}: duplicate Fluent ids: {errors:?}"));
    }
    bundle
}

/// Each language is parsed the first time it is asked for: a phone hydrating a
/// page parses only the page's language, not all four.
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [const { OnceLock::new() }; 4];
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[slot].get_or_init(|| build(lang))
}

/// The message `id` in `lang`, with arguments.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        // A missing id is a defect the locale tests catch; show the id rather than
        // nothing so it is noticed.
        return id.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
}

pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The language of the page being rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(pub Lang);

pub fn use_lang() -> Lang {
    use_context::<Locale>().map(|l| l.0).unwrap_or(Lang::Nb)
}

/// A message in the current page's language.
pub fn t(id: &str) -> String {
    tr(use_lang(), id)
}

pub fn t_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_args(use_lang(), id, args)
}

/// The name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "lang";

/// The language for a request: the remembered choice, else the browser's
/// preference, else bokmål.
pub fn lang_from_headers(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
    let chosen = cookie.and_then(|c| {
        c.split(';').find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == LANG_COOKIE).then(|| Lang::parse(v)).flatten()
        })
    });
    chosen.or_else(|| accept_language.and_then(Lang::from_accept_language)).unwrap_or(Lang::Nb)
}

/// The language of the current request (server) or of the hydrated page (browser).
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use axum::http::{header, request::Parts};
        if let Some(parts) = use_context::<Parts>() {
            let get = |h| parts.headers.get(h).and_then(|v| v.to_str().ok());
            return lang_from_headers(get(header::COOKIE), get(header::ACCEPT_LANGUAGE));
        }
    }
    #[cfg(feature = "hydrate")]
    {
        if let Some(lang) = document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Lang::parse(&l))
        {
            return lang;
        }
    }
    Lang::Nb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses_and_has_the_app_name() {
        for lang in Lang::ALL {
            assert_eq!(tr(lang, "app-name"), "Ungstemme");
        }
    }

    #[test]
    fn plurals_and_arguments_are_filled_in() {
        let args = [("n", FluentValue::from(3)), ("total", FluentValue::from(7))];
        assert_eq!(tr_args(Lang::Nb, "progress", &args), "Spørsmål 3 av 7");
        assert_eq!(tr_args(Lang::En, "progress", &args), "Question 3 of 7");
    }

    /// LIX (Björnsson's readability index: words per sentence plus the share of
    /// words longer than six letters) of the texts in a Fluent file, arguments and
    /// plural markers left out. Each message counts as at least one sentence, as a
    /// button or heading reads as one.
    fn lix(source: &str) -> f64 {
        let mut texts: Vec<String> = Vec::new();
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once(" = ") {
                Some((id, value))
                    if !line.starts_with(char::is_whitespace) && !id.contains(' ') =>
                {
                    texts.push(value.to_string())
                }
                _ if line.starts_with(char::is_whitespace) => {
                    if let Some(last) = texts.last_mut() {
                        last.push(' ');
                        last.push_str(line.trim());
                    }
                }
                _ => {}
            }
        }
        let (mut words, mut long, mut sentences) = (0usize, 0usize, 0usize);
        for text in texts {
            // Drop `{ $n }` and `[one]`/`*[other]`.
            let mut plain = String::new();
            let mut depth = 0;
            for c in text.chars() {
                match c {
                    '{' | '[' => depth += 1,
                    '}' | ']' => depth -= 1,
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            let ws: Vec<usize> = plain
                .split_whitespace()
                .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
                .filter(|n| *n > 0)
                .collect();
            words += ws.len();
            long += ws.iter().filter(|n| **n > 6).count();
            let ends =
                plain.split_whitespace().filter(|w| w.ends_with(['.', '!', '?', ':'])).count();
            sentences += ends.max(1);
        }
        words as f64 / sentences as f64 + 100.0 * long as f64 / words as f64
    }

    /// Plain words a 10-year-old reads: what young people see scores under 25 on
    /// LIX ("very easy", the band of children's books) in bokmål, nynorsk and
    /// English. (LIX is not calibrated for Northern Sámi, whose words are longer.)
    #[test]
    fn young_peoples_texts_are_very_easy_to_read() {
        for (lang, source) in [
            ("nb", include_str!("../../locales/nb/respond.ftl")),
            ("nn", include_str!("../../locales/nn/respond.ftl")),
            ("en", include_str!("../../locales/en/respond.ftl")),
        ] {
            let score = lix(source);
            assert!(score < 25.0, "{lang}: LIX {score:.1}");
        }
    }

    #[test]
    fn lix_tells_plain_from_heavy() {
        let plain = "a = Du kan hoppe over alle spørsmål.\nb = Takk for at du svarte!\n";
        let heavy = "a = Innsatsgruppens oppfølgingsarbeid forutsetter sektorovergripende samhandlingsstrukturer mellom forvaltningsnivåene.\n";
        assert!(lix(plain) < 25.0, "{}", lix(plain));
        assert!(lix(heavy) > 60.0, "{}", lix(heavy));
    }

    #[test]
    fn remembered_choice_beats_browser_preference() {
        assert_eq!(lang_from_headers(Some("a=b; lang=se"), Some("en")), Lang::Se);
        assert_eq!(lang_from_headers(Some("lang=xx"), Some("nn,en;q=0.5")), Lang::Nn);
        assert_eq!(lang_from_headers(None, Some("de")), Lang::Nb);
        assert_eq!(lang_from_headers(None, None), Lang::Nb);
    }

    /// Every `t("…")`, `t_args("…")` and `tr(lang, "…")` in the app's source names a
    /// message that exists in every language.
    #[test]
    fn every_message_the_code_uses_exists() {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let mut files = Vec::new();
        walk(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
        let mut ids = std::collections::BTreeSet::new();
        for src in &files {
            for marker in ["t(\"", "t_args(\""] {
                let mut rest = src.as_str();
                while let Some(at) = rest.find(marker) {
                    // A call of `t`/`t_args` itself, not `get("…")` or `.t(…)`.
                    let before = rest[..at].chars().next_back().unwrap_or(' ');
                    let tail = &rest[at + marker.len()..];
                    if !(before.is_alphanumeric() || before == '_' || before == '.') {
                        let id = tail.split('"').next().unwrap_or("");
                        let is_id = id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                        if !id.is_empty() && is_id {
                            ids.insert(id.to_string());
                        }
                    }
                    rest = tail;
                }
            }
        }
        // Ids built at run time: the scale words, age bands, counties, and the
        // errors a form can come back with.
        ids.extend((1..=5).map(|v| format!("scale-{v}")));
        ids.extend(domain::AgeBand::ALL.iter().map(|a| format!("age-{}", a.id())));
        ids.extend(domain::County::ALL.iter().map(|c| format!("county-{c}")));
        ids.extend(["error-generic", "error-offline"].map(String::from));
        let f = domain::framework::framework();
        ids.extend(f.goals.iter().map(|g| format!("goal-{g}")));
        ids.extend(f.arenas.iter().map(|a| format!("arena-{a}")));
        ids.extend(f.factors.iter().map(|x| format!("factor-{x}")));
        ids.extend(
            ["loading", "vectorising", "clustering", "naming", "saving"]
                .map(|p| format!("staff-cross-themes-phase-{p}")),
        );
        ids.extend(
            [
                "from",
                "to",
                "county",
                "age",
                "lang",
                "org",
                "consultation",
                "goal",
                "arena",
                "factor",
            ]
            .map(|f| format!("overview-filter-{f}")),
        );
        ids.extend(
            [
                "overview-no-goal",
                "overview-no-arena",
                "overview-total",
                "overview-not-given",
                "overview-filter-theme",
                "overview-theme-unnamed",
                "overview-sheet",
            ]
            .map(String::from),
        );
        use domain::StaffError as S;
        for e in [S::InvalidEmail, S::PasswordTooShort, S::PasswordTooLong, S::NameMissing] {
            ids.insert(e.message_id().to_string());
        }
        use domain::AnswerError as E;
        for e in [
            E::UnknownQuestion,
            E::WrongKind,
            E::UnknownOption,
            E::OneOptionOnly,
            E::ScaleOutOfRange,
            E::TextTooLong,
            E::TitleTooLong,
            E::Malformed,
            E::UnknownAgeBand,
            E::UnknownCounty,
        ] {
            ids.insert(e.message_id().to_string());
        }
        assert!(ids.len() > 20, "the scan found the messages: {ids:?}");
        for lang in Lang::ALL {
            for id in &ids {
                assert!(bundle(lang).has_message(id), "{lang} lacks {id}");
            }
        }
    }
}
