//! Which address a request came from, for the per-address limits on signing in.

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use crate::AppState;

/// The address the request came from, for per-address limits.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map(|p| p.0.ip().to_string());
        if state.config.trust_proxy {
            let forwarded: Vec<&str> = parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect();
            if let Some(address) = forwarded_client(&forwarded, state.config.proxy_hops) {
                return Ok(ClientAddress(address));
            }
        }
        Ok(ClientAddress(peer.unwrap_or_else(|| "unknown".into())))
    }
}

/// The client as our own proxies saw it: each proxy appends the address it was reached from, so
/// with `hops` proxies of ours the client is `hops` entries from the right. Anything to the left
/// of that was written by the client and proves nothing.
pub fn forwarded_client(headers: &[&str], hops: usize) -> Option<String> {
    let entries: Vec<&str> = headers
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    let index = entries.len().checked_sub(hops.max(1))?;
    let address = entries[index];
    (address.len() <= 64
        && address
            .chars()
            .all(|c| c.is_ascii_hexdigit() || ".:[]".contains(c)))
    .then(|| address.to_owned())
}

#[cfg(test)]
mod tests {
    use super::forwarded_client;

    #[test]
    fn the_client_cannot_choose_its_address() {
        // The client sent "6.6.6.6"; our one proxy appended the address it really came from.
        assert_eq!(
            forwarded_client(&["6.6.6.6, 203.0.113.9"], 1).as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(
            forwarded_client(&["6.6.6.6, 203.0.113.9, 10.0.0.2"], 2).as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(
            forwarded_client(&["6.6.6.6", "203.0.113.9"], 1).as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(forwarded_client(&["203.0.113.9"], 2), None);
        assert_eq!(forwarded_client(&[], 1), None);
        assert_eq!(forwarded_client(&["<script>"], 1), None);
    }
}
