-- Loads the work-queue benchmark's data into a database the application has already migrated
-- (Flyway ran at deployment). Run by bench/work-queue/run.sh:
--
--   psql -v requests=1000000 -v admin_email=... -f load-data.sql
--
-- Every id is 1,000,000,000 or more, far past what the application's sequences hand out, so the
-- data never collides with rows the application creates (the first administrator, audit events).
-- Client numbers use sequence values 1 to 999,999, and client_number_seq is advanced past them.
-- The approved requests' connections are in the client register (V17), one client per organisation.
--
-- The distribution (see docs/benchmarks.md):
--   5 staff (3 operators, 2 supervisors), 300 organisations, each with its creating applicant;
--   requests: 1 % drafts, 3 % open (SUBMITTED, POST_CHECK, POST_REJECTED, IN_REVIEW,
--   INFO_REQUESTED; submitted in the last 120 days, 60 % of them assigned), 76 % approved,
--   12 % refused, 8 % withdrawn (submitted at any time in the last 10 years);
--   100 localities, the first ones far more frequent (Luxembourg 10 %, Esch-sur-Alzette 4 %);
--   passive alarm 70 %, active 45 % (at least one of the two), fire 3 % (always beside another).
\set ON_ERROR_STOP on
\timing on

BEGIN;

CREATE TEMPORARY TABLE bench_locality (n INTEGER PRIMARY KEY, name TEXT NOT NULL) ON COMMIT DROP;
INSERT INTO bench_locality (n, name)
SELECT n, name FROM unnest(ARRAY[
    'Luxembourg', 'Esch-sur-Alzette', 'Differdange', 'Dudelange', 'Pétange', 'Sanem', 'Hesperange',
    'Bettembourg', 'Schifflange', 'Ettelbruck', 'Strassen', 'Mamer', 'Kayl', 'Käerjeng', 'Mersch',
    'Bertrange', 'Mondercange', 'Walferdange', 'Junglinster', 'Steinsel', 'Diekirch', 'Niederanven',
    'Wiltz', 'Lorentzweiler', 'Grevenmacher', 'Echternach', 'Remich', 'Roeser', 'Sandweiler', 'Contern',
    'Schuttrange', 'Rumelange', 'Leudelange', 'Steinfort', 'Kehlen', 'Kopstal', 'Habscht', 'Koerich',
    'Garnich', 'Dippach', 'Reckange-sur-Mess', 'Bissen', 'Colmar-Berg', 'Schieren', 'Erpeldange-sur-Sûre',
    'Bettendorf', 'Reisdorf', 'Tandel', 'Vianden', 'Putscheid', 'Parc Hosingen', 'Clervaux',
    'Weiswampach', 'Troisvierges', 'Wincrange', 'Kiischpelt', 'Goesdorf', 'Esch-sur-Sûre',
    'Lac de la Haute-Sûre', 'Boulaide', 'Winseler', 'Rambrouch', 'Ell', 'Préizerdaul', 'Useldange',
    'Vichten', 'Wahl', 'Grosbous', 'Beckerich', 'Saeul', 'Redange-sur-Attert', 'Mertzig', 'Feulen',
    'Bourscheid', 'Weiler-la-Tour', 'Frisange', 'Mondorf-les-Bains', 'Dalheim', 'Bous', 'Schengen',
    'Lenningen', 'Wormeldange', 'Flaxweiler', 'Betzdorf', 'Biwer', 'Manternach', 'Mertert',
    'Rosport-Mompach', 'Consdorf', 'Bech', 'Berdorf', 'Waldbillig', 'Heffingen', 'Larochette',
    'Fischbach', 'Nommern', 'Lintgen', 'Helperknapp', 'Stadtbredimus', 'Waldbredimus'
]) WITH ORDINALITY AS l(name, n);

-- Luhn check digit over the year and the sequence value, as lu.alarmis.request.ClientNumber
-- computes it: from the rightmost digit, every other digit doubled.
CREATE FUNCTION pg_temp.luhn(year INTEGER, sequence BIGINT) RETURNS INTEGER LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    rest BIGINT := year * 1000000::bigint + sequence;
    digit INTEGER;
    total INTEGER := 0;
    twice BOOLEAN := TRUE;
