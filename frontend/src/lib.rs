//! The browser entry point: hydrates the server-rendered pages. Nothing else lives
//! here, so the WebAssembly holds only what the pages need.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    app::remember_loaded_at();
    leptos::mount::hydrate_body(app::App);
    // Marks the page as interactive: for tests, and for anyone checking whether
    // the enhanced path is in use.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
