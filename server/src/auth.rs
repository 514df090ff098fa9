//! Staff authentication: password hashes, the session store, who is signed in,
//! CSRF tokens and sign-in throttling. Young people never meet any of this: their
//! pages never touch the session, so no cookie is ever set for them.

pub mod password;
pub mod sessions;
pub mod throttle;
