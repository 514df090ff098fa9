//! Live sessions: the facilitator's room controls, the presenter's event stream,
//! and the phones' stream that says which question the room is on.
//!
//! Handlers that change a session call [`LiveHub::notify`]; each open presenter
//! stream wakes, waits out the rest of [`THROTTLE`] since its last snapshot (so a
//! burst of answers becomes one snapshot), reads the session afresh and sends it.
//! Several server processes on one PostgreSQL database tell each other through the
//! store's signals (LISTEN/NOTIFY): a change on one wakes the streams on all.

use super::guard::{own_session, owned_by};
use super::staff::{fields, guarded_for};
use super::{page, AppState};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use domain::{Role, SessionMode};
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use store::{LiveState, SessionInfo, Store, StoreError};
use tokio::sync::{broadcast, watch};
use tower_sessions::Session;

/// At most one presenter snapshot per stream in this time, however many phones
/// answer at once.
pub const THROTTLE: Duration = Duration::from_millis(250);
/// How long a browser waits before reconnecting a dropped stream.
const RETRY: Duration = Duration::from_secs(2);
/// A comment line this often keeps proxies from closing a quiet stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// One session's channels: `activity` ticks on every change; `follow` holds the
/// question phones should be on (none when self-paced).
struct Room {
    activity: watch::Sender<u64>,
    follow: watch::Sender<Option<usize>>,
}

impl Room {
    fn idle(&self) -> bool {
        self.activity.receiver_count() == 0 && self.follow.receiver_count() == 0
    }
}

/// Per-session channels that handlers notify and event streams listen to. A room
/// exists only while someone listens.
#[derive(Default)]
pub struct LiveHub {
    rooms: Mutex<HashMap<i64, Room>>,
    /// The other server processes, told of every change (PostgreSQL only).
    relay: Option<Store>,
}

/// Signals between processes: `live <session>` (something changed) and
/// `room <session>` (the facilitator moved the room; phones may follow).
const LIVE: &str = "live ";
const ROOM: &str = "room ";

impl LiveHub {
    /// A hub that tells the other server processes of its changes. Call
    /// [`LiveHub::hear`] to hear theirs.
    pub fn relayed(store: Store) -> LiveHub {
        LiveHub { rooms: Mutex::default(), relay: Some(store) }
    }

    /// Wakes this process's streams for changes made by other processes, until
    /// the store's signals end.
    pub async fn hear(self: std::sync::Arc<Self>, store: Store) {
        let mut signals = store.signals();
        loop {
            let message = match signals.recv().await {
                Ok(m) => m,
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return,
            };
            if let Some(id) = message.strip_prefix(LIVE).and_then(|id| id.parse().ok()) {
                self.notify_here(id);
            } else if let Some(id) = message.strip_prefix(ROOM).and_then(|id| id.parse().ok()) {
                // Which question phones follow is read afresh, as it is now.
                if let (Ok(Some(info)), Ok(state)) =
                    (store.session_by_id(id).await, store.live_state(id).await)
                {
                    self.room_changed_here(id, followed(&info, &state));
                }
            }
        }
    }

    /// Something changed in the session: a phone started, answered or sent, or the
    /// facilitator changed the room. Cheap when nobody listens.
    pub fn notify(&self, session_id: i64) {
        self.notify_here(session_id);
        if let Some(store) = &self.relay {
            store.signal(format!("{LIVE}{session_id}"));
        }
    }

    fn notify_here(&self, session_id: i64) {
        let Ok(mut rooms) = self.rooms.lock() else { return };
        if let Some(room) = rooms.get(&session_id) {
            if room.idle() {
                rooms.remove(&session_id);
            } else {
                room.activity.send_modify(|n| *n = n.wrapping_add(1));
            }
        }
    }

