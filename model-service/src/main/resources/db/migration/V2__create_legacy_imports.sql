-- The rows that `db import-legacy` brought from the monolith, by id: a later run may update only
-- these, so a row created in the service itself is never overwritten by the monolith's row of
-- the same id. A row deleted in the service takes its record with it.
CREATE TABLE legacy_imported_model (
    id  BIGINT PRIMARY KEY REFERENCES my_model (id) ON DELETE CASCADE
);

CREATE TABLE legacy_imported_value (
    id  BIGINT PRIMARY KEY REFERENCES my_model_values (id) ON DELETE CASCADE
);