BEGIN
    WHILE rest > 0 LOOP
        digit := rest % 10;
        rest := rest / 10;
        IF twice THEN
            digit := digit * 2;
            IF digit > 9 THEN digit := digit - 9; END IF;
        END IF;
        total := total + digit;
        twice := NOT twice;
    END LOOP;
    RETURN (10 - total % 10) % 10;
END $$;

-- Staff: 3 operators and 2 supervisors (no password: they never sign in, they only appear in the data).
INSERT INTO account (id, email, display_name, password_hash, enabled, failed_login_count, created_at, version)
SELECT 1000000000 + s, 'bench.staff' || s || '@police.etat.lu',
       (ARRAY['Luc Hoffmann', 'Sonja Kieffer', 'Tom Reuter', 'Claude Thill', 'Nadine Schiltz'])[s],
       NULL, TRUE, 0, now() - interval '11 years', 0
FROM generate_series(1, 5) s;
INSERT INTO account_role (account_id, role_name)
SELECT 1000000000 + s, CASE WHEN s <= 3 THEN 'cin-operator' ELSE 'cin-supervisor' END FROM generate_series(1, 5) s;

-- Applicants: one per organisation, its creator and manager.
INSERT INTO account (id, email, display_name, password_hash, enabled, failed_login_count, created_at, version)
SELECT 1000001000 + o, 'manager' || o || '@bench-org.lu',
       (ARRAY['Anne', 'Marc', 'Paul', 'Carole', 'Jeff', 'Martine', 'Yves', 'Sandra'])[1 + o % 8] || ' '
           || (ARRAY['Weber', 'Schmit', 'Muller', 'Wagner', 'Hoffmann', 'Klein', 'Becker', 'Schroeder', 'Kremer', 'Faber'])[1 + o % 10],
       NULL, TRUE, 0, now() - interval '10 years' - (o || ' days')::interval, 0
FROM generate_series(1, 300) o;
INSERT INTO account_role (account_id, role_name) SELECT 1000001000 + o, 'applicant' FROM generate_series(1, 300) o;

INSERT INTO business_espace (id, organisation_name, legal_form, trade_register_number, street, house_number,
                             postcode, locality, created_at, created_by, version)
SELECT 1000000000 + o,
       (ARRAY['Bijouterie', 'Pharmacie', 'Banque', 'Station', 'Boulangerie', 'Horlogerie', 'Garage', 'Entrepôts',
              'Bureau', 'Galerie', 'Optique', 'Tabac'])[1 + o % 12] || ' '
           || (ARRAY['Weber', 'Schmit', 'Muller', 'Wagner', 'Hoffmann', 'Klein', 'Becker', 'Schroeder', 'Kremer',
                     'Faber', 'Thill', 'Reuter', 'Kieffer'])[1 + o % 13] || ' ' || o,
       (ARRAY['SA', 'SARL', 'SARL_S', 'SCS', 'SNC', 'SOLE_TRADER', 'ASBL', 'PUBLIC_BODY'])[1 + o % 8],
       'B' || (100000 + o), 'Grand-Rue', (1 + o % 90)::text, 'L-' || (1000 + (o * 37) % 8999),
       l.name, now() - interval '10 years' - (o || ' days')::interval, 1000001000 + o, 0
FROM generate_series(1, 300) o JOIN bench_locality l ON l.n = 1 + o % 100;

INSERT INTO espace_membership (id, espace_id, account_id, role, joined_at)
SELECT 1000000000 + o, 1000000000 + o, 1000001000 + o, 'MANAGER', now() - interval '10 years'
FROM generate_series(1, 300) o;

