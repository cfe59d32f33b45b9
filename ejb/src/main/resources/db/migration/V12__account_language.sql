-- The language a person reads the service in: chosen at registration or by the language links,
-- used for everything addressed to them outside a page. Empty until chosen (the browser's then).
ALTER TABLE account ADD COLUMN language VARCHAR(2);
ALTER TABLE account ADD CONSTRAINT ck_account_language CHECK (language IN ('EN', 'FR', 'DE'));