    /// The facilitator changed the room: presenters redraw, phones follow.
    fn room_changed(&self, session_id: i64, follow: Option<usize>) {
        self.room_changed_here(session_id, follow);
        if let Some(store) = &self.relay {
            store.signal(format!("{ROOM}{session_id}"));
        }
    }

    fn room_changed_here(&self, session_id: i64, follow: Option<usize>) {
        if let Ok(rooms) = self.rooms.lock() {
            if let Some(room) = rooms.get(&session_id) {
                room.follow.send_replace(follow);
            }
        }
        self.notify_here(session_id);
    }

    fn with_room<T>(&self, session_id: i64, f: impl FnOnce(&Room) -> T) -> Option<T> {
        let mut rooms = self.rooms.lock().ok()?;
        rooms.retain(|_, r| !r.idle());
        let room = rooms.entry(session_id).or_insert_with(|| Room {
            activity: watch::channel(0).0,
            follow: watch::channel(None).0,
        });
        Some(f(room))
    }

    fn activity(&self, session_id: i64) -> Option<watch::Receiver<u64>> {
        self.with_room(session_id, |r| r.activity.subscribe())
    }

    fn follow(&self, session_id: i64) -> Option<watch::Receiver<Option<usize>>> {
        self.with_room(session_id, |r| r.follow.subscribe())
    }
}

/// The question phones should be on, 1-based; none when the room is self-paced or
/// the session is not live.
fn followed(info: &SessionInfo, state: &LiveState) -> Option<usize> {
    (info.mode == SessionMode::Live && state.paced).then(|| current(info, state))
}

fn current(info: &SessionInfo, state: &LiveState) -> usize {
    let total = info.consultation.questions.len().max(1);
    usize::try_from(state.position).unwrap_or(1).clamp(1, total)
}

/// Where a phone goes after posting question `n` with `nav`, when the room is
/// paced: to the room's question, except back from the first question (the front
/// page) and on from the last (the closing page) as usual. `None` means the usual
/// way; so does a store error, since pacing is a nicety and the answer is saved.
pub async fn paced_step_target(
    st: &AppState,
    info: &SessionInfo,
    token: &str,
    n: usize,
    nav: &str,
) -> Option<String> {
    if info.mode != SessionMode::Live {
        return None;
    }
    let state = st.store.live_state(info.id).await.ok()?;
    let at = followed(info, &state)?;
    let last = info.consultation.questions.len();
    match (nav, n) {
        ("back", 1) => None,
        ("next" | "skip", n) if n == at && n >= last => None,
        _ => Some(format!("/r/{token}/q/{at}")),
    }
}

/// A facilitator's room control: `do` is next, previous, paced, self-paced, hide,
/// reveal or end. Answers with the presenter view again.
pub async fn control(
    State(st): State<AppState>,
    Path(code): Path<String>,
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
    let info = match owned_by(&st, who.organisation_id, &code, lang).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let back = format!("/staff/sessions/{}/present", info.join_code);
    let action = form.iter().find(|(k, _)| k == "do").map(|(_, v)| v.as_str());
    if action == Some("end") {
        return match st.store.set_session_status(info.id, domain::SessionStatus::Closed).await {
            Ok(()) => {
                st.live.notify(info.id);
                page::onward(&back)
            }
            Err(e) => page::internal(lang, e),
        };
    }
    let mut state = match st.store.live_state(info.id).await {
        Ok(s) => s,
        Err(e) => return page::internal(lang, e),
    };
    let last = i64::try_from(info.consultation.questions.len()).unwrap_or(1).max(1);
    match action {
        Some("next") => state.position = (state.position + 1).clamp(1, last),
        Some("previous") => state.position = (state.position - 1).clamp(1, last),
        Some("paced") => state.paced = true,
        Some("self-paced") => state.paced = false,
        Some("hide") => state.results_hidden = true,
        Some("reveal") => state.results_hidden = false,
        _ => {
            return page::refused(
                lang,
                StatusCode::BAD_REQUEST,
                "error-refused-title",
                "error-malformed",
                &back,
            )
        }
    }
    if let Err(e) = st.store.set_live_state(info.id, state).await {
        return page::internal(lang, e);
    }
    tracing::info!(session = info.id, action = action.unwrap_or(""), "live room changed");
    st.live.room_changed(info.id, followed(&info, &state));
    page::onward(&back)
}

