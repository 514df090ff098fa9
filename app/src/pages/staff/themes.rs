//! Themes across all consultations, for the Innsatsgruppe's reviewers: the groups
//! the theme engine found in every stored text, each named by its words in the
//! languages it was written in, with its typical framework labels and a few
//! approved quotes. A reviewer starts a new grouping run here and follows its
//! progress; without JavaScript the page reloads itself while a run works.

use super::Refused;
use crate::api::review::{
    load_themes, CrossTheme, FinishedRun, RunProgress, ThemesData, RUN_STEPS,
};
use crate::components::authored::Authored;
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;

/// How often a hydrated page asks for news while a run works.
const POLL_MS: u64 = 1000;

#[component]
pub fn ThemesPage() -> impl IntoView {
    let tick = RwSignal::new(0u32);
    let data = Resource::new(move || (posts_version(), tick.get()), |_| load_themes());
    // Effects run only in the browser: poll while a run is under way.
    Effect::new(move |_| {
        if let Some(Ok(ThemesData::Ready { running: Some(_), .. })) = data.get() {
            set_timeout(
                move || tick.update(|n| *n += 1),
                std::time::Duration::from_millis(POLL_MS),
            );
        }
    });
    view! {
        <Title text=page_title(&t("staff-cross-themes-title")) />
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(ThemesData::Ready { csrf, running, last_failed, finished }) => view! {
                        <h1>{t("staff-cross-themes-title")}</h1>
                        <p class="lead">{t("staff-cross-themes-explain")}</p>
                        <RunStatus csrf running last_failed />
                        <Finished finished />
                        <p><a href="/staff/review/texts">{t("staff-review-texts-link")}</a></p>
                    }
                    .into_any(),
                    Ok(ThemesData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(ThemesData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A run under way with its progress, or the button that starts one.
#[component]
fn RunStatus(csrf: String, running: Option<RunProgress>, last_failed: bool) -> impl IntoView {
    match running {
        Some(p) => {
            let phase = t(&format!("staff-cross-themes-phase-{}", p.phase));
            let count = (p.total > 0).then(|| {
                t_args(
                    "staff-cross-themes-count",
                    &[("done", p.done.into()), ("total", p.total.into())],
                )
            });
            view! {
                // Without scripts the page reloads itself while the run works.
                <noscript inner_html=r#"<meta http-equiv="refresh" content="3">"#></noscript>
                <section class="run-progress" aria-labelledby="run-heading">
                    <h2 id="run-heading">{t("staff-cross-themes-running")}</h2>
                    <p>{t_args("staff-cross-themes-started", &[("time", p.started.into())])}</p>
                    <p role="status">
                        {t_args(
                            "staff-cross-themes-step",
                            &[("step", p.step.into()), ("steps", RUN_STEPS.into()), ("phase", phase.into())],
                        )}
                        {count.map(|c| format!(" ({c})"))}
                    </p>
                    <progress max="100" value=p.percent aria-labelledby="run-heading">
                        {format!("{} %", p.percent)}
                    </progress>
                    <p class="hint">{t_args("staff-cross-themes-percent", &[("percent", p.percent.into())])}</p>
                </section>
            }
            .into_any()
        }
        None => view! {
            {last_failed.then(|| view! { <p class="notice">{t("staff-cross-themes-failed")}</p> })}
            <PostForm action="/staff/themes/run">
                <input type="hidden" name="csrf" value=csrf />
                <button type="submit" class="button primary">{t("staff-cross-themes-start")}</button>
            </PostForm>
            <p class="hint">{t("staff-cross-themes-start-hint")}</p>
        }
        .into_any(),
    }
}

#[component]
fn Finished(finished: Option<FinishedRun>) -> impl IntoView {
    let Some(run) = finished else {
        return view! { <p>{t("staff-cross-themes-none-yet")}</p> }.into_any();
    };
    let list = run.themes.into_iter().map(|theme| view! { <ThemeCard theme /> }).collect_view();
    view! {
        <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t("staff-cross-themes-latest")}</h2>
            <p>
                {t_args(
                    "staff-cross-themes-summary",
                    &[("time", run.finished.into()), ("texts", run.texts.into())],
                )}
            </p>
            {(run.small_hidden > 0).then(|| view! {
                <p class="hint">
                    {t_args(
                        "staff-cross-themes-small-hidden",
                        &[("count", run.small_hidden.into()), ("k", run.k.into())],
                    )}
                </p>
            })}
            <ol class="cross-themes">{list}</ol>
        </section>
    }
    .into_any()
}

#[component]
fn ThemeCard(theme: CrossTheme) -> impl IntoView {
    let heading_id = format!("theme-{}", theme.no);
    let labelled_by = heading_id.clone();
    let headline = theme
        .terms
        .first()
        .map(|(lang, words)| view! { <span lang=lang.code()>{words.join(", ")}</span> });
    let other_langs = theme
        .terms
        .iter()
        .skip(1)
        .map(|(lang, words)| {
            view! {
                <li>
                    {lang.endonym()}": "
                    <span lang=lang.code()>{words.join(", ")}</span>
                </li>
            }
        })
        .collect_view();
    let labels = (!theme.labels.is_empty()).then(|| {
        view! {
            <p>{t_args("staff-cross-themes-labels", &[("labels", theme.labels.join(", ").into())])}</p>
        }
    });
    let quotes = theme
        .quotes
        .into_iter()
        .map(|q| view! { <blockquote><Authored text=q /></blockquote> })
        .collect_view();
    view! {
        <li class="cross-theme" aria-labelledby=labelled_by>
            <h3 id=heading_id>{headline}</h3>
            <p class="hint">{t_args("staff-themes-size", &[("count", theme.size.into())])}</p>
            {labels}
            <ul class="theme-langs">{other_langs}</ul>
            {quotes}
            <p>
                <a href=format!("/staff/review/texts?theme={}", theme.no)>
                    {t("staff-cross-themes-see-texts")}
                </a>
                " · "
                <a href=format!("/staff/overview?theme={}", theme.no)>
                    {t("staff-cross-themes-over-time")}
                </a>
            </p>
        </li>
    }
}
