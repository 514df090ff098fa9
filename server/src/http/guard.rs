//! Who may see a session's staff pages: the facilitators of the organisation that
//! runs it. Another organisation's session is reported as missing, not forbidden,
//! so its join codes cannot be discovered.

use super::{page, AppState};
use app::auth::signed_in::{require, Denied, SignedIn};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use domain::Role;
use store::SessionInfo;
use tower_sessions::Session;

pub(super) fn not_found(lang: domain::Lang) -> Response {
    page::refused(
        lang,
        StatusCode::NOT_FOUND,
        "not-found-title",
        "not-found-body",
        "/staff/consultations",
    )
}

/// The signed-in staff member if their role is one of `roles`; otherwise the
/// refusal: 401 with a way to sign in, or 403.
pub(super) async fn signed_in_as(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    roles: &[Role],
) -> Result<SignedIn, Response> {
    let lang = page::lang(headers);
    match require(session, &st.store, roles).await {
        Ok(who) => Ok(who),
        Err(Denied::SignedOut) => Err(page::refused(
            lang,
            StatusCode::UNAUTHORIZED,
            "error-refused-title",
            "staff-need-sign-in",
            "/staff/sign-in",
        )),
        Err(Denied::WrongRole) => Err(page::refused(
            lang,
            StatusCode::FORBIDDEN,
            "staff-forbidden-title",
            "staff-forbidden-body",
            "/staff",
        )),
    }
}

/// The signed-in facilitator's own session with this code; the refusal otherwise
/// (another organisation's session is "not found", as on the session page).
pub(super) async fn own_session(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    code: &str,
) -> Result<SessionInfo, Response> {
    let who = signed_in_as(st, session, headers, &[Role::Facilitator]).await?;
    owned_by(st, who.organisation_id, code, page::lang(headers)).await
}

pub(super) async fn owned_by(
    st: &AppState,
    organisation_id: Option<i64>,
    code: &str,
    lang: domain::Lang,
) -> Result<SessionInfo, Response> {
    let found = match domain::JoinCode::parse(code) {
        Ok(c) => st.store.session_by_code(&c).await,
        Err(_) => Ok(None),
    };
    match found {
        Ok(Some(s)) if s.organisation_id.is_some() && s.organisation_id == organisation_id => Ok(s),
        Ok(_) => Err(not_found(lang)),
        Err(e) => Err(page::internal(lang, e)),
    }
}
