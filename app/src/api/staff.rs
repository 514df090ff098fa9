//! What staff pages need: who is signed in, and the session's CSRF token for the
//! forms on the page.

use domain::Role;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffData {
    pub csrf: String,
    pub me: Option<Me>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organisation: Option<String>,
    /// Invited but has not set a password yet.
    pub pending: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdminData {
    SignedOut,
    Forbidden,
    Ready {
        csrf: String,
        organisations: Vec<(i64, String)>,
        staff: Vec<StaffRow>,
        /// A link made by the previous post, shown once.
        new_invite_link: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InviteData {
    Valid { name: String, email: String, csrf: String },
    Used,
    Expired,
    Unknown,
}

/// A session in a facilitator's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionItem {
    pub code: String,
    pub mode: domain::SessionMode,
    pub accepting: bool,
    pub responses: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationItem {
    pub id: i64,
    pub title: crate::api::respond::Text,
    pub sessions: Vec<SessionItem>,
    pub goals: Vec<String>,
    pub arenas: Vec<String>,
}

/// A template to start a consultation from: its id and title in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateItem {
    pub id: String,
    pub title: crate::api::respond::Text,
    pub questions: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsultationsData {
    SignedOut,
    Forbidden,
    Ready { csrf: String, items: Vec<ConsultationItem>, templates: Vec<TemplateItem> },
}

/// One bar of a result: a label (already in the reader's language) and a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub count: i64,
}

/// A question's results in a session: bars for choices and scales; for free text
/// and ideas only how many were written (their text waits for redaction).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub prompt: crate::api::respond::Text,
    pub bars: Vec<Bar>,
    pub written: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionPageData {
    SignedOut,
    Forbidden,
    NotFound,
    Ready {
        csrf: String,
        code: String,
        title: crate::api::respond::Text,
        join_url: String,
        qr_svg: String,
        mode: domain::SessionMode,
        accepting: bool,
        responses: i64,
        results: Vec<QuestionResult>,
    },
}

#[server(endpoint = "staff/consultations")]
pub async fn load_consultations() -> Result<ConsultationsData, ServerFnError> {
    ssr::consultations().await
}

#[server(endpoint = "staff/session")]
pub async fn load_session(code: String) -> Result<SessionPageData, ServerFnError> {
    ssr::session_page(&code).await
}

#[server(endpoint = "staff/admin")]
pub async fn load_admin(invite: Option<String>) -> Result<AdminData, ServerFnError> {
    ssr::admin_data(invite).await
}

#[server(endpoint = "staff/invite")]
pub async fn load_invite(token: String) -> Result<InviteData, ServerFnError> {
    ssr::invite_data(&token).await
}

#[server(endpoint = "staff/page")]
pub async fn staff_page() -> Result<StaffData, ServerFnError> {
    ssr::staff_page().await
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use super::*;
    use crate::auth::{csrf, signed_in};
    use axum::http::request::Parts;
    use tower_sessions::Session;

    pub(crate) fn context() -> Result<(Session, store::Store), ServerFnError> {
        let session = use_context::<Parts>()
            .and_then(|p| p.extensions.get::<Session>().cloned())
            .ok_or_else(|| ServerFnError::new("no session layer"))?;
        let store = use_context::<store::Store>().ok_or_else(|| ServerFnError::new("no store"))?;
        Ok((session, store))
    }

    pub(crate) fn internal(e: impl std::fmt::Display) -> ServerFnError {
        tracing::error!(error = %e, "staff page data failed");
        ServerFnError::new("internal error")
    }

    pub async fn admin_data(invite: Option<String>) -> Result<AdminData, ServerFnError> {
        use crate::auth::signed_in::{invite_flash, require, Denied};
        let (session, store) = context()?;
        match require(&session, &store, &[Role::Admin]).await {
            Err(Denied::SignedOut) => return Ok(AdminData::SignedOut),
            Err(Denied::WrongRole) => return Ok(AdminData::Forbidden),
            Ok(_) => {}
        }
        let orgs = store.organisations().await.map_err(internal)?;
        let name_of = |id: Option<i64>| {
            id.and_then(|id| orgs.iter().find(|o| o.id == id).map(|o| o.name.clone()))
        };
        let staff = store
            .all_staff()
            .await
            .map_err(internal)?
            .into_iter()
            .map(|s| StaffRow {
                name: s.display_name,
                email: s.email.to_string(),
                role: s.role,
                organisation: name_of(s.organisation_id),
                pending: s.password_hash.is_none(),
            })
            .collect();
        Ok(AdminData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            organisations: orgs.iter().map(|o| (o.id, o.name.clone())).collect(),
            staff,
            new_invite_link: match invite {
                Some(nonce) => invite_flash(&session, &nonce).await,
                None => None,
            },
        })
    }

    pub async fn invite_data(token: &str) -> Result<InviteData, ServerFnError> {
        use store::InviteState;
        let (session, store) = context()?;
        Ok(match store.invite(&crate::auth::invite_hash(token)).await.map_err(internal)? {
            InviteState::Valid(s) => InviteData::Valid {
                name: s.display_name,
                email: s.email.to_string(),
                csrf: csrf::token(&session).await.map_err(internal)?,
            },
            InviteState::Used => InviteData::Used,
            InviteState::Expired => InviteData::Expired,
            InviteState::Unknown => InviteData::Unknown,
        })
    }

    pub async fn consultations() -> Result<ConsultationsData, ServerFnError> {
        use crate::auth::signed_in::{require, Denied};
        let (session, store) = context()?;
        let who = match require(&session, &store, &[Role::Facilitator]).await {
            Err(Denied::SignedOut) => return Ok(ConsultationsData::SignedOut),
            Err(Denied::WrongRole) => return Ok(ConsultationsData::Forbidden),
            Ok(w) => w,
        };
        let Some(org) = who.organisation_id else { return Ok(ConsultationsData::Forbidden) };
        let lang = crate::i18n::request_lang();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let items = store
            .consultations_of(org)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|c| {
                let (l, text) = c.title.get(lang);
                ConsultationItem {
                    goals: c.goals,
                    arenas: c.arenas,
                    id: c.id,
                    title: crate::api::respond::Text { lang: l, text: text.to_string() },
                    sessions: c
                        .sessions
                        .into_iter()
                        .map(|s| SessionItem {
                            accepting: domain::takes_answers(
                                s.status,
                                s.opens_at,
                                s.closes_at,
                                now,
                            ),
                            code: s.join_code,
                            mode: s.mode,
                            responses: s.responses,
                        })
                        .collect(),
                }
            })
            .collect();
        let templates = crate::templates::TEMPLATES
            .iter()
            .filter_map(|(id, _)| {
                let def = crate::templates::template(id)?;
                let (l, text) = def.title.get(lang);
                Some(TemplateItem {
                    id: id.to_string(),
                    title: crate::api::respond::Text { lang: l, text: text.to_string() },
                    questions: def.questions.len(),
                })
            })
            .collect();
        Ok(ConsultationsData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            items,
            templates,
        })
    }

    pub async fn session_page(code: &str) -> Result<SessionPageData, ServerFnError> {
        use crate::auth::signed_in::{facilitator_session, Denied, SessionAccess};
        let (session, store) = context()?;
        let info = match facilitator_session(&session, &store, code).await.map_err(internal)? {
            SessionAccess::Denied(Denied::SignedOut) => return Ok(SessionPageData::SignedOut),
            SessionAccess::Denied(Denied::WrongRole) => return Ok(SessionPageData::Forbidden),
            SessionAccess::NotFound => return Ok(SessionPageData::NotFound),
            SessionAccess::Mine(_, info) => info,
        };
        let code = info.join_code.clone();
        let parts = use_context::<Parts>().ok_or_else(|| ServerFnError::new("no request"))?;
        let join_url = format!(
            "{}/j/{code}",
            crate::auth::origin(&parts, use_context::<crate::auth::SiteUrl>().as_ref())
        );
        let lang = crate::i18n::request_lang();
        let (l, text) = info.consultation.title.get(lang);
        let counts = store.session_counts(info.id).await.map_err(internal)?;
        let count = |q: i64, o: Option<i64>, sc: Option<i64>| {
            counts
                .iter()
                .find(|c| c.question_id == q && c.option_id == o && c.scale == sc)
                .map_or(0, |c| c.count)
        };
        let results = info
            .consultation
            .questions
            .iter()
            .map(|q| crate::api::presenter::question_result(q, lang, |o, sc| count(q.id, o, sc)))
            .collect();
        Ok(SessionPageData::Ready {
            results,
            csrf: csrf::token(&session).await.map_err(internal)?,
            code: code.to_string(),
            title: crate::api::respond::Text { lang: l, text: text.to_string() },
            qr_svg: crate::auth::qr_svg(&join_url).unwrap_or_default(),
            join_url,
            mode: info.mode,
            accepting: info.takes_answers(),
            responses: store.count_responses(info.id).await.map_err(internal)?,
        })
    }

    pub async fn staff_page() -> Result<StaffData, ServerFnError> {
        let (session, store) = context()?;
        let me = signed_in::current(&session, &store)
            .await
            .map(|who| Me { name: who.display_name, role: who.role });
        let csrf = csrf::token(&session).await.map_err(|e| ServerFnError::new(e.to_string()))?;
        Ok(StaffData { csrf, me })
    }
}