-- The requests: draw the random numbers once per row (drawn), shape a state and dates from them
-- (shaped), number the approved ones for their client numbers (numbered), into a table of this
-- transaction; then the client register (a client per organisation, a connection per approved
-- request, as approval puts them there) and the requests, which refer to their connections.
CREATE TEMPORARY TABLE bench_request (
    id, version, espace_id, created_by, created_at, state, state_changed_at, submitted_at, wizard_step,
    site_street, site_house_number, site_postcode, site_locality, site_locality_key, premises_kind,
    passive_alarm, active_alarm, fire_alarm, installer_name, installer_address, installer_contact,
    maintainer_name, maintainer_address, maintainer_contact, post_order_reference, reasons,
    obligations_acknowledged_at, assignee_id, post_line_id, information_request, information_due,
    proposal, proposed_by, proposal_note, fire_exception_reason, fire_exception_by,
    client_number, decision_reason, decided_by, decided_at, connection_status, connection_status_since)
ON COMMIT DROP AS
WITH drawn AS (
    SELECT g, random() AS u_state, random() AS u_open, random() AS u_age,
           random() AS u_passive, random() AS u_active, random() AS u_fire, random() AS u_assign,
           random() AS u_decide, 1 + floor(random() * 300)::int AS org,
           -- the n-th locality with probability sqrt(n/100) - sqrt((n-1)/100): the first ones far more frequent
           1 + floor(power(random(), 2) * (SELECT count(*) FROM bench_locality))::int AS locality_n
    FROM generate_series(1::bigint, :requests) g
), shaped AS (
    SELECT d.*,
           CASE WHEN u_state < 0.01 THEN 'DRAFT'
                WHEN u_state < 0.04 THEN CASE WHEN u_open < 0.20 THEN 'SUBMITTED'
                                              WHEN u_open < 0.45 THEN 'POST_CHECK'
                                              WHEN u_open < 0.50 THEN 'POST_REJECTED'
                                              WHEN u_open < 0.85 THEN 'IN_REVIEW'
                                              ELSE 'INFO_REQUESTED' END
                WHEN u_state < 0.80 THEN 'APPROVED'
                WHEN u_state < 0.92 THEN 'REFUSED'
                ELSE 'WITHDRAWN' END AS state,
           -- Open requests are recent (the last 120 days); decided ones from the last 10 years.
           CASE WHEN u_state < 0.01 THEN NULL
                WHEN u_state < 0.04 THEN now() - u_age * interval '120 days'
                ELSE now() - u_age * interval '3650 days' END AS submitted_at,
           u_passive < 0.70 AS passive,
           u_passive >= 0.70 OR u_active < 0.45 AS active,
           l.name AS locality
    FROM drawn d JOIN bench_locality l ON l.n = d.locality_n
), numbered AS (
    SELECT s.*,
           CASE WHEN state = 'APPROVED' THEN row_number() OVER (PARTITION BY state = 'APPROVED' ORDER BY g) END AS approval_no,
           CASE WHEN state IN ('APPROVED', 'REFUSED', 'WITHDRAWN')
                THEN least(now(), submitted_at + (5 + u_decide * 55) * interval '1 day') END AS decided_at,
           1000000000 + 1 + (g % 3) AS operator_id,
           1000000000 + 4 + (g % 2) AS supervisor_id
    FROM shaped s
)
SELECT 1000000000 + g, 3, 1000000000 + org, 1000001000 + org,
       coalesce(submitted_at, now() - u_age * interval '365 days') - interval '3 days',
       state,
       coalesce(decided_at, submitted_at + (now() - submitted_at) * u_decide, now() - u_age * interval '365 days'),
       submitted_at,
       CASE WHEN state = 'DRAFT' THEN 1 + (g % 6) ELSE 7 END,
       (ARRAY['Grand-Rue', 'Avenue de la Gare', 'Rue de l''Alzette', 'Route d''Arlon', 'Rue du Fossé',
              'Boulevard Royal', 'Rue de Luxembourg', 'Rue Principale', 'Place de l''Église', 'Rue du Marché'])[1 + g % 10],
       (1 + g % 120)::text, 'L-' || (1000 + (g * 7919) % 8999), locality,
       -- the search key as ConnectionRequest.localityKey writes it (as V13 computes it)
       TRANSLATE(UPPER(TRIM(locality)), 'ÀÁÂÃÄÅĀĂĄÇĆČÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖŌŐÙÚÛÜŪŮŰÝŸŹŻŽŠŚŞ',
                 'AAAAAAAAACCCEEEEEEEEIIIIIINNNOOOOOOOUUUUUUUYYZZZSSS'),
       (ARRAY['SHOP', 'JEWELLERY', 'PHARMACY', 'BANK', 'PETROL_STATION', 'OFFICE', 'WAREHOUSE', 'INDUSTRIAL',
              'PUBLIC_BUILDING', 'OTHER'])[1 + g % 10],
       passive, active, u_fire < 0.03,
       (ARRAY['Securitas Luxembourg', 'G4S Secure Solutions', 'Alarmtech SARL', 'Protect Lux SA', 'Sécurité Moselle'])[1 + g % 5],
       'Zone industrielle, L-' || (3000 + g % 900) || ' Bascharage', '+352 26 ' || lpad((g % 1000000)::text, 6, '0'),
       (ARRAY['Securitas Luxembourg', 'G4S Secure Solutions', 'Alarmtech SARL', 'Protect Lux SA', 'Sécurité Moselle'])[1 + (g + 2) % 5],
       'Zone artisanale, L-' || (4000 + g % 900) || ' Foetz', '+352 27 ' || lpad((g % 1000000)::text, 6, '0'),
       'PO-' || lpad(g::text, 9, '0'),
       'Protection of the premises and of the staff outside opening hours.',
       submitted_at,
       -- The assignee: the proposing operator once decided; 60 % of the open requests.
       CASE WHEN state IN ('APPROVED', 'REFUSED') THEN operator_id
            WHEN state IN ('SUBMITTED', 'POST_CHECK', 'POST_REJECTED', 'IN_REVIEW', 'INFO_REQUESTED') AND u_assign < 0.60
                THEN operator_id END,
       CASE WHEN state IN ('IN_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REFUSED') THEN 'ALN-' || g END,
       CASE WHEN state = 'INFO_REQUESTED' THEN 'Please send the maintenance contract.' END,
       CASE WHEN state = 'INFO_REQUESTED' THEN (now() + interval '14 days')::date END,
       CASE WHEN state = 'APPROVED' THEN 'APPROVAL' WHEN state = 'REFUSED' THEN 'REFUSAL'
            WHEN state = 'IN_REVIEW' AND u_assign < 0.40 THEN 'APPROVAL' END,
       CASE WHEN state IN ('APPROVED', 'REFUSED') OR (state = 'IN_REVIEW' AND u_assign < 0.40) THEN operator_id END,
       NULL,
       CASE WHEN state = 'APPROVED' AND u_fire < 0.03 THEN 'Fire alarm beside the intrusion alarm, agreed with CGDIS.' END,
       CASE WHEN state = 'APPROVED' AND u_fire < 0.03 THEN supervisor_id END,
       CASE WHEN state = 'APPROVED' THEN
           'AL-' || to_char(decided_at, 'YYYY') || '-' || lpad(approval_no::text, 6, '0') || '-'
               || pg_temp.luhn(extract(year FROM decided_at)::int, approval_no) END,
       CASE WHEN state = 'REFUSED' THEN 'The premises are not equipped as the regulation requires.' END,
       CASE WHEN state IN ('APPROVED', 'REFUSED') THEN supervisor_id END,
       CASE WHEN state IN ('APPROVED', 'REFUSED') THEN decided_at END,
       CASE WHEN state = 'APPROVED' THEN 'ACTIVE' END,
       CASE WHEN state = 'APPROVED' THEN decided_at END
