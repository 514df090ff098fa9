//! The reviewers' overview: what young people wrote about across all consultations
//! — main sub-goal × main arena as a heat map, the cross-cutting factors, and month
//! by month — for any filter, each view a link. Charts are SVG drawn on the server
//! with the numbers printed in them, each followed by the same numbers as a table.
//! Counts from fewer than five young people are hidden (and enough others with
//! them that no total gives them away).

use super::Refused;
use crate::api::overview::{
    load_overview, Bar, Drill, FilterField, HeatMap, OverviewData, OverviewQuery, OverviewView,
};
use crate::components::authored::Authored;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use domain::privacy::Shown;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let query = use_query_map();
    let current = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).filter(|v| !v.is_empty());
        OverviewQuery {
            from: get("from"),
            to: get("to"),
            county: get("county"),
            age: get("age"),
            lang: get("lang"),
            org: get("org"),
            consultation: get("consultation"),
            goal: get("goal"),
            arena: get("arena"),
            factor: get("factor"),
            compare: get("compare"),
            theme: get("theme"),
            step: get("step"),
        }
    };
    let data = Resource::new(move || current().to_query_string(), load_overview);
    view! {
        <Title text=page_title(&t("overview-title")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(OverviewData::Ready(view)) => view! { <Overview view=*view /> }.into_any(),
                    Ok(OverviewData::BadFilter) => {
                        set_status(400);
                        view! {
                            <h1>{t("overview-title")}</h1>
                            <p class="notice">{t("overview-bad-filter")}</p>
                            <p><a href="/staff/overview">{t("overview-reset")}</a></p>
                        }
                        .into_any()
                    }
                    Ok(OverviewData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(OverviewData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn shown_text(s: Shown) -> String {
    match s {
        Shown::Count(n) => n.to_string(),
        Shown::Hidden => t("overview-hidden"),
    }
}

#[component]
fn Overview(view: OverviewView) -> impl IntoView {
    let qs = view.query.to_query_string();
    // This view's own address, and its downloads.
    let link = |path: &str| if qs.is_empty() { path.to_string() } else { format!("{path}?{qs}") };
    let (here, csv, xlsx, publish) = (
        link("/staff/overview"),
        link("/staff/overview.csv"),
        link("/staff/overview.xlsx"),
        link("/staff/publications/new"),
    );
    let described = if view.described.is_empty() {
        t("overview-no-filters")
    } else {
        view.described.join(" · ")
    };
    view! {
        <div class="overview">
            <h1>{t("overview-title")}</h1>
            <p class="lead">{t("overview-explain")}</p>
            <Filters filters=view.filters.clone() query=view.query.clone() />
            <p class="overview-filters-used">{t_args("overview-showing", &[("filters", described.into())])}</p>
            <p class="hint">{t_args("overview-made", &[("time", view.made.clone().into())])}</p>
            <p class="overview-links">
                <a href=here>{t("overview-link")}</a>
                " · "
                <a href=csv download="">{t("overview-export-csv")}</a>
                " · "
                <a href=xlsx download="">{t("overview-export-xlsx")}</a>
                " · "
                <a href=publish>{t("overview-publish")}</a>
            </p>
            <p class="hint">{t_args("overview-hidden-explain", &[("k", view.k.into())])}</p>
            <HeatMapChart id="heat" title=t("overview-heat-title") explain=t("overview-heat-explain") heat=view.heat.clone() query=view.query.clone() />
            {view.compare.clone().map(|heat| view! {
                <HeatMapChart id="compare" title=t("overview-compare-title") explain=t("overview-compare-explain") heat query=view.query.clone() />
            })}
            {view.drill.clone().map(|drill| view! { <DrillDown drill k=view.k /> })}
            <BarsChart id="factors" title=t("overview-factors-title") explain=t("overview-factors-explain") bars=view.factors.clone() total=None />
            {if view.weekly {
                view! {
                    <BarsChart id="months" title=t("overview-weeks-title") explain=t("overview-weeks-explain") bars=view.months.clone() total=Some(view.months_total) />
                    <BarsChart id="people" title=t("overview-people-weeks-title") explain=t("overview-people-weeks-explain") bars=view.people.clone() total=Some(view.people_total) />
                }
                .into_any()
            } else {
                view! {
                    <BarsChart id="months" title=t("overview-months-title") explain=t("overview-months-explain") bars=view.months.clone() total=Some(view.months_total) />
                    <BarsChart id="people" title=t("overview-people-title") explain=t("overview-people-explain") bars=view.people.clone() total=Some(view.people_total) />
                }
                .into_any()
            }}
            <p><a href="/staff/themes">{t("staff-cross-themes-title")}</a></p>
        </div>
    }
    .into_any()
}

/// The themes and a few approved quotes of a view narrowed to a goal or arena.
#[component]
fn DrillDown(drill: Drill, k: i64) -> impl IntoView {
    let body = if drill.suppressed {
        view! { <p class="notice">{t_args("overview-drill-suppressed", &[("k", k.into())])}</p> }
            .into_any()
    } else {
        let themes = drill
            .themes
            .into_iter()
            .map(|th| {
                let words = th
                    .words
                    .into_iter()
                    .map(|(lang, w)| view! { <span lang=lang.code()>{w.join(", ")}</span>" " })
                    .collect_view();
                view! {
                    <li>
                        <a href=format!("/staff/review/texts?theme={}", th.no)>{words}</a>
                        " "<span class="hint">{t_args("staff-themes-size", &[("count", th.texts.into())])}</span>
                    </li>
                }
            })
            .collect_view();
        let quotes = drill
            .quotes
            .into_iter()
            .map(|q| view! { <blockquote><Authored text=q /></blockquote> })
            .collect_view();
        view! {
            <h3>{t("overview-drill-themes")}</h3>
            <ul class="themes">{themes}</ul>
            <h3>{t("overview-drill-quotes")}</h3>
            {quotes}
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="drill-title" class="chart">
            <h2 id="drill-title">{t("overview-drill-title")}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// The filters as a plain GET form: the result is a link like any other.
#[component]
fn Filters(filters: Vec<FilterField>, query: OverviewQuery) -> impl IntoView {
    let selects = filters
        .into_iter()
        .map(|f| {
            let id = format!("filter-{}", f.field);
            let chosen = f.chosen.clone();
            let options = f
                .choices
                .into_iter()
                .map(|c| {
                    let selected = chosen.as_deref() == Some(c.value.as_str());
                    view! { <option value=c.value selected=selected>{c.name}</option> }
                })
                .collect_view();
            view! {
                <div class="filter">
                    <label for=id.clone()>{f.label}</label>
                    <select id=id name=f.field>
                        <option value="">{t("overview-all")}</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="get" action="/staff/overview" class="overview-filters" aria-label=t("overview-filters")>
            {query.theme.clone().map(|theme| view! { <input type="hidden" name="theme" value=theme /> })}
            <div class="filter">
                <label for="filter-from">{t("overview-filter-from")}</label>
                <input type="month" id="filter-from" name="from" value=query.from.unwrap_or_default() />
            </div>
            <div class="filter">
                <label for="filter-to">{t("overview-filter-to")}</label>
                <input type="month" id="filter-to" name="to" value=query.to.unwrap_or_default() />
            </div>
            {selects}
            <div class="filter">
                <label for="filter-compare">{t("overview-compare-label")}</label>
                <select id="filter-compare" name="compare">
                    <option value="">{t("overview-compare-none")}</option>
                    {[("age", "overview-filter-age"), ("county", "overview-filter-county"), ("lang", "overview-filter-lang")]
                        .into_iter()
                        .map(|(value, label)| {
                            let selected = query.compare.as_deref() == Some(value);
                            view! { <option value=value selected=selected>{t(label)}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="filter">
                <label for="filter-step">{t("overview-step-label")}</label>
                <select id="filter-step" name="step">
                    <option value="">{t("overview-step-month")}</option>
                    <option value="week" selected=query.step.as_deref() == Some("week")>{t("overview-step-week")}</option>
                </select>
            </div>
            <div class="nav-buttons">
                <button type="submit" class="button primary">{t("overview-show")}</button>
                <a class="button" href="/staff/overview">{t("overview-reset")}</a>
            </div>
        </form>
    }
    .into_any()
}

/// Cell colour: from very light to mid blue by the cell's share of the largest
/// shown cell; dark text stays readable on all of them.
fn shade(value: i64, max: i64) -> String {
    let x = if max > 0 { value as f64 / max as f64 } else { 0.0 };
    let mix = |a: f64, b: f64| (a + (b - a) * x).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(243.0, 111.0), mix(247.0, 163.0), mix(252.0, 220.0))
}

#[component]
fn HeatMapChart(
    id: &'static str,
    title: String,
    explain: String,
    heat: HeatMap,
    query: OverviewQuery,
) -> impl IntoView {
    const LABEL_W: i64 = 190;
    const TOP: i64 = 150;
    const CW: i64 = 70;
    const CH: i64 = 44;
    let title_id = format!("{id}-title");
    let explain_id = format!("{id}-explain");
    let (section_by, svg_by, svg_desc) = (title_id.clone(), title_id.clone(), explain_id.clone());
    let cols = heat.arenas.len() as i64;
    let rows = heat.goals.len() as i64;
    let (width, height) = (LABEL_W + CW * cols, TOP + CH * rows);
    let max = heat.cells.iter().flatten().filter_map(|s| s.count()).max().unwrap_or(0);
    let total = heat.total.count();
    let share =
        |n: i64| total.filter(|t| *t > 0).map(|t| format!("{:.0} %", n as f64 * 100.0 / t as f64));
    let column_labels = heat
        .arenas
        .iter()
        .enumerate()
        .map(|(c, (_, name))| {
            let x = LABEL_W + CW * c as i64 + CW / 2;
            view! {
                <text x=x y=TOP - 8 transform=format!("rotate(-40 {x} {})", TOP - 8) class="axis">{name.clone()}</text>
            }
        })
        .collect_view();
    let body = heat
        .goals
        .iter()
        .enumerate()
        .map(|(r, (goal, name))| {
            let y = TOP + CH * r as i64;
            let cells = heat.arenas
                .iter()
                .enumerate()
                .map(|(c, (arena, _))| {
                    let x = LABEL_W + CW * c as i64;
                    let value = heat.cells[r][c];
                    let (fill, label, pct) = match value {
                        Shown::Count(n) => (shade(n, max), n.to_string(), share(n).unwrap_or_default()),
                        Shown::Hidden => ("#e4e4e4".to_string(), "–".to_string(), String::new()),
                    };
                    let href = format!(
                        "/staff/overview?{}",
                        query
                            .with(&[
                                (heat.row_field.as_str(), goal.as_deref()),
                                (heat.column_field.as_str(), arena.as_deref()),
                            ])
                            .to_query_string()
                    );
                    let drill = matches!(value, Shown::Count(n) if n > 0);
                    let shape = view! {
                        <rect x=x y=y width=CW - 2 height=CH - 2 fill=fill class="heat-cell" />
                        <text x=x + CW / 2 - 1 y=y + 19 text-anchor="middle" class="heat-count">{label}</text>
                        <text x=x + CW / 2 - 1 y=y + 35 text-anchor="middle" class="heat-share">{pct}</text>
                    };
                    if drill {
                        view! { <a href=href>{shape}</a> }.into_any()
                    } else {
                        shape.into_any()
                    }
                })
                .collect_view();
            view! {
                <text x=LABEL_W - 8 y=y + CH / 2 + 4 text-anchor="end" class="axis">{name.clone()}</text>
                {cells}
            }
        })
        .collect_view();
    let header =
        heat.arenas.iter().map(|(_, n)| view! { <th scope="col">{n.clone()}</th> }).collect_view();
    let table_rows = heat
        .goals
        .iter()
        .enumerate()
        .map(|(r, (_, name))| {
            let cells = heat.cells[r].iter().map(|s| view! { <td>{shown_text(*s)}</td> }).collect_view();
            view! { <tr><th scope="row">{name.clone()}</th>{cells}<td>{shown_text(heat.row_totals[r])}</td></tr> }
        })
        .collect_view();
    let totals =
        heat.column_totals.iter().map(|s| view! { <td>{shown_text(*s)}</td> }).collect_view();
    view! {
        <section aria-labelledby=section_by class="chart">
            <h2 id=title_id>{title}</h2>
            <p class="hint" id=explain_id>{explain}</p>
            <div class="chart-scroll">
                <svg viewBox=format!("0 0 {width} {height}") width=width height=height role="group"
                    aria-labelledby=svg_by aria-describedby=svg_desc>
                    {column_labels}
                    {body}
                </svg>
            </div>
            <div class="table-scroll">
                <table class="numbers">
                    <caption>{t("overview-table-caption")}</caption>
                    <thead><tr><td></td>{header}<th scope="col">{t("overview-total")}</th></tr></thead>
                    <tbody>
                        {table_rows}
                        <tr><th scope="row">{t("overview-total")}</th>{totals}<td>{shown_text(heat.total)}</td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

/// Horizontal bars with their numbers, then the same as a table.
#[component]
fn BarsChart(
    id: &'static str,
    title: String,
    explain: String,
    bars: Vec<Bar>,
    total: Option<Shown>,
) -> impl IntoView {
    const LABEL_W: i64 = 230;
    const BAR_W: i64 = 360;
    const ROW: i64 = 30;
    let title_id = format!("{id}-title");
    let explain_id = format!("{id}-explain");
    let (section_by, svg_by, svg_desc) = (title_id.clone(), title_id.clone(), explain_id.clone());
    if bars.is_empty() {
        return view! {
            <section aria-labelledby=section_by class="chart">
                <h2 id=title_id>{title}</h2>
                <p>{t("overview-nothing")}</p>
            </section>
        }
        .into_any();
    }
    let max = bars.iter().filter_map(|b| b.value.count()).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as i64 + 8;
    let width = LABEL_W + BAR_W + 80;
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = 4 + ROW * i as i64;
            let len = b.value.count().map_or(0, |n| n * BAR_W / max);
            view! {
                <text x=LABEL_W - 8 y=y + 19 text-anchor="end" class="axis">{b.name.clone()}</text>
                <rect x=LABEL_W y=y + 4 width=len height=ROW - 10 class="chart-bar" />
                <text x=LABEL_W + len + 6 y=y + 19 class="bar-value">{shown_text(b.value)}</text>
            }
        })
        .collect_view();
    let rows = bars
        .iter()
        .map(|b| view! { <tr><th scope="row">{b.name.clone()}</th><td>{shown_text(b.value)}</td></tr> })
        .collect_view();
    let total_row = total.map(
        |s| view! { <tr><th scope="row">{t("overview-total")}</th><td>{shown_text(s)}</td></tr> },
    );
    view! {
        <section aria-labelledby=section_by class="chart">
            <h2 id=title_id>{title}</h2>
            <p class="hint" id=explain_id>{explain}</p>
            <div class="chart-scroll">
                <svg viewBox=format!("0 0 {width} {height}") width=width height=height role="img"
                    aria-labelledby=svg_by aria-describedby=svg_desc>
                    {drawn}
                </svg>
            </div>
            <div class="table-scroll">
                <table class="numbers">
                    <caption>{t("overview-table-caption")}</caption>
                    <tbody>{rows}{total_row}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
