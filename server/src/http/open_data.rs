//! The open-data API: what the Innsatsgruppe has published, read-only JSON, no
//! sign-in, any origin. The same stored figures as the public page (counts from
//! fewer than the public k young people are `null`), described by the OpenAPI
//! document at `/api/openapi.json` (`server/openapi.json`).

use super::AppState;
use app::api::publish::ssr::{counted_name, date};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::privacy::Shown;
use domain::publication::Counted;
use domain::{Dimension, Lang, LocalizedText};
use serde_json::{json, Map, Value};

const OPENAPI: &str = include_str!("../../openapi.json");

/// Open data: readable from any web page, cached briefly.
fn open(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    res
}

fn error(status: StatusCode, message: &str) -> Response {
    open((status, Json(json!({ "error": message }))).into_response())
}

pub async fn openapi() -> Response {
    open(([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response())
}

pub async fn publications(State(st): State<AppState>) -> Response {
    match st.store.publications(false).await {
        Ok(list) => open(
            Json(json!({
                "k": st.thresholds.public,
                "publications": list.iter().map(publication_json).collect::<Vec<_>>(),
            }))
            .into_response(),
        ),
        Err(e) => {
            tracing::error!(error = %e, "open data: publications failed");
            error(StatusCode::SERVICE_UNAVAILABLE, "the data could not be read; try again")
        }
    }
}

pub async fn publication(
    State(st): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    // An id that is not even text (`%FF`) gets the same JSON answer as `abc`.
    let Ok(Path(id)) = id else {
        return error(StatusCode::BAD_REQUEST, "a publication id is a whole number");
    };
    let id = match id.parse::<i64>() {
        Ok(id) => id,
        // A whole number, but too large to be anyone's id: there is no such one.
        Err(_) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => {
            return error(StatusCode::NOT_FOUND, "no such publication")
        }
        Err(_) => return error(StatusCode::BAD_REQUEST, "a publication id is a whole number"),
    };
    match st.store.publication(id, false).await {
        Ok(Some(p)) => open(Json(publication_json(&p)).into_response()),
        Ok(None) => error(StatusCode::NOT_FOUND, "no such publication"),
        Err(e) => {
            tracing::error!(error = %e, "open data: publication failed");
            error(StatusCode::SERVICE_UNAVAILABLE, "the data could not be read; try again")
        }
    }
}

/// `{"nb": …, "nn": …}` with the languages the text was written in.
fn texts(t: &LocalizedText) -> Value {
    let map: Map<String, Value> =
        t.languages().map(|l| (l.code().to_string(), json!(t.get(l).1))).collect();
    Value::Object(map)
}

fn count(s: Shown) -> Value {
    s.count().map_or(Value::Null, |n| json!(n))
}

/// Each entry with its name in all four languages.
fn counted(d: Dimension, list: &[Counted]) -> Value {
    list.iter()
        .map(|c| {
            let name: Map<String, Value> = Lang::ALL
                .iter()
                .map(|l| (l.code().to_string(), json!(counted_name(d, &c.id, *l))))
                .collect();
            json!({ "id": c.id, "name": name, "count": count(c.count) })
        })
        .collect()
}

fn publication_json(p: &store::Publication) -> Value {
    let f = &p.figures;
    let described: Map<String, Value> =
        p.described.iter().map(|(l, d)| (l.code().to_string(), json!(d))).collect();
    json!({
        "id": p.id,
        "url": format!("/heard#publication-{}", p.id),
        "published": date(p.published_at),
        "title": texts(&p.title),
        "heard": texts(&p.heard),
        "filters": { "query": p.query, "described": described },
        "figures": {
            "k": f.k,
            "young_people": count(f.young_people),
            "texts": count(f.texts),
            "goals": counted(Dimension::Goal, &f.goals),
            "arenas": counted(Dimension::Arena, &f.arenas),
            "factors": counted(Dimension::Factor, &f.factors),
            "months": f.months.iter()
                .map(|m| json!({ "month": m.id, "count": count(m.count) }))
                .collect::<Vec<_>>(),
        },
        "updates": p.updates.iter()
            .map(|u| json!({ "date": date(u.created_at), "text": texts(&u.body) }))
            .collect::<Vec<_>>(),
    })
}
