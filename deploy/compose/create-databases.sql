-- One database per service (each owns its tables and its event store); run once by the postgres image on first start.
CREATE DATABASE incident;
CREATE DATABASE projection;
CREATE DATABASE plan;
CREATE DATABASE survey;
CREATE DATABASE training;
CREATE DATABASE tenant;
