//! The last screen before sending: age band and county, both optional, with a
//! plain reason for asking. The post takes the answers from the draft on the
//! server; the form also carries them, so a repeat after the draft is gone (stored,
//! or expired) is still a whole submission under the same idempotency key.

use super::{DraftMissing, LoadFailed, Loading, SessionClosed};
use crate::api::respond::{about_view, AboutData};
use crate::components::help_lines::HelpIfAsked;
use crate::components::post_form::PostForm;
use crate::i18n::t;
use crate::page_title;
use domain::{AgeBand, County};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn AboutPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let about = Resource::new(token, about_view);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match about.await {
                    Ok(AboutData::Ready { code, answers_json, total, .. }) => {
                        view! { <AboutForm token=token() code answers_json total /> }.into_any()
                    }
                    Ok(AboutData::Missing { sent }) => view! { <DraftMissing sent /> }.into_any(),
                    Ok(AboutData::Closed) => view! { <SessionClosed /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AboutForm(token: String, code: String, answers_json: String, total: usize) -> impl IntoView {
    let ages = AgeBand::ALL
        .into_iter()
        .map(|a| {
            let id = format!("age-{}", a.id());
            view! {
                <li>
                    <input type="radio" id=id.clone() name="age" value=a.id() />
                    <label for=id>{t(&format!("age-{}", a.id()))}</label>
                </li>
            }
        })
        .collect_view();
    let mut counties: Vec<(String, &str)> =
        County::ALL.iter().map(|c| (t(&format!("county-{c}")), *c)).collect();
    counties.sort();
    let counties = counties
        .into_iter()
        .map(|(name, id)| view! { <option value=id>{name}</option> })
        .collect_view();
    view! {
        <Title text=page_title(&t("about-title")) />
        <HelpIfAsked />
        <h1>{t("about-title")}</h1>
        <p class="lead">{t("about-why")}</p>
        <PostForm action=format!("/r/{token}/submit") class="about">
            <input type="hidden" name="key" value=token.clone() />
            <input type="hidden" name="code" value=code />
            <input type="hidden" name="answers" value=answers_json />
            // The draft on the server is the answers' authority: this page may be a
            // copy the phone kept before answers given offline were sent.
            <input type="hidden" name="answers_from" value="draft" />
            <fieldset>
                <legend>{t("age-legend")}</legend>
                <ul class="choices">
                    <li>
                        <input type="radio" id="age-none" name="age" value="" checked=true />
                        <label for="age-none">{t("prefer-not-to-say")}</label>
                    </li>
                    {ages}
                </ul>
            </fieldset>
            <label for="county">{t("county-label")}</label>
            <select id="county" name="county">
                <option value="" selected=true>
                    {t("prefer-not-to-say")}
                </option>
                {counties}
            </select>
            <div class="nav-buttons">
                <button type="submit" class="button primary">
                    {t("send-button")}
                </button>
                <a class="button subtle" href=format!("/r/{token}/q/{total}")>
                    {t("back-button")}
                </a>
            </div>
        </PostForm>
    }
}
