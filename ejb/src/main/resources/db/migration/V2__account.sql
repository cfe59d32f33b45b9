-- People who sign in: applicants (self-registered) and PGD staff (created by an admin).
-- Read by the Elytron jdbc-realm AlarmisRealm (config/configure-server.cli): a disabled or
-- temporarily locked account cannot sign in. password_hash is bcrypt in modular crypt format.
-- Wrong one-time codes are counted apart from wrong passwords (a password sign-in must not reset
-- them), and the time step of the last accepted code is kept so that no code works twice.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT                   NOT NULL,
    email                VARCHAR(254)             NOT NULL,
    display_name         VARCHAR(200)             NOT NULL,
    password_hash        VARCHAR(100),
    enabled              BOOLEAN                  NOT NULL,
    failed_login_count   INTEGER                  NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    totp_secret          VARCHAR(64),
    totp_failed_count    INTEGER                  DEFAULT 0 NOT NULL,
    totp_last_step       BIGINT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT ck_account_email_lower CHECK (email = LOWER(email)),
    CONSTRAINT ck_account_failed_logins CHECK (failed_login_count >= 0),
    CONSTRAINT ck_account_failed_codes CHECK (totp_failed_count >= 0)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(30) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_role_name CHECK (role_name IN ('applicant', 'cin-operator', 'cin-supervisor', 'admin'))
);
