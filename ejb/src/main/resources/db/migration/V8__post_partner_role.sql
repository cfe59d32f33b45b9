-- POST Luxembourg's system has an account too (for the message broker only), with its own role.
ALTER TABLE account_role DROP CONSTRAINT ck_account_role_name;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role_name
    CHECK (role_name IN ('applicant', 'cin-operator', 'cin-supervisor', 'admin', 'post-partner'));
