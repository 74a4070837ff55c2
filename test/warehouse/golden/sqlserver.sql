-- connection "mssql" (sqlserver)
-- NOTE: Sigma's Set up write access page names Snowflake, BigQuery, PostgreSQL, Redshift, Databricks, AlloyDB and MySQL, not SQL Server: check that your Sigma organization offers write access here before running
-- the database of the write destination
USE [analytics];
-- the write destination of input tables, warehouse views, materialization, CSV upload
IF SCHEMA_ID('sigma_write') IS NULL EXEC('CREATE SCHEMA [sigma_write]');
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT CREATE TABLE, CREATE VIEW TO [sigma_svc];
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[sigma_write] TO [sigma_svc];

-- connection "mssql-evil" (azuresql)
-- NOTE: Sigma's Set up write access page names Snowflake, BigQuery, PostgreSQL, Redshift, Databricks, AlloyDB and MySQL, not SQL Server: check that your Sigma organization offers write access here before running
-- the database of the write destination
USE [a];
-- the write destination of input tables, warehouse views, materialization, CSV upload
IF SCHEMA_ID('x"`]''\; DROP TABLE t; --z') IS NULL EXEC('CREATE SCHEMA [x"`]]''\; DROP TABLE t; --z]');
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT CREATE TABLE, CREATE VIEW TO [x"`]]'\; DROP TABLE t; --z];
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[x"`]]'\; DROP TABLE t; --z] TO [x"`]]'\; DROP TABLE t; --z];
