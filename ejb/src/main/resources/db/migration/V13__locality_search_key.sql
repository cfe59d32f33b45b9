-- The work queue finds a locality by the start of its name, without regard to case or accents
-- ("esch" finds Esch-sur-Alzette): the search key loses its accents as ConnectionRequest.localityKey
-- now writes it. TRANSLATE and UPPER behave alike on H2 and PostgreSQL.
UPDATE connection_request
   SET site_locality_key = TRANSLATE(UPPER(TRIM(site_locality)),
           'ÀÁÂÃÄÅĀĂĄÇĆČÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖŌŐÙÚÛÜŪŮŰÝŸŹŻŽŠŚŞ',
           'AAAAAAAAACCCEEEEEEEEIIIIIINNNOOOOOOOUUUUUUUYYZZZSSS')
 WHERE site_locality IS NOT NULL;
