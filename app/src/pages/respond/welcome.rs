//! The front page: what Ungstemme is, in one breath, and where to type the code.

use crate::i18n::t;
use crate::page_title;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;

#[component]
pub fn WelcomePage() -> impl IntoView {
    view! {
        <Title text=page_title(&t("welcome-title")) />
        <h1>{t("welcome-title")}</h1>
        <p class="lead">{t("welcome-lead")}</p>
        <JoinForm />
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("welcome-facts-heading")}</h2>
            <ul>
                <li>{t("welcome-fact-anonymous")}</li>
                <li>{t("welcome-fact-skip")}</li>
                <li>{t("welcome-fact-languages")}</li>
            </ul>
            <p><a href="/heard">{t("welcome-heard-link")}</a></p>
        </section>
    }
}

/// Typing a code: a GET form, so it works without JavaScript and the result is a
/// link that can be shared.
#[component]
pub fn JoinForm(#[prop(optional, into)] value: String) -> impl IntoView {
    view! {
        <Form method="get" action="/j">
            <div class="join-form">
                <label for="join-code">{t("join-code-label")}</label>
                <p id="join-code-hint" class="hint">
                    {t("join-code-hint")}
                </p>
                <input
                    id="join-code"
                    name="code"
                    type="text"
                    value=value
                    required
                    maxlength="12"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby="join-code-hint"
                    class="code-input"
                />
                <button type="submit" class="button primary">
                    {t("join-button")}
                </button>
            </div>
        </Form>
    }
}
