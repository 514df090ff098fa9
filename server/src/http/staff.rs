//! The posts staff make: sign in (throttled, session id rotated), sign out, sign
//! out everywhere, change password. Every one carries the session's CSRF token.

use super::{page, AppState};
use crate::auth::password;
use app::auth::{csrf, signed_in};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::response::Response;
use domain::staff::check_password;
use domain::{Email, Role};
use tower_sessions::Session;

pub(super) fn fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

pub(super) fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// A hash that no password matches, verified when the account does not exist so
/// that a wrong e-mail takes as long as a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Nmqz0dIfyiY3fW0zYdBaUOByHc5Y8aFM8RbuzvJrXs";

pub async fn sign_in(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    ext: Extensions,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let back = "/staff/sign-in";
    if !csrf::check(&session, field(&form, csrf::FIELD)).await {
        return page::refused(
            lang,
            StatusCode::FORBIDDEN,
            "error-refused-title",
            "error-csrf",
            back,
        );
    }
    let raw_email = field(&form, "email").unwrap_or("");
    let password = field(&form, "password").unwrap_or("");
    let account_key = raw_email.trim().to_lowercase();
    let ip = super::client::address(st.client_header.as_ref(), &headers, &ext);
    if !st.throttle.allows(&account_key, ip) {
        return page::refused(
            lang,
            StatusCode::TOO_MANY_REQUESTS,
            "error-refused-title",
            "error-too-many-attempts",
            back,
        );
    }
    let account = match Email::parse(raw_email) {
        Ok(email) => match st.store.staff_by_email(&email).await {
            Ok(a) => a,
            Err(e) => return page::internal(lang, e),
        },
        Err(_) => None,
    };
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches =
        password::verify(password, hash.as_deref().unwrap_or(DUMMY_HASH)) && hash.is_some();
    let Some(account) = account.filter(|_| matches) else {
        st.throttle.failed(&account_key, ip);
        return page::refused(
            lang,
            StatusCode::UNAUTHORIZED,
            "error-refused-title",
            "error-sign-in-failed",
            back,
        );
    };
    st.throttle.succeeded(&account_key);
    // A new session id at sign-in, so an id planted before cannot be ridden.
    let begun = async {
        session.cycle_id().await?;
        signed_in::begin(&session, &account).await?;
        csrf::renew(&session).await
    };
    match begun.await {
        Ok(_) => {
            tracing::info!(staff_id = account.id, "signed in");
            page::onward("/staff")
        }
        Err(e) => {
            tracing::error!(error = %e, "session error at sign-in");
            page::refused(
                lang,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-title",
                "error-generic",
                back,
            )
        }
    }
}

/// Checks the CSRF token and who is signed in; the refusal page otherwise.
async fn guarded(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    form: &[(String, String)],
) -> Result<signed_in::SignedIn, Response> {
    guarded_for(st, session, headers, form, &[Role::Admin, Role::Facilitator, Role::Reviewer]).await
}

/// As [`guarded`], and the role must be one of `roles` (403 otherwise).
pub(super) async fn guarded_for(
    st: &AppState,
    session: &Session,
    headers: &HeaderMap,
    form: &[(String, String)],
    roles: &[Role],
) -> Result<signed_in::SignedIn, Response> {
    let lang = page::lang(headers);
    if !csrf::check(session, field(form, csrf::FIELD)).await {
        return Err(page::refused(
            lang,
            StatusCode::FORBIDDEN,
            "error-refused-title",
            "error-csrf",
            "/staff",
        ));
    }
    super::guard::signed_in_as(st, session, headers, roles).await
}

pub async fn sign_out(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = fields(&body);
    if let Err(res) = guarded(&st, &session, &headers, &form).await {
        return res;
    }
    let _ = session.flush().await;
    page::onward("/")
}

pub async fn sign_out_everywhere(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = fields(&body);
    let who = match guarded(&st, &session, &headers, &form).await {
        Ok(w) => w,
        Err(res) => return res,
    };
    if let Err(e) = st.store.bump_sessions_epoch(who.staff_id).await {
        return page::internal(page::lang(&headers), e);
    }
    let _ = session.flush().await;
    page::onward("/staff/sign-in")
}

