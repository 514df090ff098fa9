//! Who is signed in, and CSRF tokens: read from the staff session by both the
//! server's form handlers and the pages' server functions.

pub mod csrf;
pub mod signed_in;

/// The stored form of an invite token: only its SHA-256, so a database reader
/// cannot use a pending invite.
pub fn invite_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// The address of this site as people reach it: the configured public URL, else
/// the request's own host.
#[derive(Debug, Clone, Default)]
pub struct SiteUrl(pub Option<String>);

pub fn origin(parts: &axum::http::request::Parts, site: Option<&SiteUrl>) -> String {
    if let Some(url) = site.and_then(|s| s.0.as_deref()) {
        return url.trim_end_matches('/').to_string();
    }
    let host = parts
        .headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:3000");
    format!("http://{host}")
}

/// A QR code for `text` as an SVG document, drawn large enough for a projector
/// and crisp on paper.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(320, 320)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}
