//! The frame of every page: a skip link, the name, the language menu, the main
//! region and a footer that says what Ungstemme keeps.

use crate::components::help_lines::HelpAnytime;
use crate::i18n::{t, use_lang};
use domain::Lang;
use leptos::prelude::*;

/// Percent-encodes a local path for the `to=` of a language link.
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[component]
pub fn Chrome(
    /// The current path and query, so a language link can come back to it.
    #[prop(into)]
    here: Signal<String>,
    children: Children,
) -> impl IntoView {
    let current = use_lang();
    // Young people's pages, not staff pages, offer the help lines and the offline note.
    let for_young = move || !here.get().starts_with("/staff");
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let href = move || format!("/lang/{}?to={}", lang.code(), encode(&here.get()));
            let is_current = lang == current;
            view! {
                <li>
                    <a
                        href=href
                        rel="external"
                        hreflang=lang.code()
                        lang=lang.code()
                        aria-current=is_current.then_some("true")
                    >
                        {lang.endonym()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <a class="skip-link" href="#main">
            {t("skip-to-content")}
        </a>
        <header class="site-header">
            <a class="brand" href="/">
                {t("app-name")}
            </a>
            <nav class="lang-menu" aria-label=t("lang-menu-label")>
                <ul>{links}</ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            // Shown by the page's script while the phone has no network. The region
            // is always there, so screen readers hear the note appear.
            {move || {
                for_young()
                    .then(|| {
                        view! {
                            <div class="offline-note" role="status" data-offline-note>
                                <p hidden>{t("offline-note")}</p>
                            </div>
                        }
                    })
            }}
            {children()}
        </main>
        <footer class="site-footer">
            {move || for_young().then(|| view! { <HelpAnytime /> })}
            <p>{t("footer-anonymous")}</p>
            <p><a href="/tilgjengelighet">{t("a11y-link")}</a></p>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn language_links_keep_the_query() {
        assert_eq!(super::encode("/j?code=SVAR25&x=1"), "/j%3Fcode%3DSVAR25%26x%3D1");
    }
}
