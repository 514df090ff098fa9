//! "What we heard": the public page where young people see what came of what they
//! said — each summary the Innsatsgruppe has published, its figures (only counts
//! from at least k young people) and what has been done about it since. No
//! sign-in; the same in all four languages.

use crate::api::publish::{load_heard, PublicationView};
use crate::components::authored::lang_attr;
use crate::components::figures::Figures;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HeardPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_heard());
    view! {
        <Title text=page_title(&t("heard-title")) />
        <h1>{t("heard-title")}</h1>
        <p class="lead">{t("heard-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) if list.is_empty() => view! { <p class="notice">{t("heard-nothing-yet")}</p> }.into_any(),
                    Ok(list) => list
                        .into_iter()
                        .map(|p| view! { <Published p /> })
                        .collect_view()
                        .into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
        <p class="hint">{t("heard-open-data")}" "<a href="/api/v1/publications">"/api/v1/publications"</a></p>
    }
}

/// Paragraphs of a text written with blank lines between them.
pub fn paragraphs(text: &str, lang: Option<&'static str>) -> impl IntoView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p lang=lang>{p.to_string()}</p> })
        .collect_view()
}

/// One publication: what we heard, the figures, what we did.
#[component]
pub fn Published(p: PublicationView) -> impl IntoView {
    let anchor = format!("publication-{}", p.id);
    let heading = format!("{anchor}-title");
    let (article_id, labelled_by) = (anchor.clone(), heading.clone());
    let title_lang = lang_attr(&p.title);
    let heard_lang = lang_attr(&p.heard);
    let based_on = (!p.described.is_empty()).then(|| {
        view! {
            <p class="hint">{t_args("heard-based-on", &[("filters", p.described.join(" · ").into())])}</p>
        }
    });
    let did = if p.updates.is_empty() {
        view! { <p class="hint">{t("heard-nothing-done-yet")}</p> }.into_any()
    } else {
        let items = p
            .updates
            .iter()
            .map(|u| {
                let lang = lang_attr(&u.text);
                view! {
                    <li>
                        <p class="update-date">{u.date.clone()}</p>
                        {paragraphs(&u.text.text, lang)}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="updates">{items}</ul> }.into_any()
    };
    view! {
        <article class="publication" id=article_id aria-labelledby=labelled_by>
            <h2 id=heading lang=title_lang>{p.title.text.clone()}</h2>
            <p class="hint">{t_args("heard-published", &[("date", p.date.clone().into())])}</p>
            <h3>{t("heard-heard-heading")}</h3>
            {paragraphs(&p.heard.text, heard_lang)}
            <Figures figures=p.figures.clone() id=anchor />
            {based_on}
            <h3>{t("heard-did-heading")}</h3>
            {did}
        </article>
    }
}
