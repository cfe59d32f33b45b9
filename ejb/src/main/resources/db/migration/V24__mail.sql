-- E-mail: an account's address confirmed with a mailed link (only the link's hash kept, 24 hours,
-- once), and the outbox of the mails to send (each with its stable Message-ID).

ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE email_verification_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE email_verification (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_email_verification PRIMARY KEY (id),
    CONSTRAINT fk_email_verification_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_email_verification_token UNIQUE (token_hash)
);
CREATE INDEX ix_email_verification_account ON email_verification (account_id, expires_at);

CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id              BIGINT                   NOT NULL,
    message_id      VARCHAR(200)             NOT NULL,
    recipient       VARCHAR(254)             NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    template        VARCHAR(30)              NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    text_body       VARCHAR(8000)            NOT NULL,
    html_body       VARCHAR(16000)           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT uk_mail_outbox_message UNIQUE (message_id)
);
-- The relay reads what is due, oldest first.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at, id);
