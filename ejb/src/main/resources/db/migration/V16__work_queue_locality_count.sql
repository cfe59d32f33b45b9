-- The work queue's count with a locality and an alarm type (up to 1,001 rows) read every matching
-- row from the table to test the alarm type: about 850 open requests of Esch-sur-Alzette at a
-- million requests against a dozen at 10,000, so the count's cost grew with the table. With the
-- alarm types in the locality index, the count is answered from the index alone (an index-only
-- scan), and the page still reads its 20 rows in date order. (Key columns rather than INCLUDE:
-- H2 has no INCLUDE.)
DROP INDEX ix_connection_request_queue_locality;
CREATE INDEX ix_connection_request_queue_locality
    ON connection_request (in_queue, site_locality_key, submitted_at, id, passive_alarm, active_alarm, fire_alarm);
