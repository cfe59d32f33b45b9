-- The audit trail page filters by actor, action, subject and date range, newest first, paged by
-- the database: an index for each filter, ending in the time it is ordered by.
DROP INDEX ix_audit_event_actor;
CREATE INDEX ix_audit_event_actor_time ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_action_time ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_subject_time ON audit_event (subject_type, subject_id, occurred_at);
