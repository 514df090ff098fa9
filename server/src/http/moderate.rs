//! The posts a facilitator makes in the moderation queue: approve a free text,
//! hide it with a reason, hide part of it, or correct its framework labels. Each
//! is CSRF-checked and allowed only on texts from the facilitator's own
//! organisation; another organisation's text is reported as missing.

use super::guard::not_found;
use super::staff::{field, fields, guarded_for};
use super::{page, AppState};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use domain::{Dimension, Lang, Role};
use store::{ReviewStatus, TextItem};
use tower_sessions::Session;

/// Longest reason for hiding a text, in characters.
const MAX_REASON_CHARS: usize = 300;
/// The marker that replaces words a moderator hides.
const HIDDEN_MARKER: &str = "[…]";

/// The text and where its queue is, when the signed-in facilitator may moderate it.
async fn own_text(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    form: &[(String, String)],
    id: &str,
) -> Result<(TextItem, String, i64), Response> {
    let lang = page::lang(headers);
    let who = guarded_for(st, session, headers, form, &[Role::Facilitator]).await?;
    let missing = || not_found(lang);
    let Ok(id) = id.parse::<i64>() else { return Err(missing()) };
    let item = match st.store.text_item(id).await {
        Ok(Some(item)) => item,
        Ok(None) => return Err(missing()),
        Err(e) => return Err(page::internal(lang, e)),
    };
    match st.store.session_by_id(item.session_id).await {
        Ok(Some(s)) if s.organisation_id.is_some() && s.organisation_id == who.organisation_id => {
            let queue = format!("/staff/sessions/{}/texts", s.join_code);
            Ok((item, queue, who.staff_id))
        }
        Ok(_) => Err(missing()),
        Err(e) => Err(page::internal(lang, e)),
    }
}

fn invalid(lang: Lang, message: &str, back: &str) -> Response {
    page::refused(lang, StatusCode::UNPROCESSABLE_ENTITY, "error-refused-title", message, back)
}

pub async fn approve(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let (item, queue, staff) = match own_text(&st, &session, &headers, &form, &id).await {
        Ok(t) => t,
        Err(res) => return res,
    };
    match st.store.decide_text(item.id, ReviewStatus::Approved, None, staff).await {
        Ok(()) => page::onward(&queue),
        Err(e) => page::internal(lang, e),
    }
}

pub async fn hide(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let (item, queue, staff) = match own_text(&st, &session, &headers, &form, &id).await {
        Ok(t) => t,
        Err(res) => return res,
    };
    let reason = domain::clean_text(field(&form, "reason").unwrap_or(""));
    if reason.is_empty() {
        return invalid(lang, "staff-moderate-reason-missing", &queue);
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return invalid(lang, "staff-moderate-reason-too-long", &queue);
    }
    match st.store.decide_text(item.id, ReviewStatus::Hidden, Some(&reason), staff).await {
        Ok(()) => page::onward(&queue),
        Err(e) => page::internal(lang, e),
    }
}

pub async fn redact(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let (item, queue, staff) = match own_text(&st, &session, &headers, &form, &id).await {
        Ok(t) => t,
        Err(res) => return res,
    };
    let part = field(&form, "part").unwrap_or("").trim();
    if part.is_empty() {
        return invalid(lang, "staff-moderate-part-missing", &queue);
    }
    match st.store.redact_text_part(item.id, part, HIDDEN_MARKER, staff).await {
        Ok(true) => page::onward(&queue),
        Ok(false) => invalid(lang, "staff-moderate-part-not-found", &queue),
        Err(e) => page::internal(lang, e),
    }
}

/// Sets the labels to the ticked boxes (`label=goal:leisure`, …); the engine
/// learns from the correction at once.
pub async fn labels(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let (item, queue, staff) = match own_text(&st, &session, &headers, &form, &id).await {
        Ok(t) => t,
        Err(res) => return res,
    };
    let mut chosen: Vec<(Dimension, String)> = Vec::new();
    for (_, value) in form.iter().filter(|(k, _)| k == "label") {
        let parsed = value
            .split_once(':')
            .and_then(|(d, l)| Dimension::parse(d).filter(|d| d.knows(l)).map(|d| (d, l)));
        match parsed {
            Some((d, l)) if !chosen.iter().any(|(cd, cl)| *cd == d && cl == l) => {
                chosen.push((d, l.to_string()))
            }
            Some(_) => {}
            None => {
                return page::refused(
                    lang,
                    StatusCode::BAD_REQUEST,
                    "error-refused-title",
                    "error-malformed",
                    &queue,
                )
            }
        }
    }
    if let Err(e) = st.store.correct_labels(item.id, staff, &chosen).await {
        return page::internal(lang, e);
    }
    if let Err(e) = st.analysis.relearn(&st.store).await {
        // The correction is stored; the engine learns it at the next start.
        tracing::warn!(error = %e, "could not retrain the theme engine");
    }
    page::onward(&queue)
}
