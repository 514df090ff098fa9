//! A question's results as bars with their numbers printed beside them, so they
//! read on a projector, on paper and with a screen reader. Used by the session page
//! and the presenter view.

use crate::api::staff::QuestionResult;
use crate::components::authored::Authored;
use crate::i18n::t_args;
use leptos::prelude::*;

/// The bars of one question (or, for free text and ideas, how many were written),
/// under a heading of the given level.
#[component]
pub fn QuestionBars(result: QuestionResult, #[prop(default = 3)] level: u8) -> impl IntoView {
    let max = result.bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let bars = result
        .bars
        .into_iter()
        .map(|b| {
            let width = format!("width: {}%", b.count * 100 / max);
            view! {
                <li>
                    <span class="bar-label">{b.label}</span>
                    <span class="bar" aria-hidden="true"><span class="bar-fill" style=width></span></span>
                    <span class="bar-count">{b.count}</span>
                </li>
            }
        })
        .collect_view();
    let written = result.written.map(|n| {
        view! { <p class="hint">{t_args("staff-results-written", &[("count", n.into())])}</p> }
    });
    let prompt = view! { <Authored text=result.prompt /> };
    let heading = if level == 2 {
        view! { <h2>{prompt}</h2> }.into_any()
    } else {
        view! { <h3>{prompt}</h3> }.into_any()
    };
    view! {
        {heading}
        <ul class="bars">{bars}</ul>
        {written}
    }
}
