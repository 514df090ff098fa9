//! The help lines, shown at once on the next screen when what a young person wrote
//! signals distress: `?help=1` (acute: plainly, at the top) or `?help=maybe` (the
//! gentler offer, also shown after a text written offline, where no screen could
//! run). Plain links: a tap opens the chat or dials, with or without JavaScript.

use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The help lines when this page was reached with `?help=1` or `?help=maybe`;
/// nothing otherwise.
#[component]
pub fn HelpIfAsked() -> impl IntoView {
    let query = use_query_map();
    move || match query.read().get("help").as_deref() {
        Some("1") => Some(view! { <HelpLines /> }.into_any()),
        Some("maybe") => Some(view! { <HelpMaybe /> }.into_any()),
        _ => None,
    }
}

#[component]
pub fn HelpLines() -> impl IntoView {
    view! {
        <section class="help-lines" aria-labelledby="help-title">
            <h2 id="help-title">{t("help-title")}</h2>
            <p>{t("help-intro")}</p>
            <HelpCard />
            <p>{t("help-outro")}</p>
        </section>
    }
}

/// The gentler offer: the same lines, for words that may signal risk.
#[component]
pub fn HelpMaybe() -> impl IntoView {
    view! {
        <section class="help-lines maybe" aria-labelledby="help-title">
            <h2 id="help-title">{t("help-maybe-title")}</h2>
            <p>{t("help-maybe-intro")}</p>
            <HelpCard />
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

/// The help card's lines: the first few (a chat and a call; for a Sámi reader also
/// those that answer in Sámi), the rest folded away, opening without JavaScript.
#[component]
fn HelpCard() -> impl IntoView {
    let lang = use_lang();
    let first = |l: &domain::HelpLine| l.top || (lang == domain::Lang::Se && l.speaks(lang));
    let (top, rest): (Vec<_>, Vec<_>) = domain::help_lines().iter().partition(|l| first(l));
    view! {
        <ul class="help-line-list">{line_items(top, lang)}</ul>
        <details class="help-more">
            <summary>{t("help-more")}</summary>
            <ul class="help-line-list">{line_items(rest, lang)}</ul>
        </details>
    }
}

/// Every help line from the data file, in the page's language: chats and message
/// services first, each with when it answers; a tap opens it or dials.
#[component]
fn HelpLineList() -> impl IntoView {
    let lang = use_lang();
    view! { <ul class="help-line-list">{line_items(domain::help_lines().iter().collect(), lang)}</ul> }
}

fn line_items(lines: Vec<&'static domain::HelpLine>, lang: domain::Lang) -> impl IntoView {
    lines
        .into_iter()
        .map(|line| {
            let (name_lang, name) = line.name.get(lang);
            let (about_lang, about) = line.about.get(lang);
            let (open_lang, open) = line.open.get(lang);
            let other = |l: domain::Lang| (l != lang).then(|| l.code());
            let action = match (line.reach, &line.tel, &line.href) {
                (domain::Reach::Call, Some(tel), _) => {
                    let number = line.number.clone().unwrap_or_else(|| tel.clone());
                    view! { <a class="help-number" href=format!("tel:{tel}")>{number}</a> }
                        .into_any()
                }
                (reach, _, Some(href)) => {
                    let label =
                        if reach == domain::Reach::Text { t("help-write") } else { t("help-chat") };
                    view! { <a class="help-number" href=href.clone()>{label}</a> }.into_any()
                }
                _ => ().into_any(),
            };
            let email = line.email.clone().map(|e| {
                view! { " " <a href=format!("mailto:{e}")>{t("help-email")}</a> }
            });
            let sami = (lang == domain::Lang::Se && line.speaks(domain::Lang::Se))
                .then(|| view! { <br /><span class="help-speaks">{t("help-speaks-se")}</span> });
            view! {
                <li>
                    {action}
                    " "
                    <strong lang=other(name_lang)>{name.to_string()}</strong>
                    <br />
                    <span lang=other(about_lang)>{about.to_string()}</span>
                    {email}
                    <br />
                    <span class="help-open" lang=other(open_lang)>{open.to_string()}</span>
                    {sami}
                </li>
            }
        })
        .collect_view()
}
