//! The Content-Security-Policy every response carries. It lives here because the
//! page shell sets it with the response's nonce; the server sets it (without a
//! nonce) on everything else.

/// The policy, with `script` as the script sources. Everything comes from
/// Ungstemme itself: no other origin is allowed for anything. Style attributes
/// are allowed (result bars are drawn with a width), style sheets only our own.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let script = match nonce {
        Some(nonce) => format!("'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "'self' 'wasm-unsafe-eval'".to_string(),
    };
    format!(
        "default-src 'self'; script-src {script}; style-src 'self'; \
         style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::content_security_policy;

    #[test]
    fn no_inline_script_without_the_nonce_and_no_other_origin() {
        for policy in [content_security_policy(None), content_security_policy(Some("abc"))] {
            for directive in policy.split("; ").filter(|d| d.contains("'unsafe-inline'")) {
                assert!(directive.starts_with("style-src-attr"), "{directive}");
            }
            let script = policy.split("; ").find(|d| d.starts_with("script-src")).unwrap();
            assert!(!script.contains("'unsafe-eval'"), "{script}");
            assert!(!policy.contains("http"), "no other origin: {policy}");
            assert!(policy.contains("frame-ancestors 'none'"));
        }
        assert!(content_security_policy(Some("abc")).contains("'nonce-abc'"));
    }
}