FROM numbered;

-- The register: a client per organisation (its address confirmed by a supervisor), linked to its
-- eSpace, and a connection per approved request, with the request's number as its id.
INSERT INTO client (id, version, name, name_key, legal_form, trade_register_number, correspondence_language,
                    postal_street, postal_house_number, postal_postcode, postal_locality, address_confirmed_by,
                    address_confirmed_at, origin, created_at)
SELECT e.id, 0, e.organisation_name,
       TRANSLATE(UPPER(e.organisation_name), 'ÀÁÂÃÄÅĀĂĄÇĆČÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖŌŐÙÚÛÜŪŮŰÝŸŹŻŽŠŚŞ',
                 'AAAAAAAAACCCEEEEEEEEIIIIIINNNOOOOOOOUUUUUUUYYZZZSSS'), e.legal_form, e.trade_register_number, 'FR',
       e.street, e.house_number, e.postcode, e.locality, 'bench.supervisor@police.etat.lu', e.created_at, 'REQUEST',
       e.created_at
FROM business_espace e WHERE e.id >= 1000000000;
INSERT INTO client_espace (id, client_id, espace_id, linked_by, linked_at)
SELECT e.id, e.id, e.id, 'bench.supervisor@police.etat.lu', e.created_at
FROM business_espace e WHERE e.id >= 1000000000;
INSERT INTO client_connection (id, version, client_id, client_number, site_street, site_house_number, site_postcode,
                               site_locality, site_locality_key, passive_alarm, active_alarm, post_order_reference,
                               post_line_id, state, state_since, origin, origin_reference, created_at, connected_on)
