-- connection "dbx" (databricks)
-- NOTE: the stored copy of Sigma's page is cut before the Databricks privileges; the grants below are Unity Catalog's minimum to create and change tables and views in one schema: compare them with the page before running
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS `main`.`sigma_write`;
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT USE CATALOG ON CATALOG `main` TO `sigma-sp`;
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `main`.`sigma_write` TO `sigma-sp`;
-- the write destination of the input-table audit log
CREATE SCHEMA IF NOT EXISTS `main`.`sigma_audit`;
-- needed for input tables
GRANT USE CATALOG ON CATALOG `main` TO `sigma-sp`;
-- needed for input tables
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `main`.`sigma_audit` TO `sigma-sp`;
