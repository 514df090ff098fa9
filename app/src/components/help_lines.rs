//! The help lines, shown at once on the next screen when what a young person wrote
//! signals distress (`?help=1`, set by the server after that step). Plain links:
//! a tap dials the number, with or without JavaScript.

use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The help lines when this page was reached with `?help=1`; nothing otherwise.
#[component]
pub fn HelpIfAsked() -> impl IntoView {
    let query = use_query_map();
    move || (query.read().get("help").as_deref() == Some("1")).then(|| view! { <HelpLines /> })
}

#[component]
pub fn HelpLines() -> impl IntoView {
    view! {
        <section class="help-lines" aria-labelledby="help-title">
            <h2 id="help-title">{t("help-title")}</h2>
            <p>{t("help-intro")}</p>
            <HelpLineList />
            <p>{t("help-outro")}</p>
        </section>
    }
}

/// "Need someone to talk to?" at the foot of every page young people see: the
/// same help lines, one tap away, whatever they wrote. A `<details>`, so it opens
/// with or without JavaScript.
#[component]
pub fn HelpAnytime() -> impl IntoView {
    view! {
        <details class="help-anytime">
            <summary>{t("help-anytime-summary")}</summary>
            <p>{t("help-anytime-intro")}</p>
            <HelpLineList />
        </details>
    }
}

/// The help lines from the data file, in the page's language: a tap dials.
#[component]
fn HelpLineList() -> impl IntoView {
    let lang = use_lang();
    let lines = domain::help_lines()
        .iter()
        .map(|line| {
            let (name_lang, name) = line.name.get(lang);
            let (about_lang, about) = line.about.get(lang);
            view! {
                <li>
                    <a class="help-number" href=format!("tel:{}", line.tel)>{line.number.clone()}</a>
                    " "
                    <strong lang=(name_lang != lang).then(|| name_lang.code())>{name.to_string()}</strong>
                    <br />
                    <span lang=(about_lang != lang).then(|| about_lang.code())>{about.to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="help-line-list">{lines}</ul> }
}
