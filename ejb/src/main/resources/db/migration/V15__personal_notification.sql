-- A notification is an eSpace's (its requests) or one person's (their account's security: a
-- certificate linked, an authenticator enrolled), never both.
ALTER TABLE notification ALTER COLUMN espace_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN account_id BIGINT;
ALTER TABLE notification ADD CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE notification ADD CONSTRAINT ck_notification_addressee
    CHECK ((espace_id IS NULL AND account_id IS NOT NULL) OR (espace_id IS NOT NULL AND account_id IS NULL));
CREATE INDEX ix_notification_account ON notification (account_id, created_at);
