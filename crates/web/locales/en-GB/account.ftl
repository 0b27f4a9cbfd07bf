## Your account (crates/web/src/account): how you sign in, setting a password, signing out everywhere.

field-new-password = New password

account-title = Your account
account-method-legend = How do you want to sign in?
account-method-button = Save how I sign in
account-method-saved = We have saved how you sign in.
account-password-heading = Set a password
account-password-button = Save password
account-password-saved = Your password has been saved.
password-hint = Use at least 10 characters. Three or four unrelated words are easy to remember and hard to guess.
error-method-missing = Select how you want to sign in
error-set-password-first = Set a password before you choose to sign in with one
sign-out-everywhere-heading = Sign out everywhere
sign-out-everywhere-body = This signs you out on every computer, phone and tablet.
sign-out-everywhere-button = Sign out everywhere
