//! Who is signed in. The session holds the staff id, the account's sign-out epoch
//! and when the sign-in happened; every request re-checks the account, so "sign
//! out everywhere" and a 12-hour absolute limit take effect at once.

use domain::Role;
use serde::{Deserialize, Serialize};
use store::Store;
use tower_sessions::Session;

const KEY: &str = "staff";
/// However active, a sign-in ends after this long.
pub const ABSOLUTE_SECS: i64 = 12 * 3600;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub staff_id: i64,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub display_name: String,
    epoch: i64,
    since: i64,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Records a successful sign-in in a session whose id has just been rotated.
pub async fn begin(
    session: &Session,
    staff: &store::StaffRecord,
) -> Result<(), tower_sessions::session::Error> {
    let who = SignedIn {
        staff_id: staff.id,
        role: staff.role,
        organisation_id: staff.organisation_id,
        display_name: staff.display_name.clone(),
        epoch: staff.sessions_epoch,
        since: now(),
    };
    session.insert(KEY, who).await
}

/// The signed-in staff member, if the sign-in is still valid.
pub async fn current(session: &Session, store: &Store) -> Option<SignedIn> {
    let who: SignedIn = session.get(KEY).await.ok().flatten()?;
    let fresh = now() - who.since < ABSOLUTE_SECS;
    let account = store.staff_by_id(who.staff_id).await.ok().flatten();
    match account {
        Some(a) if fresh && a.sessions_epoch == who.epoch && a.role == who.role => Some(who),
        _ => {
            let _ = session.flush().await;
            None
        }
    }
}

/// After the account's epoch moved on because of this session's own action (a
/// password change), keeps this session signed in.
pub async fn adopt_epoch(
    session: &Session,
    epoch: i64,
) -> Result<(), tower_sessions::session::Error> {
    if let Some(mut who) = session.get::<SignedIn>(KEY).await? {
        who.epoch = epoch;
        session.insert(KEY, who).await?;
    }
    Ok(())
}

/// Why a staff page or post was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// Nobody is signed in (401).
    SignedOut,
    /// Signed in, but the role may not do this (403).
    WrongRole,
}

/// The signed-in staff member, if their role is one of `roles`.
pub async fn require(session: &Session, store: &Store, roles: &[Role]) -> Result<SignedIn, Denied> {
    let who = current(session, store).await.ok_or(Denied::SignedOut)?;
    if roles.contains(&who.role) {
        Ok(who)
    } else {
        Err(Denied::WrongRole)
    }
}

/// What the signed-in staff member may see of a session, by its join code.
pub enum SessionAccess {
    Denied(Denied),
    /// Not a session, or another organisation's: reported as missing so that its
    /// join codes cannot be discovered.
    NotFound,
    Mine(SignedIn, store::SessionInfo),
}

/// The session with this join code, when the signed-in facilitator's organisation
/// runs it.
pub async fn facilitator_session(
    session: &Session,
    store: &Store,
    code: &str,
) -> Result<SessionAccess, store::StoreError> {
    let who = match require(session, store, &[Role::Facilitator]).await {
        Ok(w) => w,
        Err(denied) => return Ok(SessionAccess::Denied(denied)),
    };
    let Ok(code) = domain::JoinCode::parse(code) else { return Ok(SessionAccess::NotFound) };
    Ok(match store.session_by_code(&code).await? {
        Some(s) if s.organisation_id.is_some() && s.organisation_id == who.organisation_id => {
            SessionAccess::Mine(who, s)
        }
        _ => SessionAccess::NotFound,
    })
}

const FLASH_INVITE: &str = "new_invite_link";
/// How long a new invite link can be shown again (a reload, a slow network).
const FLASH_SECS: i64 = 600;

/// Keeps a freshly made invite link in the administrator's session, to be shown
/// on the page `?invite=<nonce>` only: it is never stored elsewhere in clear.
pub async fn flash_invite(
    session: &Session,
    link: &str,
) -> Result<String, tower_sessions::session::Error> {
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    session.insert(FLASH_INVITE, (nonce.clone(), link, now())).await?;
    Ok(nonce)
}

/// The new invite link, if `nonce` is the one it was kept under and it is fresh.
pub async fn invite_flash(session: &Session, nonce: &str) -> Option<String> {
    let (kept, link, at): (String, String, i64) = session.get(FLASH_INVITE).await.ok().flatten()?;
    (kept == nonce && now() - at < FLASH_SECS).then_some(link)
}
