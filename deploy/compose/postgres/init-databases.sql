-- Runs once, when the Compose PostgreSQL starts on an empty volume: one database per service that has one
-- (gateway and sla-monitor have none). Each service migrates its own schema with Flyway on start-up.
-- Owned by the Compose superuser (AFTERSALES_DB_USER); Kubernetes gives every service a role of its own instead.
CREATE DATABASE intake;
CREATE DATABASE diagnosis;
CREATE DATABASE fulfillment;
CREATE DATABASE feedback;
CREATE DATABASE case_view;
