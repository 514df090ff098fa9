//! The accessibility statement (tilgjengelighetserklæring) Norwegian law asks for:
//! what Ungstemme follows, how it is tested, what is not good enough yet, and how
//! to tell someone. The same in all four languages.

use crate::i18n::t;
use crate::page_title;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let limits = [
        "a11y-limit-read-aloud",
        "a11y-limit-languages",
        "a11y-limit-charts",
        "a11y-limit-offline",
    ]
    .into_iter()
    .map(|id| view! { <li>{t(id)}</li> })
    .collect_view();
    view! {
        <Title text=page_title(&t("a11y-title")) />
        <h1>{t("a11y-title")}</h1>
        <p class="lead">{t("a11y-lead")}</p>
        <h2>{t("a11y-standard-heading")}</h2>
        <p>{t("a11y-standard")}</p>
        <h2>{t("a11y-tested-heading")}</h2>
        <p>{t("a11y-tested")}</p>
        <h2>{t("a11y-limits-heading")}</h2>
        <ul>{limits}</ul>
        <h2>{t("a11y-feedback-heading")}</h2>
        <p>{t("a11y-feedback")}</p>
        <p class="hint">{t("a11y-updated")}</p>
    }
}
