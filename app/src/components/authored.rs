//! Text written by an organisation, marked with the language it is actually in,
//! so a screen reader pronounces a bokmål fallback on a Sámi page as bokmål.

use crate::api::respond::Text;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// The `lang` attribute an authored text needs: only when it differs from the page's.
pub fn lang_attr(text: &Text) -> Option<&'static str> {
    (text.lang != use_lang()).then(|| text.lang.code())
}

#[component]
pub fn Authored(text: Text) -> impl IntoView {
    let lang = lang_attr(&text);
    view! { <span lang=lang>{text.text}</span> }
}
