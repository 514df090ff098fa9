//! A published view's figures as a young person reads them on a phone: how many
//! wrote, and what they wrote about most, each as a named number with a bar drawn
//! beside it. Hidden counts say "fewer than k" instead of a number.

use crate::api::overview::Bar;
use crate::api::publish::FiguresView;
use crate::i18n::{t, t_args};
use domain::privacy::Shown;
use leptos::prelude::*;

/// Most entries a list shows.
const TOP: usize = 6;

/// "34 young people wrote 52 texts", or as much of it as may be shown.
pub fn who_wrote(f: &FiguresView) -> String {
    match (f.young_people, f.texts) {
        (Shown::Count(people), Shown::Count(texts)) => {
            t_args("heard-who-wrote", &[("people", people.into()), ("texts", texts.into())])
        }
        (Shown::Count(people), Shown::Hidden) => {
            t_args("heard-who-wrote-people", &[("people", people.into())])
        }
        _ => t_args("heard-who-wrote-few", &[("k", f.k.into())]),
    }
}

/// The figures: who wrote, then sub-goals and arenas, most first.
#[component]
pub fn Figures(figures: FiguresView, id: String) -> impl IntoView {
    let summary = who_wrote(&figures);
    view! {
        <p class="figures-summary">{summary}</p>
        <FigureList id=format!("{id}-goals") heading=t("heard-goals-heading") bars=figures.goals.clone() k=figures.k />
        <FigureList id=format!("{id}-arenas") heading=t("heard-arenas-heading") bars=figures.arenas.clone() k=figures.k />
    }
}

/// The largest shown counts of a list (not zeros), with a bar each,
/// and a note when some are hidden.
#[component]
fn FigureList(id: String, heading: String, bars: Vec<Bar>, k: i64) -> impl IntoView {
    let shown: Vec<(String, i64)> = bars
        .iter()
        .filter_map(|b| b.value.count().filter(|n| *n > 0).map(|n| (b.name.clone(), n)))
        .take(TOP)
        .collect();
    let hidden = bars.iter().any(|b| b.value == Shown::Hidden);
    let max = shown.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let items = shown
        .into_iter()
        .map(|(name, n)| {
            let width = (n * 100 / max).max(1);
            view! {
                <li>
                    <span class="figure-name">{name}</span>
                    " "
                    <span class="figure-count">{n}</span>
                    <svg class="figure-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect x="0" y="0" width=width height="6" />
                    </svg>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="figure-list" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            <ul>{items}</ul>
            {hidden.then(|| view! { <p class="hint">{t_args("heard-some-hidden", &[("k", k.into())])}</p> })}
        </section>
    }
}
