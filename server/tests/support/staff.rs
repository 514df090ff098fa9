//! Staff accounts for black-box tests: signing in through the real form, with the
//! session cookie and CSRF token a browser would hold.

use super::TestApp;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Response, StatusCode};

pub const PASSWORD: &str = "et langt og godt passord";

/// The staff cookie a response sets, as `name=value`, with its attributes.
pub fn staff_cookie(res: &Response) -> Option<(String, String)> {
    res.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|c| {
        let pair = c.split(';').next()?.trim().to_string();
        pair.starts_with("ungstemme_staff=").then(|| (pair, c.to_string()))
    })
}

pub fn csrf_in(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a csrf field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

impl TestApp {
    pub async fn get_with(&self, path: &str, cookie: &str) -> Response {
        self.http.get(self.url(path)).header(COOKIE, cookie).send().await.unwrap()
    }
    pub async fn post_with(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> Response {
        self.http.post(self.url(path)).header(COOKIE, cookie).form(form).send().await.unwrap()
    }

    /// A browser at the sign-in page: its session cookie and the form's token.
    pub async fn sign_in_page(&self) -> (String, String) {
        let res = self.http.get(self.url("/staff/sign-in")).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let (cookie, attrs) = staff_cookie(&res).expect("the sign-in page starts a session");
        assert!(attrs.contains("HttpOnly") && attrs.contains("SameSite=Lax"), "{attrs}");
        (cookie, csrf_in(&res.text().await.unwrap()))
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Result<String, StatusCode> {
        let (cookie, csrf) = self.sign_in_page().await;
        let res = self
            .post_with(
                "/staff/sign-in",
                &cookie,
                &[("csrf", &csrf), ("email", email), ("password", password)],
            )
            .await;
        if res.status() != StatusCode::SEE_OTHER {
            return Err(res.status());
        }
        assert_eq!(res.headers()[LOCATION], "/staff");
        let (new_cookie, _) = staff_cookie(&res).expect("a new session id at sign-in");
        assert_ne!(new_cookie, cookie, "the session id is rotated at sign-in");
        Ok(new_cookie)
    }

    pub async fn home_csrf(&self, cookie: &str) -> String {
        let res = self.get_with("/staff", cookie).await;
        assert_eq!(res.status(), StatusCode::OK);
        csrf_in(&res.text().await.unwrap())
    }
}

pub async fn account(app: &TestApp, email: &str, role: domain::Role, org: Option<i64>) -> String {
    let e = domain::Email::parse(email).unwrap();
    let hash = ungstemme_server::auth::password::hash(PASSWORD).unwrap();
    let new = store::NewStaff {
        email: &e,
        display_name: "X",
        role,
        organisation_id: org,
        password_hash: Some(&hash),
    };
    app.store.create_staff(new).await.unwrap();
    app.sign_in(email, PASSWORD).await.unwrap()
}
