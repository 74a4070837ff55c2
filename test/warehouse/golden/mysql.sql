-- connection "my" (mysql)
-- NOTE: the stored copy of Sigma's page is cut before the MySQL privileges; the grants below are on the destination schema only: compare them with the page before running
-- NOTE: the user is granted as 'user'@'%': change the host part if the account is defined for one host
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS `sigma_write`;
-- needed for input tables, materialization, CSV upload
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER ON `sigma_write`.* TO 'sigma_svc'@'%';
-- needed for warehouse views
GRANT CREATE VIEW ON `sigma_write`.* TO 'sigma_svc'@'%';

-- connection "my-evil" (mysql)
-- NOTE: the stored copy of Sigma's page is cut before the MySQL privileges; the grants below are on the destination schema only: compare them with the page before running
-- NOTE: the user is granted as 'user'@'%': change the host part if the account is defined for one host
-- the write destination of input tables, warehouse views, materialization, CSV upload
CREATE SCHEMA IF NOT EXISTS `x"``]'\; DROP TABLE t; --z`;
-- needed for input tables, materialization, CSV upload
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER ON `x"``]'\; DROP TABLE t; --z`.* TO 'x"`]''\; DROP TABLE t; --z'@'%';
-- needed for warehouse views
GRANT CREATE VIEW ON `x"``]'\; DROP TABLE t; --z`.* TO 'x"`]''\; DROP TABLE t; --z'@'%';