/// The presenter's stream: a `snapshot` event (JSON) at once, then after every
/// change, at most one per [`THROTTLE`].
pub async fn presenter_events(
    State(st): State<AppState>,
    Path(code): Path<String>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    let lang = page::lang(&headers);
    let info = match own_session(&st, &session, &headers, &code).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let Some(rx) = st.live.activity(info.id) else {
        return page::internal(lang, StoreError::Conflict("live hub poisoned".into()));
    };
    struct Feed {
        rx: watch::Receiver<u64>,
        st: AppState,
        session_id: i64,
        lang: domain::Lang,
        last: Option<Instant>,
    }
    let feed = Feed { rx, st, session_id: info.id, lang, last: None };
    let stream = futures_util::stream::unfold(feed, |mut f| async move {
        if let Some(last) = f.last {
            f.rx.changed().await.ok()?;
            tokio::time::sleep_until((last + THROTTLE).into()).await;
            // Everything that happened while waiting is in the one snapshot below.
            f.rx.borrow_and_update();
        }
        let first = f.last.is_none();
        f.last = Some(Instant::now());
        let snapshot = async {
            let info = f.st.store.session_by_id(f.session_id).await?.ok_or(StoreError::NotFound)?;
            app::api::presenter::snapshot(&f.st.store, &info, f.lang).await
        };
        let event = match snapshot.await {
            Ok(s) => Event::default().event("snapshot").json_data(&s).unwrap_or_default(),
            Err(e) => {
                tracing::error!(error = %e, "presenter snapshot failed");
                Event::default().comment("snapshot unavailable")
            }
        };
        let event = if first { event.retry(RETRY) } else { event };
        Some((Ok::<_, Infallible>(event), f))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)).into_response()
}

/// A phone's stream: a `current` event with the room's question number, or
/// `free` when everyone goes at their own pace; again whenever that changes. It
/// says nothing else, needs no cookie, and is found only by the draft's token.
pub async fn phone_events(
    State(st): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let lang = page::lang(&headers);
    let draft = match domain::SubmissionKey::parse(&token) {
        Ok(_) => st.store.draft(&token).await,
        Err(_) => Ok(None),
    };
    let info = match draft {
        Ok(Some(d)) => st.store.session_by_id(d.session_id).await,
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    };
    let info = match info {
        Ok(Some(info)) => info,
        Ok(None) => return (StatusCode::NOT_FOUND, "").into_response(),
        Err(e) => return page::internal(lang, e),
    };
    // Listen first, then read: a change in between is not lost.
    let Some(rx) = st.live.follow(info.id) else {
        return page::internal(lang, StoreError::Conflict("live hub poisoned".into()));
    };
    let now = match st.store.live_state(info.id).await {
        Ok(state) => followed(&info, &state),
        Err(e) => return page::internal(lang, e),
    };
    let data = |at: Option<usize>| at.map_or_else(|| "free".to_string(), |n| n.to_string());
    let first = Event::default().event("current").data(data(now)).retry(RETRY);
    let rest = futures_util::stream::unfold((rx, now), move |(mut rx, mut sent)| async move {
        loop {
            rx.changed().await.ok()?;
            let at = *rx.borrow_and_update();
            if at != sent {
                sent = at;
                let event = Event::default().event("current").data(data(at));
                return Some((Ok::<_, Infallible>(event), (rx, sent)));
            }
        }
    });
    let stream = futures_util::stream::StreamExt::chain(
        futures_util::stream::once(async move { Ok::<_, Infallible>(first) }),
        rest,
    );
    Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE)).into_response()
}
