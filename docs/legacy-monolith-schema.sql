-- The legacy monolith's tables as `model-service db import-legacy` reads them, and as the stand-in
-- monolith (run-local, the gateway's tests) and the import's tests create them.
--
-- The text describes them three ways that disagree: the MyModel class (id, model_type, a stray
-- model_value_id and value), its Alembic migration (my_model and my_model_values, the values
-- pointing at my_model through model_value_id) and CustomSchema (what /api/custom answers:
-- id, name, url). Read together (docs/migrating-a-route.md says why):
-- - my_model holds id, name (CustomSchema's required field) and model_type; the class's
--   model_value_id and value belong to my_model_values, as the migration has them;
-- - model_type is ChoiceType's stored value, 'group' or 'user', in lower case;
-- - nothing the monolith's database may not have enforced is assumed: SQLAlchemy's String(1024)
--   and foreign keys are not checked by SQLite, Flask's usual database, so a name may be missing,
--   a value may be longer than 1,024 characters, a value may point at no model and a type may be
--   anything. The import reports each such row instead of failing on it.
CREATE TABLE my_model (
    id          INTEGER PRIMARY KEY,
    name        VARCHAR,
    model_type  VARCHAR
);

CREATE TABLE my_model_values (
    id              INTEGER PRIMARY KEY,
    model_value_id  INTEGER,
    value           VARCHAR
);
