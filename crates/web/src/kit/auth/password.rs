//! Password hashing with Argon2id and a strength check people can act on.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

pub const MIN_LENGTH: usize = 10;

pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of nothing in particular, checked when the account does not exist so that a wrong
/// email takes as long as a wrong password.
pub fn dummy_verify(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = DUMMY.get_or_init(|| hash("no account has this password").unwrap_or_default());
    let _ = verify(password, stored);
}

/// Why a password is too weak, as the translation key of the message, or `None` if it will do.
pub fn weakness(password: &str, user_inputs: &[&str]) -> Option<&'static str> {
    if password.chars().count() < MIN_LENGTH {
        return Some("password-too-short");
    }
    match zxcvbn::zxcvbn(password, user_inputs).score() {
        zxcvbn::Score::Three | zxcvbn::Score::Four => None,
        _ => Some("password-too-guessable"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_wrong_passwords_do_not() {
        let stored = hash("correct horse battery staple").unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse battery staple", &stored));
        assert!(!verify("correct horse battery stapler", &stored));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        assert_eq!(weakness("short", &[]), Some("password-too-short"));
        assert_eq!(weakness("password123", &[]), Some("password-too-guessable"));
        assert_eq!(
            weakness("alice.smith@demo.example", &["alice.smith@demo.example"]),
            Some("password-too-guessable")
        );
        assert_eq!(weakness("tangerine orbit cloudy piano", &[]), None);
    }
}
