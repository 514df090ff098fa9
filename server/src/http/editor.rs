//! The consultation editor's posts. Each checks the CSRF token and that a
//! facilitator of the consultation's organisation sends it (another organisation's
//! consultation is "not found"), validates the whole form before anything is
//! stored, and answers with a 303 back to the editor at the edited question — or
//! with a page in the reader's language saying why not: 404 for an unknown or
//! malformed id, 422 for text over its limit or a form that does not fit the
//! question, 409 when the consultation already has responses and the change would
//! add, remove or reorder questions or options.

use super::guard::not_found;
use super::staff::{field, fields, guarded_for};
use super::{page, AppState};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use domain::authoring::{
    self, AuthoringError, MAX_CONSULTATION_TITLE_CHARS, MAX_HELP_CHARS, MAX_INTRO_CHARS,
    MAX_OPTION_CHARS, MAX_PROMPT_CHARS,
};
use domain::{Lang, LocalizedText, Role};
use store::EditError;
use tower_sessions::Session;

/// A checked post: who sent it, to which consultation, with which fields.
struct Post {
    lang: Lang,
    staff_id: i64,
    cid: i64,
    form: Vec<(String, String)>,
}

impl Post {
    fn editor(&self) -> String {
        format!("/staff/consultations/{}/edit", self.cid)
    }

    fn refuse(&self, status: StatusCode, message_id: &str) -> Response {
        page::refused(self.lang, status, "error-refused-title", message_id, &self.editor())
    }

    fn invalid(&self, e: AuthoringError) -> Response {
        self.refuse(StatusCode::UNPROCESSABLE_ENTITY, e.message_id())
    }

    /// The four fields `{name}_{lang}` of one text.
    fn text<'a>(&'a self, name: &'a str) -> impl Fn(Lang) -> Option<&'a str> + 'a {
        move |l| field(&self.form, &format!("{name}_{}", l.code()))
    }

    fn field(&self, name: &str) -> &str {
        field(&self.form, name).unwrap_or("")
    }

    /// Where a successful edit goes: back to the editor, at `anchor`.
    fn done(&self, result: Result<(), EditError>, anchor: &str) -> Response {
        match result {
            Ok(()) => {
                tracing::info!(
                    staff_id = self.staff_id,
                    consultation = self.cid,
                    "consultation edited"
                );
                page::onward(&format!("{}#{anchor}", self.editor()))
            }
            Err(EditError::NotFound) => not_found(self.lang),
            Err(EditError::Locked) => {
                self.refuse(StatusCode::CONFLICT, "staff-editor-locked-error")
            }
            Err(EditError::NotChoice) => self.invalid(AuthoringError::OptionsNotAllowed),
            Err(EditError::TooFewOptions) => self.invalid(AuthoringError::TooFewOptions),
            Err(EditError::TooManyOptions) => self.invalid(AuthoringError::TooManyOptions),
            Err(EditError::TooManyQuestions) => self.invalid(AuthoringError::TooManyQuestions),
            Err(EditError::Store(e)) => page::internal(self.lang, e),
        }
    }
}

/// Checks token, role and ownership; parses the form.
async fn checked(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    body: &Bytes,
    raw_cid: &str,
) -> Result<Post, Response> {
    let lang = page::lang(headers);
    let form = fields(body);
    let who = guarded_for(st, session, headers, &form, &[Role::Facilitator]).await?;
    let Ok(cid) = raw_cid.parse::<i64>() else { return Err(not_found(lang)) };
    match st.store.consultation_organisation(cid).await {
        Ok(Some(Some(org))) if who.organisation_id == Some(org) => {}
        Ok(_) => return Err(not_found(lang)),
        Err(e) => return Err(page::internal(lang, e)),
    }
    Ok(Post { lang, staff_id: who.staff_id, cid, form })
}

/// A question or option id from the path; malformed is as good as unknown.
fn id(raw: &str) -> Option<i64> {
    raw.parse::<i64>().ok()
}

/// A consultation from nothing: a title in one language, and an introduction, or
/// a standard one in all four languages when none is given.
pub async fn create(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let who = match guarded_for(&st, &session, &headers, &form, &[Role::Facilitator]).await {
        Ok(w) => w,
        Err(res) => return res,
    };
    let back = "/staff/consultations";
    let refuse = |e: AuthoringError| {
        page::refused(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-refused-title",
            e.message_id(),
            back,
        )
    };
    let Some(org) = who.organisation_id else { return not_found(lang) };
    let raw_lang = field(&form, "lang").unwrap_or("");
    let Some(text_lang) = Lang::parse(raw_lang).filter(|l| l.code() == raw_lang) else {
        return refuse(AuthoringError::UnknownLang);
    };
    let title = match authoring::single(
        text_lang,
        field(&form, "title").unwrap_or(""),
        MAX_CONSULTATION_TITLE_CHARS,
    ) {
        Ok(t) => t,
        Err(e) => return refuse(e),
    };
    let intro =
        match authoring::single(text_lang, field(&form, "intro").unwrap_or(""), MAX_INTRO_CHARS) {
            Ok(t) => t,
            Err(AuthoringError::Empty) => {
                match LocalizedText::new(
                    Lang::ALL.map(|l| (l, app::i18n::tr(l, "staff-new-default-intro"))),
                ) {
                    Ok(t) => t,
                    Err(_) => return refuse(AuthoringError::Empty),
                }
            }
            Err(e) => return refuse(e),
        };
    match st.store.create_blank_consultation(org, &title, &intro).await {
        Ok(id) => {
            tracing::info!(
                staff_id = who.staff_id,
                consultation = id,
                "consultation created from scratch"
            );
            page::onward(&format!("/staff/consultations/{id}/edit"))
        }
        Err(e) => page::internal(lang, e),
    }
}

