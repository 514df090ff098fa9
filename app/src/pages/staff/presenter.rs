//! The presenter view a facilitator puts on the projector: the join code and QR
//! code, how many have joined, and the current question's results as they come in.
//!
//! Server-rendered it is complete, and refreshes itself every few seconds when
//! scripts are off. Hydrated, it listens to the session's event stream and redraws
//! from each snapshot. The controls are plain forms either way.

use super::Refused;
use crate::api::presenter::{load_presenter, PresenterData, PresenterSnapshot};
use crate::components::authored::Authored;
use crate::components::post_form::{posts_version, PostForm};
use crate::components::results::QuestionBars;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PresenterPage() -> impl IntoView {
    let params = use_params_map();
    let code = move || params.read().get("code").unwrap_or_default();
    let data = Resource::new(move || (code(), posts_version()), |(c, _)| load_presenter(c));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(PresenterData::Ready { csrf, code, title, join_url, qr_svg, snapshot }) => {
                        view! { <Presenter csrf code title join_url qr_svg snapshot=*snapshot /> }.into_any()
                    }
                    Ok(PresenterData::NotFound) => {
                        set_status(404);
                        view! { <h1>{t("not-found-title")}</h1> }.into_any()
                    }
                    Ok(PresenterData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(PresenterData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Presenter(
    csrf: String,
    code: String,
    title: crate::api::respond::Text,
    join_url: String,
    qr_svg: String,
    snapshot: PresenterSnapshot,
) -> impl IntoView {
    let live = RwSignal::new(snapshot);
    #[cfg(feature = "hydrate")]
    follow_events(&format!("/staff/sessions/{code}/events"), live);

    let joined = move || t_args("staff-present-joined", &[("count", live.read().joined.into())]);
    let sent = move || t_args("staff-present-sent", &[("count", live.read().sent.into())]);
    let position = move || {
        let s = live.read();
        t_args("staff-present-position", &[("n", s.position.into()), ("total", s.total.into())])
    };
    let pace = move || {
        if live.read().paced {
            t("staff-present-paced")
        } else {
            t("staff-present-self-paced")
        }
    };
    let accepting = move || {
        if live.read().accepting {
            t("staff-session-accepting")
        } else {
            t("staff-session-not-accepting")
        }
    };
    let question = move || {
        let s = live.get();
        let q = s.question?;
        Some(if s.results_hidden {
            view! {
                <h2><Authored text=q.prompt /></h2>
                <p class="results-hidden">{t("staff-present-results-hidden")}</p>
            }
            .into_any()
        } else {
            let approved = (!s.approved.is_empty()).then(|| {
                let items = s
                    .approved
                    .into_iter()
                    .map(|a| {
                        let themes = (!a.themes.is_empty()).then(|| {
                            view! { <span class="themes">{a.themes.join(" · ")}</span> }
                        });
                        view! { <li><Authored text=a.text />" "{themes}</li> }
                    })
                    .collect_view();
                view! { <ul class="approved-texts">{items}</ul> }
            });
            view! { <QuestionBars result=q level=2 />{approved} }.into_any()
        })
    };
    let controls_code = code.clone();
    let controls = move || {
        let s = live.get();
        let (pace_value, pace_label) = if s.paced {
            ("self-paced", t("staff-present-switch-self-paced"))
        } else {
            ("paced", t("staff-present-switch-paced"))
        };
        let first = s.position <= 1;
        let last = s.position >= s.total;
        let (results_value, results_label) = if s.results_hidden {
            ("reveal", t("staff-present-reveal"))
        } else {
            ("hide", t("staff-present-hide"))
        };
        view! {
            <button type="submit" name="do" value="previous" class="button" disabled=first>
                {t("staff-present-previous")}
            </button>
            <button type="submit" name="do" value="next" class="button primary" disabled=last>
                {t("staff-present-next")}
            </button>
            <button type="submit" name="do" value=pace_value class="button">{pace_label}</button>
            <button type="submit" name="do" value=results_value class="button">{results_label}</button>
            {s.accepting.then(|| view! {
                <button type="submit" name="do" value="end" class="button subtle">{t("staff-session-end")}</button>
            })}
        }
    };
    view! {
        <Title text=page_title(&format!("{code} – {}", t("staff-present-title"))) />
        // Without scripts the page reloads itself; inside <noscript>, a browser that
        // runs scripts never sees the refresh (and hydration never walks into it).
        <noscript inner_html=r#"<meta http-equiv="refresh" content="5">"#></noscript>
        <div class="presenter">
            <section class="presenter-join" aria-labelledby="presenter-title">
                <h1 id="presenter-title"><Authored text=title /></h1>
                <div class="qr" role="img" aria-label=t("staff-session-qr-label") inner_html=qr_svg></div>
                <p class="join-code-big" aria-label=t_args("staff-session-code-aria", &[("code", code.clone().into())])>{code.clone()}</p>
                <p class="poster-url">{join_url}</p>
            </section>
            <section class="presenter-live" aria-label=t("staff-present-results-label")>
                <p class="presenter-joined">{joined}" · "{sent}" · "{accepting}</p>
                <p class="presenter-position">{position}" · "{pace}</p>
                {question}
            </section>
            <PostForm action=format!("/staff/sessions/{controls_code}/live") class="presenter-controls">
                <input type="hidden" name="csrf" value=csrf />
                {controls}
            </PostForm>
            <p><a href=format!("/staff/sessions/{code}")>{t("staff-present-back")}</a></p>
        </div>
    }
}

/// Keeps `live` up to date from the session's event stream while the view is on
/// screen. The browser reconnects by itself after a drop (the server sends
/// `retry:`); the stream is closed when the view goes away.
#[cfg(feature = "hydrate")]
fn follow_events(url: &str, live: RwSignal<PresenterSnapshot>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(source) = web_sys::EventSource::new(url) else { return };
    let on_snapshot =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let parsed = e.data().as_string().and_then(|d| serde_json::from_str(&d).ok());
            if let Some(snapshot) = parsed {
                live.try_set(snapshot);
            }
        });
    let _ =
        source.add_event_listener_with_callback("snapshot", on_snapshot.as_ref().unchecked_ref());
    let held = send_wrapper::SendWrapper::new((source, on_snapshot));
    on_cleanup(move || held.0.close());
}