SELECT id, 0, espace_id, client_number, site_street, site_house_number, site_postcode, site_locality,
       site_locality_key, passive_alarm, active_alarm, post_order_reference, post_line_id, connection_status,
       connection_status_since, 'REQUEST', 'R-' || id, decided_at, CAST(decided_at AS DATE)
FROM bench_request WHERE state = 'APPROVED';

INSERT INTO connection_request (
    id, version, espace_id, created_by, created_at, state, state_changed_at, submitted_at, wizard_step,
    site_street, site_house_number, site_postcode, site_locality, site_locality_key, premises_kind,
    passive_alarm, active_alarm, fire_alarm, installer_name, installer_address, installer_contact,
    maintainer_name, maintainer_address, maintainer_contact, post_order_reference, reasons,
    obligations_acknowledged_at, assignee_id, post_line_id, information_request, information_due,
    proposal, proposed_by, proposal_note, fire_exception_reason, fire_exception_by,
    decision_reason, decided_by, decided_at, connection_id)
SELECT id, version, espace_id, created_by, created_at, state, state_changed_at, submitted_at, wizard_step,
    site_street, site_house_number, site_postcode, site_locality, site_locality_key, premises_kind,
    passive_alarm, active_alarm, fire_alarm, installer_name, installer_address, installer_contact,
    maintainer_name, maintainer_address, maintainer_contact, post_order_reference, reasons,
    obligations_acknowledged_at, assignee_id, post_line_id, information_request, information_due,
    proposal, proposed_by, proposal_note, fire_exception_reason, fire_exception_by,
    decision_reason, decided_by, decided_at, CASE WHEN state = 'APPROVED' THEN id END
FROM bench_request;

-- The application's next client number comes after the loaded ones.
SELECT setval('client_number_seq', greatest(1, (SELECT count(*) FROM connection_request WHERE state = 'APPROVED')));

-- The staff member who signs in for the benchmark (the first administrator) may open the queue.
INSERT INTO account_role (account_id, role_name)
SELECT id, 'cin-operator' FROM account WHERE email = :'admin_email'
ON CONFLICT DO NOTHING;


-- The application keeps connection_request.in_queue (migration V9) true for every open request:
-- the default work queue and its indexes rely on it. Set it for the rows loaded here.
UPDATE connection_request SET in_queue = TRUE
WHERE id >= 1000000000
  AND state IN ('SUBMITTED', 'POST_CHECK', 'POST_REJECTED', 'IN_REVIEW', 'INFO_REQUESTED');
COMMIT;

-- Statistics for the planner and a visibility map for index-only scans, as autovacuum would
-- have them on a database that grew over years.
VACUUM ANALYZE;

SELECT state, count(*) AS requests FROM connection_request GROUP BY state ORDER BY 2 DESC;
SELECT pg_size_pretty(pg_total_relation_size('connection_request')) AS connection_request_size;
