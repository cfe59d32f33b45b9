-- Certificates (LuxTrust, eID) a person linked to their account: the subject's serialNumber,
-- under the CA that issued it, identifies the person when they sign in with the certificate.
CREATE SEQUENCE account_certificate_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account_certificate (
    id            BIGINT                   NOT NULL,
    account_id    BIGINT                   NOT NULL,
    serial_number VARCHAR(64)              NOT NULL,
    subject       VARCHAR(500)             NOT NULL,
    issuer        VARCHAR(500)             NOT NULL,
    not_after     TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_certificate PRIMARY KEY (id),
    CONSTRAINT uk_account_certificate_serial UNIQUE (issuer, serial_number),
    CONSTRAINT fk_account_certificate_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_certificate_account ON account_certificate (account_id);

-- After the application verified a linked certificate, it signs the person in through Elytron
-- with a random single-use ticket, stored only as a bcrypt hash, for 60 seconds.
CREATE TABLE sign_in_ticket (
    account_id  BIGINT                   NOT NULL,
    ticket_hash VARCHAR(100)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sign_in_ticket PRIMARY KEY (account_id),
    CONSTRAINT fk_sign_in_ticket_account FOREIGN KEY (account_id) REFERENCES account (id)
);
