//! Which network address a request came from, for throttles only (it is never
//! stored). Behind a reverse proxy every connection comes from the proxy, so the
//! proxy's header is read instead — only when configured, since a client could
//! otherwise write the header itself.

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap, HeaderName};
use std::net::{IpAddr, SocketAddr};

/// The client's address: from `header` when set and present (the last address in
/// it, the one the proxy itself added), else the connection's.
pub fn address(
    header: Option<&HeaderName>,
    headers: &HeaderMap,
    ext: &Extensions,
) -> Option<IpAddr> {
    let forwarded = header
        .and_then(|name| headers.get_all(name).iter().next_back())
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse().ok());
    forwarded.or_else(|| ext.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn connected() -> Extensions {
        let mut ext = Extensions::new();
        ext.insert(ConnectInfo::<SocketAddr>("127.0.0.1:5000".parse().unwrap()));
        ext
    }

    #[test]
    fn the_proxys_header_is_read_only_when_configured() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "6.6.6.6, 198.51.100.7".parse().unwrap());
        let name = HeaderName::from_static("x-forwarded-for");
        let ext = connected();
        assert_eq!(address(None, &headers, &ext), Some("127.0.0.1".parse().unwrap()));
        // The proxy appends the address it saw; what the client wrote comes before.
        assert_eq!(address(Some(&name), &headers, &ext), Some("198.51.100.7".parse().unwrap()));
        // Without the header (or with garbage in it) the connection's address counts.
        assert_eq!(
            address(Some(&name), &HeaderMap::new(), &ext),
            Some("127.0.0.1".parse().unwrap())
        );
        headers.insert("x-forwarded-for", "not an address".parse().unwrap());
        assert_eq!(address(Some(&name), &headers, &ext), Some("127.0.0.1".parse().unwrap()));
    }
}