pub async fn change_password(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let who = match guarded(&st, &session, &headers, &form).await {
        Ok(w) => w,
        Err(res) => return res,
    };
    let refuse = |status, id| page::refused(lang, status, "error-refused-title", id, "/staff");
    let new = field(&form, "new").unwrap_or("");
    if let Err(e) = check_password(new) {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, e.message_id());
    }
    let account = match st.store.staff_by_id(who.staff_id).await {
        Ok(Some(a)) => a,
        Ok(None) => return refuse(StatusCode::UNAUTHORIZED, "staff-need-sign-in"),
        Err(e) => return page::internal(lang, e),
    };
    let current_ok = account
        .password_hash
        .as_deref()
        .is_some_and(|h| password::verify(field(&form, "current").unwrap_or(""), h));
    if !current_ok {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, "error-current-password-wrong");
    }
    let hash = match password::hash(new) {
        Ok(h) => h,
        Err(e) => {
            tracing::error!(error = %e, "hashing failed");
            return page::refused(
                lang,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-title",
                "error-generic",
                "/staff",
            );
        }
    };
    // The new password signs out every other session; this one carries on.
    let result = async {
        st.store.set_password_hash(who.staff_id, &hash).await?;
        st.store.bump_sessions_epoch(who.staff_id).await
    };
    match result.await {
        Ok(epoch) => {
            let _ = signed_in::adopt_epoch(&session, epoch).await;
            page::onward("/staff?changed=1")
        }
        Err(e) => page::internal(lang, e),
    }
}

/// How long an invite link works.
const INVITE_DAYS: i64 = 7;

pub async fn create_organisation(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    if let Err(res) = guarded_for(&st, &session, &headers, &form, &[Role::Admin]).await {
        return res;
    }
    // Cleaned as every typed text is: no control characters (PostgreSQL refuses NUL).
    let name = domain::clean_text(field(&form, "name").unwrap_or(""));
    if name.is_empty() || name.chars().count() > 200 {
        return page::refused(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-refused-title",
            "error-name-missing",
            "/staff/admin",
        );
    }
    match st.store.ensure_organisation(&name).await {
        Ok(_) => page::onward("/staff/admin"),
        Err(e) => page::internal(lang, e),
    }
}

/// Creates the account without a password and a one-time link to set it. The
/// link is shown once to the administrator; only its hash is stored.
pub async fn invite(
    State(st): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    if let Err(res) = guarded_for(&st, &session, &headers, &form, &[Role::Admin]).await {
        return res;
    }
    let refuse = |id| {
        page::refused(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-refused-title",
            id,
            "/staff/admin",
        )
    };
    let Ok(email) = Email::parse(field(&form, "email").unwrap_or("")) else {
        return refuse("error-email-invalid");
    };
    let name = domain::clean_text(field(&form, "name").unwrap_or(""));
    if name.is_empty() {
        return refuse("error-name-missing");
    }
    let Some(role) = field(&form, "role").and_then(Role::parse) else {
        return refuse("error-malformed");
    };
    let organisation = match field(&form, "organisation").unwrap_or("") {
        "" => None,
        raw => match raw.parse::<i64>() {
            Ok(id) => match st.store.organisations().await {
                Ok(orgs) if orgs.iter().any(|o| o.id == id) => Some(id),
                Ok(_) => return refuse("error-malformed"),
                Err(e) => return page::internal(lang, e),
            },
            Err(_) => return refuse("error-malformed"),
        },
    };
    match (role.needs_organisation(), organisation.is_some()) {
        (true, false) => return refuse("error-org-needed"),
        (false, true) => return refuse("error-org-not-allowed"),
        _ => {}
    }
    if let Ok(Some(_)) = st.store.staff_by_email(&email).await {
        return refuse("error-email-taken");
    }
    let staff = store::NewStaff {
        email: &email,
        display_name: &name,
        role,
        organisation_id: organisation,
        password_hash: None,
    };
    let staff_id = match st.store.create_staff(staff).await {
        Ok(id) => id,
        Err(store::StoreError::Conflict(_)) => return refuse("error-email-taken"),
        Err(e) => return page::internal(lang, e),
    };
    let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
    let expires = now_secs() + INVITE_DAYS * 24 * 3600;
    if let Err(e) = st.store.create_invite(staff_id, &app::auth::invite_hash(&token), expires).await
    {
        return page::internal(lang, e);
    }
    let link = format!("{}/staff/invite/{token}", origin(&st, &headers));
    tracing::info!(staff_id, role = role.id(), "staff invited");
    match signed_in::flash_invite(&session, &link).await {
        Ok(nonce) => page::onward(&format!("/staff/admin?invite={nonce}")),
        Err(e) => {
            tracing::error!(error = %e, "could not keep the invite link for display");
            page::refused(
                lang,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-title",
                "error-generic",
                "/staff/admin",
            )
        }
    }
}

