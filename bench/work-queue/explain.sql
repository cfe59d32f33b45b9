-- The queries behind each measured page, as Hibernate sends them (org.hibernate.SQL), with the
-- values bound: the count (native SQL, capped at 1,001) and the page (JPQL, 20 rows). Since
-- migration V9 the default queue (no state chosen) asks for the in_queue flag and its indexes;
-- a chosen state still asks for the state (RequestRepository.workQueue / countWorkQueue).
-- Run by bench/work-queue/run.sh after the measurements; the plans go into results-SIZE.txt.
\set ON_ERROR_STOP on
\pset pager off

\echo '--- queue, first page: count'
EXPLAIN (ANALYZE, BUFFERS)
select count(*) from (select r.id from connection_request r where r.in_queue = true
    fetch first 1001 rows only) matching;

\echo '--- queue, first page: rows'
EXPLAIN (ANALYZE, BUFFERS)
select cr1_0.id, cr1_0.state, cr1_0.submitted_at, e1_0.organisation_name, cr1_0.site_locality, cr1_0.passive_alarm,
       cr1_0.active_alarm, cr1_0.fire_alarm, a1_0.display_name
from connection_request cr1_0 join business_espace e1_0 on e1_0.id = cr1_0.espace_id
    left join account a1_0 on a1_0.id = cr1_0.assignee_id
where cr1_0.in_queue = true
order by cr1_0.submitted_at, cr1_0.id offset 0 rows fetch first 20 rows only;

-- The locality typed is a whole locality when no other key starts with it (one probe, asked
-- before the count and before the rows); then it is asked by equality, else by a range and LIKE.
\echo '--- queue, locality + alarm type: is ESCH-SUR-ALZETTE a whole locality? (no row: yes)'
EXPLAIN (ANALYZE, BUFFERS)
select cr1_0.site_locality_key from connection_request cr1_0
where cr1_0.site_locality_key > 'ESCH-SUR-ALZETTE' and cr1_0.site_locality_key < 'ESCH-SUR-ALZETTF'
offset 0 rows fetch first 1 rows only;

\echo '--- queue, locality + alarm type: count'
EXPLAIN (ANALYZE, BUFFERS)
select count(*) from (select r.id from connection_request r where r.in_queue = true
      and r.site_locality_key = 'ESCH-SUR-ALZETTE' and r.passive_alarm = true
    fetch first 1001 rows only) matching;

\echo '--- queue, locality + alarm type: rows'
EXPLAIN (ANALYZE, BUFFERS)
select cr1_0.id, cr1_0.state, cr1_0.submitted_at, e1_0.organisation_name, cr1_0.site_locality, cr1_0.passive_alarm,
       cr1_0.active_alarm, cr1_0.fire_alarm, a1_0.display_name
from connection_request cr1_0 join business_espace e1_0 on e1_0.id = cr1_0.espace_id
    left join account a1_0 on a1_0.id = cr1_0.assignee_id
where cr1_0.in_queue = true
  and cr1_0.site_locality_key = 'ESCH-SUR-ALZETTE' and cr1_0.passive_alarm = true
order by cr1_0.submitted_at, cr1_0.id offset 0 rows fetch first 20 rows only;

\echo '--- queue, state IN_REVIEW: count'
EXPLAIN (ANALYZE, BUFFERS)
select count(*) from (select r.id from connection_request r where r.state in ('IN_REVIEW')
    fetch first 1001 rows only) matching;

\echo '--- queue, state IN_REVIEW: rows'
EXPLAIN (ANALYZE, BUFFERS)
select cr1_0.id, cr1_0.state, cr1_0.submitted_at, e1_0.organisation_name, cr1_0.site_locality, cr1_0.passive_alarm,
       cr1_0.active_alarm, cr1_0.fire_alarm, a1_0.display_name
from connection_request cr1_0 join business_espace e1_0 on e1_0.id = cr1_0.espace_id
    left join account a1_0 on a1_0.id = cr1_0.assignee_id
where cr1_0.state in ('IN_REVIEW')
order by cr1_0.submitted_at, cr1_0.id offset 0 rows fetch first 20 rows only;

-- Not measured: "my requests" (assignee=MINE) of an operator who proposed many decided requests.
\echo '--- not measured: queue, assignee=MINE of an operator with decided requests: rows'
EXPLAIN (ANALYZE, BUFFERS)
select cr1_0.id, cr1_0.state, cr1_0.submitted_at, e1_0.organisation_name, cr1_0.site_locality, cr1_0.passive_alarm,
       cr1_0.active_alarm, cr1_0.fire_alarm, a1_0.display_name
from connection_request cr1_0 join business_espace e1_0 on e1_0.id = cr1_0.espace_id
    left join account a1_0 on a1_0.id = cr1_0.assignee_id
where cr1_0.in_queue = true and cr1_0.assignee_id = 1000000001
order by cr1_0.submitted_at, cr1_0.id offset 0 rows fetch first 20 rows only;
