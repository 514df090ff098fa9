//! A consultation's front page, reached by `/j/CODE` (what a QR code holds) or by
//! typing the code: its title, what it is about, and a start button.

use super::{set_status, LoadFailed, Loading, SessionClosed};
use crate::api::respond::{join_info, JoinView};
use crate::components::authored::lang_attr;
use crate::components::help_lines::HelpIfAsked;
use crate::components::post_form::PostForm;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::welcome::JoinForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn JoinPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let code =
        move || params.read().get("code").or_else(|| query.read().get("code")).unwrap_or_default();
    let info = Resource::new(code, join_info);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match info.await {
                    Ok(JoinView::Open { code, title, intro, questions }) => {
                        let title_lang = lang_attr(&title);
                        let intro_lang = lang_attr(&intro);
                        view! {
                            <Title text=page_title(&title.text) />
                            <HelpIfAsked />
                            <h1 lang=title_lang>{title.text.clone()}</h1>
                            <p class="lead" lang=intro_lang>
                                {intro.text}
                            </p>
                            <ul class="facts">
                                <li>
                                    {t_args("join-question-count", &[("count", questions.into())])}
                                </li>
                                <li>{t("welcome-fact-skip")}</li>
                                <li>{t("welcome-fact-anonymous")}</li>
                            </ul>
                            <PostForm action=format!("/j/{code}/start")>
                                <button type="submit" class="button primary">
                                    {t("start-button")}
                                </button>
                            </PostForm>
                        }
                            .into_any()
                    }
                    Ok(JoinView::Closed) => view! { <SessionClosed /> }.into_any(),
                    Ok(JoinView::Unknown) => {
                        set_status(404);
                        view! {
                            <Title text=page_title(&t("unknown-code-title")) />
                            <h1>{t("unknown-code-title")}</h1>
                            <p>{t("unknown-code-body")}</p>
                            <JoinForm />
                        }
                            .into_any()
                    }
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
