## Signing in (crates/web/src/sign_in): with a password or a link sent by email, and signing out.

field-password = Password

sign-in-title = Sign in
sign-in-button = Sign in
sign-in-no-password-heading = No password?
sign-in-email-instead = Get a sign-in link by email instead
error-email-missing = Enter your email address
error-password-missing = Enter your password
error-sign-in-failed = The email address or password is not right. Check them and try again.
error-wait-seconds = There have been several wrong passwords for this account. Wait { $seconds } seconds, then try again, or get a sign-in link by email.
error-too-many-attempts = You have tried to sign in too many times. Wait { $minutes } minutes, then try again.
error-too-many-links = You have asked for too many sign-in links. Wait { $minutes } minutes, then try again.

email-link-title = Get a sign-in link by email
email-link-intro = We will email you a link. Open it to sign in. You do not need a password.
email-link-hint = Use the email address you gave the involvement team.
email-link-button = Send me a link
email-link-password-instead = Sign in with a password instead
email-link-subject = Your link to sign in to Withus
email-link-body =
    Hello { $name },

    Use this link to sign in to Withus:

    { $link }

    The link works once, for { $minutes } minutes.

    If you did not ask for it, you do not need to do anything.
check-email-title = Check your email
check-email-sent = If { $email } has an account, we have sent a sign-in link to it.
check-email-expiry = The link works once, for { $minutes } minutes.
check-email-not-arrived = Not arrived?
check-email-again = Ask for another link
link-confirm-title = Sign in to Withus
link-confirm-body = Select the button to finish signing in.
link-confirm-button = Continue
link-invalid-title = This link has expired or was already used
link-invalid-body = Sign-in links work once, for 15 minutes.
link-invalid-again = Ask for a new link
signed-out-title = You have signed out
signed-out-again = Sign in again
