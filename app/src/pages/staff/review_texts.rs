//! The approved texts of every organisation, for the Innsatsgruppe's reviewers:
//! all of them, or those of one theme or one framework label, newest first. A
//! reviewer corrects a text's labels here; the engine learns from it at once. A
//! group of fewer than five texts is not listed at all.

use super::Refused;
use crate::api::review::{load_review_texts, ReviewTextsData};
use crate::components::authored::Authored;
use crate::components::label_form::{Choices, LabelForm, LabelList};
use crate::components::post_form::posts_version;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ReviewTextsPage() -> impl IntoView {
    let query = use_query_map();
    let params = move || {
        let q = query.read();
        (q.get("theme"), q.get("label"), q.get("page"))
    };
    let data = Resource::new(
        move || (params(), posts_version()),
        |((theme, label, page), _)| load_review_texts(theme, label, page),
    );
    view! {
        <Title text=page_title(&t("staff-review-texts-title")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(ReviewTextsData::Ready { csrf, filter, suppressed, k, total, page, pages, items, choices, here, base }) => {
                        let shown = if suppressed {
                            view! {
                                <p class="notice">
                                    {t_args("staff-review-suppressed", &[("k", k.into())])}
                                </p>
                            }
                            .into_any()
                        } else {
                            let list = items
                                .into_iter()
                                .map(|item| {
                                    let heading_id = format!("text-{}", item.id);
                                    let labelled_by = heading_id.clone();
                                    let title = item.title.clone().map(|title| view! { <strong>{title}</strong><br /> });
                                    view! {
                                        <li class="text-card approved" aria-labelledby=labelled_by>
                                            <h2 id=heading_id class="text-question"><Authored text=item.question.clone() /></h2>
                                            <blockquote>{title}{item.body.clone()}</blockquote>
                                            <LabelList labels=item.labels.clone() />
                                            <LabelForm item csrf=csrf.clone() choices=choices.clone() back=here.clone() />
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <p>{t_args("staff-review-count", &[("count", total.into())])}</p>
                                <ol class="texts">{list}</ol>
                                <Pager page pages base />
                            }
                            .into_any()
                        };
                        view! {
                            <h1>{t("staff-review-texts-title")}</h1>
                            <p class="lead">{t("staff-review-texts-explain")}</p>
                            {filter.map(|f| view! {
                                <p>
                                    {t_args("staff-review-filter", &[("filter", f.into())])}
                                    " "<a href="/staff/review/texts">{t("staff-review-show-all")}</a>
                                </p>
                            })}
                            <LabelFilter choices />
                            {shown}
                            <p><a href="/staff/themes">{t("staff-cross-themes-title")}</a></p>
                        }
                        .into_any()
                    }
                    Ok(ReviewTextsData::NotFound) => {
                        set_status(404);
                        view! { <h1>{t("not-found-title")}</h1><p>{t("not-found-body")}</p> }.into_any()
                    }
                    Ok(ReviewTextsData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(ReviewTextsData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Show only the texts with one label: a plain GET form, so the view is a link.
#[component]
fn LabelFilter(choices: Choices) -> impl IntoView {
    let groups = choices
        .into_iter()
        .map(|(d, ids)| {
            let options = ids
                .into_iter()
                .map(|(id, name)| view! { <option value=format!("{}:{id}", d.as_str())>{name}</option> })
                .collect_view();
            view! { <optgroup label=t(&format!("staff-dimension-{}", d.as_str()))>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <form method="get" action="/staff/review/texts" class="label-filter">
            <label for="label-filter">{t("staff-review-filter-label")}</label>
            <select id="label-filter" name="label">{groups}</select>
            <button type="submit" class="button">{t("staff-review-filter-button")}</button>
        </form>
    }
}

#[component]
fn Pager(page: i64, pages: i64, base: String) -> impl IntoView {
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| {
            view! { <a rel="prev" href=format!("{base}page={}", page - 1)>{t("staff-review-previous")}</a> }
        });
        let next = (page < pages).then(|| {
            view! { <a rel="next" href=format!("{base}page={}", page + 1)>{t("staff-review-next")}</a> }
        });
        view! {
            <nav class="pager" aria-label=t("staff-review-pages")>
                {previous}
                " "<span>{t_args("staff-review-page", &[("page", page.into()), ("pages", pages.into())])}</span>" "
                {next}
            </nav>
        }
    })
}
