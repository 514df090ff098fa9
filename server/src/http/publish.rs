//! A reviewer's posts about publications: publish one overview view with "what we
//! heard", add "what we did", withdraw one from the public page or put it back.
//! Each checks the CSRF token and the reviewer role; the whole form is checked
//! before anything is stored.

use super::guard::not_found;
use super::staff::{field, fields, guarded_for};
use super::{page, AppState};
use app::api::publish::ssr::prepare;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use domain::publication::{draft, update};
use domain::Role;
use store::{NewPublication, StoreError};
use tower_sessions::Session;

const LIST: &str = "/staff/publications";

fn at(id: i64) -> String {
    format!("{LIST}#publication-{id}")
}

/// The reviewer who sent a checked post, and its fields.
async fn checked(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(i64, Vec<(String, String)>), Response> {
    let form = fields(body);
    let who = guarded_for(st, session, headers, &form, &[Role::Reviewer]).await?;
    Ok((who.staff_id, form))
}

pub async fn publish(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let (staff_id, form) = match checked(&st, &session, &headers, &body).await {
        Ok(ok) => ok,
        Err(res) => return res,
    };
    let query = field(&form, "query").unwrap_or("");
    let back = if query.is_empty() { format!("{LIST}/new") } else { format!("{LIST}/new?{query}") };
    let text = match draft(|name| field(&form, name)) {
        Ok(text) => text,
        Err(e) => {
            return page::refused(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-refused-title",
                e.message_id(),
                &back,
            )
        }
    };
    let (query, described, figures) = match prepare(&st.store, query, st.thresholds.public).await {
        Ok(Some(prepared)) => prepared,
        Ok(None) => {
            return page::refused(
                lang,
                StatusCode::BAD_REQUEST,
                "error-refused-title",
                "overview-bad-filter",
                "/staff/overview",
            )
        }
        Err(e) => return page::internal(lang, e),
    };
    let new = NewPublication {
        title: text.title,
        heard: text.heard,
        query,
        described,
        figures,
        by: staff_id,
    };
    match st.store.publish(&new).await {
        Ok(id) => page::onward(&at(id)),
        Err(e) => page::internal(lang, e),
    }
}

pub async fn add_update(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let (staff_id, form) = match checked(&st, &session, &headers, &body).await {
        Ok(ok) => ok,
        Err(res) => return res,
    };
    let Ok(id) = id.parse::<i64>() else { return not_found(lang) };
    let body = match update(|name| field(&form, name)) {
        Ok(body) => body,
        Err(e) => {
            return page::refused(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-refused-title",
                e.message_id(),
                &at(id),
            )
        }
    };
    match st.store.add_publication_update(id, &body, staff_id).await {
        Ok(_) => page::onward(&at(id)),
        Err(StoreError::NotFound) => not_found(lang),
        Err(e) => page::internal(lang, e),
    }
}

async fn set_withdrawn(
    st: AppState,
    session: Session,
    headers: HeaderMap,
    id: String,
    body: Bytes,
    withdrawn: bool,
) -> Response {
    let lang = page::lang(&headers);
    if let Err(res) = checked(&st, &session, &headers, &body).await {
        return res;
    }
    let Ok(id) = id.parse::<i64>() else { return not_found(lang) };
    match st.store.set_publication_withdrawn(id, withdrawn).await {
        Ok(()) => page::onward(&at(id)),
        Err(StoreError::NotFound) => not_found(lang),
        Err(e) => page::internal(lang, e),
    }
}

pub async fn withdraw(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    set_withdrawn(st, session, headers, id, body, true).await
}

pub async fn restore(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    set_withdrawn(st, session, headers, id, body, false).await
}
