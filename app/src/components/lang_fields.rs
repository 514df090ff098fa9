//! One text an organisation or reviewer writes in several languages: four fields,
//! one per language, and which languages a reader gets a fallback in.

use crate::api::editor::EditText;
use crate::i18n::t_args;
use domain::Lang;
use leptos::prelude::*;

/// Four fields for one text, one per language, and which languages are missing.
#[component]
pub fn LangFields(
    legend: String,
    /// Form field names are `{name}_{lang}`.
    name: &'static str,
    /// Element ids are `{ids}-{lang}`.
    ids: String,
    text: EditText,
    max: usize,
    multiline: bool,
) -> impl IntoView {
    let fields = text
        .values
        .into_iter()
        .map(|(lang, value)| {
            let id = format!("{ids}-{}", lang.code());
            let field_name = format!("{name}_{}", lang.code());
            let input = if multiline {
                view! {
                    <textarea id=id.clone() name=field_name lang=lang.code() rows="3" maxlength=max.to_string()>
                        {value}
                    </textarea>
                }
                .into_any()
            } else {
                view! {
                    <input type="text" id=id.clone() name=field_name lang=lang.code() value=value maxlength=max.to_string() />
                }
                .into_any()
            };
            view! {
                <div class="lang-field">
                    <label for=id lang=lang.code()>{lang.endonym()}</label>
                    {input}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="lang-fields">
            <legend>{legend}</legend>
            {fields}
            <Missing missing=text.missing />
        </fieldset>
    }
    .into_any()
}

/// "Missing: Davvisámegiella (shows Bokmål), English (shows Bokmål)".
#[component]
fn Missing(missing: Vec<(Lang, Lang)>) -> impl IntoView {
    (!missing.is_empty()).then(|| {
        let langs = missing
            .iter()
            .map(|(lang, shown)| {
                t_args(
                    "staff-editor-falls-back",
                    &[("missing", lang.endonym().into()), ("shown", shown.endonym().into())],
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p class="hint missing-langs">{t_args("staff-editor-missing", &[("langs", langs.into())])}</p> }
    })
}
