-- Issue 19 item 11: a person changes their own password, and is asked to on first sign-in with a password an
-- administrator set (when the account was opened or its password reset). The flag is cleared by the person's own
-- change; a reset also moves the session generation on, so the old password's sessions end.
alter table user_account add column must_change_password boolean default false not null;
alter table user_account add column password_changed_at timestamp with time zone;
