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

/// Who approves, hides and hides parts of texts: their own organisation's.
const MODERATORS: &[Role] = &[Role::Facilitator];
/// Who corrects labels: facilitators on their own organisation's texts, reviewers
/// on any approved text.
const LABELLERS: &[Role] = &[Role::Facilitator, Role::Reviewer];

/// Where a reviewer goes back to: the list they came from, if it is one of the
/// reviewers' pages, or the list of all texts.
fn review_page(back: Option<&str>) -> String {
    match back {
        Some(b) if b.starts_with("/staff/review/") && !b.contains("//") && !b.contains('\\') => {
            b.to_string()
        }
        _ => "/staff/review/texts".to_string(),
    }
}

/// A checked post about one text: who may moderate it, and where its queue is.
struct Moderation {
    item: TextItem,
    queue: String,
    staff: i64,
    lang: Lang,
    form: Vec<(String, String)>,
}

impl Moderation {
    /// Checks the token and that the signed-in facilitator's organisation runs the
    /// text's session; the refusal page otherwise.
    async fn check(
        st: &AppState,
        session: &Session,
        headers: &HeaderMap,
        body: &Bytes,
        id: &str,
        roles: &[Role],
    ) -> Result<Moderation, Response> {
        let lang = page::lang(headers);
        let form = fields(body);
        let who = guarded_for(st, session, headers, &form, roles).await?;
        let Ok(id) = id.parse::<i64>() else { return Err(not_found(lang)) };
        let item = match st.store.text_item(id).await {
            Ok(Some(item)) => item,
            Ok(None) => return Err(not_found(lang)),
            Err(e) => return Err(page::internal(lang, e)),
        };
        if who.role == Role::Reviewer {
            // Reviewers see every organisation's approved texts and nothing else.
            if item.status != ReviewStatus::Approved {
                return Err(not_found(lang));
            }
            let queue = review_page(field(&form, "back"));
            return Ok(Moderation { item, queue, staff: who.staff_id, lang, form });
        }
        match st.store.session_by_id(item.session_id).await {
            Ok(Some(s))
                if s.organisation_id.is_some() && s.organisation_id == who.organisation_id =>
            {
                let queue = format!("/staff/sessions/{}/texts", s.join_code);
                Ok(Moderation { item, queue, staff: who.staff_id, lang, form })
            }
            Ok(_) => Err(not_found(lang)),
            Err(e) => Err(page::internal(lang, e)),
        }
    }

    fn field(&self, name: &str) -> &str {
        field(&self.form, name).unwrap_or("")
    }

    fn refuse(&self, status: StatusCode, message: &str) -> Response {
        page::refused(self.lang, status, "error-refused-title", message, &self.queue)
    }

    /// Back to the queue once the change is stored.
    fn done(&self, stored: Result<(), store::StoreError>) -> Response {
        match stored {
            Ok(()) => page::onward(&self.queue),
            Err(e) => page::internal(self.lang, e),
        }
    }
}

pub async fn approve(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let m = match Moderation::check(&st, &session, &headers, &body, &id, MODERATORS).await {
        Ok(m) => m,
        Err(res) => return res,
    };
    // A text that led to help being offered to its writer is never approved in
    // passing: the moderator ticks that they mean it.
    let helped = st.analysis.offers_help(m.item.title.as_deref(), &m.item.body).is_some();
    if helped && m.field("confirm") != "1" {
        return m.refuse(StatusCode::UNPROCESSABLE_ENTITY, "staff-moderate-help-confirm-missing");
    }
    m.done(st.store.decide_text(m.item.id, ReviewStatus::Approved, None, m.staff).await)
}

pub async fn hide(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let m = match Moderation::check(&st, &session, &headers, &body, &id, MODERATORS).await {
        Ok(m) => m,
        Err(res) => return res,
    };
    let reason = domain::clean_text(m.field("reason"));
    if reason.is_empty() {
        return m.refuse(StatusCode::UNPROCESSABLE_ENTITY, "staff-moderate-reason-missing");
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return m.refuse(StatusCode::UNPROCESSABLE_ENTITY, "staff-moderate-reason-too-long");
    }
    m.done(st.store.decide_text(m.item.id, ReviewStatus::Hidden, Some(&reason), m.staff).await)
}

pub async fn redact(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let m = match Moderation::check(&st, &session, &headers, &body, &id, MODERATORS).await {
        Ok(m) => m,
        Err(res) => return res,
    };
    let part = m.field("part").trim();
    if part.is_empty() {
        return m.refuse(StatusCode::UNPROCESSABLE_ENTITY, "staff-moderate-part-missing");
    }
    match st.store.redact_text_part(m.item.id, part, HIDDEN_MARKER, m.staff).await {
        Ok(true) => page::onward(&m.queue),
        Ok(false) => m.refuse(StatusCode::UNPROCESSABLE_ENTITY, "staff-moderate-part-not-found"),
        Err(e) => page::internal(m.lang, e),
    }
}

/// Sets the labels to the ticked boxes (`label=goal:leisure`, …); the engine
/// learns from the correction at once and relabels the texts it labelled before.
pub async fn labels(
    State(st): State<AppState>,
    Path(id): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let m = match Moderation::check(&st, &session, &headers, &body, &id, LABELLERS).await {
        Ok(m) => m,
        Err(res) => return res,
    };
    let mut chosen: Vec<(Dimension, String)> = Vec::new();
    for (_, value) in m.form.iter().filter(|(k, _)| k == "label") {
        let parsed = value
            .split_once(':')
            .and_then(|(d, l)| Dimension::parse(d).filter(|d| d.knows(l)).map(|d| (d, l)));
        match parsed {
            Some((d, l)) if !chosen.iter().any(|(cd, cl)| *cd == d && cl == l) => {
                chosen.push((d, l.to_string()))
            }
            Some(_) => {}
            None => return m.refuse(StatusCode::BAD_REQUEST, "error-malformed"),
        }
    }
    if let Err(e) = st.store.correct_labels(m.item.id, m.staff, &chosen).await {
        return page::internal(m.lang, e);
    }
    st.analysis.corrected();
    page::onward(&m.queue)
}