/// Title and introduction, in all four languages.
pub async fn texts(
    State(st): State<AppState>,
    Path(cid): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let title = authoring::required(post.text("title"), MAX_CONSULTATION_TITLE_CHARS);
    let intro = authoring::required(post.text("intro"), MAX_INTRO_CHARS);
    let (title, intro) = match (title, intro) {
        (Ok(t), Ok(i)) => (t, i),
        (Err(e), _) | (_, Err(e)) => return post.invalid(e),
    };
    post.done(st.store.set_consultation_texts(post.cid, &title, &intro).await, "texts")
}

/// A new question at the end.
pub async fn add_question(
    State(st): State<AppState>,
    Path(cid): Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let (kind, prompt, options) = match authoring::new_question(
        post.field("kind"),
        post.field("lang"),
        post.field("prompt"),
        post.field("options"),
    ) {
        Ok(q) => q,
        Err(e) => return post.invalid(e),
    };
    match st.store.add_question(post.cid, kind, &prompt, &options).await {
        Ok(qid) => post.done(Ok(()), &format!("q-{qid}")),
        Err(e) => post.done(Err(e), "questions"),
    }
}

/// A question's prompt and help line.
pub async fn question_texts(
    State(st): State<AppState>,
    Path((cid, qid)): Path<(String, String)>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let Some(qid) = id(&qid) else { return not_found(post.lang) };
    let prompt = authoring::required(post.text("prompt"), MAX_PROMPT_CHARS);
    let help = authoring::localized(post.text("help"), MAX_HELP_CHARS);
    let (prompt, help) = match (prompt, help) {
        (Ok(p), Ok(h)) => (p, h),
        (Err(e), _) | (_, Err(e)) => return post.invalid(e),
    };
    let result = st.store.set_question_texts(post.cid, qid, &prompt, help.as_ref()).await;
    post.done(result, &format!("q-{qid}"))
}

/// One place up or down.
pub async fn move_question(
    State(st): State<AppState>,
    Path((cid, qid)): Path<(String, String)>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let Some(qid) = id(&qid) else { return not_found(post.lang) };
    let up = match post.field("direction") {
        "up" => true,
        "down" => false,
        _ => return post.refuse(StatusCode::UNPROCESSABLE_ENTITY, "error-malformed"),
    };
    post.done(st.store.move_question(post.cid, qid, up).await, &format!("q-{qid}"))
}

pub async fn delete_question(
    State(st): State<AppState>,
    Path((cid, qid)): Path<(String, String)>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let Some(qid) = id(&qid) else { return not_found(post.lang) };
    post.done(st.store.delete_question(post.cid, qid).await, "questions")
}

/// A new option at the end of a choice question, in one language.
pub async fn add_option(
    State(st): State<AppState>,
    Path((cid, qid)): Path<(String, String)>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let Some(qid) = id(&qid) else { return not_found(post.lang) };
    let raw_lang = post.field("lang");
    let Some(lang) = Lang::parse(raw_lang).filter(|l| l.code() == raw_lang) else {
        return post.invalid(AuthoringError::UnknownLang);
    };
    let label = match authoring::single(lang, post.field("label"), MAX_OPTION_CHARS) {
        Ok(l) => l,
        Err(e) => return post.invalid(e),
    };
    let result = st.store.add_option(post.cid, qid, &label).await.map(|_| ());
    post.done(result, &format!("q-{qid}"))
}

/// An option's label, in all four languages.
pub async fn option_label(
    State(st): State<AppState>,
    Path((cid, qid, oid)): Path<(String, String, String)>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let (Some(qid), Some(oid)) = (id(&qid), id(&oid)) else { return not_found(post.lang) };
    let label = match authoring::required(post.text("label"), MAX_OPTION_CHARS) {
        Ok(l) => l,
        Err(e) => return post.invalid(e),
    };
    let result = st.store.set_option_label(post.cid, qid, oid, &label).await;
    post.done(result, &format!("q-{qid}"))
}

pub async fn delete_option(
    State(st): State<AppState>,
    Path((cid, qid, oid)): Path<(String, String, String)>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = match checked(&st, &session, &headers, &body, &cid).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let (Some(qid), Some(oid)) = (id(&qid), id(&oid)) else { return not_found(post.lang) };
    let result = st.store.delete_option(post.cid, qid, oid).await;
    post.done(result, &format!("q-{qid}"))
}
