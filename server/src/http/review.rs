//! The posts a reviewer of the Innsatsgruppe makes: starting a theming run over
//! every stored text. (Correcting a text's labels goes through the moderation
//! handler, which reviewers may use on approved texts.)

use super::staff::{fields, guarded_for};
use super::{page, AppState};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use domain::Role;
use tower_sessions::Session;

/// Starts a run unless one is under way, and goes to the page that shows its
/// progress either way.
pub async fn start_themes(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = fields(&body);
    let who = match guarded_for(&st, &session, &headers, &form, &[Role::Reviewer]).await {
        Ok(who) => who,
        Err(res) => return res,
    };
    match crate::theme_job::start(&st.store, Some(who.staff_id)).await {
        Ok(_) => page::onward("/staff/themes"),
        Err(e) => page::internal(page::lang(&headers), e),
    }
}
