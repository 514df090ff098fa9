//! One session for its facilitator: the join code, the link, the QR code for the
//! projector, a printable poster, and ending the session.

use super::Refused;
use crate::api::staff::{load_session, SessionPageData};
use crate::components::authored::Authored;
use crate::components::post_form::{posts_version, PostForm};
use crate::components::results::QuestionBars;
use crate::i18n::{t, t_args, tr};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use domain::Lang;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

fn code_param() -> impl Fn() -> String + Copy {
    let params = use_params_map();
    move || params.read().get("code").unwrap_or_default()
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let code = code_param();
    let data = Resource::new(move || (code(), posts_version()), |(c, _)| load_session(c));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(SessionPageData::Ready { csrf, code, title, join_url, qr_svg, accepting, responses, results, mode, .. }) => view! {
                        <Title text=page_title(&format!("{code} – {}", title.text)) />
                        <h1><Authored text=title /></h1>
                        <p class="join-code-big" aria-label=t_args("staff-session-code-aria", &[("code", code.clone().into())])>{code.clone()}</p>
                        <div class="qr" role="img" aria-label=t("staff-session-qr-label") inner_html=qr_svg></div>
                        <p>{t("staff-session-link")}" "<a href=join_url.clone()>{join_url.clone()}</a></p>
                        <p>{t_args("staff-session-responses", &[("count", responses.into())])}" · "
                            {if accepting { t("staff-session-accepting") } else { t("staff-session-not-accepting") }}
                        </p>
                        <p><a class="button" href=format!("/staff/sessions/{code}/poster")>{t("staff-session-poster")}</a>
                            {(mode == domain::SessionMode::Live).then(|| view! {
                                " "<a class="button" href=format!("/staff/sessions/{code}/present")>{t("staff-present-open")}</a>
                            })}</p>
                        <p><a class="button" href=format!("/staff/sessions/{code}/texts")>{t("staff-moderate-link")}</a></p>
                        <p>
                            <a href=format!("/staff/sessions/{code}/export.csv") rel="external" download="">{t("staff-export-csv")}</a>
                            " · "
                            <a href=format!("/staff/sessions/{code}/export.xlsx") rel="external" download="">{t("staff-export-xlsx")}</a>
                        </p>
                        {accepting.then(|| view! {
                            <PostForm action=format!("/staff/sessions/{code}/end")>
                                <input type="hidden" name="csrf" value=csrf />
                                <button type="submit" class="button">{t("staff-session-end")}</button>
                            </PostForm>
                        })}
                        <Results results />
                        <p><a href="/staff/consultations">{t("staff-consultations-title")}</a></p>
                    }.into_any(),
                    Ok(SessionPageData::NotFound) => {
                        set_status(404);
                        view! { <h1>{t("not-found-title")}</h1> }.into_any()
                    }
                    Ok(SessionPageData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(SessionPageData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An A4 poster: the code, the QR code and one line of instructions in each chosen
/// language (`?langs=nb,se`; all four when none is given).
#[component]
pub fn PosterPage() -> impl IntoView {
    let code = code_param();
    let query = use_query_map();
    let langs = move || {
        let chosen: Vec<Lang> = query
            .read()
            .get("langs")
            .unwrap_or_default()
            .split(',')
            .filter_map(Lang::parse)
            .collect();
        if chosen.is_empty() {
            Lang::ALL.to_vec()
        } else {
            chosen
        }
    };
    let data = Resource::new(code, load_session);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(SessionPageData::Ready { code, title, join_url, qr_svg, .. }) => {
                        let lines = langs()
                            .into_iter()
                            .map(|l| view! { <li lang=l.code()>{tr(l, "poster-instruction")}</li> })
                            .collect_view();
                        view! {
                            <Title text=page_title(&format!("{code} – {}", t("staff-session-poster"))) />
                            <div class="poster">
                                <h1><Authored text=title /></h1>
                                <div class="qr" role="img" aria-label=t("staff-session-qr-label") inner_html=qr_svg></div>
                                <p class="join-code-big">{code}</p>
                                <p class="poster-url">{join_url}</p>
                                <ul class="poster-lines">{lines}</ul>
                            </div>
                        }.into_any()
                    }
                    Ok(SessionPageData::NotFound) => {
                        set_status(404);
                        view! { <h1>{t("not-found-title")}</h1> }.into_any()
                    }
                    Ok(SessionPageData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(SessionPageData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Every question's results, with the bars of [`QuestionBars`].
#[component]
fn Results(results: Vec<crate::api::staff::QuestionResult>) -> impl IntoView {
    let list =
        results.into_iter().map(|result| view! { <li><QuestionBars result /></li> }).collect_view();
    view! {
        <h2>{t("staff-results-heading")}</h2>
        <ol class="results">{list}</ol>
    }
}
