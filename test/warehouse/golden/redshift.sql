-- connection "rs" (redshift)
-- NOTE: the stored copy of Sigma's page is cut before the PostgreSQL, Redshift and AlloyDB privileges; grantform grants USAGE and CREATE on the destination schema only (no database-wide privileges, no ownership)
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS "sigma_write";
-- needed for input tables, warehouse views, materialization, CSV upload: find objects in the destination
GRANT USAGE ON SCHEMA "sigma_write" TO "sigma_svc";
-- needed for input tables, warehouse views, materialization, CSV upload: create tables and views in the destination
GRANT CREATE ON SCHEMA "sigma_write" TO "sigma_svc";
