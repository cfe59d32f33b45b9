-- Business eSpaces: one per organisation (trade-register number), with members and invitations.
CREATE SEQUENCE business_espace_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE business_espace (
    id                    BIGINT                   NOT NULL,
    organisation_name     VARCHAR(200)             NOT NULL,
    legal_form            VARCHAR(30)              NOT NULL,
    trade_register_number VARCHAR(8)               NOT NULL,
    street                VARCHAR(120)             NOT NULL,
    house_number          VARCHAR(10)              NOT NULL,
    postcode              VARCHAR(6)               NOT NULL,
    locality              VARCHAR(80)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            BIGINT                   NOT NULL,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_business_espace PRIMARY KEY (id),
    CONSTRAINT uk_business_espace_rcs UNIQUE (trade_register_number),
    CONSTRAINT fk_business_espace_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_business_espace_postcode CHECK (postcode LIKE 'L-____')
);

CREATE SEQUENCE espace_membership_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE espace_membership (
    id         BIGINT                   NOT NULL,
    espace_id  BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    role       VARCHAR(10)              NOT NULL,
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_espace_membership PRIMARY KEY (id),
    CONSTRAINT uk_espace_membership UNIQUE (espace_id, account_id),
    CONSTRAINT fk_espace_membership_espace FOREIGN KEY (espace_id) REFERENCES business_espace (id),
    CONSTRAINT fk_espace_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_espace_membership_role CHECK (role IN ('MANAGER', 'MEMBER'))
);
CREATE INDEX ix_espace_membership_account ON espace_membership (account_id);

CREATE SEQUENCE espace_invitation_seq START WITH 1 INCREMENT BY 50;

-- The invitation link carries a random token; only its SHA-256 is stored.
CREATE TABLE espace_invitation (
    id          BIGINT                   NOT NULL,
    espace_id   BIGINT                   NOT NULL,
    email       VARCHAR(254)             NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    invited_by  BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE,
    accepted_by BIGINT,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_espace_invitation PRIMARY KEY (id),
    CONSTRAINT uk_espace_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_espace_invitation_espace FOREIGN KEY (espace_id) REFERENCES business_espace (id),
    CONSTRAINT fk_espace_invitation_inviter FOREIGN KEY (invited_by) REFERENCES account (id),
    CONSTRAINT fk_espace_invitation_acceptor FOREIGN KEY (accepted_by) REFERENCES account (id)
);
CREATE INDEX ix_espace_invitation_espace ON espace_invitation (espace_id);
