-- The client register (lu.alarmis.client): one record per client organisation, the business
-- eSpaces that act for it, its connections (one per protected site, with its client number, POST's
-- line and its state) and each connection's history. Until now the connection lived inside the
-- approved connection request; V18 moves it here, V19 removes it from the request.
CREATE SEQUENCE client_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE client (
    id                      BIGINT                   NOT NULL,
    version                 BIGINT                   NOT NULL,
    name                    VARCHAR(200)             NOT NULL,
    name_key                VARCHAR(200)             NOT NULL,
    legal_form              VARCHAR(30)              NOT NULL,
    trade_register_number   VARCHAR(20),
    correspondence_language VARCHAR(2)               NOT NULL,
    postal_street           VARCHAR(120),
    postal_house_number     VARCHAR(10),
    postal_postcode         VARCHAR(6),
    postal_locality         VARCHAR(80),
    address_confirmed_by    VARCHAR(254),
    address_confirmed_at    TIMESTAMP WITH TIME ZONE,
    origin                  VARCHAR(10)              NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_client PRIMARY KEY (id),
    CONSTRAINT ck_client_language CHECK (correspondence_language IN ('FR', 'DE', 'EN')),
    CONSTRAINT ck_client_origin CHECK (origin IN ('REQUEST', 'LEGACY')),
    CONSTRAINT ck_client_postcode CHECK (postal_postcode IS NULL OR postal_postcode LIKE 'L-____'),
    -- confirmed means a whole address, and someone who confirmed it
    CONSTRAINT ck_client_address_confirmed CHECK (address_confirmed_at IS NULL
        OR (address_confirmed_by IS NOT NULL AND postal_street IS NOT NULL AND postal_house_number IS NOT NULL
            AND postal_postcode IS NOT NULL AND postal_locality IS NOT NULL))
);
CREATE INDEX ix_client_name ON client (name_key, id);
CREATE INDEX ix_client_trade_register ON client (trade_register_number);

CREATE SEQUENCE client_espace_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE client_espace (
    id        BIGINT                   NOT NULL,
    client_id BIGINT                   NOT NULL,
    espace_id BIGINT                   NOT NULL,
    linked_by VARCHAR(254)             NOT NULL,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_client_espace PRIMARY KEY (id),
    CONSTRAINT uk_client_espace UNIQUE (client_id, espace_id),
    CONSTRAINT fk_client_espace_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_client_espace_espace FOREIGN KEY (espace_id) REFERENCES business_espace (id)
);
CREATE INDEX ix_client_espace_espace ON client_espace (espace_id);

CREATE SEQUENCE client_connection_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE client_connection (
    id                   BIGINT                   NOT NULL,
    version              BIGINT                   NOT NULL,
    client_id            BIGINT                   NOT NULL,
    client_number        VARCHAR(16)              NOT NULL,
    site_street          VARCHAR(120)             NOT NULL,
    site_house_number    VARCHAR(10)              NOT NULL,
    site_postcode        VARCHAR(6)               NOT NULL,
    site_locality        VARCHAR(80)              NOT NULL,
    site_locality_key    VARCHAR(80)              NOT NULL,
    passive_alarm        BOOLEAN                  NOT NULL,
    active_alarm         BOOLEAN                  NOT NULL,
    post_order_reference VARCHAR(40),
    post_line_id         VARCHAR(40),
    transmitter_id       VARCHAR(40),
    line_active_since    TIMESTAMP WITH TIME ZONE,
    state                VARCHAR(10)              NOT NULL,
    state_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    origin               VARCHAR(10)              NOT NULL,
    origin_reference     VARCHAR(300)             NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_client_connection PRIMARY KEY (id),
    CONSTRAINT uk_client_connection_number UNIQUE (client_number),
    CONSTRAINT fk_client_connection_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_client_connection_state CHECK (state IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
    CONSTRAINT ck_client_connection_origin CHECK (origin IN ('REQUEST', 'LEGACY')),
    CONSTRAINT ck_client_connection_postcode CHECK (site_postcode LIKE 'L-____'),
    CONSTRAINT ck_client_connection_alarm CHECK (passive_alarm OR active_alarm)
);
CREATE INDEX ix_client_connection_client ON client_connection (client_id);
CREATE INDEX ix_client_connection_locality ON client_connection (site_locality_key, id);
CREATE INDEX ix_client_connection_state ON client_connection (state, id);

CREATE SEQUENCE connection_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE connection_event (
    id            BIGINT                   NOT NULL,
    connection_id BIGINT                   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    actor_kind    VARCHAR(15)              NOT NULL,
    actor         VARCHAR(254)             NOT NULL,
    from_state    VARCHAR(10),
    to_state      VARCHAR(10)              NOT NULL,
    note          VARCHAR(2000),
    CONSTRAINT pk_connection_event PRIMARY KEY (id),
    CONSTRAINT fk_connection_event_connection FOREIGN KEY (connection_id) REFERENCES client_connection (id)
);
CREATE INDEX ix_connection_event_connection ON connection_event (connection_id, occurred_at);

-- POST's transmitter, confirmed with the order, is kept with the request until approval puts it in the register.
ALTER TABLE connection_request ADD COLUMN post_transmitter_id VARCHAR(40);

-- The request that led to a connection refers to it.
ALTER TABLE connection_request ADD COLUMN connection_id BIGINT;
ALTER TABLE connection_request ADD CONSTRAINT fk_connection_request_connection
    FOREIGN KEY (connection_id) REFERENCES client_connection (id);
ALTER TABLE connection_request ADD CONSTRAINT uk_connection_request_connection UNIQUE (connection_id);

-- POST's line messages apply to a connection, and its page lists them.
ALTER TABLE partner_message ADD COLUMN connection_id BIGINT;
ALTER TABLE partner_message ADD CONSTRAINT fk_partner_message_connection
    FOREIGN KEY (connection_id) REFERENCES client_connection (id);
CREATE INDEX ix_partner_message_connection ON partner_message (connection_id);

-- A notification is about a subject (a request, a client, a connection; later a certification),
-- not only about a request.
ALTER TABLE notification ADD COLUMN subject_kind VARCHAR(20);
ALTER TABLE notification ADD COLUMN subject_id BIGINT;
-- how the text names it: a request's number, a connection's client number
ALTER TABLE notification ADD COLUMN subject_reference VARCHAR(40);
UPDATE notification SET subject_kind = 'REQUEST', subject_id = request_id, subject_reference = CAST(request_id AS VARCHAR(40))
    WHERE request_id IS NOT NULL;
ALTER TABLE notification ADD CONSTRAINT ck_notification_subject
    CHECK ((subject_kind IS NULL AND subject_id IS NULL) OR (subject_kind IS NOT NULL AND subject_id IS NOT NULL));
