//! The HTTP surface: Leptos pages and server functions, the form handlers young
//! people post to, static files, and the language switch.

mod client;
mod editor;
mod export;
mod flood;
mod guard;
mod lang;
pub mod live;
mod moderate;
mod open_data;
mod overview;
mod page;
mod phone;
mod publish;
mod respond;
mod review;
mod security_headers;
mod server_fn_status;
mod staff;
mod stuck_render;

use crate::auth::sessions::SessionBackend;
use crate::auth::throttle::Throttle;
use crate::flood::{FloodGuard, FloodLimits};
use crate::text_analysis::TextAnalysis;
use app::{shell, App};
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::HeaderName;
use axum::routing::{get, post};
use axum::Router;
use domain::privacy::Thresholds;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::path::Path;
use std::sync::Arc;
use store::Store;
use tower_http::compression::CompressionLayer;

/// Largest form body accepted: a few 5 000-character texts in any script,
/// percent-encoded. Anything larger is refused with 413 before it is read.
const MAX_BODY_BYTES: usize = 256 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub leptos: LeptosOptions,
    pub sessions: SessionBackend,
    pub throttle: Arc<Throttle>,
    /// Mark staff cookies Secure: on whenever the public address is https.
    pub secure_cookies: bool,
    /// The address people use, for links Ungstemme hands out (invites).
    pub public_url: Option<String>,
    /// The theme engine: redaction, distress screening, labels.
    pub analysis: Arc<TextAnalysis>,
    /// Live sessions' event channels, for the presenter view and paced phones.
    pub live: Arc<live::LiveHub>,
    /// Small-number protection: the smallest groups reviewers and the public see.
    pub thresholds: Thresholds,
    /// Flood control on young people's posts.
    pub flood: Arc<FloodGuard>,
    /// The reverse proxy's header with the client's address, when there is one.
    pub client_header: Option<HeaderName>,
}

impl AppState {
    pub async fn new(
        store: Store,
        leptos: LeptosOptions,
        public_url: Option<String>,
    ) -> anyhow::Result<AppState> {
        let sessions = SessionBackend::new(&store).await?;
        let analysis = Arc::new(TextAnalysis::load(&store).await?);
        analysis.spawn_labeller(store.clone());
        crate::theme_job::spawn_schedule(store.clone());
        let secure_cookies = public_url.as_deref().is_some_and(|u| u.starts_with("https://"));
        // Other server processes on the same PostgreSQL database hear this one's
        // live changes and edits, and this one theirs.
        store.start_signals().await?;
        let live = Arc::new(live::LiveHub::relayed(store.clone()));
        let flood = Arc::new(FloodGuard::new(Some(FloodLimits::DEFAULT)));
        tokio::spawn(live.clone().hear(store.clone()));
        Ok(AppState {
            store,
            leptos,
            sessions,
            throttle: Arc::new(Throttle::new(flood.clone())),
            secure_cookies,
            public_url,
            analysis,
            live,
            thresholds: Thresholds::default(),
            flood,
            client_header: None,
        })
    }

    pub fn with_thresholds(self, thresholds: Thresholds) -> AppState {
        AppState { thresholds, ..self }
    }

    /// Other flood limits; `None` turns flood control off. (The sign-in throttle
    /// names clients under the guard's day key, so it comes anew with it.)
    pub fn with_flood_limits(self, limits: Option<FloodLimits>) -> AppState {
        let flood = Arc::new(FloodGuard::new(limits));
        AppState { throttle: Arc::new(Throttle::new(flood.clone())), flood, ..self }
    }

    /// Shares the flood limits and the sign-in throttle with the other processes
    /// on this PostgreSQL database that were given the same secret (see
    /// [`crate::flood::peers`]); without a secret, or on SQLite, says why not.
    pub fn with_flood_peers(self, secret: Option<crate::flood::peers::PeerSecret>) -> AppState {
        let (flood, throttle) = (self.flood.clone(), self.throttle.clone());
        crate::flood::peers::share(flood, throttle, self.store.clone(), secret);
        self
    }

