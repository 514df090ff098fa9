//! Whole pages rendered outside the router, for the server's form handlers: a
//! refused post gets a real page in the reader's language, not a bare status.

use crate::components::chrome::Chrome;
use crate::i18n::{tr, Locale};
use crate::{OUTPUT_NAME, PKG_PATH};
use domain::Lang;
use leptos::prelude::*;
use std::sync::OnceLock;

/// The built bundle's name (with its content hash), for pages rendered outside
/// Leptos' options. Set once at start.
static BUNDLE: OnceLock<String> = OnceLock::new();

pub fn set_bundle(name: &str) {
    let _ = BUNDLE.set(name.to_string());
}

fn stylesheet() -> String {
    format!("{PKG_PATH}/{}.css", BUNDLE.get().map(String::as_str).unwrap_or(OUTPUT_NAME))
}

/// A short page with a heading, one paragraph and a link onward.
pub fn message_page(lang: Lang, title_id: &str, body_id: &str, link: (&str, &str)) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(Locale(lang));
        let title = tr(lang, title_id);
        let page_title = format!("{title} – {}", tr(lang, "app-name"));
        let body = tr(lang, body_id);
        let (href, label_id) = link;
        let label = tr(lang, label_id);
        let href = href.to_string();
        let here = href.clone();
        let html = view! {
            <html lang=lang.code()>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title>{page_title}</title>
                    <link rel="stylesheet" href=stylesheet() />
                </head>
                <body>
                    <Chrome here=here>
                        <h1>{title}</h1>
                        <p class="form-error-page">{body}</p>
                        <p>
                            <a class="button primary" href=href>
                                {label}
                            </a>
                        </p>
                    </Chrome>
                </body>
            </html>
        }
        .to_html();
        format!("<!DOCTYPE html>{html}")
    })
}
