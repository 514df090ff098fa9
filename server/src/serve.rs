//! `ungstemme serve`: connect, migrate, optionally load the demo, listen, and shut
//! down gracefully so queued submissions still commit.

use crate::config::ServeArgs;
use crate::http::{leptos_options, router, AppState};
use anyhow::Context;
use std::time::Duration;

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    let thresholds = domain::privacy::Thresholds::new(args.reviewer_k, args.public_k)
        .context("small-number thresholds (--reviewer-k, --public-k)")?;
    let client_header = args
        .client_address_header
        .as_deref()
        .map(axum::http::HeaderName::try_from)
        .transpose()
        .context("--client-address-header is not a header name")?;
    let peer_secret = args
        .peer_secret
        .as_deref()
        .map(crate::flood::peers::PeerSecret::new)
        .transpose()
        .context("UNGSTEMME_PEER_SECRET")?;
    let store = crate::cli::connect(&args.db).await?;
    if args.demo {
        crate::cli::load_demo(&store).await.context("loading the demo consultation")?;
        tracing::info!(code = crate::cli::DEMO_CODE, "demo consultation ready");
    }
    spawn_draft_purge(store.clone());
    spawn_overview_load(store.clone());
    let state = AppState::new(
        store.clone(),
        leptos_options(&args.site_root, args.addr),
        args.public_url.clone(),
    )
    .await
    .context("preparing the staff session store")?
    .with_thresholds(thresholds)
    .with_flood_limits((!args.no_flood_control).then_some(crate::flood::FloodLimits::DEFAULT))
    .with_client_header(client_header)
    .with_flood_peers(peer_secret);
    spawn_session_purge(state.sessions.clone());
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("listening on {}", args.addr))?;
    tracing::info!(addr = %args.addr, backend = store.kind(), "Ungstemme is listening on http://{}", args.addr);
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("serving")?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// The reviewers' overview counts from memory (`store::overview_index`): load its
/// facts now rather than on the first reviewer's visit (seconds for a million texts).
fn spawn_overview_load(store: store::Store) {
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        match store.prepare_overview_index().await {
            Ok(()) => {
                tracing::info!(ms = started.elapsed().as_millis() as u64, "overview facts loaded")
            }
            Err(e) => {
                tracing::warn!(error = %e, "overview facts not loaded; counting in the database")
            }
        }
    });
}

/// Unfinished drafts hold answers nobody sent; they go after a day. The
/// overview's change log is trimmed at the same time.
fn spawn_draft_purge(store: store::Store) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match store.purge_expired_drafts().await {
                Ok(n) if n > 0 => tracing::info!(purged = n, "expired drafts deleted"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not purge expired drafts"),
            }
            if let Err(e) = store.prune_overview_changes().await {
                tracing::warn!(error = %e, "could not prune the overview's change log");
            }
        }
    });
}

/// Expired staff sessions are deleted hourly.
fn spawn_session_purge(sessions: crate::auth::sessions::SessionBackend) {
    use tower_sessions::session_store::ExpiredDeletion;
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = sessions.delete_expired().await {
                tracing::warn!(error = %e, "could not delete expired staff sessions");
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
