//! CSRF protection for staff forms: a random token kept in the session and echoed
//! by every state-changing form; a post without the matching token is refused.

use tower_sessions::Session;

const KEY: &str = "csrf";
pub const FIELD: &str = "csrf";

/// The session's token, created on first use (which also starts the session).
pub async fn token(session: &Session) -> Result<String, tower_sessions::session::Error> {
    if let Some(t) = session.get::<String>(KEY).await? {
        return Ok(t);
    }
    let t = uuid::Uuid::new_v4().simple().to_string();
    session.insert(KEY, &t).await?;
    Ok(t)
}

/// A fresh token, e.g. after sign-in, so a token seen before cannot be replayed.
pub async fn renew(session: &Session) -> Result<String, tower_sessions::session::Error> {
    let t = uuid::Uuid::new_v4().simple().to_string();
    session.insert(KEY, &t).await?;
    Ok(t)
}

/// Whether `submitted` matches the session's token, compared in constant time.
pub async fn check(session: &Session, submitted: Option<&str>) -> bool {
    let Ok(Some(expected)) = session.get::<String>(KEY).await else { return false };
    let Some(submitted) = submitted else { return false };
    expected.len() == submitted.len()
        && expected.bytes().zip(submitted.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}
