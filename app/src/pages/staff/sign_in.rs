//! Signing in. Only staff have accounts; young people never need one.

use crate::api::staff::staff_page;
use crate::components::post_form::PostForm;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SignInPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| staff_page());
    view! {
        <Title text=page_title(&t("staff-sign-in-title")) />
        <h1>{t("staff-sign-in-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => match p.me {
                        Some(me) => view! {
                            <p>{t_args("staff-signed-in-as", &[("name", me.name.into())])}</p>
                            <p><a class="button primary" href="/staff">{t("staff-home-title")}</a></p>
                        }.into_any(),
                        None => view! {
                            <p class="lead">{t("staff-sign-in-lead")}</p>
                            <PostForm action="/staff/sign-in" class="sign-in">
                                <input type="hidden" name="csrf" value=p.csrf />
                                <label for="email">{t("staff-email-label")}</label>
                                <input id="email" name="email" type="email" required autocomplete="username" />
                                <label for="password">{t("staff-password-label")}</label>
                                <input id="password" name="password" type="password" required autocomplete="current-password" />
                                <div class="nav-buttons">
                                    <button type="submit" class="button primary">{t("staff-sign-in-button")}</button>
                                </div>
                            </PostForm>
                        }.into_any(),
                    },
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