pub async fn accept_invite(
    State(st): State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = page::lang(&headers);
    let form = fields(&body);
    let here = format!("/staff/invite/{token}");
    if !csrf::check(&session, field(&form, csrf::FIELD)).await {
        return page::refused(
            lang,
            StatusCode::FORBIDDEN,
            "error-refused-title",
            "error-csrf",
            &here,
        );
    }
    let password = field(&form, "password").unwrap_or("");
    if let Err(e) = check_password(password) {
        return page::refused(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-refused-title",
            e.message_id(),
            &here,
        );
    }
    let hash = match password::hash(password) {
        Ok(h) => h,
        Err(e) => {
            tracing::error!(error = %e, "hashing failed");
            return page::refused(
                lang,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-title",
                "error-generic",
                &here,
            );
        }
    };
    let staff = match st.store.accept_invite(&app::auth::invite_hash(&token), &hash).await {
        Ok(store::InviteState::Valid(s)) => s,
        Ok(store::InviteState::Used) => {
            return page::refused(
                lang,
                StatusCode::GONE,
                "staff-invite-used-title",
                "staff-invite-ask-again",
                "/",
            )
        }
        Ok(store::InviteState::Expired) => {
            return page::refused(
                lang,
                StatusCode::GONE,
                "staff-invite-expired-title",
                "staff-invite-ask-again",
                "/",
            )
        }
        Ok(store::InviteState::Unknown) => {
            return page::refused(
                lang,
                StatusCode::NOT_FOUND,
                "staff-invite-unknown-title",
                "staff-invite-ask-again",
                "/",
            )
        }
        Err(e) => return page::internal(lang, e),
    };
    let begun = async {
        session.cycle_id().await?;
        signed_in::begin(&session, &staff).await?;
        csrf::renew(&session).await
    };
    match begun.await {
        Ok(_) => page::onward("/staff"),
        Err(e) => {
            tracing::error!(error = %e, "session error after accepting an invite");
            page::onward("/staff/sign-in")
        }
    }
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Where invite links point: the configured public address, else this request's host.
fn origin(st: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &st.public_url {
        return url.trim_end_matches('/').to_string();
    }
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:3000");
    format!("http://{host}")
}

/// Parses a `YYYY-MM-DD` date from a form into seconds since the epoch (UTC
/// midnight), so an open session runs from the start of its first day to the
/// start of the day after its last.
fn day_start(raw: &str) -> Option<i64> {
    let mut it = raw.trim().splitn(3, '-');
    let (y, m, d): (i64, i64, i64) =
        (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.parse().ok()?);
    if !(2000..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400)
}

/// A facilitator opens a session of one of their organisation's consultations.
pub async fn open_session(
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
    let refuse =
        |id| page::refused(lang, StatusCode::UNPROCESSABLE_ENTITY, "error-refused-title", id, back);
    let Some(consultation) = field(&form, "consultation").and_then(|c| c.parse::<i64>().ok())
    else {
        return refuse("error-malformed");
    };
    let owned = match (
        who.organisation_id,
        st.store.consultations_of(who.organisation_id.unwrap_or(-1)).await,
    ) {
        (Some(_), Ok(list)) => list.iter().any(|c| c.id == consultation),
        (None, _) => false,
        (_, Err(e)) => return page::internal(lang, e),
    };
    if !owned {
        return page::refused(
            lang,
            StatusCode::NOT_FOUND,
            "error-refused-title",
            "not-found-body",
            back,
        );
    }
    let Some(mode) = field(&form, "mode").and_then(domain::SessionMode::parse) else {
        return refuse("error-malformed");
    };
    let date = |name| match field(&form, name).unwrap_or("") {
        "" => Ok(None),
        raw => day_start(raw).map(Some).ok_or(()),
    };
    let (Ok(opens), Ok(last_day)) = (date("opens"), date("closes")) else {
        return refuse("error-date-invalid");
    };
    let closes = last_day.map(|d| d + 86_400);
    if let (Some(o), Some(c)) = (opens, closes) {
        if c <= o {
            return refuse("error-date-order");
        }
    }
    // A fresh code; on the rare clash with an existing one, another.
    for _ in 0..8 {
        let code = domain::JoinCode::from_random(
            uuid::Uuid::new_v4().as_bytes().get(..6).unwrap_or(&[0; 6]),
        );
        match st.store.create_session(consultation, &code, mode, opens, closes).await {
            Ok(_) => {
                tracing::info!(staff_id = who.staff_id, mode = mode.id(), "session opened");
                return page::onward(&format!("/staff/sessions/{code}"));
            }
            Err(store::StoreError::Conflict(_)) => continue,
            Err(e) => return page::internal(lang, e),
        }
    }
    page::refused(lang, StatusCode::SERVICE_UNAVAILABLE, "error-title", "error-generic", back)
}

/// A facilitator ends one of their organisation's sessions: no more answers.
pub async fn end_session(
    State(st): State<AppState>,
    axum::extract::Path(code): axum::extract::Path<String>,
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
    let info = match super::guard::owned_by(&st, who.organisation_id, &code, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    match st.store.set_session_status(info.id, domain::SessionStatus::Closed).await {
        Ok(()) => {
            st.live.notify(info.id);
            page::onward(&format!("/staff/sessions/{code}"))
        }
        Err(e) => page::internal(lang, e),
    }
}

/// A facilitator starts a consultation for their organisation from a template.
pub async fn create_consultation(
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
    let (Some(org), Some(mut def)) =
        (who.organisation_id, field(&form, "template").and_then(app::templates::template))
    else {
        return page::refused(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-refused-title",
            "error-malformed",
            back,
        );
    };
    // Each use of a template is a consultation of its own.
    def.slug = format!("org{org}-{}", uuid::Uuid::new_v4().simple());
    match st.store.insert_consultation(&def, Some(org)).await {
        Ok(id) => {
            tracing::info!(
                staff_id = who.staff_id,
                consultation = id,
                "consultation created from a template"
            );
            page::onward(back)
        }
        Err(e) => page::internal(lang, e),
    }
}

/// A facilitator tags one of their organisation's consultations with framework
/// goals and arenas; unknown ids are refused.
pub async fn set_tags(
    State(st): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
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
    let owned = match who.organisation_id {
        Some(org) => match st.store.consultations_of(org).await {
            Ok(list) => list.iter().any(|c| c.id == id),
            Err(e) => return page::internal(lang, e),
        },
        None => false,
    };
    if !owned {
        return page::refused(
            lang,
            StatusCode::NOT_FOUND,
            "not-found-title",
            "not-found-body",
            back,
        );
    }
    let f = domain::framework::framework();
    let pick = |name: &str, known: &[String]| -> Option<Vec<String>> {
        let chosen: Vec<String> =
            form.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect();
        chosen.iter().all(|c| known.contains(c)).then_some(chosen)
    };
    let (Some(goals), Some(arenas)) = (pick("goal", &f.goals), pick("arena", &f.arenas)) else {
        return page::refused(
            lang,
            StatusCode::BAD_REQUEST,
            "error-refused-title",
            "error-malformed",
            back,
        );
    };
    match st.store.set_consultation_tags(id, &goals, &arenas).await {
        Ok(()) => page::onward(back),
        Err(e) => page::internal(lang, e),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_become_utc_midnights() {
        assert_eq!(super::day_start("1970-01-01"), None, "before 2000 is refused");
        assert_eq!(super::day_start("2026-11-22"), Some(1_795_305_600));
        assert_eq!(super::day_start("2024-02-29"), Some(1_709_164_800));
        assert_eq!(super::day_start("2026-13-01"), None);
        assert_eq!(super::day_start("i morgen"), None);
    }
}
