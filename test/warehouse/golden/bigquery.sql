-- connection "bq" (bigquery)
-- NOTE: Sigma's BigQuery page lists BigQuery Data Viewer and BigQuery Job User to connect, and BigQuery Data Editor for write access; it grants them to the service account, grantform scopes Data Editor to the destination dataset
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS `my-proj`.`sigma_write`;
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT `roles/bigquery.dataEditor` ON SCHEMA `my-proj`.`sigma_write` TO "serviceAccount:sigma@my-proj.iam.gserviceaccount.com";
-- run: gcloud projects add-iam-policy-binding 'my-proj' --member='serviceAccount:sigma@my-proj.iam.gserviceaccount.com' --role=roles/bigquery.jobUser  # Sigma runs queries as jobs in this project

-- connection "bq-evil" (bigquery)
-- NOTE: Sigma's BigQuery page lists BigQuery Data Viewer and BigQuery Job User to connect, and BigQuery Data Editor for write access; it grants them to the service account, grantform scopes Data Editor to the destination dataset
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS `x"\`]'\\; DROP TABLE t; --z`.`d`;
-- needed for input tables, warehouse views, materialization, CSV upload
GRANT `roles/bigquery.dataEditor` ON SCHEMA `x"\`]'\\; DROP TABLE t; --z`.`d` TO "serviceAccount:x\"`]'\\; DROP TABLE t; --z";
-- run: gcloud projects add-iam-policy-binding 'x"`]'\''\; DROP TABLE t; --z' --member='serviceAccount:x"`]'\''\; DROP TABLE t; --z' --role=roles/bigquery.jobUser  # Sigma runs queries as jobs in this project
