-- connection "sf" (snowflake)
-- NOTE: the stored copy of Sigma's page is cut before its privilege list; the grants below are USAGE on the database and USAGE, CREATE TABLE, CREATE VIEW, CREATE STAGE on the schema: compare them with the page before running
-- NOTE: quoted names are case-sensitive in Snowflake: write them in the YAML as Snowflake stores them (usually upper case)
-- the database of input tables, warehouse views, materialization, CSV upload
CREATE DATABASE IF NOT EXISTS "SIGMA_DB";
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS "SIGMA_DB"."WRITE";
-- needed for input tables, warehouse views, materialization, CSV upload: reach the destination
GRANT USAGE ON DATABASE "SIGMA_DB" TO ROLE "SIGMA_ROLE";
-- needed for input tables, materialization, CSV upload
GRANT USAGE, CREATE TABLE ON SCHEMA "SIGMA_DB"."WRITE" TO ROLE "SIGMA_ROLE";
-- needed for warehouse views
GRANT CREATE VIEW ON SCHEMA "SIGMA_DB"."WRITE" TO ROLE "SIGMA_ROLE";
-- needed for CSV upload
GRANT CREATE STAGE ON SCHEMA "SIGMA_DB"."WRITE" TO ROLE "SIGMA_ROLE";
-- needed for materialization
GRANT CREATE DYNAMIC TABLE ON SCHEMA "SIGMA_DB"."WRITE" TO ROLE "SIGMA_ROLE";
-- the database of the input-table audit log
CREATE DATABASE IF NOT EXISTS "SIGMA_DB";
-- the write destination of the input-table audit log
CREATE SCHEMA IF NOT EXISTS "SIGMA_DB"."AUDIT";
-- needed for the input-table audit log: reach the destination
GRANT USAGE ON DATABASE "SIGMA_DB" TO ROLE "SIGMA_ROLE";
-- needed for input tables
GRANT USAGE, CREATE TABLE ON SCHEMA "SIGMA_DB"."AUDIT" TO ROLE "SIGMA_ROLE";
-- needed for materialization
GRANT USAGE ON WAREHOUSE "SIGMA_WH" TO ROLE "SIGMA_ROLE";

-- connection "sf-evil" (snowflake)
-- NOTE: the stored copy of Sigma's page is cut before its privilege list; the grants below are USAGE on the database and USAGE, CREATE TABLE, CREATE VIEW, CREATE STAGE on the schema: compare them with the page before running
-- NOTE: quoted names are case-sensitive in Snowflake: write them in the YAML as Snowflake stores them (usually upper case)
-- the database of input tables, warehouse views, materialization, CSV upload
CREATE DATABASE IF NOT EXISTS "x""`]'\; DROP TABLE t; --z";
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS "x""`]'\; DROP TABLE t; --z"."W";
-- needed for input tables, warehouse views, materialization, CSV upload: reach the destination
GRANT USAGE ON DATABASE "x""`]'\; DROP TABLE t; --z" TO ROLE "x""`]'\; DROP TABLE t; --z";
-- needed for input tables, materialization, CSV upload
GRANT USAGE, CREATE TABLE ON SCHEMA "x""`]'\; DROP TABLE t; --z"."W" TO ROLE "x""`]'\; DROP TABLE t; --z";
-- needed for warehouse views
GRANT CREATE VIEW ON SCHEMA "x""`]'\; DROP TABLE t; --z"."W" TO ROLE "x""`]'\; DROP TABLE t; --z";
-- needed for CSV upload
GRANT CREATE STAGE ON SCHEMA "x""`]'\; DROP TABLE t; --z"."W" TO ROLE "x""`]'\; DROP TABLE t; --z";