    pub fn with_client_header(self, client_header: Option<HeaderName>) -> AppState {
        AppState { client_header, ..self }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// The options Leptos renders with. The bundle's name carries the hash of its
/// content (`scripts/build-site` writes it to `bundle.txt`), so its files can be
/// cached for a year; without a built site the plain name is used.
pub fn leptos_options(site_root: &Path, addr: std::net::SocketAddr) -> LeptosOptions {
    let bundle = std::fs::read_to_string(site_root.join("bundle.txt"))
        .ok()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| app::OUTPUT_NAME.to_string());
    app::render::set_bundle(&bundle);
    LeptosOptions::builder()
        .output_name(bundle)
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let store = state.store.clone();
    let site = app::auth::SiteUrl(state.public_url.clone());
    let thresholds = state.thresholds;
    let context = move || {
        provide_context(store.clone());
        provide_context(site.clone());
        provide_context(thresholds);
    };
    let site_root = Path::new(state.leptos.site_root.as_ref()).to_path_buf();
    let options = state.leptos.clone();
    Router::new()
        .route("/j/{code}/start", post(respond::start))
        .route("/r/{token}/q/{n}", post(respond::step))
        .route("/r/{token}/submit", post(respond::submit))
        .route("/r/{token}/events", get(live::phone_events))
        .route("/r/{token}/offline", get(respond::offline_plan))
        .route("/lang/{lang}", get(lang::switch))
        .route("/staff/sign-in", post(staff::sign_in))
        .route("/staff/sign-out", post(staff::sign_out))
        .route("/staff/sign-out-everywhere", post(staff::sign_out_everywhere))
        .route("/staff/password", post(staff::change_password))
        .route("/staff/admin/organisations", post(staff::create_organisation))
        .route("/staff/admin/invites", post(staff::invite))
        .route("/staff/invite/{token}", post(staff::accept_invite))
        .route("/staff/consultations", post(staff::create_consultation))
        .route("/staff/consultations/{id}/tags", post(staff::set_tags))
        .route("/staff/consultations/new", post(editor::create))
        .route("/staff/consultations/{id}/texts", post(editor::texts))
        .route("/staff/consultations/{id}/questions", post(editor::add_question))
        .route("/staff/consultations/{id}/questions/{qid}", post(editor::question_texts))
        .route("/staff/consultations/{id}/questions/{qid}/move", post(editor::move_question))
        .route("/staff/consultations/{id}/questions/{qid}/delete", post(editor::delete_question))
        .route("/staff/consultations/{id}/questions/{qid}/options", post(editor::add_option))
        .route(
            "/staff/consultations/{id}/questions/{qid}/options/{oid}",
            post(editor::option_label),
        )
        .route(
            "/staff/consultations/{id}/questions/{qid}/options/{oid}/delete",
            post(editor::delete_option),
        )
        .route("/staff/sessions", post(staff::open_session))
        .route("/staff/sessions/{code}/end", post(staff::end_session))
        .route("/staff/sessions/{code}/live", post(live::control))
        .route("/staff/sessions/{code}/events", get(live::presenter_events))
        .route("/staff/sessions/{code}/export.csv", get(export::session_csv))
        .route("/staff/sessions/{code}/export.xlsx", get(export::session_xlsx))
        .route("/staff/texts/{id}/approve", post(moderate::approve))
        .route("/staff/texts/{id}/hide", post(moderate::hide))
        .route("/staff/texts/{id}/redact", post(moderate::redact))
        .route("/staff/texts/{id}/labels", post(moderate::labels))
        .route("/staff/themes/run", post(review::start_themes))
        .route("/staff/overview.csv", get(overview::overview_csv))
        .route("/staff/overview.xlsx", get(overview::overview_xlsx))
        .route("/staff/publications", post(publish::publish))
        .route("/staff/publications/{id}/updates", post(publish::add_update))
        .route("/staff/publications/{id}/withdraw", post(publish::withdraw))
        .route("/staff/publications/{id}/restore", post(publish::restore))
        .route("/api/openapi.json", get(open_data::openapi))
        .route("/api/v1/publications", get(open_data::publications))
        .route("/api/v1/publications/{id}", get(open_data::publication))
        .route("/healthz", get(|| async { "ok" }))
        .route("/manifest.webmanifest", get(phone::manifest))
        .leptos_routes_with_context(&state, routes, context.clone(), move || shell(options.clone()))
        .merge(phone::static_files(site_root))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        // Leptos answers a server function's malformed arguments with 500: they are
        // the caller's fault (400, or 413 over the size limit). Inside compression,
        // since it reads the error's body.
        .layer(axum::middleware::from_fn(server_fn_status::statuses))
        .layer(axum::middleware::from_fn_with_state(stuck_render::RETRY_AFTER, stuck_render::retry))
        .layer(axum::middleware::from_fn_with_state(state.clone(), flood::limit))
        .layer(state.sessions.layer(state.secure_cookies))
        .layer(axum::middleware::from_fn(lang::content_language))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn(security_headers::add))
        .with_state(state)
}
