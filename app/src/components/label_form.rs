//! A text's framework labels — the engine's suggestions with their confidence and
//! those a person confirmed, told apart — and the form to correct them. Used in a
//! session's moderation queue and in the reviewers' list across consultations.

use crate::api::moderate::{LabelView, TextRow};
use crate::components::post_form::PostForm;
use crate::i18n::{t, t_args};
use domain::Dimension;
use leptos::prelude::*;

/// Every label id with its name, per dimension.
pub type Choices = Vec<(Dimension, Vec<(String, String)>)>;

fn label_text(l: &LabelView) -> String {
    if l.confirmed {
        t_args("staff-label-confirmed", &[("name", l.name.clone().into())])
    } else {
        t_args(
            "staff-label-suggested",
            &[("name", l.name.clone().into()), ("percent", l.percent.into())],
        )
    }
}

/// The labels a text has now.
#[component]
pub fn LabelList(labels: Vec<LabelView>) -> impl IntoView {
    let none = labels.is_empty().then(|| view! { <li>{t("staff-labels-none")}</li> });
    let list = labels
        .iter()
        .map(|l| {
            let class = if l.confirmed { "label confirmed" } else { "label suggested" };
            view! { <li class=class>{label_text(l)}</li> }
        })
        .collect_view();
    view! { <ul class="labels" aria-label=t("staff-labels-heading")>{list}{none}</ul> }
}

/// Tick boxes for every label, the text's current ones ticked; saving makes them
/// the text's confirmed labels. `back` is where the reviewer returns afterwards.
#[component]
pub fn LabelForm(
    item: TextRow,
    csrf: String,
    choices: Choices,
    #[prop(optional)] back: Option<String>,
) -> impl IntoView {
    let id = item.id;
    let ticked =
        |d: Dimension, label: &str| item.labels.iter().any(|l| l.dimension == d && l.id == label);
    let groups = choices
        .into_iter()
        .map(|(d, ids)| {
            let boxes = ids
                .into_iter()
                .map(|(label, name)| {
                    let box_id = format!("l-{id}-{}-{label}", d.as_str());
                    view! {
                        <li>
                            <input type="checkbox" id=box_id.clone() name="label" value=format!("{}:{label}", d.as_str()) checked=ticked(d, &label) />
                            <label for=box_id>{name}</label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset>
                    <legend>{t(&format!("staff-dimension-{}", d.as_str()))}</legend>
                    <ul class="choices compact">{boxes}</ul>
                </fieldset>
            }
        })
        .collect_view();
    let back = back.map(|b| view! { <input type="hidden" name="back" value=b /> });
    view! {
        <details>
            <summary>{t("staff-labels-correct")}</summary>
            <PostForm action=format!("/staff/texts/{id}/labels")>
                <input type="hidden" name="csrf" value=csrf />
                {back}
                {groups}
                <button type="submit" class="button">{t("staff-labels-save")}</button>
            </PostForm>
        </details>
    }
}
