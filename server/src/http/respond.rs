//! The posts a young person's phone makes: start, one question at a time, and the
//! final submission. Each checks everything through the domain core, answers with a
//! 303 onward, or with a 4xx page that says why — and stores nothing on refusal.

use super::{page, AppState};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{
    AgeBand, Answer, AnswerError, Answers, County, JoinCode, StepFields, Submission, SubmissionKey,
};
use serde_json::json;
use store::SessionInfo;

/// A form body as name/value pairs; repeated names (checkboxes) are kept.
fn fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn first<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn all(fields: &[(String, String)], name: &str) -> Vec<String> {
    fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

/// Start answering: a new draft under a fresh random token, then question 1.
/// The form carries nothing, but its body is taken all the same, so that one over
/// the size limit is refused with 413 here as on every other post.
pub async fn start(
    State(st): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    _body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let Ok(code) = JoinCode::parse(&code) else {
        return page::refused(
            lang,
            StatusCode::NOT_FOUND,
            "unknown-code-title",
            "unknown-code-body",
            "/",
        );
    };
    let session = match session_taking_answers(&st, &code, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let token = uuid::Uuid::new_v4().to_string();
    match st.store.create_draft(&token, session.id).await {
        Ok(()) => {
            st.live.notify(session.id);
            page::onward(&format!("/r/{token}/q/1"))
        }
        Err(e) => page::internal(lang, e),
    }
}

/// The session with this code if it takes answers now; else the page saying why not.
async fn session_taking_answers(
    st: &AppState,
    code: &JoinCode,
    lang: domain::Lang,
) -> Result<SessionInfo, Response> {
    match st.store.session_by_code(code).await {
        Ok(Some(s)) if s.takes_answers() => Ok(s),
        Ok(Some(_)) => {
            Err(page::refused(lang, StatusCode::GONE, "closed-title", "closed-body", "/"))
        }
        Ok(None) => Err(page::refused(
            lang,
            StatusCode::NOT_FOUND,
            "unknown-code-title",
            "unknown-code-body",
            "/",
        )),
        Err(e) => Err(page::internal(lang, e)),
    }
}

/// The draft under this token; none for a token that is not a submission key.
async fn draft_for(st: &AppState, token: &str) -> Result<Option<store::Draft>, store::StoreError> {
    match SubmissionKey::parse(token) {
        Ok(_) => st.store.draft(token).await,
        Err(_) => Ok(None),
    }
}

/// The draft's session, or the page that says why there is none.
async fn open_session(
    st: &AppState,
    session_id: i64,
    lang: domain::Lang,
) -> Result<SessionInfo, Response> {
    match st.store.session_by_id(session_id).await {
        Ok(Some(s)) if s.takes_answers() => Ok(s),
        Ok(Some(_)) => {
            Err(page::refused(lang, StatusCode::GONE, "closed-title", "closed-body", "/"))
        }
        Ok(None) => Err(page::refused(
            lang,
            StatusCode::NOT_FOUND,
            "draft-missing-title",
            "draft-missing-body",
            "/",
        )),
        Err(e) => Err(page::internal(lang, e)),
    }
}

/// One question's answer: saved in the draft, then on to the next, the previous,
/// or the closing page.
pub async fn step(
    State(st): State<AppState>,
    Path((token, n)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let here = format!("/r/{token}/q/{n}");
    let malformed = |back: &str| {
        page::refused(lang, StatusCode::BAD_REQUEST, "error-refused-title", "error-malformed", back)
    };
    let Ok(n) = n.parse::<usize>() else { return malformed("/") };
    let mut draft = match draft_for(&st, &token).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            return page::refused(
                lang,
                StatusCode::NOT_FOUND,
                "draft-missing-title",
                "draft-missing-body",
                "/",
            )
        }
        Err(e) => return page::internal(lang, e),
    };
    let session = match open_session(&st, draft.session_id, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let questions = &session.consultation.questions;
    let Some(question) = n.checked_sub(1).and_then(|i| questions.get(i)) else {
        return page::refused(
            lang,
            StatusCode::NOT_FOUND,
            "error-refused-title",
            "error-unknown-question",
            "/",
        );
    };
    let form = fields(&body);
    let nav = first(&form, "nav").unwrap_or("next");
    // Whether what was just written signals distress: then the next screen shows
    // the help lines at once, and the session counts that help was offered.
    let mut help = None;
    match nav {
        "skip" => {
            draft.answers.remove(&question.id);
        }
        "next" | "back" => {
            let typed = StepFields {
                choice: all(&form, "choice"),
                scale: first(&form, "scale").map(str::to_string),
                text: first(&form, "text").map(str::to_string),
                title: first(&form, "title").map(str::to_string),
                description: first(&form, "description").map(str::to_string),
            };
            match Answer::from_fields(question, &typed) {
                Ok(Some(answer)) => {
                    help = st.analysis.signals_distress(&answer);
                    draft.answers.insert(question.id, answer);
                }
                Ok(None) => {
                    draft.answers.remove(&question.id);
                }
                Err(e) => return refused_answer(lang, e, &here),
            }
        }
        _ => return malformed(&here),
    }
    if let Err(e) = st.store.save_draft(&token, &draft.answers).await {
        return page::internal(lang, e);
    }
    st.live.notify(session.id);
    // In a paced live session phones follow the room's question.
    let paced_to = super::live::paced_step_target(&st, &session, &token, n, nav).await;
    if help.is_some() {
        if let Err(e) = st.store.offer_help(&token).await {
            // The help lines are shown all the same; only the count is missed.
            tracing::warn!(error = %e, "could not count help offered");
        }
    }
    let mut to = match (nav, n) {
        ("back", 1) => format!("/j/{}", session.join_code),
        ("back", n) => format!("/r/{token}/q/{}", n - 1),
        (_, n) if n >= questions.len() => format!("/r/{token}/about"),
        (_, n) => format!("/r/{token}/q/{}", n + 1),
    };
    if let Some(paced) = paced_to {
        to = paced;
    }
    match help {
        Some(analysis::Tier::Acute) => to.push_str("?help=1"),
        Some(analysis::Tier::Maybe) => to.push_str("?help=maybe"),
        None => {}
    }
    page::onward(&to)
}

/// What a phone needs to finish this survey without network: every page of it
/// (fetched once, then kept), how many questions there are and where "back" from
/// the first goes. A live room follows its facilitator, so it has no pages here.
pub async fn offline_plan(
    State(st): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let lang = page::lang(&headers);
    let session = match draft_for(&st, &token).await {
        Ok(Some(d)) => st.store.session_by_id(d.session_id).await,
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    };
    let session = match session {
        Ok(Some(s)) => s,
        Ok(None) => {
            return (StatusCode::NOT_FOUND, Json(json!({"error": "no such draft"}))).into_response()
        }
        Err(e) => return page::internal(lang, e),
    };
    let join = format!("/j/{}", session.join_code);
    let questions = &session.consultation.questions;
    let total = questions.len();
    let pages: Vec<String> = if session.mode == domain::SessionMode::Live {
        vec![]
    } else {
        // After a free text answered offline no screen can run, so the page that
        // follows it is kept a second time with the gentler offer of help, which
        // the worker shows instead (see sw.js).
        let after_text =
            questions.iter().enumerate().filter(|(_, q)| q.kind.is_free_text()).map(|(i, _)| {
                if i + 1 >= total {
                    format!("/r/{token}/about?help=maybe")
                } else {
                    format!("/r/{token}/q/{}?help=maybe", i + 2)
                }
            });
        std::iter::once(join.clone())
            .chain((1..=total).map(|n| format!("/r/{token}/q/{n}")))
            .chain([format!("/r/{token}/about"), format!("/r/{token}/saved")])
            .chain(after_text)
            .collect()
    };
    let plan = json!({ "lang": lang.code(), "join": join, "total": total, "pages": pages });
    ([(header::CACHE_CONTROL, "no-store")], Json(plan)).into_response()
}

fn refused_answer(lang: domain::Lang, e: AnswerError, back: &str) -> Response {
    let status = match e {
        AnswerError::TextTooLong | AnswerError::TitleTooLong | AnswerError::ScaleOutOfRange => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        _ => StatusCode::BAD_REQUEST,
    };
    page::refused(lang, status, "error-refused-title", e.message_id(), back)
}

/// The whole response, carried by the final form: checked against the consultation,
/// committed, and only then acknowledged with the thank-you page. A retry with the
/// same key is acknowledged again and stored once.
pub async fn submit(
    State(st): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let here = format!("/r/{token}/about");
    let malformed = || {
        page::refused(lang, StatusCode::BAD_REQUEST, "error-refused-title", "error-malformed", "/")
    };
    let form = fields(&body);
    let key = match first(&form, "key").map(SubmissionKey::parse) {
        Some(Ok(key)) if key.as_str() == token => key,
        _ => return malformed(),
    };
    let Some(Ok(code)) = first(&form, "code").map(JoinCode::parse) else { return malformed() };
    let mut answers: Answers = match first(&form, "answers").map(str::trim) {
        None | Some("") => Answers::new(),
        Some(raw) => match serde_json::from_str(raw) {
            Ok(a) => a,
            Err(_) => return malformed(),
        },
    };
    let age_band = match first(&form, "age").unwrap_or("") {
        "" => None,
        id => match AgeBand::parse(id) {
            Some(a) => Some(a),
            None => return malformed(),
        },
    };
    let county = match first(&form, "county").unwrap_or("") {
        "" => None,
        id => match County::parse(id) {
            Some(c) => Some(c),
            None => return malformed(),
        },
    };
    let session = match session_taking_answers(&st, &code, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    // The closing page asks for the draft's answers: it may be a copy the phone kept
    // before the steps answered offline were sent, so its own answers may be older.
    // Without a draft (it expired, or this repeats a stored submission) the
    // answers in the form stand.
    if first(&form, "answers_from") == Some("draft") {
        match st.store.draft(key.as_str()).await {
            Ok(Some(draft)) if draft.session_id == session.id => answers = draft.answers,
            Ok(_) => {}
            Err(e) => return page::internal(lang, e),
        }
    }
    // Cleaned as a typed step is: this JSON came from the page, or from anyone.
    let answers = answers.into_iter().map(|(q, a)| (q, a.cleaned())).collect();
    let mut submission =
        Submission { key, session_id: session.id, lang, age_band, county, answers };
    if let Err(e) = submission.check(&session.consultation) {
        return refused_answer(lang, e, &here);
    }
    // Personal data is taken out here, before anything is stored.
    st.analysis.redact(&mut submission);
    match st.store.submit(submission).await {
        Ok(_) => {
            st.analysis.texts_stored();
            st.live.notify(session.id);
            page::onward(&format!("/r/{token}/thanks"))
        }
        Err(e) => page::internal(lang, e),
    }
}
